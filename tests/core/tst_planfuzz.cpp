// SPDX-License-Identifier: GPL-3.0-or-later
// Randomised mutations of the real plans: whatever people paste, the JSON and the text parser (each
// on its own, and behind the format detection) answer with a plan or a clear error, and the analysis
// of whatever parsed never crashes. The seed is fixed, so a failure reproduces; the iteration count is
// bounded in time so the test stays quick on slow machines.
#include "core/plan/plananalyzer.h"
#include "core/plan/planjsonparser.h"
#include "core/plan/planparser.h"
#include "core/plan/planreport.h"
#include "core/plan/plantextparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace supadesk;

class TestPlanFuzz : public QObject
{
    Q_OBJECT

    QList<QByteArray> m_samples;

    static QByteArray mutate(QByteArray data, QRandomGenerator &rng)
    {
        static const QList<QByteArray> tokens{"(",          ")",
                                              "->",         ":",
                                              "=",          "\"",
                                              "{",          "}",
                                              "[",          "]",
                                              "+",          "|",
                                              "..",         ",",
                                              "\n",         "  ",
                                              "-1",         "1e400",
                                              "nan",        "null",
                                              "true",       "CTE ",
                                              "InitPlan 1", "SubPlan 2",
                                              "Worker 0:",  "Buffers: shared hit=",
                                              "(cost=",     "(actual time=",
                                              " loops=",    "(never executed)",
                                              "JIT:\n"};
        const int mutations = 1 + int(rng.bounded(4));
        for (int i = 0; i < mutations && !data.isEmpty(); ++i) {
            const int at = int(rng.bounded(quint32(data.size())));
            switch (rng.bounded(8)) {
            case 0: // delete a run
                data.remove(at, 1 + int(rng.bounded(40)));
                break;
            case 1: // insert a token that matters to the parsers
                data.insert(at, tokens.at(int(rng.bounded(quint32(tokens.size())))));
                break;
            case 2: // random byte, including invalid UTF-8
                data[at] = char(rng.bounded(256));
                break;
            case 3: // truncate
                data.truncate(at);
                break;
            case 4: { // duplicate a line somewhere else
                const int start = int(data.lastIndexOf('\n', at)) + 1;
                const int end = int(data.indexOf('\n', at));
                const QByteArray line = data.mid(start, end < 0 ? -1 : end - start + 1);
                data.insert(int(rng.bounded(quint32(data.size()))), line);
                break;
            }
            case 5: // shift indentation of a line
                data.insert(int(data.lastIndexOf('\n', at)) + 1, QByteArray(int(rng.bounded(12)), ' '));
                break;
            case 6: // digits become something else
                for (int k = at; k < data.size() && k < at + 20; ++k)
                    if (data.at(k) >= '0' && data.at(k) <= '9')
                        data[k] = "x.-9e"[rng.bounded(5)];
                break;
            default: // swap two chunks
                if (data.size() > 20) {
                    const int other = int(rng.bounded(quint32(data.size() - 10)));
                    const QByteArray a = data.mid(at, 10);
                    data.replace(at, a.size(), data.mid(other, 10));
                    data.replace(other, 10, a);
                }
                break;
            }
        }
        return data;
    }

private slots:
    // Whatever one parser makes of the input: a plan whose analysis holds together, or an error of
    // its own kind that says something.
    static void checkAnswer(const Result<Plan> &plan, QLatin1String code, const QByteArray &input)
    {
        if (!plan.ok()) {
            QCOMPARE(plan.error().code, QString(code));
            QVERIFY2(!plan.error().message.isEmpty(), input.constData());
            return;
        }
        const PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
        QCOMPARE(analysis.allMetrics().size(), plan.value().size());
        for (const PlanFinding &f : analysis.findings())
            QVERIFY(plan.value().contains(f.nodeId));
    }

    void initTestCase()
    {
        // The reference samples from public visualisers (tests/data/plans holds them as they are,
        // with SOURCES.md) and the golden plans of the harness's PostgreSQL 15.
        for (const QString &folder : {QStringLiteral("/plans"), QStringLiteral("/plans/golden")}) {
            const QDir dir(QStringLiteral(SUPADESK_TEST_DATA_DIR) + folder);
            for (const QString &name :
                 dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.txt")}, QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                m_samples.append(file.readAll());
                // Unharmed, every sample is a plan: the mutations start from inputs that parse.
                QVERIFY2(PlanParser::parse(m_samples.last()).ok(), qPrintable(name));
            }
        }
        QVERIFY(m_samples.size() >= 16);
    }

    void mutatedPlansParseOrFailClearly()
    {
        QRandomGenerator rng(20261125);
        QElapsedTimer timer;
        timer.start();
        int parsed = 0;
        int rejected = 0;
        constexpr int iterations = 4000;
        int done = 0;
        for (; done < iterations && timer.elapsed() < 30000; ++done) {
            const QByteArray &original = m_samples.at(int(rng.bounded(quint32(m_samples.size()))));
            const QByteArray input = mutate(original, rng);
            // Each parser on its own too, whatever the input looks like: the JSON reader gets text
            // and the text reader gets JSON, as a wrong choice of format in the open dialog would.
            checkAnswer(PlanJsonParser::parse(input), QLatin1String("plan.json"), input);
            checkAnswer(PlanTextParser::parse(QString::fromUtf8(input)), QLatin1String("plan.text"), input);
            if (QTest::currentTestFailed())
                return;
            const Result<Plan> plan = PlanParser::parse(input);
            if (!plan.ok()) {
                ++rejected;
                QVERIFY(plan.error().code.startsWith(QLatin1String("plan.")));
                QVERIFY2(!plan.error().message.isEmpty(), input.constData());
                continue;
            }
            ++parsed;
            const PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
            const QJsonObject report = PlanReport::toJson(analysis);
            QCOMPARE(report.value(QLatin1String("nodeCount")).toInt(), plan.value().size());
            for (const PlanFinding &f : analysis.findings())
                QVERIFY(plan.value().contains(f.nodeId));
            // What parsed can be saved and read back.
            const Result<Plan> again = PlanParser::parse(plan.value().toJson());
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
            QCOMPARE(again.value().size(), plan.value().size());
        }
        qInfo("%d mutated plans: %d parsed, %d rejected", done, parsed, rejected);
        QVERIFY(done >= 500);
        QVERIFY(parsed > 0);
        QVERIFY(rejected > 0);
    }

