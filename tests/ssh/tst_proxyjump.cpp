// SPDX-License-Identifier: GPL-3.0-or-later
// ProxyJump: sessions carried through one or two real jump hosts (sshd instances of the test's
// own) to the harness's sshd, with the same host-key rules for every hop.
#include "ssh/sshsession.h"
#include "ssh/sshtestsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestProxyJump : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_knownHosts;
    sshtest::OwnSshd m_firstJump;
    sshtest::OwnSshd m_secondJump;

    QString user() const { return testenv::value("SUPADESK_TEST_SSH_USER"); }

    QString hop(const sshtest::OwnSshd &jump) const
    {
        return QStringLiteral("%1@127.0.0.1:%2").arg(user()).arg(jump.port());
    }

    // Trusts the harness's host key (which the jump hosts share) for these ports.
    QString knownHostsFor(const QString &name, const QList<quint16> &ports) const
    {
        const QString path = m_dir.filePath(name);
        const QByteArray key =
            sshtest::readAll(testenv::value("SUPADESK_TEST_SSH_HOST_KEY") + QStringLiteral(".pub"))
                .split(' ')
                .mid(0, 2)
                .join(' ');
        for (const quint16 port : ports)
            sshtest::appendLine(path, QStringLiteral("[127.0.0.1]:%1 ").arg(port).toUtf8() + key);
        return path;
    }

    SshConnectOptions target() const
    {
        SshConnectOptions o;
        o.host = testenv::value("SUPADESK_TEST_SSH_HOST");
        o.port = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
        o.user = user();
        o.auth = AuthMethod::KeyFile;
        o.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        o.knownHostsFile = m_knownHosts;
        o.userKnownHostsFile = m_dir.filePath(QStringLiteral("no_user_known_hosts"));
        o.timeoutSeconds = 5;
        return o;
    }

    static QString message(const Status &s) { return s.ok() ? QString() : s.error().message; }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        // No ~/.ssh/config of the machine's user may change the route under test.
        qputenv("HOME", m_dir.path().toUtf8());
        QVERIFY2(m_firstJump.start(), "the first jump host's sshd did not start");
        QVERIFY2(m_secondJump.start(), "the second jump host's sshd did not start");
        m_knownHosts = knownHostsFor(QStringLiteral("known_hosts"),
                                     {quint16(target().port), m_firstJump.port(), m_secondJump.port()});
    }

    void execAndBulkDataThroughOneJumpHost()
    {
        SshConnectOptions o = target();
        o.proxyJump = hop(m_firstJump);
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));

        // Several megabytes each way through the bridge arrive intact and in order.
        QByteArray payload(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(payload.data()), payload.size() / 4);
        const Result<ExecResult> echoed = session.exec(QStringLiteral("cat"), payload);
        QVERIFY(echoed.ok());
        QCOMPARE(echoed.value().exitStatus, 0);
        QCOMPARE(echoed.value().standardOutput.size(), payload.size());
        QVERIFY(echoed.value().standardOutput == payload);
    }

    void theSessionReallyRunsThroughTheJumpHost()
    {
        sshtest::OwnSshd jump;
        QVERIFY(jump.start());
        SshConnectOptions o = target();
        o.knownHostsFile = knownHostsFor(QStringLiteral("kill_known_hosts"), {quint16(o.port), jump.port()});
        o.proxyJump = hop(jump);
        SshSession session;
        QVERIFY2(session.open(o).ok(), qPrintable(session.lastLibraryError()));
        QVERIFY(session.exec(QStringLiteral("true")).ok());
        // The target's sshd keeps running; only the jump host goes away, and the session with it.
        jump.kill();
        const Result<ExecResult> after = session.exec(QStringLiteral("echo still here"));
        QVERIFY(!after.ok() || after.value().standardOutput != "still here\n");
    }

    void twoJumpHostsInOrder()
    {
        SshConnectOptions o = target();
        o.proxyJump = hop(m_firstJump) + QLatin1Char(',') + hop(m_secondJump);
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY2(opened.ok(), qPrintable(message(opened)));
        const Result<ExecResult> run = session.exec(QStringLiteral("echo through two hops"));
        QVERIFY(run.ok());
        QCOMPARE(run.value().standardOutput, QByteArray("through two hops\n"));
    }

    void unknownJumpHostKeyNamesTheJumpHost()
    {
        SshConnectOptions o = target();
        // The target is trusted, the jump host is not.
        o.knownHostsFile = knownHostsFor(QStringLiteral("target_only_known_hosts"), {quint16(o.port)});
        o.proxyJump = hop(m_firstJump);
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.hostkey.unknown"));
        QVERIFY2(opened.error().message.contains(QStringLiteral(":%1").arg(m_firstJump.port())),
                 qPrintable(opened.error().message));
        // What a "trust this key" answer would record is the jump host's entry, not the target's.
        QCOMPARE(session.hostKeyCheck().state, HostKeyCheck::State::Unknown);
        QCOMPARE(session.hostKeyCheck().port, int(m_firstJump.port()));
    }

    void jumpHostThatCannotReachTheTargetSaysSo()
    {
        SshConnectOptions o = target();
        o.port = sshtest::freePort(); // nothing listens there
        o.proxyJump = hop(m_firstJump);
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.jump.channel"));
        QVERIFY(opened.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(o.port)));
    }

    void malformedJumpHostsAreRefusedBeforeConnecting()
    {
        SshConnectOptions o = target();
        o.proxyJump = QStringLiteral("ops@bastion:99999");
        SshSession session;
        const Status opened = session.open(o);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("ssh.jump.syntax"));
        QVERIFY(opened.error().message.contains(QStringLiteral("ops@bastion:99999")));
    }
};

QTEST_GUILESS_MAIN(TestProxyJump)
#include "tst_proxyjump.moc"
