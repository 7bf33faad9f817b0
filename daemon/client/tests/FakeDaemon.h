#pragma once

// A scripted stand-in for clmd on a Unix socket, for the libclm and clm
// tests: each accepted connection is handed to a script that reads request
// lines and writes whatever bytes the test wants (split lines, foreign ids,
// garbage, nothing at all).

#include "daemon/client/MiniJson.h"

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace clm::client::test {

// A directory under /tmp removed (with its files) at the end of the test.
class TempDir
{
public:
    TempDir()
    {
        char pattern[] = "/tmp/tst_clm.XXXXXX";
        if (char* made = ::mkdtemp(pattern))
            m_path = made;
    }
    ~TempDir()
    {
        if (!m_path.empty()) [[maybe_unused]]
            const int rc = std::system(("rm -rf '" + m_path + "'").c_str());
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    std::string file(std::string_view name) const { return m_path + '/' + std::string(name); }

private:
    std::string m_path;
};

class Session
{
public:
    explicit Session(int fd)
        : m_fd(fd)
    {}

    // The next line without "\n"; nullopt when the peer closed or nothing
    // came within the time.
    std::optional<std::string> readLine(int timeoutMs = 10000)
    {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        for (;;) {
            if (const size_t newline = m_buffer.find('\n'); newline != std::string::npos) {
                std::string line = m_buffer.substr(0, newline);
                m_buffer.erase(0, newline + 1);
                return line;
            }
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                                      end - std::chrono::steady_clock::now())
                                      .count();
            if (left <= 0)
                return std::nullopt;
            pollfd entry{m_fd, POLLIN, 0};
            if (::poll(&entry, 1, static_cast<int>(left)) <= 0)
                continue;
            char chunk[65536];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return std::nullopt;
            m_buffer.append(chunk, static_cast<size_t>(n));
        }
    }

    // The next request as JSON (nullopt on close, timeout or bad JSON).
    std::optional<json::Value> readRequest(int timeoutMs = 10000)
    {
        std::optional<std::string> line = readLine(timeoutMs);
        if (!line)
            return std::nullopt;
        return json::parse(*line).value;
    }

    void send(std::string_view bytes)
    {
        while (!bytes.empty()) {
            const ssize_t n = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
            if (n <= 0)
                return;
            bytes.remove_prefix(static_cast<size_t>(n));
        }
    }

    // `answer` (an object without "id") as the answer to `request`.
    void answer(const json::Value& request, std::string_view answer)
    {
        json::Value value = *json::parse(answer).value;
        const json::Value* id = request.find("id");
        value.prepend("id", id ? *id : json::Value::null());
        send(json::serialize(value) + '\n');
    }

    // Waits until the peer closes its end; false on timeout.
    bool waitClosed(int timeoutMs = 10000)
    {
        while (readLine(timeoutMs)) {
        }
        pollfd entry{m_fd, POLLIN, 0};
        if (::poll(&entry, 1, 0) <= 0)
            return false;
        char byte;
        return ::recv(m_fd, &byte, 1, MSG_PEEK) == 0;
    }

    void close() { ::shutdown(m_fd, SHUT_RDWR); }

private:
    int m_fd;
    std::string m_buffer;
};

class FakeDaemon
{
public:
    using Script = std::function<void(Session&)>;

    // Serves connections one after the other with `script` on `path` (a
    // fresh path in a temporary directory when empty).
    explicit FakeDaemon(Script script, std::string path = {})
        : m_script(std::move(script))
        , m_path(path.empty() ? m_dir.file("clmd.sock") : std::move(path))
    {
        m_listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, m_path.c_str(), sizeof address.sun_path - 1);
        ::unlink(m_path.c_str());
        if (::bind(m_listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(m_listener, 16) != 0) {
            std::perror("FakeDaemon: bind/listen");
            std::abort();
        }
        m_thread = std::thread([this] { serve(); });
    }

    ~FakeDaemon()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listener);
        ::unlink(m_path.c_str());
    }

    FakeDaemon(const FakeDaemon&) = delete;
    FakeDaemon& operator=(const FakeDaemon&) = delete;

    const std::string& path() const { return m_path; }

    int connections() const { return m_connections; }

    // Blocks until `count` connections have been served to the end.
    bool waitServed(int count, int timeoutMs = 10000) const
    {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (m_served < count) {
            if (std::chrono::steady_clock::now() > end)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd entry{m_listener, POLLIN, 0};
            if (::poll(&entry, 1, 20) <= 0)
                continue;
            const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd < 0)
                continue;
            ++m_connections;
            Session session(fd);
            m_script(session);
            ::close(fd);
            ++m_served;
        }
    }

    TempDir m_dir;
    Script m_script;
    std::string m_path;
    int m_listener = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_served{0};
    std::thread m_thread;
};

// Collects the requests a script saw, for the test thread to read.
class RequestLog
{
public:
    void add(std::string line)
    {
        std::lock_guard lock(m_mutex);
        m_lines.push_back(std::move(line));
    }
    std::vector<std::string> lines() const
    {
        std::lock_guard lock(m_mutex);
        return m_lines;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_lines;
};

} // namespace clm::client::test
