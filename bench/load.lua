-- wrk script of bench/run. Connections are kept alive (wrk's default).
-- CLM_BENCH_MODE:
--   health     GET /health
--   heartbeat  POST /licenses/heartbeat, cycling through the session ids in
--              the file $CLM_BENCH_SESSIONS
--   pairs      POST /licenses/acquire of a product picked at random among
--              $CLM_BENCH_PRODUCTS ("PREFIX:COUNT", products PREFIX1..COUNT),
--              then POST /licenses/release of the session it granted
--   contended  the same, for one product (COUNT 1)
-- The bearer token is $CLM_BENCH_TOKEN. wrk does not say which connection a
-- response belongs to, so each thread keeps a queue of granted sessions and
-- its next request releases one when there is one, else acquires: every
-- grant is released once, and at most one seat per connection is held.
-- done() prints one line "bench key=value ..." that bench/run parses.

local mode = os.getenv("CLM_BENCH_MODE") or "health"
local token = os.getenv("CLM_BENCH_TOKEN") or ""
local threads = {}

function setup(thread)
    thread:set("tid", #threads + 1)
    threads[#threads + 1] = thread
end

local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
local ids = {}
local products = {}
local pending = {}
local counter = 0
local health_request

ok, granted, renewed, denied, released, other = 0, 0, 0, 0, 0, 0
first_other = ""

function init(args)
    if mode == "heartbeat" then
        for line in io.lines(os.getenv("CLM_BENCH_SESSIONS")) do
            ids[#ids + 1] = line
        end
        -- Threads start at different places in the list.
        counter = (tid - 1) * math.floor(#ids / 2)
    elseif mode == "pairs" or mode == "contended" then
        local prefix, count = string.match(os.getenv("CLM_BENCH_PRODUCTS"), "^(.*):(%d+)$")
        for i = 1, tonumber(count) do
            products[i] = prefix .. i
        end
        math.randomseed(os.time() + tid)
    else
        health_request = wrk.format("GET", "/health")
    end
end

function request()
    counter = counter + 1
    if mode == "heartbeat" then
        local id = ids[(counter % #ids) + 1]
        return wrk.format("POST", "/api/v1/licenses/heartbeat", headers,
            '{"session_id":"' .. id .. '"}')
    elseif mode == "pairs" or mode == "contended" then
        local n = #pending
        if n > 0 then
            local id = pending[n]
            pending[n] = nil
            return wrk.format("POST", "/api/v1/licenses/release", headers,
                '{"session_id":"' .. id .. '"}')
        end
        local product = products[math.random(#products)]
        return wrk.format("POST", "/api/v1/licenses/acquire", headers,
            '{"product":"' .. product .. '","hardware_id":"bench-' .. tid .. '-' .. counter .. '"}')
    end
    return health_request
end

function response(status, resp_headers, body)
    if mode == "pairs" or mode == "contended" then
        local id = body and string.match(body, '"session_id"%s*:%s*"([^"]+)"')
        if (status == 201 or status == 200) and id then
            if status == 201 then granted = granted + 1 else renewed = renewed + 1 end
            pending[#pending + 1] = id
        elseif status == 200 and body and string.find(body, '"released"', 1, true) then
            released = released + 1
        elseif status == 409 then
            denied = denied + 1
        else
            other = other + 1
            if first_other == "" then first_other = status .. " " .. (body or "") end
        end
    elseif status == 200 then
        ok = ok + 1
    else
        other = other + 1
        if first_other == "" then first_other = status .. " " .. (body or "") end
    end
end

function done(summary, latency, requests)
    local totals = { ok = 0, granted = 0, renewed = 0, denied = 0, released = 0, other = 0 }
    local sample = ""
    for _, thread in ipairs(threads) do
        for key, _ in pairs(totals) do
            totals[key] = totals[key] + (thread:get(key) or 0)
        end
        local first = thread:get("first_other") or ""
        if sample == "" and first ~= "" then sample = first end
    end
    local errors = summary.errors
    io.write(string.format(
        "bench requests=%d duration_s=%.3f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f" ..
        " socket_errors=%d ok=%d granted=%d renewed=%d denied=%d released=%d other=%d\n",
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3,
        latency:percentile(99) / 1e3, latency.max / 1e3,
        errors.connect + errors.read + errors.write + errors.timeout,
        totals.ok, totals.granted, totals.renewed, totals.denied, totals.released, totals.other))
    if sample ~= "" then
        io.write("bench-sample " .. string.gsub(string.sub(sample, 1, 200), "\n", " ") .. "\n")
    end
end
