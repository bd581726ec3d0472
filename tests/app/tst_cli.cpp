// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli as scripts and ops automation use it: exit codes, stdout/stderr, JSON.
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("supadesk-cli ")));
    }

    void addListRemove()
    {
        const QStringList profile{QStringLiteral("--profile"), QStringLiteral("clitest")};
        Run r = cli(profile + QStringList{"stacks", "add", "--name", "prod", "--group", "Production",
                                          "--host", "db.example", "--user", "ops", "--port", "2222"});
        QCOMPARE(r.code, 0);
        r = cli(profile + QStringList{"stacks", "list", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("sshPort")].toInt(), 2222);
        QCOMPARE(list.at(0)[QStringLiteral("group")].toString(), QStringLiteral("Production"));
        // Names alone, as the bash completion of --stack reads them.
        r = cli(profile + QStringList{"stacks", "list", "--names"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("prod\n"));

        // The default profile is untouched by the clitest profile.
        r = cli({QStringLiteral("stacks"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        r = cli(profile + QStringList{"stacks", "add", "--name", "PROD", "--host", "x", "--user", "u"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("already called")), qPrintable(r.err));

        r = cli(profile + QStringList{"stacks", "remove", "prod"});
        QCOMPARE(r.code, 0);
        r = cli(profile + QStringList{"stacks", "list", "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void badInputGoesToStderrWithNonZeroExit_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("port range") << QStringList{"stacks", "add",    "--name", "a",      "--host",
                                                   "h",      "--user", "u",      "--port", "70000"}
                                    << "65535";
        QTest::newRow("empty host") << QStringList{"stacks", "add", "--name", "a", "--user", "u"}
                                    << "SSH host";
        QTest::newRow("missing key") << QStringList{"stacks",     "add",
                                                    "--name",     "a",
                                                    "--host",     "h",
                                                    "--user",     "u",
                                                    "--identity", "/nonexistent/key"}
                                     << "/nonexistent/key";
        QTest::newRow("unknown stack") << QStringList{"stacks", "remove", "nope"} << "nope";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
        QTest::newRow("bad import file")
            << QStringList{"stacks", "import", "/nonexistent.json"} << "/nonexistent.json";
    }

    void badInputGoesToStderrWithNonZeroExit()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
