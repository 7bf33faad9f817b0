#include "daemon/LocalConnection.h"

#include "core/Json.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

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

LocalConnection::LocalConnection(QLocalSocket* socket, quint64 id, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_id(id)
{
    m_socket->setParent(this);
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (getsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_PEERCRED,
                   &credentials, &length) == 0 &&
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
    connect(m_socket, &QLocalSocket::readyRead, this, &LocalConnection::readLines);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        deleteLater();
        if (m_closed)
            return;
        m_closed = true;
        emit closed(this);
    });
}

LocalConnection::~LocalConnection() = default;

bool LocalConnection::isOpen() const
{
    return !m_closed && m_socket->state() == QLocalSocket::ConnectedState;
}

void LocalConnection::readLines()
{
    while (!m_closed) {
        // What is there, at most 64 KiB: read(64 KiB) would allocate that
        // much for every line, however short.
        const QByteArray chunk =
                m_socket->read(std::min<qint64>(m_socket->bytesAvailable(), 64 * 1024));
        if (chunk.isEmpty())
            break;
        m_buffer += chunk;
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
            if (m_closed)
                return;
        }
        m_buffer.remove(0, start);
        if (m_buffer.size() > kMaxLineBytes) {
            refuseOversizedLine();
            return;
        }
    }
}

void LocalConnection::refuseOversizedLine()
{
    qCWarning(lcIpc) << "closing connection" << m_id << "of uid" << m_uid << ": a line over"
                     << kMaxLineBytes << "bytes";
    m_buffer.clear();
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
    // Past the limit on unread answers too: one more line is bounded.
    if (m_socket->state() == QLocalSocket::ConnectedState) {
        m_socket->write(json::toCompact(answer) + '\n');
        m_socket->flush();
    }
    m_closed = true;
    // Flushes the answer, then closes (and the disconnected signal frees
    // this); whatever else the client sends is dropped unread.
    m_socket->disconnectFromServer();
    QTimer::singleShot(5000, this, [this] {
        m_socket->abort();
        deleteLater();
    });
}

bool LocalConnection::send(const QJsonObject& answer)
{
    if (!isOpen())
        return false;
    if (m_socket->bytesToWrite() > kMaxPendingWriteBytes) {
        qCWarning(lcIpc) << "closing connection" << m_id << "of uid" << m_uid
                         << ": it does not read its answers";
        close();
        return false;
    }
    m_socket->write(json::toCompact(answer) + '\n');
    // Into the kernel's buffer at once: only what does not fit there (the
    // client is not reading) stays here and counts against the limit.
    m_socket->flush();
    return true;
}

void LocalConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_socket->abort();
    deleteLater();
    emit closed(this);
}

} // namespace clm::daemon
