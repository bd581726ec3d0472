// SPDX-License-Identifier: GPL-3.0-or-later
// Supavisor's pooler figures, read from its Prometheus metrics: the text format as Supavisor writes it,
// the rates between two scrapes (tests/data/supavisor/SOURCES.md gives the expected figures), a
// restart, and what the dashboard says when the metrics cannot be read.
#include "core/metrics/poolerproblem.h"
#include "core/metrics/poolerseries.h"
#include "core/metrics/prometheustext.h"
#include "core/metrics/supavisorfigures.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace supadesk;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/supavisor/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

SupavisorCounters countersOf(const QByteArray &text)
{
    const Result<PrometheusText> scrape = PrometheusText::parse(text);
    if (!scrape.ok())
        qFatal("scrape does not parse: %s", qPrintable(scrape.error().message));
    const Result<SupavisorCounters> c = SupavisorFigures::counters(scrape.value());
    if (!c.ok())
        qFatal("no counters: %s", qPrintable(c.error().message));
    return c.value();
}

bool hasSeries(const QList<QPair<QString, double>> &values, const QString &name, double *value = nullptr)
{
    for (const auto &[metric, v] : values)
        if (metric == name) {
            if (value)
                *value = v;
            return true;
        }
    return false;
}

} // namespace

class TestSupavisorMetrics : public QObject
{
    Q_OBJECT

private slots:
    void parsesSupavisorsScrape()
    {
        const Result<PrometheusText> scrape = PrometheusText::parse(fixture("metrics-1.prom"));
        QVERIFY(scrape.ok());
        QCOMPARE(scrape.value().skippedLines(), 0);
        // 1 + 2 + 1 + 11 buckets + sum + count + 2 + 1 + 1 + 1 sample lines.
        QCOMPARE(scrape.value().samples().size(), 22);
        const PrometheusSample &first = scrape.value().samples().at(1);
        QCOMPARE(first.name, QByteArray("supavisor_connections_active"));
        QCOMPARE(first.labels().value(QStringLiteral("mode")), QStringLiteral("transaction"));
        QCOMPARE(first.labels().value(QStringLiteral("tenant")), QStringLiteral("pooler-dev"));
        QCOMPARE(first.labels().size(), 8);
        QCOMPARE(first.value, 5.0);
        QCOMPARE(scrape.value().sum(QStringLiteral("supavisor_connections_active")),
                 std::optional<double>(7));
        QCOMPARE(scrape.value().sum(QStringLiteral("supavisor_client_network_recv")),
                 std::optional<double>(12345678));
        // Absent is not zero.
        QVERIFY(!scrape.value().sum(QStringLiteral("supavisor_renamed_metric")).has_value());
    }

