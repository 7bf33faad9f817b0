// libclm: the C API of clm.h over clmd's local protocol (CLI.md, "Local
// protocol"). Standard C++ and POSIX only: the library is linked into tools
// of any language, which must not inherit Qt from it.
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"
#include "daemon/client/Rfc3339.h"
#include "daemon/client/clm.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#ifndef CLM_VERSION
#define CLM_VERSION "0.0.0"
#endif

namespace json = clm::client::json;

struct clm_conn
{
    int fd = -1;
    int timeoutMs = 60000;
    int64_t nextId = 1;
    std::string socketPath;
    std::string buffer;      // bytes read past the last complete line
    bool discarding = false; // dropping the rest of an oversized line

    // The last answer (or error) on this connection.
    std::string message;
    std::string reason;
    std::string answer;
    std::string sessionId;
    std::string licenseId;
    std::string licenseName;
    int64_t leaseExpiresAt = 0;
    int64_t licenseExpiresAt = 0;
    int64_t borrowedUntil = 0;
    bool offline = false;
};

namespace {

// The daemon's answers are small; a line this long is not one of them.
constexpr size_t kMaxLineBytes = 1024 * 1024;
constexpr const char* kDefaultConfig = "/etc/clm/clmd.conf";
constexpr const char* kDefaultSocket = "/run/clm/clmd.sock";

struct ResultInfo
{
    int code;
    const char* name;
    const char* sentence;
};

constexpr ResultInfo kResults[] = {
        {CLM_OK, "ok", "success"},
        {CLM_NO_SEATS, "no_seats", "all seats of the license are in use"},
        {CLM_NO_LICENSE, "no_license", "no license of the organization grants this product"},
        {CLM_LICENSE_INACTIVE, "license_inactive", "the license is not active"},
        {CLM_LICENSE_EXPIRED, "license_expired", "the license has expired"},
        {CLM_NOT_ENROLLED, "not_enrolled", "this machine is not enrolled with a license server"},
        {CLM_SERVER_UNREACHABLE, "server_unreachable",
         "the license server cannot be reached and there is no valid cached lease"},
        {CLM_OFFLINE_LEASE_EXPIRED, "offline_lease_expired",
         "the cached offline lease has expired"},
        {CLM_CLOCK_TAMPERED, "clock_tampered", "the system clock was turned back"},
        {CLM_BORROW_NOT_ALLOWED, "borrow_not_allowed", "the license does not allow borrowing"},
        {CLM_BAD_REQUEST, "bad_request", "the daemon refused a malformed request"},
        {CLM_FORBIDDEN, "forbidden", "the operation needs root"},
        {CLM_UNKNOWN_USER, "unknown_user",
         "the calling user is not in the machine's user database (passwd)"},
        {CLM_TOO_MANY_CONNECTIONS, "too_many_connections",
         "this user has as many connections to the daemon open as it allows"},
        {CLM_DAEMON_UNREACHABLE, "daemon_unreachable",
         "the license daemon (clmd) cannot be reached"},
        {CLM_PROTOCOL_ERROR, "protocol_error", "the daemon's answer does not follow the protocol"},
        {CLM_TIMEOUT, "timeout", "the daemon did not answer in time"},
        {CLM_INVALID_ARGUMENT, "invalid_argument", "invalid argument"},
        {CLM_OUT_OF_MEMORY, "out_of_memory", "out of memory"},
        {CLM_UNKNOWN_REASON, "unknown_reason",
         "the daemon gave a reason this library does not know"},
};

const ResultInfo* findResult(int code)
{
    for (const ResultInfo& info : kResults) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

int resultForReason(std::string_view reason)
{
    for (const ResultInfo& info : kResults) {
        // Only the daemon's reasons: "timeout" on the wire is not ours.
        if (info.code > CLM_OK && info.code < CLM_DAEMON_UNREACHABLE && reason == info.name)
            return info.code;
    }
    return CLM_UNKNOWN_REASON;
}

std::string errorText(int error)
{
    char buffer[256] = {};
    // The GNU strerror_r returns the text, the XSI one fills the buffer; this
    // takes either.
    const auto text = [&](auto result) -> const char* {
        if constexpr (std::is_same_v<decltype(result), char*>)
            return result;
        else
            return result == 0 ? buffer : "unknown error";
    };
    return text(strerror_r(error, buffer, sizeof buffer));
}

std::optional<std::string> readSmallFile(const std::string& path)
{
    // open(2) rather than a stream: the descriptor must be close-on-exec in
    // case the program that links libclm forks in another thread meanwhile.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string text;
    char chunk[4096];
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0) {
            text.append(chunk, static_cast<size_t>(n));
            if (text.size() > kMaxLineBytes) {
                ok = false; // not a configuration file
                break;
            }
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            ok = false;
            break;
        }
    }
    ::close(fd);
    if (!ok)
        return std::nullopt;
    return text;
}

