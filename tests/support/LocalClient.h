#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLocalSocket>
#include <QString>

namespace clm::test {

// A blocking client of clmd's local protocol for tests: newline-delimited
// JSON over the Unix socket, answers matched by "id".
class LocalClient
{
public:
    bool connectTo(const QString& socketPath, int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }

    // Sends `message` with the next "id" and waits for its answer; an empty
    // object when none came in time or the connection closed.
    QJsonObject request(QJsonObject message, int timeoutMs = 30000);
    QJsonObject checkout(const QString& product, int timeoutMs = 30000)
    {
        return request({{QStringLiteral("op"), QStringLiteral("checkout")},
                        {QStringLiteral("product"), product}},
                       timeoutMs);
    }

    bool sendRaw(const QByteArray& bytes);
    // The next line (without its newline), empty on timeout or close.
    QByteArray readLine(int timeoutMs = 10000);
    // True once the daemon closed the connection.
    bool waitForClosed(int timeoutMs = 10000);
    void close();

private:
    QLocalSocket m_socket;
    QByteArray m_buffer;
    int m_nextId = 1;
};

} // namespace clm::test
