#include "daemon/LocalConnection.h"

#include "core/Json.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>

#include <errno.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcIpc, "clm.daemon.ipc")

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

// The passwd name of `uid`, if it has one.
std::optional<QString> lookUpUserName(uid_t uid)
{
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(static_cast<size_t>(size > 0 ? size : 16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return std::nullopt;
}

// The same, remembered for a few seconds: a tool that opens a connection
// per check would otherwise look its user up every time (about 10 us from
// /etc/passwd, a network round trip with LDAP or SSSD). Only names found are
// kept, so a user added a moment ago is found at once; a renamed user
// (rare) is seen by connections opened after the entry aged.
std::optional<QString> userName(uid_t uid)
{
    struct Known
    {
        QString name;
        QDeadlineTimer fresh;
    };
    static constexpr int kKeepMs = 10'000;
    static constexpr qsizetype kMaxUsers = 256;
    // clmd serves its socket on the main thread only.
    static QHash<uid_t, Known> known;
    const auto it = known.constFind(uid);
    if (it != known.cend() && !it->fresh.hasExpired())
        return it->name;
    std::optional<QString> name = lookUpUserName(uid);
    if (!name) {
        known.remove(uid);
        return name;
    }
    if (known.size() >= kMaxUsers)
        known.clear();
    known.insert(uid, {*name, QDeadlineTimer(kKeepMs)});
    return name;
}

} // namespace

LocalConnection::LocalConnection(int descriptor, quint64 id, QObject* parent)
    : QObject(parent)
    , m_descriptor(descriptor)
    , m_readable(descriptor, QSocketNotifier::Read)
    , m_id(id)
{
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (getsockopt(m_descriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 &&
        length == sizeof(credentials)) {
        m_uid = credentials.uid;
        m_pid = credentials.pid;
        const std::optional<QString> name = userName(credentials.uid);
        m_named = name.has_value();
        // A uid without a passwd entry (containers, user namespaces, an LDAP
        // outage) still gets a stable identity of its own; whether it may
        // take seats is the daemon's decision (allow_unnamed_users).
        m_osUser = name.value_or(u"uid:%1"_s.arg(credentials.uid));
    }
    connect(&m_readable, &QSocketNotifier::activated, this, &LocalConnection::readLines);
}

LocalConnection::~LocalConnection()
{
    release();
}

bool LocalConnection::isOpen() const
{
    return !m_closed && !m_failed && m_descriptor >= 0;
}

void LocalConnection::readLines()
{
    if (m_closed || m_failed || m_descriptor < 0)
        return;
    // One read per wake-up (the notifier wakes again while there is more):
    // a client that floods cannot keep the others waiting.
    char chunk[16 * 1024];
    const ssize_t got = ::recv(m_descriptor, chunk, sizeof chunk, MSG_DONTWAIT);
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (got <= 0) {
        // The client hung up (0), or the connection broke.
        lose();
        return;
    }
    m_buffer.append(chunk, got);
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (line.size() > kMaxLineBytes) {
            refuseOversizedLine();
            return;
        }
        QString reason;
        const auto message = json::parseObject(line, &reason);
        if (message)
            emit request(this, *message);
        else
            emit badLine(this, reason);
        if (m_closed || m_failed)
            return;
    }
    if (start == m_buffer.size())
        m_buffer = QByteArray(); // its memory too: the connection may now idle for hours
    else
        m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLineBytes)
        refuseOversizedLine();
}

bool LocalConnection::write(QByteArrayView data)
{
    if (m_descriptor < 0)
        return false;
    if (m_pending.isEmpty()) {
        const ssize_t sent =
                ::send(m_descriptor, data.data(), size_t(data.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        data = data.sliced(std::max<ssize_t>(sent, 0));
        if (data.isEmpty())
            return true;
    }
    // The client is not reading as fast as it asks: the rest waits here
    // (bounded by kMaxPendingWriteBytes in send()).
    m_pending.append(data);
    if (!m_writable) {
        m_writable = std::make_unique<QSocketNotifier>(m_descriptor, QSocketNotifier::Write);
        connect(m_writable.get(), &QSocketNotifier::activated, this,
                &LocalConnection::writePending);
    }
    m_writable->setEnabled(true);
    return true;
}

void LocalConnection::writePending()
{
    while (!m_pending.isEmpty()) {
        const ssize_t sent = ::send(m_descriptor, m_pending.constData(), size_t(m_pending.size()),
                                    MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (sent < 0) {
            lose();
            return;
        }
        m_pending.remove(0, sent);
    }
    m_pending = QByteArray();
    m_writable->setEnabled(false);
    if (m_closing)
        lose(); // already closed for the daemon: only frees it
}

void LocalConnection::lose()
{
    release();
    deleteLater();
    if (m_closed)
        return;
    m_closed = true;
    emit closed(this);
}

void LocalConnection::release()
{
    if (m_descriptor < 0)
        return;
    // Disabled, not deleted: this may run inside a notifier's own signal.
    m_readable.setEnabled(false);
    if (m_writable)
        m_writable->setEnabled(false);
    ::close(m_descriptor);
    m_descriptor = -1;
}

void LocalConnection::refuseOversizedLine()
{
    qCWarning(lcIpc) << "closing connection" << m_id << "of uid" << m_uid << ": a line over"
                     << kMaxLineBytes << "bytes";
    m_buffer = QByteArray();
    sendAndClose({{u"id"_s, QJsonValue::Null},
                  {u"ok"_s, false},
                  {u"status"_s, u"error"_s},
                  {u"reason"_s, u"bad_request"_s},
                  {u"message"_s,
                   u"a request line over %1 bytes; closing the connection"_s.arg(kMaxLineBytes)}});
    emit closed(this);
}

void LocalConnection::refuse(const QJsonObject& answer)
{
    sendAndClose(answer);
}

void LocalConnection::sendAndClose(const QJsonObject& answer)
{
    if (m_closed)
        return;
    m_closed = true;
    // Whatever else the client sends is dropped unread. Past the limit on
    // unread answers too: one more line is bounded.
    m_readable.setEnabled(false);
    if (!m_failed && write(QByteArray(json::toCompact(answer) + '\n')) && !m_pending.isEmpty()) {
        // Closed once the client has taken the answer, or after 5 s.
        m_closing = true;
        QTimer::singleShot(5000, this, &LocalConnection::lose);
        return;
    }
    lose();
}

bool LocalConnection::send(const QJsonObject& answer)
{
    if (!isOpen())
        return false;
    if (m_pending.size() > kMaxPendingWriteBytes) {
        qCWarning(lcIpc) << "closing connection" << m_id << "of uid" << m_uid
                         << ": it does not read its answers";
        fail();
        return false;
    }
    if (write(QByteArray(json::toCompact(answer) + '\n')))
        return true;
    fail(); // the client is gone (EPIPE, ECONNRESET)
    return false;
}

void LocalConnection::fail()
{
    // Closed at once, nothing more is read or answered; the daemon is told
    // from the event loop, not from inside the call that is answering (a
    // seat handing out answers to its holders must not lose one midway).
    m_failed = true;
    release();
    QMetaObject::invokeMethod(this, &LocalConnection::lose, Qt::QueuedConnection);
}

} // namespace clm::daemon
