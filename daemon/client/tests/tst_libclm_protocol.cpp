// libclm against a scripted fake daemon: what goes on the wire, how answers
// are matched, read and mapped, and how broken answers and daemons fail.
#include "daemon/client/MiniJson.h"
#include "daemon/client/clm.h"
#include "daemon/client/tests/FakeDaemon.h"
#include "daemon/client/tests/TestMain.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <chrono>
#include <string>
#include <thread>

namespace json = clm::client::json;
using clm::client::test::FakeDaemon;
using clm::client::test::RequestLog;
using clm::client::test::Session;

namespace {

constexpr int64_t kReference = 1795341600; // 2026-11-22T10:00:00Z

// Answers every request with `answer` (no "id") until the client closes.
FakeDaemon::Script answerAll(std::string answer, RequestLog* log = nullptr)
{
    return [answer = std::move(answer), log](Session& session) {
        while (std::optional<std::string> line = session.readLine()) {
            if (log)
                log->add(*line);
            session.answer(*json::parse(*line).value, answer);
        }
    };
}

struct Conn
{
    clm_conn* conn = nullptr;
    int rc = -1;
    explicit Conn(const std::string& path)
        : rc(clm_open(path.c_str(), &conn))
    {}
    ~Conn() { clm_close(conn); }
    operator clm_conn*() const { return conn; }
};

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace

TEST_CASE(checkoutGranted)
{
    RequestLog log;
    FakeDaemon daemon(answerAll("{\"ok\":true,\"status\":\"granted\",\"session_id\":\"s-1\","
                                "\"lease_expires_at\":\"2026-11-22T10:00:00Z\",\"offline\":true,"
                                "\"license\":{\"id\":\"lic-1\",\"name\":\"Team\",\"expires_at\":"
                                "null}}",
                                &log));
    Conn conn(daemon.path());
    CHECK_EQ(conn.rc, int(CLM_OK));
    CHECK_EQ(clm_checkout(conn, "coditect-cli"), int(CLM_OK));
    CHECK_EQ(clm_session_id(conn), "s-1");
    CHECK_EQ(clm_lease_expires_at(conn), kReference);
    CHECK_EQ(clm_is_offline(conn), 1);
    CHECK_EQ(clm_license_id(conn), "lic-1");
    CHECK_EQ(clm_license_name(conn), "Team");
    CHECK_EQ(clm_license_expires_at(conn), int64_t(0));
    CHECK_EQ(clm_borrowed_until(conn), int64_t(0));
    CHECK_EQ(clm_last_reason(conn), "");
    CHECK_EQ(clm_last_message(conn), "");
    CHECK(std::string(clm_last_answer(conn)).find("\"session_id\":\"s-1\"") != std::string::npos);

    // The next request gets the next id, and its answer replaces all details.
    CHECK_EQ(clm_release(conn, "coditect-cli"), int(CLM_OK));
    CHECK_EQ(clm_session_id(conn), "s-1"); // the same canned answer
    CHECK_EQ(clm_ping(conn), int(CLM_OK));

    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(3));
    if (lines.size() == 3) {
        CHECK_EQ(lines[0], "{\"id\":1,\"op\":\"checkout\",\"product\":\"coditect-cli\"}");
        CHECK_EQ(lines[1], "{\"id\":2,\"op\":\"release\",\"product\":\"coditect-cli\"}");
        CHECK_EQ(lines[2], "{\"id\":3,\"op\":\"ping\"}");
    }
}

