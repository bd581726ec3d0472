// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtuner.h"

#include "core/backup/pitrrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace supadesk {

namespace {

constexpr qint64 kMb = 1024;
constexpr qint64 kGb = 1024 * 1024;
constexpr qint64 kPageKb = 8;

qint64 wholePages(qint64 kb)
{
    return kb / kPageKb * kPageKb;
}

bool analyticalMix(Workload w)
{
    return w == Workload::Analytics || w == Workload::Mixed;
}

class Builder
{
public:
    void add(const QString &name, const QString &value, const QString &formula, const QString &reason,
             bool restart = false)
    {
        m_settings.append({name, value, formula, reason, restart, false});
    }
    PgSettings take() { return std::move(m_settings); }
    PgSettings &settings() { return m_settings; }

private:
    PgSettings m_settings;
};

void memory(Builder &b, const HostProfile &h)
{
    const qint64 ramKb = h.ramMb * kMb;
    const qint64 sharedKb = wholePages(ramKb / 4);
    b.add(QStringLiteral("max_connections"), QString::number(h.connections),
          PgTuner::tr("expected connections"),
          PgTuner::tr(
              "Each connection is a server process with its own memory. Supabase's services hold their own "
              "connections; application clients should come through the pooler."),
          true);
    b.add(
        QStringLiteral("shared_buffers"), PgTuner::formatKb(sharedKb), PgTuner::tr("RAM / 4"),
        PgTuner::tr(
            "PostgreSQL's own page cache. A quarter of RAM leaves the rest to the operating system's cache, "
            "which PostgreSQL also relies on."),
        true);
    b.add(
        QStringLiteral("effective_cache_size"), PgTuner::formatKb(wholePages(ramKb * 3 / 4)),
        PgTuner::tr("RAM × 3/4"),
        PgTuner::tr(
            "Tells the planner how much data the OS and PostgreSQL can cache together; it allocates nothing, "
            "and a realistic value makes index scans look as cheap as they are."));
    const qint64 maintenanceKb = std::min(ramKb / (h.workload == Workload::Analytics ? 8 : 16), 2 * kGb);
    b.add(
        QStringLiteral("maintenance_work_mem"), PgTuner::formatKb(maintenanceKb),
        h.workload == Workload::Analytics ? PgTuner::tr("min(RAM / 8, 2GB)")
                                          : PgTuner::tr("min(RAM / 16, 2GB)"),
        PgTuner::tr(
            "Memory for VACUUM, CREATE INDEX and ALTER TABLE ADD FOREIGN KEY. More makes them faster; beyond "
            "2GB there is little gain."));
    const int gather = std::max(1, PgTuner::parallelWorkersPerGather(h));
    qint64 workKb = (ramKb - sharedKb) / (qint64(h.connections) * 3) / gather;
    if (analyticalMix(h.workload))
        workKb /= 2;
    workKb = std::max<qint64>(workKb, 64);
    if (workKb >= 4 * kMb)
        workKb = workKb / kMb * kMb; // whole megabytes read better and change nothing that matters
    b.add(
        QStringLiteral("work_mem"), PgTuner::formatKb(workKb),
        analyticalMix(h.workload)
            ? PgTuner::tr("(RAM − shared_buffers) / (connections × 3) / parallel workers per "
                          "gather / 2")
            : PgTuner::tr("(RAM − shared_buffers) / (connections × 3) / parallel workers per gather"),
        PgTuner::tr(
            "Memory for each sort or hash step of a query, and one query can run several. Kept small enough "
            "that every connection sorting at once still fits in RAM beside shared_buffers."));
    b.add(QStringLiteral("wal_buffers"),
          PgTuner::formatKb(std::clamp<qint64>(wholePages(sharedKb * 3 / 100), 64, 16 * kMb)),
          PgTuner::tr("3% of shared_buffers, at most 16MB"),
          PgTuner::tr(
              "WAL written by concurrent transactions is gathered here before it goes to disk; 16MB covers "
              "busy servers."),
          true);
}

void checkpoints(Builder &b, const HostProfile &h)
{
    qint64 minWal = 1 * kGb;
    qint64 maxWal = 4 * kGb;
    if (h.workload == Workload::Oltp) {
        minWal = 2 * kGb;
        maxWal = 8 * kGb;
    } else if (h.workload == Workload::Analytics) {
        minWal = 4 * kGb;
        maxWal = 16 * kGb;
    }
    const QString walFormula =
        PgTuner::tr("by workload: web and mixed 1GB/4GB, OLTP 2GB/8GB, analytics 4GB/16GB");
    b.add(QStringLiteral("min_wal_size"), PgTuner::formatKb(minWal), walFormula,
          PgTuner::tr("WAL kept for reuse instead of being deleted and created again."));
    b.add(QStringLiteral("max_wal_size"), PgTuner::formatKb(maxWal), walFormula,
          PgTuner::tr(
              "How much WAL may build up before a checkpoint is forced. Write-heavy work needs more room so "
              "that "
              "checkpoints come from the timer, not from WAL volume."));
    b.add(QStringLiteral("checkpoint_completion_target"), QStringLiteral("0.9"), PgTuner::tr("constant"),
          PgTuner::tr(
              "Spreads each checkpoint's writes over 90% of the interval instead of writing in a burst."));
    b.add(
        QStringLiteral("checkpoint_timeout"), QStringLiteral("15min"), PgTuner::tr("constant"),
        PgTuner::tr(
            "Fewer checkpoints mean fewer full-page images in WAL; 15 minutes keeps crash recovery short."));
}

void planner(Builder &b, const HostProfile &h)
{
    const bool ssd = h.storage == StorageKind::Ssd;
    b.add(
        QStringLiteral("random_page_cost"), ssd ? QStringLiteral("1.1") : QStringLiteral("4"),
        PgTuner::tr("SSD: 1.1, HDD: 4"),
        PgTuner::tr(
            "On SSDs a random read costs about as much as a sequential one; the default of 4 is for spinning "
            "disks and makes the planner avoid useful indexes."));
    b.add(QStringLiteral("effective_io_concurrency"), ssd ? QStringLiteral("200") : QStringLiteral("2"),
          PgTuner::tr("SSD: 200, HDD: 2"),
          PgTuner::tr("How many reads PostgreSQL issues ahead during bitmap heap scans; SSDs serve "
                      "many at once, a spinning disk only a few."));
    b.add(
        QStringLiteral("default_statistics_target"),
        h.workload == Workload::Analytics ? QStringLiteral("500") : QStringLiteral("100"),
        PgTuner::tr("analytics: 500, otherwise 100"),
        PgTuner::tr(
            "Finer statistics help the planner with large, skewed tables in analytical queries, at the cost "
            "of "
            "slower ANALYZE."));
}

void parallelism(Builder &b, const HostProfile &h)
{
    const int gather = PgTuner::parallelWorkersPerGather(h);
    b.add(QStringLiteral("max_worker_processes"), QString::number(h.cpus + 8), PgTuner::tr("vCPUs + 8"),
          PgTuner::tr(
              "Parallel query workers come from this pool; 8 more stay free for the background workers of "
              "Supabase's extensions (pg_cron, pg_net) and logical replication for Realtime."),
          true);
    b.add(QStringLiteral("max_parallel_workers"), QString::number(h.cpus), PgTuner::tr("vCPUs"),
          PgTuner::tr("At most one parallel worker per vCPU across all queries."));
    b.add(QStringLiteral("max_parallel_workers_per_gather"), QString::number(gather),
          h.workload == Workload::Analytics ? PgTuner::tr("vCPUs / 2 (none with one vCPU)")
                                            : PgTuner::tr("min(vCPUs / 2, 4) (none with one vCPU)"),
          PgTuner::tr(
              "Workers one query may use. Many short web queries gain little from parallelism, so it stays "
              "moderate unless the workload is analytical."));
    b.add(QStringLiteral("max_parallel_maintenance_workers"),
          QString::number(h.cpus < 2 ? 0 : std::min((h.cpus + 1) / 2, 4)),
          PgTuner::tr("min(vCPUs / 2, 4) (none with one vCPU)"),
          PgTuner::tr("Workers for CREATE INDEX and VACUUM."));
}

void autovacuum(Builder &b, const HostProfile &h)
{
    const bool analytics = h.workload == Workload::Analytics;
    b.add(QStringLiteral("autovacuum_max_workers"), QString::number(std::clamp(h.cpus / 2, 3, 8)),
          PgTuner::tr("vCPUs / 2, between 3 and 8"),
          PgTuner::tr("More tables can be vacuumed at once on hosts with the cores to spare."), true);
    b.add(
        QStringLiteral("autovacuum_vacuum_scale_factor"),
        analytics ? QStringLiteral("0.1") : QStringLiteral("0.05"),
        PgTuner::tr("analytics: 0.1, otherwise 0.05"),
        PgTuner::tr(
            "Vacuum after 5% of a table changed instead of 20%, so busy tables do not bloat between runs."));
    b.add(QStringLiteral("autovacuum_analyze_scale_factor"),
          analytics ? QStringLiteral("0.05") : QStringLiteral("0.025"),
          PgTuner::tr("half the vacuum scale factor"),
          PgTuner::tr("Fresh statistics keep plans right as tables grow."));
    b.add(
        QStringLiteral("autovacuum_vacuum_cost_limit"),
        h.storage == StorageKind::Ssd ? QStringLiteral("2000") : QStringLiteral("400"),
        PgTuner::tr("SSD: 2000, HDD: 400"),
        PgTuner::tr("The default throttles autovacuum for spinning disks; an SSD can let it finish ten times "
                    "faster."));
}

void logging(Builder &b, const HostProfile &h)
{
    b.add(QStringLiteral("log_min_duration_statement"),
          h.workload == Workload::Analytics ? QStringLiteral("10s") : QStringLiteral("1s"),
          PgTuner::tr("analytics: 10s, otherwise 1s"),
          PgTuner::tr("Logs statements slower than this, with their duration, for the query analyzer."));
    b.add(QStringLiteral("log_line_prefix"), QStringLiteral("%m [%p] %q%u@%d "), PgTuner::tr("constant"),
          PgTuner::tr(
              "Time, process, user and database on every log line, as log analysers (pgBadger) expect."));
    b.add(QStringLiteral("log_lock_waits"), QStringLiteral("on"), PgTuner::tr("constant"),
          PgTuner::tr(
              "Logs waits on locks longer than deadlock_timeout: the usual cause of sudden slow requests."));
    b.add(QStringLiteral("log_temp_files"), QStringLiteral("0"), PgTuner::tr("constant"),
          PgTuner::tr("Logs every temporary file: a sign that work_mem is too small for a query."));
    b.add(QStringLiteral("log_checkpoints"), QStringLiteral("on"), PgTuner::tr("constant"),
          PgTuner::tr(
              "Shows whether checkpoints come from the timer or from WAL volume (then raise max_wal_size)."));
    b.add(QStringLiteral("log_autovacuum_min_duration"), QStringLiteral("10s"), PgTuner::tr("constant"),
          PgTuner::tr("Logs autovacuum runs that take long, to find tables that need attention."));
    b.add(
        QStringLiteral("track_io_timing"), QStringLiteral("on"), PgTuner::tr("constant"),
        PgTuner::tr(
            "Adds I/O time to pg_stat_statements and EXPLAIN (ANALYZE, BUFFERS); cheap on modern kernels."));
}

void statements(Builder &b, const HostProfile &h)
{
    const QString library = QStringLiteral("pg_stat_statements");
    const QString reason =
        PgTuner::tr("pg_stat_statements records every statement's calls and time: the dashboard and "
                    "the query analyzer read it. Loading a library needs a restart.");
    if (!h.preloadLibraries) {
        b.add(QStringLiteral("shared_preload_libraries"), library,
              PgTuner::tr("current list + pg_stat_statements"), reason, true);
        b.settings().last().appendToList = true;
        b.settings().last().isList = true;
        return;
    }
    QStringList libraries = *h.preloadLibraries;
    if (!libraries.contains(library))
        libraries.append(library);
    b.add(QStringLiteral("shared_preload_libraries"), libraries.join(QStringLiteral(", ")),
          PgTuner::tr("current list + pg_stat_statements"), reason, true);
    b.settings().last().isList = true;
}

void archiving(Builder &b, const HostProfile &h)
{
    if (!h.walArchiveDir.isEmpty())
        b.settings() += PgTuner::archiveSettings(h.walArchiveDir);
}

} // namespace

