#pragma once

#include "daemon/Lease.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace clm::daemon {

// The lease cache: SQLite (Qt Sql) in the state directory, one row per
// (product, OS user). Every row carries an HMAC over all its columns with a
// key of this machine's state, and its token is a signed lease; LeaseStore
// callers verify the signature again before trusting a row. A row that
// fails either check is deleted, never used; a file that is not a SQLite
// database any more is moved aside and a new one started.
class LeaseCache
{
public:
    LeaseCache(QString path, QByteArray macKey);
    ~LeaseCache();
    LeaseCache(const LeaseCache&) = delete;
    LeaseCache& operator=(const LeaseCache&) = delete;

    bool open(QString* error = nullptr);

    bool put(const Lease& lease);
    bool remove(const QString& product, const QString& osUser);
    // Rows whose MAC verifies; rows that do not are deleted and counted in
    // `discarded`.
    QList<Lease> all(int* discarded = nullptr);
    std::optional<Lease> find(const QString& product, const QString& osUser);

    // The trusted clock's anchors (TrustedClock), MAC-protected like rows.
    enum class ClockRecord
    {
        Intact,
        Missing, // never saved, deleted, or unreadable
        Altered, // present, but its MAC does not verify
    };
    void saveClock(qint64 serverMs, qint64 wallMs);
    // The anchors (0, 0 unless Intact).
    ClockRecord loadClock(qint64* serverMs, qint64* wallMs);
    // Whether any lease row is stored (verified or not).
    bool hasLeases();
    // How many lease rows are stored (verified or not); -1 when unreadable.
    int size();

    QString path() const { return m_path; }

private:
    QByteArray mac(const QList<QByteArray>& fields) const;
    bool createSchema(QString* error);

    QString m_path;
    QByteArray m_macKey;
    QString m_connection;
};

} // namespace clm::daemon
