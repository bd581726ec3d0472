// SPDX-License-Identifier: GPL-3.0-or-later
// The host view's one-command sample: parsed from this machine's real /proc and df (compared with what
// the kernel says through sysconf, getloadavg, statvfs and /sys), from captured `docker stats` /
// `docker inspect` output, with the real docker CLI that has no engine to talk to, and without docker;
// rates between two readings; the days-until-full forecast on synthetic series.
#include "core/host/diskforecast.h"
#include "core/host/hostrates.h"
#include "core/host/hostsampleparser.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cmath>
#include <cstdlib>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace supadesk;

namespace {

QByteArray runBatch()
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), HostSampleParser::command(QStringLiteral("/nonexistent"))});
    if (!sh.waitForFinished(30000))
        qFatal("the host batch did not finish");
    return sh.readAllStandardOutput();
}

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/host/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return QString::fromUtf8(f.readAll());
}

qint64 sysCounter(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().trimmed().toLongLong();
}

QList<DiskForecast::Point> line(int points, qint64 spanMs, double start, double perDay, double noise = 0)
{
    QList<DiskForecast::Point> series;
    const qint64 t0 = 1'780'000'000'000;
    for (int i = 0; i < points; ++i) {
        const qint64 t = t0 + spanMs * i / (points - 1);
        const double wobble = noise * ((i % 2) ? 1 : -1);
        series.append({t, start + perDay * double(t - t0) / 86'400'000.0 + wobble});
    }
    return series;
}

} // namespace

