#include "server/store/ScopedQuery.h"

#include "server/store/Transaction.h"

using namespace Qt::StringLiterals;

namespace clm::server {

ScopedQuery::ScopedQuery(Transaction& tx, QString table, QString columns,
                         const QString& scopeColumn)
    : m_tx(tx)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{
    where(scopeColumn + u" = ?"_s, {tx.organizationId()});
}

QString ScopedQuery::placeholders(const QString& condition, const QVariantList& params)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : condition) {
        if (c == u'?') {
            m_params.append(params.value(next++));
            out += u'$' + QString::number(m_params.size());
        } else {
            out += c;
        }
    }
    return out;
}

void ScopedQuery::where(const QString& condition, const QVariantList& params)
{
    m_conditions.append(u'(' + placeholders(condition, params) + u')');
}

void ScopedQuery::search(const QStringList& columns, const QString& term)
{
    if (term.isEmpty() || columns.isEmpty())
        return;
    QString escaped;
    for (const QChar c : term.toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    const QString pattern = u'%' + escaped + u'%';
    QStringList alternatives;
    QVariantList params;
    for (const auto& column : columns) {
        alternatives.append(u"lower(%1) LIKE ? ESCAPE '\\'"_s.arg(column));
        params.append(pattern);
    }
    where(alternatives.join(u" OR "_s), params);
}

ScopedQuery::Page ScopedQuery::fetch(qint64 limit, qint64 offset)
{
    const QString filter = m_conditions.join(u" AND "_s);
    Page page;
    const QString counted = m_countTable.isEmpty() ? m_table : m_countTable;
    page.count = m_tx.exec(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(counted, filter), m_params)
                         .first()
                         .int64(0);
    QVariantList params = m_params;
    params.append(limit);
    params.append(offset);
    const QString sql = u"SELECT %1 FROM %2 WHERE %3%4 LIMIT $%5 OFFSET $%6"_s.arg(
            m_columns, m_table, filter, m_order.isEmpty() ? QString() : u" ORDER BY "_s + m_order,
            QString::number(params.size() - 1), QString::number(params.size()));
    page.rows = m_tx.exec(sql, params);
    return page;
}

} // namespace clm::server
