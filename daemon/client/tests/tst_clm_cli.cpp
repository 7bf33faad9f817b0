// The clm program end to end against a scripted fake daemon: output, exit
// codes, the reason line, `run` with its child, and `enroll` editing the
// configuration.
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"
#include "daemon/client/tests/FakeDaemon.h"
#include "daemon/client/tests/TestMain.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace json = clm::client::json;
using clm::client::IniFile;
using clm::client::test::FakeDaemon;
using clm::client::test::RequestLog;
using clm::client::test::Session;
using clm::client::test::TempDir;

namespace {

constexpr const char* kGranted =
        "{\"ok\":true,\"status\":\"granted\",\"session_id\":\"s-1\","
        "\"lease_expires_at\":\"2026-11-22T10:00:00Z\",\"offline\":false,"
        "\"license\":{\"id\":\"lic-1\",\"name\":\"Team\",\"expires_at\":null}}";

struct Result
{
    int status = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
};

// clm as a child process with its output captured. The environment is this
// process's without CLM_SOCKET, with CLM_CONFIG pointing nowhere (so that the
// machine's /etc/clm/clmd.conf never matters), plus `env`. Its standard input
// is `input` when given, else /dev/null.
class Clm
{
public:
    Clm(const std::vector<std::string>& args, const std::map<std::string, std::string>& env = {},
        const std::optional<std::string>& input = std::nullopt)
    {
        std::vector<std::string> environment;
        for (char** entry = environ; *entry; ++entry) {
            const std::string_view text = *entry;
            const std::string name(text.substr(0, text.find('=')));
            if (name != "CLM_SOCKET" && name != "CLM_CONFIG" && !env.count(name))
                environment.emplace_back(text);
        }
        if (!env.count("CLM_CONFIG"))
            environment.emplace_back("CLM_CONFIG=/nonexistent/clm/clmd.conf");
        for (const auto& [name, value] : env) {
            if (!value.empty())
                environment.push_back(name + '=' + value);
        }
        std::vector<std::string> arguments = {CLM_PROGRAM};
        arguments.insert(arguments.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (std::string& arg : arguments)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (std::string& entry : environment)
            envp.push_back(entry.data());
        envp.push_back(nullptr);

        int out[2];
        int err[2];
        int in[2];
        if (pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0 || pipe2(in, O_CLOEXEC) != 0)
            std::abort();
        m_pid = fork();
        if (m_pid == 0) {
            // Only async-signal-safe calls: the fake daemon runs a thread.
            // Signals ignored by whoever started the test (a shell's "&")
            // would stay ignored, and sh cannot trap those.
            for (const int number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
                signal(number, SIG_DFL);
            sigset_t none;
            sigemptyset(&none);
            sigprocmask(SIG_SETMASK, &none, nullptr);
            // A group of its own, so that a hung test can kill clm and the
            // command it runs together.
            setpgid(0, 0);
            if (input) {
                dup2(in[0], STDIN_FILENO);
            } else {
                const int null = open("/dev/null", O_RDONLY);
                dup2(null, STDIN_FILENO);
            }
            dup2(out[1], STDOUT_FILENO);
            dup2(err[1], STDERR_FILENO);
            execve(argv[0], argv.data(), envp.data());
            _exit(99);
        }
        setpgid(m_pid, m_pid); // also here, in case the child has not run yet
        close(out[1]);
        close(err[1]);
        close(in[0]);
        // Small enough for the pipe's buffer: written whole, then closed so
        // that clm sees the end of its input.
        if (input && !input->empty()) [[maybe_unused]]
            const ssize_t written = write(in[1], input->data(), input->size());
        close(in[1]);
        m_out = out[0];
        m_err = err[0];
    }

    ~Clm()
    {
        if (m_pid > 0 && !m_reaped) {
            kill(-m_pid, SIGKILL);
            finish();
        }
    }

    pid_t pid() const { return m_pid; }
    const std::string& out() const { return m_result.out; }

    // Reads output until stdout holds `text`; false on timeout or end.
    bool waitForOutput(std::string_view text, int timeoutMs = 10000)
    {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (m_result.out.find(text) == std::string::npos) {
            if (std::chrono::steady_clock::now() > end || !pump(50))
                return false;
        }
        return true;
    }

    Result finish(int timeoutMs = 20000)
    {
        const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (pump(50)) {
            if (std::chrono::steady_clock::now() > end) {
                kill(-m_pid, SIGKILL);
                std::fprintf(stderr, "clm did not finish in time\n");
                break;
            }
        }
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_reaped = true;
        m_result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        close(m_out);
        close(m_err);
        return m_result;
    }

private:
    // Reads what is there; false once both pipes are at their end.
    bool pump(int timeoutMs)
    {
        pollfd fds[2] = {{m_outOpen ? m_out : -1, POLLIN, 0}, {m_errOpen ? m_err : -1, POLLIN, 0}};
        if (!m_outOpen && !m_errOpen)
            return false;
        if (poll(fds, 2, timeoutMs) <= 0)
            return true;
        char chunk[4096];
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = read(fds[i].fd, chunk, sizeof chunk);
            if (n > 0)
                (i == 0 ? m_result.out : m_result.err).append(chunk, static_cast<size_t>(n));
            else
                (i == 0 ? m_outOpen : m_errOpen) = false;
        }
        return m_outOpen || m_errOpen;
    }

    pid_t m_pid = -1;
    int m_out = -1;
    int m_err = -1;
    bool m_outOpen = true;
    bool m_errOpen = true;
    bool m_reaped = false;
    Result m_result;
};

Result runClm(const std::vector<std::string>& args,
              const std::map<std::string, std::string>& env = {},
              const std::optional<std::string>& input = std::nullopt)
{
    return Clm(args, env, input).finish();
}

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

// A script that answers by "op": granted checkouts, ok for everything else.
FakeDaemon::Script seatDaemon(RequestLog* log, std::string checkoutAnswer = kGranted)
{
    return [log, checkoutAnswer = std::move(checkoutAnswer)](Session& session) {
        while (std::optional<std::string> line = session.readLine()) {
            log->add(*line);
            const json::Value request = *json::parse(*line).value;
            session.answer(request,
                           request.stringAt("op") == "checkout" ? checkoutAnswer : "{\"ok\":true}");
        }
    };
}

std::string op(const std::string& line)
{
    const json::ParseResult parsed = json::parse(line);
    return parsed.value ? parsed.value->stringAt("op") : "(invalid)";
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

size_t lineCount(const std::string& text)
{
    size_t count = 0;
    for (const char c : text)
        count += c == '\n';
    return count;
}

std::string readFile(const std::string& path)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

void writeFile(const std::string& path, const std::string& text, mode_t mode = 0644)
{
    std::ofstream(path, std::ios::binary) << text;
    chmod(path.c_str(), mode);
}

mode_t modeOf(const std::string& path)
{
    struct stat info = {};
    stat(path.c_str(), &info);
    return info.st_mode & 07777;
}

bool exists(const std::string& path)
{
    return access(path.c_str(), F_OK) == 0;
}

} // namespace

TEST_CASE(helpAndVersion)
{
    Result help = runClm({"--help"});
    CHECK_EQ(help.status, 0);
    CHECK(help.out.find("Usage: clm") != std::string::npos);
    CHECK(help.out.find("enroll --server URL (--token TOKEN | --token-file FILE|-)") !=
          std::string::npos);
    CHECK_EQ(runClm({"checkout", "--help"}).status, 0);
    CHECK_EQ(runClm({"-h"}).status, 0);

    Result version = runClm({"--version"});
    CHECK_EQ(version.status, 0);
    CHECK_EQ(version.out, std::string("clm ") + CLM_VERSION + " (libclm " + CLM_VERSION + ")\n");
}

TEST_CASE(usageErrorsAreOneLineAndExitTwo)
{
    const std::vector<std::vector<std::string>> cases = {
            {},
            {"frobnicate"},
            {"checkout"},
            {"checkout", "a", "b"},
            {"--bogus", "status"},
            {"-x", "status"},
            {"status", "--json=1"},
            {"status", "extra"},
            {"status", "--socket"},
            {"status", "--socket="},
            {"checkout", "p", "--json"},
            {"checkout", "p", "--hours", "1"},
            {"borrow", "p"},
            {"borrow", "p", "--hours", "abc"},
            {"borrow", "p", "--hours", "0"},
            {"borrow", "p", "--hours", "-1"},
            {"borrow", "p", "--hours", "0x10"},
            {"borrow", "p", "--hours", "inf"},
            {"borrow", "p", "--hours", "0.0001"},
            {"run", "p"},
            {"run", "p", "--"},
            {"run"},
            {"return"},
            {"enroll", "--server", "https://x"},
            {"enroll", "--token", "t"},
            {"enroll", "--server", "https://x", "--token", "a\nb"},
            {"enroll", "--server", "https://x", "--token", "t", "extra"},
            {"enroll", "--server", "licenses.example.com", "--token", "t"},
            {"enroll", "--server", "https://a.example,ftp://b", "--token", "t"},
            {"enroll", "--server", "https://x", "--token", "t", "--token-file", "-"},
            {"enroll", "--server", "https://x", "--token-file"},
            {"enroll", "--server", "https://x", "--token-file="},
            {"checkout", "p", "--token-file", "-"},
    };
    for (const auto& args : cases) {
        const Result result = runClm(args);
        std::string joined;
        for (const std::string& arg : args)
            joined += ' ' + arg;
        CHECK_EQ(result.status, 2) || std::fprintf(stderr, "    for clm%s\n", joined.c_str());
        CHECK(result.err.rfind("invalid_argument: ", 0) == 0) ||
                std::fprintf(stderr, "    for clm%s: %s\n", joined.c_str(), result.err.c_str());
        CHECK_EQ(lineCount(result.err), size_t(1));
        CHECK_EQ(result.out, "");
    }
}

TEST_CASE(checkoutGranted)
{
    RequestLog log;
    FakeDaemon daemon(seatDaemon(&log));
    // --socket before or after the command, or from the environment.
    for (const Result& result :
         {runClm({"--socket", daemon.path(), "checkout", "coditect-cli"}),
          runClm({"checkout", "coditect-cli", "--socket=" + daemon.path()}),
          runClm({"checkout", "coditect-cli"}, {{"CLM_SOCKET", daemon.path()}})}) {
        CHECK_EQ(result.status, 0);
        CHECK_EQ(result.out, "granted coditect-cli until 2026-11-22T10:00:00Z\n");
        CHECK_EQ(result.err, "");
    }
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(3));
    if (!lines.empty())
        CHECK_EQ(lines[0], "{\"id\":1,\"op\":\"checkout\",\"product\":\"coditect-cli\"}");
}

TEST_CASE(checkoutOfflineAndConfigSocket)
{
    RequestLog log;
    FakeDaemon daemon(seatDaemon(&log, "{\"ok\":true,\"status\":\"granted\",\"offline\":true,"
                                       "\"lease_expires_at\":\"2026-11-22T11:00:00+01:00\"}"));
    TempDir dir;
    writeFile(dir.file("clmd.conf"), "[daemon]\nsocket=" + daemon.path() + "\n");
    const Result result = runClm({"checkout", "p"}, {{"CLM_CONFIG", dir.file("clmd.conf")}});
    CHECK_EQ(result.status, 0);
    CHECK_EQ(result.out, "granted p until 2026-11-22T10:00:00Z (offline)\n");
}

TEST_CASE(checkoutDenied)
{
    FakeDaemon daemon(answerAll("{\"ok\":false,\"status\":\"denied\",\"reason\":\"no_seats\","
                                "\"message\":\"all 5 seats are in use\"}"));
    const Result result = runClm({"--socket", daemon.path(), "checkout", "coditect-cli"});
    CHECK_EQ(result.status, 1);
    CHECK_EQ(result.err, "no_seats: all 5 seats are in use\n");
    CHECK_EQ(result.out, "");
}

TEST_CASE(unknownReasonIsADenialWithItsName)
{
    FakeDaemon daemon(answerAll("{\"ok\":false,\"reason\":\"seats_on_fire\",\"message\":\"m\"}"));
    const Result result = runClm({"--socket", daemon.path(), "checkout", "p"});
    CHECK_EQ(result.status, 1);
    CHECK_EQ(result.err, "seats_on_fire: m\n");
}

TEST_CASE(protocolErrorExitsTwo)
{
    FakeDaemon daemon([](Session& session) {
        if (session.readLine())
            session.send("garbage\n");
        session.waitClosed();
    });
    const Result result = runClm({"--socket", daemon.path(), "checkout", "p"});
    CHECK_EQ(result.status, 2);
    CHECK(result.err.rfind("protocol_error: ", 0) == 0);
}

TEST_CASE(daemonUnreachable)
{
    TempDir dir;
    const std::string path = dir.file("nobody.sock");
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"checkout", "p"},
                                               {"run", "p", "--", "touch", dir.file("ran")},
                                               {"borrow", "p", "--hours", "2"},
                                               {"return", "p"},
                                               {"status"},
                                               {"status", "--json"}}) {
        std::vector<std::string> withSocket = {"--socket", path};
        withSocket.insert(withSocket.end(), args.begin(), args.end());
        for (const Result& result : {runClm(withSocket), runClm(args, {{"CLM_SOCKET", path}})}) {
            CHECK_EQ(result.status, 2) || std::fprintf(stderr, "    for %s\n", args[0].c_str());
            CHECK(result.err.rfind("daemon_unreachable: ", 0) == 0);
            CHECK(firstLine(result.err).find(path) != std::string::npos);
            CHECK_EQ(result.out, "");
        }
    }
    CHECK(!exists(dir.file("ran")));
}

