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
    // Answers the client has not read, beyond what the kernel's socket
    // buffer holds: a client that stops reading is closed once they pass
    // this, so it cannot make the daemon buffer without bound (one such
    // connection costs at most this, its line and one read chunk).
    static constexpr qint64 kMaxPendingWriteBytes = 64 * 1024;

    LocalConnection(QLocalSocket* socket, quint64 id, QObject* parent = nullptr);
    ~LocalConnection() override;

    quint64 id() const { return m_id; }
    bool hasPeer() const { return m_uid >= 0; }
    qint64 uid() const { return m_uid; }
    qint64 pid() const { return m_pid; }
    QString osUser() const { return m_osUser; }
    // Whether the uid has a passwd entry (else osUser() is "uid:N").
    bool isNamed() const { return m_named; }
    bool isOpen() const;

    // Writes one answer line (the request's "id" echoed by the caller).
    bool send(const QJsonObject& answer);
    void close();
    // Writes `answer` as the connection's only line and closes it; nothing
    // the client sent is read. Emits no closed(): the connection was never
    // served.
    void refuse(const QJsonObject& answer);

signals:
    void request(LocalConnection* connection, const QJsonObject& message);
    // A line that is not a JSON object: answered with bad_request by the
    // daemon, the connection stays open.
    void badLine(LocalConnection* connection, const QString& reason);
    void closed(LocalConnection* connection);

private:
    void readLines();
    void refuseOversizedLine();
    void sendAndClose(const QJsonObject& answer);

    QLocalSocket* m_socket;
    quint64 m_id;
    qint64 m_uid = -1;
    qint64 m_pid = -1;
    QString m_osUser;
    bool m_named = false;
    QByteArray m_buffer;
    bool m_closed = false;
};

} // namespace clm::daemon
