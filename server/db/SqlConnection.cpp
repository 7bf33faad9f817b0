#include "server/db/SqlConnection.h"

#include "server/db/PgConnection.h"
#include "server/db/SqlError.h"
#include "server/db/SqliteConnection.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace clm::server {

QString pgArrayLiteral(const QStringList& tokens)
{
    QStringList out;
    for (const QString& token : tokens)
        out.append(token.isEmpty() ? u"NULL"_s : token);
    return u'{' + out.join(u',') + u'}';
}

QString pgTextArrayLiteral(const QStringList& texts)
{
    QString out = u"{"_s;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += u',';
        out += u'"';
        for (const QChar c : texts.at(i)) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    return out + u'}';
}

bool SqlConnection::isValidUrl(const QString& url, QString* error)
{
    if (url.startsWith("sqlite://"_L1)) {
        const QString path = url.mid(9);
        if (!QDir::isAbsolutePath(path) || path.size() < 2) {
            if (error)
                *error = u"an SQLite database URL is sqlite:///absolute/path.db"_s;
            return false;
        }
        return true;
    }
    if (url.startsWith("postgresql://"_L1) || url.startsWith("postgres://"_L1))
        return true;
    if (error)
        *error = u"the database URL must start with sqlite:/// or postgresql://"_s;
    return false;
}

qint64 SqlConnection::now(const Clock& clock)
{
    if (!isPostgres())
        return clock.nowMsecs();
    return exec(u"SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint)"_s)
            .first()
            .int64(0);
}

std::unique_ptr<SqlConnection> SqlConnection::open(const QString& url, const QString& role,
                                                   int timeoutMs)
{
    QString error;
    if (!isValidUrl(url, &error))
        throw SqlError(SqlError::Kind::Other, QString(), error);
    if (url.startsWith("sqlite://"_L1))
        return std::make_unique<SqliteConnection>(url.mid(9), timeoutMs);
    return std::make_unique<PgConnection>(url, role, timeoutMs);
}

} // namespace clm::server