TEST_CASE(runHoldsTheSeatWhileTheCommandRuns)
{
    RequestLog log;
    FakeDaemon daemon(seatDaemon(&log));
    const Result result = runClm({"--socket", daemon.path(), "run", "coditect-cli", "--", "sh",
                                  "-c", "echo out; echo err >&2; exit 7"});
    CHECK_EQ(result.status, 7);
    CHECK_EQ(result.out, "out\n");
    CHECK_EQ(result.err, "err\n");
    CHECK(daemon.waitServed(1));
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(2));
    if (lines.size() == 2) {
        CHECK_EQ(op(lines[0]), "checkout");
        CHECK_EQ(lines[1], "{\"id\":2,\"op\":\"release\",\"product\":\"coditect-cli\"}");
    }
    CHECK_EQ(daemon.connections(), 1);

    // Without "--" the command starts at the first word after PRODUCT.
    const Result plain = runClm({"run", "p", "--socket", daemon.path(), "true"});
    CHECK_EQ(plain.status, 0);
    // A command's own options are its own.
    const Result options = runClm({"--socket", daemon.path(), "run", "p", "--", "sh", "-c",
                                   "echo \"$0 $1\"", "--json", "--help"});
    CHECK_EQ(options.status, 0);
    CHECK_EQ(options.out, "--json --help\n");
}

