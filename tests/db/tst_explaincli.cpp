// SPDX-License-Identifier: GPL-3.0-or-later
// `supadesk-cli explain FILE [--json]` as scripts use it: summary, stable JSON, exit codes, errors.
#include "harness/clirun.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestExplainCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    using Run = clirun::Result;

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = clirun::environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return clirun::run(QStringList{QStringLiteral("explain")} + args, env, input);
    }

    static QString sample(const char *name)
    {
        return QStringLiteral(SUPADESK_TEST_DATA_DIR "/plans/") + QLatin1String(name);
    }

private slots:
    void summaryOfATextPlan()
    {
        const Run r = cli({sample("pev2_buffers_unicode_frame.txt")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Total time: 16,255.0 ms")) ||
                     r.out.contains(QLatin1String("Total time: 16255.0 ms")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Top nodes by exclusive time:")));
        // The hottest node first, with its share.
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const qsizetype top = lines.indexOf(QStringLiteral("Top nodes by exclusive time:"));
        QVERIFY(lines.at(top + 1).contains(QLatin1String("#1 ")));
        QVERIFY2(lines.at(top + 1).contains(QLatin1String("20.6%")), qPrintable(lines.at(top + 1)));
        QVERIFY(r.out.contains(QLatin1String("[warning] #4  Sort spilled")));
    }

    void jsonPerNode()
    {
        const Run r = cli({sample("pev2_parallel_verbose_workers.json"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("nodeCount")).toInt(), 4);
        QCOMPARE(report.value(QLatin1String("totalMs")).toDouble(), 484.97); // the root node's time
        const QJsonArray nodes = report.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), 4);
        const QJsonObject scan = nodes.at(3).toObject();
        QCOMPARE(scan.value(QLatin1String("id")).toInt(), 4);
        QCOMPARE(scan.value(QLatin1String("nodeType")).toString(), QStringLiteral("Seq Scan"));
        QCOMPARE(scan.value(QLatin1String("operation")).toString(), QStringLiteral("Parallel Seq Scan"));
        QCOMPARE(scan.value(QLatin1String("exclusiveMs")).toDouble(), 344.447);
        QCOMPARE(scan.value(QLatin1String("inclusiveMs")).toDouble(), 344.447);
        QCOMPARE(scan.value(QLatin1String("loops")).toDouble(), 3.0);
        QCOMPARE(scan.value(QLatin1String("actualRows")).toDouble(), 1962085.0);
        QCOMPARE(scan.value(QLatin1String("plannedRows")).toDouble(), 1470273.0);
        QCOMPARE(scan.value(QLatin1String("misestimateFactor")).toDouble(), 1.33);
        QCOMPARE(scan.value(QLatin1String("estimate")).toString(), QStringLiteral("under"));
        const QJsonArray findings = report.value(QLatin1String("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0)[QStringLiteral("code")].toString(), QStringLiteral("workers-not-launched"));
        QCOMPARE(findings.at(0)[QStringLiteral("nodeId")].toInt(), 2);
        QCOMPARE(findings.at(0)[QStringLiteral("severity")].toString(), QStringLiteral("warning"));
        double sum = 0;
        for (const QJsonValue &n : nodes)
            sum += n[QStringLiteral("exclusiveMs")].toDouble();
        // The Gather reports 486.428 ms, a little more than the root above it: the sum follows the nodes.
        QVERIFY(qAbs(sum - 486.428) < 0.01);
    }

    void readsStandardInput()
    {
        QFile file(sample("pev2_simple_join.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Run r = cli({QStringLiteral("-"), QStringLiteral("--json")}, file.readAll());
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("nodeCount")).toInt(),
                 5);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{} << QByteArray() << 2 << "Usage";
        QTest::newRow("missing file")
            << QStringList{"/nonexistent/plan.json"} << QByteArray() << 1 << "/nonexistent/plan.json";
        QTest::newRow("broken json") << QStringList{"-"} << QByteArray("[{\"Plan\": {\n  \"Node Type\": }}]")
                                     << 1 << "line 2";
        QTest::newRow("not a plan") << QStringList{"-"} << QByteArray("hello\n") << 1 << "Line 1";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args, input);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExplainCli)
#include "tst_explaincli.moc"
