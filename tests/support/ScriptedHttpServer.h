#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <mutex>
#include <thread>

namespace clm::test {

// A stand-in HTTP server on a loopback port: for answers the real license
// server cannot be made to give (a canned status and JSON body per path,
// any method, 404 for the rest), and as a webhook receiver that keeps what
// it received and can be told to fail. One request per connection. Serves
// from a thread of its own, so blocking test clients do not stall it.
class ScriptedHttpServer
{
public:
    ScriptedHttpServer();
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer&) = delete;
    ScriptedHttpServer& operator=(const ScriptedHttpServer&) = delete;

    void answer(const QByteArray& path, int status, const QByteArray& json);
    // The next `count` requests for `path` get `status` (then the canned
    // answer again).
    void failNext(const QByteArray& path, int count, int status = 503);
    bool isListening() const { return m_listener >= 0; }
    QUrl baseUrl() const;
    // How many requests came for `path`.
    int requests(const QByteArray& path) const;
    // How many connections were accepted (whatever they sent).
    int connections() const;

    struct Received
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
        QByteArray body;
        int answeredStatus = 0;

        QByteArray header(const QByteArray& name) const;
    };
    // Every request received, in order.
    QList<Received> received() const;

private:
    void serve();
    void handle(int fd);

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QMap<QByteArray, std::pair<int, QByteArray>> m_answers;
    QMap<QByteArray, int> m_counts;
    QMap<QByteArray, std::pair<int, int>> m_failures; // path -> (left, status)
    QList<Received> m_received;
    int m_connections = 0;
    std::thread m_thread;
};

} // namespace clm::test