TEST_CASE(runDoesNotPassTheConnectionOn)
{
    RequestLog log;
    FakeDaemon daemon(seatDaemon(&log));
    const Result result =
            runClm({"--socket", daemon.path(), "run", "p", "--", "sh", "-c", "ls -l /proc/$$/fd"});
    CHECK_EQ(result.status, 0);
    CHECK(result.out.find("socket:") == std::string::npos) ||
            std::fprintf(stderr, "    %s\n", result.out.c_str());
    CHECK(result.out.find("pipe:") != std::string::npos); // the listing worked
}

TEST_CASE(runDenied)
{
    TempDir dir;
    FakeDaemon daemon(answerAll("{\"ok\":false,\"reason\":\"license_expired\",\"message\":\"the "
                                "license expired on 2026-01-01\"}"));
    const Result result =
            runClm({"--socket", daemon.path(), "run", "p", "--", "touch", dir.file("ran")});
    CHECK_EQ(result.status, 1);
    CHECK_EQ(result.err, "license_expired: the license expired on 2026-01-01\n");
    CHECK(!exists(dir.file("ran")));
}

TEST_CASE(runCommandThatCannotStart)
{
    RequestLog log;
    FakeDaemon daemon(seatDaemon(&log));
    TempDir dir;
    const Result missing =
            runClm({"--socket", daemon.path(), "run", "p", "--", "no-such-command-anywhere"});
    CHECK_EQ(missing.status, 127);
    CHECK(missing.err.find("no-such-command-anywhere") != std::string::npos);
    writeFile(dir.file("script"), "#!/bin/sh\nexit 0\n", 0644);
    const Result notExecutable =
            runClm({"--socket", daemon.path(), "run", "p", "--", dir.file("script")});
    CHECK_EQ(notExecutable.status, 126);
    CHECK(daemon.waitServed(2));
    // The seat was released both times.
    int releases = 0;
    for (const std::string& line : log.lines())
        releases += op(line) == "release";
    CHECK_EQ(releases, 2);
}

