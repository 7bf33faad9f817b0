#include "LocalClient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clm::test {

bool LocalClient::connectTo(const QString& socketPath, int timeoutMs)
{
    m_socket.connectToServer(socketPath);
    return m_socket.waitForConnected(timeoutMs);
}

bool LocalClient::sendRaw(const QByteArray& bytes)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    // A large line may not fit the kernel buffer at once.
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(10000))
            return false;
    }
    return true;
}

QByteArray LocalClient::readLine(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            return line;
        }
        m_buffer += m_socket.readAll();
        if (m_buffer.contains('\n'))
            continue;
        if (deadline.hasExpired() || m_socket.state() != QLocalSocket::ConnectedState)
            return {};
        m_socket.waitForReadyRead(
                static_cast<int>(std::min<qint64>(deadline.remainingTime(), 100)));
    }
}

QJsonObject LocalClient::request(QJsonObject message, int timeoutMs)
{
    const int id = m_nextId++;
    message.insert(u"id"_s, id);
    if (!sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n'))
        return {};
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QByteArray line = readLine(static_cast<int>(deadline.remainingTime()));
        if (line.isEmpty())
            return {};
        const QJsonObject answer = QJsonDocument::fromJson(line).object();
        if (answer.value("id"_L1).toInt(-1) == id)
            return answer;
    }
    return {};
}

bool LocalClient::waitForClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_socket.state() == QLocalSocket::UnconnectedState)
            return true;
        m_buffer += m_socket.readAll();
        m_socket.waitForReadyRead(100);
    }
    return m_socket.state() == QLocalSocket::UnconnectedState;
}

void LocalClient::close()
{
    m_socket.abort();
}

} // namespace clm::test
