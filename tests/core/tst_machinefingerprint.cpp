#include "core/MachineFingerprint.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clm;

namespace {

void put(const QTemporaryDir& root, const QString& path, const QByteArray& contents)
{
    const QString full = root.filePath(path);
    QDir().mkpath(QFileInfo(full).absolutePath());
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

const QRegularExpression kHex64(u"^[0-9a-f]{64}$"_s);

} // namespace

class TestMachineFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void thisMachineIsStable()
    {
        const MachineFingerprint first;
        const MachineFingerprint second;
        QVERIFY(kHex64.match(first.id()).hasMatch());
        QCOMPARE(first.id(), second.id());
        QVERIFY(!first.sources().isEmpty());
    }

    void differentMachinesDiffer()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        put(a, u"etc/machine-id"_s, "3d1219c7c4c5404aaa1f6d2a48adfda4\n");
        put(b, u"etc/machine-id"_s, "7f0e1f6a2b9c4e5d8a1b2c3d4e5f6a7b\n");
        const MachineFingerprint fa(a.path());
        const MachineFingerprint fb(b.path());
        QVERIFY(fa.id() != fb.id());
        QCOMPARE(fa.sources(), QStringList{u"machine-id"_s});
        // Same inputs, same id (as across a restart).
        QCOMPARE(MachineFingerprint(a.path()).id(), fa.id());
        // The raw identifier is never what comes out.
        QVERIFY(!fa.id().contains(u"3d1219c7c4c5404aaa1f6d2a48adfda4"_s));
        QVERIFY(kHex64.match(fa.id()).hasMatch());
    }

    void dmiUuidJoinsTheMachineId()
    {
        QTemporaryDir a;
        put(a, u"etc/machine-id"_s, "3d1219c7c4c5404aaa1f6d2a48adfda4\n");
        const QString withoutDmi = MachineFingerprint(a.path()).id();
        put(a, u"sys/class/dmi/id/product_uuid"_s, "4C4C4544-0042-3510-8052-B4C04F564433\n");
        const MachineFingerprint withDmi(a.path());
        QVERIFY(withDmi.id() != withoutDmi);
        QCOMPARE(withDmi.sources(), QStringList({u"machine-id"_s, u"dmi-product-uuid"_s}));
        // Case and surrounding white space do not matter.
        put(a, u"sys/class/dmi/id/product_uuid"_s, "  4c4c4544-0042-3510-8052-b4c04f564433");
        QCOMPARE(MachineFingerprint(a.path()).id(), withDmi.id());
    }

    void placeholderDmiUuidsAreIgnored()
    {
        QTemporaryDir a;
        put(a, u"etc/machine-id"_s, "3d1219c7c4c5404aaa1f6d2a48adfda4\n");
        const QString base = MachineFingerprint(a.path()).id();
        for (const QByteArray& junk :
             {"00000000-0000-0000-0000-000000000000"_ba, "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"_ba,
              "03000200-0400-0500-0006-000700080009"_ba, "Not Settable"_ba}) {
            put(a, u"sys/class/dmi/id/product_uuid"_s, junk);
            QCOMPARE(MachineFingerprint(a.path()).id(), base);
        }
    }

    void dbusMachineIdIsTheSecondChoice()
    {
        QTemporaryDir a;
        put(a, u"var/lib/dbus/machine-id"_s, "3d1219c7c4c5404aaa1f6d2a48adfda4\n");
        QTemporaryDir b;
        put(b, u"etc/machine-id"_s, "3d1219c7c4c5404aaa1f6d2a48adfda4\n");
        QCOMPARE(MachineFingerprint(a.path()).id(), MachineFingerprint(b.path()).id());
        put(a, u"etc/machine-id"_s, "\n"); // empty, as in some images: falls through
        QCOMPARE(MachineFingerprint(a.path()).id(), MachineFingerprint(b.path()).id());
    }

    void fallsBackToPhysicalMacAddresses()
    {
        QTemporaryDir a;
        put(a, u"sys/class/net/eth0/address"_s, "52:54:00:12:34:56\n");
        put(a, u"sys/class/net/eth0/device/vendor"_s, "0x1af4\n");
        put(a, u"sys/class/net/lo/address"_s, "00:00:00:00:00:00\n");
        put(a, u"sys/class/net/veth1/address"_s, "aa:bb:cc:dd:ee:ff\n"); // virtual: no device
        const MachineFingerprint first(a.path());
        QCOMPARE(first.sources(), QStringList{u"mac-addresses"_s});
        // A virtual interface coming and going does not change the id.
        put(a, u"sys/class/net/veth2/address"_s, "aa:bb:cc:dd:ee:00\n");
        QCOMPARE(MachineFingerprint(a.path()).id(), first.id());
        put(a, u"sys/class/net/eth0/address"_s, "52:54:00:12:34:57\n");
        QVERIFY(MachineFingerprint(a.path()).id() != first.id());
    }

    void lastResortIsTheHostName()
    {
        QTemporaryDir empty;
        const MachineFingerprint fingerprint(empty.path());
        QCOMPARE(fingerprint.sources(), QStringList{u"hostname"_s});
        QVERIFY(kHex64.match(fingerprint.id()).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestMachineFingerprint)
#include "tst_machinefingerprint.moc"