TEST_CASE(runReportsDeathBySignal)
{
    RequestLog log;
    FakeDaemon daemon(seatDaemon(&log));
    const Result result =
            runClm({"--socket", daemon.path(), "run", "p", "--", "sh", "-c", "kill -KILL $$"});
    CHECK_EQ(result.status, 128 + SIGKILL);
}

TEST_CASE(runForwardsSignals)
{
    for (const int number : {SIGTERM, SIGINT, SIGHUP, SIGQUIT}) {
        RequestLog log;
        FakeDaemon daemon(seatDaemon(&log));
        // The trap runs when the current sleep ends.
        Clm clm({"--socket", daemon.path(), "run", "p", "--", "sh", "-c",
                 "trap 'echo caught; exit 3' " + std::to_string(number) +
                         "; echo ready; while :; do sleep 0.05; done"});
        CHECK(clm.waitForOutput("ready\n"));
        kill(clm.pid(), number);
        const Result result = clm.finish();
        CHECK_EQ(result.status, 3) || std::fprintf(stderr, "    for signal %d\n", number);
        CHECK_EQ(result.out, "ready\ncaught\n");
        CHECK(daemon.waitServed(1));
        const std::vector<std::string> lines = log.lines();
        CHECK(!lines.empty() && op(lines.back()) == "release");
    }
}

