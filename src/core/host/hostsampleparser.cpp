// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsampleparser.h"

#include "core/shellbatch.h"
#include "core/shellquote.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace supadesk {

namespace {

QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

double percentOf(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok ? value : 0.0;
}

} // namespace

QString HostSampleParser::command(const QString &installDir, const QStringList &pathFirst)
{
    return batch(installDir, pathFirst, true);
}

QString HostSampleParser::stateCommand(const QString &installDir, const QStringList &pathFirst)
{
    return batch(installDir, pathFirst, false);
}

QString HostSampleParser::batch(const QString &installDir, const QStringList &pathFirst, bool containerStats)
{
    // POSIX sh (dash). `times` last: the CPU the whole batch cost on the server, for the user to weigh
    // the sampling interval against.
    QString s;
    s += QStringLiteral("LC_ALL=C; export LC_ALL\n");
    s += searchPath(pathFirst) + QLatin1Char('\n');
    s += QStringLiteral("d=%1\n").arg(shellQuote(installDir));
    s += ShellBatch::helpers();
    s +=
        QStringLiteral("R loadavg cat /proc/loadavg\n"
                       "R meminfo cat /proc/meminfo\n"
                       "R stat grep '^cpu' /proc/stat\n"
                       "R df df -P -B1 -T\n"
                       "R netdev cat /proc/net/dev\n"
                       "S dockerps; if command -v docker >/dev/null 2>&1; then "
                       "ids=$(docker ps -aq --no-trunc --filter "
                       "\"label=com.docker.compose.project.working_dir=$d\" 2>&1 "
                       "</dev/null); rc=$?; "
                       "if [ \"$rc\" = 0 ] && [ -z \"$ids\" ]; then ids=$(docker ps -aq --no-trunc 2>&1 "
                       "</dev/null); rc=$?; "
                       "fi; "
                       "printf '%s\\n' \"$ids\"; E dockerps \"$rc\"; "
                       "if [ \"$rc\" = 0 ] && [ -n \"$ids\" ]; then "
                       "%1"
                       "S dockerinspect; docker inspect $ids 2>/dev/null </dev/null; E dockerinspect $?; fi; "
                       "else E dockerps 127; fi\n"
                       "S times; times; E times 0\n"
                       "exit 0\n")
            .arg(containerStats
                     ? QStringLiteral("S dockerstats; docker stats --no-stream --no-trunc --format "
                                      "'{{json .}}' $ids 2>&1 </dev/null; E dockerstats $?; ")
                     : QString());
    return s;
}

QString HostSampleParser::searchPath(const QStringList &pathFirst)
{
    QString first;
    for (const QString &dir : pathFirst)
        first += shellQuote(dir) + QStringLiteral(":");
    return QStringLiteral("PATH=%1\"$PATH:/usr/local/bin:/snap/bin\"; export PATH;").arg(first);
}

std::optional<LoadAverage> HostSampleParser::parseLoadAverage(const QString &text)
{
    // "0.52 0.58 0.59 2/415 12345"
    const QStringList cols = words(text.trimmed());
    if (cols.size() < 4)
        return std::nullopt;
    LoadAverage load;
    bool ok1 = false, ok5 = false, ok15 = false;
    load.one = cols.at(0).toDouble(&ok1);
    load.five = cols.at(1).toDouble(&ok5);
    load.fifteen = cols.at(2).toDouble(&ok15);
    if (!ok1 || !ok5 || !ok15)
        return std::nullopt;
    const QStringList entities = cols.at(3).split(QLatin1Char('/'));
    if (entities.size() == 2) {
        load.running = entities.at(0).toInt();
        load.total = entities.at(1).toInt();
    }
    return load;
}

std::optional<MemoryInfo> HostSampleParser::parseMemInfo(const QString &text)
{
    QHash<QString, qint64> kb;
    for (const QString &line : lines(text)) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon <= 0)
            continue;
        const QStringList parts = words(line.mid(colon + 1));
        if (parts.isEmpty())
            continue;
        bool ok = false;
        const qint64 value = parts.at(0).toLongLong(&ok);
        if (ok)
            kb.insert(line.left(colon), value);
    }
    if (!kb.contains(QStringLiteral("MemTotal")))
        return std::nullopt;
    MemoryInfo memory;
    memory.totalBytes = kb.value(QStringLiteral("MemTotal")) * 1024;
    // Kernels before 3.14 have no MemAvailable: free + buffers + cache is the old estimate.
    memory.availableBytes = kb.contains(QStringLiteral("MemAvailable"))
                                ? kb.value(QStringLiteral("MemAvailable")) * 1024
                                : (kb.value(QStringLiteral("MemFree")) + kb.value(QStringLiteral("Buffers")) +
                                   kb.value(QStringLiteral("Cached"))) *
                                      1024;
    memory.swapTotalBytes = kb.value(QStringLiteral("SwapTotal")) * 1024;
    memory.swapFreeBytes = kb.value(QStringLiteral("SwapFree")) * 1024;
    return memory;
}

