#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace clm::app {

class ApiClient;

// The audit log for people: who did it and to what, by name (a user's
// name or email, a machine's hostname, a license's name, a seat's license
// and machine), and what changed in words ("seats: 5 → 8"). Names are
// looked up a kind at a time (one list request of up to 500 per kind, then
// single requests for ids beyond it, a few per page), kept in a bounded
// cache; until a name arrives the kind and a short id stand in.
class AuditNames : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxNamesPerKind = 5000;
    static constexpr int kMaxSingleRequests = 10; // per prepare()

    explicit AuditNames(ApiClient* api, QObject* parent = nullptr);

    // Looks up what `entries` mention that is not known yet; changed()
    // tells when names arrived.
    void prepare(const QList<QJsonObject>& entries);
    // Forgets every name (another sign-in, another organization).
    void clear();

    // "Ada Lovelace", "ws-berlin", "System"; the kind and a short id while
    // the name is unknown.
    QString actor(const QJsonObject& entry) const;
    // "CAD seats", "Ada Lovelace", "CAD seats: ws-a (alice)".
    QString target(const QJsonObject& entry) const;
    // What an update changed, in words: "seats: 5 → 8; name: CAD → CAD 2".
    static QString changes(const QJsonObject& entry);
    // Requests sent so far (to keep a page of entries to a handful).
    int requestCount() const { return m_requests; }

signals:
    void changed();

private:
    // The name of a user, device, license, enrollment token or webhook;
    // empty while unknown.
    QString known(const QString& type, const QString& id) const;
    QString placeholder(const QString& type, const QString& id) const;
    QString machine(const QString& hardwareId) const;
    // An item of a kind as the API gives it (a device also by hardware id).
    void remember(const QString& type, const QJsonObject& item);
    void loadList(const QString& type);
    void loadOne(const QString& type, const QString& id);

    ApiClient* m_api;
    QHash<QString, QHash<QString, QString>> m_names; // type -> id -> name
    QHash<QString, QString> m_hostnames;             // hardware id -> hostname
    QSet<QString> m_listed;                          // kinds whose list was asked for
    QSet<QString> m_asked;                           // "type/id" asked for singly
    int m_requests = 0;
    quint64 m_generation = 0;
};

} // namespace clm::app
