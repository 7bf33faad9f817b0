-- wrk script: POST /api/v1/licenses/heartbeat, cycling through the session
-- ids in $CLM_BENCH_SESSIONS, with the bearer token in $CLM_BENCH_TOKEN.
local ids = {}
for line in io.lines(os.getenv("CLM_BENCH_SESSIONS")) do
    ids[#ids + 1] = line
end
local token = os.getenv("CLM_BENCH_TOKEN")
local counter = 0

request = function()
    counter = counter + 1
    local id = ids[(counter % #ids) + 1]
    return wrk.format("POST", "/api/v1/licenses/heartbeat",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
        '{"session_id":"' .. id .. '"}')
end

local statuses = {}
response = function(status)
    statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary)
    io.write(string.format("requests: %d, errors: %d\n", summary.requests,
        summary.errors.status + summary.errors.connect + summary.errors.read +
        summary.errors.write + summary.errors.timeout))
end
