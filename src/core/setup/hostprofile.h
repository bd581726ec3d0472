// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

enum class StorageKind { Ssd, Hdd };
enum class Workload { Web, Oltp, Analytics, Mixed };

// What the tuning and pooling generators know about a server: its size, its disks, how many
// connections its clients open and what kind of work they do.
struct HostProfile
{
    qint64 ramMb = 0;
    int cpus = 0;
    StorageKind storage = StorageKind::Ssd;
    int connections = 100;
    Workload workload = Workload::Web;
    // The server's current shared_preload_libraries when it was read; the Supabase image preloads many
    // extensions, so pg_stat_statements is added to that list, never written over it.
    std::optional<QStringList> preloadLibraries;
    // Where the db container archives WAL for point-in-time recovery; empty leaves archiving off.
    QString walArchiveDir;

    Status validate() const;

    // "16GiB", "16GB", "16G", "2048MiB", "2048MB", "512M": GB and GiB both mean 1024 MiB, as hosting
    // providers quote binary sizes as GB.
    static Result<qint64> parseMemoryMb(const QString &text);
    static Result<StorageKind> parseStorage(const QString &text);
    static Result<Workload> parseWorkload(const QString &text);
    static QString storageKey(StorageKind storage);
    static QString workloadKey(Workload workload);

    Q_DECLARE_TR_FUNCTIONS(supadesk::HostProfile)
};

} // namespace supadesk
