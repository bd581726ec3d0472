// SPDX-License-Identifier: GPL-3.0-or-later
// "Install probe on server…" in the Uptime workspace, for real over the harness's sshd into a
// scratch root: the dialog asks the server, lists what it will change, installs step by step and
// says how it ended; removing works the same way; a stack that is not connected is told so. The
// workspace with the dialog is saved in English and Georgian (SUPADESK_SCREENSHOT_DIR).
#include "gui/uptime/memoryuptimesource.h"
#include "gui/uptime/probeinstalldialog.h"
#include "gui/uptime/uptimeworkspace.h"
#include "harness/harnessstack.h"
#include "services/stackconnection.h"
#include "services/translationloader.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

// The uptime history in memory, and the probe installed over the harness's sshd into a scratch root.
class HarnessUptimeSource : public MemoryUptimeSource
{
public:
    HarnessUptimeSource(std::function<StackList()> stacks, StackConnection *connection,
                        UptimeProbeLayout layout)
        : MemoryUptimeSource(std::move(stacks)), m_connection(connection), m_layout(std::move(layout))
    {}

    bool canInstallProbe() const override { return true; }
    UptimeProbeInstaller *probeInstaller(const Stack &, QObject *parent, QString *why) override
    {
        if (!m_connection || m_connection->state() != StackConnection::State::Connected) {
            *why = QStringLiteral("Connect the stack first (Ctrl+K).");
            return nullptr;
        }
        auto *installer = new UptimeProbeInstaller(m_connection, parent);
        installer->setLayout(m_layout);
        installer->setScheduler(UptimeProbeInstaller::Scheduler::Cron);
        return installer;
    }

    StackConnection *m_connection;
    UptimeProbeLayout m_layout;
};

} // namespace

