#include "LocalClientGroup.h"

#include <QDeadlineTimer>

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace clm::test {

namespace {

void writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n <= 0)
            return;
        data += n;
        size -= static_cast<size_t>(n);
    }
}

// In the forked child of a threaded process: system calls only, no heap.
[[noreturn]] void runChild(uid_t uid, gid_t gid, const sockaddr_un& address, int count,
                           const QByteArray& request, int report, int control)
{
    // Only the two pipes: copies of the test's own connections would keep
    // them open after the test closed them.
    const int low = std::min(report, control);
    const int high = std::max(report, control);
    ::close_range(3, static_cast<unsigned>(low) - 1, 0);
    ::close_range(static_cast<unsigned>(low) + 1, static_cast<unsigned>(high) - 1, 0);
    ::close_range(static_cast<unsigned>(high) + 1, ~0U, 0);
    if (::setgroups(0, nullptr) != 0 || ::setresgid(gid, gid, gid) != 0 ||
        ::setresuid(uid, uid, uid) != 0) {
        writeAll(report, "!setuid\n", 8);
        ::_exit(1);
    }
    for (int i = 0; i < count; ++i) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        if (fd < 0 ||
            ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            writeAll(report, "!connect\n", 9);
            continue;
        }
        ::send(fd, request.constData(), static_cast<size_t>(request.size()), MSG_NOSIGNAL);
        char line[4096];
        size_t used = 0;
        for (;;) {
            pollfd entry{fd, POLLIN, 0};
            if (::poll(&entry, 1, 10000) <= 0)
                break;
            const ssize_t n = ::recv(fd, line + used, sizeof line - 1 - used, 0);
            if (n <= 0)
                break;
            used += static_cast<size_t>(n);
            if (std::memchr(line, '\n', used) || used == sizeof line - 1)
                break;
        }
        const char* end = static_cast<const char*>(std::memchr(line, '\n', used));
        writeAll(report, line, end ? static_cast<size_t>(end - line) : used);
        writeAll(report, "\n", 1);
    }
    char byte = 0;
    while (::read(control, &byte, 1) > 0) {
    }
    ::_exit(0);
}

} // namespace

LocalClientGroup::~LocalClientGroup()
{
    close();
}

bool LocalClientGroup::open(uid_t uid, gid_t gid, const QString& socketPath, int count,
                            const QByteArray& request, int timeoutMs)
{
    close();
    m_answers.clear();
    m_error.clear();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray path = socketPath.toLocal8Bit();
    if (path.size() >= qsizetype(sizeof address.sun_path)) {
        m_error = u"socket path too long"_s;
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    int report[2];
    int control[2];
    if (::pipe2(report, O_CLOEXEC) != 0 || ::pipe2(control, O_CLOEXEC) != 0) {
        m_error = u"pipe failed"_s;
        return false;
    }
    m_child = ::fork();
    if (m_child == 0)
        runChild(uid, gid, address, count, request, report[1], control[0]);
    ::close(report[1]);
    ::close(control[0]);
    m_control = control[1];
    if (m_child < 0) {
        ::close(report[0]);
        m_error = u"fork failed"_s;
        return false;
    }
    QByteArray received;
    const QDeadlineTimer deadline(timeoutMs);
    while (received.count('\n') < count && !deadline.hasExpired()) {
        pollfd entry{report[0], POLLIN, 0};
        if (::poll(&entry, 1, static_cast<int>(std::min<qint64>(deadline.remainingTime(), 100))) <=
            0)
            continue;
        char chunk[4096];
        const ssize_t n = ::read(report[0], chunk, sizeof chunk);
        if (n <= 0)
            break;
        received.append(chunk, n);
    }
    ::close(report[0]);
    QList<QByteArray> lines = received.split('\n');
    lines.removeLast(); // after the last newline
    for (const QByteArray& line : std::as_const(lines)) {
        if (line.startsWith('!')) {
            m_error = u"the child as uid %1 failed: %2"_s.arg(uid).arg(QString::fromLatin1(line));
            return false;
        }
        m_answers.append(line);
    }
    if (m_answers.size() != count) {
        m_error = u"the child as uid %1 reported %2 of %3 connections"_s.arg(uid)
                          .arg(m_answers.size())
                          .arg(count);
        return false;
    }
    return true;
}

void LocalClientGroup::close()
{
    if (m_control >= 0) {
        ::close(m_control);
        m_control = -1;
    }
    if (m_child > 0) {
        int status = 0;
        ::waitpid(m_child, &status, 0);
        m_child = -1;
    }
}

} // namespace clm::test
