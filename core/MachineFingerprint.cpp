#include "core/MachineFingerprint.h"

#include "core/Crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clm {

namespace {

QString readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.read(4096)).trimmed().toLower();
}

bool isPlaceholderUuid(const QString& uuid)
{
    QString hex = uuid;
    hex.remove(u'-');
    if (hex.size() != 32)
        return true; // "Not Settable", "To be filled by O.E.M.", ...
    const bool allSame =
            std::all_of(hex.cbegin(), hex.cend(), [&](QChar c) { return c == hex.front(); });
    return allSame || hex == "03000200040005000006000700080009"_L1;
}

bool isPlaceholderMac(const QString& mac)
{
    return mac.isEmpty() || mac == "00:00:00:00:00:00"_L1 || mac == "ff:ff:ff:ff:ff:ff"_L1;
}

} // namespace

MachineFingerprint::MachineFingerprint(const QString& root)
{
    const QDir base(root);
    QByteArray material = "clm-hwid-v1\n";

    QString machineId = readSmallFile(base.filePath(u"etc/machine-id"_s));
    if (machineId.isEmpty())
        machineId = readSmallFile(base.filePath(u"var/lib/dbus/machine-id"_s));
    if (!machineId.isEmpty() && machineId != "uninitialized"_L1) {
        material += "machine-id=" + machineId.toLatin1() + '\n';
        m_sources.append(u"machine-id"_s);
    }

    const QString productUuid = readSmallFile(base.filePath(u"sys/class/dmi/id/product_uuid"_s));
    if (!productUuid.isEmpty() && !isPlaceholderUuid(productUuid)) {
        material += "dmi-product-uuid=" + productUuid.toLatin1() + '\n';
        m_sources.append(u"dmi-product-uuid"_s);
    }

    if (m_sources.isEmpty()) {
        QStringList macs;
        const QDir net(base.filePath(u"sys/class/net"_s));
        const auto interfaces = net.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
        for (const auto& name : interfaces) {
            // Virtual interfaces (lo, bridges, veth) have no "device" link.
            if (!QFileInfo::exists(net.filePath(name + u"/device"_s)))
                continue;
            const QString mac = readSmallFile(net.filePath(name + u"/address"_s));
            if (!isPlaceholderMac(mac))
                macs.append(mac);
        }
        macs.sort();
        if (!macs.isEmpty()) {
            material += "mac=" + macs.join(u',').toLatin1() + '\n';
            m_sources.append(u"mac-addresses"_s);
        }
    }

    if (m_sources.isEmpty()) {
        material += "hostname=" + QSysInfo::machineHostName().toLower().toUtf8() + '\n';
        m_sources.append(u"hostname"_s);
    }

    m_id = crypto::sha256Hex(material);
}

} // namespace clm
