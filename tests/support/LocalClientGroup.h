#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <sys/types.h>

namespace clm::test {

// Connections to clmd held by a child process running as another uid, for
// tests run as root: the daemon tells users apart by SO_PEERCRED, so only a
// real other uid shows what it does with one. The child opens `count`
// connections one after the other, sends `request` on each and reports the
// first line each one got (empty when the daemon closed it without one); it
// keeps them open until close() or the object goes away.
class LocalClientGroup
{
public:
    LocalClientGroup() = default;
    ~LocalClientGroup();
    LocalClientGroup(const LocalClientGroup&) = delete;
    LocalClientGroup& operator=(const LocalClientGroup&) = delete;

    // False (see error()) when the child could not switch users, connect,
    // or report in time.
    bool open(uid_t uid, gid_t gid, const QString& socketPath, int count,
              const QByteArray& request = "{\"id\":1,\"op\":\"ping\"}\n", int timeoutMs = 20000);
    QList<QByteArray> answers() const { return m_answers; }
    // Closes the child's connections and waits for it to exit.
    void close();
    QString error() const { return m_error; }

private:
    pid_t m_child = -1;
    int m_control = -1; // the write end the child waits on
    QList<QByteArray> m_answers;
    QString m_error;
};

} // namespace clm::test
