// SPDX-License-Identifier: GPL-3.0-or-later
// The guided failover against real parts: two stack entries on the harness's SSH login, the
// harness's PostgreSQL as the "primary" (it answers) and as the "standby" (which is none). Check
// finds that the primary answers from this computer and from the standby's host, lists the fencing
// step and asks for the stack's name; Promote is refused with a wrong name and nothing changes. In
// English and Georgian, at the dialog's own size and at 1280x720.
#include "core/replication/failoverplan.h"
#include "gui/replication/failoverdialog.h"
#include "harness/harnessstack.h"
#include "services/replication/failoverhistory.h"
#include "services/translationloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

using namespace supadesk;

namespace {

QString psql(const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
            {QStringLiteral("-h"), testenv::value("SUPADESK_TEST_PG_HOST"), QStringLiteral("-p"),
             testenv::value("SUPADESK_TEST_PG_PORT"), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-qAt"), QStringLiteral("-c"), sql, QStringLiteral("postgres")});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestFailoverDialog : public QObject
{
    Q_OBJECT

    Stack m_primary;
    Stack m_standby;
    QTemporaryDir m_dir;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<FailoverDialog> makeDialog()
    {
        auto settings = [](const Stack &stack) {
            StackConnection::Settings s = StackConnection::settingsFor(stack);
            s.ssh = testenv::harnessSsh().ssh;
            return s;
        };
        auto dialog =
            std::make_unique<FailoverDialog>(m_primary, StackList{m_primary, m_standby}, settings, QString());
        dialog->setHistoryFile(m_dir.filePath(QStringLiteral("failovers.json")));
        dialog->show();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_primary.id = QStringLiteral("id-primary");
        m_primary.name = QStringLiteral("primary");
        m_primary.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        m_primary.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        m_primary.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_standby = m_primary;
        m_standby.id = QStringLiteral("id-standby");
        m_standby.name = QStringLiteral("standby");
    }

    void cleanupTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void rules()
    {
        FailoverCheck down;
        down.standbyInRecovery = true;
        QVERIFY(FailoverPlan::blocker(down, QString(), QStringLiteral("prod")).isEmpty());
        QCOMPARE(FailoverPlan::steps(down, QStringLiteral("prod"), QStringLiteral("dr")).size(), 3);
        FailoverCheck up = down;
        up.primaryFromStandby = true; // unreachable from here, but up for the standby
        QVERIFY(!FailoverPlan::blocker(up, QString(), QStringLiteral("prod")).isEmpty());
        QVERIFY(!FailoverPlan::blocker(up, QStringLiteral("Prod"), QStringLiteral("prod")).isEmpty());
        QVERIFY(FailoverPlan::blocker(up, QStringLiteral(" prod "), QStringLiteral("prod")).isEmpty());
        QCOMPARE(FailoverPlan::steps(up, QStringLiteral("prod"), QStringLiteral("dr")).size(), 4);
        const QStringList repointed =
            FailoverPlan::steps(up, QStringLiteral("prod"), QStringLiteral("dr"), true);
        QCOMPARE(repointed.size(), 5);
        QVERIFY(repointed.last().contains(QStringLiteral("POSTGRES_HOST")));
        FailoverCheck notStandby;
        QVERIFY(!FailoverPlan::blocker(notStandby, QString(), QStringLiteral("prod")).isEmpty());
    }

    void answeringPrimaryNeedsTheTypedName()
    {
        const QString before = psql(QStringLiteral("SELECT pg_postmaster_start_time()"));
        QVERIFY(!before.isEmpty());
        auto dialog = makeDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *promote = dialog->findChild<QPushButton *>(QStringLiteral("promoteButton"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("confirmation"));
        QVERIFY(!promote->isEnabled());       // nothing checked yet
        QVERIFY(dialog->steps().size() >= 3); // the steps are shown before anything runs
        // Past failovers of this stack are listed, newest first.
        QCOMPARE(dialog->historyLines(), QStringList());
        FailoverRecord past;
        past.at = QDateTime(QDate(2026, 11, 30), QTime(3, 12), Qt::UTC);
        past.user = QStringLiteral("alice");
        past.stack = QStringLiteral("primary");
        past.standby = QStringLiteral("standby");
        past.promoted = true;
        past.fenced = true;
        past.repoint = QStringLiteral("done");
        QVERIFY(FailoverHistory(m_dir.filePath(QStringLiteral("failovers.json"))).append(past).ok());
        dialog->setHistoryFile(m_dir.filePath(QStringLiteral("failovers.json")));
        QCOMPARE(dialog->historyLines().size(), 1);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("history"))
                    ->text()
                    .contains(QStringLiteral("2026-11-30 03:12 UTC  primary → standby  by alice")));
        dialog->check();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->isChecked(), qPrintable(dialog->statusText() + dialog->logText()));
        QVERIFY(dialog->lastCheck()->primaryFromDesktop);
        QVERIFY(dialog->lastCheck()->primaryFromStandby);
        QVERIFY(name->isVisible());
        QCOMPARE(dialog->steps().size(), 5); // with the services repointed afterwards
        QVERIFY(dialog->steps().at(1).contains(QStringLiteral("pg_ctl stop")));
        auto *repoint = dialog->findChild<QCheckBox *>(QStringLiteral("repointServices"));
        QVERIFY(repoint->isChecked());
        repoint->setChecked(false);
        QCOMPARE(dialog->steps().size(), 4);
        repoint->setChecked(true);
        QVERIFY(dialog->steps().last().contains(QStringLiteral("docker compose up -d")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("steps"))
                    ->text()
                    .contains(QStringLiteral("pg_ctl stop")));

        screenshot(dialog.get(), QStringLiteral("failover-en"));
        dialog->resize(1280, 720);
        QTest::qWait(100);
        screenshot(dialog.get(), QStringLiteral("failover-1280-en"));
        TranslationLoader::instance().apply(QStringLiteral("ka"));
        QTRY_VERIFY(dialog->windowTitle() != QLatin1String("Fail Over"));
        dialog->resize(760, 600);
        QTest::qWait(100);
        screenshot(dialog.get(), QStringLiteral("failover-ka"));
        dialog->resize(1280, 720);
        QTest::qWait(100);
        screenshot(dialog.get(), QStringLiteral("failover-1280-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));

        // A wrong name: refused, nothing runs, the old primary keeps running.
        QTest::keyClicks(name, QStringLiteral("primry"));
        QVERIFY(!promote->isEnabled());
        QSignalSpy finished(dialog.get(), &FailoverDialog::promoteFinished);
        dialog->promote();
        QVERIFY(!dialog->isRunning());
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("Refused")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->logText().contains(QStringLiteral("Promotion refused")));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(psql(QStringLiteral("SELECT pg_postmaster_start_time()")), before);

        // The harness's server is no standby: even the right name does not promote it.
        name->setText(QStringLiteral("primary"));
        QVERIFY(!promote->isEnabled());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("not a standby")),
                 qPrintable(dialog->statusText()));
    }
};

QTEST_MAIN(TestFailoverDialog)
#include "tst_failoverdialog.moc"