std::string defaultSocket()
{
    if (const char* socket = std::getenv("CLM_SOCKET"); socket && *socket)
        return socket;
    const char* config = std::getenv("CLM_CONFIG");
    const std::string path = config && *config ? config : kDefaultConfig;
    if (const std::optional<std::string> text = readSmallFile(path)) {
        std::optional<std::string> socket = clm::client::IniFile(*text).value("daemon", "socket");
        if (socket && !socket->empty())
            return *socket;
    }
    return kDefaultSocket;
}

void resetAnswer(clm_conn* conn)
{
    conn->message.clear();
    conn->reason.clear();
    conn->answer.clear();
    conn->sessionId.clear();
    conn->licenseId.clear();
    conn->licenseName.clear();
    conn->leaseExpiresAt = 0;
    conn->licenseExpiresAt = 0;
    conn->borrowedUntil = 0;
    conn->offline = false;
}

int fail(clm_conn* conn, int result, std::string message)
{
    conn->message = std::move(message);
    conn->reason = clm_error_code(result);
    return result;
}

void closeSocket(clm_conn* conn)
{
    if (conn->fd >= 0)
        ::close(conn->fd);
    conn->fd = -1;
    conn->buffer.clear();
    conn->discarding = false;
}

int closedByDaemon(clm_conn* conn)
{
    closeSocket(conn);
    return fail(conn, CLM_DAEMON_UNREACHABLE, "the daemon closed the connection");
}

using Clock = std::chrono::steady_clock;

class Deadline
{
public:
    explicit Deadline(int timeoutMs)
        : m_forever(timeoutMs <= 0)
        , m_end(Clock::now() + std::chrono::milliseconds(timeoutMs > 0 ? timeoutMs : 0))
    {}

    // For poll(): -1 forever, else the milliseconds left (0 when past).
    int remainingMs() const
    {
        if (m_forever)
            return -1;
        const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(m_end - Clock::now()).count();
        return left > 0 ? static_cast<int>(left) : 0;
    }

private:
    bool m_forever;
    Clock::time_point m_end;
};

int timedOut(clm_conn* conn)
{
    return fail(conn, CLM_TIMEOUT,
                "no answer from the daemon within " + std::to_string(conn->timeoutMs) + " ms");
}

// Waits for `events` on the socket: CLM_OK when ready, else the error.
int waitFor(clm_conn* conn, short events, const Deadline& deadline)
{
    for (;;) {
        pollfd entry{conn->fd, events, 0};
        const int ready = ::poll(&entry, 1, deadline.remainingMs());
        if (ready > 0)
            return CLM_OK; // errors and hang-ups show in the send/recv that follows
        if (ready == 0)
            return timedOut(conn);
        if (errno != EINTR) {
            const int error = errno;
            closeSocket(conn);
            return fail(conn, CLM_DAEMON_UNREACHABLE,
                        "poll on the daemon's socket failed: " + errorText(error));
        }
    }
}

// sendAll(): the daemon closed the connection; what it wrote before may
// still be there to read. Never returned to callers of the API.
constexpr int kDaemonHungUp = -1;

int sendAll(clm_conn* conn, std::string_view data, const Deadline& deadline)
{
    while (!data.empty()) {
        const ssize_t sent = ::send(conn->fd, data.data(), data.size(), MSG_NOSIGNAL);
        if (sent >= 0) {
            data.remove_prefix(static_cast<size_t>(sent));
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (const int rc = waitFor(conn, POLLOUT, deadline); rc != CLM_OK)
                return rc;
            continue;
        }
        if (errno == EPIPE || errno == ECONNRESET)
            return kDaemonHungUp; // the caller reads what the daemon said last
        const int error = errno;
        closeSocket(conn);
        return fail(conn, CLM_DAEMON_UNREACHABLE,
                    "cannot send to the daemon at " + conn->socketPath + ": " + errorText(error));
    }
    return CLM_OK;
}

