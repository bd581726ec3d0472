// SPDX-License-Identifier: GPL-3.0-or-later
// Host lookup as OpenSSH does it: `ssh -G` where ssh is installed (Include, Match and the system-wide
// files exactly as ssh reads them), the built-in parser otherwise (which follows Include too).
#include "ssh/sshconfigfile.h"
#include "ssh/sshconfigresolver.h"
#include "ssh/sshtestsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestSshConfigResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_config;

    QString home() const { return m_dir.filePath(QStringLiteral("home")); }

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    // A resolver that cannot find ssh answers with the built-in parser.
    SshConfigResolver fallback(const QString &config) const
    {
        return SshConfigResolver(config, m_dir.filePath(QStringLiteral("no-ssh-here")));
    }

private slots:
    void initTestCase()
    {
        // The built-in parser reads ~ from HOME; ssh -G is given the file explicitly (-F).
        qputenv("HOME", home().toUtf8());
        const QString confD = m_dir.filePath(QStringLiteral("conf.d"));
        write(confD + QStringLiteral("/20-db.conf"), "Host db-*\n    User deploy\n    Port 2201\n"
                                                     "    HashKnownHosts yes\n");
        write(confD + QStringLiteral("/10-first.conf"), "Host db-2\n    Port 2202\n");
        write(confD + QStringLiteral("/notes.txt"), "Host *\n    User never\n");
        // Relative Include paths are relative to ~/.ssh, as OpenSSH has them.
        write(home() + QStringLiteral("/.ssh/bastions.conf"),
              "Host db-3\n    ProxyJump ops@bastion.example.com:2200\n");
        m_config = m_dir.filePath(QStringLiteral("config"));
        write(m_config, "Include " + confD.toUtf8() +
                            "/*.conf bastions.conf\n"
                            "Match originalhost db-1\n"
                            "    HostName 10.1.0.1\n"
                            "    User matched\n"
                            "Host db-*\n"
                            "    IdentityFile ~/.ssh/db_ed25519\n"
                            "    GlobalKnownHostsFile /srv/ssh/known_hosts /srv/ssh/known_hosts2\n"
                            "Host *\n"
                            "    HashKnownHosts no\n");
    }

    void sshAnswersWithIncludeAndMatch_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("proxyJump");
        QTest::addColumn<bool>("hashed");
        QTest::newRow("match") << "db-1"
                               << "10.1.0.1" << 2201 << "deploy"
                               << "" << true;
        QTest::newRow("first include wins") << "db-2"
                                            << "db-2" << 2202 << "deploy"
                                            << "" << true;
        // (ssh takes ~ and relative Include paths from the account's home, not HOME: not compared.)
        QTest::newRow("no alias") << "web.example.com"
                                  << "web.example.com" << 22 << QString() << "" << false;
    }
    void sshAnswersWithIncludeAndMatch()
    {
        QFETCH(QString, alias);
        QFETCH(QString, hostName);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, proxyJump);
        QFETCH(bool, hashed);
        SshConnectOptions o;
        o.host = alias;
        o.auth = AuthMethod::KeyFile;
        const SshConfigResolver resolver(m_config);
        QVERIFY(resolver.usesSsh());
        const Result<SshConnectOptions> resolved = resolver.apply(o);
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
        const SshConnectOptions &r = resolved.value();
        QCOMPARE(r.host, hostName);
        QCOMPARE(r.port, port);
        if (!user.isEmpty())
            QCOMPARE(r.user, user);
        QCOMPARE(r.proxyJump, proxyJump);
        QCOMPARE(r.hashKnownHosts, hashed);
        if (alias.startsWith(QLatin1String("db-"))) {
            QCOMPARE(r.keyFile, home() + QStringLiteral("/.ssh/db_ed25519"));
            QCOMPARE(r.systemKnownHostsFiles, (QStringList{QStringLiteral("/srv/ssh/known_hosts"),
                                                           QStringLiteral("/srv/ssh/known_hosts2")}));
        } else {
            // ssh's built-in identity files are not a configured key.
            QVERIFY(r.keyFile.isEmpty());
            QCOMPARE(r.systemKnownHostsFiles, SshConnectOptions().systemKnownHostsFiles);
        }
        QCOMPARE(r.sshConfigFile, m_config);
    }

    // Without ssh the built-in parser follows the same Include lines (Match stays unsupported there).
    void builtInParserFollowsInclude_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("proxyJump");
        QTest::addColumn<bool>("hashed");
        QTest::newRow("first include wins") << "db-2" << 2202 << "deploy"
                                            << "" << true;
        QTest::newRow("relative include") << "db-3" << 2201 << "deploy"
                                          << "ops@bastion.example.com:2200" << true;
        QTest::newRow("no alias") << "web.example.com" << 22 << ""
                                  << "" << false;
    }
    void builtInParserFollowsInclude()
    {
        QFETCH(QString, alias);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, proxyJump);
        QFETCH(bool, hashed);
        const SshConfigResolver resolver = fallback(m_config);
        QVERIFY(!resolver.usesSsh());
        SshConnectOptions o;
        o.host = alias;
        const Result<SshConnectOptions> resolved = resolver.apply(o);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value().port, port);
        QCOMPARE(resolved.value().user, user);
        QCOMPARE(resolved.value().proxyJump, proxyJump);
        QCOMPARE(resolved.value().hashKnownHosts, hashed);

        // And agrees with what ssh itself prints for it.
        const QByteArray g = sshtest::run(QStringLiteral("ssh"),
                                          {QStringLiteral("-G"), QStringLiteral("-F"), m_config, alias});
        QVERIFY(g.contains("\nport " + QByteArray::number(port) + "\n"));
        QVERIFY(g.contains(QByteArray("\nhashknownhosts ") + (hashed ? "yes" : "no") + "\n"));
    }

    // An Include inside a Host block applies only where that block does.
    void includeInsideAHostBlockIsConditional()
    {
        const QString extra = m_dir.filePath(QStringLiteral("conditional.conf"));
        write(extra, "Port 2299\n");
        const QString config = m_dir.filePath(QStringLiteral("conditional_config"));
        write(config, "Host special\n    Include " + extra.toUtf8() + "\nHost *\n    Port 2200\n");
        for (const SshConfigResolver &resolver : {SshConfigResolver(config), fallback(config)}) {
            SshConnectOptions special;
            special.host = QStringLiteral("special");
            QCOMPARE(resolver.apply(special).value().port, 2299);
            SshConnectOptions other;
            other.host = QStringLiteral("other");
            QCOMPARE(resolver.apply(other).value().port, 2200);
        }
    }

    // ssh is run without a shell, and a name it would read as an option is refused.
    void hostNamesThatLookLikeOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::newRow("option") << "-oProxyCommand=touch /tmp/supadesk-never";
        QTest::newRow("dash") << "-";
    }
    void hostNamesThatLookLikeOptionsAreRefused()
    {
        QFETCH(QString, alias);
        for (const SshConfigResolver &resolver : {SshConfigResolver(m_config), fallback(m_config)}) {
            SshConnectOptions o;
            o.host = alias;
            const Result<SshConnectOptions> resolved = resolver.apply(o);
            QVERIFY(!resolved.ok());
            QCOMPARE(resolved.error().code, QStringLiteral("ssh.config.hostname"));
            QVERIFY(resolved.error().message.contains(alias));
        }
    }

    void shellCharactersReachSshAsOneArgument()
    {
        // Were a shell involved, "$(...)" would run; ssh sees one odd host name and prints it back.
        const QString marker = m_dir.filePath(QStringLiteral("ran"));
        SshConnectOptions o;
        o.host = QStringLiteral("db-9;touch %1").arg(marker);
        const Result<SshConnectOptions> resolved = SshConfigResolver(m_config).apply(o);
        QVERIFY(!QFile::exists(marker));
        if (resolved.ok())
            QCOMPARE(resolved.value().port, 2201);
    }
};

QTEST_GUILESS_MAIN(TestSshConfigResolver)
#include "tst_sshconfigresolver.moc"
