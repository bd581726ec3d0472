// SPDX-License-Identifier: GPL-3.0-or-later
// The host checks' verdicts from facts: Supabase's example .env against a wizard-generated one, keys
// close to expiry, listening sockets and Docker-published ports, ufw's status, log rotation, container
// limits, disk space, backups and the release layout.
#include "core/audit/hostauditevaluator.h"
#include "core/locale/displayformat.h"
#include "core/setup/envfile.h"
#include "core/setup/jwt.h"
#include "core/setup/supabasesecrets.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace supadesk;

namespace {

const QDateTime Now(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

HostAuditFacts factsWithEnv(const EnvFile &env)
{
    HostAuditFacts f;
    f.now = Now;
    f.envPath = QStringLiteral("/opt/supabase/docker/.env");
    f.env = env.values();
    f.envLines = env.lines();
    f.installDir = QStringLiteral("/opt/supabase/docker");
    f.host.listeningKnown = true;
    f.dockerError = QStringLiteral("Docker is not installed on the server.");
    return f;
}

EnvFile exampleEnv()
{
    return EnvFile::parse(readText(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example")));
}

EnvFile wizardEnv()
{
    EnvFile env = exampleEnv();
    env.set(SupabaseSecrets::generate(Now));
    return env;
}

StackLayout layoutOf(const QString &name, const QHash<QString, QString> &env)
{
    const QDir dir(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/") + name);
    QList<ComposeFile> files;
    for (const QString &file : dir.entryList({QStringLiteral("docker-compose*.yml")}, QDir::Files))
        files << ComposeFile{file, readText(dir.filePath(file))};
    return StackLayoutReader::read(files, env);
}

} // namespace

class TestAuditHost : public QObject
{
    Q_OBJECT

private slots:
    void idsAndTexts()
    {
        const QStringList ids = HostAuditEvaluator::checkIds();
        QCOMPARE(ids.first(), QStringLiteral("demo-jwt-keys"));
        QCOMPARE(ids.last(), QStringLiteral("versions"));
        QCOMPARE(ids.size(), 11);
        const HostAuditFacts facts = factsWithEnv(exampleEnv());
        for (const QString &id : ids) {
            const AuditCheckResult r = HostAuditEvaluator::evaluate(id, facts);
            QCOMPARE(r.id, id);
            QCOMPARE(r.area, AuditArea::Host);
            QVERIFY2(!r.title.isEmpty(), qPrintable(id));
            QVERIFY2(!r.why.isEmpty(), qPrintable(id));
            QVERIFY2(!r.evidence.isEmpty(), qPrintable(id));
        }
        QCOMPARE(HostAuditEvaluator::evaluate(QStringLiteral("no-such"), facts).status, AuditStatus::Unknown);
    }

    void exampleEnvFailsTheSecretChecks()
    {
        const EnvFile env = exampleEnv();
        const HostAuditFacts facts = factsWithEnv(env);
        const AuditCheckResult keys = HostAuditEvaluator::demoJwtKeys(facts);
        QCOMPARE(keys.status, AuditStatus::Fail);
        QVERIFY2(
            keys.evidence.contains(
                QStringLiteral("/opt/supabase/docker/.env:%1").arg(env.lineOf(QStringLiteral("ANON_KEY")))),
            qPrintable(keys.evidence));
        QVERIFY(keys.evidence.contains(QStringLiteral("SERVICE_ROLE_KEY")));
        QVERIFY(keys.evidence.contains(DisplayFormat().date(QDate(2027, 1, 9))));
        QCOMPARE(keys.fix.kind, AuditFix::Kind::SetupPage);
        QCOMPARE(keys.fix.setupPage, QStringLiteral("secrets"));
        QVERIFY(!keys.fixText.isEmpty());

        const AuditCheckResult secret = HostAuditEvaluator::jwtSecretStrength(facts);
        QCOMPARE(secret.status, AuditStatus::Fail);
        QVERIFY(secret.evidence.contains(QStringLiteral("example")));
        QCOMPARE(secret.fix.setupPage, QStringLiteral("secrets"));
    }

    void wizardGeneratedEnvPasses()
    {
        const HostAuditFacts facts = factsWithEnv(wizardEnv());
        const AuditCheckResult keys = HostAuditEvaluator::demoJwtKeys(facts);
        QVERIFY2(keys.status == AuditStatus::Pass, qPrintable(keys.evidence));
        QVERIFY(keys.fixText.isEmpty());
        const AuditCheckResult secret = HostAuditEvaluator::jwtSecretStrength(facts);
        QVERIFY2(secret.status == AuditStatus::Pass, qPrintable(secret.evidence));
        QCOMPARE(secret.fix.kind, AuditFix::Kind::None);
    }

    void keysCloseToExpiryWarnWithTheDate()
    {
        EnvFile env = wizardEnv();
        const QString secret = env.value(QStringLiteral("JWT_SECRET"));
        const QDateTime expiry = Now.addDays(30);
        const QString key = Jwt::signHs256({{QStringLiteral("role"), QStringLiteral("anon")},
                                            {QStringLiteral("iss"), QStringLiteral("supabase")},
                                            {QStringLiteral("iat"), Now.toSecsSinceEpoch()},
                                            {QStringLiteral("exp"), expiry.toSecsSinceEpoch()}},
                                           secret.toUtf8());
        env.set(QStringLiteral("ANON_KEY"), key);
        AuditCheckResult r = HostAuditEvaluator::demoJwtKeys(factsWithEnv(env));
        QCOMPARE(r.status, AuditStatus::Warn);
        QVERIFY2(r.evidence.contains(DisplayFormat().date(expiry.date())), qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("ANON_KEY")));

        // 90 days away is fine; a key that already expired fails.
        env.set(QStringLiteral("ANON_KEY"),
                Jwt::signHs256({{QStringLiteral("iss"), QStringLiteral("supabase")},
                                {QStringLiteral("exp"), Now.addDays(90).toSecsSinceEpoch()}},
                               secret.toUtf8()));
        QCOMPARE(HostAuditEvaluator::demoJwtKeys(factsWithEnv(env)).status, AuditStatus::Pass);
        env.set(QStringLiteral("ANON_KEY"),
                Jwt::signHs256({{QStringLiteral("iss"), QStringLiteral("supabase")},
                                {QStringLiteral("exp"), Now.addDays(-1).toSecsSinceEpoch()}},
                               secret.toUtf8()));
        QCOMPARE(HostAuditEvaluator::demoJwtKeys(factsWithEnv(env)).status, AuditStatus::Fail);
        // Signed anew but still issued as supabase-demo: the demo issuer fails on its own.
        env.set(QStringLiteral("ANON_KEY"),
                Jwt::signHs256({{QStringLiteral("iss"), QStringLiteral("supabase-demo")},
                                {QStringLiteral("exp"), Now.addYears(3).toSecsSinceEpoch()}},
                               secret.toUtf8()));
        r = HostAuditEvaluator::demoJwtKeys(factsWithEnv(env));
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY(r.evidence.contains(QStringLiteral("supabase-demo")));
    }

    void weakSecretsAndUnreadableEnv()
    {
        EnvFile env = wizardEnv();
        env.set(QStringLiteral("JWT_SECRET"), QStringLiteral("short-secret"));
        AuditCheckResult r = HostAuditEvaluator::jwtSecretStrength(factsWithEnv(env));
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY(r.evidence.contains(QStringLiteral("12")));
        env.set(QStringLiteral("JWT_SECRET"), QString(40, QLatin1Char('a')));
        r = HostAuditEvaluator::jwtSecretStrength(factsWithEnv(env));
        QCOMPARE(r.status, AuditStatus::Warn);
        QVERIFY(HostAuditEvaluator::entropyBits(QString(40, QLatin1Char('a'))) < 1);
        QVERIFY(HostAuditEvaluator::entropyBits(QStringLiteral("abcd")) > 7.9);

        HostAuditFacts unreadable = factsWithEnv(EnvFile());
        unreadable.envError = QStringLiteral("There is no .env in /opt/supabase/docker.");
        for (auto check : {&HostAuditEvaluator::demoJwtKeys, &HostAuditEvaluator::jwtSecretStrength}) {
            const AuditCheckResult u = check(unreadable);
            QCOMPARE(u.status, AuditStatus::Unknown);
            QCOMPARE(u.evidence, unreadable.envError);
        }
    }

    void databasePortOnPublicAddress()
    {
        HostAuditFacts f = factsWithEnv(exampleEnv());
        f.stackDbPort = 5432;
        f.host.listening = {{QStringLiteral("0.0.0.0"), 5432}, {QStringLiteral("127.0.0.1"), 8000}};
        AuditCheckResult r = HostAuditEvaluator::dbPortPublic(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("0.0.0.0:5432")), qPrintable(r.evidence));
        QCOMPARE(r.objects, QStringList{QStringLiteral("0.0.0.0:5432")});
        QCOMPARE(r.fix.setupPage, QStringLiteral("firewall"));

        f.host.listening = {{QStringLiteral("127.0.0.1"), 5432}, {QStringLiteral("::1"), 5432}};
        r = HostAuditEvaluator::dbPortPublic(f);
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY2(r.evidence.contains(QStringLiteral("127.0.0.1:5432")), qPrintable(r.evidence));

        // IPv6 wildcard, and POSTGRES_PORT moved elsewhere.
        EnvFile moved = exampleEnv();
        moved.set(QStringLiteral("POSTGRES_PORT"), QStringLiteral("6000"));
        HostAuditFacts g = factsWithEnv(moved);
        g.host.listening = {{QStringLiteral("::"), 6000}};
        r = HostAuditEvaluator::dbPortPublic(g);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("[::]:6000")), qPrintable(r.evidence));

        // Nothing could be read at all.
        HostAuditFacts none = factsWithEnv(exampleEnv());
        none.host.listeningKnown = false;
        QCOMPARE(HostAuditEvaluator::dbPortPublic(none).status, AuditStatus::Unknown);
    }

