#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <sys/types.h>

class QSocketNotifier;

namespace clm::daemon {

// The daemon's listening socket, a Unix socket any local user may connect
// to (callers are told apart by SO_PEERCRED). Each accepted connection is
// handed over as its bare descriptor (non-blocking, close-on-exec) for a
// LocalConnection to own: a connection that holds a seat all day costs a
// few hundred bytes rather than a socket object and its buffers
// (docs/performance.md, "clmd's idle memory").
//
// Its own, not a QLocalServer: when accept() fails for want of descriptors
// (EMFILE), QLocalServer closes the socket for good and removes its file,
// and the daemon would silently take no connection again. This one stops
// accepting for a moment and tries again; the kernel keeps the waiting
// connections in the backlog meanwhile.
class LocalListener : public QObject
{
    Q_OBJECT
public:
    explicit LocalListener(QObject* parent = nullptr);
    ~LocalListener() override;

    // Listens on `path`, replacing a file left there (the caller made sure
    // no daemon is listening on it), with room for `backlog` connections
    // waiting to be accepted. False, with `error` set, if it cannot.
    bool listen(const QString& path, int backlog, QString* error);
    // Stops listening and removes the socket file.
    void close();
    bool isListening() const { return m_fd >= 0; }

signals:
    // The receiver owns `descriptor` from here on.
    void accepted(int descriptor);

private:
    void acceptWaiting();
    void recovered();

    int m_fd = -1;
    QString m_path;
    // The socket file this listener made, to remove only that one.
    dev_t m_device = 0;
    ino_t m_inode = 0;
    bool m_failing = false; // accept() failed and has not succeeded since
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_resume; // accepting again after running out of descriptors
};

} // namespace clm::daemon
