// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli tunnel and exec, run as a user runs them, against the harness's sshd and PostgreSQL.
#include "ssh/sshtestsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <postgresql/libpq-fe.h>

#include <csignal>

class TestSshCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList target() const
    {
        return {QStringLiteral("--host"),        testenv::value("SUPADESK_TEST_SSH_HOST"),
                QStringLiteral("--port"),        testenv::value("SUPADESK_TEST_SSH_PORT"),
                QStringLiteral("--user"),        testenv::value("SUPADESK_TEST_SSH_USER"),
                QStringLiteral("--identity"),    testenv::value("SUPADESK_TEST_SSH_KEY"),
                QStringLiteral("--known-hosts"), testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS")};
    }

    // A HOME of the test's own: no ~/.ssh/known_hosts or ~/.ssh/config of the machine's user.
    QProcessEnvironment isolatedHome() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        return env;
    }

    static QByteArray serverFingerprint()
    {
        return sshtest::run(QStringLiteral("ssh-keygen"),
                            {QStringLiteral("-lf"),
                             testenv::value("SUPADESK_TEST_SSH_HOST_KEY") + QStringLiteral(".pub")})
            .split(' ')
            .value(1);
    }

    static QByteArray query(quint16 port, const char *sql)
    {
        const QByteArray conninfo =
            QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=postgres connect_timeout=10")
                .arg(port)
                .arg(testenv::value("SUPADESK_TEST_PG_USER"))
                .toUtf8();
        PGconn *c = PQconnectdb(conninfo.constData());
        QByteArray value;
        if (PQstatus(c) == CONNECTION_OK) {
            PGresult *r = PQexec(c, sql);
            if (PQresultStatus(r) == PGRES_TUPLES_OK)
                value = PQgetvalue(r, 0, 0);
            PQclear(r);
        }
        PQfinish(c);
        return value;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
    }

    void tunnelListensForwardsAndStopsOnSigterm()
    {
        const quint16 local = sshtest::freePort();
        QProcess tunnel;
        tunnel.start(
            QStringLiteral(SUPADESK_CLI_PATH),
            QStringList{QStringLiteral("tunnel")} + target() +
                QStringList{QStringLiteral("--forward"), QStringLiteral("%1:127.0.0.1:%2")
                                                             .arg(local)
                                                             .arg(testenv::value("SUPADESK_TEST_PG_PORT"))});
        QVERIFY(tunnel.waitForStarted());
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 20000 && tunnel.state() == QProcess::Running) {
            tunnel.waitForReadyRead(100);
            out += tunnel.readAllStandardOutput();
        }
        QCOMPARE(out, QStringLiteral("listening on 127.0.0.1:%1\n").arg(local).toUtf8());
        QCOMPARE(query(local, "SELECT 6 * 7"), QByteArray("42"));
        ::kill(pid_t(tunnel.processId()), SIGTERM);
        QVERIFY(tunnel.waitForFinished(10000));
        QCOMPARE(tunnel.exitStatus(), QProcess::NormalExit);
        QCOMPARE(tunnel.exitCode(), 0);
        QVERIFY(query(local, "SELECT 1").isEmpty());
    }

    void tunnelRefusesAnUnknownHostKeyAndShowsItsFingerprint()
    {
        QStringList args = QStringList{QStringLiteral("tunnel")} + target();
        args[args.indexOf(QStringLiteral("--known-hosts")) + 1] = m_dir.filePath(QStringLiteral("empty"));
        args << QStringLiteral("--forward") << QStringLiteral("0:127.0.0.1:1");
        QProcess tunnel;
        tunnel.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        QVERIFY(tunnel.waitForFinished(20000));
        QCOMPARE(tunnel.exitCode(), 1);
        const QByteArray fingerprint =
            sshtest::run(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-lf"),
                          testenv::value("SUPADESK_TEST_SSH_HOST_KEY") + QStringLiteral(".pub")})
                .split(' ')
                .value(1);
        const QByteArray err = tunnel.readAllStandardError();
        QVERIFY2(err.contains(fingerprint), err.constData());
        QVERIFY(err.contains("--accept-new-host-key"));
        QVERIFY(tunnel.readAllStandardOutput().isEmpty());
    }

    void tunnelRejectsABadForward()
    {
        QProcess tunnel;
        tunnel.start(QStringLiteral(SUPADESK_CLI_PATH),
                     QStringList{QStringLiteral("tunnel")} + target() +
                         QStringList{QStringLiteral("--forward"), QStringLiteral("5432")});
        QVERIFY(tunnel.waitForFinished(10000));
        QCOMPARE(tunnel.exitCode(), 2);
        QVERIFY(tunnel.readAllStandardError().contains("LOCALPORT:REMOTEHOST:REMOTEPORT"));
    }

    // The harness's sshd offers an ED25519 key; the known_hosts file knows its address only by an RSA
    // key. Accept-new is for hosts seen for the first time, and this one is not: refused, saying why.
    void acceptNewRefusesAKeyOfAnotherType()
    {
        const QString rsa = sshtest::generateKey(m_dir.path(), QStringLiteral("other_type"),
                                                 QStringLiteral("rsa"), QString(), 2048);
        const QString knownHosts = m_dir.filePath(QStringLiteral("rsa_only_known_hosts"));
        QVERIFY(sshtest::appendLine(
            knownHosts,
            QStringLiteral("[%1]:%2 ")
                    .arg(testenv::value("SUPADESK_TEST_SSH_HOST"), testenv::value("SUPADESK_TEST_SSH_PORT"))
                    .toUtf8() +
                sshtest::readAll(rsa + QStringLiteral(".pub")).split(' ').mid(0, 2).join(' ')));
        const QByteArray before = sshtest::readAll(knownHosts);
        QStringList args = QStringList{QStringLiteral("exec")} + target();
        args[args.indexOf(QStringLiteral("--known-hosts")) + 1] = knownHosts;
        args << QStringLiteral("--accept-new-host-key") << QStringLiteral("--") << QStringLiteral("echo")
             << QStringLiteral("connected");
        QProcess exec;
        exec.setProcessEnvironment(isolatedHome());
        exec.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        QVERIFY(exec.waitForFinished(20000));
        const QByteArray err = exec.readAllStandardError();
        QVERIFY2(exec.readAllStandardOutput().isEmpty(), err.constData());
        QCOMPARE(exec.exitCode(), 255);
        QVERIFY2(err.contains("RSA") && err.contains("ED25519"), err.constData());
        QVERIFY2(err.contains(serverFingerprint()), err.constData());
        // Running again with the same option would not help, so it is not suggested.
        QVERIFY2(!err.contains("Run again with --accept-new-host-key"), err.constData());
        QCOMPARE(sshtest::readAll(knownHosts), before);
    }

    // HashKnownHosts in the ssh configuration decides how a new entry is written, as with ssh.
    void newEntriesAreHashedWhenTheConfigurationSaysSo_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("hashed");
        QTest::newRow("yes") << "yes" << true;
        QTest::newRow("no") << "no" << false;
    }
    void newEntriesAreHashedWhenTheConfigurationSaysSo()
    {
        QFETCH(QString, setting);
        QFETCH(bool, hashed);
        const QString config = m_dir.filePath(QStringLiteral("hash_%1_config").arg(setting));
        QFile::remove(config);
        QVERIFY(sshtest::appendLine(config, "Host *\n    HashKnownHosts " + setting.toUtf8()));
        const QString knownHosts = m_dir.filePath(QStringLiteral("hash_%1_known_hosts").arg(setting));
        QFile::remove(knownHosts);
        QStringList args = QStringList{QStringLiteral("exec")} + target();
        args[args.indexOf(QStringLiteral("--known-hosts")) + 1] = knownHosts;
        args << QStringLiteral("--ssh-config") << config << QStringLiteral("--accept-new-host-key")
             << QStringLiteral("--") << QStringLiteral("echo") << QStringLiteral("connected");
        QProcess exec;
        exec.setProcessEnvironment(isolatedHome());
        exec.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        QVERIFY(exec.waitForFinished(20000));
        QVERIFY2(exec.exitCode() == 0, exec.readAllStandardError().constData());
        QCOMPARE(exec.readAllStandardOutput(), QByteArray("connected\n"));

        const QByteArray written = sshtest::readAll(knownHosts);
        const QByteArray field = "[" + testenv::value("SUPADESK_TEST_SSH_HOST").toUtf8() +
                                 "]:" + testenv::value("SUPADESK_TEST_SSH_PORT").toUtf8();
        QCOMPARE(written.startsWith("|1|"), hashed);
        QCOMPARE(written.contains(field), !hashed);
        // OpenSSH finds the entry under the host's name...
        const QByteArray found =
            sshtest::run(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-F"), QString::fromUtf8(field), QStringLiteral("-f"), knownHosts});
        QVERIFY2(found.contains(
                     sshtest::readAll(testenv::value("SUPADESK_TEST_SSH_HOST_KEY") + QStringLiteral(".pub"))
                         .split(' ')
                         .value(1)),
                 found.constData());
        // ...and so does Supadesk: the next connection needs no accept-new.
        args.removeAll(QStringLiteral("--accept-new-host-key"));
        QProcess again;
        again.setProcessEnvironment(isolatedHome());
        again.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        QVERIFY(again.waitForFinished(20000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        QCOMPARE(sshtest::readAll(knownHosts), written);
    }

    // Host aliases resolve as ssh resolves them (ssh -G): Include with a glob, and Match.
    void hostAliasesResolveThroughIncludeAndMatch()
    {
        const QString confD = m_dir.filePath(QStringLiteral("conf.d"));
        QVERIFY(QDir().mkpath(confD));
        QFile::remove(confD + QStringLiteral("/10-harness.conf"));
        QVERIFY(sshtest::appendLine(
            confD + QStringLiteral("/10-harness.conf"),
            QStringLiteral("Host harness-alias\n    Port %1\n    User %2\n")
                .arg(testenv::value("SUPADESK_TEST_SSH_PORT"), testenv::value("SUPADESK_TEST_SSH_USER"))
                .toUtf8()));
        const QString config = m_dir.filePath(QStringLiteral("alias_config"));
        QFile::remove(config);
        QVERIFY(sshtest::appendLine(config, "Include " + confD.toUtf8() +
                                                "/*.conf\n"
                                                "Match originalhost harness-alias\n"
                                                "    HostName " +
                                                testenv::value("SUPADESK_TEST_SSH_HOST").toUtf8() + "\n"));
        QProcess exec;
        exec.setProcessEnvironment(isolatedHome());
        exec.start(QStringLiteral(SUPADESK_CLI_PATH),
                   {QStringLiteral("exec"), QStringLiteral("--host"), QStringLiteral("harness-alias"),
                    QStringLiteral("--ssh-config"), config, QStringLiteral("--identity"),
                    testenv::value("SUPADESK_TEST_SSH_KEY"), QStringLiteral("--known-hosts"),
                    testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"), QStringLiteral("--"),
                    QStringLiteral("echo"), QStringLiteral("via-alias")});
        QVERIFY(exec.waitForFinished(20000));
        QVERIFY2(exec.exitCode() == 0, exec.readAllStandardError().constData());
        QCOMPARE(exec.readAllStandardOutput(), QByteArray("via-alias\n"));
    }

    // A host name that ssh would read as an option is refused before anything runs.
    void aHostNameStartingWithADashIsRefused()
    {
        const QString marker = m_dir.filePath(QStringLiteral("proxy-command-ran"));
        QProcess exec;
        exec.setProcessEnvironment(isolatedHome());
        exec.start(QStringLiteral(SUPADESK_CLI_PATH),
                   {QStringLiteral("exec"), QStringLiteral("--host=-oProxyCommand=touch %1").arg(marker),
                    QStringLiteral("--known-hosts"), m_dir.filePath(QStringLiteral("dash_known_hosts")),
                    QStringLiteral("--"), QStringLiteral("true")});
        QVERIFY(exec.waitForFinished(20000));
        QCOMPARE(exec.exitCode(), 2);
        QVERIFY(exec.readAllStandardError().contains("-oProxyCommand"));
        QVERIFY(!QFile::exists(marker));
    }

    void execPassesOutputAndExitStatusThrough()
    {
        QProcess exec;
        exec.start(QStringLiteral(SUPADESK_CLI_PATH),
                   QStringList{QStringLiteral("exec")} + target() +
                       QStringList{QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("out;"),
                                   QStringLiteral("echo"), QStringLiteral("err"), QStringLiteral(">&2;"),
                                   QStringLiteral("exit"), QStringLiteral("7")});
        QVERIFY(exec.waitForFinished(20000));
        QCOMPARE(exec.readAllStandardOutput(), QByteArray("out\n"));
        QCOMPARE(exec.readAllStandardError(), QByteArray("err\n"));
        QCOMPARE(exec.exitCode(), 7);
    }
};

QTEST_GUILESS_MAIN(TestSshCli)
#include "tst_sshcli.moc"