TEST_CASE(borrowAndReturn)
{
    RequestLog log;
    FakeDaemon daemon([&log](Session& session) {
        while (std::optional<std::string> line = session.readLine()) {
            log.add(*line);
            const json::Value request = *json::parse(*line).value;
            session.answer(request, request.stringAt("op") == "borrow"
                                            ? "{\"ok\":true,\"status\":\"borrowed\","
                                              "\"borrowed_until\":\"2026-11-25T10:00:00Z\","
                                              "\"lease_expires_at\":\"2026-11-22T10:00:00Z\"}"
                                            : "{\"ok\":true}");
        }
    });
    const Result borrowed =
            runClm({"--socket", daemon.path(), "borrow", "coditect-cli", "--hours", "1.5"});
    CHECK_EQ(borrowed.status, 0);
    CHECK_EQ(borrowed.out, "borrowed coditect-cli until 2026-11-25T10:00:00Z\n");
    const Result rounded = runClm({"borrow", "--hours=0.00042", "p", "--socket", daemon.path()});
    CHECK_EQ(rounded.status, 0);
    const Result returned = runClm({"--socket", daemon.path(), "return", "coditect-cli"});
    CHECK_EQ(returned.status, 0);
    CHECK_EQ(returned.out, "returned coditect-cli\n");
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(3));
    if (lines.size() == 3) {
        CHECK_EQ(lines[0],
                 "{\"id\":1,\"op\":\"borrow\",\"product\":\"coditect-cli\",\"seconds\":5400}");
        CHECK_EQ(lines[1], "{\"id\":1,\"op\":\"borrow\",\"product\":\"p\",\"seconds\":2}");
        CHECK_EQ(lines[2], "{\"id\":1,\"op\":\"return\",\"product\":\"coditect-cli\"}");
    }

    FakeDaemon refusing(answerAll("{\"ok\":false,\"reason\":\"borrow_not_allowed\",\"message\":"
                                  "\"the license does not allow borrowing\"}"));
    const Result denied = runClm({"--socket", refusing.path(), "borrow", "p", "--hours", "8"});
    CHECK_EQ(denied.status, 1);
    CHECK_EQ(denied.err, "borrow_not_allowed: the license does not allow borrowing\n");
}

TEST_CASE(statusJsonIsTheAnswerAsIs)
{
    const std::string answer =
            "{\"id\":1, \"ok\":true, \"enrolled\":true, \"server_url\":\"https://l.example\", "
            "\"server_reachable\":false, \"device_id\":\"dev-1\", \"version\":\"0.1.0\", "
            "\"leases\":[{\"product\":\"coditect-cli\",\"os_user\":\"alice\",\"session_id\":"
            "\"s-1\",\"lease_expires_at\":\"2026-11-22T10:00:00Z\",\"borrowed_until\":null,"
            "\"holders\":2,\"offline\":true}]}";
    RequestLog log;
    FakeDaemon daemon([&](Session& session) {
        if (std::optional<std::string> line = session.readLine()) {
            log.add(*line);
            session.send(answer + "\n");
        }
        session.waitClosed();
    });
    const Result json = runClm({"status", "--json", "--socket", daemon.path()});
    CHECK_EQ(json.status, 0);
    CHECK_EQ(json.out, answer + "\n");
    const Result human = runClm({"--socket", daemon.path(), "status"});
    CHECK_EQ(human.status, 0);
    CHECK(human.out.find("enrolled:          yes\n") != std::string::npos);
    CHECK(human.out.find("device id:         dev-1\n") != std::string::npos);
    CHECK(human.out.find("server url:        https://l.example\n") != std::string::npos);
    CHECK(human.out.find("server reachable:  no\n") != std::string::npos);
    CHECK(human.out.find("daemon version:    0.1.0\n") != std::string::npos);
    CHECK(human.out.find("PRODUCT") != std::string::npos);
    CHECK(human.out.find("coditect-cli  alice    s-1      2026-11-22T10:00:00Z  -") !=
          std::string::npos) ||
            std::fprintf(stderr, "%s", human.out.c_str());
    const std::vector<std::string> lines = log.lines();
    CHECK(!lines.empty() && lines[0] == "{\"id\":1,\"op\":\"status\"}");
}

