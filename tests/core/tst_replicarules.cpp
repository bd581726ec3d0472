// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming standby's rules: preflight verdicts in their order, slot names, the pg_hba entry for the
// standby's address only, postgresql.auto.conf edits, pg_basebackup progress, pg_controldata, the plan
// (every step with its undo, no password in it) and the status model's problems.
#include "core/alerts/alertrule.h"
#include "core/replication/replicaplan.h"
#include "core/replication/replicarules.h"
#include "core/replication/replicastatus.h"

#include <QJsonArray>
#include <QtTest>

using namespace supadesk;

namespace {

ReplicaPreflightFacts goodFacts()
{
    ReplicaPreflightFacts f;
    f.primaryMajor = 15;
    f.standbyMajor = 15;
    f.primaryDataBytes = 100LL * 1024 * 1024;
    f.standbyFreeBytes = 10LL * 1024 * 1024 * 1024;
    f.primaryReachable = true;
    f.primaryEndpoint = QStringLiteral("10.0.0.1:5432");
    f.standbyDataDir = QStringLiteral("/var/lib/postgresql/15/standby");
    f.slotName = QStringLiteral("supadesk_db2");
    f.roleName = QStringLiteral("replicator");
    return f;
}

} // namespace

class TestReplicaRules : public QObject
{
    Q_OBJECT

private slots:
    void preflightPassesGoodFacts() { QVERIFY(ReplicaRules::preflight(goodFacts()).ok()); }

