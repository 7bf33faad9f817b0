#include "daemon/OffsetClock.h"

#include <QFile>

namespace clm::daemon {

qint64 OffsetClock::nowMsecs() const
{
    qint64 offsetSeconds = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 value = file.readAll().trimmed().toLongLong(&ok);
        if (ok)
            offsetSeconds = value;
    }
    return Clock::system().nowMsecs() + offsetSeconds * 1000;
}

} // namespace clm::daemon
