// libclm's JSON (daemon/client/MiniJson), which reads every line clmd sends
// to a tool and checks the requests a tool passes to clm_request: what it
// accepts must serialize to one line of valid UTF-8 that parses back to an
// equal value, and serializing that again changes nothing.
#include "FuzzSupport.h"
#include "daemon/client/MiniJson.h"

#include <string>
#include <string_view>

using namespace clm::client;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const json::ParseResult parsed = json::parse(text);
    CLM_FUZZ_CHECK(parsed.value.has_value() == parsed.error.empty());
    if (!parsed.value)
        return 0;

    const std::string line = json::serialize(*parsed.value);
    CLM_FUZZ_CHECK(line.find('\n') == std::string::npos);
    CLM_FUZZ_CHECK(json::isValidUtf8(line));
    const json::ParseResult again = json::parse(line);
    CLM_FUZZ_CHECK(again.value && *again.value == *parsed.value);
    CLM_FUZZ_CHECK(json::serialize(*again.value) == line);

    if (parsed.value->isObject()) {
        for (const auto& [key, member] : parsed.value->toObject()) {
            const json::Value* found = parsed.value->find(key);
            CLM_FUZZ_CHECK(found != nullptr);
            if (const auto integer = found->toInteger())
                CLM_FUZZ_CHECK(found->isNumber());
        }
    }
    return 0;
}
