// Time on the wire: RFC 3339 as the server and clmd read it (core/Time) and
// as clm and libclm read it (daemon/client/Rfc3339), and the HTTP Date
// header (core/Time). Whatever a parser accepts must come back the same
// through its formatter, and where both RFC 3339 parsers accept a text they
// must agree on the second it names (libclm drops the fraction, core keeps
// milliseconds).
#include "FuzzSupport.h"
#include "core/Time.h"
#include "daemon/client/Rfc3339.h"

#include <string>
#include <string_view>

namespace {

qint64 floorSeconds(qint64 msecs)
{
    return msecs >= 0 ? msecs / 1000 : -((-msecs + 999) / 1000);
}

// RFC 3339 has four-digit years: an offset can move a time just past them
// (0000-01-01T00:00:00+01:00), and no formatter can write that back.
bool hasFourDigitYear(qint64 seconds)
{
    constexpr qint64 kFirst = -62167219200; // 0000-01-01T00:00:00Z
    constexpr qint64 kLast = 253402300799;  // 9999-12-31T23:59:59Z
    return seconds >= kFirst && seconds <= kLast;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = clm::fuzz::bytes(data, size);

    const std::optional<qint64> core = clm::time::parseRfc3339(QString::fromUtf8(input));
    if (core && hasFourDigitYear(floorSeconds(*core))) {
        const QString formatted = clm::time::rfc3339(*core);
        const auto again = clm::time::parseRfc3339(formatted);
        CLM_FUZZ_CHECK(again && *again == floorSeconds(*core) * 1000);
    }

    const std::optional<int64_t> client =
            clm::client::parseRfc3339(std::string_view(input.constData(), size));
    if (client && hasFourDigitYear(*client)) {
        const std::string formatted = clm::client::formatRfc3339(*client);
        const auto again = clm::client::parseRfc3339(formatted);
        CLM_FUZZ_CHECK(again && *again == *client);
    }
    if (core && client)
        CLM_FUZZ_CHECK(floorSeconds(*core) == *client);

    if (const auto date = clm::time::parseHttpDate(input)) {
        const QByteArray formatted = clm::time::httpDate(*date);
        const auto again = clm::time::parseHttpDate(formatted);
        CLM_FUZZ_CHECK(again && *again == floorSeconds(*date) * 1000);
    }
    return 0;
}