TEST_CASE(statusWithoutLeases)
{
    FakeDaemon daemon(answerAll("{\"ok\":true,\"enrolled\":false,\"server_url\":null,"
                                "\"server_reachable\":false,\"device_id\":null,\"version\":"
                                "\"0.1.0\",\"leases\":[]}"));
    const Result human = runClm({"--socket", daemon.path(), "status"});
    CHECK_EQ(human.status, 0);
    CHECK(human.out.find("enrolled:          no\n") != std::string::npos);
    CHECK(human.out.find("device id:         -\n") != std::string::npos);
    CHECK(human.out.find("leases:            none\n") != std::string::npos);
}

TEST_CASE(enrollWritesTheConfigurationAndAsksTheDaemon)
{
    RequestLog log;
    FakeDaemon daemon([&log](Session& session) {
        while (std::optional<std::string> line = session.readLine()) {
            log.add(*line);
            session.answer(*json::parse(*line).value,
                           "{\"ok\":true,\"status\":\"enrolled\",\"device_id\":\"dev-42\"}");
        }
    });
    TempDir dir;
    const std::string config = dir.file("clmd.conf");
    writeFile(config,
              "; managed by IT\n"
              "[server]\n"
              "url=https://old.example ; tried in order\n"
              "enrollment_token=old-token\n"
              "ca_file=/etc/ssl/ca.pem\n"
              "\n"
              "[daemon]\n"
              "socket=" +
                      daemon.path() + "\n",
              0640);
    // The socket comes from that configuration's [daemon] section.
    const Result result = runClm({"enroll", "--server", "https://new.example", "--token",
                                  "org.s3cret", "--config", config});
    CHECK_EQ(result.status, 0);
    CHECK_EQ(result.out, "enrolled as device dev-42\n");
    CHECK_EQ(result.err, "");
    CHECK_EQ(readFile(config), "; managed by IT\n"
                               "[server]\n"
                               "url=https://new.example ; tried in order\n"
                               "ca_file=/etc/ssl/ca.pem\n"
                               "\n"
                               "[daemon]\n"
                               "socket=" +
                                       daemon.path() + "\n");
    CHECK_EQ(modeOf(config), mode_t(0640));
    CHECK(!exists(config + ".tmp"));
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(1));
    if (!lines.empty()) {
        CHECK_EQ(lines[0], "{\"id\":1,\"op\":\"enroll\",\"server_url\":\"https://new.example\","
                           "\"enrollment_token\":\"org.s3cret\"}");
    }

    // $CLM_CONFIG is the default file; --socket beats its [daemon] socket.
    const std::string other = dir.file("other.conf");
    const Result fromEnvironment = runClm(
            {"enroll", "--server", "https://x.example", "--token", "t", "--socket", daemon.path()},
            {{"CLM_CONFIG", other}});
    CHECK_EQ(fromEnvironment.status, 0);
    CHECK_EQ(readFile(other), "[server]\nurl=https://x.example\n");
    CHECK_EQ(modeOf(other), mode_t(0644));
}

