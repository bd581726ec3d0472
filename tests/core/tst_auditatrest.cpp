// SPDX-License-Identifier: GPL-3.0-or-later
// The at-rest verdicts from lsblk's own JSON (a LUKS root, LVM on LUKS, a plain disk, a file system lsblk
// does not list) and from the backup script's remote and rclone's type for it.
#include "core/audit/atrestverdicts.h"

#include <QtTest>

using namespace supadesk;

namespace {

// `lsblk -J -s -o NAME,TYPE,FSTYPE,MOUNTPOINT` on a Debian installed with "guided, encrypted LVM".
const char *kLvmOnLuks = R"({
   "blockdevices": [
      {"name":"vg-root", "type":"lvm", "fstype":"ext4", "mountpoint":"/",
         "children": [
            {"name":"sda3_crypt", "type":"crypt", "fstype":"LVM2_member", "mountpoint":null,
               "children": [
                  {"name":"sda3", "type":"part", "fstype":"crypto_LUKS", "mountpoint":null,
                     "children": [{"name":"sda", "type":"disk", "fstype":null, "mountpoint":null}]}
               ]}
         ]},
      {"name":"sda1", "type":"part", "fstype":"vfat", "mountpoint":"/boot/efi",
         "children": [{"name":"sda", "type":"disk", "fstype":null, "mountpoint":null}]}
   ]
})";

const char *kPlain = R"({"blockdevices": [
   {"name":"vda1", "type":"part", "fstype":"ext4", "mountpoint":"/",
      "children": [{"name":"vda", "type":"disk", "fstype":null, "mountpoint":null}]},
   {"name":"luks-data", "type":"crypt", "fstype":"xfs", "mountpoint":"/srv",
      "children": [{"name":"vdb", "type":"disk", "fstype":"crypto_LUKS", "mountpoint":null}]}
]})";

AtRestFacts disk(const char *json, const QString &device, const QString &mountPoint)
{
    AtRestFacts f;
    f.dataPath = QStringLiteral("/opt/supabase/docker");
    f.device = device;
    f.mountPoint = mountPoint;
    f.devices = AtRestVerdicts::parseLsblk(QString::fromUtf8(json));
    return f;
}

} // namespace

class TestAuditAtRest : public QObject
{
    Q_OBJECT

private slots:
    void lvmOnLuksIsEncrypted()
    {
        const AuditCheckResult r = AtRestVerdicts::dataAtRest(
            disk(kLvmOnLuks, QStringLiteral("/dev/mapper/vg-root"), QStringLiteral("/")));
        QCOMPARE(r.id, QStringLiteral("data-at-rest"));
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY2(r.evidence.contains(QStringLiteral("sda3_crypt (crypt")), qPrintable(r.evidence));
        // The EFI partition beside it is not.
        QVERIFY(!AtRestVerdicts::parseLsblk(QString::fromUtf8(kLvmOnLuks)).at(1).encrypted());
    }

    void aPlainDiskIsAWarningAndTheEncryptedOneBesideItDoesNotCount()
    {
        const AuditCheckResult r =
            AtRestVerdicts::dataAtRest(disk(kPlain, QStringLiteral("/dev/vda1"), QStringLiteral("/")));
        QCOMPARE(r.status, AuditStatus::Warn);
        QVERIFY(r.evidence.contains(QStringLiteral("vda1 (part, ext4) ← vda (disk)")));
        QVERIFY(!r.fixText.isEmpty());
        // Data on /srv, the LUKS volume, found by its mount point or by df's device name.
        QCOMPARE(AtRestVerdicts::dataAtRest(disk(kPlain, QStringLiteral("/dev/mapper/luks-data"), QString()))
                     .status,
                 AuditStatus::Pass);
        QCOMPARE(AtRestVerdicts::dataAtRest(disk(kPlain, QString(), QStringLiteral("/srv"))).status,
                 AuditStatus::Pass);
    }

    void whatLsblkDoesNotListCannotBeTold()
    {
        const AuditCheckResult r =
            AtRestVerdicts::dataAtRest(disk(kPlain, QStringLiteral("overlay"), QStringLiteral("/var/lib/x")));
        QCOMPARE(r.status, AuditStatus::Unknown);
        QVERIFY(r.evidence.contains(QStringLiteral("overlay")));
        AtRestFacts failed = disk(kPlain, QStringLiteral("/dev/vda1"), QStringLiteral("/"));
        failed.devicesError = QStringLiteral("lsblk is not installed");
        QCOMPARE(AtRestVerdicts::dataAtRest(failed).evidence, failed.devicesError);
        QVERIFY(AtRestVerdicts::parseLsblk(QStringLiteral("not json")).isEmpty());
    }

    void backupsLeavingTheServer()
    {
        AtRestFacts f;
        f.backupScript = QStringLiteral("/usr/local/bin/supabase-backup.sh");
        QCOMPARE(AtRestVerdicts::backupsEncrypted(f).status, AuditStatus::Pass); // no script: nothing leaves
        f.backupScriptFound = true;
        QCOMPARE(AtRestVerdicts::backupsEncrypted(f).status, AuditStatus::Pass); // no remote
        f.rcloneRemote = QStringLiteral("offsite:supabase/dumps");
        QCOMPARE(AtRestVerdicts::remoteName(f.rcloneRemote), QStringLiteral("offsite"));
        QCOMPARE(AtRestVerdicts::backupsEncrypted(f).status, AuditStatus::Unknown); // not in rclone's config
        f.rcloneType = AtRestVerdicts::rcloneType(QStringLiteral("[offsite]\ntype = s3\nprovider = AWS\n"));
        QCOMPARE(f.rcloneType, QStringLiteral("s3"));
        const AuditCheckResult plain = AtRestVerdicts::backupsEncrypted(f);
        QCOMPARE(plain.status, AuditStatus::Warn);
        QCOMPARE(plain.fix.setupPage, QStringLiteral("backups"));
        QVERIFY(plain.evidence.contains(QStringLiteral("unencrypted")));
        // The nightly script's own gpg encryption: nothing leaves the server unencrypted, whatever the
        // remote.
        f.encryptKey = QStringLiteral("/etc/supadesk/backup-key.asc");
        const AuditCheckResult sealed = AtRestVerdicts::backupsEncrypted(f);
        QCOMPARE(sealed.status, AuditStatus::Pass);
        QVERIFY(sealed.evidence.contains(f.encryptKey));
        f.encryptKey.clear();
        f.rcloneType = AtRestVerdicts::rcloneType(QStringLiteral(
            "[offsite]\ntype = crypt\nremote = s3remote:bucket\npassword = *** ENCRYPTED ***\n"));
        QCOMPARE(AtRestVerdicts::backupsEncrypted(f).status, AuditStatus::Pass);
    }
};

QTEST_GUILESS_MAIN(TestAuditAtRest)
#include "tst_auditatrest.moc"
