#include "server/db/PgConnection.h"

#include "server/db/SqlError.h"

#include <libpq-fe.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace clm::server {

namespace {

// More distinct statements than this per connection means SQL is being built
// with literals somewhere; fall back to unnamed statements rather than grow.
constexpr qsizetype kMaxPreparedStatements = 512;

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

SqlError::Kind kindOf(const QString& state, bool connectionBad)
{
    if (connectionBad || state.startsWith("08"_L1) || state == "57P01"_L1 || state == "57P02"_L1 ||
        state == "57P03"_L1)
        return SqlError::Kind::Unavailable;
    if (state == "23505"_L1)
        return SqlError::Kind::UniqueViolation;
    if (state == "40001"_L1 || state == "40P01"_L1)
        return SqlError::Kind::Conflict;
    return SqlError::Kind::Other;
}

QByteArray textOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "true" : "false";
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString().toUtf8();
    }
}

} // namespace

PgConnection::PgConnection(const QString& url, const QString& role)
    : m_url(url.toUtf8())
    , m_role(role)
{
    // Do not hang for minutes on an unreachable host.
    if (!m_url.contains("connect_timeout"))
        m_url += (m_url.contains('?') ? "&" : "?") + QByteArray("connect_timeout=5");
    // A server may start before its database: a failed connection is retried
    // on the next use instead of failing construction.
    try {
        connect();
    } catch (const SqlError&) {
    }
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void PgConnection::connect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_statements.clear();
    m_inTransaction = false;
    m_conn = PQconnectdb(m_url.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw SqlError(SqlError::Kind::Unavailable, u"08006"_s, message);
    }
    try {
        exec(u"SET TIME ZONE 'UTC'"_s);
        // Our statements are short lookups by key, prepared once per
        // connection. Planning them again for every execution (a custom plan,
        // about 1 ms with the row-level security policies) cost more than
        // running them; a generic plan is planned once.
        exec(u"SET plan_cache_mode = force_generic_plan"_s);
        if (!m_role.isEmpty()) {
            const QByteArray role = m_role.toUtf8();
            char* quoted =
                    PQescapeIdentifier(m_conn, role.constData(), static_cast<size_t>(role.size()));
            const QString sql = u"SET ROLE "_s + QString::fromUtf8(quoted);
            PQfreemem(quoted);
            exec(sql);
        }
    } catch (...) {
        // Never keep a connection that did not drop to the app role.
        PQfinish(m_conn);
        m_conn = nullptr;
        throw;
    }
}

bool PgConnection::reconnect()
{
    try {
        connect();
        return true;
    } catch (const SqlError&) {
        return false;
    }
}

void PgConnection::fail(PGresult* result, const QString& context)
{
    const bool bad = !m_conn || PQstatus(m_conn) == CONNECTION_BAD;
    const QString state =
            result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    QString message = result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed()
                             : QString::fromUtf8(m_conn ? PQerrorMessage(m_conn) : "").trimmed();
    if (message.isEmpty())
        message = u"database error"_s;
    if (result)
        PQclear(result);
    throw SqlError(kindOf(state, bad), state, context + u": "_s + message);
}

void PgConnection::ensureConnected()
{
    // Outside a transaction a broken connection is replaced transparently;
    // inside one the transaction is lost and the caller must see the error.
    if (!m_inTransaction && (!m_conn || PQstatus(m_conn) == CONNECTION_BAD))
        connect();
    if (!m_conn)
        throw SqlError(SqlError::Kind::Unavailable, u"08003"_s, u"not connected"_s);
}

SqlResult PgConnection::exec(const QString& sql, const QVariantList& params)
{
    ensureConnected();

    std::vector<QByteArray> storage;
    std::vector<const char*> values;
    storage.reserve(static_cast<size_t>(params.size()));
    values.reserve(static_cast<size_t>(params.size()));
    for (const auto& param : params) {
        if (param.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
        } else {
            storage.push_back(textOf(param));
            values.push_back(storage.back().constData());
        }
    }
    const int count = static_cast<int>(params.size());

    PGresult* raw = nullptr;
    if (params.isEmpty() && !sql.contains(u'$')) {
        raw = PQexec(m_conn, sql.toUtf8().constData());
    } else {
        auto it = m_statements.constFind(sql);
        if (it == m_statements.constEnd() && m_statements.size() < kMaxPreparedStatements) {
            const QByteArray name = "clm_" + QByteArray::number(m_nextStatement++);
            PGresult* prepared =
                    PQprepare(m_conn, name.constData(), sql.toUtf8().constData(), 0, nullptr);
            if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
                fail(prepared, u"prepare"_s);
            PQclear(prepared);
            it = m_statements.insert(sql, name);
        }
        if (it != m_statements.constEnd())
            raw = PQexecPrepared(m_conn, it->constData(), count, values.data(), nullptr, nullptr,
                                 0);
        else
            raw = PQexecParams(m_conn, sql.toUtf8().constData(), count, nullptr, values.data(),
                               nullptr, nullptr, 0);
    }
    const auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(raw, u"query"_s);

    ResultPtr result(raw);
    SqlResult out;
    const int columns = PQnfields(raw);
    const int rows = PQntuples(raw);
    out.columns.reserve(columns);
    for (int c = 0; c < columns; ++c)
        out.columns.append(QString::fromUtf8(PQfname(raw, c)));
    out.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QList<QVariant> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(raw, r, c))
                row.append(QVariant());
            else
                row.append(QString::fromUtf8(PQgetvalue(raw, r, c), PQgetlength(raw, r, c)));
        }
        out.rows.append(std::move(row));
    }
    const char* affected = PQcmdTuples(raw);
    out.affectedRows = (affected && *affected) ? QByteArray(affected).toLongLong() : rows;
    return out;
}

void PgConnection::begin(TransactionMode)
{
    exec(u"BEGIN"_s);
    m_inTransaction = true;
}

void PgConnection::commit()
{
    m_inTransaction = false;
    exec(u"COMMIT"_s);
}

void PgConnection::rollback() noexcept
{
    m_inTransaction = false;
    if (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        return;
    PQclear(PQexec(m_conn, "ROLLBACK"));
}

} // namespace clm::server
