#include "daemon/LocalListener.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

Q_LOGGING_CATEGORY(lcListener, "clm.daemon.listener")

using namespace Qt::StringLiterals;

namespace clm::daemon {

namespace {

// How long accepting pauses when the process is out of descriptors: long
// enough not to spin, short enough that a tool waiting in the backlog
// hardly notices once one is free.
constexpr int kResumeMs = 100;

} // namespace

LocalListener::LocalListener(QObject* parent)
    : QObject(parent)
{
    m_resume.setSingleShot(true);
    m_resume.setInterval(kResumeMs);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (m_notifier) {
            m_notifier->setEnabled(true);
            acceptWaiting();
        }
    });
}

LocalListener::~LocalListener()
{
    close();
}

bool LocalListener::listen(const QString& path, int backlog, QString* error)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (name.isEmpty() || size_t(name.size()) >= sizeof address.sun_path) {
        *error = u"the socket path is empty or longer than %1 bytes"_s.arg(sizeof address.sun_path -
                                                                           1);
        return false;
    }
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::unlink(name.constData());
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        // Another daemon's socket may be there now (one that started at
        // the same moment): it is not this one's to remove.
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    struct stat bound
    {};
    // Every local user's tools connect (as QLocalServer's WorldAccessOption);
    // a caller is known by SO_PEERCRED, never by what it says.
    if (::chmod(name.constData(), 0777) != 0 || ::lstat(name.constData(), &bound) != 0 ||
        ::listen(fd, backlog) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        ::unlink(name.constData());
        return false;
    }
    m_device = bound.st_dev;
    m_inode = bound.st_ino;
    m_fd = fd;
    m_path = path;
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LocalListener::acceptWaiting);
    return true;
}

void LocalListener::close()
{
    m_resume.stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
        // Only the file this listener made: another daemon's since is theirs.
        const QByteArray name = QFile::encodeName(m_path);
        struct stat now
        {};
        if (::lstat(name.constData(), &now) == 0 && now.st_dev == m_device && now.st_ino == m_inode)
            ::unlink(name.constData());
    }
}

void LocalListener::acceptWaiting()
{
    while (m_fd >= 0) {
        const int descriptor = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        const int failure = descriptor < 0 ? errno : 0;
        if (descriptor >= 0) {
            recovered();
            emit accepted(descriptor);
            continue;
        }
        switch (failure) {
        case EINTR:
        case ECONNABORTED: // the client gave up while it waited
        case EPROTO:
            continue;
        case EAGAIN:
#if EAGAIN != EWOULDBLOCK
        case EWOULDBLOCK:
#endif
            return;
        default:
            // Out of descriptors or memory (EMFILE, ENFILE, ENOBUFS,
            // ENOMEM), or something unforeseen: the waiting connections
            // stay in the backlog; try again shortly, never stop listening.
            // Said once, not at every retry.
            if (!m_failing)
                qCWarning(lcListener).noquote()
                        << "cannot accept a connection:" << std::strerror(failure)
                        << "; trying again every" << kResumeMs << "ms";
            m_failing = true;
            m_notifier->setEnabled(false);
            m_resume.start();
            return;
        }
    }
}

void LocalListener::recovered()
{
    if (!m_failing)
        return;
    m_failing = false;
    qCInfo(lcListener) << "accepting connections again";
}

} // namespace clm::daemon
