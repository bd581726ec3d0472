// SPDX-License-Identifier: GPL-3.0-or-later
// The Backups tab in the main window, over the harness's sshd and PostgreSQL: the stack connects, the
// catalogue reads the nightly script's folder and log (red while the folder is missing), "Back up now"
// writes a dump with its output shown, "Run drill" restores it into a scratch cluster on the server and
// the drill goes into the history and onto the tab; screenshots in English and Georgian at 1100x720 and
// 1280x720. `docker exec` is a stand-in that runs the command on this host.
#include "app/services/appservices.h"
#include "app/services/windowservices.h"
#include "core/setup/backupscriptwriter.h"
#include "db/drillhistorystore.h"
#include "gui/backups/backupsworkspace.h"
#include "gui/common/messagewidget.h"
#include "gui/mainwindow.h"
#include "harness/appwindow.h"
#include "harness/harnessstack.h"
#include "harness/testenv.h"
#include "services/backup/backupkey.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace supadesk;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("widget %s not found", name);
    return w;
}

bool write(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), executable ? 0755 : 0644) == 0;
}

int psql(const QString &sql, const QString &database)
{
    return QProcess::execute(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                             {QStringLiteral("-h"), testenv::value("SUPADESK_TEST_PG_HOST"),
                              QStringLiteral("-p"), testenv::value("SUPADESK_TEST_PG_PORT"),
                              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-X"),
                              QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                              QStringLiteral("-c"), sql, database});
}

QString shotDir()
{
    const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR", QStringLiteral("/tmp/backups-shots"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestBackupsWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_server;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    Stack m_stack;
    QString m_database;
    BackupOptions m_options;

    BackupsWorkspace *backups() const
    {
        for (int i = 0; i < m_window->workspaceTabs()->count(); ++i)
            if (auto *w = qobject_cast<BackupsWorkspace *>(m_window->workspaceTabs()->widget(i)))
                return w;
        qFatal("no backups workspace");
    }
    void shoot(const QString &name)
    {
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(QDir(shotDir()).filePath(name + QStringLiteral(".png"))));
    }
    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!backups()->isBusy(), 120000);
        QTest::qWait(300); // the refresh that follows a run
        QTRY_VERIFY_WITH_TIMEOUT(!backups()->isBusy(), 60000);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the harness's PostgreSQL");
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        QVERIFY(m_dir.isValid() && m_server.isValid());
        ::chmod(QFile::encodeName(m_server.path()).constData(), 0755);
        m_database = QStringLiteral("guidrill_%1").arg(::getpid());
        psql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database), QStringLiteral("postgres"));
        QCOMPARE(psql(QStringLiteral("CREATE DATABASE %1").arg(m_database), QStringLiteral("postgres")), 0);
        QCOMPARE(psql(QStringLiteral(
                          "CREATE TABLE notes (id int PRIMARY KEY, body text);"
                          "INSERT INTO notes SELECT g, 'note ' || g FROM generate_series(1, 1200) g;"
                          "CREATE TABLE tags (id int PRIMARY KEY, label text);"
                          "INSERT INTO tags SELECT g, 'tag ' || g FROM generate_series(1, 40) g; ANALYZE;"),
                      m_database),
                 0);
        const QString server = m_server.path();
        QVERIFY(write(server + QStringLiteral("/bin/docker"), QByteArrayLiteral(R"SH(#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
[ "$1" = exec ] || exit 64
shift
vars=()
while [ $# -gt 0 ]; do
    case "$1" in
    -i) shift ;;
    -e) case $2 in *=*) vars+=("$2") ;; *) vars+=("$2=${!2-}") ;; esac; shift 2 ;;
    *) break ;;
    esac