std::optional<CpuTimes> HostSampleParser::parseCpu(const QString &text)
{
    std::optional<CpuTimes> result;
    int cpus = 0;
    for (const QString &line : lines(text)) {
        const QStringList cols = words(line);
        if (cols.isEmpty() || !cols.at(0).startsWith(QLatin1String("cpu")))
            continue;
        if (cols.at(0) != QLatin1String("cpu")) {
            ++cpus;
            continue;
        }
        if (cols.size() < 5)
            continue;
        auto field = [&](int i) { return i < cols.size() ? cols.at(i).toLongLong() : 0; };
        CpuTimes cpu;
        cpu.user = field(1);
        cpu.nice = field(2);
        cpu.system = field(3);
        cpu.idle = field(4);
        cpu.iowait = field(5);
        cpu.irq = field(6);
        cpu.softirq = field(7);
        cpu.steal = field(8);
        result = cpu;
    }
    if (result)
        result->cpus = cpus;
    return result;
}

bool HostSampleParser::isPseudoFileSystem(const QString &fsType, const QString &mountPoint)
{
    static const QSet<QString> pseudo = {
        QStringLiteral("tmpfs"),     QStringLiteral("devtmpfs"),    QStringLiteral("overlay"),
        QStringLiteral("squashfs"),  QStringLiteral("proc"),        QStringLiteral("sysfs"),
        QStringLiteral("cgroup"),    QStringLiteral("cgroup2"),     QStringLiteral("devpts"),
        QStringLiteral("mqueue"),    QStringLiteral("nsfs"),        QStringLiteral("ramfs"),
        QStringLiteral("efivarfs"),  QStringLiteral("autofs"),      QStringLiteral("tracefs"),
        QStringLiteral("debugfs"),   QStringLiteral("securityfs"),  QStringLiteral("pstore"),
        QStringLiteral("bpf"),       QStringLiteral("fusectl"),     QStringLiteral("configfs"),
        QStringLiteral("hugetlbfs"), QStringLiteral("binfmt_misc"), QStringLiteral("fuse.lxcfs"),
        QStringLiteral("shm"),       QStringLiteral("nullfs"),      QStringLiteral("aufs"),
    };
    if (pseudo.contains(fsType))
        return true;
    // Docker's own bind and layer mounts, and snaps, repeat a real file system already listed.
    return mountPoint.startsWith(QLatin1String("/var/lib/docker/")) ||
           mountPoint.startsWith(QLatin1String("/run/docker/")) ||
           mountPoint.startsWith(QLatin1String("/snap/"));
}

QList<MountUsage> HostSampleParser::parseDf(const QString &text)
{
    // Filesystem Type 1-blocks Used Available Capacity Mounted on
    QList<MountUsage> mounts;
    QSet<QString> seen;
    for (const QString &line : lines(text)) {
        const QStringList cols = words(line);
        if (cols.size() < 7)
            continue;
        bool totalOk = false, usedOk = false, availOk = false;
        MountUsage m;
        m.device = cols.at(0);
        m.fsType = cols.at(1);
        m.totalBytes = cols.at(2).toLongLong(&totalOk);
        m.usedBytes = cols.at(3).toLongLong(&usedOk);
        m.availableBytes = cols.at(4).toLongLong(&availOk);
        m.mountPoint = cols.mid(6).join(QLatin1Char(' '));
        if (!totalOk || !usedOk || !availOk)
            continue; // the header
        if (m.totalBytes <= 0 || isPseudoFileSystem(m.fsType, m.mountPoint) || seen.contains(m.mountPoint))
            continue;
        seen.insert(m.mountPoint);
        mounts.append(m);
    }
    return mounts;
}

QList<NetCounters> HostSampleParser::parseNetDev(const QString &text)
{
    // "  eth0: 1234 12 0 0 0 0 0 0 5678 34 ..." (receive: bytes packets ...; transmit from field 9)
    QList<NetCounters> result;
    for (const QString &line : lines(text)) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon <= 0)
            continue;
        const QString name = line.left(colon).trimmed();
        const QStringList cols = words(line.mid(colon + 1));
        if (cols.size() < 9 || name == QLatin1String("lo"))
            continue;
        bool rxOk = false, txOk = false;
        NetCounters net;
        net.interface = name;
        net.rxBytes = cols.at(0).toLongLong(&rxOk);
        net.txBytes = cols.at(8).toLongLong(&txOk);
        if (rxOk && txOk)
            result.append(net);
    }
    return result;
}