TEST_CASE(enrollWithoutDaemonLeavesTheTokenInTheConfiguration)
{
    TempDir dir;
    const std::string config = dir.file("clmd.conf");
    writeFile(config, "[daemon]\nsocket=" + dir.file("nobody.sock") + "\n", 0644);
    const Result result = runClm({"enroll", "--server", "https://l.example", "--token",
                                  "org.secret", "--config", config});
    CHECK_EQ(result.status, 0);
    CHECK_EQ(result.err, "daemon_unreachable: configuration written to " + config +
                                 "; clmd will enroll when it starts\n");
    const IniFile ini(readFile(config));
    CHECK_EQ(ini.value("server", "url"), std::optional<std::string>("https://l.example"));
    CHECK_EQ(ini.value("server", "enrollment_token"), std::optional<std::string>("org.secret"));
    CHECK_EQ(modeOf(config), mode_t(0600));

    // A later enrollment through a running daemon takes the token out again.
    FakeDaemon daemon(answerAll("{\"ok\":true,\"device_id\":\"d\"}"));
    const Result again = runClm({"--socket", daemon.path(), "enroll", "--server",
                                 "https://l.example", "--token", "t2", "--config", config});
    CHECK_EQ(again.status, 0);
    CHECK(!IniFile(readFile(config)).value("server", "enrollment_token"));
}

TEST_CASE(enrollDenied)
{
    TempDir dir;
    FakeDaemon daemon(answerAll("{\"ok\":false,\"reason\":\"forbidden\",\"message\":\"only root "
                                "may enroll this machine\"}"));
    const Result result =
            runClm({"--socket", daemon.path(), "enroll", "--server", "https://l.example", "--token",
                    "t", "--config", dir.file("clmd.conf")});
    CHECK_EQ(result.status, 1);
    CHECK_EQ(result.err, "forbidden: only root may enroll this machine\n");
}

TEST_CASE(enrollCannotWriteTheConfiguration)
{
    const Result result = runClm({"enroll", "--server", "https://l.example", "--token", "t",
                                  "--config", "/dev/null/clmd.conf"});
    CHECK_EQ(result.status, 2);
    CHECK_EQ(result.err, "forbidden: cannot write /dev/null/clmd.conf: Not a directory\n");
}

TEST_CASE(enrollTokenFileKeepsTheTokenOffTheCommandLine)
{
    RequestLog log;
    FakeDaemon daemon(
            answerAll("{\"ok\":true,\"status\":\"enrolled\",\"device_id\":\"d-1\"}", &log));
    TempDir dir;
    const std::string config = dir.file("clmd.conf");
    const std::string tokenFile = dir.file("token");
    // As IT's tooling writes it: a trailing newline (CRLF from Windows too).
    writeFile(tokenFile, "org.from-file\r\n", 0600);
    const Result fromFile =
            runClm({"--socket", daemon.path(), "enroll", "--server", "https://l.example",
                    "--token-file", tokenFile, "--config", config});
    CHECK_EQ(fromFile.status, 0);
    CHECK_EQ(fromFile.err, "");
    const Result fromStdin = runClm({"--socket", daemon.path(), "enroll", "--server",
                                     "https://l.example", "--token-file=-", "--config", config},
                                    {}, std::string("  org.from-stdin\n"));
    CHECK_EQ(fromStdin.status, 0);
    const std::vector<std::string> lines = log.lines();
    CHECK_EQ(lines.size(), size_t(2));
    if (lines.size() == 2) {
        CHECK_EQ(json::parse(lines[0]).value->stringAt("enrollment_token"), "org.from-file");
        CHECK_EQ(json::parse(lines[1]).value->stringAt("enrollment_token"), "org.from-stdin");
    }
    // The daemon took it: the configuration never holds it.
    CHECK(readFile(config).find("org.from") == std::string::npos);

    // Without a daemon the token goes into the configuration, which becomes
    // 0600 even though IT left it readable by a group and others.
    const std::string other = dir.file("other.conf");
    writeFile(other, "[daemon]\nsocket=" + dir.file("nobody.sock") + "\n", 0664);
    const Result queued = runClm(
            {"enroll", "--server", "https://l.example", "--token-file", "-", "--config", other}, {},
            std::string("org.queued\n"));
    CHECK_EQ(queued.status, 0);
    CHECK_EQ(IniFile(readFile(other)).value("server", "enrollment_token"),
             std::optional<std::string>("org.queued"));
    CHECK_EQ(modeOf(other), mode_t(0600));
}

