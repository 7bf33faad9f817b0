#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

class QLocalSocket;

namespace clm::daemon {

// One client of the local socket: reads newline-framed JSON requests (a
// line may arrive in pieces; a line over the limit closes the connection),
// knows the peer's OS user from SO_PEERCRED, and writes answers back.
class LocalConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    // A client that stops reading does not make the daemon buffer forever.
    static constexpr qint64 kMaxPendingWriteBytes = 4 * 1024 * 1024;

    LocalConnection(QLocalSocket* socket, quint64 id, QObject* parent = nullptr);
    ~LocalConnection() override;

    quint64 id() const { return m_id; }
    bool hasPeer() const { return m_uid >= 0; }
    qint64 uid() const { return m_uid; }
    qint64 pid() const { return m_pid; }
    QString osUser() const { return m_osUser; }
    bool isOpen() const;

    // Writes one answer line (the request's "id" echoed by the caller).
    bool send(const QJsonObject& answer);
    void close();

signals:
    void request(LocalConnection* connection, const QJsonObject& message);
    // A line that is not a JSON object: answered with bad_request by the
    // daemon, the connection stays open.
    void badLine(LocalConnection* connection, const QString& reason);
    void closed(LocalConnection* connection);

private:
    void readLines();
    void refuseOversizedLine();

    QLocalSocket* m_socket;
    quint64 m_id;
    qint64 m_uid = -1;
    qint64 m_pid = -1;
    QString m_osUser;
    QByteArray m_buffer;
    bool m_closed = false;
};

} // namespace clm::daemon
