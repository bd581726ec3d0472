// SPDX-License-Identifier: GPL-3.0-or-later
// @revoked, as OpenSSH applies it: a revoked key is refused wherever the revocation stands, before or
// after the line that would trust it, in the same file or in any other one it reads (the user's
// ~/.ssh/known_hosts, Supadesk's own file, the system-wide /etc/ssh/ssh_known_hosts).
#include "ssh/hostkey.h"
#include "ssh/hostkeyverifier.h"
#include "ssh/knownhostsfile.h"
#include "ssh/sshsession.h"
#include "ssh/sshtestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestKnownHostsRevocation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HostKey m_key;   // the server's key
    HostKey m_other; // an unrelated key of the same type

    static HostKey publicKeyOf(const QString &privateKey)
    {
        const QList<QByteArray> fields = sshtest::readAll(privateKey + QStringLiteral(".pub")).split(' ');
        const auto key = HostKey::fromBase64(fields.value(1));
        return key.ok() ? key.value() : HostKey();
    }

    // "KEY" stands for the server's key, "OTHER" for the unrelated one, "HOST" for its host field.
    QByteArray expand(QByteArray text, const QByteArray &host) const
    {
        return text.replace("KEY", m_key.knownHostsKey())
            .replace("OTHER", m_other.knownHostsKey())
            .replace("HOST", host);
    }

    QString write(const QString &name, const QByteArray &content, const QByteArray &host) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (content.isEmpty()) {
            f.remove();
            return path;
        }
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(expand(content, host));
        return path;
    }

    static QByteArray serverKeyLine()
    {
        return sshtest::readAll(testenv::value("SUPADESK_TEST_SSH_HOST_KEY") + QStringLiteral(".pub"))
            .split(' ')
            .mid(0, 2)
            .join(' ');
    }

