// SPDX-License-Identifier: GPL-3.0-or-later
// Stores, reads and deletes stack secrets through QtKeychain against the real Secret Service
// (gnome-keyring in the harness's D-Bus session), and proves the settings file never holds them.
#include "harness/testenv.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
    }

    void writeReadRemove()
    {
        SecretStore store(QStringLiteral("Supadesk test"));
        const QString id = Stack::newId();
        const QString secret = QStringLiteral("s3cr3t-ფასი-%1").arg(id.left(8));
        const Status written = store.writeNow(id, SecretStore::SshPassword, secret);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const Result<QString> read = store.readNow(id, SecretStore::SshPassword);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value(), secret);

        QVERIFY(store.writeNow(id, SecretStore::KeyPassphrase, QStringLiteral("phrase")).ok());
        QVERIFY(store.removeAllNow(id).ok());
        const Result<QString> gone = store.readNow(id, SecretStore::SshPassword);
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().code, QStringLiteral("secret.missing"));
        QCOMPARE(store.readNow(id, SecretStore::KeyPassphrase).error().code,
                 QStringLiteral("secret.missing"));
    }

    void secretsAreNotInSettingsOrDataFiles()
    {
        QTemporaryDir dir;
        const QString settingsFile = dir.filePath(QStringLiteral("supadesk.conf"));
        StackRepository repo{StackStore(settingsFile)};
        Stack s;
        s.name = QStringLiteral("prod");
        s.sshHost = QStringLiteral("db.example");
        s.sshUser = QStringLiteral("ops");
        s.authMethod = AuthMethod::Password;
        QVERIFY(repo.add(s).ok());
        const QString secret = QStringLiteral("very-distinct-password-4711");
        SecretStore store(QStringLiteral("Supadesk test"));
        QVERIFY(store.writeNow(repo.stacks().first().id, SecretStore::SshPassword, secret).ok());

        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray contents = settings.readAll();
        QVERIFY(contents.contains("db.example"));
        QVERIFY(!contents.contains(secret.toUtf8()));
        // The keyring file itself is encrypted: the secret is not on disk in plaintext anywhere we own.
        QDirIterator it(qEnvironmentVariable("XDG_DATA_HOME"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(store.removeAllNow(repo.stacks().first().id).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
