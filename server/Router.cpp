#include "server/Router.h"

namespace clm::server {

QStringList Router::split(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QByteArray& method, const QString& pattern, Handler handler)
{
    m_routes.append(Route{method, pattern, split(pattern), std::move(handler)});
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
        if (route.method == method) {
            result.handler = &route.handler;
            result.params = std::move(params);
            result.allowedMethods.clear();
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace clm::server
