// SPDX-License-Identifier: GPL-3.0-or-later
// A real outage, seen by the probe script: PostgreSQL is stopped for a while and started again while
// the probe runs every few seconds; the incident computed from its log lasts as long as the outage,
// give or take one probe interval.
#include "core/uptime/availabilityreport.h"
#include "core/uptime/probelogparser.h"
#include "harness/testenv.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace supadesk;

namespace {

const QString script = QStringLiteral(SUPADESK_SOURCE_DIR "/resources/probe/supadesk-uptime-probe.sh");
constexpr int intervalMs = 2000;

// pg_ctl refuses to run as root.
bool pgCtl(const QStringList &args)
{
    QStringList command = {QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"), QStringLiteral("-D"),
                           testenv::value("SUPADESK_TEST_PG_DATA"), QStringLiteral("-w")};
    command += args;
    if (geteuid() == 0)
        command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                              QStringLiteral("--")} +
                  command;
    QProcess p;
    p.start(command.first(), command.mid(1));
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestProbeOutage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_DATA", "PostgreSQL 15 (apt-get install postgresql-15)");
    }

    void outageBecomesOneIncident()
    {
        QTemporaryDir logs;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SUPADESK_PROBE_CONFIG"), logs.filePath(QStringLiteral("none")));
        env.insert(QStringLiteral("SUPADESK_UPTIME_DIR"), logs.path());
        env.insert(QStringLiteral("SUPADESK_PROBE_TIMEOUT"), QStringLiteral("1"));
        env.insert(
            QStringLiteral("SUPADESK_PROBE_TARGETS"),
            QStringLiteral("postgres=postgresql://postgres@%1:%2/postgres")
                .arg(testenv::value("SUPADESK_TEST_PG_HOST"), testenv::value("SUPADESK_TEST_PG_PORT")));

        // The probe on a fixed schedule, as the timer would run it, on its own thread.
        std::atomic<bool> stop = false;
        QThread *prober = QThread::create([&] {
            QElapsedTimer clock;
            clock.start();
            for (qint64 next = 0; !stop; next += intervalMs) {
                while (!stop && clock.elapsed() < next)
                    QThread::msleep(20);
                QProcess p;
                p.setProcessEnvironment(env);
                p.start(script, {});
                p.waitForFinished(10000);
            }
        });
        prober->start();

        QThread::msleep(5000);
        const qint64 down = QDateTime::currentMSecsSinceEpoch();
        const bool stopped = pgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop")});
        QThread::msleep(stopped ? 9000 : 0);
        const qint64 up = QDateTime::currentMSecsSinceEpoch();
        const bool started = pgCtl(
            {QStringLiteral("-l"), testenv::value("SUPADESK_TEST_PG_DATA") + QStringLiteral("/../server.log"),
             QStringLiteral("start")});
        const qint64 ready = QDateTime::currentMSecsSinceEpoch();
        QThread::msleep(5000);
        stop = true;
        prober->wait();
        delete prober;
        QVERIFY2(stopped, "pg_ctl stop failed");
        QVERIFY2(started, "pg_ctl start failed: the harness's PostgreSQL is down");

        QFile log(QDir(logs.path())
                      .filePath(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")) +
                                QStringLiteral(".log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const ProbeLogParser::Parsed parsed = ProbeLogParser::parse(log.readAll());
        QCOMPARE(parsed.malformedLines, 0);
        QVERIFY(parsed.results.size() >= 9);

        UptimeSettings settings;
        settings.probeIntervalMs = intervalMs;
        settings.maxProbeGapMs = 3 * intervalMs;
        const QList<StateInterval> timeline = ComponentTimeline::build(parsed.results, settings);
        const TimeRange all{parsed.results.first().tMs - 60'000, parsed.results.last().tMs + 60'000};
        const AvailabilityReport report =
            AvailabilityCalculator::compute(QStringLiteral("postgres"), timeline, all, {});
        QCOMPARE(report.incidents.size(), 1);
        QCOMPARE(report.gapMs, 0);
        const Incident incident = report.incidents.first();
        QVERIFY(!incident.reason.isEmpty());
        // The log's times are whole seconds: one probe interval plus one second of rounding.
        const qint64 tolerance = intervalMs + 1000;
        const qint64 outage = ready - down;
        qInfo("outage %lld ms (server up again after %lld ms of it), incident %lld ms: %s", outage, up - down,
              incident.range.length(), qPrintable(incident.reason));
        QVERIFY2(
            qAbs(incident.range.length() - outage) <= tolerance,
            qPrintable(
                QStringLiteral("incident %1 ms, outage %2 ms").arg(incident.range.length()).arg(outage)));
        QVERIFY(qAbs(incident.range.startMs - down) <= tolerance);
    }
};

QTEST_GUILESS_MAIN(TestProbeOutage)
#include "tst_probeoutage.moc"