TEST_CASE(detailsAreClearedByTheNextAnswer)
{
    int count = 0;
    FakeDaemon daemon([&count](Session& session) {
        while (std::optional<json::Value> request = session.readRequest()) {
            if (count++ == 0)
                session.answer(*request, "{\"ok\":true,\"session_id\":\"s\",\"offline\":true,"
                                         "\"lease_expires_at\":\"2026-11-22T10:00:00Z\","
                                         "\"license\":{\"id\":\"l\",\"name\":\"n\","
                                         "\"expires_at\":\"2027-01-01T00:00:00Z\"}}");
            else
                session.answer(*request, "{\"ok\":false,\"reason\":\"no_seats\",\"message\":"
                                         "\"all 5 seats are in use\"}");
        }
    });
    Conn conn(daemon.path());
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_OK));
    CHECK_EQ(clm_license_expires_at(conn), int64_t(1798761600));
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_NO_SEATS));
    CHECK_EQ(clm_session_id(conn), "");
    CHECK_EQ(clm_license_id(conn), "");
    CHECK_EQ(clm_license_name(conn), "");
    CHECK_EQ(clm_lease_expires_at(conn), int64_t(0));
    CHECK_EQ(clm_license_expires_at(conn), int64_t(0));
    CHECK_EQ(clm_is_offline(conn), 0);
    CHECK_EQ(clm_last_reason(conn), "no_seats");
    CHECK_EQ(clm_last_message(conn), "all 5 seats are in use");
}

TEST_CASE(everyReasonMapsToItsCode)
{
    const std::pair<const char*, int> reasons[] = {
            {"no_seats", CLM_NO_SEATS},
            {"no_license", CLM_NO_LICENSE},
            {"license_inactive", CLM_LICENSE_INACTIVE},
            {"license_expired", CLM_LICENSE_EXPIRED},
            {"not_enrolled", CLM_NOT_ENROLLED},
            {"server_unreachable", CLM_SERVER_UNREACHABLE},
            {"offline_lease_expired", CLM_OFFLINE_LEASE_EXPIRED},
            {"clock_tampered", CLM_CLOCK_TAMPERED},
            {"borrow_not_allowed", CLM_BORROW_NOT_ALLOWED},
            {"bad_request", CLM_BAD_REQUEST},
            {"forbidden", CLM_FORBIDDEN},
            {"unknown_user", CLM_UNKNOWN_USER},
            {"too_many_connections", CLM_TOO_MANY_CONNECTIONS},
            // Codes of this side of the socket are no daemon reasons.
            {"timeout", CLM_UNKNOWN_REASON},
            {"daemon_unreachable", CLM_UNKNOWN_REASON},
            {"ok", CLM_UNKNOWN_REASON},
            {"seats_on_fire", CLM_UNKNOWN_REASON},
    };
    for (const auto& [reason, code] : reasons) {
        FakeDaemon daemon(answerAll(
                std::string("{\"ok\":false,\"status\":\"denied\",\"reason\":\"") + reason + "\"}"));
        Conn conn(daemon.path());
        CHECK_EQ(clm_checkout(conn, "p"), code) || std::fprintf(stderr, "    for %s\n", reason);
        CHECK_EQ(clm_last_reason(conn), reason);
        // No message from the daemon: the code's sentence stands in.
        CHECK_EQ(clm_last_message(conn), clm_strerror(code));
    }
}

TEST_CASE(answersWithoutOkOrReasonAreProtocolErrors)
{
    for (const char* answer : {"{\"ok\":false}", "{\"status\":\"granted\"}", "{\"ok\":\"true\"}",
                               "{\"ok\":1}", "{\"ok\":false,\"reason\":\"\"}"}) {
        FakeDaemon daemon(answerAll(answer));
        Conn conn(daemon.path());
        CHECK_EQ(clm_checkout(conn, "p"), int(CLM_PROTOCOL_ERROR)) ||
                std::fprintf(stderr, "    for %s\n", answer);
        CHECK_EQ(clm_last_reason(conn), "protocol_error");
        CHECK(*clm_last_message(conn) != '\0');
    }
}