PgSettings PgTuner::archiveSettings(const QString &walDir)
{
    const QString dir = walDir.endsWith(QLatin1Char('/')) ? walDir.chopped(1) : walDir;
    Builder b;
    b.add(
        QStringLiteral("archive_mode"), QStringLiteral("on"), PgTuner::tr("WAL archiving chosen"),
        PgTuner::tr(
            "Keeps every WAL segment so that the database can be restored to any moment after a base backup "
            "(point-in-time recovery)."),
        true);
    b.add(
        QStringLiteral("archive_command"), PitrRules::archiveCommand(dir),
        PgTuner::tr("copy to the archive directory, never overwrite"),
        PgTuner::tr(
            "Copies each finished WAL segment to the archive; refusing to overwrite protects an archive that "
            "another server also writes to."));
    b.add(
        QStringLiteral("archive_timeout"), QStringLiteral("5min"), PgTuner::tr("constant"),
        PgTuner::tr(
            "Archives a segment at least every five minutes on a quiet server, which bounds how much can be "
            "lost."));
    return b.take();
}

int PgTuner::parallelWorkersPerGather(const HostProfile &host)
{
    if (host.cpus < 2)
        return 0;
    const int half = (host.cpus + 1) / 2;
    return host.workload == Workload::Analytics ? half : std::min(half, 4);
}

QString PgTuner::formatKb(qint64 kb)
{
    static const struct
    {
        qint64 size;
        const char *unit;
    } units[] = {{kGb * 1024, "TB"}, {kGb, "GB"}, {kMb, "MB"}};
    for (const auto &u : units)
        if (kb != 0 && kb % u.size == 0)
            return QString::number(kb / u.size) + QLatin1String(u.unit);
    return QString::number(kb) + QLatin1String("kB");
}

Result<PgSettings> PgTuner::tune(const HostProfile &host)
{
    const Status valid = host.validate();
    if (!valid.ok())
        return valid.error();
    Builder b;
    memory(b, host);
    checkpoints(b, host);
    planner(b, host);
    parallelism(b, host);
    autovacuum(b, host);
    logging(b, host);
    statements(b, host);
    archiving(b, host);
    return b.take();
}

} // namespace supadesk
