#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace clm::server {

// One result row. Both backends deliver values as text, integers or NULL;
// the accessors convert the way our schema needs (booleans may be "t"/"f"
// from PostgreSQL or 0/1 from SQLite).
class SqlRow
{
public:
    SqlRow(const QStringList* columns, QList<QVariant> values)
        : m_columns(columns)
        , m_values(std::move(values))
    {}

    bool isNull(int column) const { return m_values.at(column).isNull(); }
    QString text(int column) const { return m_values.at(column).toString(); }
    qint64 int64(int column) const { return m_values.at(column).toLongLong(); }
    std::optional<qint64> optionalInt64(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return int64(column);
    }
    bool boolean(int column) const
    {
        const QVariant& v = m_values.at(column);
        if (v.typeId() == QMetaType::QString) {
            const QString s = v.toString();
            return s == u"t" || s == u"true" || s == u"1";
        }
        return v.toLongLong() != 0;
    }
    int indexOf(const QString& name) const { return static_cast<int>(m_columns->indexOf(name)); }
    QString text(const QString& name) const { return text(indexOf(name)); }
    qint64 int64(const QString& name) const { return int64(indexOf(name)); }
    bool boolean(const QString& name) const { return boolean(indexOf(name)); }
    bool isNull(const QString& name) const { return isNull(indexOf(name)); }
    std::optional<qint64> optionalInt64(const QString& name) const
    {
        return optionalInt64(indexOf(name));
    }

private:
    const QStringList* m_columns;
    QList<QVariant> m_values;
};

class SqlResult
{
public:
    QStringList columns;
    QList<QList<QVariant>> rows;
    qint64 affectedRows = 0;

    qsizetype size() const { return rows.size(); }
    bool isEmpty() const { return rows.isEmpty(); }
    SqlRow row(qsizetype index) const { return SqlRow(&columns, rows.at(index)); }
    SqlRow first() const { return row(0); }
};

} // namespace clm::server
