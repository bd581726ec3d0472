// The Setup wizard's Firewall page applying a real ufw: the server is a network namespace made by the
// test (ufw's state in /etc/netns/NAME/ufw, an sshd that takes the harness's user key, a listener on
// 5432 standing in for the Docker-published pooler), reached through the wizard's own stack connection.
// Apply keeps SSH and closes 5432/6543 as seen from this computer; a proof that cannot get through is
// reverted; Cancel switches the firewall off again; a server without ufw is refused before anything
// changes. There is no systemd or atd in the namespace: `at` is a stand-in that records the armed revert.
// Screenshots in English and Georgian (SUPADESK_SCREENSHOT_DIR).
#include "core/setup/firewallplanner.h"
#include "gui/setup/firewallpage.h"
#include "gui/setup/setupworkspace.h"
#include "harness/testenv.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"

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
    QString m_ns;
    QString m_hostIf;
    QString m_serverIp;
    std::vector<std::unique_ptr<QProcess>> m_daemons;
    Stack m_stack;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;
    std::unique_ptr<QTranslator> m_pending;

    static bool sh(const QString &command, QString *error = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral("-ec"), command});
        p.waitForFinished(60000);
        if (p.exitCode() != 0 && error)
            *error = command + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0;
    }

    QString inNs(const QStringList &command) const
    {
        QProcess p;
        p.start(QStringLiteral("ip"),
                QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_ns} + command);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    void daemon(const QStringList &command)
    {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(QProcess::nullDevice());
        p->start(QStringLiteral("ip"),
                 QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_ns} + command);
        p->waitForStarted();
        m_daemons.push_back(std::move(p));
    }

    static QByteArray greeting(const QString &ip, int port)
    {
        QTcpSocket socket;
        socket.connectToHost(ip, quint16(port));
        if (!socket.waitForConnected(1500))
            return {};
        socket.waitForReadyRead(1500);
        return socket.readAll();
    }

    bool waitFor(int port)
    {
        for (int i = 0; i < 50; ++i) {
            if (!greeting(m_serverIp, port).isEmpty())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    bool ufwActive() const
    {
        return inNs({QStringLiteral("ufw"), QStringLiteral("status")})
            .contains(QLatin1String("Status: active"));
    }

    void resetUfw() const
    {
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
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
    QString shimPath() const
    {
        return m_dir.filePath(QStringLiteral("bin")) + QStringLiteral(":/usr/sbin:/usr/bin:/sbin:/bin");
    }

    QString text(const char *name) const { return page()->findChild<QLabel *>(QLatin1String(name))->text(); }

    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(30);
            m_wizard->grab().save(QStringLiteral("%1/setup-6-FirewallPage-%2.png").arg(dir, name));
        }
    }

    void applyLanguage(const QString &language)
    {
        QVERIFY(TranslationLoader::instance().apply(language));
        if (m_pending) {
            QCoreApplication::removeTranslator(m_pending.get());
            m_pending.reset();
        }
        const QString extra = qEnvironmentVariable("SUPADESK_EXTRA_QM");
        if (language == QLatin1String("ka") && !extra.isEmpty()) {
            m_pending = std::make_unique<QTranslator>();
            QVERIFY(m_pending->load(extra));
            QCoreApplication::installTranslator(m_pending.get());
        }
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
        const int id = int((::getpid() + 11) % 60000);
        m_ns = QStringLiteral("sdwf%1").arg(id);
        m_hostIf = QStringLiteral("sdw%1").arg(id);
        const int net = id % 250;
        m_serverIp = QStringLiteral("10.215.%1.2").arg(net);
        QString error;
        QVERIFY2(sh(QStringLiteral(R"SH(
ip netns add %1
mkdir -p /etc/netns/%1
cp -a /etc/ufw /etc/netns/%1/ufw
ip link add %2 type veth peer name eth0 netns %1
ip addr add 10.215.%3.1/30 dev %2
ip link set %2 up
ip netns exec %1 ip addr add 10.215.%3.2/30 dev eth0
ip netns exec %1 ip link set eth0 up
ip netns exec %1 ip link set lo up
ip netns exec %1 ip route add default via 10.215.%3.1
)SH")
                        .arg(m_ns, m_hostIf)
                        .arg(net),
                    &error),
                 qPrintable(error));

        const QString ssh = m_dir.filePath(QStringLiteral("ssh"));
        QDir().mkpath(ssh);
        QVERIFY(sh(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1/host_key && mkdir -p /run/sshd && "
                                  "cp %2.pub %1/authorized_keys")
                       .arg(ssh, testenv::value("SUPADESK_TEST_SSH_KEY"))));
        QFile config(ssh + QStringLiteral("/sshd_config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("Port 22\nListenAddress 0.0.0.0\nHostKey %1/host_key\nPidFile %1/sshd.pid\n"
                           "AuthorizedKeysFile %1/authorized_keys\nStrictModes no\nUsePAM no\n"
                           "PasswordAuthentication no\nPermitRootLogin prohibit-password\n"
                           "Subsystem sftp internal-sftp\nLogLevel ERROR\n")
                .arg(ssh)
                .toUtf8());
        config.close();
        daemon({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
                QStringLiteral("-f"), config.fileName()});
        daemon({QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                QStringLiteral("import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, "
                               "socket.SO_REUSEADDR, 1)\n"
                               "s.bind(('0.0.0.0', 5432))\ns.listen(8)\nwhile True:\n    c, _ = s.accept()\n"
                               "    c.sendall(b'db\\n')\n    c.close()\n")});
        QDir().mkpath(m_dir.filePath(QStringLiteral("bin")));
        QFile at(m_dir.filePath(QStringLiteral("bin/at")));
        QVERIFY(at.open(QIODevice::WriteOnly));
        at.write("#!/bin/sh\ncat >>\"$(dirname \"$0\")/at.jobs\"\n");
        at.close();
        at.setPermissions(at.permissions() | QFileDevice::ExeOwner);
        QVERIFY2(waitFor(22), "sshd in the namespace is not reachable");
        QVERIFY2(waitFor(5432), "the 5432 listener is not reachable");

        m_stack.id = Stack::newId();
        m_stack.name = QStringLiteral("netns");
        m_stack.sshHost = m_serverIp;
        m_stack.sshPort = 22;
        m_stack.sshUser = QStringLiteral("root");
        m_stack.authMethod = AuthMethod::KeyFile;
        m_stack.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        m_stack.installDir = m_dir.filePath(QStringLiteral("supabase/docker"));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("Supadesk setup firewall test"));
        m_connections = std::make_unique<ConnectionManager>(m_secrets.get());
        connect(m_connections.get(), &ConnectionManager::hostKeyRejected, this,
                [this](const QString &stackId, const QString &code, const HostKeyCheck &) {
                    if (code != QLatin1String("ssh.hostkey.unknown"))
                        return;
                    QVERIFY(m_connections->connection(stackId)->trustPresentedHostKey().ok());
                    m_connections->connectStack(m_stack);
                });
        connect(m_connections.get(), &ConnectionManager::stateChanged, this,
                [this] { m_wizard->connectionChanged(); });
        m_wizard = std::make_unique<SetupWorkspace>(
            m_connections.get(), m_secrets.get(), [](const Stack &) { return std::optional<DbEndpoint>(); });
        m_wizard->resize(1100, 720);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        m_wizard->setStack(m_stack);
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
        QVERIFY(!ufwActive());
        QVERIFY(waitFor(5432));
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
        QVERIFY(!ufwActive());
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
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
        QVERIFY(!ufwActive());
        QVERIFY(waitFor(5432));
    }

    void applyKeepsSshAndClosesTheDatabasePorts()
    {
        resetUfw();
        page()->setApplierOptions(options(shimPath()));
        QCOMPARE(applyAndWait(), FirewallPage::Outcome::Applied);
        QVERIFY(ufwActive());
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
        QVERIFY(greeting(m_serverIp, 5432).isEmpty());
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
        applyLanguage(QStringLiteral("ka"));
        QTest::qWait(50);
        QVERIFY(m_wizard->minimumSizeHint().width() <= m_wizard->width());
        QVERIFY(m_wizard->minimumSizeHint().height() <= m_wizard->height());
        screenshot(QStringLiteral("applied-ka"));
        applyLanguage(QStringLiteral("en"));
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")});
    }

    void cleanupTestCase()
    {
        if (m_connections)
            m_connections->disconnect(this);
        m_wizard.reset();
        m_connections.reset();
        for (auto &p : m_daemons) {
            p->kill();
            p->waitForFinished(3000);
        }
        if (!m_ns.isEmpty())
            sh(QStringLiteral(
                   "ip netns del %1 || true; ip link del %2 2>/dev/null || true; rm -rf /etc/netns/%1")
                   .arg(m_ns, m_hostIf));
    }
};

QTEST_MAIN(TestSetupFirewall)
#include "tst_setupfirewall.moc"
