// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli as scripts and ops automation use it: exit codes, stdout/stderr, JSON.
#include "harness/clirun.h"
#include "harness/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    using Run = clirun::Result;

    Run cli(const QStringList &args) { return cliIn(QStringLiteral("en"), args); }

    // The CLI takes its language from the system locale (TranslationLoader::systemLanguage()): here
    // Georgian messages while the C locale still rules numbers, so what the output shows comes from
    // the language, not from LC_NUMERIC.
    Run cliIn(const QString &language, const QStringList &args)
    {
        QProcessEnvironment env = clirun::environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        if (language == QLatin1String("ka")) {
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("ka_GE.UTF-8"));
            env.insert(QStringLiteral("LANG"), QStringLiteral("ka_GE.UTF-8"));
        }
        return clirun::run(args, env);
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

    // Text output is for people and follows the language: decimal commas, Georgian grouping and
    // CLDR's percent in Georgian. JSON is for scripts and stays with dots.
    void explainInGeorgian()
    {
        const QString plan = QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/pev2_buffers_unicode_frame.txt");
        const Run text = cliIn(QStringLiteral("ka"), {QStringLiteral("explain"), plan});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("16\u00A0255,0")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("20,6%")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(" მწმ")), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QStringLiteral("16,255")) && !text.out.contains(QStringLiteral("20.6")),
                 qPrintable(text.out));

        const Run json =
            cliIn(QStringLiteral("ka"), {QStringLiteral("explain"), plan, QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
        QVERIFY2(json.out.contains(QRegularExpression(QStringLiteral("\"totalMs\": 16254\\.984\\b"))),
                 qPrintable(json.out));
        QVERIFY(report.value(QLatin1String("nodes"))
                    .toArray()
                    .at(0)[QStringLiteral("exclusivePercent")]
                    .isDouble());
    }

    void statsInGeorgian()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        const QString dsn =
            QStringLiteral("postgresql://postgres@%1:%2/postgres")
                .arg(testenv::value("SUPADESK_TEST_PG_HOST"), testenv::value("SUPADESK_TEST_PG_PORT"));
        const Run text = cliIn(QStringLiteral("ka"), {QStringLiteral("stats"), QStringLiteral("--dsn"), dsn,
                                                      QStringLiteral("--interval"), QStringLiteral("1"),
                                                      QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        // The header in Georgian, each title over its figures.
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("დრო")), qPrintable(lines.at(0)));
        for (const char *english : {"commit", "rollback", "hit", "lag", "active", "idle", "rtt"})
            QVERIFY2(!lines.at(0).contains(QLatin1String(english)), qPrintable(lines.at(0)));
        for (int i = 1; i < 3; ++i)
            QCOMPARE(lines.at(i).size(), lines.at(0).size());
        // Rates with a decimal comma (TPS, commits/s and the round trip), no decimal point.
        static const QRegularExpression comma(QStringLiteral("\\d,\\d\\d?(\\s|$)"));
        static const QRegularExpression point(QStringLiteral("\\d\\.\\d"));
        QVERIFY2(lines.at(2).contains(comma), qPrintable(lines.at(2)));
        QVERIFY2(!lines.at(2).contains(point), qPrintable(lines.at(2)));

        const Run json = cliIn(QStringLiteral("ka"),
                               {QStringLiteral("stats"), QStringLiteral("--dsn"), dsn,
                                QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        QJsonParseError error;
        const QJsonObject sample = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
        QVERIFY(sample.value(QLatin1String("round_trip_ms")).toDouble() > 0);
        QVERIFY2(
            json.out.contains(QRegularExpression(QStringLiteral("\"round_trip_ms\":\\d+(\\.\\d+)?[,}]"))),
            qPrintable(json.out));
        QVERIFY2(sample.value(QLatin1String("time"))
                     .toString()
                     .startsWith(QString::number(QDate::currentDate().year())),
                 qPrintable(json.out));
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