    void dockerPublishedPortsBypassUfw()
    {
        HostAuditFacts f = factsWithEnv(exampleEnv());
        f.host.listening = {{QStringLiteral("127.0.0.1"), 5432}};
        f.dockerError.clear();
        f.containers = HostAuditEvaluator::parseDocker(
            QStringLiteral("@@ps\nsupabase-pooler\t0.0.0.0:5432->5432/tcp, :::5432->5432/tcp, "
                           "127.0.0.1:6543->6543/tcp\t/opt/supabase/docker\n"
                           "supabase-db\t5432/tcp\t/opt/supabase/docker\n"
                           "other\t0.0.0.0:7000->80/tcp\t/srv/other\n"
                           "@@inspect\n/supabase-pooler\t0\n/supabase-db\t2147483648\n/other\t0\n"));
        QCOMPARE(f.containers.size(), 3);
        QCOMPARE(f.containers.at(1).memoryLimit, qint64(2147483648));
        AuditCheckResult r = HostAuditEvaluator::dbPortPublic(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("supabase-pooler")), qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("0.0.0.0:5432->5432/tcp")));
        QVERIFY(r.evidence.contains(QStringLiteral("ufw")));
        // The pooler's transaction port is published on loopback only.
        r = HostAuditEvaluator::poolerPortPublic(f);
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));
        // Only the stack's own containers count for the limits.
        r = HostAuditEvaluator::dockerLimits(f);
        QCOMPARE(r.status, AuditStatus::Warn);
        QCOMPARE(r.objects, QStringList{QStringLiteral("supabase-pooler")});
        QVERIFY(r.evidence.contains(QStringLiteral("supabase-db")));
        f.containers[0].memoryLimit = 536870912;
        QCOMPARE(HostAuditEvaluator::dockerLimits(f).status, AuditStatus::Pass);
        f.containers.clear();
        QCOMPARE(HostAuditEvaluator::dockerLimits(f).status, AuditStatus::Unknown);
        f.dockerError = QStringLiteral("Docker is not installed on the server.");
        QCOMPARE(HostAuditEvaluator::dockerLimits(f).evidence, f.dockerError);
    }

    void composeFilePublishingEverywhereWarnsWhileStopped()
    {
        const EnvFile env = exampleEnv();
        HostAuditFacts f = factsWithEnv(env);
        f.layout = layoutOf(QStringLiteral("kong"), env.values());
        const AuditCheckResult r = HostAuditEvaluator::poolerPortPublic(f);
        QCOMPARE(r.status, AuditStatus::Warn);
        QVERIFY2(r.evidence.contains(QStringLiteral("docker-compose.yml:")), qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("${POOLER_PROXY_PORT_TRANSACTION}:6543")));
    }

    void firewall()
    {
        HostAuditFacts f = factsWithEnv(exampleEnv());
        f.ufwError = QStringLiteral("needs passwordless sudo");
        QCOMPARE(HostAuditEvaluator::firewallActive(f).status, AuditStatus::Unknown);
        QCOMPARE(HostAuditEvaluator::firewallActive(f).evidence, f.ufwError);

        f.ufw = HostAuditEvaluator::parseUfwStatus(QStringLiteral("Status: inactive\n"));
        QCOMPARE(HostAuditEvaluator::firewallActive(f).status, AuditStatus::Fail);

        const QString active = QStringLiteral("Status: active\nLogging: on (low)\nDefault: deny (incoming), "
                                              "allow (outgoing), disabled (routed)\n"
                                              "New profiles: skip\n\nTo                         Action      "
                                              "From\n--                         ------      ----\n"
                                              "22/tcp                     ALLOW IN    Anywhere\n8000/tcp     "
                                              "              ALLOW IN    Anywhere\n"
                                              "22/tcp (v6)                ALLOW IN    Anywhere (v6)\n");
        f.ufw = HostAuditEvaluator::parseUfwStatus(active);
        QVERIFY(f.ufw->active);
        QCOMPARE(f.ufw->defaultIncoming, QStringLiteral("deny"));
        QVERIFY(f.ufw->allowRules.contains(QStringLiteral("8000/tcp")));
        AuditCheckResult r = HostAuditEvaluator::firewallActive(f);
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));

        f.sshPort = 2222;
        r = HostAuditEvaluator::firewallActive(f);
        QCOMPARE(r.status, AuditStatus::Warn);
        QCOMPARE(r.fix.kind, AuditFix::Kind::Command);
        QCOMPARE(r.fix.preview, QStringLiteral("sudo ufw allow 2222/tcp"));

        f.ufw = HostAuditEvaluator::parseUfwStatus(
            QString(active).replace(QStringLiteral("deny (incoming)"), QStringLiteral("allow (incoming)")));
        QCOMPARE(HostAuditEvaluator::firewallActive(f).status, AuditStatus::Fail);
    }

    void logRotation()
    {
        HostAuditFacts f = factsWithEnv(exampleEnv());
        f.host.dockerClientVersion = QStringLiteral("27.3.1");
        QCOMPARE(HostAuditEvaluator::logRotation(f).status, AuditStatus::Warn);
        f.host.daemonJsonPresent = true;
        f.host.logMaxSize = QStringLiteral("10m");
        f.host.logMaxFile = QStringLiteral("3");
        AuditCheckResult r = HostAuditEvaluator::logRotation(f);
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY(r.evidence.contains(QStringLiteral("10m")));

        f.backupLog = QStringLiteral("/var/log/supabase-backup.log");
        f.backupLogExists = true;
        f.logrotate.insert(QStringLiteral("/etc/logrotate.d/apt"),
                           QStringLiteral("/var/log/apt/term.log {\n}\n"));
        r = HostAuditEvaluator::logRotation(f);
        QCOMPARE(r.status, AuditStatus::Warn);
        QCOMPARE(r.fix.kind, AuditFix::Kind::Command);
        QVERIFY(r.fix.preview.contains(QStringLiteral("/etc/logrotate.d/supabase-backup")));
        // The command writes a logrotate stanza for the log (run here with cat in place of the file).
        QProcess sh;
        sh.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QString(r.fix.preview)
                      .replace(QStringLiteral("sudo tee /etc/logrotate.d/supabase-backup >/dev/null"),
                               QStringLiteral("cat"))});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()),
                 QStringLiteral("/var/log/supabase-backup.log {\n    weekly\n    rotate 8\n    compress\n"
                                "    missingok\n    notifempty\n}\n"));
        f.logrotate.insert(QStringLiteral("/etc/logrotate.d/supabase-backup"),
                           QStringLiteral("/var/log/supabase-backup.log {\n weekly\n}\n"));
        QCOMPARE(HostAuditEvaluator::logRotation(f).status, AuditStatus::Pass);
    }

    void diskSpace()
    {
        HostAuditFacts f = factsWithEnv(exampleEnv());
        QCOMPARE(HostAuditEvaluator::diskSpace(f).status, AuditStatus::Unknown);
        f.host.diskTotalBytes = 100LL << 30;
        f.host.diskMountPoint = QStringLiteral("/");
        f.host.diskDevice = QStringLiteral("/dev/sda1");
        f.host.diskFreeBytes = 5LL << 30;
        QCOMPARE(HostAuditEvaluator::diskSpace(f).status, AuditStatus::Fail);
        f.host.diskFreeBytes = 15LL << 30;
        QCOMPARE(HostAuditEvaluator::diskSpace(f).status, AuditStatus::Warn);
        f.host.diskFreeBytes = 50LL << 30;
        const AuditCheckResult r = HostAuditEvaluator::diskSpace(f);
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY(r.evidence.contains(QStringLiteral("/dev/sda1")));
    }

    void backups()
    {
        HostAuditFacts f = factsWithEnv(exampleEnv());
        f.backupDir = QStringLiteral("/var/backups/supabase");
        f.backupLog = QStringLiteral("/var/log/supabase-backup.log");
        AuditCheckResult r = HostAuditEvaluator::backupsRecent(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QCOMPARE(r.fix.setupPage, QStringLiteral("backups"));

        f.backupDirExists = true;
        const qint64 fresh = Now.addSecs(-2 * 3600).toSecsSinceEpoch();
        const qint64 old = Now.addDays(-3).toSecsSinceEpoch();
        // Dated by the stamp in the name, as the Backups tab dates them: a dump copied or touched
        // later keeps its age; a file time counts only for a name without a stamp.
        f.backupFiles = BackupCatalogueReader::parseListing(
            QStringLiteral("%1.0000000000 1048576 postgres-20261204T120000Z.dump\n"
                           "%2.5 2097152 postgres-20261207T100000Z.dump\n")
                .arg(old)
                .arg(fresh));
        QCOMPARE(f.backupFiles.size(), 2);
        r = HostAuditEvaluator::backupsRecent(f);
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("postgres-20261207T100000Z.dump")));

        f.backupFiles.removeLast();
        r = HostAuditEvaluator::backupsRecent(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY(r.evidence.contains(QStringLiteral("postgres-20261204T120000Z.dump")));

        // An old dump's name, a fresh file time: the name wins.
        f.backupFiles = BackupCatalogueReader::parseListing(
            QStringLiteral("%1 2097152 postgres-20261204T120000Z.dump\n").arg(fresh));
        QCOMPARE(HostAuditEvaluator::backupsRecent(f).status, AuditStatus::Fail);
        // A name without a stamp: its file time.
        f.backupFiles =
            BackupCatalogueReader::parseListing(QStringLiteral("%1 2097152 by-hand.dump\n").arg(fresh));
        QCOMPARE(HostAuditEvaluator::backupsRecent(f).status, AuditStatus::Pass);
        f.backupFiles =
            BackupCatalogueReader::parseListing(QStringLiteral("%1 2097152 by-hand.dump\n").arg(old));
        QCOMPARE(HostAuditEvaluator::backupsRecent(f).status, AuditStatus::Fail);

        f.backupFiles = BackupCatalogueReader::parseListing(
            QStringLiteral("%1 2097152 postgres-20261207T100000Z.dump\n").arg(fresh));
        f.backupLogExists = true;
        f.backupLogText = QStringLiteral(
            "2026-12-07T10:00:00Z backup of postgres started\n"
            "2026-12-07T10:00:09Z backup /var/backups/supabase/postgres-20261207T100000Z.dump written: 5 "
            "bytes, 9 entries\n"
            "2026-12-07T11:00:00Z backup of postgres started\n"
            "2026-12-07T11:00:02Z FAILED: pg_dump exited with an error\n");
        r = HostAuditEvaluator::backupsRecent(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY(r.evidence.contains(QStringLiteral("pg_dump exited with an error")));
        f.backupLogText = f.backupLogText.section(QLatin1Char('\n'), 0, 1);
        r = HostAuditEvaluator::backupsRecent(f);
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("9 entries")));

        f.backupError = QStringLiteral("needs sudo");
        QCOMPARE(HostAuditEvaluator::backupsRecent(f).status, AuditStatus::Unknown);

        const AuditCheckResult restore = HostAuditEvaluator::restoreTested(f);
        QCOMPARE(restore.status, AuditStatus::Unknown);
        QVERIFY(restore.evidence.contains(QStringLiteral("No restore drill recorded yet")));
    }

    void restoreTestedReadsTheNewestDrill()
    {
        HostAuditFacts f;
        f.now = Now;
        DrillResult drill;
        drill.status = DrillResult::Status::Pass;
        drill.dumpFile = QStringLiteral("/var/backups/supabase/postgres-20261201T031700Z.dump");
        drill.startedAt = Now.addDays(-3);
        f.lastDrill = drill;
        AuditCheckResult r = HostAuditEvaluator::restoreTested(f);
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY(r.evidence.contains(drill.dumpFile));

        f.lastDrill->startedAt = Now.addDays(-(HostAuditEvaluator::kDrillMaxAgeDays + 1));
        QCOMPARE(HostAuditEvaluator::restoreTested(f).status, AuditStatus::Warn);
        f.lastDrill->startedAt = Now.addDays(-(HostAuditEvaluator::kDrillMaxAgeDays - 1));
        QCOMPARE(HostAuditEvaluator::restoreTested(f).status, AuditStatus::Pass);

        // A failed drill fails, however recent, and names its tables.
        f.lastDrill->status = DrillResult::Status::Fail;
        DrillTable lost;
        lost.schema = QStringLiteral("public");
        lost.name = QStringLiteral("orders");
        lost.liveRows = 10;
        lost.verdict = DrillTable::Verdict::MissingInRestore;
        f.lastDrill->tables = {lost};
        r = HostAuditEvaluator::restoreTested(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QVERIFY2(r.evidence.contains(QStringLiteral("public.orders")), qPrintable(r.evidence));
        QCOMPARE(r.objects, QStringList{QStringLiteral("public.orders")});
    }

    void versions()
    {
        const EnvFile kongEnv =
            EnvFile::parse(readText(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/kong/.env")));
        HostAuditFacts f = factsWithEnv(kongEnv);
        f.layout = layoutOf(QStringLiteral("kong"), kongEnv.values());
        AuditCheckResult r = HostAuditEvaluator::versions(f);
        QCOMPARE(r.status, AuditStatus::Warn);
        QVERIFY2(r.evidence.contains(QStringLiteral("KONG_HTTP_PORT=8000")), qPrintable(r.evidence));
        QVERIFY2(r.evidence.contains(QStringLiteral("PostgreSQL 15")), qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("Supavisor")));

        const EnvFile envoyEnv =
            EnvFile::parse(readText(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/envoy/.env")));
        f = factsWithEnv(envoyEnv);
        f.layout = layoutOf(QStringLiteral("envoy"), envoyEnv.values());
        r = HostAuditEvaluator::versions(f);
        QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.evidence));
        QVERIFY(r.evidence.contains(QStringLiteral("API_GW_HTTP_PORT=8080")));
        QVERIFY(r.evidence.contains(QStringLiteral("docker-compose.caddy.yml")));

        f.layoutError = QStringLiteral("There is no docker-compose.yml in /opt/supabase/docker.");
        QCOMPARE(HostAuditEvaluator::versions(f).status, AuditStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestAuditHost)
#include "tst_audithost.moc"
