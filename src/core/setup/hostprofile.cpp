// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace supadesk {

namespace {

constexpr qint64 kMinRamMb = 1024;
constexpr qint64 kMaxRamMb = 4LL * 1024 * 1024; // 4 TiB
constexpr int kMaxCpus = 1024;
constexpr int kMinConnections = 20;
constexpr int kMaxConnections = 10000;

} // namespace

Result<qint64> HostProfile::parseMemoryMb(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*(t|g|m)(?:i?b)?\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Error{
            ErrorCode::HostRamFormat,
            HostProfile::tr("\"%1\" is not a memory size. Write it like 16GiB, 16GB or 2048MiB.").arg(text)};
    const double number = match.captured(1).toDouble();
    const QChar unit = match.captured(2).at(0).toLower();
    const double factor = unit == QLatin1Char('t')   ? 1024.0 * 1024.0
                          : unit == QLatin1Char('g') ? 1024.0
                                                     : 1.0;
    return static_cast<qint64>(number * factor);
}

Result<StorageKind> HostProfile::parseStorage(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("ssd") || key == QLatin1String("nvme"))
        return StorageKind::Ssd;
    if (key == QLatin1String("hdd"))
        return StorageKind::Hdd;
    return Error{ErrorCode::HostStorage,
                 HostProfile::tr("Unknown storage \"%1\": use ssd or hdd.").arg(text)};
}

Result<Workload> HostProfile::parseWorkload(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (Workload w : {Workload::Web, Workload::Oltp, Workload::Analytics, Workload::Mixed})
        if (workloadKey(w) == key)
            return w;
    return Error{ErrorCode::HostWorkload,
                 HostProfile::tr("Unknown workload \"%1\": use web, oltp, analytics or mixed.").arg(text)};
}

QString HostProfile::storageKey(StorageKind storage)
{
    return storage == StorageKind::Ssd ? QStringLiteral("ssd") : QStringLiteral("hdd");
}

QString HostProfile::workloadKey(Workload workload)
{
    switch (workload) {
    case Workload::Web:
        return QStringLiteral("web");
    case Workload::Oltp:
        return QStringLiteral("oltp");
    case Workload::Analytics:
        return QStringLiteral("analytics");
    case Workload::Mixed:
        return QStringLiteral("mixed");
    }
    return {};
}

Status HostProfile::validate() const
{
    if (ramMb < kMinRamMb || ramMb > kMaxRamMb)
        return Error{ErrorCode::HostRamRange,
                     HostProfile::tr("RAM must be between 1 GiB and 4 TiB; %1 MiB was given.").arg(ramMb)};
    if (cpus < 1 || cpus > kMaxCpus)
        return Error{ErrorCode::HostCpusRange,
                     HostProfile::tr("vCPUs must be between 1 and 1024; %1 was given.").arg(cpus)};
    if (connections < kMinConnections || connections > kMaxConnections)
        return Error{
            ErrorCode::HostConnectionsRange,
            HostProfile::tr("Connections must be between 20 and 10000; %1 was given.").arg(connections)};
    // The directory ends up inside a shell command (archive_command): keep it to characters that need no
    // quoting.
    static const QRegularExpression safeDir(QStringLiteral("^/[A-Za-z0-9_./-]*$"));
    if (!walArchiveDir.isEmpty() && !safeDir.match(walArchiveDir).hasMatch())
        return Error{
            ErrorCode::HostWalArchive,
            HostProfile::tr(
                "The WAL archive directory must be an absolute path of letters, digits, '_', '.', '-' "
                "and '/'; \"%1\" is not.")
                .arg(walArchiveDir)};
    return success();
}

} // namespace supadesk
