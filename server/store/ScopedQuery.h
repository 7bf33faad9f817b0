#pragma once

#include "server/db/SqlResult.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace clm::server {

class Transaction;

// Builds a SELECT over one tenant table that always starts with
// "organization_id = <the transaction's organization>"; filters, search and
// ordering are added on top, never instead.
class ScopedQuery
{
public:
    // `scopeColumn` names the organization column (qualified when `table`
    // is a join).
    ScopedQuery(Transaction& tx, QString table, QString columns,
                const QString& scopeColumn = QStringLiteral("organization_id"));

    // `condition` uses ? for its parameters, in order.
    void where(const QString& condition, const QVariantList& params = {});
    // Case-insensitive substring over `columns`; %, _ and \ match literally.
    void search(const QStringList& columns, const QString& term);
    void orderBy(const QString& order) { m_order = order; }
    // The page's total is counted over `table` instead: the rows' table
    // without joins that add columns but never change how many rows match
    // (a join along a foreign key), so that counting does not pay for them.
    // The conditions must only name columns `table` has.
    void countFrom(const QString& table) { m_countTable = table; }

    struct Page
    {
        qint64 count = 0;
        SqlResult rows;
    };
    Page fetch(qint64 limit, qint64 offset);

private:
    QString placeholders(const QString& condition, const QVariantList& params);

    Transaction& m_tx;
    QString m_table;
    QString m_columns;
    QStringList m_conditions;
    QVariantList m_params;
    QString m_order;
    QString m_countTable;
};

} // namespace clm::server
