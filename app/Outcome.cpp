#include "app/Outcome.h"

#include "app/ApiErrors.h"
#include "core/RestClient.h"

using namespace Qt::StringLiterals;

namespace clm::app {

Outcome Outcome::fromReply(const RestReply& reply)
{
    if (reply.isSuccess())
        return saved(reply.json);
    const QString detail = reply.message();
    if (!reply.reached())
        return refused(tr("The server does not answer. Nothing was saved; try again."), detail);
    if (reply.status == 412)
        return {Kind::Conflict, {}, {}, tr("Someone else changed this meanwhile."), detail};
    const QJsonObject details = reply.json.value("details"_L1).toObject();
    if (reply.status == 400 && reply.errorCode() == "validation_failed"_L1 && !details.isEmpty()) {
        Outcome invalid{Kind::Invalid, {}, {}, ApiErrors::describe(reply), detail};
        for (auto it = details.begin(); it != details.end(); ++it)
            invalid.fieldErrors.insert(it.key(), ApiErrors::reason(it.value().toString()));
        return invalid;
    }
    return refused(ApiErrors::describe(reply), detail);
}

} // namespace clm::app
