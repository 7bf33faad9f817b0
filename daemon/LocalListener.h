#pragma once

#include <QLocalServer>

namespace clm::daemon {

// The daemon's listening socket: QLocalServer's listen(), socket file and
// permissions, but each accepted connection is handed over as its bare
// descriptor (non-blocking, close-on-exec) for a LocalConnection to own,
// instead of as a QLocalSocket: a connection that holds a seat all day
// costs a few hundred bytes rather than a socket object and its buffers
// (docs/performance.md, "clmd's idle memory").
class LocalListener : public QLocalServer
{
    Q_OBJECT
public:
    using QLocalServer::QLocalServer;

signals:
    // The receiver owns `descriptor` from here on.
    void accepted(int descriptor);

protected:
    void incomingConnection(quintptr socketDescriptor) override;
};

} // namespace clm::daemon
