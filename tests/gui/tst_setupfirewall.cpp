// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard's Firewall page applying a real ufw: the server is a network namespace made by the
// test (ufw's state in /etc/netns/NAME/ufw, an sshd that takes the harness's user key, a listener on
// 5432 standing in for the Docker-published pooler), reached through the wizard's own stack connection.
// Apply keeps SSH and closes 5432/6543 as seen from this computer; a proof that cannot get through is
// reverted; Cancel puts the firewall back as it was; a server without ufw is refused before anything
// changes. There is no systemd or atd in the namespace: `at` is a stand-in that records the armed revert
// and a copy of sleep named `atd` stands for its daemon.
// Screenshots in English and Georgian (SUPADESK_SCREENSHOT_DIR).
#include "core/setup/firewallplanner.h"
#include "gui/setup/firewallpage.h"
#include "gui/setup/setupworkspace.h"
#include "gui/styles/apptheme.h"
#include "gui/styles/statepalette.h"
#include "harness/testenv.h"
#include "harness/ufwnamespace.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "setupwizardrig.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

#include <unistd.h>

using namespace supadesk;

class TestSetupFirewall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UfwNamespace m_net;
    Stack m_stack;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;

    void resetUfw() const
    {
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
    }

    FirewallPage *page() const { return m_wizard->page<FirewallPage>(); }

    // The script goes into the test's directory, run with the `at` stand-in first on PATH.
    FirewallApplier::Options options(const QString &path) const
    {
        FirewallApplier::Options o;
        o.scriptPath = m_dir.filePath(QStringLiteral("supadesk-firewall.sh"));
        o.commandPrefix = QStringLiteral("env PATH=%1").arg(path);
        o.proofTimeoutSeconds = 3;
        o.probeTimeoutMs = 1500;
        return o;
    }
    QString shimPath() const { return m_net.binDir() + QStringLiteral(":/usr/sbin:/usr/bin:/sbin:/bin"); }

    QString text(const char *name) const { return page()->findChild<QLabel *>(QLatin1String(name))->text(); }

    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(30);
            m_wizard->grab().save(QStringLiteral("%1/setup-6-FirewallPage-%2.png").arg(dir, name));
            // The same page in the dark theme, switched at run time.
            AppTheme::apply(Preferences::Theme::Dark);
            QCoreApplication::processEvents();
            m_wizard->grab().save(QStringLiteral("%1/setup-6-FirewallPage-%2-dark.png").arg(dir, name));
            AppTheme::apply(Preferences::Theme::System);
            QCoreApplication::processEvents();
        }
    }

    static void applyLanguage(const QString &language)
    {
        QVERIFY(TranslationLoader::instance().apply(language));
    }

    FirewallPage::Outcome applyAndWait()
    {
        QSignalSpy finished(page(), &FirewallPage::firewallFinished);
        page()->applyFirewall(true);
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 45000))
            return FirewallPage::Outcome::None;
        return page()->outcome();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_KEY", "the test sshd (its user key)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        QVERIFY2(::geteuid() == 0, "network namespaces and ufw need root");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/ufw")), "ufw is missing: apt-get install ufw");
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        applyLanguage(QStringLiteral("en"));
        const QString started =
            m_net.start(QStringLiteral("w"), int((::getpid() + 11) % 60000), 215, m_dir.path());
        QVERIFY2(started.isEmpty(), qPrintable(started));

        m_stack.id = Stack::newId();
        m_stack.name = QStringLiteral("netns");
        m_stack.sshHost = m_net.serverIp();
        m_stack.sshPort = 22;
        m_stack.sshUser = QStringLiteral("root");
        m_stack.authMethod = AuthMethod::KeyFile;
        m_stack.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        m_stack.installDir = m_dir.filePath(QStringLiteral("supabase/docker"));
        QVERIFY(testenv::openSetupWizard(this, QStringLiteral("Supadesk setup firewall test"), &m_stack,
                                         false, m_secrets, m_connections, m_wizard));
        m_wizard->goTo(5);
        QVERIFY(!page()->findChild<QPushButton *>(QStringLiteral("applyFirewall"))->isEnabled());
        m_connections->connectStack(m_stack);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->isConnected(), 30000);
        QTRY_VERIFY(page()->findChild<QPushButton *>(QStringLiteral("applyFirewall"))->isEnabled());
    }

    void theConfirmationNamesTheSshPort()
    {
        QString question;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("applyFirewall")), Qt::LeftButton);
        QVERIFY2(question.contains(QLatin1String("SSH port 22 stays open")), qPrintable(question));
        QVERIFY(!page()->isApplying());
        QCOMPARE(page()->outcome(), FirewallPage::Outcome::None);
    }

    void aServerWithoutUfwIsRefused()
    {
        resetUfw();
        // ufw lives in /usr/sbin: without it on PATH the server looks like one that lacks ufw.
        page()->setApplierOptions(options(QStringLiteral("/usr/bin:/bin")));
        QCOMPARE(applyAndWait(), FirewallPage::Outcome::Refused);
        QVERIFY2(text("firewallOutcome").contains(QLatin1String("ufw is not installed")),
                 qPrintable(text("firewallOutcome")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("supadesk-firewall.sh")))); // nothing uploaded
        QVERIFY(!m_net.ufwActive());
        QVERIFY(m_net.waitFor(5432));
        screenshot(QStringLiteral("refused-en"));
    }

    void aFailedProofIsReverted()
    {
        resetUfw();
        page()->setApplierOptions(options(shimPath()));
        // A plan that keeps a port other than this session's: a new connection cannot get through.
        FirewallOptions wrong = m_wizard->plan()->firewall();
        wrong.sshPort = 2222;
        m_wizard->plan()->setFirewall(wrong);
        QCOMPARE(applyAndWait(), FirewallPage::Outcome::Reverted);
        QVERIFY(text("firewallOutcome").startsWith(QLatin1String("Reverted")));
        QVERIFY(!m_net.ufwActive());
        QVERIFY(m_net.greeting(22).startsWith("SSH-2.0"));
        QVERIFY(page()->portsClosed().isEmpty());
        wrong.sshPort = 22;
        m_wizard->plan()->setFirewall(wrong);
    }

    void cancelSwitchesTheFirewallOffAgain()
    {
        resetUfw();
        page()->setApplierOptions(options(shimPath()));
        QSignalSpy finished(page(), &FirewallPage::firewallFinished);
        page()->applyFirewall(true);
        auto *log = page()->findChild<QPlainTextEdit *>(QStringLiteral("firewallLog"));
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QLatin1String("Uploading")), 15000);
        auto *cancel = page()->findChild<QPushButton *>(QStringLiteral("cancelFirewall"));
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::Key_Escape));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 45000);
        QCOMPARE(page()->outcome(), FirewallPage::Outcome::Cancelled);
        QVERIFY(!m_net.ufwActive());
        QVERIFY(m_net.waitFor(5432));
    }

    void applyKeepsSshAndClosesTheDatabasePorts()
    {
        resetUfw();
        page()->setApplierOptions(options(shimPath()));
        QCOMPARE(applyAndWait(), FirewallPage::Outcome::Applied);
        QVERIFY(m_net.ufwActive());
        QVERIFY(m_net.greeting(22).startsWith("SSH-2.0"));
        QVERIFY(m_net.greeting(5432).isEmpty());
        // Checked from this computer, per port.
        QMap<int, bool> expected;
        expected.insert(5432, true);
        expected.insert(6543, true);
        QCOMPARE(page()->portsClosed(), expected);
        QVERIFY2(text("firewallPorts").contains(QLatin1String("Port 5432: closed")),
                 qPrintable(text("firewallPorts")));
        QVERIFY(text("firewallPorts").contains(QLatin1String("Port 6543: closed")));
        const QString log = page()->findChild<QPlainTextEdit *>(QStringLiteral("firewallLog"))->toPlainText();
        QVERIFY2(log.contains(QLatin1String("Proving access with a new SSH connection")), qPrintable(log));
        screenshot(QStringLiteral("applied-en"));
        // A theme switched at run time colours the outcome and the checked ports again.
        const auto outcomeColour = [this] {
            return page()
                ->findChild<QLabel *>(QStringLiteral("firewallOutcome"))
                ->palette()
                .color(QPalette::WindowText);
        };
        const StatePalette light(StatePalette::Variant::Light), dark(StatePalette::Variant::Dark);
        QCOMPARE(outcomeColour(), light.color(StatePalette::Role::Ok));
        QVERIFY(text("firewallPorts").contains(light.name(StatePalette::Role::Ok)));
        AppTheme::apply(Preferences::Theme::Dark);
        QCoreApplication::processEvents();
        QCOMPARE(outcomeColour(), dark.color(StatePalette::Role::Ok));
        QVERIFY2(text("firewallPorts").contains(dark.name(StatePalette::Role::Ok)),
                 qPrintable(text("firewallPorts")));
        AppTheme::apply(Preferences::Theme::System);
        QCoreApplication::processEvents();
        QCOMPARE(outcomeColour(), light.color(StatePalette::Role::Ok));
        applyLanguage(QStringLiteral("ka"));
        QTest::qWait(50);
        QVERIFY(m_wizard->minimumSizeHint().width() <= m_wizard->width());
        QVERIFY(m_wizard->minimumSizeHint().height() <= m_wizard->height());
        screenshot(QStringLiteral("applied-ka"));
        applyLanguage(QStringLiteral("en"));
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")});
    }

    void cleanupTestCase()
    {
        if (m_connections)
            m_connections->disconnect(this);
        m_wizard.reset();
        m_connections.reset();
        m_net.stop();
    }
};

QTEST_MAIN(TestSetupFirewall)
#include "tst_setupfirewall.moc"
