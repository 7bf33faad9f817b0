#include "server/db/PgConnection.h"

#include "server/db/SqlError.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcDatabase, "clm.server.db")

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
    // 57014: statement_timeout (the database is too slow to wait for).
    if (connectionBad || state.startsWith("08"_L1) || state == "57P01"_L1 || state == "57P02"_L1 ||
        state == "57P03"_L1 || state == "57014"_L1)
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

// Bind values as libpq takes them: text, NULL as a null pointer.
class Parameters
{
public:
    explicit Parameters(const QVariantList& params)
    {
        m_storage.reserve(static_cast<size_t>(params.size()));
        m_values.reserve(static_cast<size_t>(params.size()));
        for (const auto& param : params) {
            if (param.isNull()) {
                m_storage.emplace_back();
                m_values.push_back(nullptr);
            } else {
                m_storage.push_back(textOf(param));
                m_values.push_back(m_storage.back().constData());
            }
        }
    }
    int count() const { return static_cast<int>(m_values.size()); }
    const char* const* values() const { return m_values.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char*> m_values;
};

// Sent as text with the simple query protocol, or, in a pipeline (which
// carries only the extended protocol), unnamed and without parameters.
bool isSimpleQuery(const QString& sql, const QVariantList& params)
{
    return params.isEmpty() && !sql.contains(u'$');
}

// A command string that may hold several statements: only the simple query
// protocol takes it, never a pipeline.
bool mayHoldSeveral(const QString& sql, const QVariantList& params)
{
    return isSimpleQuery(sql, params) && sql.contains(u';');
}

const QString kBegin = u"BEGIN"_s;

} // namespace

