// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet tile's host figures: the load against the CPUs, memory in use, the fullest disk (a disk that
// fills up soon before a fuller one that does not grow) and the containers in trouble, from the captured
// `docker inspect` output.
#include "core/host/hostsampleparser.h"
#include "core/host/hostsummary.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

QString fixture(const QString &name)
{
    QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/host/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

MountUsage mount(const QString &point, qint64 used, qint64 available)
{
    MountUsage m;
    m.mountPoint = point;
    m.usedBytes = used;
    m.availableBytes = available;
    m.totalBytes = used + available;
    return m;
}

} // namespace

class TestHostSummary : public QObject
{
    Q_OBJECT

private slots:
    void emptyReadingSaysNothing()
    {
        const HostSummary h = HostSummary::of(HostReading());
        QVERIFY(!h.load && !h.memoryUsedPercent && !h.fullestDisk);
        QVERIFY(!h.containersRead);
        QCOMPARE(h.worst(), HostVerdict::Level::Idle);
    }

    void loadAgainstCpus()
    {
        QCOMPARE(HostSummary::loadLevelOf(0.5, 2), HostVerdict::Level::Ok);
        QCOMPARE(HostSummary::loadLevelOf(2.0, 2), HostVerdict::Level::Warn);
        QCOMPARE(HostSummary::loadLevelOf(4.0, 2), HostVerdict::Level::Bad);
        QCOMPARE(HostSummary::loadLevelOf(9.0, 0), HostVerdict::Level::Idle); // CPUs unknown
    }

    void figuresOfOneReading()
    {
        HostReading r;
        r.sample.load = LoadAverage{3.1, 2.0, 1.0, 2, 300};
        CpuTimes cpu;
        cpu.cpus = 2;
        r.sample.cpu = cpu;
        MemoryInfo mem;
        mem.totalBytes = 1000;
        mem.availableBytes = 150;
        r.sample.memory = mem;
        r.sample.mounts = {mount("/", 85, 15), mount("/var/lib/docker", 60, 40), mount("/boot", 20, 80)};
        r.daysUntilFull.insert(QStringLiteral("/var/lib/docker"), 3.5); // bad: full within a week
        r.sample.docker = DockerState::Ok;
        r.sample.containers =
            HostSampleParser::parseContainers(fixture(QStringLiteral("docker-inspect.json")), {});
        QCOMPARE(r.sample.containers.size(), 7);

        const HostSummary h = HostSummary::of(r);
        QCOMPARE(h.cpus, 2);
        QCOMPARE(h.loadLevel, HostVerdict::Level::Warn);
        QCOMPARE(*h.memoryUsedPercent, 85.0);
        QCOMPARE(h.memoryLevel, HostVerdict::Level::Warn);
        // 60 % filling up in 3.5 days is worse than 85 % that stays.
        QCOMPARE(h.fullestDisk->mountPoint, QStringLiteral("/var/lib/docker"));
        QCOMPARE(*h.fullestDiskDaysUntilFull, 3.5);
        QCOMPARE(h.diskLevel, HostVerdict::Level::Bad);
        QVERIFY(h.containersRead);
        QCOMPARE(h.containers, 7);
        // auth restarting and unhealthy, storage OOM-killed, studio starting.
        QCOMPARE(h.troubledContainers, 3);
        QCOMPARE(h.containerLevel, HostVerdict::Level::Bad);
        QCOMPARE(h.worst(), HostVerdict::Level::Bad);

        // Without the forecast, the fullest by share.
        r.daysUntilFull.clear();
        const HostSummary flat = HostSummary::of(r);
        QCOMPARE(flat.fullestDisk->mountPoint, QStringLiteral("/"));
        QVERIFY(!flat.fullestDiskDaysUntilFull);
        QCOMPARE(flat.diskLevel, HostVerdict::Level::Warn);
    }
};

QTEST_GUILESS_MAIN(TestHostSummary)
#include "tst_hostsummary.moc"
