#include "ScriptedHttpServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace clm::test {

ScriptedHttpServer::ScriptedHttpServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listener < 0 ||
        ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 16) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

ScriptedHttpServer::~ScriptedHttpServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

void ScriptedHttpServer::answer(const QByteArray& path, int status, const QByteArray& json)
{
    std::lock_guard lock(m_mutex);
    m_answers.insert(path, {status, json});
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

int ScriptedHttpServer::requests(const QByteArray& path) const
{
    std::lock_guard lock(m_mutex);
    return m_counts.value(path);
}

void ScriptedHttpServer::failNext(const QByteArray& path, int count, int status)
{
    std::lock_guard lock(m_mutex);
    m_failures.insert(path, {count, status});
}

int ScriptedHttpServer::connections() const
{
    std::lock_guard lock(m_mutex);
    return m_connections;
}

QList<ScriptedHttpServer::Received> ScriptedHttpServer::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

QByteArray ScriptedHttpServer::Received::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

void ScriptedHttpServer::serve()
{
    while (!m_stop) {
        pollfd entry{m_listener, POLLIN, 0};
        if (::poll(&entry, 1, 50) <= 0)
            continue;
        const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd >= 0) {
            {
                std::lock_guard lock(m_mutex);
                ++m_connections;
            }
            handle(fd);
            ::close(fd);
        }
    }
}

void ScriptedHttpServer::handle(int fd)
{
    // The head, and a body of Content-Length bytes.
    QByteArray request;
    qsizetype headEnd = -1;
    qsizetype wanted = -1;
    while (!m_stop && (wanted < 0 || request.size() < wanted)) {
        pollfd entry{fd, POLLIN, 0};
        if (::poll(&entry, 1, 5000) <= 0)
            return;
        char chunk[8192];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return;
        request.append(chunk, n);
        if (headEnd < 0 && (headEnd = request.indexOf("\r\n\r\n")) >= 0) {
            qsizetype length = 0;
            for (const QByteArray& line : request.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            wanted = headEnd + 4 + length;
        }
    }
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray path = requestLine.value(1);
    std::pair<int, QByteArray> canned{404, "{\"error\":\"not_found\",\"message\":\"not found\"}"};
    Received received;
    received.method = requestLine.value(0);
    received.path = path;
    const QList<QByteArray> headLines = request.left(headEnd).split('\n');
    for (qsizetype i = 1; i < headLines.size(); ++i) {
        const qsizetype colon = headLines.at(i).indexOf(':');
        if (colon > 0)
            received.headers.append({headLines.at(i).left(colon).trimmed().toLower(),
                                     headLines.at(i).mid(colon + 1).trimmed()});
    }
    received.body = request.mid(headEnd + 4);
    {
        std::lock_guard lock(m_mutex);
        ++m_counts[path];
        canned = m_answers.value(path, canned);
        auto failure = m_failures.find(path);
        if (failure != m_failures.end() && failure->first > 0) {
            --failure->first;
            canned = {failure->second, "{\"error\":\"scripted failure\"}"};
        }
        received.answeredStatus = canned.first;
        m_received.append(received);
    }
    const QByteArray response = "HTTP/1.1 " + QByteArray::number(canned.first) +
                                " Scripted\r\nContent-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(canned.second.size()) +
                                "\r\nConnection: close\r\n\r\n" + canned.second;
    ::send(fd, response.constData(), static_cast<size_t>(response.size()), MSG_NOSIGNAL);
}

} // namespace clm::test
