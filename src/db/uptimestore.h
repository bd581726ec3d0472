// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertlog.h"
#include "core/result.h"
#include "core/uptime/probelogfollower.h"
#include "core/uptime/uptimestacksettings.h"
#include "core/uptime/uptimesummary.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace supadesk {

// A declared maintenance window of one stack: never counted against the SLA.
struct MaintenanceWindow
{
    qint64 id = 0;
    TimeRange range;
    QString note;

    bool operator==(const MaintenanceWindow &) const = default;
};

// How far the server's probe logs of one stack have been pulled: the follower's cursor (file,
// offset after the last complete line, first line) plus the file's inode when the server told it
// (0 when not known), which recognises a log that was replaced by another file of the same size.
struct UptimePullCursor
{
    ProbeLogCursor log;
    quint64 inode = 0;
    qint64 pulledAtMs = 0; // when the last pull finished; 0 never

    bool operator==(const UptimePullCursor &) const = default;
};

// The daily roll-up of one component (or, with component "*", the whole stack) on one UTC day,
// maintained as probes arrive. Durations follow AvailabilityCalculator with GapPolicy::Exclude:
// downMs is confirmed downtime only, gapMs the time without probe results, both less maintenance;
// unknownMs is the part of the day before the first or after the last probe.
struct UptimeDayRollup
{
    QString component;
    qint64 dayStartMs = 0; // 00:00 UTC
    qint64 upMs = 0;
    qint64 downMs = 0;
    qint64 gapMs = 0;
    qint64 maintenanceMs = 0;
    qint64 unknownMs = 0;
    int probes = 0;
    int failedProbes = 0;
    LatencyStats latency; // approximate p50/p95 of the day's successful probes (see LatencyHistogram)
};

// One stack's figures over one period, as the report shows them.
struct StackUptime
{
    QString stack;
    TimeRange period;
    double target = 0.999;
    // One summary per component that has probes (sorted by name), then the whole stack
    // (component UptimeSummary::wholeStack), exactly as UptimeSummary::summarize returns them;
    // empty when the stack has no probe at all.
    QList<ComponentSummary> components;
    QList<MaintenanceWindow> maintenance; // the windows that overlap the period

    // The whole-stack summary, or nullptr when there is none.
    const ComponentSummary *wholeStack() const;
};

// The uptime history of every stack: probe results from the server's log and from the app, the
// state timeline they make, daily roll-ups, maintenance windows, SLA targets and the pull cursor.
//
// It lives in the same SQLite file as the dashboard's HistoryStore (HistoryStore::fileName() in the
// same directory), on a connection and in tables of its own (all named uptime_*), journal in WAL
// mode: each write is one transaction, so a process killed mid-write loses at most that
// transaction. A file SQLite cannot read is renamed aside (recoveryMessage() says where) and a
// fresh one is started.
//
// How queries stay fast: as probes arrive, the UTC days they touch are recomputed from the raw
// probes (with the context before and after that ComponentTimeline needs: a run of failures that
// began the day before, the next probe after midnight) into
//   - the component's state intervals (up / down with reason / gap), cut at UTC midnight: a day
//     without incidents is one row per component;
//   - hourly and daily latency histograms and the daily roll-up (UptimeDayRollup).
// The maths of both is DayRollup's (src/core/uptime); the store reads its input and writes its rows.
// A period's availability and incidents are then computed by the core (AvailabilityCalculator)
// from the stored intervals, with the maintenance windows of the moment, and its response times
// from the daily and hourly histograms, reading raw probes only for the parts of the period that
// are not whole hours. The figures are those UptimeSummary::summarize gives on the raw probes
// (latency percentiles within the histogram's ~2%).
//
// Like every QSqlDatabase, a store belongs to the thread that opened it.
class UptimeStore
{
public:
    static inline const QString ServerSource = QStringLiteral("server");
    static inline const QString AppSource = QStringLiteral("app");
    static constexpr double DefaultTarget = 0.999;

    // `directory` is the one HistoryStore uses (AppPaths::dataDir() in the app). `settings` decide
    // how probes become a timeline (failures before down, probe interval, longest gap between
    // probes); changing them for an existing store needs rebuild().
    explicit UptimeStore(QString directory, UptimeSettings settings = {});
    ~UptimeStore();
    UptimeStore(const UptimeStore &) = delete;
    UptimeStore &operator=(const UptimeStore &) = delete;

    QString filePath() const;
    const UptimeSettings &settings() const { return m_settings; }

    Status open();
    void close();
    bool isOpen() const;
    // Non-empty when open() found the file damaged and set it aside.
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString setAsidePath() const { return m_setAsidePath; }

    // --- Probes -------------------------------------------------------------------------------
    // Stores probe results of one stack (any mix of components and sources; a result already
    // stored, same time, component and source, is ignored) and brings the timeline and roll-ups of
    // the days they touch up to date, in one transaction. Returns how many were new.
    Result<int> addProbes(const QString &stack, const ProbeResults &probes);
    // addProbes() and the new pull cursor in the same transaction: a pull interrupted anywhere is
    // either wholly stored or read again next time, never counted twice.
    Result<int> addPulledProbes(const QString &stack, const ProbeResults &probes,
                                const UptimePullCursor &cursor);
    // Raw probe results in [period.startMs, period.endMs), in time order; all components when
    // `component` is empty. Pruned ranges return nothing.
    Result<ProbeResults> probes(const QString &stack, const TimeRange &period,
                                const QString &component = QString());
    // Stacks (ids as given to addProbes) and their components that have any probe or interval.
    Result<QStringList> stacks();
    Result<QStringList> components(const QString &stack);
    // The time range from the first to the last probe of a stack (empty range when none).
    Result<TimeRange> probedRange(const QString &stack);

