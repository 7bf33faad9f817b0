#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

namespace clm::daemon {

// One client of the local socket: reads newline-framed JSON requests (a
// line may arrive in pieces; a line over the limit closes the connection),
// knows the peer's OS user from SO_PEERCRED, and writes answers back.
//
// It owns the connection's descriptor directly (LocalListener hands it
// over) rather than a QLocalSocket: a tool holds its connection, and with it
// its seat, as long as it runs, so an idle connection should cost little.
// It keeps only the part of a line not yet complete and the answers the
// kernel has not taken yet, and frees both once they are empty.
class LocalConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    // Answers the client has not read, beyond what the kernel's socket
    // buffer holds: a client that stops reading is closed once they pass
    // this, so it cannot make the daemon buffer without bound (one such
    // connection costs at most this and its line).
    static constexpr qint64 kMaxPendingWriteBytes = 64 * 1024;

    // Takes `descriptor`, a connected non-blocking Unix stream socket.
    LocalConnection(int descriptor, quint64 id, QObject* parent = nullptr);
    ~LocalConnection() override;

    quint64 id() const { return m_id; }
    bool hasPeer() const { return m_uid >= 0; }
    qint64 uid() const { return m_uid; }
    qint64 pid() const { return m_pid; }
    QString osUser() const { return m_osUser; }
    // Whether the uid has a passwd entry (else osUser() is "uid:N").
    bool isNamed() const { return m_named; }
    bool isOpen() const;

    // Writes one answer line (the request's "id" echoed by the caller);
    // false if it was not sent: the connection is closed, or closes now (its
    // client is gone, or does not read its answers). closed() follows from
    // the event loop.
    bool send(const QJsonObject& answer);
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
    // Queues what the kernel does not take at once; false if the peer is gone.
    bool write(QByteArrayView data);
    void writePending();
    // The peer hung up or the socket failed, or a closing connection is
    // done: closes the descriptor, closed() once, deleted later.
    void lose();
    // An answer could not be sent: closes now, lose()s from the event loop.
    void fail();
    // Closes the descriptor (its notifiers first).
    void release();
    void refuseOversizedLine();
    void sendAndClose(const QJsonObject& answer);

    int m_descriptor;
    QSocketNotifier m_readable;
    std::unique_ptr<QSocketNotifier> m_writable; // while answers wait for the client
    quint64 m_id;
    qint64 m_uid = -1;
    qint64 m_pid = -1;
    QString m_osUser;
    bool m_named = false;
    QByteArray m_buffer;  // the start of a line not complete yet
    QByteArray m_pending; // answers the kernel has not taken yet
    bool m_closed = false;
    bool m_failed = false;  // closed by fail(): lost as soon as the event loop runs
    bool m_closing = false; // closes once m_pending is written (sendAndClose)
};

} // namespace clm::daemon
