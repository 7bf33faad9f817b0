// core/Json: parseObject takes exactly one object; what it accepts must
// survive the compact form it is sent on in (toCompact) unchanged, and the
// typed reads never take a value of the wrong type.
#include "FuzzSupport.h"
#include "core/Json.h"

#include <QJsonArray>

#include <cmath>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    clm::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto object = clm::json::parseObject(clm::fuzz::bytes(data, size), &error);
    if (!object) {
        CLM_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }

    const QByteArray compact = clm::json::toCompact(*object);
    CLM_FUZZ_CHECK(!compact.contains('\n'));
    const auto again = clm::json::parseObject(compact, &error);
    CLM_FUZZ_CHECK(again && *again == *object);
    CLM_FUZZ_CHECK(clm::json::toCompact(*again) == compact);

    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QJsonValue value = it.value();
        CLM_FUZZ_CHECK(clm::json::string(*object, it.key()).has_value() == value.isString());
        CLM_FUZZ_CHECK(clm::json::boolean(*object, it.key()).has_value() == value.isBool());
        if (const auto number = clm::json::integer(*object, it.key())) {
            CLM_FUZZ_CHECK(value.isDouble());
            CLM_FUZZ_CHECK(static_cast<double>(*number) == value.toDouble());
            CLM_FUZZ_CHECK(std::fabs(value.toDouble()) <= 9007199254740992.0);
        }
        if (const auto list = clm::json::stringList(*object, it.key())) {
            CLM_FUZZ_CHECK(value.isArray());
            CLM_FUZZ_CHECK(list->size() == value.toArray().size());
        }
    }
    return 0;
}