    // --- Queries -----------------------------------------------------------------------------
    // A period's figures for one stack: availability, incidents, error budget against the stack's
    // target, response times. `gaps` as in AvailabilityCalculator.
    Result<StackUptime> uptime(const QString &stack, const TimeRange &period,
                               GapPolicy gaps = GapPolicy::CountAsDown);
    // The same for several stacks (the fleet view, a report for many stacks), in the order given.
    Result<QList<StackUptime>> uptime(const QStringList &stacks, const TimeRange &period,
                                      GapPolicy gaps = GapPolicy::CountAsDown);
    // Figures per period for one stack, e.g. the days of a month in the reader's time zone for the
    // day-by-day chart (UptimePeriod::daysOfMonth); one StackUptime per period, in order.
    Result<QList<StackUptime>> uptimeByPeriod(const QString &stack, const QList<TimeRange> &periods,
                                              GapPolicy gaps = GapPolicy::CountAsDown);
    // The stored state timeline of one component (adjacent pieces joined), clipped to `period`:
    // what a timeline chart draws.
    Result<QList<StateInterval>> timeline(const QString &stack, const QString &component,
                                          const TimeRange &period);
    // Daily roll-ups of UTC days starting in [fromMs, toMs), by day then component.
    Result<QList<UptimeDayRollup>> dailyRollups(const QString &stack, qint64 fromMs, qint64 toMs);

    // --- Maintenance, target, cursor ----------------------------------------------------------
    // Adding or removing a window updates the roll-ups of the days it covers.
    Result<qint64> addMaintenance(const QString &stack, const TimeRange &range, const QString &note = {});
    Status removeMaintenance(qint64 id);
    // Windows of a stack overlapping `within`, by start.
    Result<QList<MaintenanceWindow>> maintenance(const QString &stack, const TimeRange &within);

    // The availability target in (0, 1); DefaultTarget until set.
    Result<double> target(const QString &stack);
    Status setTarget(const QString &stack, double target);
    // How often the stack is probed and after how many failures a component is down; until set,
    // the interval and threshold of settings(). Values out of range are refused. The stored
    // history follows them from the days recomputed next; call rebuild() to apply them to all of it.
    Result<UptimeStackSettings> probeSettings(const QString &stack);
    // The same, but empty until the stack has settings of its own.
    Result<std::optional<UptimeStackSettings>> ownProbeSettings(const QString &stack);
    Status setProbeSettings(const QString &stack, const UptimeStackSettings &settings);

    // Where the stack's server probe writes its logs, as recorded when it was installed; empty until
    // then (the probe's default directory, UptimeLogPuller::DefaultDirectory).
    Result<QString> probeLogDirectory(const QString &stack);
    Status setProbeLogDirectory(const QString &stack, const QString &directory);

    // The server alerter's history of a stack (its alerts.log lines as pulled): a line already stored
    // is ignored, so a pull may read again from the last stored second. Returns how many were new.
    Result<int> addAlertEvents(const QString &stack, const QList<AlertLogEntry> &entries);
    // The stored lines of a stack, oldest first (the newest `limit`).
    Result<QList<AlertLogEntry>> alertEvents(const QString &stack, int limit = 5000);
    // The time of the newest stored line; invalid when there is none.
    Result<QDateTime> lastAlertEventAt(const QString &stack);

    // Default-constructed (empty file) before the first pull.
    Result<UptimePullCursor> pullCursor(const QString &stack);
    Status setPullCursor(const QString &stack, const UptimePullCursor &cursor);

    // --- Upkeep ------------------------------------------------------------------------------
    // Deletes raw probes older than `olderThanMs` (intervals, roll-ups and histograms stay, so the
    // figures of old periods remain; only latency of sub-hour edges there is lost). Returns the
    // number of rows deleted.
    Result<qint64> pruneRawProbes(qint64 olderThanMs);
    // Deletes everything of a stack older than `olderThanMs` (raw, intervals, roll-ups).
    Result<qint64> pruneHistory(const QString &stack, qint64 olderThanMs);
    // Recomputes a stack's timeline and roll-ups from its raw probes (after a settings change),
    // one day per transaction.
    Status rebuild(const QString &stack);
    // The same for the UTC days overlapping `range` only.
    Status rebuild(const QString &stack, const TimeRange &range);

private:
    struct Series;
    Status openFile();
    Status createSchema();
    Status setAside(const QString &reason);
    Result<qint64> seriesId(const QString &stack, const QString &component, bool create);
    Result<int> insertProbes(const QString &stack, const ProbeResults &probes);
    Status recomputeDays(const QString &stack, qint64 firstDay, qint64 lastDay);
    Status rollDays(const QString &stack, qint64 firstDay, qint64 lastDay);
    Result<StackUptime> computeUptime(const QString &stack, const TimeRange &period, GapPolicy gaps,
                                      const QList<MaintenanceWindow> &windows,
                                      const QMap<QString, QList<StateInterval>> &intervals, double target);
    Result<QMap<QString, QList<StateInterval>>> loadIntervals(const QString &stack, const TimeRange &period,
                                                              bool nonUpOnly = false);
    Result<LatencyStats> latency(qint64 series, const TimeRange &period);
    Result<UptimeSettings> timelineSettings(const QString &stack);
    Status writeCursor(const QString &stack, const UptimePullCursor &cursor);
    Status inTransaction(const std::function<Status()> &work);

    QString m_directory;
    QString m_connectionName;
    UptimeSettings m_settings;
    QString m_recoveryMessage;
    QString m_setAsidePath;
    QHash<QString, qint64> m_seriesIds;
};

} // namespace supadesk
