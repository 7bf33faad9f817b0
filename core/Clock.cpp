#include "core/Clock.h"

namespace clm {

qint64 SystemClock::nowMsecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace clm