class TestUptimeProbeInstall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UptimeProbeLayout m_layout;
    Stack m_stack;
    std::unique_ptr<StackConnection> m_connection;
    std::unique_ptr<HarnessUptimeSource> m_source;
    std::unique_ptr<UptimeWorkspace> m_workspace;

    // The workspace with the dialog over it, as a person sees them.
    void screenshot(QWidget *dialog, const QString &name)
    {
        QCoreApplication::sendPostedEvents();
        m_workspace->layout()->activate();
        dialog->layout()->activate();
        const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QPixmap canvas = m_workspace->grab();
        {
            QPainter p(&canvas);
            p.fillRect(canvas.rect(), QColor(0, 0, 0, 70));
            const QPixmap front = dialog->grab();
            p.drawPixmap((canvas.width() - front.width()) / 2, (canvas.height() - front.height()) / 2, front);
        }
        canvas.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // Runs `handle` on the probe dialog once it is up.
    void onDialog(std::function<void(ProbeInstallDialog *)> handle)
    {
        QTimer::singleShot(0, this, [this, handle] {
            auto *dialog = qobject_cast<ProbeInstallDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return onDialog(handle);
            handle(dialog);
        });
    }

    static bool waitFor(const std::function<bool()> &condition)
    {
        QElapsedTimer t;
        t.start();
        while (!condition() && t.elapsed() < 45000)
            QTest::qWait(20);
        return condition();
    }

    struct Walk
    {
        QStringList planned;
        QString result;
        bool confirmed = false;
        bool done = false;
    };

    // Drives the dialog: waits for the plan, screenshots, confirms, waits for the end, screenshots, closes.
    Walk walkDialog(const QString &shot, const std::function<void()> &open)
    {
        Walk walk;
        onDialog([&](ProbeInstallDialog *dialog) {
            auto *go = dialog->findChild<QPushButton *>(QStringLiteral("go"));
            if (!waitFor([&] { return go->isEnabled(); }))
                return dialog->reject();
            walk.planned = dialog->rows();
            screenshot(dialog, shot + QStringLiteral("-confirm"));
            walk.confirmed = true;
            go->click();
            auto *result = dialog->findChild<QLabel *>(QStringLiteral("result"));
            walk.done = waitFor([&] { return result->isVisible(); });
            walk.result = result->text();
            screenshot(dialog, shot + QStringLiteral("-done"));
            dialog->findChild<QPushButton *>(QStringLiteral("cancel"))->click();
        });
        open();
        return walk;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_layout.root = m_dir.filePath(QStringLiteral("server"));
        m_stack.id = QStringLiteral("harness");
        m_stack.name = QStringLiteral("Harness");
        m_stack.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        m_stack.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_stack.gatewayPort = 0;
        m_stack.installDir = m_dir.path();

        StackConnection::Settings s = testenv::harnessSsh(m_dir.filePath(QStringLiteral("known_hosts")));
        m_connection = std::make_unique<StackConnection>(s);
        QVERIFY(m_connection->connectToStack().ok());
        QVERIFY(waitFor([this] { return m_connection->state() == StackConnection::State::Connected; }));

        m_source = std::make_unique<HarnessUptimeSource>([this] { return StackList{m_stack}; },
                                                         m_connection.get(), m_layout);
        m_workspace = std::make_unique<UptimeWorkspace>(m_source.get());
        m_workspace->resize(1100, 720);
        m_workspace->show();
        m_workspace->setStack(m_stack);
    }

    void installFromTheWorkspace()
    {
        auto *install = m_workspace->findChild<QAction *>(QStringLiteral("installProbe"));
        QVERIFY(install->isEnabled());
        const Walk walk = walkDialog(QStringLiteral("uptime-probe-install-en"), [&] { install->trigger(); });
        QVERIFY(walk.confirmed);
        QVERIFY(walk.done);
        // The confirmation names every file and what runs.
        const QString planned = walk.planned.join(QLatin1Char('\n'));
        QVERIFY2(planned.contains(m_layout.scriptPath()), qPrintable(planned));
        QVERIFY(planned.contains(m_layout.cronPath()));
        QVERIFY(planned.contains(m_layout.logPath()));
        QVERIFY2(walk.result.contains(QLatin1String("Pull now")), qPrintable(walk.result));
        QVERIFY(QFile::exists(m_layout.scriptPath()));
        QVERIFY(QFile::exists(m_layout.cronPath()));
        // The first round ran: the log is there for "Pull now".
        QVERIFY(!QDir(m_layout.logPath()).entryList({QStringLiteral("*.log")}, QDir::Files).isEmpty());
        QVERIFY2(m_workspace->statusText().contains(QLatin1String("installed")),
                 qPrintable(m_workspace->statusText()));
        QVERIFY(install->isEnabled()); // ready for the next one
    }

    void cancelChangesNothing()
    {
        m_workspace->refresh(); // the stack's own status, as after any dialog
        const QString before = m_workspace->statusText();
        onDialog([&](ProbeInstallDialog *dialog) {
            waitFor([&] { return dialog->findChild<QPushButton *>(QStringLiteral("go"))->isEnabled(); });
            dialog->findChild<QPushButton *>(QStringLiteral("cancel"))->click();
        });
        m_workspace->removeProbe();
        QVERIFY(QFile::exists(m_layout.scriptPath()));
        QCOMPARE(m_workspace->statusText(), before);
    }

    void georgianReinstallAndRemove()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(m_workspace->title() != QLatin1String("Uptime"));
        const Walk install =
            walkDialog(QStringLiteral("uptime-probe-install-ka"), [&] { m_workspace->installProbe(); });
        QVERIFY(install.done);
        QVERIFY(!install.result.contains(QLatin1String("Pull now"))); // said in Georgian
        const Walk remove =
            walkDialog(QStringLiteral("uptime-probe-remove-ka"), [&] { m_workspace->removeProbe(); });
        QVERIFY(remove.done);
        QVERIFY(!QFile::exists(m_layout.scriptPath()));
        QVERIFY(!QFile::exists(m_layout.cronPath()));
        QVERIFY(QDir(m_layout.logPath()).exists());
        TranslationLoader::instance().apply(QStringLiteral("en"));
        QTRY_COMPARE(m_workspace->title(), QStringLiteral("Uptime"));
    }

    void notConnectedIsSaid()
    {
        m_connection->disconnectFromStack();
        m_workspace->installProbe();
        QVERIFY(m_workspace->statusText().contains(QLatin1String("Connect the stack first")));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_source.reset();
        m_connection.reset();
    }
};

QTEST_MAIN(TestUptimeProbeInstall)
#include "tst_uptimeprobeinstall.moc"