private slots:
    void initTestCase()
    {
        m_key = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("server"), QStringLiteral("ed25519")));
        m_other = publicKeyOf(
            sshtest::generateKey(m_dir.path(), QStringLiteral("other"), QStringLiteral("ed25519")));
        QVERIFY(!m_key.isNull() && !m_other.isNull());
    }

    void revocationWinsWhereverItStands_data()
    {
        QTest::addColumn<QByteArray>("own");
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("system");
        QTest::addColumn<QString>("expected");  // trusted, revoked, changed or unknown
        QTest::addColumn<QString>("decidedBy"); // own, user or system
        QTest::addColumn<int>("line");

        const QByteArray host = "HOST KEY\n";
        const QByteArray revoked = "@revoked * KEY\n";
        // The same file.
        QTest::newRow("own: revoked after the host")
            << host + revoked << QByteArray() << QByteArray() << "revoked"
            << "own" << 2;
        QTest::newRow("own: revoked before the host")
            << revoked + host << QByteArray() << QByteArray() << "revoked"
            << "own" << 1;
        QTest::newRow("user: revoked after the host")
            << QByteArray() << "# mine\n" + host + "other.example.com OTHER\n" + revoked << QByteArray()
            << "revoked"
            << "user" << 4;
        QTest::newRow("user: revoked before the host")
            << QByteArray() << revoked + host << QByteArray() << "revoked"
            << "user" << 1;
        QTest::newRow("system: revoked after the host")
            << QByteArray() << QByteArray() << host + revoked << "revoked"
            << "system" << 2;
        QTest::newRow("revoked for the host's name only, after it")
            << host + "@revoked HOST KEY\n"
            << QByteArray() << QByteArray() << "revoked"
            << "own" << 2;
        QTest::newRow("hashed host line, revoked after it")
            << QByteArray("HASHED KEY\n") + revoked << QByteArray() << QByteArray() << "revoked"
            << "own" << 2;
        // Another file.
        QTest::newRow("own trusts, user revokes") << host << revoked << QByteArray() << "revoked"
                                                  << "user" << 1;
        QTest::newRow("user trusts, own revokes") << revoked << host << QByteArray() << "revoked"
                                                  << "own" << 1;
        QTest::newRow("own trusts, system revokes") << host << QByteArray() << revoked << "revoked"
                                                    << "system" << 1;
        QTest::newRow("system trusts, user revokes") << QByteArray() << revoked << host << "revoked"
                                                     << "user" << 1;
        QTest::newRow("user trusts, system revokes") << QByteArray() << host << revoked << "revoked"
                                                     << "system" << 1;
        QTest::newRow("a changed key is revoked too")
            << QByteArray("HOST OTHER\n") << QByteArray() << revoked << "revoked"
            << "system" << 1;
        // Controls: what is not revoked stays as it was.
        QTest::newRow("another key revoked") << host + "@revoked * OTHER\n"
                                             << QByteArray() << QByteArray() << "trusted"
                                             << "own" << 1;
        QTest::newRow("system file alone trusts")
            << QByteArray() << QByteArray() << "# system\n" + host << "trusted"
            << "system" << 2;
        QTest::newRow("stale own entry, current system one")
            << QByteArray("HOST OTHER\n") << QByteArray() << host << "trusted"
            << "system" << 1;
        QTest::newRow("nothing known") << QByteArray() << QByteArray() << QByteArray() << "unknown"
                                       << "" << 0;
    }
    void revocationWinsWhereverItStands()
    {
        QFETCH(QByteArray, own);
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, system);
        QFETCH(QString, expected);
        QFETCH(QString, decidedBy);
        QFETCH(int, line);

        const QString name = QStringLiteral("db1.example.com");
        const int port = 2222;
        const QByteArray field = KnownHostsFile::hostField(name, port).toUtf8();
        const QString ownPath = write(QStringLiteral("own"), own, field);
        const QString userPath = write(QStringLiteral("user"), user, field);
        const QString systemPath = write(QStringLiteral("system"), system, field);
        if (own.contains("HASHED")) {
            // Hashed the way OpenSSH does it, by its own tool.
            QFile f(ownPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray text = f.readAll().replace("HASHED", field);
            f.resize(0);
            f.write(text);
            f.close();
            sshtest::run(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), ownPath});
            QVERIFY(sshtest::readAll(ownPath).startsWith("|1|"));
        }

        const HostKeyVerifier verifier(ownPath, {userPath, systemPath});
        const auto check = verifier.check(name, port, m_key);
        QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().message));
        static const QHash<QString, HostKeyCheck::State> states{
            {QStringLiteral("trusted"), HostKeyCheck::State::Trusted},
            {QStringLiteral("revoked"), HostKeyCheck::State::Revoked},
            {QStringLiteral("changed"), HostKeyCheck::State::Changed},
            {QStringLiteral("unknown"), HostKeyCheck::State::Unknown},
        };
        QCOMPARE(check.value().state, states.value(expected));
        const QHash<QString, QString> paths{{QStringLiteral("own"), ownPath},
                                            {QStringLiteral("user"), userPath},
                                            {QStringLiteral("system"), systemPath}};
        QCOMPARE(check.value().file, paths.value(decidedBy));
        QCOMPARE(check.value().line, line);
    }

    // The same through a real handshake: the harness's sshd is listed as trusted in Supadesk's own
    // file, and revoked after that line, or in a system-wide file given in place of
    // /etc/ssh/ssh_known_hosts.
    void handshakeWithARevokedKeyIsRefused_data()
    {
        QTest::addColumn<bool>("revokedInSystemFile");
        QTest::newRow("same file, after the host") << false;
        QTest::newRow("system file") << true;
    }
    void handshakeWithARevokedKeyIsRefused()
    {
        QFETCH(bool, revokedInSystemFile);
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        SshConnectOptions o = sshtest::harnessLogin();
        o.acceptNewHostKey = true;
        o.userKnownHostsFile = m_dir.filePath(QStringLiteral("handshake_user"));
        o.knownHostsFile = m_dir.filePath(QStringLiteral("handshake_own"));
        const QString systemFile = m_dir.filePath(QStringLiteral("handshake_system"));
        o.systemKnownHostsFiles = {systemFile};
        QFile::remove(o.knownHostsFile);
        QFile::remove(systemFile);
        const QByteArray hostLine =
            KnownHostsFile::hostField(o.host, o.port).toUtf8() + ' ' + serverKeyLine();
        QVERIFY(sshtest::appendLine(o.knownHostsFile, hostLine));
        QVERIFY(sshtest::appendLine(revokedInSystemFile ? systemFile : o.knownHostsFile,
                                    "@revoked * " + serverKeyLine()));
        const QByteArray before = sshtest::readAll(o.knownHostsFile);

        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.hostkey.revoked"));
        QCOMPARE(session.hostKeyCheck().state, HostKeyCheck::State::Revoked);
        QCOMPARE(session.hostKeyCheck().file, revokedInSystemFile ? systemFile : o.knownHostsFile);
        QVERIFY(opened.error().message.contains(session.hostKeyCheck().file));
        QVERIFY(!session.isConnected());
        QCOMPARE(sshtest::readAll(o.knownHostsFile), before);
    }

    // The system-wide file trusts as OpenSSH's does, and is never written.
    void systemFileTrustsAndIsNotWritten()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        SshConnectOptions o = sshtest::harnessLogin();
        o.userKnownHostsFile = m_dir.filePath(QStringLiteral("trust_user"));
        o.knownHostsFile = m_dir.filePath(QStringLiteral("trust_own"));
        const QString systemFile = m_dir.filePath(QStringLiteral("trust_system"));
        o.systemKnownHostsFiles = {m_dir.filePath(QStringLiteral("absent")), systemFile};
        QVERIFY(sshtest::appendLine(systemFile, KnownHostsFile::hostField(o.host, o.port).toUtf8() + ' ' +
                                                    serverKeyLine()));
        const QByteArray before = sshtest::readAll(systemFile);
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(session.hostKeyCheck().state, HostKeyCheck::State::Trusted);
        QCOMPARE(session.hostKeyCheck().file, systemFile);
        QVERIFY(!QFile::exists(o.knownHostsFile));
        QCOMPARE(sshtest::readAll(systemFile), before);
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsRevocation)
#include "tst_knownhostsrevocation.moc"
