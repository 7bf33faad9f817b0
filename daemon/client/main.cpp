// clm: the command line over libclm for tools and scripts (CLI.md, "clm").
// Plain C++ like the library under it: it starts fast, links no Qt, and all
// daemon traffic goes through libclm, so the C API gets used for real.
#include "daemon/client/IniFile.h"
#include "daemon/client/MiniJson.h"
#include "daemon/client/Rfc3339.h"
#include "daemon/client/clm.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#ifndef CLM_VERSION
#define CLM_VERSION "0.0.0"
#endif

namespace {

namespace json = clm::client::json;
using clm::client::IniFile;

constexpr const char* kDefaultConfig = "/etc/clm/clmd.conf";
constexpr const char* kDefaultSocket = "/run/clm/clmd.sock";
constexpr int kEnrollTimeoutMs = 120 * 1000;

constexpr int kExitOk = 0;
constexpr int kExitDenied = 1;
constexpr int kExitError = 2;

constexpr const char* kUsage =
        "Usage: clm [--socket PATH] COMMAND [ARGUMENTS]\n"
        "\n"
        "Asks this machine's license daemon (clmd) for seats.\n"
        "\n"
        "Commands:\n"
        "  checkout PRODUCT            check a seat out (exit 0 granted, 1 denied, 2 error)\n"
        "  run PRODUCT -- CMD [ARGS]   hold a seat while CMD runs; exit with CMD's status\n"
        "  borrow PRODUCT --hours N    borrow a seat for offline use for N hours\n"
        "  return PRODUCT              give a borrowed seat back\n"
        "  status [--json]             show the daemon's state (--json: its answer as is)\n"
        "  metrics                     print the daemon's counters in the Prometheus text\n"
        "                              format (for node_exporter's textfile collector)\n"
        "  enroll --server URL (--token TOKEN | --token-file FILE|-) [--config FILE]\n"
        "                              (root) write the daemon's configuration and ask it\n"
        "                              to enroll this machine; --token-file reads the token\n"
        "                              from FILE (\"-\": standard input), which keeps it out\n"
        "                              of the process list and the shell's history. A\n"
        "                              plain http:// server other than this machine needs\n"
        "                              allow_insecure_http=true under [server] in FILE's\n"
        "                              configuration\n"
        "\n"
        "Options:\n"
        "  --socket PATH   the daemon's socket (default: $CLM_SOCKET, else \"socket\" under\n"
        "                  [daemon] in $CLM_CONFIG or /etc/clm/clmd.conf, else\n"
        "                  /run/clm/clmd.sock)\n"
        "  -h, --help      show this help and exit\n"
        "  --version       show the version and exit\n"
        "\n"
        "On a denial or an error the first line on stderr starts with its reason code\n"
        "(\"no_seats: all 5 seats are in use\"). Exit status 1 means the daemon said no,\n"
        "2 an error (daemon_unreachable when clmd cannot be reached).\n";

void printTo(FILE* stream, const std::string& line)
{
    std::fputs(line.c_str(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

// One line, so that "the first line of stderr" is the whole reason.
std::string oneLine(std::string text)
{
    for (char& c : text) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return text;
}

[[noreturn]] void usageError(const std::string& message)
{
    printTo(stderr, oneLine("invalid_argument: " + message + " (see clm --help)"));
    std::exit(kExitError);
}

struct Arguments
{
    std::string command;
    std::vector<std::string> positional;
    std::vector<std::string> program; // run: CMD [ARGS]
    std::optional<std::string> socket;
    std::optional<std::string> hours;
    std::optional<std::string> server;
    std::optional<std::string> token;
    std::optional<std::string> tokenFile;
    std::optional<std::string> config;
    bool json = false;
    bool help = false;
    bool version = false;
    std::vector<std::string> optionsSeen;
};

Arguments parseArguments(int argc, char** argv)
{
    Arguments args;
    bool optionsEnded = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool takesProgram = args.command == "run" && !args.positional.empty();
        if (!optionsEnded && arg == "--") {
            if (takesProgram) {
                if (i + 1 >= argc)
                    usageError("run needs a command after --");
                args.program.assign(argv + i + 1, argv + argc);
                break;
            }
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && arg.size() > 1 && arg[0] == '-') {
            if (arg == "-h") {
                args.help = true;
                continue;
            }
            if (arg.substr(0, 2) != "--")
                usageError("unknown option " + std::string(arg));
            std::string_view name = arg.substr(2);
            std::optional<std::string> inlineValue;
            if (const size_t equals = name.find('='); equals != std::string_view::npos) {
                inlineValue = std::string(name.substr(equals + 1));
                name = name.substr(0, equals);
            }
            const std::string option = "--" + std::string(name);
            bool* flag = name == "help"      ? &args.help
                         : name == "version" ? &args.version
                         : name == "json"    ? &args.json
                                             : nullptr;
            std::optional<std::string>* valued = name == "socket"       ? &args.socket
                                                 : name == "hours"      ? &args.hours
                                                 : name == "server"     ? &args.server
                                                 : name == "token"      ? &args.token
                                                 : name == "token-file" ? &args.tokenFile
                                                 : name == "config"     ? &args.config
                                                                        : nullptr;
            if (flag) {
                if (inlineValue)
                    usageError(option + " takes no value");
                *flag = true;
            } else if (valued) {
                if (!inlineValue) {
                    if (i + 1 >= argc)
                        usageError(option + " needs a value");
                    inlineValue = argv[++i];
                }
                if (inlineValue->empty())
                    usageError(option + " needs a value");
                *valued = std::move(inlineValue);
            } else {
                usageError("unknown option " + option);
            }
            args.optionsSeen.push_back(option);
            continue;
        }
        if (args.command.empty()) {
            args.command = arg;
        } else if (takesProgram) {
            // "clm run PRODUCT CMD ARGS" without "--": CMD and everything
            // after it belong to the command, as with env(1) or sudo(8).
            args.program.assign(argv + i, argv + argc);
            break;
        } else {
            args.positional.emplace_back(arg);
        }
    }
    return args;
}

void checkArguments(const Arguments& args, const std::vector<std::string>& allowedOptions,
                    size_t positionalCount, const char* positionalName)
{
    for (const std::string& option : args.optionsSeen) {
        bool allowed = option == "--socket" || option == "--help" || option == "--version";
        for (const std::string& candidate : allowedOptions)
            allowed = allowed || option == candidate;
        if (!allowed)
            usageError(option + " does not apply to " + args.command);
    }
    if (args.positional.size() < positionalCount)
        usageError(args.command + " needs " + positionalName);
    if (args.positional.size() > positionalCount)
        usageError("unexpected argument \"" + args.positional[positionalCount] + "\"");
}

bool isDenial(int result)
{
    return (result > CLM_OK && result < CLM_DAEMON_UNREACHABLE) || result == CLM_UNKNOWN_REASON;
}

// Prints the reason line and returns the exit status for `result`.
int reportFailure(const clm_conn* conn, int result, const std::string& context = {})
{
    std::string reason = clm_last_reason(conn);
    if (reason.empty())
        reason = clm_error_code(result);
    std::string message = clm_last_message(conn);
    if (message.empty())
        message = clm_strerror(result);
    printTo(stderr, oneLine(reason + ": " + context + message));
    return isDenial(result) ? kExitDenied : kExitError;
}

struct Connection
{
    clm_conn* conn = nullptr;
    ~Connection() { clm_close(conn); }
};

// Connects to --socket, else libclm's default ($CLM_SOCKET, the
// configuration, the built-in path). CLM_OK or the error, already reported.
int openConnection(const Arguments& args, Connection& connection, int* exitCode)
{
    const int rc = clm_open(args.socket ? args.socket->c_str() : nullptr, &connection.conn);
    if (rc != CLM_OK)
        *exitCode = reportFailure(connection.conn, rc);
    return rc;
}

std::string timeText(int64_t seconds)
{
    return clm::client::formatRfc3339(seconds);
}

int commandCheckout(const Arguments& args)
{
    checkArguments(args, {}, 1, "a PRODUCT");
    const std::string& product = args.positional[0];
    Connection connection;
    int exitCode = kExitOk;
    if (openConnection(args, connection, &exitCode) != CLM_OK)
        return exitCode;
    const int rc = clm_checkout(connection.conn, product.c_str());
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    std::string line = "granted " + product;
    if (const int64_t until = clm_lease_expires_at(connection.conn))
        line += " until " + timeText(until);
    if (clm_is_offline(connection.conn))
        line += " (offline)";
    printTo(stdout, line);
    return kExitOk;
}

int exitStatusOf(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return kExitError;
}

void onChildSignal(int)
{
    // Only here so that SIGCHLD is never discarded while blocked; the loop
    // in runProgram collects it with sigwaitinfo().
}

// Starts `program` and waits for it, passing on the signals that ask clm to
// stop. Returns the program's exit status (128 + signal when one killed it).
int runProgram(const std::vector<std::string>& program)
{
    sigset_t waited;
    sigemptyset(&waited);
    for (const int number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        sigaddset(&waited, number);
    struct sigaction childAction = {};
    childAction.sa_handler = onChildSignal;
    sigemptyset(&childAction.sa_mask);
    struct sigaction previousChildAction = {};
    sigaction(SIGCHLD, &childAction, &previousChildAction);
    sigset_t previousMask;
    sigprocmask(SIG_BLOCK, &waited, &previousMask);

    std::vector<char*> argv;
    argv.reserve(program.size() + 1);
    for (const std::string& arg : program)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);

    std::fflush(nullptr);
    const pid_t child = fork();
    if (child < 0) {
        const int error = errno;
        sigprocmask(SIG_SETMASK, &previousMask, nullptr);
        printTo(stderr, "clm: cannot start " + program[0] + ": " + std::strerror(error));
        return 126;
    }
    if (child == 0) {
        sigaction(SIGCHLD, &previousChildAction, nullptr);
        sigprocmask(SIG_SETMASK, &previousMask, nullptr);
        execvp(argv[0], argv.data());
        const int error = errno;
        const std::string message =
                "clm: cannot run " + program[0] + ": " + std::strerror(error) + "\n";
        [[maybe_unused]] const ssize_t written =
                write(STDERR_FILENO, message.data(), message.size());
        _exit(error == ENOENT || error == ENOTDIR ? 127 : 126);
    }

    int status = 0;
    for (;;) {
        siginfo_t info{};
        const int number = sigwaitinfo(&waited, &info);
        if (number < 0)
            continue; // EINTR: a stop and continue, for example
        if (number == SIGCHLD) {
            const pid_t done = waitpid(child, &status, WNOHANG);
            if (done == child)
                break;
            continue;
        }
        // A signal from the terminal (SI_KERNEL) went to the whole foreground
        // process group, the program included; passing it on would deliver
        // it twice.
        if (info.si_code != SI_KERNEL)
            kill(child, number);
    }
    sigprocmask(SIG_SETMASK, &previousMask, nullptr);
    sigaction(SIGCHLD, &previousChildAction, nullptr);
    return exitStatusOf(status);
}

int commandRun(const Arguments& args)
{
    checkArguments(args, {}, 1, "a PRODUCT");
    if (args.program.empty())
        usageError("run needs a command: clm run PRODUCT -- CMD [ARGS]");
    const std::string& product = args.positional[0];
    Connection connection;
    int exitCode = kExitOk;
    if (openConnection(args, connection, &exitCode) != CLM_OK)
        return exitCode;
    const int rc = clm_checkout(connection.conn, product.c_str());
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    // The connection stays open while the program runs: it holds the seat.
    const int status = runProgram(args.program);
    const int released = clm_release(connection.conn, product.c_str());
    if (released != CLM_OK)
        reportFailure(connection.conn, released, "cannot release the seat: ");
    return status;
}

std::optional<int64_t> parseHours(const std::string& text)
{
    // Decimal only: strtod would also take hex, "inf" and "nan".
    if (text.find_first_not_of("0123456789.eE+-") != std::string::npos)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const double hours = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size() || !std::isfinite(hours) || hours <= 0)
        return std::nullopt;
    const double seconds = std::round(hours * 3600);
    if (seconds < 1 || seconds > static_cast<double>(INT64_MAX / 2))
        return std::nullopt;
    return static_cast<int64_t>(seconds);
}

int commandBorrow(const Arguments& args)
{
    checkArguments(args, {"--hours"}, 1, "a PRODUCT");
    if (!args.hours)
        usageError("borrow needs --hours N");
    const std::optional<int64_t> seconds = parseHours(*args.hours);
    if (!seconds)
        usageError("--hours must be a positive number of hours, not \"" + *args.hours + "\"");
    const std::string& product = args.positional[0];
    Connection connection;
    int exitCode = kExitOk;
    if (openConnection(args, connection, &exitCode) != CLM_OK)
        return exitCode;
    const int rc = clm_borrow(connection.conn, product.c_str(), *seconds);
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    std::string line = "borrowed " + product;
    int64_t until = clm_borrowed_until(connection.conn);
    if (!until)
        until = clm_lease_expires_at(connection.conn);
    if (until)
        line += " until " + timeText(until);
    printTo(stdout, line);
    return kExitOk;
}

int commandReturn(const Arguments& args)
{
    checkArguments(args, {}, 1, "a PRODUCT");
    const std::string& product = args.positional[0];
    Connection connection;
    int exitCode = kExitOk;
    if (openConnection(args, connection, &exitCode) != CLM_OK)
        return exitCode;
    const int rc = clm_return(connection.conn, product.c_str());
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    printTo(stdout, "returned " + product);
    return kExitOk;
}

// A member for the summary: "-" for null or absent, times normalized.
std::string cell(const json::Value& object, std::string_view key, bool isTime = false)
{
    const json::Value* value = object.find(key);
    if (!value || value->isNull())
        return "-";
    switch (value->type()) {
    case json::Value::Type::Bool:
        return value->toBool() ? "yes" : "no";
    case json::Value::Type::Number:
        return value->numberText();
    case json::Value::Type::String:
        if (isTime) {
            if (const std::optional<int64_t> time = clm::client::parseRfc3339(value->toString()))
                return timeText(*time);
        }
        return value->toString().empty() ? "-" : value->toString();
    default:
        return json::serialize(*value);
    }
}

size_t displayWidth(const std::string& text)
{
    size_t width = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++width;
    }
    return width;
}

void printStatus(const json::Value& status)
{
    const auto field = [](const char* label, const std::string& value) {
        std::string line = label;
        line.resize(19, ' ');
        printTo(stdout, line + value);
    };
    field("enrolled:", cell(status, "enrolled"));
    field("device id:", cell(status, "device_id"));
    field("server url:", cell(status, "server_url"));
    field("server reachable:", cell(status, "server_reachable"));
    field("daemon version:", cell(status, "version"));

    const json::Value* leases = status.find("leases");
    if (!leases || !leases->isArray() || leases->toArray().empty()) {
        field("leases:", "none");
        return;
    }
    printTo(stdout, "leases:");
    std::vector<std::vector<std::string>> rows = {
            {"PRODUCT", "OS USER", "SESSION", "EXPIRES", "BORROWED UNTIL", "HOLDERS", "OFFLINE"}};
    for (const json::Value& lease : leases->toArray()) {
        rows.push_back({cell(lease, "product"), cell(lease, "os_user"), cell(lease, "session_id"),
                        cell(lease, "lease_expires_at", true), cell(lease, "borrowed_until", true),
                        cell(lease, "holders"), cell(lease, "offline")});
    }
    std::vector<size_t> widths(rows[0].size(), 0);
    for (const auto& row : rows) {
        for (size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    for (const auto& row : rows) {
        std::string line = "  ";
        for (size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line.append(widths[i] - displayWidth(row[i]) + 2, ' ');
        }
        printTo(stdout, line);
    }
}

int commandStatus(const Arguments& args)
{
    checkArguments(args, {"--json"}, 0, "");
    Connection connection;
    int exitCode = kExitOk;
    if (openConnection(args, connection, &exitCode) != CLM_OK)
        return exitCode;
    const int rc = clm_request(connection.conn, "{\"op\":\"status\"}");
    const std::string answer = clm_last_answer(connection.conn);
    if (args.json && !answer.empty())
        printTo(stdout, answer);
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    if (!args.json) {
        const json::ParseResult parsed = json::parse(answer);
        printStatus(parsed.value ? *parsed.value : json::Value::object());
    }
    return kExitOk;
}

// The daemon's counters in the Prometheus text format, as they are, for
// node_exporter's textfile collector (write to a temporary file, then
// rename it into the collector's directory).
int commandMetrics(const Arguments& args)
{
    checkArguments(args, {}, 0, "");
    Connection connection;
    int exitCode = kExitOk;
    if (openConnection(args, connection, &exitCode) != CLM_OK)
        return exitCode;
    const int rc = clm_request(connection.conn, "{\"op\":\"metrics\"}");
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    const json::ParseResult parsed = json::parse(clm_last_answer(connection.conn));
    const std::string text = parsed.value ? parsed.value->stringAt("text") : std::string();
    if (text.empty()) {
        printTo(stderr, "bad_request: the daemon sent no metrics (is it older than this clm?)");
        return kExitError;
    }
    std::fputs(text.c_str(), stdout);
    std::fflush(stdout);
    return std::ferror(stdout) ? kExitError : kExitOk;
}

// --- enroll ------------------------------------------------------------------

std::string errorText(int error)
{
    return std::strerror(error);
}

// The file's text ("" when it does not exist), or nullopt and the errno.
std::optional<std::string> readConfig(const std::string& path, struct stat* info, bool* exists,
                                      int* error)
{
    *exists = false;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::string();
        *error = errno;
        return std::nullopt;
    }
    std::string text;
    bool ok = ::fstat(fd, info) == 0;
    char chunk[4096];
    while (ok) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0)
            text.append(chunk, static_cast<size_t>(n));
        else if (n == 0)
            break;
        else if (errno != EINTR)
            ok = false;
    }
    const int readError = errno;
    ::close(fd);
    if (!ok) {
        *error = readError;
        return std::nullopt;
    }
    *exists = true;
    return text;
}