// The next complete line from the daemon, without its "\n".
int readLine(clm_conn* conn, std::string& line, const Deadline& deadline)
{
    for (;;) {
        if (conn->discarding) {
            const size_t end = conn->buffer.find('\n');
            if (end == std::string::npos) {
                conn->buffer.clear();
            } else {
                conn->buffer.erase(0, end + 1);
                conn->discarding = false;
            }
        }
        if (!conn->discarding) {
            const size_t end = conn->buffer.find('\n');
            if (end != std::string::npos) {
                if (end > kMaxLineBytes) {
                    conn->buffer.erase(0, end + 1);
                    return fail(conn, CLM_PROTOCOL_ERROR, "the daemon sent a line over 1 MiB");
                }
                line.assign(conn->buffer, 0, end);
                conn->buffer.erase(0, end + 1);
                return CLM_OK;
            }
            if (conn->buffer.size() > kMaxLineBytes) {
                // The rest of that line is dropped as it arrives, so that the
                // connection is usable again after it.
                conn->buffer.clear();
                conn->discarding = true;
                return fail(conn, CLM_PROTOCOL_ERROR, "the daemon sent a line over 1 MiB");
            }
        }
        if (const int rc = waitFor(conn, POLLIN, deadline); rc != CLM_OK)
            return rc;
        char chunk[65536];
        const ssize_t received = ::recv(conn->fd, chunk, sizeof chunk, 0);
        if (received > 0) {
            conn->buffer.append(chunk, static_cast<size_t>(received));
        } else if (received == 0) {
            return closedByDaemon(conn);
        } else if (errno == ECONNRESET) {
            return closedByDaemon(conn);
        } else if (errno != EINTR && errno != EAGAIN && errno != EWOULDBLOCK) {
            const int error = errno;
            closeSocket(conn);
            return fail(conn, CLM_DAEMON_UNREACHABLE,
                        "cannot read from the daemon at " + conn->socketPath + ": " +
                                errorText(error));
        }
    }
}

int64_t timeAt(const json::Value& object, std::string_view key)
{
    const json::Value* value = object.find(key);
    if (!value || !value->isString())
        return 0;
    return clm::client::parseRfc3339(value->toString()).value_or(0);
}

int takeAnswer(clm_conn* conn, const json::Value& answer, std::string line)
{
    conn->answer = std::move(line);
    const json::Value* ok = answer.find("ok");
    const std::string& reason = answer.stringAt("reason");
    conn->message = answer.stringAt("message");
    int result = CLM_OK;
    if (ok && ok->isBool() && ok->toBool()) {
        result = CLM_OK;
    } else if (!reason.empty()) {
        result = resultForReason(reason);
        conn->reason = reason;
    } else {
        result = CLM_PROTOCOL_ERROR;
        conn->reason = clm_error_code(result);
        conn->message = "the daemon's answer has neither \"ok\": true nor a reason";
    }
    if (result != CLM_OK && conn->message.empty())
        conn->message = clm_strerror(result);

    conn->sessionId = answer.stringAt("session_id");
    conn->leaseExpiresAt = timeAt(answer, "lease_expires_at");
    conn->borrowedUntil = timeAt(answer, "borrowed_until");
    if (const json::Value* offline = answer.find("offline"))
        conn->offline = offline->toBool();
    if (const json::Value* license = answer.find("license"); license && license->isObject()) {
        conn->licenseId = license->stringAt("id");
        conn->licenseName = license->stringAt("name");
        conn->licenseExpiresAt = timeAt(*license, "expires_at");
    }
    return result;
}

