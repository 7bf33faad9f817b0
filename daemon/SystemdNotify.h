#pragma once

#include <QByteArray>

namespace clm::daemon {

// sd_notify(3) without libsystemd: one datagram to $NOTIFY_SOCKET (a path,
// or an abstract name starting with '@'). Does nothing outside systemd.
bool systemdNotify(const QByteArray& state);

} // namespace clm::daemon
