// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups tab's PITR page and "Restore to a point in time" dialog against a real server: the harness's
// sshd and a PostgreSQL 15 cluster of the test's own playing the live database (PitrServerRig). The page
// reads the archiver and the base backup; the dialog restores T1 into a scratch instance with progress
// and reports exactly the T1 rows; a cancelled restore leaves no scratch instance; the replacement waits
// for the stack's name and then puts the T1 restore in place of the live database, the old data directory
// kept aside. A screenshot of the dialog after the real restore.
#include "core/backup/pitrserverrestore.h"
#include "gui/backups/pitrpage.h"
#include "gui/backups/pitrrestoredialog.h"
#include "gui/common/messagewidget.h"
#include "harness/pitrserverrig.h"
#include "services/translationloader.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace supadesk;

class TestPitrRestoreDialog : public QObject, public PitrServerRig
{
    Q_OBJECT

    std::optional<PitrStatus> m_status;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("widget %s not found", name);
        return w;
    }

    static QString message(QWidget *dialog) { return child<MessageWidget>(dialog, "message")->text(); }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        TranslationLoader::instance().apply(
            QStringLiteral("en")); // English plurals, as the application shows them
        setUpServer();
    }

    void thePageReadsTheServer()
    {
        PitrPage page;
        page.setServerPaths(m_paths);
        QSignalSpy read(&page, &PitrPage::statusRead);
        page.setStack(QStringLiteral("s1"), QStringLiteral("pitr-stack"), m_connection.get());
        QVERIFY(read.wait(30000));
        QVERIFY(page.status().has_value());
        QCOMPARE(page.status()->state, PitrStatus::State::Ok);
        QCOMPARE(child<QTableWidget>(&page, "baseTable")->rowCount(), 1);
        QVERIFY(child<QPushButton>(&page, "restoreButton")->isEnabled());
        QVERIFY(!child<QLabel>(&page, "stateLabel")->font().bold());
        m_status = page.status();
    }

    void restoresT1IntoAScratchInstance()
    {
        QVERIFY(m_status);
        PitrRestoreDialog dialog(*m_status, QStringLiteral("pitr-stack"), m_connection.get(), m_paths);
        dialog.show();
        dialog.setTarget(m_t1);
        QVERIFY2(dialog.targetProblem().isEmpty(), qPrintable(dialog.targetProblem()));
        QSignalSpy ended(&dialog, &PitrRestoreDialog::runEnded);
        QVERIFY(dialog.startRestore());
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isEnabled());
        QVERIFY(ended.wait(120000));
        QVERIFY2(dialog.restored().has_value(), qPrintable(message(&dialog)));
        qint64 orders = -1;
        for (const PitrScratchTable &t : dialog.restored()->tables)
            if (t.name == QLatin1String("public.orders"))
                orders = t.rows;
        QCOMPARE(orders, 3);
        QVERIFY(dialog.restored()->lastReplayed.isValid());
        QVERIFY(child<QPlainTextEdit>(&dialog, "resultText")
                    ->toPlainText()
                    .contains(QLatin1String("public.orders")));
        QVERIFY(QFile::exists(dialog.restored()->scratchDir + QStringLiteral("/data/PG_VERSION")));
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/pitr-dialog-restored-en.png"));
        // Closing without replacing removes the scratch instance.
        const QString scratch = dialog.restored()->scratchDir;
        dialog.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(scratch), 30000);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
    }

    void aCancelledRestoreLeavesNothing()
    {
        QVERIFY(m_status);
        PitrRestoreDialog dialog(*m_status, QStringLiteral("pitr-stack"), m_connection.get(), m_paths);
        dialog.setTarget(m_t1);
        QSignalSpy ended(&dialog, &PitrRestoreDialog::runEnded);
        QVERIFY(dialog.startRestore());
        // Cancelled once the script runs on the server (its first step shown): the server ends it.
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(&dialog, "stepLabel")->text().isEmpty(), 30000);
        dialog.cancelRestore();
        QVERIFY(!ended.isEmpty() || ended.wait(60000));
        QVERIFY(!dialog.restored().has_value());
        QVERIFY2(message(&dialog).contains(QLatin1String("cancelled")), qPrintable(message(&dialog)));
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(m_paths.scratchBase).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty(), 30000);
    }

    void replacesTheLiveDatabaseOnlyWithTheName()
    {
        QVERIFY(m_status);
        PitrRestoreDialog dialog(*m_status, QStringLiteral("pitr-stack"), m_connection.get(), m_paths);
        dialog.setTarget(m_t1);
        QSignalSpy ended(&dialog, &PitrRestoreDialog::runEnded);
        QVERIFY(!dialog.replaceLive()); // nothing restored yet
        QVERIFY(dialog.startRestore());
        QVERIFY(ended.wait(120000));
        QVERIFY2(dialog.restored().has_value(), qPrintable(message(&dialog)));
        auto *replace = child<QPushButton>(&dialog, "replaceButton");
        child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("pitr"));
        QVERIFY(!replace->isEnabled());
        QVERIFY(!dialog.replaceLive());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
        child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("pitr-stack"));
        QVERIFY(replace->isEnabled());
        QVERIFY(dialog.replaceLive());
        QVERIFY(ended.wait(120000));
        QVERIFY2(dialog.wasReplaced(), qPrintable(message(&dialog)));
        QVERIFY2(message(&dialog).contains(m_pg.dataDir() + QStringLiteral(".before-pitr-")),
                 qPrintable(message(&dialog)));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("3"));
        QCOMPARE(QDir(m_pg.path()).entryList({QStringLiteral("data.before-pitr-*")}, QDir::Dirs).size(), 1);
    }
};

QTEST_MAIN(TestPitrRestoreDialog)
#include "tst_pitrrestoredialog.moc"
