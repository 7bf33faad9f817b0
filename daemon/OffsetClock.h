#pragma once

#include "core/Clock.h"

#include <QString>

namespace clm::daemon {

// The system clock shifted by a number of seconds read from a file, so an
// end-to-end test can set a running daemon's wall clock back without root
// ([testing] clock_offset_file). Re-read on every call; a missing or
// unreadable file means no shift.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(QString path)
        : m_path(std::move(path))
    {}
    qint64 nowMsecs() const override;

private:
    QString m_path;
};

} // namespace clm::daemon
