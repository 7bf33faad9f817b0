#include "app/Outcome.h"

#include "core/RestClient.h"

using namespace Qt::StringLiterals;

namespace clm::app {

Outcome Outcome::fromReply(const RestReply& reply)
{
    if (reply.isSuccess())
        return saved(reply.json);
    if (!reply.reached())
        return refused(tr("The server does not answer (%1). Nothing was saved; try again.")
                               .arg(reply.message()));
    if (reply.status == 412)
        return {Kind::Conflict, {}, {}, tr("Someone else changed this meanwhile.")};
    const QJsonObject details = reply.json.value("details"_L1).toObject();
    if (reply.status == 400 && reply.errorCode() == "validation_failed"_L1 && !details.isEmpty()) {
        Outcome invalid{Kind::Invalid, {}, {}, reply.message()};
        for (auto it = details.begin(); it != details.end(); ++it)
            invalid.fieldErrors.insert(it.key(), it.value().toString());
        return invalid;
    }
    return refused(reply.message());
}

} // namespace clm::app
