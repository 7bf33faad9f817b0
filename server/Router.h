#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace clm::server {

class RequestContext;

// Maps method and path pattern ("/api/v1/users/{id}") to a handler. A
// trailing slash is optional on both sides. No match: 404; a path that
// exists with other methods: 405 with Allow.
class Router
{
public:
    using Handler = std::function<HttpResponse(RequestContext&)>;
    // Whether a route's handler talks to the database: those run on the
    // database threads (DatabaseWorkers), the others on the HTTP thread.
    // A handler that usually does not (a heartbeat whose caller is in the
    // authentication cache) is tried on the HTTP thread first and moved to a
    // database thread the moment it reaches for the database.
    enum class Database
    {
        Needed,
        None,
        Maybe
    };

    // How a route's caller is authenticated: against the database each
    // time, or from the authentication cache (AuthCache) when it is there:
    // the seat operations, which every machine repeats all day.
    enum class Authentication
    {
        Checked,
        Cached
    };

    void add(const QByteArray& method, const QString& pattern, Handler handler,
             Database database = Database::Needed,
             Authentication authentication = Authentication::Checked);

    struct Match
    {
        const Handler* handler = nullptr;
        Database database = Database::Needed;
        Authentication authentication = Authentication::Checked;
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // when the path exists but the method does not
        QString pattern;               // the route's, as registered

        // The route template for metrics: low cardinality, never the path.
        QString route() const { return handler ? pattern : QStringLiteral("unmatched"); }
    };
    Match match(const QByteArray& method, const QString& path) const;
    // Every (method, pattern), for documentation checks.
    QList<QPair<QByteArray, QString>> routes() const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        Database database;
        Authentication authentication;
    };
    static QStringList split(const QString& path);
    QList<Route> m_routes;
};

} // namespace clm::server