    void randomBytesAreRejected()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 500; ++i) {
            QByteArray junk(int(rng.bounded(400)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            const Result<Plan> plan = PlanParser::parse(junk);
            if (!plan.ok())
                QVERIFY(!plan.error().message.isEmpty());
            else
                (void)PlanAnalyzer::analyze(plan.value());
            checkAnswer(PlanJsonParser::parse(junk), QLatin1String("plan.json"), junk);
            checkAnswer(PlanTextParser::parse(QString::fromUtf8(junk)), QLatin1String("plan.text"), junk);
        }
    }

    void deeplyNestedInputDoesNotOverflow()
    {
        // 3,000 levels of "->" children and 20,000 of JSON nesting.
        QByteArray text = "Limit  (cost=0.00..1.00 rows=1 width=4)\n";
        for (int i = 1; i <= 3000; ++i)
            text += QByteArray(i * 2, ' ') +
                    "->  Limit  (cost=0.00..1.00 rows=1 width=4) (actual time=0.001..0.002 rows=1 loops=1)\n";
        const Result<Plan> plan = PlanParser::parse(text);
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().size(), 3001);
        const PlanAnalysis analysis = PlanAnalyzer::analyze(plan.value());
        QCOMPARE(analysis.allMetrics().size(), 3001);

        QByteArray json;
        for (int i = 0; i < 20000; ++i)
            json += "{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [";
        const Result<Plan> nested = PlanParser::parse(json);
        QVERIFY(!nested.ok());
        QVERIFY(nested.error().message.contains(QLatin1String("line 1")));
    }

    // The one-pass reader and the QJsonDocument reader give the same plan, or the same error, for
    // every mutation of the JSON samples and for the corner cases where simdjson and QJsonDocument
    // read JSON differently (QJsonDocument's reading is the one kept).
    void onePassReaderAgreesWithTheDocumentReader()
    {
        QList<QByteArray> inputs{
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Node Type\": \"Sort\", \"Plan Rows\": 1.0}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Actual Rows\": [1], \"Actual Rows\": 2}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [], \"Plans\": [3]}}",
            "{\"Plan\": {\"Node Type\": \"Limit\"}, \"Plan\": {\"Node Type\": \"Sort\"}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Plan Rows\": 1e-400}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Plan Rows\": 1.}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Alias\": \"\\ud800\"}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Alias\": \"a\tb\"}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Plan Rows\": 18446744073709551615, \"x\": -0}}",
            "{\"Plan\": {\"Node Type\": \"Limit\", \"Plan Rows\": 123456789012345678901234567}}",
            "{\"QUERY PLAN\": [{\"Plan\": {\"Node Type\": \"Limit\"}}], \"Plan\": {\"Node Type\": \"X\"}}",
            "{\"QUERY PLAN\": [], \"Plan\": {\"Node Type\": \"X\"}}",
            "[{\"Plan\": {\"Node Type\": \"Limit\"}}, {\"Plan\": tru}]",
            "{\"Plan\": {\"Node Type\": \"Limit\"}} x",
            "\xEF\xBB\xBF{\"Plan\": {\"Node Type\": \"Limit\"}}",
        };
        QRandomGenerator rng(20261207);
        for (const QByteArray &sample : std::as_const(m_samples))
            if (sample.trimmed().startsWith('[') || sample.trimmed().startsWith('{')) {
                inputs.append(sample);
                for (int i = 0; i < 150; ++i)
                    inputs.append(mutate(sample, rng));
            }
        for (const QByteArray &input : std::as_const(inputs)) {
            const Result<Plan> fast = PlanJsonParser::parse(input);
            const Result<Plan> reference = PlanJsonParser::parseWithDocument(input);
            QCOMPARE(fast.ok(), reference.ok());
            if (!fast.ok()) {
                QCOMPARE(fast.error().message, reference.error().message);
                continue;
            }
            QCOMPARE(fast.value().toJson(), reference.value().toJson());
            QCOMPARE(fast.value().topLevel(), reference.value().topLevel());
            QCOMPARE(fast.value().size(), reference.value().size());
            for (int id = 1; id <= fast.value().size(); ++id) {
                const PlanNode &a = fast.value().node(id);
                const PlanNode &b = reference.value().node(id);
                QCOMPARE(a.properties.toObject(), b.properties.toObject());
                QCOMPARE(a.childIds, b.childIds);
                QCOMPARE(a.displayType(), b.displayType());
                QCOMPARE(a.actualTotalMs, b.actualTotalMs);
                QCOMPARE(a.buffers.sharedHit, b.buffers.sharedHit);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanFuzz)
#include "tst_planfuzz.moc"