TEST_CASE(answersArriveInPiecesAfterOtherLines)
{
    FakeDaemon daemon([](Session& session) {
        std::optional<json::Value> request = session.readRequest();
        if (!request)
            return;
        // Lines for other ids, a blank line, then ours a few bytes at a time.
        session.send("{\"id\":999,\"ok\":false,\"reason\":\"no_seats\"}\n\n");
        session.send("{\"id\":\"1\",\"ok\":false,\"reason\":\"no_seats\"}\r\n");
        const std::string answer = "{\"ok\":true,\"id\":1,\"session_id\":\"split\","
                                   "\"lease_expires_at\":\"2026-11-22T12:00:00+02:00\"}\n";
        for (size_t i = 0; i < answer.size(); i += 7) {
            session.send(answer.substr(i, 7));
            sleepMs(1);
        }
        session.waitClosed();
    });
    Conn conn(daemon.path());
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_OK));
    CHECK_EQ(clm_session_id(conn), "split");
    CHECK_EQ(clm_lease_expires_at(conn), kReference);
    CHECK_EQ(clm_last_answer(conn), "{\"ok\":true,\"id\":1,\"session_id\":\"split\","
                                    "\"lease_expires_at\":\"2026-11-22T12:00:00+02:00\"}");
}

TEST_CASE(invalidJsonIsAProtocolError)
{
    for (const char* line : {"not json\n", "{\"id\":1,\"ok\":true\n", "[1]\n", "\"text\"\n",
                             "{\"id\":1,\"ok\":true} trailing\n"}) {
        FakeDaemon daemon([line](Session& session) {
            if (session.readLine())
                session.send(line);
            session.waitClosed();
        });
        Conn conn(daemon.path());
        CHECK_EQ(clm_checkout(conn, "p"), int(CLM_PROTOCOL_ERROR)) ||
                std::fprintf(stderr, "    for %s", line);
        CHECK_EQ(clm_last_reason(conn), "protocol_error");
    }
}

TEST_CASE(oversizedLineIsAProtocolErrorAndSkipped)
{
    FakeDaemon daemon([](Session& session) {
        std::optional<json::Value> first = session.readRequest();
        if (!first)
            return;
        // 1.5 MiB without a newline: refused before it ends.
        session.send("{\"id\":1,\"pad\":\"" + std::string(1536 * 1024, 'x'));
        std::optional<json::Value> second = session.readRequest();
        if (!second)
            return;
        // The rest of the long line, then the answer to the second request.
        session.send(std::string(1000, 'y') + "\"}\n");
        session.answer(*second, "{\"ok\":true}");
        // A complete line just over 1 MiB.
        std::optional<json::Value> third = session.readRequest();
        if (!third)
            return;
        session.send("{\"id\":3,\"pad\":\"" + std::string(1024 * 1024, 'z') + "\"}\n");
        session.waitClosed();
    });
    Conn conn(daemon.path());
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_PROTOCOL_ERROR));
    CHECK(std::string(clm_last_message(conn)).find("1 MiB") != std::string::npos);
    CHECK_EQ(clm_ping(conn), int(CLM_OK));
    CHECK_EQ(clm_ping(conn), int(CLM_PROTOCOL_ERROR));
}

TEST_CASE(daemonClosingIsUnreachable)
{
    FakeDaemon daemon([](Session& session) {
        if (session.readLine())
            session.send("{\"id\":1,\"ok\":"); // half an answer, then gone
    });
    Conn conn(daemon.path());
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_DAEMON_UNREACHABLE));
    CHECK_EQ(clm_last_message(conn), "the daemon closed the connection");
    CHECK_EQ(clm_last_reason(conn), "daemon_unreachable");
    // The connection stays closed: no silent reconnect that would lose the
    // seat's link to this handle.
    CHECK_EQ(clm_ping(conn), int(CLM_DAEMON_UNREACHABLE));
    CHECK_EQ(daemon.connections(), 1);
}

TEST_CASE(timeoutThenLateAnswerIsSkipped)
{
    FakeDaemon daemon([](Session& session) {
        std::optional<json::Value> first = session.readRequest();
        std::optional<json::Value> second = session.readRequest();
        if (!first || !second)
            return;
        session.answer(*first, "{\"ok\":true,\"session_id\":\"late\"}");
        session.answer(*second, "{\"ok\":true,\"session_id\":\"second\"}");
        session.waitClosed();
    });
    Conn conn(daemon.path());
    clm_set_timeout_ms(conn, 150);
    const auto start = std::chrono::steady_clock::now();
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_TIMEOUT));
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(140));
    CHECK_EQ(clm_last_reason(conn), "timeout");
    clm_set_timeout_ms(conn, 0); // forever
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_OK));
    CHECK_EQ(clm_session_id(conn), "second");
}