// Sends `request` (an object) and waits for the answer that carries its id.
int transact(clm_conn* conn, json::Value request)
{
    if (conn->fd < 0) {
        return fail(conn, CLM_DAEMON_UNREACHABLE,
                    "not connected to the daemon at " + conn->socketPath);
    }
    json::Value id;
    if (const json::Value* given = request.find("id")) {
        id = *given;
    } else {
        id = json::Value::integer(conn->nextId++);
        request.prepend("id", id);
    }
    const Deadline deadline(conn->timeoutMs);
    if (const int rc = sendAll(conn, json::serialize(request) + '\n', deadline); rc != CLM_OK) {
        if (rc != kDaemonHungUp)
            return rc;
        // A daemon that refuses a connection (too_many_connections) writes
        // one line and closes it, maybe before this request went out: that
        // line is the answer, else the connection is simply gone.
        for (;;) {
            std::string line;
            if (const int read = readLine(conn, line, deadline); read != CLM_OK)
                return read;
            const json::ParseResult parsed = json::parse(line);
            if (!parsed.value || !parsed.value->isObject())
                continue;
            const json::Value* answerId = parsed.value->find("id");
            const json::Value* ok = parsed.value->find("ok");
            if ((!answerId || answerId->isNull()) && ok && ok->isBool() && !ok->toBool())
                return takeAnswer(conn, *parsed.value, std::move(line));
        }
    }
    for (;;) {
        std::string line;
        if (const int rc = readLine(conn, line, deadline); rc != CLM_OK)
            return rc;
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        json::ParseResult parsed = json::parse(line);
        if (!parsed.value || !parsed.value->isObject()) {
            conn->answer = line;
            return fail(conn, CLM_PROTOCOL_ERROR,
                        parsed.value ? "the daemon sent a line that is not a JSON object"
                                     : "the daemon sent invalid JSON: " + parsed.error);
        }
        const json::Value& answer = *parsed.value;
        const json::Value* answerId = answer.find("id");
        if (answerId && *answerId == id)
            return takeAnswer(conn, answer, std::move(line));
        // The daemon answers a request it could not read with "id": null;
        // only ours is in flight, so that refusal is meant for it.
        const json::Value* ok = answer.find("ok");
        if ((!answerId || answerId->isNull()) && ok && ok->isBool() && !ok->toBool())
            return takeAnswer(conn, answer, std::move(line));
    }
}

json::Value productRequest(const char* op, const char* product)
{
    return json::Value::object(
            {{"op", json::Value::string(op)}, {"product", json::Value::string(product)}});
}

int checkProduct(clm_conn* conn, const char* product)
{
    if (!product || !*product)
        return fail(conn, CLM_INVALID_ARGUMENT, "the product name is empty");
    if (!json::isValidUtf8(product))
        return fail(conn, CLM_INVALID_ARGUMENT, "the product name is not valid UTF-8");
    return CLM_OK;
}

// No exception may cross the C boundary.
template<typename Function>
int guarded(clm_conn* conn, Function&& function) noexcept
{
    try {
        return function();
    } catch (const std::bad_alloc&) {
        if (conn) {
            conn->message.clear();
            conn->reason.clear();
        }
        return CLM_OUT_OF_MEMORY;
    } catch (const std::exception& error) {
        if (conn) {
            try {
                return fail(conn, CLM_PROTOCOL_ERROR,
                            std::string("internal error: ") + error.what());
            } catch (...) {
            }
        }
        return CLM_PROTOCOL_ERROR;
    } catch (...) {
        return CLM_PROTOCOL_ERROR;
    }
}

int productOperation(clm_conn* conn, const char* op, const char* product)
{
    if (!conn)
        return CLM_INVALID_ARGUMENT;
    return guarded(conn, [&] {
        resetAnswer(conn);
        if (const int rc = checkProduct(conn, product); rc != CLM_OK)
            return rc;
        return transact(conn, productRequest(op, product));
    });
}

int connectSocket(clm_conn* conn)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (conn->socketPath.size() >= sizeof address.sun_path) {
        return fail(conn, CLM_INVALID_ARGUMENT,
                    "the socket path " + conn->socketPath + " is longer than " +
                            std::to_string(sizeof address.sun_path - 1) + " bytes");
    }
    std::memcpy(address.sun_path, conn->socketPath.data(), conn->socketPath.size());
    // Close-on-exec: a program started by a tool (clm run) must not inherit
    // the connection, or the seat would outlive the tool.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return fail(conn, CLM_DAEMON_UNREACHABLE, "cannot create a socket: " + errorText(errno));
    }
    conn->fd = fd;
    int rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    if (rc != 0 && errno == EINTR) {
        // The connection goes on in the background; wait for its outcome.
        pollfd entry{fd, POLLOUT, 0};
        while (::poll(&entry, 1, -1) < 0 && errno == EINTR) {
        }
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0)
            error = errno;
        rc = error == 0 ? 0 : -1;
        errno = error;
    }
    if (rc != 0) {
        const int error = errno;
        closeSocket(conn);
        return fail(conn, CLM_DAEMON_UNREACHABLE,
                    "cannot connect to the daemon at " + conn->socketPath + ": " +
                            errorText(error));
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        const int error = errno;
        closeSocket(conn);
        return fail(conn, CLM_DAEMON_UNREACHABLE,
                    "cannot configure the socket: " + errorText(error));
    }
    return CLM_OK;
}

const char* text(const std::string& value)
{
    return value.c_str();
}

} // namespace