class TestHostSample : public QObject
{
    Q_OBJECT

private slots:
    void realProcMatchesTheKernel()
    {
        const qint64 loBefore = sysCounter(QStringLiteral("/sys/class/net/lo/statistics/rx_bytes"));
        const QByteArray out = runBatch();
        const HostSample s = HostSampleParser::parse(out);

        QVERIFY2(s.memory.has_value(), out.left(400).constData());
        const qint64 page = sysconf(_SC_PAGESIZE);
        const qint64 physical = qint64(sysconf(_SC_PHYS_PAGES)) * page;
        QVERIFY2(std::llabs(s.memory->totalBytes - physical) < page,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.memory->totalBytes).arg(physical)));
        QVERIFY(s.memory->availableBytes > 0 && s.memory->availableBytes <= s.memory->totalBytes);
        QVERIFY(s.memory->swapFreeBytes <= s.memory->swapTotalBytes);

        QVERIFY(s.cpu.has_value());
        QCOMPARE(s.cpu->cpus, int(sysconf(_SC_NPROCESSORS_ONLN)));
        QVERIFY(s.cpu->total() > s.cpu->idleAll());

        QVERIFY(s.load.has_value());
        double kernel[3] = {0, 0, 0};
        QCOMPARE(getloadavg(kernel, 3), 3);
        QVERIFY2(std::abs(s.load->fifteen - kernel[2]) < 0.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.load->fifteen).arg(kernel[2])));
        QVERIFY(s.load->total >= s.load->running && s.load->running >= 1);

        // The root file system, as statvfs sees it (its size is fixed; what is used moves a little).
        const auto root = std::find_if(s.mounts.cbegin(), s.mounts.cend(), [](const MountUsage &m) {
            return m.mountPoint == QLatin1String("/");
        });
        QVERIFY2(root != s.mounts.cend(), out.constData());
        struct statvfs vfs = {};
        QCOMPARE(statvfs("/", &vfs), 0);
        QCOMPARE(root->totalBytes, qint64(vfs.f_blocks) * qint64(vfs.f_frsize));
        const qint64 used = qint64(vfs.f_blocks - vfs.f_bfree) * qint64(vfs.f_frsize);
        QVERIFY2(std::llabs(root->usedBytes - used) < 2LL * 1024 * 1024 * 1024,
                 qPrintable(QStringLiteral("%1 vs %2").arg(root->usedBytes).arg(used)));
        for (const MountUsage &m : s.mounts) {
            QVERIFY2(!HostSampleParser::isPseudoFileSystem(m.fsType, m.mountPoint), qPrintable(m.mountPoint));
            QVERIFY(m.totalBytes > 0);
        }

        // The loopback is left out; every other interface of /sys is there, its counter between the reads.
        for (const NetCounters &n : s.network)
            QVERIFY(n.interface != QLatin1String("lo"));
        const QStringList interfaces =
            QDir(QStringLiteral("/sys/class/net")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(s.network.size(),
                 int(interfaces.size() - (interfaces.contains(QStringLiteral("lo")) ? 1 : 0)));
        for (const NetCounters &n : s.network) {
            const qint64 after =
                sysCounter(QStringLiteral("/sys/class/net/%1/statistics/rx_bytes").arg(n.interface));
            QVERIFY(n.rxBytes <= after);
        }
        QVERIFY(loBefore >= 0);

        // The batch says what it cost the server.
        QVERIFY2(s.serverCpuSeconds >= 0, out.right(200).constData());
        qInfo("server-side CPU time of one host sample: %.3f s", s.serverCpuSeconds);
    }

    void dockerWithoutEngineIsUnavailable()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("docker")).isEmpty())
            QSKIP("no docker CLI on this machine");
        const HostSample s = HostSampleParser::parse(runBatch());
        QCOMPARE(s.docker, DockerState::Unavailable);
        QVERIFY2(s.dockerError.contains(QLatin1String("daemon"), Qt::CaseInsensitive),
                 qPrintable(s.dockerError));
        QVERIFY(s.containers.isEmpty());
        QVERIFY(s.memory.has_value()); // the rest of the reading is not lost
    }

    void noDockerIsAState()
    {
        // The batch's own answer when `command -v docker` finds nothing (this machine has a docker CLI).
        const QByteArray out = "@@section loadavg\n0.10 0.20 0.30 1/99 42\n\n@@rc loadavg 0\n"
                               "@@section dockerps\n\n@@rc dockerps 127\n"
                               "@@section times\n0m0.01s 0m0.00s\n0m0.02s 0m0.01s\n\n@@rc times 0\n";
        const HostSample s = HostSampleParser::parse(out);
        QCOMPARE(s.docker, DockerState::NotFound);
        QVERIFY(s.containers.isEmpty());
        QCOMPARE(s.load->fifteen, 0.30);
        QCOMPARE(s.serverCpuSeconds, 0.04);
        QVERIFY(!s.memory); // no section, no figure: not zero
    }

    void capturedDockerOutput()
    {
        const QList<ContainerStatus> c = HostSampleParser::parseContainers(
            fixture(QStringLiteral("docker-inspect.json")), fixture(QStringLiteral("docker-stats.jsonl")));
        QCOMPARE(c.size(), 7);
        QCOMPARE(c.at(0).name, QStringLiteral("supabase-db"));
        QCOMPARE(c.at(0).state, QStringLiteral("running"));
        QCOMPARE(c.at(0).health, QStringLiteral("healthy"));
        QVERIFY(c.at(0).hasStats);
        QCOMPARE(c.at(0).cpuPercent, 3.41);
        QCOMPARE(c.at(0).memUsedBytes, qint64(187.2 * 1024 * 1024 + 0.5));
        QCOMPARE(c.at(0).memLimitBytes, qint64(3.822 * 1024 * 1024 * 1024 + 0.5));
        QCOMPARE(c.at(0).memPercent, 4.78);

        QCOMPARE(c.at(2).name, QStringLiteral("supabase-auth"));
        QCOMPARE(c.at(2).state, QStringLiteral("restarting"));
        QCOMPARE(c.at(2).restartCount, 7);
        QCOMPARE(c.at(2).health, QStringLiteral("unhealthy"));

        QCOMPARE(c.at(3).name, QStringLiteral("supabase-storage"));
        QVERIFY(c.at(3).oomKilled);
        QCOMPARE(c.at(3).exitCode, 137);
        QVERIFY(!c.at(3).hasStats); // exited: docker stats does not list it

        QCOMPARE(c.at(6).name, QStringLiteral("supabase-meta"));
        QVERIFY(c.at(6).health.isEmpty()); // no health check
        QCOMPARE(c.at(6).memLimitBytes, qint64(512) * 1024 * 1024);
    }

    void sizes()
    {
        QCOMPARE(HostSampleParser::parseSize(QStringLiteral("0B")), 0);
        QCOMPARE(HostSampleParser::parseSize(QStringLiteral("980kB")), 980'000);
        QCOMPARE(HostSampleParser::parseSize(QStringLiteral(" 1.5GiB ")), qint64(1.5 * 1024 * 1024 * 1024));
        QCOMPARE(HostSampleParser::parseSize(QStringLiteral("12MB")), 12'000'000);
        QCOMPARE(HostSampleParser::parseSize(QStringLiteral("--")), -1);
        QCOMPARE(HostSampleParser::parseSize(QStringLiteral("3 parsecs")), -1);
    }

    void dfSkipsPseudoFileSystems()
    {
        const QString df = QStringLiteral(
            "Filesystem     Type     1-blocks        Used   Available Capacity Mounted on\n"
            "udev           devtmpfs 4096000000          0  4096000000       0% /dev\n"
            "tmpfs          tmpfs     819200000    1228800   817971200       1% /run\n"
            "/dev/sda1      ext4     51835101184 30411247616 18757763072   62% /\n"
            "overlay        overlay  51835101184 30411247616 18757763072   62% "
            "/var/lib/docker/overlay2/abc/merged\n"
            "/dev/sdb1      xfs      107321753600 2147483648 105174269952    3% /mnt/data volume\n"
            "/dev/loop0     squashfs      65536      65536           0     100% /snap/core/1\n");
        const QList<MountUsage> m = HostSampleParser::parseDf(df);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.at(0).mountPoint, QStringLiteral("/"));
        QCOMPARE(m.at(0).usedBytes, 30411247616LL);
        QCOMPARE(m.at(1).mountPoint, QStringLiteral("/mnt/data volume"));
        QCOMPARE(m.at(1).fsType, QStringLiteral("xfs"));
    }

    void times()
    {
        QCOMPARE(
            HostSampleParser::parseTimes(QStringLiteral("0m0.004000s 0m0.008000s\n0m0.012000s 0m0.016000s")),
            0.04);
        QCOMPARE(HostSampleParser::parseTimes(QStringLiteral("1m0.5s 0m0s\n0m0s 0m0s")), 60.5);
        QVERIFY(HostSampleParser::parseTimes(QStringLiteral("times: not found")) < 0);
    }

    void ratesBetweenTwoReadings()
    {
        HostSample a;
        a.tMs = 10'000;
        a.cpu = CpuTimes{100, 0, 50, 800, 50, 0, 0, 0, 2};
        a.network = {{QStringLiteral("eth0"), 1000, 2000}, {QStringLiteral("eth1"), 0, 0}};
        HostSample b = a;
        b.tMs = 12'000;
        b.cpu = CpuTimes{160, 0, 90, 880, 70, 0, 0, 0, 2}; // 200 ticks, 100 of them idle or iowait
        b.network = {{QStringLiteral("eth0"), 5000, 2600}, {QStringLiteral("eth1"), 1000, 0}};
        const HostRates r = HostRatesCalculator::rates(a, b);
        QCOMPARE(*r.cpuBusyPercent, 50.0);
        QCOMPARE(*r.rxBytesPerSecond, 2500.0);
        QCOMPARE(*r.txBytesPerSecond, 300.0);

        HostSample rebooted = b;
        rebooted.tMs = 14'000;
        rebooted.network = {{QStringLiteral("eth0"), 10, 10}};
        rebooted.cpu = CpuTimes{1, 0, 1, 10, 0, 0, 0, 0, 2};
        const HostRates none = HostRatesCalculator::rates(b, rebooted);
        QVERIFY(!none.rxBytesPerSecond);
        QVERIFY(!none.cpuBusyPercent);

        const auto values = HostSeries::values(b, r);
        QVERIFY(values.contains(qMakePair(QStringLiteral("host.cpu"), 50.0)));
        QVERIFY(values.contains(qMakePair(QStringLiteral("host.net.rx"), 2500.0)));
    }

    void daysUntilFull()
    {
        const double gib = 1024.0 * 1024 * 1024;
        const qint64 day = 86'400'000;
        // 1 GiB a day from 40 GiB on a 50 GiB disk over a week: the last point is at 47 GiB, 3 days left.
        const auto growing = line(169, 7 * day, 40 * gib, gib);
        QCOMPARE(qRound(*DiskForecast::growthPerDay(growing) / gib * 1000), 1000);
        QVERIFY(std::abs(*DiskForecast::daysUntilFull(growing, 50 * gib) - 3.0) < 1e-6);
        // The same with noise of ±200 MiB: still about 3 days.
        const auto noisy = line(169, 7 * day, 40 * gib, gib, 200.0 * 1024 * 1024);
        QVERIFY(std::abs(*DiskForecast::daysUntilFull(noisy, 50 * gib) - 3.0) < 0.3);
        // Flat, shrinking, too slow to matter within ten years: no forecast.
        QVERIFY(!DiskForecast::daysUntilFull(line(50, 7 * day, 40 * gib, 0), 50 * gib));
        QVERIFY(!DiskForecast::daysUntilFull(line(50, 7 * day, 40 * gib, -gib), 50 * gib));
        QVERIFY(!DiskForecast::daysUntilFull(line(50, 7 * day, 40 * gib, 512 * 1024), 50 * gib));
        QVERIFY(!DiskForecast::daysUntilFull(line(50, 7 * day, 1 * gib, 2 * 1024 * 1024), 5000 * gib));
        // Too short to tell: two points, or ten minutes.
        QVERIFY(!DiskForecast::daysUntilFull(line(2, 7 * day, 40 * gib, gib), 50 * gib));
        QVERIFY(!DiskForecast::daysUntilFull(line(20, 10 * 60 * 1000, 40 * gib, 100 * gib), 50 * gib));
        // Already full.
        QCOMPARE(*DiskForecast::daysUntilFull(line(10, day, 49 * gib, gib), 50 * gib), 0.0);
        // A fast burst over an hour: 1 GiB an hour on 10 GiB left = under half a day.
        const auto burst = line(61, 3'600'000, 40 * gib, 24 * gib);
        QVERIFY(std::abs(*DiskForecast::daysUntilFull(burst, 50 * gib) - 9.0 / 24.0) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestHostSample)
#include "tst_hostsample.moc"
