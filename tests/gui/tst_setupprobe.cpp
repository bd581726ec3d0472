// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard's Review & apply page installs the server-side uptime probe after a successful apply,
// over the harness's real sshd, into a scratch root (cron scheduling: the test machine has no systemd):
// the box is ticked by default and the probe is a row of the plan; after Apply its steps show in the
// same list and log, its files arrive, its first round writes the log, and the workspace says when the
// keychain holds the new secrets. Applied again in Georgian, the probe is installed again in place.
// Screenshots of the page before and after, in English and Georgian (SUPADESK_SCREENSHOT_DIR).
#include "core/setup/supabasesecrets.h"
#include "gui/setup/reviewpage.h"
#include "gui/setup/secretspage.h"
#include "gui/setup/setupworkspace.h"
#include "gui/styles/apptheme.h"
#include "harness/testenv.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "setupwizardrig.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSetupProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_install;
    Stack m_stack;
    UptimeProbeLayout m_layout;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;

    ReviewPage *review() const { return m_wizard->page<ReviewPage>(); }
    QTableWidget *steps() const { return review()->findChild<QTableWidget *>(QStringLiteral("applySteps")); }

    QStringList states() const
    {
        QStringList keys;
        for (int row = 0; row < steps()->rowCount(); ++row)
            keys.append(steps()->item(row, 2)->data(Qt::UserRole).toString());
        return keys;
    }

    QString logFile() const
    {
        return m_layout.logPath() + QLatin1Char('/') +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) + QStringLiteral(".log");
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        QTest::qWait(30);
        if (dir.isEmpty())
            return;
        m_wizard->grab().save(QStringLiteral("%1/setup-8-ReviewPage-%2.png").arg(dir, name));
        // The same page in the dark theme, switched at run time.
        AppTheme::apply(Preferences::Theme::Dark);
        QCoreApplication::processEvents();
        m_wizard->grab().save(QStringLiteral("%1/setup-8-ReviewPage-%2-dark.png").arg(dir, name));
        AppTheme::apply(Preferences::Theme::System);
        QCoreApplication::processEvents();
    }

    // Georgian strings not merged into the catalogue yet can be tried out from a .qm of their own.
    static void applyLanguage(const QString &language)
    {
        QVERIFY(TranslationLoader::instance().apply(language));
    }

    // Applies the plan (confirmed) and waits for the probe's installation after it.
    void applyAndWait(QSignalSpy &finished, QSignalSpy &probe)
    {
        const qsizetype before = finished.size();
        review()->apply(true);
        QVERIFY(review()->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), before + 1, 50000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(review()->lastReport()->summary()));
        QCOMPARE(probe.size(), before + 1);
        QVERIFY2(
            probe.last().first().toBool(),
            qPrintable(review()->findChild<QPlainTextEdit *>(QStringLiteral("applyLog"))->toPlainText()));
        QVERIFY(!review()->isRunning());
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        qputenv("HOME", m_dir.path().toUtf8());
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/supadesk/known_hosts"));
        applyLanguage(QStringLiteral("en"));

        m_install = m_dir.filePath(QStringLiteral("supabase/docker"));
        QVERIFY(testenv::seedSupabaseInstall(m_install));
        m_layout.root = m_dir.filePath(QStringLiteral("server"));

        m_stack.id = Stack::newId();
        m_stack.name = QStringLiteral("probe-harness");
        m_stack.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        m_stack.sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        m_stack.sshUser = testenv::value("SUPADESK_TEST_SSH_USER");
        m_stack.authMethod = AuthMethod::KeyFile;
        m_stack.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        m_stack.installDir = m_install;
        m_stack.dbHost = QStringLiteral("127.0.0.1");
        m_stack.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_stack.dbUser = testenv::value("SUPADESK_TEST_PG_USER");
        m_stack.gatewayPort = 0; // no Kong in the harness: the probe checks PostgreSQL only

        QVERIFY(testenv::openSetupWizard(this, QStringLiteral("Supadesk setup probe test"), &m_stack, true,
                                         m_secrets, m_connections, m_wizard));
        review()->setProbeLayout(m_layout);
        review()->setProbeScheduler(UptimeProbeInstaller::Scheduler::Cron);
        // No Docker or root crontab in the harness: the files of the plan, then the probe.
        review()->setPartEnabled(ReviewPage::Part::Backups, false);
        review()->setPartEnabled(ReviewPage::Part::Tuning, false);
        review()->setPartEnabled(ReviewPage::Part::Recreate, false);

        m_connections->connectStack(m_stack);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->isConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->serverEnv().has_value(), 15000);
    }

    void cleanupTestCase()
    {
        if (m_wizard)
            QTRY_VERIFY_WITH_TIMEOUT(!review()->isRunning(), 30000);
        if (m_secrets)
            QVERIFY(m_secrets->removeAllNow(m_stack.id).ok());
        if (m_connections)
            m_connections->disconnect(this);
        m_wizard.reset();
        m_connections.reset();
    }

    void theProbeIsAStepOfThePlan()
    {
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(!review()->isRunning(), 30000);
        auto *box = review()->findChild<QCheckBox *>(QStringLiteral("partUptimeProbe"));
        QVERIFY(box);
        QVERIFY(box->isChecked()); // by default
        QVERIFY(box->text().contains(QLatin1String("every minute")));
        QCOMPARE(steps()->rowCount(), review()->applyPlan().size() + 1);
        const int last = steps()->rowCount() - 1;
        QCOMPARE(steps()->item(last, 1)->data(Qt::UserRole).toString(), QStringLiteral("uptime-probe"));
        QCOMPARE(steps()->item(last, 2)->data(Qt::UserRole).toString(), QStringLiteral("pending"));
        // Selected, it says what goes where.
        steps()->setCurrentCell(last, 1);
        const QString detail =
            review()->findChild<QPlainTextEdit *>(QStringLiteral("stepDetail"))->toPlainText();
        QVERIFY2(detail.contains(m_layout.scriptPath()), qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("stay applied")), qPrintable(detail));
        screenshot(QStringLiteral("probe-plan-en"));

        // Unticked, the plan has no probe row; ticked again, it is back.
        box->setChecked(false);
        QCOMPARE(steps()->rowCount(), review()->applyPlan().size());
        box->setChecked(true);
        QCOMPARE(steps()->rowCount(), review()->applyPlan().size() + 1);
    }

    void exportCarriesTheProbe()
    {
        // The stack's own probe interval (kept by the Uptime workspace) reaches the timer and cron entry.
        m_wizard->plan()->setProbeIntervalSource([](const QString &) { return 300; });
        const QString out = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkpath(out));
        const Status exported = review()->exportBundle(out);
        m_wizard->plan()->setProbeIntervalSource({});
        QVERIFY2(exported.ok(), exported.ok() ? "" : qPrintable(exported.error().message));
        const QString probe = out + QStringLiteral("/uptime-probe/");
        QCOMPARE(readAll(probe + QStringLiteral("supadesk-uptime-probe.sh")),
                 readAll(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh")));
        QVERIFY(QFileInfo(probe + QStringLiteral("supadesk-uptime-probe.sh")).permissions() &
                QFile::ExeOwner);
        for (const char *name : {"uptime-probe.conf", "supadesk-uptime-probe.service",
                                 "supadesk-uptime-probe.timer", "supadesk-uptime-probe"})
            QVERIFY2(QFile::exists(probe + QLatin1String(name)), name);
        QVERIFY(readAll(probe + QStringLiteral("supadesk-uptime-probe.timer"))
                    .contains("OnCalendar=*-*-* *:00/5:00"));
        QVERIFY(readAll(probe + QStringLiteral("supadesk-uptime-probe")).contains("\n*/5 * * * * "));
        // The settings point at the stack's .env on the server; the README says where each file goes.
        QVERIFY(readAll(probe + QStringLiteral("uptime-probe.conf")).contains(m_install.toUtf8() + "/.env"));
        const QByteArray readme = readAll(out + QStringLiteral("/README.md"));
        QVERIFY(readme.contains("## Uptime probe"));
        QVERIFY2(readme.contains("install -D -m 0755 uptime-probe/supadesk-uptime-probe.sh "
                                 "/usr/local/lib/supadesk/supadesk-uptime-probe.sh"),
                 readme.constData());
        QVERIFY(readme.contains("systemctl enable --now supadesk-uptime-probe.timer"));
        QVERIFY(readme.contains("uptime-probe/supadesk-uptime-probe /etc/cron.d/supadesk-uptime-probe"));

        // Unticked, the bundle has no probe.
        review()->setPartEnabled(ReviewPage::Part::UptimeProbe, false);
        const QString without = m_dir.filePath(QStringLiteral("bundle-without"));
        QVERIFY(QDir().mkpath(without));
        QVERIFY(review()->exportBundle(without).ok());
        QVERIFY(!QFile::exists(without + QStringLiteral("/uptime-probe")));
        QVERIFY(!readAll(without + QStringLiteral("/README.md")).contains("## Uptime probe"));
        review()->setPartEnabled(ReviewPage::Part::UptimeProbe, true);
    }

    void applyInstallsTheProbeAndStoresTheSecrets()
    {
        QSignalSpy finished(review(), &ReviewPage::applyFinished);
        QSignalSpy probe(review(), &ReviewPage::probeFinished);
        QSignalSpy stored(m_wizard.get(), &SetupWorkspace::secretsStored);
        const int planSteps = int(review()->applyPlan().size());
        applyAndWait(finished, probe);
        if (QTest::currentTestFailed())
            return;

        // The plan's steps and then one row per installer step, all applied.
        QVERIFY2(steps()->rowCount() > planSteps + 1, qPrintable(states().join(u' ')));
        for (const QString &state : states())
            QCOMPARE(state, QStringLiteral("applied"));
        QCOMPARE(steps()->item(steps()->rowCount() - 1, 1)->data(Qt::UserRole).toString(),
                 QStringLiteral("uptime-probe"));
        const QString log = review()->findChild<QPlainTextEdit *>(QStringLiteral("applyLog"))->toPlainText();
        QVERIFY2(log.contains(QLatin1String("Uptime probe, step 1 of")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("The uptime probe is installed")), qPrintable(log));
        QVERIFY(log.contains(m_layout.logPath()));
        const QString summary = review()->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("uptime probe is installed")), qPrintable(summary));

        // The probe's files arrived with their modes, pointing at the stack's .env.
        QCOMPARE(readAll(m_layout.scriptPath()),
                 readAll(QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh")));
        QVERIFY(QFileInfo(m_layout.scriptPath()).permissions() & QFile::ExeOther);
        QVERIFY(readAll(m_layout.cronPath()).contains(m_layout.configPath().toUtf8()));
        QVERIFY(readAll(m_layout.configPath()).contains(m_install.toUtf8() + "/.env"));
        // Its first round wrote the log: PostgreSQL answered.
        const QByteArray lines = readAll(logFile());
        QCOMPARE(lines.count('\n'), 1);
        QVERIFY2(lines.contains("\tpostgres\tok\t"), lines.constData());

        // The workspace says when the keychain holds the new secrets, with the stack's id.
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 15000);
        QCOMPARE(stored.first().first().toString(), m_stack.id);
        const Result<QString> anon =
            m_secrets->readNow(m_stack.id, SecretStore::envSecretName(QStringLiteral("ANON_KEY")));
        QVERIFY(anon.ok());
        QVERIFY(readAll(m_install + QStringLiteral("/.env")).contains("ANON_KEY=" + anon.value().toUtf8()));

        // Leaving the page and coming back still shows the probe's rows as they ended.
        const int rows = steps()->rowCount();
        m_wizard->goTo(2);
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(!review()->isRunning(), 30000);
        QCOMPARE(steps()->rowCount(), rows);
        for (const QString &state : states())
            QCOMPARE(state, QStringLiteral("applied"));
        steps()->setCurrentCell(rows - 1, 1);
        screenshot(QStringLiteral("probe-done-en"));
    }

    void appliedAgainInGeorgianTheProbeIsReplacedInPlace()
    {
        applyLanguage(QStringLiteral("ka"));
        QTest::qWait(50);
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(!review()->isRunning(), 30000);
        // A changed plan shows its steps pending again, the probe's single row among them.
        review()->setPartEnabled(ReviewPage::Part::Backups, true);
        steps()->setCurrentCell(steps()->rowCount() - 1, 1);
        QCOMPARE(states().last(), QStringLiteral("pending"));
        screenshot(QStringLiteral("probe-plan-ka"));
        review()->setPartEnabled(ReviewPage::Part::Backups, false);
        QTRY_VERIFY_WITH_TIMEOUT(!review()->isRunning(), 30000);
        // Lines are stamped to the second and a probe stored twice counts once: the next second.
        QTest::qWait(1100);
        QSignalSpy finished(review(), &ReviewPage::applyFinished);
        QSignalSpy probe(review(), &ReviewPage::probeFinished);
        applyAndWait(finished, probe);
        if (QTest::currentTestFailed())
            return;
        for (const QString &state : states())
            QCOMPARE(state, QStringLiteral("applied"));
        QCOMPARE(readAll(logFile()).count('\n'), 2); // the second installation ran a round too
        // Nothing of the probe changed: no backups beside its files.
        QCOMPARE(QDir(m_layout.root + m_layout.libDir)
                     .entryList({QStringLiteral("*.supadesk-backup-*")}, QDir::Files)
                     .size(),
                 0);
        steps()->setCurrentCell(steps()->rowCount() - 1, 1);
        screenshot(QStringLiteral("probe-done-ka"));
        applyLanguage(QStringLiteral("en"));
    }

    void aFailedProbeLeavesTheStackApplied()
    {
        // A root the probe cannot be put under: its first step fails after the .env was applied.
        UptimeProbeLayout broken;
        broken.root = QStringLiteral("/proc/supadesk-probe-test");
        review()->setProbeLayout(broken);
        m_wizard->goTo(2);
        m_wizard->page<SecretsPage>()->regenerate(QStringLiteral("DASHBOARD_PASSWORD"));
        const QString password = m_wizard->page<SecretsPage>()->valueOf(QStringLiteral("DASHBOARD_PASSWORD"));
        m_wizard->goToPage(QStringLiteral("review"));
        QTRY_VERIFY_WITH_TIMEOUT(!review()->isRunning(), 30000);
        const int planSteps = int(review()->applyPlan().size());
        QSignalSpy finished(review(), &ReviewPage::applyFinished);
        QSignalSpy probe(review(), &ReviewPage::probeFinished);
        review()->apply(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 50000);
        QVERIFY(finished.first().first().toBool()); // the plan's steps were applied
        QCOMPARE(probe.size(), 1);
        QVERIFY(!probe.first().first().toBool());
        // Not rolled back: the new password is on the server.
        QVERIFY(
            readAll(m_install + QStringLiteral("/.env")).contains("DASHBOARD_PASSWORD=" + password.toUtf8()));
        const QStringList keys = states();
        QVERIFY2(keys.size() > planSteps + 1, qPrintable(keys.join(u' ')));
        for (int i = 0; i < planSteps; ++i)
            QCOMPARE(keys.at(i), QStringLiteral("applied"));
        QCOMPARE(keys.at(planSteps), QStringLiteral("failed"));
        for (int i = planSteps + 1; i < keys.size(); ++i)
            QCOMPARE(keys.at(i), QStringLiteral("not-run"));
        const QString summary = review()->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("The uptime probe was not installed")) &&
                     summary.contains(QLatin1String("The applied steps stay as they are")),
                 qPrintable(summary));
        steps()->setCurrentCell(planSteps, 1);
        screenshot(QStringLiteral("probe-failed-en"));
        review()->setProbeLayout(m_layout);
    }
};

QTEST_MAIN(TestSetupProbe)
#include "tst_setupprobe.moc"