extern "C" {

const char* clm_version(void)
{
    return CLM_VERSION;
}

const char* clm_error_code(int result)
{
    const ResultInfo* info = findResult(result);
    return info ? info->name : "unknown";
}

const char* clm_strerror(int result)
{
    const ResultInfo* info = findResult(result);
    return info ? info->sentence : "unknown error";
}

const char* clm_default_socket(void)
{
    // Per thread, so the documented "valid until the next call" holds per
    // thread too.
    thread_local std::string path;
    try {
        path = defaultSocket();
    } catch (...) {
        return kDefaultSocket;
    }
    return path.c_str();
}

int clm_open(const char* socket_path, clm_conn** out)
{
    if (!out)
        return CLM_INVALID_ARGUMENT;
    *out = nullptr;
    clm_conn* conn = new (std::nothrow) clm_conn;
    if (!conn)
        return CLM_OUT_OF_MEMORY;
    *out = conn;
    return guarded(conn, [&] {
        conn->socketPath = socket_path && *socket_path ? std::string(socket_path) : defaultSocket();
        return connectSocket(conn);
    });
}

void clm_close(clm_conn* conn)
{
    if (!conn)
        return;
    closeSocket(conn);
    delete conn;
}

void clm_set_timeout_ms(clm_conn* conn, int timeout_ms)
{
    if (conn)
        conn->timeoutMs = timeout_ms > 0 ? timeout_ms : 0;
}

int clm_checkout(clm_conn* conn, const char* product)
{
    return productOperation(conn, "checkout", product);
}

int clm_release(clm_conn* conn, const char* product)
{
    return productOperation(conn, "release", product);
}

int clm_borrow(clm_conn* conn, const char* product, int64_t seconds)
{
    if (!conn)
        return CLM_INVALID_ARGUMENT;
    return guarded(conn, [&] {
        resetAnswer(conn);
        if (const int rc = checkProduct(conn, product); rc != CLM_OK)
            return rc;
        if (seconds <= 0)
            return fail(conn, CLM_INVALID_ARGUMENT, "the borrow time must be positive");
        json::Value request = productRequest("borrow", product);
        request.insert("seconds", json::Value::integer(seconds));
        return transact(conn, std::move(request));
    });
}

int clm_return(clm_conn* conn, const char* product)
{
    return productOperation(conn, "return", product);
}

int clm_ping(clm_conn* conn)
{
    if (!conn)
        return CLM_INVALID_ARGUMENT;
    return guarded(conn, [&] {
        resetAnswer(conn);
        return transact(conn, json::Value::object({{"op", json::Value::string("ping")}}));
    });
}

int clm_request(clm_conn* conn, const char* json_request)
{
    if (!conn)
        return CLM_INVALID_ARGUMENT;
    return guarded(conn, [&] {
        resetAnswer(conn);
        if (!json_request)
            return fail(conn, CLM_INVALID_ARGUMENT, "the request is NULL");
        json::ParseResult parsed = json::parse(json_request);
        if (!parsed.value)
            return fail(conn, CLM_INVALID_ARGUMENT, "the request is not JSON: " + parsed.error);
        if (!parsed.value->isObject())
            return fail(conn, CLM_INVALID_ARGUMENT, "the request is not a JSON object");
        // Re-serialized, so that a request written over several lines still
        // goes out as one.
        return transact(conn, std::move(*parsed.value));
    });
}

const char* clm_last_message(const clm_conn* conn)
{
    return conn ? text(conn->message) : "";
}

const char* clm_last_reason(const clm_conn* conn)
{
    return conn ? text(conn->reason) : "";
}

const char* clm_last_answer(const clm_conn* conn)
{
    return conn ? text(conn->answer) : "";
}

const char* clm_session_id(const clm_conn* conn)
{
    return conn ? text(conn->sessionId) : "";
}

const char* clm_license_id(const clm_conn* conn)
{
    return conn ? text(conn->licenseId) : "";
}

const char* clm_license_name(const clm_conn* conn)
{
    return conn ? text(conn->licenseName) : "";
}

int64_t clm_lease_expires_at(const clm_conn* conn)
{
    return conn ? conn->leaseExpiresAt : 0;
}

int64_t clm_license_expires_at(const clm_conn* conn)
{
    return conn ? conn->licenseExpiresAt : 0;
}

int64_t clm_borrowed_until(const clm_conn* conn)
{
    return conn ? conn->borrowedUntil : 0;
}

int clm_is_offline(const clm_conn* conn)
{
    return conn && conn->offline ? 1 : 0;
}

} // extern "C"
