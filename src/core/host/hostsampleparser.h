// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostsample.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace supadesk {

// The host view reads a server with ONE remote command per sample, like preflight's HostFactsParser:
// command() is a POSIX sh script that prints /proc/loadavg, /proc/meminfo, the cpu lines of /proc/stat,
// `df -P -B1 -T`, /proc/net/dev, the stack's containers (`docker ps`, then `docker stats --no-stream`
// and `docker inspect` of them) and the batch's own CPU time (`times`), each in a section
//
//   @@section NAME
//   ...
//   @@rc NAME CODE
//
// The stack's containers are those whose compose working directory is the install directory; when
// none is (a stack started from elsewhere), every container of the server is shown. The script
// always exits 0, needs no root, and writes nothing.
class HostSampleParser
{
public:
    // `pathFirst`: directories searched before the login's PATH (a docker outside of it); /usr/local/bin
    // and /snap/bin, where docker also lives, are searched after it.
    static QString command(const QString &installDir, const QStringList &pathFirst = {});
    // The fleet overview's cheaper batch: the same without `docker stats --no-stream`, which waits a
    // second or two for its second reading (the tiles need the containers' states, not their CPU).
    static QString stateCommand(const QString &installDir, const QStringList &pathFirst = {});
    // The PATH assignment the batch starts with, for the container commands to find the same docker.
    static QString searchPath(const QStringList &pathFirst = {});
    // Never fails: a section that is missing or failed leaves its part empty. A missing docker
    // command is DockerState::NotFound, a daemon that did not answer DockerState::Unavailable.
    static HostSample parse(const QByteArray &output);

    // The parts, public for tests.
    static std::optional<LoadAverage> parseLoadAverage(const QString &text);
    static std::optional<MemoryInfo> parseMemInfo(const QString &text);
    static std::optional<CpuTimes> parseCpu(const QString &text);
    // Skips pseudo and container-internal file systems (tmpfs, overlay, proc, squashfs ...) and
    // those of zero size.
    static QList<MountUsage> parseDf(const QString &text);
    // Every interface but the loopback.
    static QList<NetCounters> parseNetDev(const QString &text);
    // `docker inspect` (a JSON array); the stats lines (one JSON object a line) are joined by id.
    static QList<ContainerStatus> parseContainers(const QString &inspectJson, const QString &statsLines);
    // The total of the shell's `times` output in seconds; negative when it cannot be read.
    static double parseTimes(const QString &text);
    // "12.5MiB", "1.944GiB", "980kB", "0B" -> bytes; -1 when it is not a size.
    static qint64 parseSize(const QString &text);
    static bool isPseudoFileSystem(const QString &fsType, const QString &mountPoint);

private:
    static QString batch(const QString &installDir, const QStringList &pathFirst, bool containerStats);
};

} // namespace supadesk