std::string parentDirectory(const std::string& path)
{
    const size_t slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

bool writeAll(int fd, const std::string& text)
{
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

// Sets url (and the token, when given) under [server] of the configuration,
// drops any other enrollment_token, and replaces the file atomically. An
// error message, or nullopt on success.
std::optional<std::string> writeConfig(const std::string& configPath, const std::string& url,
                                       const std::optional<std::string>& token)
{
    // Edit the file a symlink points to instead of replacing the link.
    std::string path = configPath;
    struct stat linkInfo = {};
    if (::lstat(path.c_str(), &linkInfo) == 0 && S_ISLNK(linkInfo.st_mode)) {
        if (char* resolved = ::realpath(path.c_str(), nullptr)) {
            path = resolved;
            std::free(resolved);
        }
    }
    const auto failure = [&](int code) {
        return "cannot write " + configPath + ": " + errorText(code);
    };
    struct stat info = {};
    bool exists = false;
    int readError = 0;
    const std::optional<std::string> text = readConfig(path, &info, &exists, &readError);
    if (!text)
        return failure(readError);

    IniFile ini(*text);
    ini.setValue("server", "url", url);
    ini.remove("server", "enrollment_token");
    if (token)
        ini.setValue("server", "enrollment_token", *token);
    const std::string content = ini.text();
    // A token in the file makes it a secret; otherwise keep what IT chose.
    const mode_t mode = token ? 0600 : exists ? (info.st_mode & 07777) : 0644;

    const std::string directory = parentDirectory(path);
    if (::mkdir(directory.c_str(), 0755) != 0 && errno != EEXIST)
        return failure(errno);
    const std::string temporary = path + ".tmp";
    if (::unlink(temporary.c_str()) != 0 && errno != ENOENT)
        return failure(errno);
    // Created 0600 and widened later, so a token is never readable by others.
    const int fd =
            ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return failure(errno);
    bool ok = writeAll(fd, content) && ::fchmod(fd, mode) == 0;
    int code = errno;
    if (ok && exists && (info.st_uid != ::geteuid() || info.st_gid != ::getegid())) {
        // Keep the owner and group (a "clm" group that may read the file);
        // only root can, and losing them is not worth failing for.
        [[maybe_unused]] const int owned = ::fchown(fd, info.st_uid, info.st_gid);
    }
    if (ok) {
        ok = ::fsync(fd) == 0;
        code = errno;
    }
    if (::close(fd) != 0 && ok) {
        ok = false;
        code = errno;
    }
    if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
        ok = false;
        code = errno;
    }
    if (!ok) {
        ::unlink(temporary.c_str());
        return failure(code);
    }
    if (const int dirFd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return std::nullopt;
}

bool hasControlCharacters(const std::string& text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return true;
    }
    return false;
}

// The URLs of a --server list (trimmed), or none when any of them is not
// an http(s) URL.
std::vector<std::string> splitUrls(std::string_view text)
{
    std::vector<std::string> urls;
    while (true) {
        const size_t comma = text.find(',');
        std::string_view url = text.substr(0, comma);
        while (!url.empty() && url.front() == ' ')
            url.remove_prefix(1);
        while (!url.empty() && url.back() == ' ')
            url.remove_suffix(1);
        const bool http = url.substr(0, 7) == "http://" && url.size() > 7;
        const bool https = url.substr(0, 8) == "https://" && url.size() > 8;
        if (!http && !https)
            return {};
        urls.emplace_back(url);
        if (comma == std::string_view::npos)
            return urls;
        text.remove_prefix(comma + 1);
    }
}

// clmd refuses to start with anything else in server/url; better to say so
// now than to leave it in the configuration.
bool isServerUrlList(std::string_view text)
{
    return !splitUrls(text).empty();
}

// Whether `url` ("http://host:port/path") names this machine: localhost,
// 127.0.0.0/8 or ::1, the hosts clmd accepts plain http:// for by default.
bool isLoopbackHttpUrl(std::string_view url)
{
    std::string_view authority = url.substr(url.find("://") + 3);
    authority = authority.substr(0, authority.find_first_of("/?#"));
    if (const size_t at = authority.rfind('@'); at != std::string_view::npos)
        authority.remove_prefix(at + 1);
    std::string host;
    if (!authority.empty() && authority.front() == '[') {
        const size_t close = authority.find(']');
        if (close == std::string_view::npos)
            return false;
        host = authority.substr(1, close - 1);
    } else {
        host = authority.substr(0, authority.find(':'));
    }
    std::transform(host.begin(), host.end(), host.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (host == "localhost")
        return true;
    in_addr v4{};
    if (::inet_pton(AF_INET, host.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (::inet_pton(AF_INET6, host.c_str(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6) || (IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127);
    return false;
}

bool isTrue(std::optional<std::string> value)
{
    if (!value)
        return false;
    std::string text;
    for (const char c : *value) {
        if (c != ' ' && c != '\t')
            text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text == "true" || text == "1" || text == "yes" || text == "on";
}

constexpr size_t kMaxTokenFileBytes = 4096;

// The enrollment token of --token or --token-file (trimmed, one line); a
// usage error, which never shows the file's content, when there is none.
std::string enrollmentToken(const Arguments& args)
{
    if (args.token && args.tokenFile)
        usageError("give either --token or --token-file, not both");
    if (!args.token && !args.tokenFile)
        usageError("enroll needs --token TOKEN or --token-file FILE");
    if (args.token) {
        if (hasControlCharacters(*args.token))
            usageError("--token must not contain control characters");
        return *args.token;
    }
    const std::string& path = *args.tokenFile;
    const std::string name = path == "-" ? "- (standard input)" : path;
    int fd = STDIN_FILENO;
    if (path != "-") {
        fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            usageError("--token-file " + name + ": " + errorText(errno));
    }
    std::string text;
    int readError = 0;
    char chunk[1024];
    while (text.size() <= kMaxTokenFileBytes) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0) {
            text.append(chunk, static_cast<size_t>(n));
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            readError = errno;
            break;
        }
    }
    if (fd != STDIN_FILENO)
        ::close(fd);
    if (readError != 0)
        usageError("--token-file " + name + ": " + errorText(readError));
    if (text.size() > kMaxTokenFileBytes)
        usageError("--token-file " + name + " is too large for an enrollment token");
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        usageError("--token-file " + name + " is empty");
    text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    if (hasControlCharacters(text))
        usageError("--token-file " + name + " must hold the token on one line");
    return text;
}

int commandEnroll(const Arguments& args)
{
    checkArguments(args, {"--server", "--token", "--token-file", "--config"}, 0, "");
    if (!args.server)
        usageError("enroll needs --server URL");
    if (hasControlCharacters(*args.server))
        usageError("--server must not contain control characters");
    if (!isServerUrlList(*args.server))
        usageError("--server must be an http(s) URL (or several, comma-separated)");
    std::string config = kDefaultConfig;
    if (args.config)
        config = *args.config;
    else if (const char* fromEnvironment = std::getenv("CLM_CONFIG");
             fromEnvironment && *fromEnvironment)
        config = fromEnvironment;
    // The same rule as clmd's: over plain HTTP anyone on the path could
    // forge leases and key sets.
    {
        struct stat info = {};
        bool exists = false;
        int error = 0;
        const std::optional<std::string> text = readConfig(config, &info, &exists, &error);
        const bool allowed = text && isTrue(IniFile(*text).value("server", "allow_insecure_http"));
        for (const std::string& url : splitUrls(*args.server)) {
            if (!allowed && url.rfind("http://", 0) == 0 && !isLoopbackHttpUrl(url))
                usageError("--server " + url +
                           " is plain http:// to another machine; use https://, or set "
                           "allow_insecure_http=true under [server] in " +
                           config);
        }
    }
    const std::string token = enrollmentToken(args);

    if (const std::optional<std::string> error = writeConfig(config, *args.server, std::nullopt)) {
        printTo(stderr, oneLine("forbidden: " + *error));
        return kExitError;
    }

    std::string socket = kDefaultSocket;
    if (args.socket) {
        socket = *args.socket;
    } else if (const char* fromEnvironment = std::getenv("CLM_SOCKET");
               fromEnvironment && *fromEnvironment) {
        socket = fromEnvironment;
    } else {
        struct stat info = {};
        bool exists = false;
        int error = 0;
        if (const std::optional<std::string> text = readConfig(config, &info, &exists, &error)) {
            const std::optional<std::string> configured = IniFile(*text).value("daemon", "socket");
            if (configured && !configured->empty())
                socket = *configured;
        }
    }

    Connection connection;
    int rc = clm_open(socket.c_str(), &connection.conn);
    if (rc == CLM_OK) {
        clm_set_timeout_ms(connection.conn, kEnrollTimeoutMs);
        const std::string request =
                "{\"op\":\"enroll\",\"server_url\":" + json::quote(*args.server) +
                ",\"enrollment_token\":" + json::quote(token) + "}";
        rc = clm_request(connection.conn, request.c_str());
    }
    if (rc == CLM_DAEMON_UNREACHABLE) {
        // clmd enrolls with the token in its configuration when it starts.
        if (const std::optional<std::string> error = writeConfig(config, *args.server, token)) {
            printTo(stderr, oneLine("forbidden: " + *error));
            return kExitError;
        }
        printTo(stderr, oneLine("daemon_unreachable: configuration written to " + config +
                                "; clmd will enroll when it starts"));
        return kExitOk;
    }
    if (rc != CLM_OK)
        return reportFailure(connection.conn, rc);
    const json::ParseResult answer = json::parse(clm_last_answer(connection.conn));
    const std::string deviceId = answer.value ? answer.value->stringAt("device_id") : std::string();
    printTo(stdout, "enrolled as device " + (deviceId.empty() ? std::string("?") : deviceId));
    return kExitOk;
}

} // namespace

int main(int argc, char** argv)
{
    const Arguments args = parseArguments(argc, argv);
    if (args.help) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (args.version) {
        printTo(stdout, std::string("clm ") + CLM_VERSION + " (libclm " + clm_version() + ")");
        return kExitOk;
    }
    if (args.command.empty())
        usageError("a command is needed: checkout, run, borrow, return, status, metrics or enroll");
    if (args.socket && args.socket->empty())
        usageError("--socket needs a value");
    if (args.command == "checkout")
        return commandCheckout(args);
    if (args.command == "run")
        return commandRun(args);
    if (args.command == "borrow")
        return commandBorrow(args);
    if (args.command == "return")
        return commandReturn(args);
    if (args.command == "status")
        return commandStatus(args);
    if (args.command == "metrics")
        return commandMetrics(args);
    if (args.command == "enroll")
        return commandEnroll(args);
    usageError("unknown command \"" + args.command + "\"");
}
