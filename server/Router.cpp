#include "server/Router.h"

#include <limits>

namespace clm::server {

QStringList Router::split(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QByteArray& method, const QString& pattern, Handler handler,
                 Database database, Authentication authentication)
{
    m_routes.append(
            Route{method, pattern, split(pattern), std::move(handler), database, authentication});
}

QList<QPair<QByteArray, QString>> Router::routes() const
{
    QList<QPair<QByteArray, QString>> out;
    for (const Route& route : m_routes)
        out.append({route.method, route.pattern});
    return out;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match result;
    // "//x" or "/a//b" are not our paths.
    if (path.contains(u"//"))
        return result;
    const QStringList segments = split(path);
    // The most literal patterns that match decide: "/licenses/acquire" is
    // that path, never "/licenses/{id}" with the id "acquire", so a wrong
    // method on it is 405 rather than a lookup of a malformed id.
    int fewestParameters = std::numeric_limits<int>::max();
    for (const Route& route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString& expected = route.segments.at(i);
            if (expected.startsWith(u'{') && expected.endsWith(u'}'))
                params.insert(expected.mid(1, expected.size() - 2), segments.at(i));
            else
                matches = expected == segments.at(i);
        }
        if (!matches)
            continue;
        const int parameters = static_cast<int>(params.size());
        if (parameters > fewestParameters)
            continue;
        if (parameters < fewestParameters) {
            fewestParameters = parameters;
            result = Match();
        }
        if (route.method == method) {
            result.handler = &route.handler;
            result.database = route.database;
            result.authentication = route.authentication;
            result.params = std::move(params);
            result.pattern = route.pattern;
        } else if (!result.allowedMethods.contains(route.method)) {
            result.allowedMethods.append(route.method);
        }
    }
    if (result.handler)
        result.allowedMethods.clear();
    return result;
}

} // namespace clm::server