PgConnection::PgConnection(const QString& url, const QString& role, int timeoutMs)
    : m_url(url.toUtf8())
    , m_role(role)
    , m_timeoutMs(timeoutMs)
{
    // Our own deadlines (poll) bound every wait; libpq's connect_timeout is
    // kept for tools that read the URL, and TCP keepalives notice a peer that
    // vanished without a word while the connection idles.
    for (const char* parameter : {"connect_timeout=5", "keepalives=1", "keepalives_idle=10",
                                  "keepalives_interval=3", "keepalives_count=3"}) {
        const QByteArray name = QByteArray(parameter).left(QByteArray(parameter).indexOf('='));
        if (!m_url.contains(QByteArray(name + "=")))
            m_url += (m_url.contains('?') ? "&" : "?") + QByteArray(parameter);
    }
    // Connected on first use: a server may start before its database, and a
    // caller with a deadline (the health probe) must not wait for a failed
    // attempt here and then another one in exec().
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void PgConnection::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

void PgConnection::abandon(const QString& what)
{
    // Whatever the server is doing, this connection's state is unknown:
    // drop it; the next use connects afresh.
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_statements.clear();
    m_inTransaction = false;
    m_later.clear();
    throw SqlError(SqlError::Kind::Unavailable, u"57P05"_s,
                   u"the database did not answer within %1 ms (%2)"_s.arg(m_timeoutMs).arg(what));
}

void PgConnection::waitFor(short events, const QDeadlineTimer& deadline, const QString& what)
{
    for (;;) {
        pollfd fd{PQsocket(m_conn), events, 0};
        if (fd.fd < 0)
            throw SqlError(SqlError::Kind::Unavailable, u"08006"_s, u"no database socket"_s);
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            abandon(what);
        const int rc = ::poll(&fd, 1, static_cast<int>(std::min<qint64>(remaining, 1 << 30)));
        if (rc > 0)
            return;
        if (rc == 0)
            abandon(what);
        if (errno != EINTR)
            abandon(what);
    }
}

void PgConnection::connect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_statements.clear();
    m_inTransaction = false;
    m_later.clear();
    const QDeadlineTimer deadline(m_timeoutMs);
    m_conn = PQconnectStart(m_url.constData());
    if (!m_conn)
        throw SqlError(SqlError::Kind::Unavailable, u"08006"_s, u"out of memory"_s);
    auto refused = [this](const QString& message) {
        PQfinish(m_conn);
        m_conn = nullptr;
        throw SqlError(SqlError::Kind::Unavailable, u"08006"_s, message);
    };
    if (PQstatus(m_conn) == CONNECTION_BAD)
        refused(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK) {
        if (status == PGRES_POLLING_FAILED)
            refused(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        try {
            waitFor(status == PGRES_POLLING_READING ? POLLIN : POLLOUT, deadline, u"connect"_s);
        } catch (const SqlError&) {
            refused(u"no connection to the database within %1 ms"_s.arg(m_timeoutMs));
        }
        status = PQconnectPoll(m_conn);
    }
    // Notices and warnings (a terminated connection, a deprecation) go to
    // the structured log, never raw onto stderr.
    PQsetNoticeProcessor(
            m_conn,
            [](void*, const char* message) {
                qCWarning(lcDatabase).noquote()
                        << "PostgreSQL:" << QString::fromUtf8(message).trimmed();
            },
            nullptr);
    try {
        // One round trip: our statements are short lookups by key, prepared
        // once per connection; planning them again for every execution (a
        // custom plan, about 1 ms with the row-level security policies) cost
        // more than running them, so plans are generic. statement_timeout
        // lets the server give up on a query we stopped waiting for.
        QString setup = u"SET TIME ZONE 'UTC'; SET plan_cache_mode = force_generic_plan; "
                        "SET statement_timeout = %1"_s.arg(m_timeoutMs);
        if (!m_role.isEmpty()) {
            const QByteArray role = m_role.toUtf8();
            char* quoted =
                    PQescapeIdentifier(m_conn, role.constData(), static_cast<size_t>(role.size()));
            setup += u"; SET ROLE "_s + QString::fromUtf8(quoted);
            PQfreemem(quoted);
        }
        setup += u"; SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')"_s;
        m_citus = exec(setup).first().boolean(0);
        if (m_citus) {
            // Citus plans a distributed statement for its parameters' values
            // (which shard): a forced generic plan has none and fails. The
            // tenant settings are SET LOCAL, passed on to the workers. One
            // connection per worker in a transaction: a statement that spans
            // shards (maintenance, a query row-level security narrows but
            // Citus cannot route) may then still be followed by a write to a
            // reference table (organizations), which Citus refuses after
            // parallel access to the tables referring to it.
            exec(u"SET plan_cache_mode = force_custom_plan; "
                 "SET citus.propagate_set_commands = 'local'; "
                 "SET citus.multi_shard_modify_mode = 'sequential'"_s);
        }
    } catch (...) {
        // Never keep a connection that did not drop to the app role.
        if (m_conn)
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
    } catch (const SqlError& e) {
        qCInfo(lcDatabase).noquote() << "reconnect failed:" << e.message();
        return false;
    }
}

PGresult* PgConnection::takeResult(const QString& what)
{
    // Every result of the command; the last one (or the first error) is the
    // answer. Waiting is bounded by the deadline.
    const QDeadlineTimer deadline(m_timeoutMs);
    PGresult* answer = nullptr;
    bool failed = false;
    for (;;) {
        while (PQisBusy(m_conn)) {
            try {
                waitFor(POLLIN, deadline, what);
            } catch (...) {
                if (answer)
                    PQclear(answer);
                throw;
            }
            if (!PQconsumeInput(m_conn)) {
                if (answer)
                    PQclear(answer);
                fail(nullptr, what);
            }
        }
        PGresult* next = PQgetResult(m_conn);
        if (!next)
            break;
        if (failed) {
            PQclear(next); // the first error is the one that matters
            continue;
        }
        const auto status = PQresultStatus(next);
        failed = status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK;
        if (answer)
            PQclear(answer);
        answer = next;
    }
    if (!answer)
        fail(nullptr, what);
    return answer;
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

QByteArray PgConnection::preparedName(const QString& sql)
{
    const auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return *it;
    if (m_statements.size() >= kMaxPreparedStatements)
        return {};
    const QByteArray name = "clm_" + QByteArray::number(m_nextStatement++);
    if (!PQsendPrepare(m_conn, name.constData(), sql.toUtf8().constData(), 0, nullptr))
        fail(nullptr, u"send"_s);
    PGresult* prepared = takeResult(u"prepare"_s);
    if (PQresultStatus(prepared) != PGRES_COMMAND_OK)
        fail(prepared, u"prepare"_s);
    PQclear(prepared);
    m_statements.insert(sql, name);
    return name;
}

SqlResult PgConnection::exec(const QString& sql, const QVariantList& params)
{
    if (!m_later.isEmpty()) {
        if (!mayHoldSeveral(sql, params)) {
            QList<SqlStatement> statements = std::exchange(m_later, {});
            statements.append({sql, params});
            return pipeline(statements).constLast();
        }
        // Several statements in one string: what waits goes first.
        pipeline(std::exchange(m_later, {}));
    }
    ensureConnected();

    if (isSimpleQuery(sql, params)) {
        if (!PQsendQuery(m_conn, sql.toUtf8().constData()))
            fail(nullptr, u"send"_s);
    } else {
        send(preparedName(sql), sql, params);
    }
    PGresult* raw = takeResult(u"query"_s);
    const auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(raw, u"query"_s);
    return resultOf(raw);
}

QList<SqlResult> PgConnection::execEach(const QList<SqlStatement>& statements)
{
    const bool severalInOne =
            std::any_of(statements.cbegin(), statements.cend(),
                        [](const auto& s) { return mayHoldSeveral(s.sql, s.params); });
    if (statements.isEmpty() || severalInOne)
        return SqlConnection::execEach(statements);
    const qsizetype waiting = m_later.size();
    QList<SqlStatement> all = std::exchange(m_later, {});
    all += statements;
    return pipeline(all).mid(waiting);
}

QList<SqlResult> PgConnection::pipeline(const QList<SqlStatement>& statements)
{
    ensureConnected();
    // Prepared first (a round trip each, once per connection): a pipeline
    // then only executes.
    std::vector<QByteArray> names;
    names.reserve(static_cast<size_t>(statements.size()));
    for (const SqlStatement& statement : statements)
        names.push_back(isSimpleQuery(statement.sql, statement.params)
                                ? QByteArray()
                                : preparedName(statement.sql));

    std::vector<ResultPtr> results;
    results.reserve(names.size());
    ResultPtr failure;
    try {
        if (!PQenterPipelineMode(m_conn))
            fail(nullptr, u"pipeline"_s);
        for (size_t i = 0; i < names.size(); ++i) {
            const SqlStatement& statement = statements.at(static_cast<qsizetype>(i));
            send(names[i], statement.sql, statement.params);
        }
        if (!PQpipelineSync(m_conn))
            fail(nullptr, u"send"_s);
        // One result per statement (after the first failure, PostgreSQL
        // skips the rest: PGRES_PIPELINE_ABORTED), then the sync's.
        for (size_t i = 0; i < names.size(); ++i) {
            ResultPtr result(takeResult(u"query"_s));
            const auto status = PQresultStatus(result.get());
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && !failure &&
                status != PGRES_PIPELINE_ABORTED)
                failure = std::move(result);
            else
                results.push_back(std::move(result));
        }
        const ResultPtr sync(takeResult(u"query"_s));
        if (PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC || !PQexitPipelineMode(m_conn))
            fail(nullptr, u"pipeline"_s);
    } catch (...) {
        // Results still unread: the connection's state is unknown.
        if (m_conn && PQpipelineStatus(m_conn) != PQ_PIPELINE_OFF) {
            PQfinish(m_conn);
            m_conn = nullptr;
            m_statements.clear();
        }
        throw;
    }
    if (failure)
        fail(failure.release(), u"query"_s);
    QList<SqlResult> out;
    out.reserve(static_cast<qsizetype>(results.size()));
    for (ResultPtr& result : results)
        out.append(resultOf(result.release()));
    return out;
}

void PgConnection::send(const QByteArray& name, const QString& sql, const QVariantList& params)
{
    const Parameters values(params);
    const int sent = name.isEmpty()
                             ? PQsendQueryParams(m_conn, sql.toUtf8().constData(), values.count(),
                                                 nullptr, values.values(), nullptr, nullptr, 0)
                             : PQsendQueryPrepared(m_conn, name.constData(), values.count(),
                                                   values.values(), nullptr, nullptr, 0);
    if (!sent)
        fail(nullptr, u"send"_s);
}

SqlResult PgConnection::resultOf(PGresult* raw)
{
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

void PgConnection::execLater(const QString& sql, const QVariantList& params)
{
    if (!m_inTransaction || mayHoldSeveral(sql, params)) {
        exec(sql, params);
        return;
    }
    m_later.append({sql, params});
}

void PgConnection::begin(TransactionMode)
{
    // Sent with the transaction's first statement: one round trip fewer.
    ensureConnected();
    m_later = {{kBegin, {}}};
    m_inTransaction = true;
    m_localSettings.clear();
}

void PgConnection::beginScoped(TransactionMode mode, const QString& organizationId)
{
    begin(mode);
    // A statement of its own, not "BEGIN; SET ...": Citus passes a SET LOCAL
    // on to its workers as the whole query string it came in.
    m_later.append({u"SET LOCAL app.org = %1"_s.arg(literal(organizationId)), {}});
    m_localSettings = {{u"app.org"_s, organizationId}};
}

bool PgConnection::isCitus()
{
    ensureConnected();
    return m_citus;
}

void PgConnection::setLocal(const QString& name, const QString& value)
{
    // Names are the server's own (app.org, ...), never input.
    static const QRegularExpression setting(u"^[a-z_]+\\.[a-z_]+$"_s);
    if (!setting.match(name).hasMatch())
        throw SqlError(SqlError::Kind::Other, QString(), u"not a setting name: "_s + name);
    // Already so in this transaction (a heartbeat batch begun scoped to the
    // organization it then renews): no round trip.
    const auto known = m_localSettings.constFind(name);
    if (known != m_localSettings.cend() && *known == value)
        return;
    ensureConnected();
    execLater(u"SET LOCAL %1 = %2"_s.arg(name, literal(value)));
    m_localSettings.insert(name, value);
}

QString PgConnection::literal(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    char* quoted = PQescapeLiteral(m_conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!quoted)
        fail(nullptr, u"escape"_s);
    QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

void PgConnection::commit()
{
    // Still in the transaction while COMMIT goes: a connection lost
    // meanwhile fails the commit rather than being replaced by a new one
    // (where COMMIT would succeed with nothing to commit).
    try {
        exec(u"COMMIT"_s);
    } catch (...) {
        m_inTransaction = false;
        throw;
    }
    m_inTransaction = false;
}

void PgConnection::rollback() noexcept
{
    m_inTransaction = false;
    // A transaction whose BEGIN is still waiting never reached the server.
    const bool sent = m_later.isEmpty() || m_later.first().sql != kBegin;
    m_later.clear();
    if (!sent || !m_conn || PQstatus(m_conn) == CONNECTION_BAD)
        return;
    try {
        exec(u"ROLLBACK"_s);
    } catch (const SqlError& e) {
        // The connection is dropped (or was); nothing is left to undo.
        qCInfo(lcDatabase).noquote() << "rollback failed:" << e.message();
    }
}

} // namespace clm::server
