// SPDX-License-Identifier: GPL-3.0-or-later
// The firewall plan cannot lock the user out (SSH first, revert armed before anything is denied), the
// pooler ports are closed where ufw cannot see them, and backup settings that would break the script
// are refused.
#include "core/setup/backupscriptwriter.h"
#include "core/setup/composeoverridewriter.h"
#include "core/setup/firewallplanner.h"

#include <QtTest>

using namespace supadesk;

class TestSetupScripts : public QObject
{
    Q_OBJECT

    static int lineOf(const QString &script, const QString &start)
    {
        const QStringList lines = script.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i)
            if (lines.at(i).trimmed().startsWith(start))
                return i;
        return -1;
    }

private slots:
    void firewallOrderNeverLocksOut_data()
    {
        QTest::addColumn<int>("sshPort");
        QTest::newRow("22") << 22;
        QTest::newRow("2222") << 2222;
    }

    void firewallOrderNeverLocksOut()
    {
        QFETCH(int, sshPort);
        FirewallOptions o;
        o.sshPort = sshPort;
        const QString s = FirewallPlanner::script(o).value();
        QVERIFY(s.contains(QStringLiteral("\nSSH_PORT=%1\n").arg(sshPort)));
        const int sshRule = lineOf(s, QStringLiteral("ufw allow \"$SSH_PORT/tcp\""));
        const int arm = lineOf(s, QStringLiteral("systemd-run"));
        const int deny = lineOf(s, QStringLiteral("ufw default deny incoming"));
        const int enable = lineOf(s, QStringLiteral("ufw --force enable"));
        QVERIFY(sshRule > 0 && arm > 0 && deny > 0 && enable > 0);
        QVERIFY(sshRule < arm);
        QVERIFY(arm < deny);
        QVERIFY(deny < enable);
        QVERIFY(s.contains(QLatin1String("PUBLIC_PORTS=(80 443)")));
        QVERIFY(s.contains(QLatin1String("CLOSED_PORTS=(5432 6543)")));
        QVERIFY(s.contains(QLatin1String("DOCKER-USER")));
        QVERIFY(s.contains(QLatin1String("--confirm")));
    }

    void firewallRefusesPlansThatWouldHurt_data()
    {
        QTest::addColumn<int>("sshPort");
        QTest::addColumn<QList<int>>("publicPorts");
        QTest::addColumn<QList<int>>("closedPorts");
        QTest::addColumn<int>("revert");
        QTest::addColumn<QString>("code");
        QTest::newRow("ssh closed") << 5432 << QList<int>{80} << QList<int>{5432} << 300
                                    << "firewall.sshclosed";
        QTest::newRow("port both ways")
            << 22 << QList<int>{80, 5432} << QList<int>{5432} << 300 << "firewall.conflict";
        QTest::newRow("bad port") << 22 << QList<int>{70000} << QList<int>{5432} << 300 << "firewall.port";
        QTest::newRow("revert too soon")
            << 22 << QList<int>{80} << QList<int>{5432} << 10 << "firewall.revert";
    }

    void firewallRefusesPlansThatWouldHurt()
    {
        QFETCH(int, sshPort);
        QFETCH(QList<int>, publicPorts);
        QFETCH(QList<int>, closedPorts);
        QFETCH(int, revert);
        QFETCH(QString, code);
        const Result<QString> r = FirewallPlanner::script({sshPort, publicPorts, closedPorts, revert});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void overridePublishesPoolerOnLoopback()
    {
        const QString o = ComposeOverrideWriter::loopbackPooler();
        QVERIFY(o.contains(QLatin1String("\n  supavisor:\n    ports: !override\n")));
        QVERIFY(o.contains(QLatin1String("\"127.0.0.1:${POSTGRES_PORT}:5432\"")));
        QVERIFY(o.contains(QLatin1String("\"127.0.0.1:${POOLER_PROXY_PORT_TRANSACTION}:6543\"")));
        // Supavisor's metrics, for the dashboard through the tunnel, on loopback only.
        QVERIFY(o.contains(QLatin1String("\n      - \"127.0.0.1:4000:4000\"\n")));
        QVERIFY(
            ComposeOverrideWriter::loopbackPooler(4100).contains(QLatin1String("\"127.0.0.1:4100:4000\"")));
        QVERIFY(!ComposeOverrideWriter::loopbackPooler(0).contains(QLatin1String(":4000\"")));
    }

    void backupScriptCarriesItsSettings()
    {
        BackupOptions o;
        o.retentionDays = 30;
        o.rcloneRemote = QStringLiteral("b2:bucket/db");
        const QString s = BackupScriptWriter::script(o).value();
        QVERIFY(s.contains(QLatin1String("\nRETENTION_DAYS='30'\n")));
        QVERIFY(s.contains(QLatin1String("\nRCLONE_REMOTE='b2:bucket/db'\n")));
        QVERIFY(s.contains(QLatin1String("\nCONTAINER='supabase-db'\n")));
        QVERIFY(s.contains(QLatin1String("-Fc")));
        QVERIFY(s.contains(QLatin1String("pg_restore --list")));
        QVERIFY(!s.contains(QLatin1String("%1")) && !s.contains(QLatin1String("%10")));
    }

    // The Storage files volume beside the .env (Supabase's ./volumes/storage) unless told otherwise, and
    // gpg encryption only with a key file.
    void backupScriptCoversStorageAndEncryption()
    {
        BackupOptions o;
        o.envFile = QStringLiteral("/srv/supabase/docker/.env");
        QString s = BackupScriptWriter::script(o).value();
        QVERIFY(s.contains(QLatin1String("\nSTORAGE_DIR='/srv/supabase/docker/volumes/storage'\n")));
        QVERIFY(s.contains(QLatin1String("\nENCRYPT_KEY=''\n")));
        QVERIFY(s.contains(QLatin1String("storage-$stamp.tar.gz")));
        o.backupStorage = false;
        QVERIFY(BackupScriptWriter::script(o).value().contains(QLatin1String("\nSTORAGE_DIR=''\n")));
        o.backupStorage = true;
        o.storageDir = QStringLiteral("data/storage");
        QCOMPARE(BackupScriptWriter::script(o).error().code, QStringLiteral("backup.path"));
        o.storageDir.clear();
        o.encryptKeyFile = BackupScriptWriter::defaultKeyFile();
        s = BackupScriptWriter::script(o).value();
        QVERIFY(s.contains(QLatin1String("\nENCRYPT_KEY='/etc/supabase-backup-key.asc'\n")));
        QVERIFY(s.contains(QLatin1String("--recipient-file \"$ENCRYPT_KEY\"")));
        o.encryptKeyFile = QStringLiteral("key.asc");
        QCOMPARE(BackupScriptWriter::script(o).error().code, QStringLiteral("backup.path"));
    }

    void backupRefusesUnsafeValues_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("code");
        QTest::newRow("relative dir") << "var/backups" << 14 << "backup.path";
        QTest::newRow("empty dir") << "" << 14 << "backup.path";
        QTest::newRow("no retention") << "/var/backups" << 0 << "backup.retention";
    }

    void backupRefusesUnsafeValues()
    {
        QFETCH(QString, dir);
        QFETCH(int, days);
        QFETCH(QString, code);
        BackupOptions o;
        o.backupDir = dir;
        o.retentionDays = days;
        const Result<QString> r = BackupScriptWriter::script(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    // Any path is fine once quoted; a "%1" in it is not filled in by a later value.
    void backupQuotesPaths()
    {
        BackupOptions o;
        o.backupDir = QStringLiteral("/var/my backups/it's %1");
        o.rcloneRemote = QStringLiteral("b2:x");
        const QString s = BackupScriptWriter::script(o).value();
        QVERIFY(s.contains(QLatin1String("\nBACKUP_DIR='/var/my backups/it'\\''s %1'\n")));
        QVERIFY(s.contains(QLatin1String("\nRCLONE_REMOTE='b2:x'\n")));
        o.scriptPath = QStringLiteral("/opt/my %1/backup.sh");
        QCOMPARE(BackupScriptWriter::crontabLine(o),
                 QStringLiteral("17 3 * * * '/opt/my \\%1/backup.sh' >/dev/null 2>&1 # supadesk-backup\n"));
        o.scriptPath = QStringLiteral("/opt/a\nb.sh");
        QCOMPARE(BackupScriptWriter::script(o).error().code, QStringLiteral("backup.path"));
    }

    void crontabLineRunsNightlyAndIsMarked()
    {
        BackupOptions o;
        o.hour = 2;
        o.minute = 5;
        const QString line = BackupScriptWriter::crontabLine(o);
        QCOMPARE(line,
                 QStringLiteral(
                     "5 2 * * * /usr/local/sbin/supabase-backup.sh >/dev/null 2>&1 # supadesk-backup\n"));
    }
};

QTEST_GUILESS_MAIN(TestSetupScripts)
#include "tst_setupscripts.moc"