TEST_CASE(refusalWithoutIdIsOurs)
{
    // clmd answers a line it could not read with "id": null.
    FakeDaemon daemon([](Session& session) {
        if (session.readLine())
            session.send("{\"id\":null,\"ok\":false,\"status\":\"error\",\"reason\":"
                         "\"bad_request\",\"message\":\"a request line over 65536 bytes\"}\n");
        session.waitClosed();
    });
    Conn conn(daemon.path());
    CHECK_EQ(clm_checkout(conn, "p"), int(CLM_BAD_REQUEST));
    CHECK_EQ(clm_last_message(conn), "a request line over 65536 bytes");
}

TEST_CASE(refusedConnectionReportsTheDaemonsReason)
{
    // clmd refuses a connection over max_connections_per_user with one line
    // and closes it at once, before the client's request arrives.
    FakeDaemon daemon([](Session& session) {
        session.send("{\"id\":null,\"ok\":false,\"status\":\"denied\",\"reason\":"
                     "\"too_many_connections\",\"message\":\"this user already has 3\"}\n");
    });
    Conn conn(daemon.path());
    CHECK_EQ(conn.rc, int(CLM_OK));
    // Closed before the request goes out: sending fails, the reason is
    // still there to read.
    CHECK(daemon.waitServed(1));
    CHECK_EQ(clm_ping(conn), int(CLM_TOO_MANY_CONNECTIONS));
    CHECK_EQ(clm_last_reason(conn), "too_many_connections");
    CHECK_EQ(clm_last_message(conn), "this user already has 3");
    // And nothing after it: the connection is gone.
    CHECK_EQ(clm_ping(conn), int(CLM_DAEMON_UNREACHABLE));

    // Closed right after the request arrived, unread.
    FakeDaemon unread([](Session& session) {
        session.send("{\"id\":null,\"ok\":false,\"status\":\"denied\",\"reason\":"
                     "\"too_many_connections\",\"message\":\"m\"}\n");
        session.readLine(200);
    });
    Conn second(unread.path());
    CHECK_EQ(clm_checkout(second, "p"), int(CLM_TOO_MANY_CONNECTIONS));

    // A daemon that closes without a word is still unreachable.
    FakeDaemon silent([](Session&) {});
    Conn third(silent.path());
    CHECK(silent.waitServed(1));
    CHECK_EQ(clm_ping(third), int(CLM_DAEMON_UNREACHABLE));
    CHECK_EQ(clm_last_message(third), "the daemon closed the connection");
}

TEST_CASE(productNamesAreEscaped)
{
    RequestLog log;
    FakeDaemon daemon(answerAll("{\"ok\":true}", &log));
    Conn conn(daemon.path());
    const std::string product = "Pro \"d\" \\ \xc3\xbc \xf0\x9f\x98\x80\n\t\x01 end";
    CHECK_EQ(clm_checkout(conn, product.c_str()), int(CLM_OK));
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(1));
    if (!lines.empty()) {
        const json::ParseResult request = json::parse(lines[0]);
        CHECK(request.value.has_value());
        if (request.value)
            CHECK_EQ(request.value->stringAt("product"), product);
        CHECK(lines[0].find('\n') == std::string::npos);
    }
}

TEST_CASE(borrowSendsSecondsAndReadsBothTimes)
{
    RequestLog log;
    FakeDaemon daemon(answerAll("{\"ok\":true,\"status\":\"borrowed\","
                                "\"borrowed_until\":\"2026-11-25T10:00:00.750Z\","
                                "\"lease_expires_at\":\"2026-11-22T11:00:00+01:00\"}",
                                &log));
    Conn conn(daemon.path());
    CHECK_EQ(clm_borrow(conn, "p", 259200), int(CLM_OK));
    CHECK_EQ(clm_borrowed_until(conn), kReference + 3 * 86400);
    CHECK_EQ(clm_lease_expires_at(conn), kReference);
    CHECK_EQ(clm_return(conn, "p"), int(CLM_OK));
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(2));
    if (lines.size() == 2) {
        CHECK_EQ(lines[0], "{\"id\":1,\"op\":\"borrow\",\"product\":\"p\",\"seconds\":259200}");
        CHECK_EQ(lines[1], "{\"id\":2,\"op\":\"return\",\"product\":\"p\"}");
    }
}