TEST_CASE(enrollTokenFileErrorsChangeNothing)
{
    RequestLog log;
    FakeDaemon daemon(answerAll("{\"ok\":true,\"device_id\":\"d\"}", &log));
    TempDir dir;
    const std::string config = dir.file("clmd.conf");
    const std::string before = "[server]\nurl=https://old.example\n";
    writeFile(config, before, 0644);
    writeFile(dir.file("empty"), "", 0600);
    writeFile(dir.file("blank"), " \n\n", 0600);
    writeFile(dir.file("two-lines"), "org.first\norg.second\n", 0600);
    writeFile(dir.file("huge"), std::string(100000, 'a'), 0600);
    struct Case
    {
        std::string file;
        std::optional<std::string> input;
        std::string expected; // in the reason line
    };
    const std::vector<Case> cases = {
            {dir.file("empty"), std::nullopt, "is empty"},
            {dir.file("blank"), std::nullopt, "is empty"},
            {dir.file("two-lines"), std::nullopt, "one line"},
            {dir.file("huge"), std::nullopt, "too large"},
            {dir.file("missing"), std::nullopt, "No such file or directory"},
            {dir.path(), std::nullopt, "Is a directory"},
            {"-", std::string(), "is empty"},
            {"-", std::string("\n"), "is empty"},
    };
    for (const Case& c : cases) {
        const Result result =
                runClm({"--socket", daemon.path(), "enroll", "--server", "https://new.example",
                        "--token-file", c.file, "--config", config},
                       {}, c.input);
        CHECK_EQ(result.status, 2) || std::fprintf(stderr, "    for %s\n", c.file.c_str());
        CHECK(result.err.rfind("invalid_argument: --token-file ", 0) == 0) ||
                std::fprintf(stderr, "    for %s: %s", c.file.c_str(), result.err.c_str());
        CHECK(result.err.find(c.expected) != std::string::npos) ||
                std::fprintf(stderr, "    for %s: %s", c.file.c_str(), result.err.c_str());
        CHECK_EQ(lineCount(result.err), size_t(1));
        // Neither a secret nor a partial token ends up anywhere.
        CHECK(result.err.find("org.") == std::string::npos);
    }
    CHECK_EQ(readFile(config), before);
    CHECK(log.lines().empty());
}

TEST_CASE(enrollRefusesPlainHttpToAnotherMachine)
{
    RequestLog log;
    FakeDaemon daemon(answerAll("{\"ok\":true,\"device_id\":\"d\"}", &log));
    TempDir dir;
    const std::string config = dir.file("clmd.conf");
    const std::string before = "[server]\nurl=https://old.example\n";
    writeFile(config, before, 0644);
    const auto enroll = [&](const std::string& server) {
        return runClm({"--socket", daemon.path(), "enroll", "--server", server, "--token", "t",
                       "--config", config});
    };
    // Anyone on the path could answer these with forged leases and keys.
    for (const std::string server :
         {"http://192.0.2.10:8080", "http://licenses.example.com", "http://localhost.evil.example",
          "http://127.0.0.1.nip.io", "http://localhost@192.0.2.1", "http://[::ffff:192.0.2.1]/",
          "http://0.0.0.0:8080", "https://a.example, http://192.0.2.11"}) {
        const Result result = enroll(server);
        CHECK_EQ(result.status, 2) || std::fprintf(stderr, "    for %s\n", server.c_str());
        CHECK(result.err.rfind("invalid_argument: --server http://", 0) == 0) ||
                std::fprintf(stderr, "    for %s: %s", server.c_str(), result.err.c_str());
        CHECK(result.err.find("allow_insecure_http") != std::string::npos);
    }
    CHECK(log.lines().empty());
    CHECK_EQ(readFile(config), before);

    // This machine itself is fine, and so is https.
    for (const std::string server :
         {"http://127.0.0.1:8080", "http://127.9.9.9/", "http://LOCALHOST:1", "http://[::1]:8080",
          "http://[::ffff:127.0.0.1]:80", "https://licenses.example.com"}) {
        const Result result = enroll(server);
        CHECK_EQ(result.status, 0) ||
                std::fprintf(stderr, "    for %s: %s", server.c_str(), result.err.c_str());
    }

    // IT may allow it for a trusted network.
    writeFile(config, "[server]\nallow_insecure_http = True\n", 0644);
    CHECK_EQ(enroll("http://192.0.2.10:8080").status, 0);
    CHECK_EQ(IniFile(readFile(config)).value("server", "url"),
             std::optional<std::string>("http://192.0.2.10:8080"));
}

TEST_MAIN
