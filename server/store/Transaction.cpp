#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

Transaction::Transaction(SqlConnection& db, Mode mode, const QString& organizationId)
    : m_db(db)
    , m_org(organizationId)
{
    if (m_org.isEmpty()) {
        m_db.begin(mode);
        return;
    }
    try {
        m_db.beginScoped(mode, m_org);
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
    for (auto& action : m_afterCommit)
        action();
    m_afterCommit.clear();
}

SqlResult Transaction::exec(const QString& sql, const QVariantList& params)
{
    return m_db.exec(sql, params);
}

void Transaction::execLater(const QString& sql, const QVariantList& params)
{
    m_db.execLater(sql, params);
}

QList<SqlResult> Transaction::execEach(const QList<SqlStatement>& statements)
{
    return m_db.execEach(statements);
}

QString Transaction::forUpdate() const
{
    return m_db.isPostgres() ? u" FOR UPDATE"_s : QString();
}

void Transaction::allowLoginLookup(const QString& email)
{
    m_db.setLocal(u"app.login_email"_s, email);
}

QStringList Transaction::organizations(SqlConnection& db, const QString& postgres,
                                       const QString& sqlite, const QVariantList& params)
{
    Transaction tx(db, Mode::Read, QString());
    const SqlResult rows = tx.exec(db.isPostgres() ? postgres : sqlite, params);
    tx.commit();
    QStringList out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        out.append(rows.row(i).text(0));
    return out;
}

void Transaction::enableMaintenance()
{
    m_db.setLocal(u"app.maintenance"_s, u"on"_s);
}

} // namespace clm::server
