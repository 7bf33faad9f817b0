#pragma once

#include <QString>
#include <QStringList>

namespace clm {

// A stable, privacy-preserving hardware id for this machine.
//
// It is the SHA-256 (hex) over a version tag and these sources, as available:
//   1. the systemd/D-Bus machine id (/etc/machine-id, else
//      /var/lib/dbus/machine-id), set once at installation;
//   2. the DMI product UUID (/sys/class/dmi/id/product_uuid; readable by root,
//      so the daemon sees it), unless it is a known placeholder;
// and only when neither exists, as a documented fallback:
//   3. the permanent MAC addresses of physical network interfaces
//      (/sys/class/net/*/address of interfaces with a device), sorted;
//   4. failing that too, the host name (weak: it changes with a rename).
// The same inputs always give the same id; no raw identifier is ever
// returned or logged, only the digest.
class MachineFingerprint
{
public:
    // `root` prefixes every path read (tests give a temporary directory).
    explicit MachineFingerprint(const QString& root = QStringLiteral("/"));

    QString id() const { return m_id; }
    // Names of the sources that went into the id (e.g. "machine-id",
    // "dmi-product-uuid"), for diagnostics; never their values.
    QStringList sources() const { return m_sources; }

private:
    QString m_id;
    QStringList m_sources;
};

} // namespace clm
