// SPDX-License-Identifier: GPL-3.0-or-later
// The app prober's live down/up rule, which must agree with ComponentTimeline's: down after N
// consecutive failures, with the first failure's reason; one success ends it.
#include "core/uptime/componenttimeline.h"
#include "core/uptime/failurestreak.h"
#include "core/uptime/probetargets.h"

#include <QtTest>

using namespace supadesk;

namespace {

ProbeResult probe(qint64 minute, bool ok, const QString &reason = QString(),
                  const QString &component = QStringLiteral("postgres"))
{
    return {minute * 60'000, component, ok, 5, reason, QStringLiteral("app")};
}

} // namespace

class TestUptimeFailureStreak : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheTimeline_data()
    {
        QTest::addColumn<QString>("pattern"); // o = ok, x = failure, one a minute
        QTest::addColumn<int>("threshold");
        QTest::newRow("blip") << QStringLiteral("ooxoo") << 2;
        QTest::newRow("outage") << QStringLiteral("ooxxxoo") << 2;
        QTest::newRow("two outages") << QStringLiteral("xxoxxxox") << 2;
        QTest::newRow("threshold three") << QStringLiteral("oxxoxxxo") << 3;
        QTest::newRow("threshold one") << QStringLiteral("oxoxo") << 1;
    }
    void agreesWithTheTimeline()
    {
        QFETCH(QString, pattern);
        QFETCH(int, threshold);
        FailureStreak streak(threshold);
        ProbeResults probes;
        QList<bool> liveDown;
        for (int i = 0; i < pattern.size(); ++i) {
            const ProbeResult p =
                probe(i, pattern.at(i) == QLatin1Char('o'), QStringLiteral("reason %1").arg(i));
            probes.append(p);
            streak.record(p);
            liveDown.append(streak.isDown(QStringLiteral("postgres")));
        }
        UptimeSettings settings;
        settings.failureThreshold = threshold;
        const QList<StateInterval> timeline = ComponentTimeline::build(probes, settings);
        // Once the live rule says down, the timeline holds that minute as down too (from the run's
        // first failure), with the same reason.
        for (int i = 0; i < pattern.size(); ++i) {
            if (!liveDown.at(i))
                continue;
            bool found = false;
            for (const StateInterval &s : timeline)
                if (s.state == ComponentState::Down && s.range.startMs <= i * 60'000 &&
                    s.range.endMs > i * 60'000) {
                    found = true;
                    int first = i;
                    while (first > 0 && pattern.at(first - 1) == QLatin1Char('x'))
                        --first;
                    QCOMPARE(s.reason, QStringLiteral("reason %1").arg(first));
                    QCOMPARE(streak.threshold(), threshold);
                }
            QVERIFY2(found, qPrintable(QStringLiteral("minute %1").arg(i)));
        }
    }

    void reportsChangesOnce()
    {
        FailureStreak streak(2);
        QVERIFY(!streak.record(probe(0, false, QStringLiteral("refused"))).has_value());
        QCOMPARE(streak.consecutiveFailures(QStringLiteral("postgres")), 1);
        const auto down = streak.record(probe(1, false, QStringLiteral("timeout")));
        QVERIFY(down.has_value());
        QVERIFY(down->down);
        QCOMPARE(down->reason, QStringLiteral("refused"));
        QCOMPARE(streak.reason(QStringLiteral("postgres")), QStringLiteral("refused"));
        QVERIFY(!streak.record(probe(2, false, QStringLiteral("timeout"))).has_value());
        // Components are independent.
        QVERIFY(!streak.record(probe(2, true, QString(), QStringLiteral("rest"))).has_value());
        const auto up = streak.record(probe(3, true));
        QVERIFY(up.has_value());
        QVERIFY(!up->down);
        QVERIFY(!streak.isDown(QStringLiteral("postgres")));
        QVERIFY(streak.reason(QStringLiteral("postgres")).isEmpty());
    }

    void standardTargetsAndServerLine()
    {
        QStringList names;
        for (const ProbeTarget &t : ProbeTargets::standard())
            names.append(t.component);
        QCOMPARE(names, (QStringList{QStringLiteral("ssh"), QStringLiteral("postgres"),
                                     QStringLiteral("auth"), QStringLiteral("rest"),
                                     QStringLiteral("realtime"), QStringLiteral("storage")}));
        QCOMPARE(
            ProbeTargets::serverGatewayTargets(8000),
            QStringLiteral("auth=http://127.0.0.1:8000/auth/v1/health rest=http://127.0.0.1:8000/rest/v1/ "
                           "realtime=http://127.0.0.1:8000/realtime/v1/api/tenants/realtime-dev/health "
                           "storage=http://127.0.0.1:8000/storage/v1/status"));
    }
};

QTEST_MAIN(TestUptimeFailureStreak)
#include "tst_uptimefailurestreak.moc"