qint64 HostSampleParser::parseSize(const QString &text)
{
    static const QRegularExpression size(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*$"));
    const QRegularExpressionMatch m = size.match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    static const QHash<QString, double> factors = {
        {QString(), 1},
        {QStringLiteral("b"), 1},
        {QStringLiteral("kb"), 1e3},
        {QStringLiteral("mb"), 1e6},
        {QStringLiteral("gb"), 1e9},
        {QStringLiteral("tb"), 1e12},
        {QStringLiteral("kib"), 1024.0},
        {QStringLiteral("mib"), 1024.0 * 1024},
        {QStringLiteral("gib"), 1024.0 * 1024 * 1024},
        {QStringLiteral("tib"), 1024.0 * 1024 * 1024 * 1024},
    };
    if (!factors.contains(unit))
        return -1;
    return qint64(value * factors.value(unit) + 0.5);
}

QList<ContainerStatus> HostSampleParser::parseContainers(const QString &inspectJson,
                                                         const QString &statsLines)
{
    QList<ContainerStatus> containers;
    const QJsonDocument doc = QJsonDocument::fromJson(inspectJson.toUtf8());
    const QJsonArray array = doc.array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ContainerStatus c;
        c.id = o.value(QStringLiteral("Id")).toString();
        c.name = o.value(QStringLiteral("Name")).toString();
        if (c.name.startsWith(QLatin1Char('/')))
            c.name.remove(0, 1);
        c.image = o.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Image")).toString();
        const QJsonObject state = o.value(QStringLiteral("State")).toObject();
        c.state = state.value(QStringLiteral("Status")).toString();
        c.health =
            state.value(QStringLiteral("Health")).toObject().value(QStringLiteral("Status")).toString();
        c.oomKilled = state.value(QStringLiteral("OOMKilled")).toBool();
        c.exitCode = state.value(QStringLiteral("ExitCode")).toInt();
        c.startedAt = state.value(QStringLiteral("StartedAt")).toString();
        c.restartCount = o.value(QStringLiteral("RestartCount")).toInt();
        if (c.id.isEmpty() && c.name.isEmpty())
            continue;
        containers.append(c);
    }
    for (const QString &line : lines(statsLines)) {
        const QJsonObject s = QJsonDocument::fromJson(line.toUtf8()).object();
        if (s.isEmpty())
            continue;
        const QString id = s.value(QStringLiteral("ID")).toString();
        const QString name = s.value(QStringLiteral("Name")).toString();
        for (ContainerStatus &c : containers) {
            const bool same = (!id.isEmpty() && !c.id.isEmpty() && c.id.startsWith(id)) ||
                              (!name.isEmpty() && c.name == name);
            if (!same)
                continue;
            c.hasStats = true;
            c.cpuPercent = percentOf(s.value(QStringLiteral("CPUPerc")).toString());
            c.memPercent = percentOf(s.value(QStringLiteral("MemPerc")).toString());
            const QStringList usage = s.value(QStringLiteral("MemUsage")).toString().split(QLatin1Char('/'));
            if (usage.size() == 2) {
                c.memUsedBytes = qMax<qint64>(0, parseSize(usage.at(0)));
                c.memLimitBytes = qMax<qint64>(0, parseSize(usage.at(1)));
            }
            break;
        }
    }
    return containers;
}

double HostSampleParser::parseTimes(const QString &text)
{
    // dash: "0m0.004000s 0m0.000000s" twice (the shell, then its children); bash: "0m0.004s ...".
    static const QRegularExpression time(QStringLiteral("(\\d+)m(\\d+(?:\\.\\d+)?)s"));
    double total = 0;
    int found = 0;
    QRegularExpressionMatchIterator it = time.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        total += m.captured(1).toDouble() * 60 + m.captured(2).toDouble();
        ++found;
    }
    return found == 4 ? total : -1;
}

HostSample HostSampleParser::parse(const QByteArray &output)
{
    const QHash<QString, ShellBatchSection> s = ShellBatch::split(output);
    HostSample sample;
    auto ok = [&](const QString &name) { return s.contains(name) && s.value(name).rc == 0; };
    if (ok(QStringLiteral("loadavg")))
        sample.load = parseLoadAverage(s.value(QStringLiteral("loadavg")).text);
    if (ok(QStringLiteral("meminfo")))
        sample.memory = parseMemInfo(s.value(QStringLiteral("meminfo")).text);
    if (ok(QStringLiteral("stat")))
        sample.cpu = parseCpu(s.value(QStringLiteral("stat")).text);
    // df exits 1 when one mount could not be read (a stale NFS share) but still lists the others.
    if (s.contains(QStringLiteral("df")) && s.value(QStringLiteral("df")).rc != 127)
        sample.mounts = parseDf(s.value(QStringLiteral("df")).text);
    if (ok(QStringLiteral("netdev")))
        sample.network = parseNetDev(s.value(QStringLiteral("netdev")).text);
    const ShellBatchSection ps = s.value(QStringLiteral("dockerps"), ShellBatchSection{QString(), 127});
    if (ps.rc == 127) {
        sample.docker = DockerState::NotFound;
    } else if (ps.rc != 0) {
        sample.docker = DockerState::Unavailable;
        sample.dockerError = ps.text.trimmed().section(QLatin1Char('\n'), 0, 0);
    } else {
        sample.docker = DockerState::Ok;
        sample.containers = parseContainers(s.value(QStringLiteral("dockerinspect")).text,
                                            s.value(QStringLiteral("dockerstats")).text);
    }
    if (s.contains(QStringLiteral("times")))
        sample.serverCpuSeconds = parseTimes(s.value(QStringLiteral("times")).text);
    return sample;
}

} // namespace supadesk
