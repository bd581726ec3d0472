// SPDX-License-Identifier: GPL-3.0-or-later
// The Add standby wizard against real parts: two stack entries on the harness's SSH login, the
// harness's PostgreSQL as the primary. Both servers are checked and every step shown before Run is
// offered; a changed choice asks for a new check; a standby directory in use is refused before any
// change; a run cancelled at once leaves the primary as it was. In English and Georgian, at the
// dialog's own size and at 1280x720.
#include "gui/replication/addstandbydialog.h"
#include "harness/harnessstack.h"
#include "services/translationloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeWidget>
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

int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

class TestAddStandbyDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Stack m_primary;
    Stack m_spare;

    void screenshot(QWidget *widget, const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    std::unique_ptr<AddStandbyDialog> makeDialog()
    {
        auto settings = [](const Stack &stack) {
            StackConnection::Settings s = StackConnection::settingsFor(stack);
            s.ssh = testenv::harnessSsh().ssh;
            return s;
        };
        auto dialog =
            std::make_unique<AddStandbyDialog>(m_primary, StackList{m_primary, m_spare}, settings, QString());
        dialog->findChild<QLineEdit *>(QStringLiteral("dataDir"))
            ->setText(m_dir.filePath(QStringLiteral("spare")));
        Q_EMIT dialog->findChild<QLineEdit *>(QStringLiteral("dataDir"))->textEdited(QString());
        dialog->show();
        return dialog;
    }

    QString slotCount() { return psql(QStringLiteral("SELECT count(*) FROM pg_replication_slots")); }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        QVERIFY(m_dir.isValid());
        // The postgres user checks the standby's directory on the "standby server".
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                        QFile::ReadOther | QFile::ExeOther));
        TranslationLoader::instance().apply(QStringLiteral("en"));
        m_primary.id = QStringLiteral("id-primary");
        m_primary.name = QStringLiteral("primary");
        m_primary.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        m_primary.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        m_primary.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_spare = m_primary;
        m_spare.id = QStringLiteral("id-spare");
        m_spare.name = QStringLiteral("spare");
        m_spare.dbPort = freePort();
    }

    void cleanupTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void stepsShownBeforeRun()
    {
        auto dialog = makeDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *run = dialog->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(!run->isEnabled()); // nothing checked yet
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("standbyStack"))->count(), 1);
        dialog->preview();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->isPreviewed(), qPrintable(dialog->statusText()));
        QVERIFY(run->isEnabled());
        auto *steps = dialog->findChild<QTreeWidget *>(QStringLiteral("steps"));
        QStringList shown;
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            shown << steps->topLevelItem(i)->text(0);
        QVERIFY2(steps->topLevelItemCount() >= 7, qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY(shown.join(QLatin1Char('\n')).contains(QStringLiteral("127.0.0.1 only")));
        QVERIFY(shown.join(QLatin1Char('\n')).contains(QStringLiteral("pg_basebackup")));
        screenshot(dialog.get(), QStringLiteral("add-standby-en"));
        dialog->resize(1280, 720);
        QTest::qWait(100);
        screenshot(dialog.get(), QStringLiteral("add-standby-1280-en"));
        TranslationLoader::instance().apply(QStringLiteral("ka"));
        QTRY_VERIFY(dialog->windowTitle() != QLatin1String("Add Standby"));
        dialog->resize(760, 620);
        QTest::qWait(100);
        screenshot(dialog.get(), QStringLiteral("add-standby-ka"));
        dialog->resize(1280, 720);
        QTest::qWait(100);
        screenshot(dialog.get(), QStringLiteral("add-standby-1280-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));

        // Synchronous replication changes the plan: it must be checked again before it can run.
        dialog->findChild<QCheckBox *>(QStringLiteral("synchronous"))->setChecked(true);
        QVERIFY(!dialog->isPreviewed());
        QVERIFY(!run->isEnabled());
    }

    void directoryInUseRefused()
    {
        const QString before = slotCount();
        QDir().mkpath(m_dir.filePath(QStringLiteral("spare")));
        QFile stray(m_dir.filePath(QStringLiteral("spare/PG_VERSION")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        auto dialog = makeDialog();
        dialog->preview();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY(!dialog->isPreviewed());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Refused before any change")),
                 qPrintable(dialog->statusText()));
        QCOMPARE(slotCount(), before);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("spare"))).removeRecursively());
    }

    void cancelledRunLeavesThePrimaryAsItWas()
    {
        const QString before = slotCount();
        auto dialog = makeDialog();
        dialog->preview();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY2(dialog->isPreviewed(), qPrintable(dialog->statusText()));
        QSignalSpy finished(dialog.get(), &AddStandbyDialog::runFinished);
        dialog->runSetup();
        QVERIFY(dialog->isRunning());
        dialog->cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(slotCount(), before);
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'replicator'")),
                 QStringLiteral("0"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("spare/PG_VERSION"))));
    }
};

QTEST_MAIN(TestAddStandbyDialog)
#include "tst_addstandbydialog.moc"