    void parsesTheFormatsCorners()
    {
        const Result<PrometheusText> scrape =
            PrometheusText::parse("plain 3\n"
                                  "stamped{a=\"b\"} 42 1698000000000\n"
                                  "escaped{note=\"a \\\"quoted\\\" v\",path=\"c:\\\\tmp\",nl=\"x\\ny\",} 7\n"
                                  "spaced { a = \"1\" } 1.5e+3\n"
                                  "not_a_number NaN\n"
                                  "up +Inf\n"
                                  "down -Inf\n"
                                  "!!! not a metric line !!!\n"
                                  "unclosed{a=\"b} 1\n"
                                  "novalue{a=\"b\"}\n"
                                  "  # an indented comment\n\n");
        QVERIFY(scrape.ok());
        const QList<PrometheusSample> &s = scrape.value().samples();
        QCOMPARE(s.size(), 7);
        QCOMPARE(scrape.value().skippedLines(), 3);
        QCOMPARE(s.at(0).value, 3.0);
        QVERIFY(s.at(0).labels().isEmpty());
        QCOMPARE(s.at(1).value, 42.0);
        QCOMPARE(s.at(2).labels().value(QStringLiteral("note")), QStringLiteral("a \"quoted\" v"));
        QCOMPARE(s.at(2).labels().value(QStringLiteral("path")), QStringLiteral("c:\\tmp"));
        QCOMPARE(s.at(2).labels().value(QStringLiteral("nl")), QStringLiteral("x\ny"));
        QCOMPARE(s.at(3).labels().value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(s.at(3).value, 1500.0);
        QVERIFY(std::isnan(s.at(4).value));
        QVERIFY(std::isinf(s.at(5).value) && s.at(5).value > 0);
        QVERIFY(std::isinf(s.at(6).value) && s.at(6).value < 0);
    }

    void textThatIsNoScrapeIsAnError()
    {
        const Result<PrometheusText> html = PrometheusText::parse("<html><body>Forbidden</body></html>\n");
        QVERIFY(!html.ok());
        QVERIFY(!html.error().message.isEmpty());
        // An empty scrape is no error: Supavisor just started and has nothing to say yet.
        QVERIFY(PrometheusText::parse("").ok());
        QVERIFY(PrometheusText::parse("# HELP x y\n").ok());
    }

    void anotherProgramsMetricsAreNotSupavisors()
    {
        const Result<PrometheusText> scrape =
            PrometheusText::parse("# TYPE node_load1 gauge\nnode_load1 0.85\nprocess_cpu_seconds_total 12\n");
        QVERIFY(scrape.ok());
        const Result<SupavisorCounters> c = SupavisorFigures::counters(scrape.value());
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QLatin1String("Supavisor")));
    }

    void ratesBetweenTwoScrapes()
    {
        const SupavisorCounters before = countersOf(fixture("metrics-1.prom"));
        const SupavisorCounters after = countersOf(fixture("metrics-2.prom"));
        const PoolerSample s = SupavisorFigures::sample(before, after, 10.0);
        QCOMPARE(s.pooler, PoolerSample::Pooler::Supavisor);
        QCOMPARE(s.pools.clientsActive, 7);
        QVERIFY(s.rates.queriesPerSecond.has_value());
        QCOMPARE(*s.rates.queriesPerSecond, 50.0);
        QVERIFY(s.rates.averageWaitMs.has_value());
        QCOMPARE(*s.rates.averageWaitMs, 0.3);
        QVERIFY(s.failedLoginsPerSecond.has_value());
        QCOMPARE(*s.failedLoginsPerSecond, 0.1);
        // Supavisor has no transactions counter: no made-up figure.
        QVERIFY(!s.rates.transactionsPerSecond.has_value());
    }

    void firstScrapeHasGaugesOnly()
    {
        const PoolerSample s =
            SupavisorFigures::sample(std::nullopt, countersOf(fixture("metrics-1.prom")), 0);
        QCOMPARE(s.pools.clientsActive, 7);
        QVERIFY(!s.rates.queriesPerSecond.has_value());
        QVERIFY(!s.rates.averageWaitMs.has_value());
    }

    void restartGivesNoRateForThatInterval()
    {
        // The later scrape first: every counter went down, as after Supavisor restarted.
        const PoolerSample s = SupavisorFigures::sample(countersOf(fixture("metrics-2.prom")),
                                                        countersOf(fixture("metrics-1.prom")), 10.0);
        QCOMPARE(s.pools.clientsActive, 7);
        QVERIFY(!s.rates.queriesPerSecond.has_value());
        QVERIFY(!s.rates.averageWaitMs.has_value());
        QVERIFY(!s.failedLoginsPerSecond.has_value());
    }

    void countersWithTheTotalSuffixAreRead()
    {
        const SupavisorCounters before =
            countersOf("supavisor_client_queries_count_total{mode=\"session\"} 10\n");
        const SupavisorCounters after =
            countersOf("supavisor_client_queries_count_total{mode=\"session\"} 30\n");
        const PoolerSample s = SupavisorFigures::sample(before, after, 2.0);
        QCOMPARE(s.rates.queriesPerSecond, std::optional<double>(10));
        // Nobody connected yet: no gauge at all, shown as none.
        QCOMPARE(s.pools.clientsActive, 0);
    }

    void seriesOfASupavisorReadingLeaveGapsForWhatItLacks()
    {
        const PoolerSample s = SupavisorFigures::sample(countersOf(fixture("metrics-1.prom")),
                                                        countersOf(fixture("metrics-2.prom")), 10.0);
        const auto values = PoolerSeries::values(s);
        double v = 0;
        QVERIFY(hasSeries(values, PoolerSeries::ClientsActive, &v));
        QCOMPARE(v, 7.0);
        QVERIFY(hasSeries(values, PoolerSeries::AverageWaitMs, &v));
        QCOMPARE(v, 0.3);
        QVERIFY(hasSeries(values, PoolerSeries::QueriesPerSecond, &v));
        QCOMPARE(v, 50.0);
        QVERIFY(hasSeries(values, PoolerSeries::FailedLoginsPerSecond, &v));
        for (const QString &absent : {PoolerSeries::ClientsWaiting, PoolerSeries::ServersActive,
                                      PoolerSeries::ServersIdle, PoolerSeries::MaxWaitMs})
            QVERIFY2(!hasSeries(values, absent), qPrintable(absent));
        // A PgBouncer reading keeps all of its series.
        PoolerSample bouncer;
        QVERIFY(hasSeries(PoolerSeries::values(bouncer), PoolerSeries::ServersIdle));
    }

    void adviceWhenTheMetricsCannotBeRead_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("no metrics port")
            << int(PoolerProblem::Kind::Supavisor)
            << QStringList{QStringLiteral("Supavisor metrics port"), QStringLiteral("Edit Stack")};
        QTest::newRow("no secret") << int(PoolerProblem::Kind::SupavisorNoSecret)
                                   << QStringList{QStringLiteral("JWT secret"), QStringLiteral("keychain"),
                                                  QStringLiteral("Setup wizard")};
        QTest::newRow("unreachable") << int(PoolerProblem::Kind::SupavisorUnreachable)
                                     << QStringList{QStringLiteral("port 4100"),
                                                    QStringLiteral("\"127.0.0.1:4100:4000\""),
                                                    QStringLiteral("Connection closed")};
        QTest::newRow("forbidden") << int(PoolerProblem::Kind::SupavisorForbidden)
                                   << QStringList{QStringLiteral("METRICS_JWT_SECRET")};
    }

    void adviceWhenTheMetricsCannotBeRead()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, mentions);
        PoolerProblem p;
        p.kind = PoolerProblem::Kind(kind);
        p.metricsPort = 4100;
        p.detail = QStringLiteral("Connection closed");
        const QString advice = p.advice(QStringLiteral("postgres"), 6543);
        for (const QString &m : mentions)
            QVERIFY2(advice.contains(m), qPrintable(advice));
    }
};

QTEST_GUILESS_MAIN(TestSupavisorMetrics)
#include "tst_supavisormetrics.moc"
