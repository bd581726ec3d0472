// SPDX-License-Identifier: GPL-3.0-or-later
// Apply as a login other than root, through the harness's real sshd: a user with passwordless sudo
// applies into an install directory that only root may enter (every step through `sudo -n`, file
// contents on standard input), a user without sudo is refused before anything changes, preflight
// tells the three cases apart, and a replaced file keeps its owner, group and mode whichever way it
// was written (root over SFTP, or sudo).
#include "core/setup/applyplanbuilder.h"
#include "core/setup/envfile.h"
#include "core/setup/preflightevaluator.h"
#include "core/setup/setupbundle.h"
#include "harness/harnessstack.h"
#include "services/setup/firewallapplier.h"
#include "services/setup/preflightrunner.h"
#include "services/setup/setupapplier.h"
#include "services/stackconnection.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// "owner:group mode", as `stat` prints them.
QString ownership(const QString &path)
{
    return run(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%U:%G %a"), path});
}

void setOwnership(const QString &path, const QString &owner, const QString &mode)
{
    QCOMPARE(QProcess::execute(QStringLiteral("chown"), {owner, path}), 0);
    QCOMPARE(QProcess::execute(QStringLiteral("chmod"), {mode, path}), 0);
}

QByteArray example()
{
    return readAll(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
}

Bundle bundleFor(const QByteArray &env)
{
    BundleInput in;
    in.host.ramMb = 8 * 1024;
    in.host.cpus = 4;
    in.host.connections = 100;
    in.envIn = QString::fromUtf8(env);
    in.now = QDateTime::currentDateTimeUtc();
    const Result<Bundle> bundle = SetupBundle::build(in);
    if (!bundle.ok())
        qFatal("bundle: %s", qPrintable(bundle.error().message));
    return bundle.value();
}

// Every file under a folder with its bytes and "owner:group mode", Supadesk's backups listed apart.
QMap<QString, QString> snapshot(const QString &dir, QStringList *backups = nullptr)
{
    QMap<QString, QString> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String(".supadesk-backup-"))) {
            if (backups)
                backups->append(path);
            continue;
        }
        files.insert(QFileInfo(path).fileName(),
                     ownership(path) + QLatin1Char(' ') + QString::fromLatin1(readAll(path).toBase64()));
    }
    return files;
}

} // namespace