done
shift
exec env "${vars[@]}" "$@"
)SH"),
                      true));
        QVERIFY(write(server + QStringLiteral("/supabase/.env"), "POSTGRES_PASSWORD=unused-with-trust\n"));
        BackupOptions o;
        o.backupDir = server + QStringLiteral("/backups");
        o.logFile = server + QStringLiteral("/log/backup.log");
        o.envFile = server + QStringLiteral("/supabase/.env");
        o.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        o.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        o.dbName = m_database;
        o.scriptPath = server + QStringLiteral("/backup.sh");
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(o).value().toUtf8(), true));
        m_options = o;

        m_services = std::make_unique<AppServices>(
            testenv::appLocations(m_dir.path(), QStringLiteral("Supadesk backups GUI test")));
        QVERIFY(m_services->drillHistory());
        m_stack = testenv::harnessStack(QStringLiteral("prod"));
        QVERIFY(m_services->stacks().add(m_stack).ok());
        m_window = std::make_unique<MainWindow>(windowServices(*m_services));
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        BackupServerPaths paths;
        paths.backupScript = o.scriptPath;
        paths.scratchBase = server + QStringLiteral("/scratch");
        paths.resultDir = server + QStringLiteral("/drills");
        paths.pathFirst = server + QStringLiteral("/bin");
        QVERIFY(QDir().mkpath(paths.scratchBase));
        ::chmod(QFile::encodeName(paths.scratchBase).constData(), 0755);
        backups()->setServerPaths(paths);
        m_window->workspaceTabs()->setCurrentWidget(backups());
        m_window->selectStack(m_stack.id);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (!m_database.isEmpty())
            psql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                 QStringLiteral("postgres"));
    }

    void sixthTabSaysToConnect()
    {
        QCOMPARE(m_window->workspaceTabs()->indexOf(backups()), 5);
        QCOMPARE(m_window->workspaceTabs()->tabText(5), QStringLiteral("Backups"));
        QVERIFY(child<QLabel>(backups(), "healthLabel")->text().contains(QLatin1String("Connect")));
        QVERIFY(!child<QPushButton>(backups(), "drillButton")->isEnabled());
    }

    void missingFolderThenBackupThenDrill()
    {
        // Connected the way a user does it: the window asks about the harness's host key once.
        QTimer trust;
        connect(&trust, &QTimer::timeout, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("UnknownHostKey"))
                for (QAbstractButton *b : box->buttons())
                    if (b->objectName() == QLatin1String("trust"))
                        return b->click();
        });
        trust.start(50);
        m_window->connectStack();
        QTRY_COMPARE_WITH_TIMEOUT(m_services->connections().state(m_stack.id),
                                  StackConnection::State::Connected, 30000);
        trust.stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            !child<QLabel>(backups(), "healthLabel")->text().contains(QLatin1String("Connect")) ||
                child<QWidget>(backups(), "statusMessage")->isVisible(),
            30000);
        waitIdle();
        // No backup yet: the folder does not exist, and the message says which.
        QVERIFY(!backups()->catalogue());
        shoot(QStringLiteral("backups-missing-en-1100x720"));
        // The fleet overview's tile of the stack says so in red.
        const auto backupProblem = [this] {
            for (QLabel *label : m_window->findChildren<QLabel *>(QStringLiteral("backupProblem")))
                if (!label->text().isEmpty())
                    return label->text();
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!backupProblem().isEmpty(), 10000);

        QVERIFY(backups()->backUpNow());
        QVERIFY(child<QPushButton>(backups(), "cancelButton")->isEnabled());
        waitIdle();
        QVERIFY2(child<QPlainTextEdit>(backups(), "output")->toPlainText().contains(QLatin1String("written")),
                 qPrintable(child<QPlainTextEdit>(backups(), "output")->toPlainText()));
        QVERIFY(backups()->catalogue());
        QCOMPARE(child<QTableWidget>(backups(), "catalogueTable")->rowCount(), 2);
        QCOMPARE(child<QTableWidget>(backups(), "runsTable")->rowCount(), 1);
        QVERIFY(!backups()->health().red());
        QVERIFY(
            child<QLabel>(backups(), "healthLabel")->text().contains(QLatin1String("Newest good backup")));

        QSignalSpy drilled(backups(), &BackupsWorkspace::drillFinished);
        QVERIFY(backups()->runDrill());
        waitIdle();
        QCOMPARE(drilled.size(), 1);
        QVERIFY(drilled.first().at(1).toBool());
        QCOMPARE(child<QTableWidget>(backups(), "drillTable")->rowCount(), 1);
        const auto kept = m_services->drillHistory()->last(m_stack.id);
        QVERIFY(kept.ok() && kept.value().has_value() && kept.value()->passed());
        QVERIFY(child<QPlainTextEdit>(backups(), "drillEvidence")
                    ->toPlainText()
                    .contains(QLatin1String("public.notes")));

        // The result already on screen follows a language switch, there and back.
        auto *status = child<MessageWidget>(backups(), "statusMessage");
        QCOMPARE(status->text(), QStringLiteral("The restore drill passed."));
        m_window->setLanguage(QStringLiteral("ka"));
        QTRY_COMPARE(status->text(), QStringLiteral("საცდელი აღდგენა წარმატებით დასრულდა."));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(status->text(), QStringLiteral("The restore drill passed."));
    }

    void everyKindAndWhatIsCovered()
    {
        // The PITR folder beside the dumps (the default when no base backup script names another), the
        // nightly job's Storage archive: the catalogue lists them and the health line says what is covered.
        const QString backupsDir = m_server.path() + QStringLiteral("/backups");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto stamp = [](const QDateTime &at) {
            return at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        };
        QVERIFY(write(backupsDir + QStringLiteral("/pitr/base/") + stamp(now.addDays(-1)) +
                          QStringLiteral("/base.tar.gz"),
                      QByteArray(20000, 'b')));
        for (const QString &segment :
             {QStringLiteral("000000010000000000000007"), QStringLiteral("000000010000000000000008")})
            QVERIFY(write(backupsDir + QStringLiteral("/pitr/wal/") + segment, QByteArray(4096, 'w')));
        QVERIFY(write(backupsDir + QStringLiteral("/storage-%1.tar.gz").arg(stamp(now.addSecs(-30))),
                      QByteArray(3000, 's')));
        // English with its plural forms, as the app loads it.
        m_window->setLanguage(QStringLiteral("en"));
        QVERIFY(backups()->refresh());
        waitIdle();
        QVERIFY(backups()->catalogue());
        QStringList kinds;
        auto *table = child<QTableWidget>(backups(), "catalogueTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            kinds << table->item(row, 1)->text();
            if (table->item(row, 1)->text() == QLatin1String("WAL range"))
                QVERIFY2(table->item(row, 4)->text().endsWith(QLatin1String("(2 segments)")),
                         qPrintable(table->item(row, 4)->text()));
        }
        for (const QString &kind :
             {QStringLiteral("Base backup"), QStringLiteral("WAL range"), QStringLiteral("Storage files"),
              QStringLiteral("Database dump"), QStringLiteral("Roles and globals")})
            QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(", ")));
        const QString health = child<QLabel>(backups(), "healthLabel")->text();
        QVERIFY2(health.contains(QLatin1String("Covered: the database")) &&
                     health.contains(QLatin1String("Storage files (")) &&
                     health.contains(QLatin1String("any point in time from")),
                 qPrintable(health));

        // The runbook, as the "Runbook…" button saves it: PDF, or Markdown for a .md name.
        QVERIFY(child<QPushButton>(backups(), "runbookButton")->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("runbook.pdf"));
        QVERIFY(backups()->writeRunbook(pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));
        const QString md = m_dir.filePath(QStringLiteral("runbook.md"));
        QVERIFY(backups()->writeRunbook(md).ok());
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY2(text.contains(backupsDir + QStringLiteral("/pitr")), qPrintable(text));
        QVERIFY(text.contains(m_stack.name));
    }

    void screenshotsInEnglishAndGeorgian()
    {
        auto *pages = child<QTabWidget>(backups(), "pages");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ka")}) {
            m_window->setLanguage(language);
            QTest::qWait(100);
            for (const QSize size : {QSize(1100, 720), QSize(1280, 720)}) {
                m_window->resize(size);
                for (int page = 0; page < pages->count(); ++page) {
                    pages->setCurrentIndex(page);
                    shoot(QStringLiteral("backups-%1-%2-%3x%4")
                              .arg(pages->widget(page)->objectName(), language)
                              .arg(size.width())
                              .arg(size.height()));
                }
            }
        }
        QCOMPARE(m_window->workspaceTabs()->tabText(5), QStringLiteral("სარეზერვო ასლები"));
        m_window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(m_window->workspaceTabs()->tabText(5), QStringLiteral("Backups"));
    }

    // An encrypted nightly backup: "Run drill" reads the stack's key from the keychain and the drill on the
    // server decrypts with it.
    void encryptedBackupDrillsWithTheKeyFromTheKeychain()
    {
        const Result<BackupKey> key = BackupKey::make(m_stack.name);
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().message));
        QVERIFY(m_services->secrets()
                    .writeNow(m_stack.id, BackupKey::SecretName, QString::fromLatin1(key.value().secretKey))
                    .ok());
        BackupOptions o = m_options;
        o.encryptKeyFile = QDir(m_server.path()).filePath(QStringLiteral("backup-key.asc"));
        QVERIFY(write(o.encryptKeyFile, key.value().publicKey));
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(o).value().toUtf8(), true));
        QVERIFY(backups()->backUpNow());
        waitIdle();
        QVERIFY(write(o.scriptPath, BackupScriptWriter::script(m_options).value().toUtf8(), true));

        QSignalSpy drilled(backups(), &BackupsWorkspace::drillFinished);
        QVERIFY(backups()->runDrill());
        waitIdle();
        QCOMPARE(drilled.size(), 1);
        const QString evidence = child<QPlainTextEdit>(backups(), "drillEvidence")->toPlainText();
        QVERIFY2(drilled.first().at(1).toBool(), qPrintable(evidence));
        const auto kept = m_services->drillHistory()->last(m_stack.id);
        QVERIFY(kept.ok() && kept.value().has_value());
        QVERIFY2(kept.value()->dumpFile.endsWith(QLatin1String(".dump.gpg")),
                 qPrintable(kept.value()->dumpFile));
        // The encrypted files in the catalogue and the drill's decryption step, in both languages.
        auto *pages = child<QTabWidget>(backups(), "pages");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ka")}) {
            m_window->setLanguage(language);
            QTest::qWait(100);
            for (const QSize size : {QSize(1100, 720), QSize(1280, 720)}) {
                m_window->resize(size);
                QTest::qWait(100);
                for (const char *page : {"cataloguePage", "outputPage"}) {
                    pages->setCurrentWidget(child<QWidget>(backups(), page));
                    shoot(QStringLiteral("backups-encrypted-%1-%2-%3x%4")
                              .arg(QLatin1String(page), language)
                              .arg(size.width())
                              .arg(size.height()));
                }
            }
        }
        m_window->setLanguage(QStringLiteral("en"));
        m_window->resize(1100, 720);
    }
};

QTEST_MAIN(TestBackupsWorkspace)
#include "tst_backupsworkspace.moc"
