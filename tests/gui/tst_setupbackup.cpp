// SPDX-License-Identifier: GPL-3.0-or-later
// The Setup wizard's Backups page running the generated backup.sh now, through the stack's connection
// to the harness's sshd: a server without Docker gets a clear error; with a `docker` stand-in that runs
// the container's commands on the host (real pg_dump against the harness's PostgreSQL 15, real
// pg_restore --list) the page shows the dump file, its size and the verification; Cancel stops a
// running backup and leaves no partial dump. Screenshots in English and Georgian.
#include "core/setup/backupscriptwriter.h"
#include "gui/setup/backuppage.h"
#include "gui/setup/setupworkspace.h"
#include "gui/styles/apptheme.h"
#include "gui/styles/statepalette.h"
#include "harness/testenv.h"
#include "services/backup/backupkey.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "setupwizardrig.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace supadesk;

class TestSetupBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Stack m_stack;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionManager> m_connections;
    std::unique_ptr<SetupWorkspace> m_wizard;

    BackupPage *page() const { return m_wizard->page<BackupPage>(); }
    QString bin() const { return m_dir.filePath(QStringLiteral("bin")); }
    QString backups() const { return m_dir.filePath(QStringLiteral("backups")); }
    QString result() const { return page()->findChild<QLabel *>(QStringLiteral("backupResult"))->text(); }

    void screenshot(const QString &name)
    {
        if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(30);
            m_wizard->grab().save(QStringLiteral("%1/setup-8-BackupPage-%2.png").arg(dir, name));
            // The same page in the dark theme, switched at run time.
            AppTheme::apply(Preferences::Theme::Dark);
            QCoreApplication::processEvents();
            m_wizard->grab().save(QStringLiteral("%1/setup-8-BackupPage-%2-dark.png").arg(dir, name));
            AppTheme::apply(Preferences::Theme::System);
            QCoreApplication::processEvents();
        }
    }

    static void applyLanguage(const QString &language)
    {
        QVERIFY(TranslationLoader::instance().apply(language));
    }

    bool runAndWait()
    {
        QSignalSpy finished(page(), &BackupPage::runFinished);
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("runBackupNow")), Qt::LeftButton);
        return QTest::qWaitFor([&] { return finished.size() == 1; }, 40000);
    }

    QStringList dumps() const
    {
        return QDir(backups()).entryList({QStringLiteral("*.dump"), QStringLiteral("*.partial")},
                                         QDir::Files);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH sshd (apt-get install openssh-server)");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        QVERIFY(m_dir.isValid());
        qputenv("HOME", m_dir.path().toUtf8());
        applyLanguage(QStringLiteral("en"));
        const QString install = m_dir.filePath(QStringLiteral("supabase/docker"));
        QVERIFY(QDir().mkpath(install));
        QVERIFY(QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"),
                            install + QStringLiteral("/.env")));
        // The harness's server runs no Docker: this stand-in runs the container's commands on the host.
        QVERIFY(QDir().mkpath(bin()));
        QFile docker(bin() + QStringLiteral("/docker"));
        QVERIFY(docker.open(QIODevice::WriteOnly));
        docker.write(
            "#!/bin/sh\n"
            "case \"$1\" in inspect) echo true; exit 0 ;; exec) shift ;; *) exit 1 ;; esac\n"
            "while :; do case \"$1\" in -i) shift ;; -e) export \"$2\"; shift 2 ;; *) break ;; esac; done\n"
            "shift\n"
            "[ -e \"$(dirname \"$0\")/slow\" ] && sleep 30\n"
            "exec \"$@\"\n");
        docker.close();
        QVERIFY(docker.setPermissions(docker.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                      QFileDevice::ExeOther));

        m_stack.id = Stack::newId();
        m_stack.name = QStringLiteral("harness");
        m_stack.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        m_stack.sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        m_stack.sshUser = testenv::value("SUPADESK_TEST_SSH_USER");
        m_stack.authMethod = AuthMethod::KeyFile;
        m_stack.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        m_stack.installDir = install;
        QVERIFY(testenv::openSetupWizard(this, QStringLiteral("Supadesk setup backup test"), &m_stack, false,
                                         m_secrets, m_connections, m_wizard));
        m_wizard->goToPage(QStringLiteral("backups"));
        auto *run = page()->findChild<QPushButton *>(QStringLiteral("runBackupNow"));
        QVERIFY(!run->isEnabled()); // not connected yet
        m_connections->connectStack(m_stack);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->plan()->isConnected(), 30000);
        QTRY_VERIFY(run->isEnabled());

        BackupOptions b = m_wizard->plan()->backup();
        b.backupDir = backups();
        b.logFile = m_dir.filePath(QStringLiteral("log/backup.log"));
        b.dbHost = testenv::value("SUPADESK_TEST_PG_HOST");
        b.dbPort = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_wizard->plan()->setBackup(b);
    }

    void aServerWithoutDockerIsAClearError()
    {
        // A PATH with a shell and no docker: the server looks like one without Docker.
        const QString bare = m_dir.filePath(QStringLiteral("nodocker"));
        QVERIFY(QDir().mkpath(bare));
        QVERIFY(QFile::link(QStringLiteral("/bin/sh"), bare + QStringLiteral("/sh")));
        QVERIFY(QFile::link(QStringLiteral("/usr/bin/tail"), bare + QStringLiteral("/tail")));
        page()->setCommandPrefix(QStringLiteral("env PATH=%1").arg(bare));
        QVERIFY(runAndWait());
        QVERIFY(page()->lastRun() && !page()->lastRun()->ok);
        QVERIFY2(result().contains(QLatin1String("Docker is not installed on the server")),
                 qPrintable(result()));
        QVERIFY(dumps().isEmpty());
        screenshot(QStringLiteral("nodocker-en"));
    }

    void runNowWritesAVerifiedDump()
    {
        page()->setCommandPrefix(QStringLiteral("env PATH=%1:/usr/bin:/bin").arg(bin()));
        QVERIFY(runAndWait());
        const std::optional<BackupRun::Outcome> run = page()->lastRun();
        QVERIFY(run);
        QVERIFY2(run->ok, qPrintable(run->error + QLatin1Char('\n') + run->output));
        // The page reports the file the server holds, its real size and the entries read back.
        QVERIFY(run->dumpFile.startsWith(backups() + QStringLiteral("/postgres-")));
        QVERIFY(QFile::exists(run->dumpFile));
        QCOMPARE(run->bytes, QFileInfo(run->dumpFile).size());
        QProcess list;
        list.start(QStringLiteral("pg_restore"), {QStringLiteral("--list"), run->dumpFile});
        QVERIFY(list.waitForFinished(20000));
        QCOMPARE(list.exitCode(), 0);
        int entries = 0;
        for (const QByteArray &line : list.readAllStandardOutput().split('\n'))
            if (!line.isEmpty() && !line.startsWith(';'))
                ++entries;
        QCOMPARE(run->entries, entries);
        QVERIFY2(result().contains(run->dumpFile), qPrintable(result()));
        QVERIFY(result().contains(QLatin1String("Verified")));
        QCOMPARE(dumps().size(), 1);
        screenshot(QStringLiteral("done-en"));
        applyLanguage(QStringLiteral("ka"));
        QTest::qWait(50);
        QVERIFY(m_wizard->minimumSizeHint().width() <= m_wizard->width());
        QVERIFY(m_wizard->minimumSizeHint().height() <= m_wizard->height());
        screenshot(QStringLiteral("done-ka"));
        applyLanguage(QStringLiteral("en"));
    }

    void cancelStopsARunningBackup()
    {
        const QStringList before = dumps();
        page()->setCommandPrefix(QStringLiteral("env PATH=%1:/usr/bin:/bin").arg(bin()));
        QFile slow(bin() + QStringLiteral("/slow"));
        QVERIFY(slow.open(QIODevice::WriteOnly));
        slow.close();
        QSignalSpy finished(page(), &BackupPage::runFinished);
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("runBackupNow")), Qt::LeftButton);
        auto *log = page()->findChild<QPlainTextEdit *>(QStringLiteral("backupLog"));
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(QLatin1String("Running the backup")), 15000);
        QVERIFY(page()->isRunning());
        auto *cancel = page()->findChild<QPushButton *>(QStringLiteral("cancelBackup"));
        QCOMPARE(cancel->shortcut(), QKeySequence(Qt::Key_Escape));
        QTest::mouseClick(cancel, Qt::LeftButton);
        // Well before the stand-in's 30 s pg_dump would end.
        QVERIFY2(QTest::qWaitFor([&] { return finished.size() == 1; }, 20000),
                 qPrintable(log->toPlainText()));
        QVERIFY(page()->lastRun() && page()->lastRun()->cancelled);
        QVERIFY2(result().contains(QLatin1String("Cancelled")), qPrintable(result()));
        QCOMPARE(dumps(), before); // no partial dump left behind
        QFile::remove(slow.fileName());
    }

    // "Encrypt": a gpg key pair made here, its secret half in the keychain, its public half in the plan
    // (installed beside the script); off and on again keeps the same key, so older backups stay readable.
    void encryptionKeepsTheSecretKeyInTheKeychain()
    {
        auto *encrypt = page()->findChild<QCheckBox *>(QStringLiteral("encryptBackups"));
        QVERIFY(encrypt && !encrypt->isChecked());
        QTest::mouseClick(encrypt, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->plan()->backup().encryptKeyFile.isEmpty(), 30000);
        const BackupOptions b = m_wizard->plan()->backup();
        QCOMPARE(b.encryptKeyFile, BackupScriptWriter::defaultKeyFile());
        QVERIFY(b.encryptPublicKey.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        const Result<QString> secret = m_secrets->readNow(m_stack.id, BackupKey::SecretName);
        QVERIFY2(secret.ok(), secret.ok() ? "" : qPrintable(secret.error().message));
        QVERIFY(secret.value().startsWith(QLatin1String("-----BEGIN PGP PRIVATE KEY BLOCK-----")));
        QVERIFY(!b.encryptPublicKey.contains("PRIVATE"));
        QVERIFY(encrypt->isChecked());
        QVERIFY(page()
                    ->findChild<QPlainTextEdit *>(QStringLiteral("backupScript"))
                    ->toPlainText()
                    .contains(QLatin1String("\nENCRYPT_KEY='/etc/supabase-backup-key.asc'\n")));
        screenshot(QStringLiteral("encrypted-en"));
        const QSize size = m_wizard->size();
        m_wizard->resize(1280, 720);
        screenshot(QStringLiteral("encrypted-1280-en"));
        applyLanguage(QStringLiteral("ka"));
        QTest::qWait(50);
        screenshot(QStringLiteral("encrypted-1280-ka"));
        m_wizard->resize(size);
        QTest::qWait(50);
        screenshot(QStringLiteral("encrypted-ka"));
        applyLanguage(QStringLiteral("en"));

        QTest::mouseClick(encrypt, Qt::LeftButton);
        QTRY_VERIFY(m_wizard->plan()->backup().encryptKeyFile.isEmpty());
        QTest::mouseClick(encrypt, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->plan()->backup().encryptKeyFile.isEmpty(), 30000);
        QCOMPARE(m_secrets->readNow(m_stack.id, BackupKey::SecretName).value(), secret.value());
        QCOMPARE(m_wizard->plan()->backup().encryptPublicKey, b.encryptPublicKey);
        QTest::mouseClick(encrypt, Qt::LeftButton);
        QTRY_VERIFY(m_wizard->plan()->backup().encryptKeyFile.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_connections)
            m_connections->disconnect(this);
        m_wizard.reset();
        m_connections.reset();
    }
};

QTEST_MAIN(TestSetupBackup)
#include "tst_setupbackup.moc"