class TestApplySudo : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackConnection> m_root;
    std::unique_ptr<StackConnection> m_sudo;
    std::unique_ptr<StackConnection> m_noSudo;
    std::unique_ptr<QTemporaryDir> m_install;

    QString envPath() const { return m_install->filePath(QStringLiteral(".env")); }
    QString sudoUser() const { return testenv::value("SUPADESK_TEST_SSH_SUDO_USER"); }
    QString noSudoUser() const { return testenv::value("SUPADESK_TEST_SSH_NOSUDO_USER"); }

    static StackConnection::Settings settings(const QString &user)
    {
        StackConnection::Settings s = testenv::harnessSsh();
        s.ssh.user = user;
        return s;
    }

    static std::unique_ptr<StackConnection> connectAs(const StackConnection::Settings &settings)
    {
        auto connection = std::make_unique<StackConnection>(settings);
        if (const Status started = connection->connectToStack(); !started.ok()) {
            qWarning("%s: %s", qPrintable(settings.ssh.user), qPrintable(started.error().message));
            return nullptr;
        }
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && connection->state() != StackConnection::State::Connected &&
               connection->state() != StackConnection::State::Failed)
            QTest::qWait(20);
        if (connection->state() != StackConnection::State::Connected)
            qWarning("%s: %s", qPrintable(settings.ssh.user), qPrintable(connection->reason()));
        return connection->state() == StackConnection::State::Connected ? std::move(connection) : nullptr;
    }

    ApplyPlan bundlePlan() const
    {
        ApplyTarget target;
        target.installDir = m_install->path();
        target.installBackups = false;
        target.recreateContainers = false;
        target.applyTuning = false;
        return ApplyPlanBuilder::fromBundle(bundleFor(example()), target).value();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_SUDO_USER",
                        "the test sshd's sudo account (the harness makes it when it runs as root, with sudo "
                        "installed)");
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_NOSUDO_USER", "the test sshd's account without sudo");
        m_root = connectAs(settings(testenv::value("SUPADESK_TEST_SSH_USER")));
        m_sudo = connectAs(settings(sudoUser()));
        m_noSudo = connectAs(settings(noSudoUser()));
        QVERIFY(m_root && m_sudo && m_noSudo);
    }

    // An install directory that only root may enter, as `sudo` installs leave it: .env 0600 root.
    void init()
    {
        m_install = std::make_unique<QTemporaryDir>();
        QVERIFY(m_install->isValid());
        QCOMPARE(ownership(m_install->path()).section(QLatin1Char(' '), 0, 0), QStringLiteral("root:root"));
        writeAll(envPath(), example());
        setOwnership(envPath(), QStringLiteral("root:root"), QStringLiteral("600"));
        writeAll(m_install->filePath(QStringLiteral("docker-compose.yml")),
                 readAll(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/docker-compose.excerpt.yml")));
    }

    void preflightTellsRootSudoAndNeitherApart()
    {
        auto privileges = [this](StackConnection *connection) {
            const Result<HostFacts> facts = PreflightRunner::readHost(connection, m_install->path());
            if (!facts.ok())
                qFatal("preflight: %s", qPrintable(facts.error().message));
            for (const PreflightFinding &f : PreflightEvaluator::evaluate(facts.value()))
                if (f.code.startsWith(QLatin1String("preflight.privileges")))
                    return f;
            return PreflightFinding();
        };
        const PreflightFinding root = privileges(m_root.get());
        QCOMPARE(root.level, PreflightFinding::Level::Green);
        QCOMPARE(root.observed, QStringLiteral("root"));

        const PreflightFinding sudo = privileges(m_sudo.get());
        QCOMPARE(sudo.level, PreflightFinding::Level::Green);
        QCOMPARE(sudo.observed, QStringLiteral("%1 with sudo without a password").arg(sudoUser()));

        const PreflightFinding neither = privileges(m_noSudo.get());
        QCOMPARE(neither.code, QStringLiteral("preflight.privileges.nosudo"));
        QCOMPARE(neither.level, PreflightFinding::Level::Red);
        QCOMPARE(neither.observed,
                 QStringLiteral("%1: not root, no sudo without a password").arg(noSudoUser()));
        QVERIFY(neither.fix.contains(QStringLiteral("%1 ALL=(ALL) NOPASSWD: ALL").arg(noSudoUser())));
        QVERIFY(neither.fix.contains(QStringLiteral("log in as root")));
    }

    void aSudoUserAppliesIntoARootOwnedInstallDir()
    {
        ApplyPlan plan = bundlePlan();
        const QString ranAs = m_install->filePath(QStringLiteral("ran-as"));
        plan.addCommand(QStringLiteral("as-root"), QStringLiteral("id -un > '%1'").arg(ranAs),
                        QStringLiteral("rm -f '%1'").arg(ranAs))
            .needsRoot = true;
        plan.addCommand(QStringLiteral("as-login"), QStringLiteral("id -un"));

        SetupApplier applier(m_sudo.get());
        QSignalSpy log(&applier, &SetupApplier::logLine);
        const ApplyReport report = applier.runAndWait(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.loginUser, sudoUser());
        QList<bool> throughSudo;
        for (const ApplyStepOutcome &o : report.outcomes)
            throughSudo << o.throughSudo;
        QCOMPARE(throughSudo, QList<bool>({true, true, true, false}));
        QCOMPARE(readAll(ranAs).trimmed(), QByteArray("root"));
        QVERIFY(report.outcomes.at(3).output.startsWith(sudoUser() + QLatin1Char('\n')));
        QString all;
        for (const QList<QVariant> &line : log)
            all += line.first().toString() + QLatin1Char('\n');
        QVERIFY(all.contains(
            QStringLiteral("Logged in as %1: steps 1, 2, 3 run as root through sudo.").arg(sudoUser())));

        // The .env got its new secrets, kept root's 0600, and left a backup just like it.
        const EnvFile after = EnvFile::parse(QString::fromUtf8(readAll(envPath())));
        QVERIFY(after.value(QStringLiteral("JWT_SECRET")) !=
                EnvFile::parse(QString::fromUtf8(example())).value(QStringLiteral("JWT_SECRET")));
        QCOMPARE(ownership(envPath()), QStringLiteral("root:root 600"));
        const QString backup = report.outcomes.at(0).backupPath;
        QVERIFY(backup.startsWith(envPath() + QStringLiteral(".supadesk-backup-")));
        QCOMPARE(readAll(backup), example());
        QCOMPARE(ownership(backup), QStringLiteral("root:root 600"));
        // A new file belongs to the folder's owner, with the mode the step asks for.
        QVERIFY(report.outcomes.at(1).createdFile);
        QCOMPARE(ownership(m_install->filePath(QStringLiteral("docker-compose.override.yml"))),
                 QStringLiteral("root:root 644"));
        // Nothing was left behind but the one backup.
        QStringList backups;
        const QMap<QString, QString> files = snapshot(m_install->path(), &backups);
        QCOMPARE(files.keys(),
                 QStringList({".env", "docker-compose.override.yml", "docker-compose.yml", "ran-as"}));
        QCOMPARE(backups.size(), 1);
    }

    void aFailureUnderSudoPutsEverythingBack()
    {
        ApplyPlan plan = bundlePlan();
        plan.addCommand(QStringLiteral("fails"), QStringLiteral("echo no space left >&2; exit 3")).needsRoot =
            true;
        const QMap<QString, QString> before = snapshot(m_install->path());
        const ApplyReport report = SetupApplier(m_sudo.get()).runAndWait(plan);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.restored(), qPrintable(report.summary()));
        QCOMPARE(report.indexesWith(ApplyStepStatus::RolledBack), QList<int>({0, 1}));
        QVERIFY(report.outcomes.at(2).message.contains(QStringLiteral("no space left")));
        QCOMPARE(snapshot(m_install->path()), before); // bytes, owners and modes
    }

    void aUserWithoutSudoIsRefusedBeforeAnythingChanges()
    {
        const ApplyPlan plan = bundlePlan();
        QStringList backups;
        const QMap<QString, QString> before = snapshot(m_install->path());
        for (SetupApplier::Mode mode : {SetupApplier::Mode::DryRun, SetupApplier::Mode::Apply}) {
            SetupApplier applier(m_noSudo.get());
            QSignalSpy started(&applier, &SetupApplier::stepStarted);
            const ApplyReport report = applier.runAndWait(plan, mode);
            QVERIFY(!report.succeeded());
            QVERIFY(started.isEmpty());
            QCOMPARE(report.indexesWith(ApplyStepStatus::NotRun).size(), plan.size());
            QCOMPARE(report.loginUser, noSudoUser());
            QVERIFY(report.refusal.contains(
                QStringLiteral("%1 is not root and cannot use sudo without a password.").arg(noSudoUser())));
            QVERIFY(report.refusal.contains(QStringLiteral("Steps 1, 2 need root, so nothing was changed.")));
            QVERIFY(report.refusal.contains(QStringLiteral("%1 ALL=(ALL) NOPASSWD: ALL").arg(noSudoUser())));
            QCOMPARE(report.summary(), report.refusal);
            if (mode == SetupApplier::Mode::Apply)
                QVERIFY(report.restored());
        }
        QCOMPARE(snapshot(m_install->path(), &backups), before);
        QVERIFY(backups.isEmpty());
    }

    void aReplacedFileKeepsOwnerGroupAndMode_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("throughSudo");
        QTest::newRow("root over SFTP") << QStringLiteral("root") << false;
        QTest::newRow("sudo") << QStringLiteral("sudo") << true;
    }

    void aReplacedFileKeepsOwnerGroupAndMode()
    {
        QFETCH(QString, login);
        QFETCH(bool, throughSudo);
        StackConnection *connection = login == QLatin1String("root") ? m_root.get() : m_sudo.get();
        const QString conf = m_install->filePath(QStringLiteral("pooler.conf"));
        writeAll(conf, "pool_mode = session\n");
        setOwnership(conf, QStringLiteral("postgres:postgres"), QStringLiteral("640"));

        ApplyPlan plan;
        plan.addFile(QStringLiteral("conf"), conf, "pool_mode = transaction\n");
        const ApplyReport report = SetupApplier(connection).runAndWait(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(report.outcomes.at(0).throughSudo, throughSudo);
        QCOMPARE(readAll(conf), QByteArray("pool_mode = transaction\n"));
        QCOMPARE(ownership(conf), QStringLiteral("postgres:postgres 640"));
        QCOMPARE(ownership(report.outcomes.at(0).backupPath), QStringLiteral("postgres:postgres 640"));

        // A rollback puts the old file back with the same owner and mode too.
        plan.steps().first().content = "pool_mode = statement\n";
        plan.addCommand(QStringLiteral("fails"), QStringLiteral("false"));
        const ApplyReport failed = SetupApplier(connection).runAndWait(plan);
        QVERIFY2(failed.restored(), qPrintable(failed.summary()));
        QCOMPARE(readAll(conf), QByteArray("pool_mode = transaction\n"));
        QCOMPARE(ownership(conf), QStringLiteral("postgres:postgres 640"));
    }

    // The sudo user's own file in its own folder needs no root: written over SFTP as that user.
    void aFileOfTheLoginUserItselfNeedsNoSudo()
    {
        QTemporaryDir home;
        QCOMPARE(QProcess::execute(QStringLiteral("chown"), {sudoUser(), home.path()}), 0);
        const QString file = home.filePath(QStringLiteral("notes.txt"));
        writeAll(file, "old\n");
        setOwnership(file, sudoUser() + QLatin1Char(':'), QStringLiteral("604"));
        ApplyPlan plan;
        plan.addFile(QStringLiteral("notes"), file, "new\n");
        const ApplyReport report = SetupApplier(m_sudo.get()).runAndWait(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QVERIFY(!report.outcomes.at(0).throughSudo);
        QCOMPARE(readAll(file), QByteArray("new\n"));
        QCOMPARE(ownership(file).section(QLatin1Char(' '), 1), QStringLiteral("604"));
        QCOMPARE(ownership(file).section(QLatin1Char(':'), 0, 0), sudoUser());
    }

    // The firewall script goes where only root may write, through sudo like every run of it. (A
    // stand-in script: the real ufw sequence is tested in a network namespace elsewhere.)
    void theFirewallScriptIsUploadedAndRunThroughSudo()
    {
        const QString script = m_install->filePath(QStringLiteral("supadesk-firewall.sh"));
        const QString log = m_install->filePath(QStringLiteral("firewall.log"));
        FirewallApplier::Options options;
        options.scriptPath = script;
        options.commandPrefix = QStringLiteral("sudo -n");
        options.verifyClosedPorts.clear();
        FirewallApplier applier(m_sudo.get());
        QString message;
        const FirewallApplier::Outcome outcome = applier.runAndWait(
            QStringLiteral("#!/bin/bash\necho \"$(id -un) ${1:-enable}\" >>'%1'\n").arg(log), options,
            &message);
        QCOMPARE(outcome, FirewallApplier::Outcome::Kept);
        QCOMPARE(ownership(script).section(QLatin1Char(' '), 1), QStringLiteral("700"));
        QCOMPARE(readAll(log), QByteArray("root enable\nroot --confirm\n"));
    }

    void cleanupTestCase()
    {
        for (StackConnection *c : {m_root.get(), m_sudo.get(), m_noSudo.get()})
            if (c)
                c->disconnectFromStack();
    }
};

QTEST_MAIN(TestApplySudo)
#include "tst_applysudo.moc"
