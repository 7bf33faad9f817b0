#pragma once

#include <QByteArray>
#include <QMap>
#include <QUrl>

#include <atomic>
#include <mutex>
#include <thread>

namespace clm::test {

// A stand-in license server on a loopback port for answers the real one
// cannot be made to give: a canned status and JSON body per path (any
// method), 404 for the rest, one request per connection. Serves from a
// thread of its own, so blocking test clients do not stall it.
class ScriptedHttpServer
{
public:
    ScriptedHttpServer();
    ~ScriptedHttpServer();
    ScriptedHttpServer(const ScriptedHttpServer&) = delete;
    ScriptedHttpServer& operator=(const ScriptedHttpServer&) = delete;

    void answer(const QByteArray& path, int status, const QByteArray& json);
    bool isListening() const { return m_listener >= 0; }
    QUrl baseUrl() const;
    // How many requests came for `path`.
    int requests(const QByteArray& path) const;

private:
    void serve();
    void handle(int fd);

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    QMap<QByteArray, std::pair<int, QByteArray>> m_answers;
    QMap<QByteArray, int> m_counts;
    std::thread m_thread;
};

} // namespace clm::test