    void preflightRefusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("version") << 0 << "replica.version";
        QTest::newRow("unknown version") << 1 << "replica.version";
        QTest::newRow("disk") << 2 << "replica.disk";
        QTest::newRow("network") << 3 << "replica.network";
        QTest::newRow("not empty") << 4 << "replica.notempty";
        QTest::newRow("slot") << 5 << "replica.slot";
        QTest::newRow("role without password") << 6 << "replica.auth";
    }
    void preflightRefusals()
    {
        QFETCH(int, which);
        QFETCH(QString, code);
        ReplicaPreflightFacts f = goodFacts();
        switch (which) {
        case 0:
            f.standbyMajor = 16;
            break;
        case 1:
            f.standbyMajor = 0;
            break;
        case 2:
            f.standbyFreeBytes = ReplicaRules::diskNeeded(f.primaryDataBytes) - 1;
            break;
        case 3:
            f.primaryReachable = false;
            break;
        case 4:
            f.standbyDirEntries = 3;
            break;
        case 5:
            f.slotExists = true;
            break;
        case 6:
            f.roleExists = true;
            break;
        }
        const Status s = ReplicaRules::preflight(f);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        QVERIFY(!s.error().message.isEmpty());
    }

    void preflightOrderVersionFirst()
    {
        ReplicaPreflightFacts f = goodFacts();
        f.standbyMajor = 14;
        f.primaryReachable = false;
        f.standbyDirEntries = 1;
        QCOMPARE(ReplicaRules::preflight(f).error().code, QStringLiteral("replica.version"));
        f.standbyMajor = 15;
        QCOMPARE(ReplicaRules::preflight(f).error().code, QStringLiteral("replica.network"));
    }

    void diskExactlyEnough()
    {
        ReplicaPreflightFacts f = goodFacts();
        f.standbyFreeBytes = ReplicaRules::diskNeeded(f.primaryDataBytes);
        QVERIFY(ReplicaRules::preflight(f).ok());
        QVERIFY(ReplicaRules::diskNeeded(1000) > 1000 + ReplicaRules::DiskHeadroomBytes - 1);
    }

    void existingRoleWithPassword()
    {
        ReplicaPreflightFacts f = goodFacts();
        f.roleExists = true;
        f.passwordGiven = true;
        QVERIFY(ReplicaRules::preflight(f).ok());
    }

    void slotNames()
    {
        QCOMPARE(ReplicaRules::slotName(QStringLiteral("DB-2 (Frankfurt)")),
                 QStringLiteral("supadesk_db_2_frankfurt"));
        QCOMPARE(ReplicaRules::slotName(QStringLiteral("---")), QStringLiteral("supadesk_standby"));
        QCOMPARE(ReplicaRules::slotName(QString(100, QLatin1Char('a'))).size(), 63);
        QVERIFY(ReplicaRules::isValidIdentifier(ReplicaRules::slotName(QStringLiteral("Ünïcode standby"))));
        QVERIFY(!ReplicaRules::isValidIdentifier(QStringLiteral("bad name")));
        QVERIFY(!ReplicaRules::isValidIdentifier(QStringLiteral("x'; DROP")));
        QVERIFY(!ReplicaRules::isValidIdentifier(QStringLiteral("1abc")));
    }

    void hbaLineIsForOneAddress()
    {
        QCOMPARE(ReplicaRules::hbaLine(QStringLiteral("replicator"), QStringLiteral("10.0.0.2")),
                 QStringLiteral("host replication replicator 10.0.0.2/32 scram-sha-256"));
        QCOMPARE(ReplicaRules::hbaLine(QStringLiteral("r"), QStringLiteral("fd00::2")),
                 QStringLiteral("host replication r fd00::2/128 scram-sha-256"));
    }

    void hbaLineGoesBeforeTheFirstRule()
    {
        const QByteArray hba = "# comment\n\nlocal all all peer\nhost all all 0.0.0.0/0 reject\n";
        const QString line = ReplicaRules::hbaLine(QStringLiteral("replicator"), QStringLiteral("10.0.0.2"));
        const QByteArray out = ReplicaRules::withHbaLine(hba, line);
        QVERIFY(out.indexOf(line.toUtf8()) < out.indexOf("local all all peer"));
        QVERIFY(out.indexOf("# comment") == 0);
        QVERIFY(out.endsWith("reject\n"));
        QCOMPARE(ReplicaRules::withHbaLine(out, line), out); // idempotent
        QVERIFY(ReplicaRules::withHbaLine(QByteArray(), line).contains(line.toUtf8()));
    }

    void autoConf()
    {
        const QByteArray conf =
            "# Do not edit this file manually!\nport = '5433'\nprimary_conninfo = 'host=a'\n"
            "shared_buffers = '1GB'\n";
        const QByteArray out = ReplicaRules::withAutoConf(
            conf, {{QStringLiteral("port"), QStringLiteral("5500")},
                   {QStringLiteral("primary_conninfo"), QStringLiteral("host='b' password='it''s'")}});
        QCOMPARE(ReplicaRules::confValue(out, QStringLiteral("port")), QStringLiteral("5500"));
        QCOMPARE(ReplicaRules::confValue(out, QStringLiteral("shared_buffers")), QStringLiteral("1GB"));
        QCOMPARE(ReplicaRules::confValue(out, QStringLiteral("primary_conninfo")),
                 QStringLiteral("host='b' password='it''s'"));
        QCOMPARE(out.count("port ="), 1);
        QVERIFY(!ReplicaRules::confValue(out, QStringLiteral("missing")).has_value());
        QCOMPARE(ReplicaRules::confValue("port = 5432 # comment\n", QStringLiteral("port")),
                 QStringLiteral("5432"));
    }

    void conninfoRoundTrip()
    {
        const QList<QPair<QString, QString>> parts{{QStringLiteral("host"), QStringLiteral("10.0.0.1")},
                                                   {QStringLiteral("password"), QStringLiteral("a b'c\\d")}};
        QCOMPARE(ReplicaRules::parseConninfo(ReplicaRules::conninfo(parts)), parts);
        // As pg_basebackup -R writes it.
        const auto written = ReplicaRules::parseConninfo(QStringLiteral(
            "user=replicator password=secret channel_binding=prefer host=127.0.0.1 port=5432"));
        QCOMPARE(written.size(), 5);
        QCOMPARE(written.at(1).second, QStringLiteral("secret"));
    }

    void baseBackupProgress()
    {
        QCOMPARE(ReplicaRules::baseBackupPercent("    0/22750 kB (0%), 0/1 tablespace\r"
                                                 "22759/22759 kB (100%), 1/1 tablespace\n"),
                 100);
        QCOMPARE(ReplicaRules::baseBackupPercent("11375/22750 kB (50%), 0/1 tablespace"), 50);
        QCOMPARE(ReplicaRules::baseBackupPercent("waiting for checkpoint"), -1);
    }

    void versions()
    {
        QCOMPARE(ReplicaRules::majorFromVersionOutput(
                     QStringLiteral("pg_basebackup (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)")),
                 15);
        QCOMPARE(ReplicaRules::majorFromVersionOutput(QStringLiteral("sh: pg_basebackup: not found")), 0);
    }

    void controlData()
    {
        const QString out = QStringLiteral("Database cluster state:               shut down\n"
                                           "wal_log_hints setting:                off\n"
                                           "Data page checksum version:           0\n");
        const auto c = ReplicaRules::parseControlData(out);
        QCOMPARE(c.clusterState, QStringLiteral("shut down"));
        QVERIFY(!c.walLogHints);
        QVERIFY(!c.dataChecksums);
        QVERIFY(!ReplicaRules::rewindBlocker(c).isEmpty());
        QString hints = out;
        hints.replace(QStringLiteral("setting:                off"),
                      QStringLiteral("setting:                on"));
        QVERIFY(ReplicaRules::rewindBlocker(ReplicaRules::parseControlData(hints)).isEmpty());
        QString sums = out;
        sums.replace(QStringLiteral("version:           0"), QStringLiteral("version:           1"));
        QVERIFY(ReplicaRules::rewindBlocker(ReplicaRules::parseControlData(sums)).isEmpty());
    }

    void planStepsWithUndoAndNoSecret()
    {
        ReplicaSetupOptions o;
        o.primaryHost = QStringLiteral("10.0.0.1");
        o.standbyAddress = QStringLiteral("10.0.0.2");
        o.standbyDataDir = QStringLiteral("/srv/pg standby");
        o.standbyPort = 5433;
        o.slot = QStringLiteral("supadesk_db2");
        o.hbaFile = QStringLiteral("/etc/postgresql/15/main/pg_hba.conf");
        const ReplicaPlan plan = ReplicaPlan::build(o);
        QStringList ids;
        for (const ApplyStep &s : plan.plan().steps())
            ids.append(s.id);
        QCOMPARE(ids,
                 (QStringList{"role", "slot", "hba", "basebackup", "standby-config", "start", "verify"}));
        QCOMPARE(plan.host(plan.indexOf(QStringLiteral("basebackup"))), ReplicaHost::StandbyShell);
        for (const QString id : {"role", "slot", "hba", "basebackup", "start"}) {
            const ApplyStep &s = plan.plan().steps().at(plan.indexOf(id));
            QVERIFY2(!s.undoSql.isEmpty() || !s.undoCommand.isEmpty(), qPrintable(id));
        }
        const ApplyStep &backup = plan.plan().steps().at(plan.indexOf(QStringLiteral("basebackup")));
        QVERIFY(backup.command.contains(QStringLiteral("-R -S 'supadesk_db2'")));
        QVERIFY(backup.command.contains(QStringLiteral("'/srv/pg standby'")));
        QVERIFY(backup.undoCommand.startsWith(QStringLiteral("rm -rf")));
        const QString described = plan.describe();
        QVERIFY(described.contains(QStringLiteral("host replication replicator 10.0.0.2/32 scram-sha-256")));
        QVERIFY(described.contains(QLatin1String(ReplicaPlan::PasswordPlaceholder)));

        o.createRole = false;
        o.standbyDirExists = true;
        o.synchronous = true;
        const ReplicaPlan reuse = ReplicaPlan::build(o);
        QCOMPARE(reuse.indexOf(QStringLiteral("role")), -1);
        QVERIFY(reuse.indexOf(QStringLiteral("synchronous")) > reuse.indexOf(QStringLiteral("start")));
        QVERIFY(reuse.plan()
                    .steps()
                    .at(reuse.indexOf(QStringLiteral("basebackup")))
                    .undoCommand.startsWith(QStringLiteral("find")));
    }

    void firewallStepForTheStandbyOnly()
    {
        ReplicaSetupOptions o;
        o.primaryHost = QStringLiteral("10.0.0.1");
        o.primaryPort = 5432;
        o.standbyAddress = QStringLiteral("10.0.0.2");
        o.standbyDataDir = QStringLiteral("/srv/standby");
        o.slot = QStringLiteral("supadesk_db2");
        o.hbaFile = QStringLiteral("/etc/postgresql/15/main/pg_hba.conf");
        QCOMPARE(ReplicaPlan::build(o).indexOf(QStringLiteral("firewall")),
                 -1); // the local form opens nothing
        o.firewall = true;
        const ReplicaPlan plan = ReplicaPlan::build(o);
        const int i = plan.indexOf(QStringLiteral("firewall"));
        QVERIFY(i > plan.indexOf(QStringLiteral("hba")) && i < plan.indexOf(QStringLiteral("basebackup")));
        QCOMPARE(plan.host(i), ReplicaHost::PrimaryRoot);
        const ApplyStep &step = plan.plan().steps().at(i);
        QVERIFY(
            step.command.contains(QStringLiteral("ufw allow proto tcp from '10.0.0.2' to any port 5432")));
        QVERIFY(step.command.contains(QStringLiteral("ENABLED=yes"))); // only an active ufw gets a rule
        QVERIFY(step.command.contains(
            QStringLiteral("iptables -I DOCKER-USER 1 -s '10.0.0.2' -p tcp --dport 5432")));
        QVERIFY(!step.command.contains(QStringLiteral("0.0.0.0")) &&
                !step.command.contains(QStringLiteral("any to")));
        QVERIFY(step.undoCommand.contains(
            QStringLiteral("ufw delete allow proto tcp from '10.0.0.2' to any port 5432")));
        QVERIFY(step.undoCommand.contains(QStringLiteral("iptables -D DOCKER-USER -s '10.0.0.2'")));
        QVERIFY(plan.describe().contains(QStringLiteral("10.0.0.2 only")));
    }

    void replicationAlertPresets()
    {
        const QList<AlertRule> rules = AlertRules::replicationDefaults();
        QCOMPARE(rules.size(), 2);
        for (const AlertRule &r : rules) {
            QVERIFY2(AlertRules::validate(r).ok(), qPrintable(r.id));
            QCOMPARE(r.kind, AlertRuleKind::ReplicationLagAbove);
        }
        // The slot's bound is the one `replica status` reports a problem at, and it is the louder one.
        QCOMPARE(qint64(rules.at(1).threshold), ReplicaStatus::SlotRetainWarnBytes);
        QVERIFY(rules.at(0).threshold < rules.at(1).threshold);
        QCOMPARE(rules.at(1).severity, AlertSeverity::Critical);
        for (const AlertRule &d : AlertRules::defaults())
            QVERIFY(d.id != rules.at(0).id && d.id != rules.at(1).id);
    }

    void statusProblems()
    {
        ReplicaStatus s;
        QVERIFY(s.problems().isEmpty());
        s.replicationSlots.append({QStringLiteral("idle"), false, 2 * ReplicaStatus::SlotRetainWarnBytes,
                                   QStringLiteral("extended")});
        s.replicationSlots.append({QStringLiteral("busy"), true, 2 * ReplicaStatus::SlotRetainWarnBytes,
                                   QStringLiteral("reserved")});
        ReplicaSender sender;
        sender.applicationName = QStringLiteral("db2");
        sender.state = QStringLiteral("streaming");
        sender.replayLagSeconds = 120;
        s.senders.append(sender);
        s.hasStandby = true;
        s.receiver.inRecovery = true;
        s.receiver.status = QStringLiteral("streaming");
        QCOMPARE(s.problems().size(), 2); // the idle slot and the lag; a busy slot retaining is normal
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("senders")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("standby"))
                     .toObject()
                     .value(QStringLiteral("receiver_status"))
                     .toString(),
                 QStringLiteral("streaming"));
        QVERIFY(json.value(QStringLiteral("senders"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("write_lag_seconds"))
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestReplicaRules)
#include "tst_replicarules.moc"