TEST_CASE(rawRequests)
{
    RequestLog log;
    FakeDaemon daemon(answerAll("{\"ok\":true,\"enrolled\":true,\"leases\":[]}", &log));
    Conn conn(daemon.path());
    // No id: one is added in front; everything else passes unchanged, on
    // one line even when written over several.
    CHECK_EQ(clm_request(conn, "{\n  \"op\": \"status\",\n  \"n\": 1.50e3\n}\n"), int(CLM_OK));
    CHECK_EQ(clm_last_answer(conn), "{\"id\":1,\"ok\":true,\"enrolled\":true,\"leases\":[]}");
    // An id of the caller's own is used for matching.
    CHECK_EQ(clm_request(conn, "{\"op\":\"ping\",\"id\":\"mine\"}"), int(CLM_OK));
    CHECK_EQ(clm_last_answer(conn),
             "{\"id\":\"mine\",\"ok\":true,\"enrolled\":true,\"leases\":[]}");
    // Requests without an id go on counting.
    CHECK_EQ(clm_request(conn, "{\"op\":\"ping\"}"), int(CLM_OK));
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(3));
    if (lines.size() == 3) {
        CHECK_EQ(lines[0], "{\"id\":1,\"op\":\"status\",\"n\":1.50e3}");
        CHECK_EQ(lines[1], "{\"op\":\"ping\",\"id\":\"mine\"}");
        CHECK_EQ(lines[2], "{\"id\":2,\"op\":\"ping\"}");
    }
}

TEST_CASE(rawRequestDenied)
{
    FakeDaemon daemon(answerAll("{\"ok\":false,\"reason\":\"forbidden\",\"message\":\"only root "
                                "may enroll this machine\"}"));
    Conn conn(daemon.path());
    CHECK_EQ(clm_request(conn, "{\"op\":\"enroll\"}"), int(CLM_FORBIDDEN));
    CHECK_EQ(clm_last_message(conn), "only root may enroll this machine");
    CHECK(std::string(clm_last_answer(conn)).find("\"forbidden\"") != std::string::npos);
}

TEST_CASE(socketIsCloseOnExec)
{
    FakeDaemon daemon(answerAll("{\"ok\":true}"));
    Conn conn(daemon.path());
    CHECK_EQ(clm_ping(conn), int(CLM_OK));
    // libclm's socket is the one whose peer is the daemon's path.
    int found = 0;
    DIR* fds = opendir("/proc/self/fd");
    CHECK(fds != nullptr);
    while (dirent* entry = fds ? readdir(fds) : nullptr) {
        const int fd = std::atoi(entry->d_name);
        if (entry->d_name[0] == '.' || fd == dirfd(fds))
            continue;
        sockaddr_un peer{};
        socklen_t length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0 ||
            peer.sun_family != AF_UNIX || daemon.path() != peer.sun_path)
            continue;
        ++found;
        CHECK((fcntl(fd, F_GETFD) & FD_CLOEXEC) != 0);
        CHECK((fcntl(fd, F_GETFL) & O_NONBLOCK) != 0);
    }
    if (fds)
        closedir(fds);
    CHECK_EQ(found, 1);
}

TEST_CASE(defaultSocketFromEnvironment)
{
    FakeDaemon daemon(answerAll("{\"ok\":true}"));
    setenv("CLM_SOCKET", daemon.path().c_str(), 1);
    clm_conn* conn = nullptr;
    CHECK_EQ(clm_open(nullptr, &conn), int(CLM_OK));
    CHECK_EQ(clm_ping(conn), int(CLM_OK));
    clm_close(conn);
    conn = nullptr;
    CHECK_EQ(clm_open("", &conn), int(CLM_OK));
    clm_close(conn);
    unsetenv("CLM_SOCKET");
}

TEST_MAIN
