// SPDX-License-Identifier: GPL-3.0-or-later
// ~/.ssh/config host aliases: the same answers OpenSSH gives (checked with `ssh -G`).
#include "ssh/sshconfigfile.h"
#include "ssh/sshtestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestSshConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;

private slots:
    void initTestCase()
    {
        m_config = m_dir.filePath(QStringLiteral("config"));
        QFile f(m_config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Supabase servers\n"
                "Host prod\n"
                "    HostName db1.example.com\n"
                "    Port 2222\n"
                "    User ops\n"
                "    IdentityFile ~/.ssh/prod_ed25519\n"
                "    ProxyJump ops@bastion.example.com:2200\n"
                "Host staging* !staging-old\n"
                "    HostName=10.0.0.5\n"
                "    User deploy\n"
                "    ProxyJump jump1,deploy@jump2:2022\n"
                "Host *.internal\n"
                "    HostName %h.example.net\n"
                "Match host nothing\n"
                "    User never\n"
                "Host *\n"
                "    User fallback\n"
                "    Port 2200\n");
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("proxyJump");
        QTest::newRow("alias") << "prod"
                               << "db1.example.com" << 2222 << "ops"
                               << "ops@bastion.example.com:2200";
        QTest::newRow("wildcard") << "staging-2"
                                  << "10.0.0.5" << 2200 << "deploy"
                                  << "jump1,deploy@jump2:2022";
        QTest::newRow("negated") << "staging-old"
                                 << "" << 2200 << "fallback"
                                 << "";
        QTest::newRow("token") << "db.internal"
                               << "db.internal.example.net" << 2200 << "fallback"
                               << "";
        QTest::newRow("no alias") << "other.example.com"
                                  << "" << 2200 << "fallback"
                                  << "";
    }
    void lookup()
    {
        QFETCH(QString, alias);
        QFETCH(QString, hostName);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, proxyJump);
        const SshConfigFile::Entry entry = SshConfigFile(m_config).lookup(alias);
        QCOMPARE(entry.proxyJump, proxyJump);
        QCOMPARE(entry.hostName, hostName);
        QCOMPARE(entry.port, port);
        QCOMPARE(entry.user, user);

        // OpenSSH agrees (ssh -G prints the configuration it would use).
        const QByteArray g = sshtest::run(QStringLiteral("ssh"),
                                          {QStringLiteral("-G"), QStringLiteral("-F"), m_config, alias});
        QVERIFY(g.contains("\nport " + QByteArray::number(port) + "\n"));
        QVERIFY(g.contains("\nuser " + user.toUtf8() + "\n"));
        QVERIFY(g.startsWith("host " + alias.toUtf8() + "\n"));
        QVERIFY(g.contains("\nhostname " + (hostName.isEmpty() ? alias : hostName).toUtf8() + "\n"));
        if (proxyJump.isEmpty())
            QVERIFY(!g.contains("\nproxyjump "));
        else
            QVERIFY(g.contains("\nproxyjump " + proxyJump.toUtf8() + "\n"));
    }

    void applyFillsOnlyWhatIsOpen()
    {
        SshConnectOptions o;
        o.host = QStringLiteral("prod");
        o.auth = AuthMethod::KeyFile;
        o = SshConfigFile(m_config).apply(o);
        QCOMPARE(o.host, QStringLiteral("db1.example.com"));
        QCOMPARE(o.port, 2222);
        QCOMPARE(o.user, QStringLiteral("ops"));
        QCOMPARE(o.keyFile, QDir::homePath() + QStringLiteral("/.ssh/prod_ed25519"));
        QCOMPARE(o.proxyJump, QStringLiteral("ops@bastion.example.com:2200"));

        SshConnectOptions explicitOnes;
        explicitOnes.host = QStringLiteral("prod");
        explicitOnes.port = 2022;
        explicitOnes.user = QStringLiteral("me");
        explicitOnes.auth = AuthMethod::KeyFile;
        explicitOnes.keyFile = QStringLiteral("/keys/mine");
        explicitOnes.proxyJump = QStringLiteral("none");
        explicitOnes = SshConfigFile(m_config).apply(explicitOnes);
        QCOMPARE(explicitOnes.port, 2022);
        QCOMPARE(explicitOnes.user, QStringLiteral("me"));
        QCOMPARE(explicitOnes.keyFile, QStringLiteral("/keys/mine"));
        QCOMPARE(explicitOnes.proxyJump, QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
