#pragma once

#include "server/Principal.h"
#include "server/ServerContext.h"
#include "server/http/HttpRequest.h"
#include "server/store/Records.h"
#include "server/store/Transaction.h"

#include <QHash>
#include <QJsonObject>

namespace clm::server {

class SqlConnection;

// Everything one request's handler needs: the request and its path
// parameters, the worker's database connection, the shared server state, and
// (once authenticated) who is calling.
class RequestContext
{
public:
    RequestContext(HttpRequest& request, SqlConnection& db, const ServerContext& server)
        : request(request)
        , db(db)
        , server(server)
    {}

    HttpRequest& request;
    SqlConnection& db;
    const ServerContext& server;
    QHash<QString, QString> params;
    Principal principal;
    // Whether the caller may be taken from the authentication cache (hot
    // routes only, see AuthCache). Every route remembers what it verified.
    bool mayUseAuthCache = false;

    qint64 now() const { return server.clock->nowMsecs(); }
    // A path parameter that must be a UUID; anything else is 404, like an
    // unknown id (API.md).
    QString idParam(const QString& name = QStringLiteral("id")) const;

    // Checks the bearer access token and that the user is still active;
    // 401 otherwise.
    const Principal& requireUser();
    const Principal& requireAdmin();
    const Principal& requireOwner();
    // A user access token or a device token (the daemon's).
    const Principal& requireCaller();

    // Publishes a live event to the organization's listeners once `tx`
    // commits (never for a transaction that rolls back), and writes it to
    // the webhook outbox in `tx` (as `webhookType` when given).
    void publish(Transaction& tx, const QJsonObject& event, const QString& webhookType = {});

    // Records an audit entry (actor: the principal; address: the client).
    void audit(Transaction& tx, const QString& action, const QString& targetType,
               const QString& targetId, const QJsonObject& details = {});
    void auditAs(Transaction& tx, const QString& actorType, const QString& actorId,
                 const QString& action, const QString& targetType, const QString& targetId,
                 const QJsonObject& details = {});
};

} // namespace clm::server
