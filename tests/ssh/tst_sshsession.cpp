// SPDX-License-Identifier: GPL-3.0-or-later
// SshSession against the harness's real sshd: host-key trust, every way to authenticate, the
// errors a user meets, remote exec and SFTP.
#include "ssh/hostkey.h"
#include "ssh/sftpclient.h"
#include "ssh/sshsession.h"
#include "ssh/sshtestsupport.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestSshSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ownKnownHosts;

    SshConnectOptions options() const
    {
        SshConnectOptions o = sshtest::harnessLogin();
        o.knownHostsFile = m_ownKnownHosts;
        o.userKnownHostsFile = m_dir.filePath(QStringLiteral("user_known_hosts"));
        return o;
    }

    QString serverFingerprint() const
    {
        const QByteArray line = sshtest::run(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), testenv::value("SUPADESK_TEST_SSH_HOST_KEY") + QStringLiteral(".pub")});
        return QString::fromUtf8(line.split(' ').value(1));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        // The harness's known_hosts already trusts its sshd: copy it as Supadesk's own file.
        m_ownKnownHosts = m_dir.filePath(QStringLiteral("trusted_known_hosts"));
        QVERIFY(QFile::copy(testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"), m_ownKnownHosts));
    }

    void unknownHostKeyIsReportedWithItsFingerprint()
    {
        SshConnectOptions o = options();
        o.knownHostsFile = m_dir.filePath(QStringLiteral("empty_known_hosts"));
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.hostkey.unknown"));
        QCOMPARE(session.hostKeyCheck().state, HostKeyCheck::State::Unknown);
        QCOMPARE(session.hostKeyCheck().key.fingerprint(), serverFingerprint());
        QCOMPARE(session.hostKeyCheck().key.typeLabel(), QStringLiteral("ED25519"));
        QVERIFY(opened.error().message.contains(serverFingerprint()));
        QVERIFY(!session.isConnected());
        QVERIFY(!QFile::exists(o.knownHostsFile));
    }

    void acceptingANewKeyRecordsItAndTrustsItNextTime()
    {
        SshConnectOptions o = options();
        o.knownHostsFile = m_dir.filePath(QStringLiteral("accept/known_hosts"));
        o.acceptNewHostKey = true;
        {
            SshSession session;
            QVERIFY2(session.open(o).ok(), qPrintable(session.lastLibraryError()));
        }
        QVERIFY(sshtest::readAll(o.knownHostsFile)
                    .contains(QByteArray("[127.0.0.1]:") + QByteArray::number(o.port)));
        o.acceptNewHostKey = false;
        SshSession again;
        const Status opened = again.open(o);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(again.hostKeyCheck().state, HostKeyCheck::State::Trusted);
    }

    void trustedKeyFromTheUsersOpenSshFileConnects()
    {
        SshConnectOptions o = options();
        o.knownHostsFile = m_dir.filePath(QStringLiteral("none_known_hosts"));
        o.userKnownHostsFile = testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS");
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(session.hostKeyCheck().file, o.userKnownHostsFile);
        QVERIFY(!QFile::exists(o.knownHostsFile));
    }

    void changedHostKeyIsRefusedBeforeAuthentication()
    {
        // The server "was replaced": its name is listed with another ed25519 key.
        const QString fake =
            sshtest::generateKey(m_dir.path(), QStringLiteral("fake_host"), QStringLiteral("ed25519"));
        const QByteArray fakeKey =
            sshtest::readAll(fake + QStringLiteral(".pub")).split(' ').mid(0, 2).join(' ');
        SshConnectOptions o = options();
        o.knownHostsFile = m_dir.filePath(QStringLiteral("changed_known_hosts"));
        QVERIFY(sshtest::appendLine(o.knownHostsFile, "# first line\n"));
        QVERIFY(sshtest::appendLine(o.knownHostsFile,
                                    QStringLiteral("[%1]:%2 ").arg(o.host).arg(o.port).toUtf8() + fakeKey));
        // Even with accept-new, a changed key is never accepted, and no authentication happens:
        // an agent that would log how it was used is not even consulted.
        o.acceptNewHostKey = true;
        o.auth = AuthMethod::Agent;
        qputenv("SSH_AUTH_SOCK", m_dir.filePath(QStringLiteral("no-agent-here")).toUtf8());
        SshSession session;
        const Status opened = session.open(o);
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.hostkey.changed"));
        QCOMPARE(session.hostKeyCheck().state, HostKeyCheck::State::Changed);
        QCOMPARE(session.hostKeyCheck().file, o.knownHostsFile);
        QCOMPARE(session.hostKeyCheck().line, 2);
        QVERIFY(opened.error().message.contains(serverFingerprint()));
        QVERIFY(opened.error().message.contains(o.knownHostsFile));
        QVERIFY(!session.isConnected());
        // The file is left as it was: nothing was "accepted".
        QCOMPARE(sshtest::readAll(o.knownHostsFile).count('\n'), 2);
    }

    void keyFileAuthentication()
    {
        SshSession session;
        const Status opened = session.open(options());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(session.isConnected());
    }

    void encryptedKeyNeedsTheRightPassphrase_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("ed25519, right") << "ed25519"
                                        << "correct horse" << QString();
        QTest::newRow("ecdsa, right") << "ecdsa"
                                      << "correct horse" << QString();
        QTest::newRow("rsa, right") << "rsa"
                                    << "correct horse" << QString();
        QTest::newRow("wrong") << "ed25519"
                               << "battery staple"
                               << "ssh.auth.key.badpassphrase";
        QTest::newRow("missing") << "ed25519"
                                 << ""
                                 << "ssh.auth.key.passphrase";
    }
    void encryptedKeyNeedsTheRightPassphrase()
    {
        QFETCH(QString, type);
        QFETCH(QString, passphrase);
        QFETCH(QString, expectedCode);
        const QString key = sshtest::generateKey(m_dir.path(), QStringLiteral("enc_") + type, type,
                                                 QStringLiteral("correct horse"));
        QVERIFY(sshtest::appendLine(sshtest::harnessAuthorizedKeys(),
                                    sshtest::readAll(key + QStringLiteral(".pub"))));
        SshConnectOptions o = options();
        o.keyFile = key;
        o.passphrase = passphrase;
        SshSession session;
        const Status opened = session.open(o);
        if (expectedCode.isEmpty()) {
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        } else {
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, expectedCode);
            QVERIFY(opened.error().message.contains(key));
        }
    }

    void passwordAuthentication()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PASSWORD_USER",
                        "a password-login account (tests/harness makes one when the tests run as root)");
        SshConnectOptions o = options();
        o.auth = AuthMethod::Password;
        o.user = testenv::value("SUPADESK_TEST_SSH_PASSWORD_USER");
        o.keyFile.clear();
        o.password = testenv::value("SUPADESK_TEST_SSH_PASSWORD");
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Result<ExecResult> who = session.exec(QStringLiteral("id -un"));
        QVERIFY(who.ok());
        QCOMPARE(who.value().standardOutput.trimmed(), o.user.toUtf8());
    }

    void wrongPasswordIsDeniedWithoutEchoingIt()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PASSWORD_USER",
                        "a password-login account (tests/harness makes one when the tests run as root)");
        SshConnectOptions o = options();
        o.auth = AuthMethod::Password;
        o.user = testenv::value("SUPADESK_TEST_SSH_PASSWORD_USER");
        o.password = QStringLiteral("not-the-password-%1").arg(QDateTime::currentMSecsSinceEpoch());
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.auth.failed"));
        QVERIFY(opened.error().message.contains(o.user));
        QVERIFY(!opened.error().message.contains(o.password));
        QVERIFY(!session.isConnected());
    }

    void keyTheServerDoesNotKnowIsDenied()
    {
        SshConnectOptions o = options();
        o.keyFile = sshtest::generateKey(m_dir.path(), QStringLiteral("stranger"), QStringLiteral("ed25519"));
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.auth.failed"));
        QVERIFY(opened.error().message.contains(testenv::value("SUPADESK_TEST_SSH_USER")));
    }

    void agentAuthentication()
    {
        // A real ssh-agent holding the harness's user key.
        const QString socket = m_dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY(QFile::exists(socket));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), socket);
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {testenv::value("SUPADESK_TEST_SSH_KEY")});
        QVERIFY(add.waitForFinished());
        QCOMPARE(add.exitCode(), 0);

        qputenv("SSH_AUTH_SOCK", socket.toUtf8());
        SshConnectOptions o = options();
        o.auth = AuthMethod::Agent;
        SshSession session;
        const Status opened = session.open(o);
        qunsetenv("SSH_AUTH_SOCK");
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    }

    void clearErrors_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("keyFile");
        QTest::addColumn<QByteArray>("agentSocket");
        QTest::addColumn<QString>("expectedCode");
        const int sshPort = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        const QString key = testenv::value("SUPADESK_TEST_SSH_KEY");
        QTest::newRow("wrong port") << "127.0.0.1" << int(sshtest::freePort()) << int(AuthMethod::KeyFile)
                                    << key << QByteArray() << "ssh.refused";
        QTest::newRow("dns failure") << "no-such-host.invalid" << 22 << int(AuthMethod::KeyFile) << key
                                     << QByteArray() << "ssh.dns";
        QTest::newRow("key file missing")
            << "127.0.0.1" << sshPort << int(AuthMethod::KeyFile)
            << m_dir.filePath(QStringLiteral("missing_key")) << QByteArray() << "ssh.auth.key.missing";
        QTest::newRow("key file unreadable") << "127.0.0.1" << sshPort << int(AuthMethod::KeyFile)
                                             << m_dir.path() << QByteArray() << "ssh.auth.key.unreadable";
        QTest::newRow("not a key") << "127.0.0.1" << sshPort << int(AuthMethod::KeyFile)
                                   << testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS") << QByteArray()
                                   << "ssh.auth.key.invalid";
        QTest::newRow("agent absent") << "127.0.0.1" << sshPort << int(AuthMethod::Agent) << QString()
                                      << QByteArray() << "ssh.agent.absent";
        QTest::newRow("agent gone") << "127.0.0.1" << sshPort << int(AuthMethod::Agent) << QString()
                                    << QByteArray("/nonexistent/agent.sock") << "ssh.agent.absent";
    }
    void clearErrors()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, auth);
        QFETCH(QString, keyFile);
        QFETCH(QByteArray, agentSocket);
        QFETCH(QString, expectedCode);
        SshConnectOptions o = options();
        o.host = host;
        o.port = port;
        o.auth = AuthMethod(auth);
        o.keyFile = keyFile;
        if (agentSocket.isEmpty())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", agentSocket);
        SshSession session;
        const Status opened = session.open(o);
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, expectedCode);
        QVERIFY(!opened.error().message.isEmpty());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SshConnectOptions o = options();
        o.port = silent.serverPort();
        o.timeoutSeconds = 1;
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.timeout"));
        QVERIFY(opened.error().message.contains(QString::number(o.port)));
    }

    void execReportsOutputErrorsAndExitStatus_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<int>("status");
        QTest::newRow("success") << "echo hello" << QByteArray("hello\n") << QByteArray() << 0;
        QTest::newRow("exit code") << "echo partial; exit 3" << QByteArray("partial\n") << QByteArray() << 3;
        QTest::newRow("stderr") << "echo oops >&2; false" << QByteArray() << QByteArray("oops\n") << 1;
        QTest::newRow("missing command")
            << "no-such-command-xyz" << QByteArray() << QByteArray("not found") << 127;
        QTest::newRow("large output")
            << "head -c 3000000 /dev/zero" << QByteArray(3000000, '\0') << QByteArray() << 0;
    }
    void execReportsOutputErrorsAndExitStatus()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, out);
        QFETCH(QByteArray, err);
        QFETCH(int, status);
        SshSession session;
        QVERIFY(session.open(options()).ok());
        QByteArray streamed;
        const auto result = session.exec(command, {}, [&](const QByteArray &chunk, bool isErr) {
            if (!isErr)
                streamed += chunk;
        });
        QVERIFY(result.ok());
        QCOMPARE(result.value().standardOutput, out);
        QCOMPARE(streamed, out);
        QVERIFY2(result.value().standardError.contains(err), result.value().standardError.constData());
        QCOMPARE(result.value().exitStatus, status);
    }

    void execPassesStandardInput()
    {
        SshSession session;
        QVERIFY(session.open(options()).ok());
        const auto result = session.exec(QStringLiteral("wc -c"), QByteArray(100000, 'x'));
        QVERIFY(result.ok());
        QCOMPARE(result.value().standardOutput.trimmed(), QByteArray("100000"));
    }

    void sftpAtomicWriteKeepsABackup()
    {
        SshSession session;
        QVERIFY(session.open(options()).ok());
        SftpClient sftp(session);
        const QString folder = m_dir.filePath(QStringLiteral("remote"));
        QDir().mkpath(folder);
        const QString target = folder + QStringLiteral("/.env");

        // A new file: no backup.
        auto written = sftp.writeFileAtomic(target, "OLD=1\n");
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QVERIFY(written.value().isEmpty());
        QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // Replacing: the old content survives in the backup, the new one is in place, the
        // permissions are kept and no temporary file is left behind.
        const QByteArray big(1 << 20, 'n');
        written = sftp.writeFileAtomic(target, big);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QVERIFY(!written.value().isEmpty());
        QCOMPARE(sshtest::readAll(written.value()), QByteArray("OLD=1\n"));
        QCOMPARE(sshtest::readAll(target), big);
        const QFileDevice::Permissions mode = QFile(target).permissions();
        QVERIFY(mode.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!mode.testFlag(QFileDevice::ReadGroup) && !mode.testFlag(QFileDevice::ReadOther));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 2);

        const auto read = sftp.readFile(target);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), big);
        const auto missing = sftp.readFile(folder + QStringLiteral("/nope"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("/nope")));
        const auto cannot = sftp.writeFileAtomic(folder + QStringLiteral("/no/such/dir/file"), "x");
        QVERIFY(!cannot.ok());
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
