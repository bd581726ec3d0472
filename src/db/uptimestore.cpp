// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimestore.h"

#include "schemamigrator.h"
#include "sqlconnections.h"
#include "sqlitefilehealth.h"

#include "core/uptime/dayrollup.h"
#include "core/uptime/latencyhistogram.h"
#include "historystore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace supadesk {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 86'400'000;
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-uptime-%1").arg(counter.fetchAndAddRelaxed(1));
}

qint64 floorTo(qint64 t, qint64 unit)
{
    return t >= 0 ? t - t % unit : t - ((t % unit) + unit) % unit;
}

qint64 ceilTo(qint64 t, qint64 unit)
{
    const qint64 f = floorTo(t, unit);
    return f == t ? t : f + unit;
}

// What the store was doing when SQLite failed. Each has its sentence here and nowhere else.
enum class Doing { Preparing, StartingToWrite, Reading, Writing, StoringAProbe, Pruning };

Error sqlError(Doing doing, const QSqlError &error)
{
    QString sentence;
    switch (doing) {
    case Doing::Preparing:
        sentence =
            QCoreApplication::translate("UptimeStore", "The local uptime history could not be prepared: %1");
        break;
    case Doing::StartingToWrite:
        sentence = QCoreApplication::translate("UptimeStore",
                                               "The local uptime history could not start writing: %1");
        break;
    case Doing::Reading:
        sentence =
            QCoreApplication::translate("UptimeStore", "The local uptime history could not be read: %1");
        break;
    case Doing::Writing:
        sentence =
            QCoreApplication::translate("UptimeStore", "The local uptime history could not be written: %1");
        break;
    case Doing::StoringAProbe:
        sentence = QCoreApplication::translate("UptimeStore",
                                               "The local uptime history could not store a probe: %1");
        break;
    case Doing::Pruning:
        sentence =
            QCoreApplication::translate("UptimeStore", "The local uptime history could not be pruned: %1");
        break;
    }
    return Error{QStringLiteral("uptime.sql"), sentence.arg(error.text())};
}

int stateCode(ComponentState s)
{
    return s == ComponentState::Up ? 0 : s == ComponentState::Down ? 1 : 2;
}

ComponentState stateFrom(int code)
{
    return code == 1 ? ComponentState::Down : code == 2 ? ComponentState::Gap : ComponentState::Up;
}

// Joins pieces that were cut at midnight, as ComponentTimeline would have produced them whole.
void appendJoined(QList<StateInterval> &out, const StateInterval &next)
{
    if (!out.isEmpty() && out.last().state == next.state && out.last().range.endMs == next.range.startMs) {
        out.last().range.endMs = next.range.endMs;
        return;
    }
    out.append(next);
}

QList<TimeRange> rangesOf(const QList<MaintenanceWindow> &windows)
{
    QList<TimeRange> out;
    for (const MaintenanceWindow &w : windows)
        out.append(w.range);
    return out;
}

LatencyStats statsOf(const LatencyHistogram &h)
{
    LatencyStats s;
    s.samples = int(h.count());
    s.p50 = h.percentile(0.50);
    s.p95 = h.percentile(0.95);
    return s;
}

} // namespace

const ComponentSummary *StackUptime::wholeStack() const
{
    for (const ComponentSummary &s : components)
        if (s.component == UptimeSummary::wholeStack)
            return &s;
    return nullptr;
}

UptimeStore::UptimeStore(QString directory, UptimeSettings settings)
    : m_directory(std::move(directory)), m_connectionName(nextConnectionName()), m_settings(settings)
{}

UptimeStore::~UptimeStore()
{
    close();
}

QString UptimeStore::filePath() const
{
    // The dashboard's history file: one local database for all history.
    return QDir(m_directory).filePath(HistoryStore::fileName());
}

bool UptimeStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void UptimeStore::close()
{
    m_seriesIds.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status UptimeStore::open()
{
    close();
    m_recoveryMessage.clear();
    m_setAsidePath.clear();
    if (!QDir().mkpath(m_directory))
        return Error{
            QStringLiteral("uptime.dir"),
            QCoreApplication::translate("UptimeStore", "Cannot create the directory %1.").arg(m_directory)};
    Status opened = openFile();
    if (opened.ok())
        return opened;
    if (opened.error().code != QLatin1String("uptime.damaged")) {
        close(); // e.g. a file from a newer Supadesk: not a connection to write on
        return opened;
    }
    close();
    if (const Status moved = setAside(opened.error().message); !moved.ok())
        return moved;
    opened = openFile();
    if (!opened.ok())
        close();
    return opened;
}

Status UptimeStore::openFile()
{
    QSqlDatabase db = SqlConnections::addSqlite(m_connectionName, filePath());
    if (!db.open())
        return Error{QStringLiteral("uptime.open"),
                     QCoreApplication::translate("UptimeStore", "Cannot open the local history %1: %2")
                         .arg(filePath(), db.lastError().text())};
    const SqliteFileHealth::Check health = SqliteFileHealth::check(db, filePath());
    switch (health.verdict) {
    case SqliteFileHealth::Verdict::Healthy:
        return createSchema();
    case SqliteFileHealth::Verdict::Damaged:
        return Error{QStringLiteral("uptime.damaged"), health.detail};
    case SqliteFileHealth::Verdict::Unreadable:
        break;
    }
    return Error{QStringLiteral("uptime.open"),
                 QCoreApplication::translate("UptimeStore", "Cannot read the local history %1: %2")
                     .arg(filePath(), health.detail)};
}

Status UptimeStore::setAside(const QString &reason)
{
    const QString target = SqliteFileHealth::setAside(filePath());
    if (target.isEmpty())
        return Error{QStringLiteral("uptime.setaside"),
                     QCoreApplication::translate(
                         "UptimeStore", "The local history %1 is damaged and could not be moved aside.")
                         .arg(filePath())};
    m_setAsidePath = target;
    m_recoveryMessage = QCoreApplication::translate(
                            "UptimeStore", "The local history was damaged (%1). It was moved to %2 and a "
                                           "new, empty history was started.")
                            .arg(reason.trimmed(), target);
    return success();
}

Status UptimeStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // First the schema, so that a file from a newer Supadesk is refused before anything is set on it.
    // The tables are the history file's, shared with HistoryStore (resources/sql/history).
    const Result<SchemaMigrator> schema = SchemaMigrator::history();
    if (!schema.ok())
        return schema.error();
    if (const Result<SchemaMigrator::Outcome> migrated = schema.value().migrate(db); !migrated.ok())
        return migrated.error();
    // Connection settings, not schema.
    if (const QSqlError failed = SqlConnections::useWriteAheadLog(db); failed.isValid())
        return sqlError(Doing::Preparing, failed);
    return success();
}

Status UptimeStore::inTransaction(const std::function<Status()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Error{QStringLiteral("uptime.closed"),
                     QCoreApplication::translate("UptimeStore", "The local uptime history is not open.")};
    if (!db.transaction())
        return sqlError(Doing::StartingToWrite, db.lastError());
    Status result = work();
    if (result.ok() && db.commit())
        return result;
    if (result.ok())
        result = sqlError(Doing::Writing, db.lastError());
    db.rollback();
    m_seriesIds.clear(); // ids created in the rolled-back transaction are gone
    return result;
}

Result<qint64> UptimeStore::seriesId(const QString &stack, const QString &component, bool create)
{
    const QString key = stack + QChar(0) + component;
    if (const auto known = m_seriesIds.constFind(key); known != m_seriesIds.constEnd())
        return *known;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (create) {
        q.prepare(QStringLiteral(
            "INSERT INTO uptime_series (stack, component) VALUES (?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(stack);
        q.addBindValue(component);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
    }
    q.prepare(QStringLiteral("SELECT id FROM uptime_series WHERE stack = ? AND component = ?"));
    q.addBindValue(stack);
    q.addBindValue(component);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    if (!q.next())
        return qint64(0);
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(key, id);
    return id;
}

// --- Writing probes ---------------------------------------------------------------------------

Result<int> UptimeStore::addProbes(const QString &stack, const ProbeResults &probes)
{
    int added = 0;
    const Status s = inTransaction([&]() -> Status {
        const Result<int> n = insertProbes(stack, probes);
        if (!n.ok())
            return n.error();
        added = n.value();
        return success();
    });
    if (!s.ok())
        return s.error();
    return added;
}

Result<int> UptimeStore::addPulledProbes(const QString &stack, const ProbeResults &probes,
                                         const UptimePullCursor &cursor)
{
    int added = 0;
    const Status s = inTransaction([&]() -> Status {
        const Result<int> n = insertProbes(stack, probes);
        if (!n.ok())
            return n.error();
        added = n.value();
        return writeCursor(stack, cursor);
    });
    if (!s.ok())
        return s.error();
    return added;
}

Result<int> UptimeStore::insertProbes(const QString &stack, const ProbeResults &probes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO uptime_probe (series, t, source, ok, latency, reason) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    QHash<qint64, TimeRange> touched; // per series: first and last new probe
    int added = 0;
    for (const ProbeResult &p : probes) {
        const Result<qint64> id = seriesId(stack, p.component, true);
        if (!id.ok())
            return id.error();
        insert.bindValue(0, id.value());
        insert.bindValue(1, p.tMs);
        insert.bindValue(2, p.source.isEmpty() ? AppSource : p.source);
        insert.bindValue(3, p.ok ? 1 : 0);
        insert.bindValue(4, p.latencyMs ? QVariant(*p.latencyMs) : QVariant());
        insert.bindValue(5, p.reason.isEmpty() ? QVariant() : QVariant(p.reason));
        if (!insert.exec())
            return sqlError(Doing::StoringAProbe, insert.lastError());
        if (insert.numRowsAffected() != 1)
            continue; // already stored (a log read again after a rotation)
        ++added;
        auto it = touched.find(id.value());
        if (it == touched.end())
            touched.insert(id.value(), {p.tMs, p.tMs});
        else
            *it = {std::min(it->startMs, p.tMs), std::max(it->endMs, p.tMs)};
    }
    if (touched.isEmpty())
        return added;
    // The days whose timeline the new probes can change: from the last success before them (a run
    // of failures that began earlier) to the first success after them.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    QSqlQuery q(db);
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const auto scalar = [&](const QString &sql, const QVariantList &values) -> std::optional<qint64> {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (q.exec() && q.next() && !q.value(0).isNull())
                return q.value(0).toLongLong();
            return std::nullopt;
        };
        // Back to the last success (at most a day: a longer run of failures is down already), and at
        // least to the probe before, however far: the silence between them becomes a gap.
        const auto prevOk =
            scalar(QStringLiteral("SELECT max(t) FROM uptime_probe WHERE series = ? AND ok = 1 "
                                  "AND t < ? AND t >= ?"),
                   {it.key(), it->startMs, it->startMs - DayMs});
        const auto prev = scalar(QStringLiteral("SELECT max(t) FROM uptime_probe WHERE series = ? AND t < ?"),
                                 {it.key(), it->startMs});
        qint64 from = it->startMs;
        if (prevOk)
            from = *prevOk;
        else if (prev)
            from = std::min(*prev, it->startMs - DayMs);
        // Forward to the first success after them, or at least to the next probe, however far.
        const auto nextOk =
            scalar(QStringLiteral("SELECT min(t) FROM uptime_probe WHERE series = ? AND ok = 1 "
                                  "AND t > ? AND t <= ?"),
                   {it.key(), it->endMs, it->endMs + DayMs});
        const auto next = scalar(QStringLiteral("SELECT min(t) FROM uptime_probe WHERE series = ? AND t > ?"),
                                 {it.key(), it->endMs});
        qint64 to = it->endMs;
        if (nextOk)
            to = *nextOk;
        else if (next)
            to = std::max(*next, it->endMs + DayMs);
        first = std::min(first, floorTo(from, DayMs));
        last = std::max(last, floorTo(to, DayMs));
    }
    if (const Status s = recomputeDays(stack, first, last); !s.ok())
        return s.error();
    return added;
}

// Reads what DayRollup needs from the file and writes back what it computes.
Status UptimeStore::recomputeDays(const QString &stack, qint64 firstDay, qint64 lastDay)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 d0 = firstDay;
    const qint64 d1 = lastDay + DayMs;
    QSqlQuery series(db);
    series.prepare(
        QStringLiteral("SELECT id, component FROM uptime_series WHERE stack = ? AND component <> '*'"));
    series.addBindValue(stack);
    if (!series.exec())
        return sqlError(Doing::Reading, series.lastError());
    QList<QPair<qint64, QString>> all;
    while (series.next())
        all.append({series.value(0).toLongLong(), series.value(1).toString()});
    const Result<UptimeSettings> stackRules = timelineSettings(stack);
    if (!stackRules.ok())
        return stackRules.error();
    const UptimeSettings rules = stackRules.value();

    QSqlQuery q(db);
    const auto scalar = [&](const QString &sql, const QVariantList &values) -> std::optional<qint64> {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec() && q.next() && !q.value(0).isNull())
            return q.value(0).toLongLong();
        return std::nullopt;
    };
    for (const auto &[id, component] : std::as_const(all)) {
        // The context DayRollup needs around the days (see there).
        const auto prevOk =
            scalar(QStringLiteral("SELECT max(t) FROM uptime_probe WHERE series = ? AND ok = 1 "
                                  "AND t < ? AND t >= ?"),
                   {id, d0, d0 - DayMs});
        const auto prev =
            scalar(QStringLiteral("SELECT max(t) FROM uptime_probe WHERE series = ? AND t < ?"), {id, d0});
        const auto nextOk =
            scalar(QStringLiteral("SELECT min(t) FROM uptime_probe WHERE series = ? AND ok = 1 "
                                  "AND t >= ? AND t < ?"),
                   {id, d1, d1 + DayMs});
        const auto next =
            scalar(QStringLiteral("SELECT min(t) FROM uptime_probe WHERE series = ? AND t >= ?"), {id, d1});

        ProbeResults probes;
        q.prepare(QStringLiteral("SELECT t, ok, latency, reason, source FROM uptime_probe WHERE series = ? "
                                 "AND t >= ? AND t <= ? ORDER BY t"));
        q.setForwardOnly(true);
        q.addBindValue(id);
        q.addBindValue(DayRollup::contextStart(d0, prevOk, prev));
        q.addBindValue(DayRollup::contextEnd(d1, nextOk, next));
        if (!q.exec())
            return sqlError(Doing::Reading, q.lastError());
        while (q.next()) {
            ProbeResult p;
            p.tMs = q.value(0).toLongLong();
            p.component = component;
            p.ok = q.value(1).toInt() != 0;
            if (!q.value(2).isNull())
                p.latencyMs = q.value(2).toInt();
            p.reason = q.value(3).toString();
            p.source = q.value(4).toString();
            probes.append(std::move(p));
        }
        q.finish();

        // A run of failures longer than the context: its reason is the one already stored for the
        // moment before d0.
        QString carriedReason;
        if (!prevOk && prev) {
            q.prepare(
                QStringLiteral("SELECT state, reason FROM uptime_interval WHERE series = ? AND start < ? "
                               "ORDER BY start DESC LIMIT 1"));
            q.addBindValue(id);
            q.addBindValue(d0);
            if (q.exec() && q.next() && stateFrom(q.value(0).toInt()) == ComponentState::Down)
                carriedReason = q.value(1).toString();
            q.finish();
        }

        const ComponentDays days = DayRollup::component(probes, rules, firstDay, lastDay, carriedReason);
        q.prepare(
            QStringLiteral("DELETE FROM uptime_interval WHERE series = ? AND start >= ? AND start < ?"));
        q.addBindValue(id);
        q.addBindValue(d0);
        q.addBindValue(d1);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        q.prepare(QStringLiteral(
            "INSERT INTO uptime_interval (series, start, end, state, reason) VALUES (?, ?, ?, ?, ?)"));
        for (const StateInterval &s : days.intervals) {
            q.addBindValue(id);
            q.addBindValue(s.range.startMs);
            q.addBindValue(s.range.endMs);
            q.addBindValue(stateCode(s.state));
            q.addBindValue(s.reason.isEmpty() ? QVariant() : QVariant(s.reason));
            if (!q.exec())
                return sqlError(Doing::Writing, q.lastError());
        }
        q.prepare(QStringLiteral("DELETE FROM uptime_hour WHERE series = ? AND hour >= ? AND hour < ?"));
        q.addBindValue(id);
        q.addBindValue(d0);
        q.addBindValue(d1);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        q.prepare(QStringLiteral(
            "INSERT INTO uptime_hour (series, hour, probes, failed, latency) VALUES (?, ?, ?, ?, ?)"));
        for (auto it = days.hours.cbegin(); it != days.hours.cend(); ++it) {
            q.addBindValue(id);
            q.addBindValue(it.key());
            q.addBindValue(it->probes);
            q.addBindValue(it->failed);
            q.addBindValue(it->latency.toBytes());
            if (!q.exec())
                return sqlError(Doing::Writing, q.lastError());
        }
    }
    return rollDays(stack, firstDay, lastDay);
}

Status UptimeStore::rollDays(const QString &stack, qint64 firstDay, qint64 lastDay)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const TimeRange span{firstDay, lastDay + DayMs};
    const Result<QList<MaintenanceWindow>> windows = maintenance(stack, span);
    if (!windows.ok())
        return windows.error();
    const auto intervals = loadIntervals(stack, span);
    if (!intervals.ok())
        return intervals.error();
    const Result<qint64> whole = seriesId(stack, UptimeSummary::wholeStack, true);
    if (!whole.ok())
        return whole.error();

    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM uptime_day WHERE series IN (SELECT id FROM uptime_series WHERE stack = ?) "
        "AND day >= ? AND day <= ?"));
    q.addBindValue(stack);
    q.addBindValue(firstDay);
    q.addBindValue(lastDay);
    if (!q.exec())
        return sqlError(Doing::Writing, q.lastError());
    QHash<QString, QMap<qint64, HourTally>> hours;
    q.prepare(QStringLiteral(
        "SELECT s.component, h.hour, h.probes, h.failed, h.latency FROM uptime_hour h JOIN "
        "uptime_series s ON s.id = h.series WHERE s.stack = ? AND h.hour >= ? AND h.hour < ?"));
    q.addBindValue(stack);
    q.addBindValue(span.startMs);
    q.addBindValue(span.endMs);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    while (q.next())
        hours[q.value(0).toString()].insert(
            q.value(1).toLongLong(),
            {q.value(2).toInt(), q.value(3).toInt(), LatencyHistogram::fromBytes(q.value(4).toByteArray())});
    q.finish();

    const QList<DayRow> rows =
        DayRollup::days(firstDay, lastDay, intervals.value(), hours, rangesOf(windows.value()));
    q.prepare(QStringLiteral(
        "INSERT INTO uptime_day (series, day, up_ms, down_ms, gap_ms, maintenance_ms, unknown_ms, "
        "probes, failed, latency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const DayRow &row : rows) {
        const bool all = row.component == UptimeSummary::wholeStack;
        const Result<qint64> id = all ? whole : seriesId(stack, row.component, false);
        if (!id.ok())
            return id.error();
        const AvailabilityReport &r = row.availability;
        for (const QVariant &v :
             {QVariant(id.value()), QVariant(row.dayStartMs), QVariant(r.upMs), QVariant(r.downMs),
              QVariant(r.gapMs), QVariant(r.maintenanceMs), QVariant(r.noDataMs), QVariant(row.probes),
              QVariant(row.failed), QVariant(all ? QByteArray() : row.latency.toBytes())})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
    }
    return success();
}

// --- Reading ----------------------------------------------------------------------------------

Result<QMap<QString, QList<StateInterval>>>
UptimeStore::loadIntervals(const QString &stack, const TimeRange &period, bool nonUpOnly)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // No piece is longer than a day, so those overlapping the period start at most a day before it.
    q.prepare(
        QStringLiteral("SELECT s.component, i.start, i.end, i.state, i.reason FROM uptime_series s "
                       "JOIN uptime_interval i ON i.series = s.id WHERE s.stack = ? AND s.component <> '*' "
                       "AND i.start >= ? AND i.start < ? AND i.end > ? %1 ORDER BY s.component, i.start")
            .arg(nonUpOnly ? QStringLiteral("AND i.state <> 0") : QString()));
    q.addBindValue(stack);
    q.addBindValue(period.startMs - DayMs);
    q.addBindValue(period.endMs);
    q.addBindValue(period.startMs);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    QMap<QString, QList<StateInterval>> out;
    QString current;
    QList<StateInterval> *list = nullptr;
    while (q.next()) {
        const QString component = q.value(0).toString();
        if (!list || component != current) {
            current = component;
            list = &out[component];
        }
        appendJoined(*list, {{q.value(1).toLongLong(), q.value(2).toLongLong()},
                             stateFrom(q.value(3).toInt()),
                             q.value(4).toString()});
    }
    return out;
}

Result<QList<StateInterval>> UptimeStore::timeline(const QString &stack, const QString &component,
                                                   const TimeRange &period)
{
    const auto intervals = loadIntervals(stack, period);
    if (!intervals.ok())
        return intervals.error();
    QList<StateInterval> out;
    for (StateInterval s : intervals.value().value(component)) {
        s.range = {std::max(s.range.startMs, period.startMs), std::min(s.range.endMs, period.endMs)};
        if (s.range.length() > 0)
            out.append(s);
    }
    return out;
}

Result<LatencyStats> UptimeStore::latency(qint64 series, const TimeRange &period)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    LatencyHistogram h;
    const auto fold = [&](const char *table, const char *column, qint64 from, qint64 to) -> Status {
        if (from >= to)
            return success();
        q.prepare(QStringLiteral("SELECT latency FROM %1 WHERE series = ? AND %2 >= ? AND %2 < ?")
                      .arg(QLatin1String(table), QLatin1String(column)));
        q.addBindValue(series);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return sqlError(Doing::Reading, q.lastError());
        while (q.next())
            h.merge(LatencyHistogram::fromBytes(q.value(0).toByteArray()));
        return success();
    };
    const auto raw = [&](qint64 from, qint64 to) -> Status {
        if (from >= to)
            return success();
        q.prepare(QStringLiteral(
            "SELECT latency FROM uptime_probe WHERE series = ? AND t >= ? AND t < ? AND ok = 1 "
            "AND latency IS NOT NULL"));
        q.addBindValue(series);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return sqlError(Doing::Reading, q.lastError());
        while (q.next())
            h.add(q.value(0).toInt());
        return success();
    };
    const qint64 a = period.startMs;
    const qint64 b = period.endMs;
    const qint64 ha = ceilTo(a, HourMs);
    const qint64 hb = floorTo(b, HourMs);
    Status s = success();
    if (ha >= hb) {
        s = raw(a, b);
    } else {
        const qint64 da = ceilTo(ha, DayMs);
        const qint64 db = floorTo(hb, DayMs);
        if (da < db) {
            for (const Status &step : {fold("uptime_day", "day", da, db), fold("uptime_hour", "hour", ha, da),
                                       fold("uptime_hour", "hour", db, hb)})
                if (!step.ok())
                    return step.error();
        } else if (const Status step = fold("uptime_hour", "hour", ha, hb); !step.ok()) {
            return step.error();
        }
        for (const Status &step : {raw(a, ha), raw(hb, b)})
            if (!step.ok())
                return step.error();
    }
    if (!s.ok())
        return s.error();
    return statsOf(h);
}

Result<StackUptime> UptimeStore::computeUptime(const QString &stack, const TimeRange &period, GapPolicy gaps,
                                               const QList<MaintenanceWindow> &windows,
                                               const QMap<QString, QList<StateInterval>> &intervals,
                                               double target)
{
    StackUptime result;
    result.stack = stack;
    result.period = period;
    result.target = target;
    result.maintenance = windows;
    const QList<TimeRange> maint = rangesOf(windows);
    QList<QPair<QString, QList<StateInterval>>> timelines;
    for (auto it = intervals.cbegin(); it != intervals.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        timelines.append({it.key(), it.value()});
        ComponentSummary s;
        s.component = it.key();
        s.availability = AvailabilityCalculator::compute(it.key(), it.value(), period, maint, gaps);
        s.budget = ErrorBudget::compute(target, period.length(), s.availability.maintenanceMs,
                                        s.availability.downMs);
        const Result<qint64> id = seriesId(stack, it.key(), false);
        if (!id.ok())
            return id.error();
        const Result<LatencyStats> l = latency(id.value(), period);
        if (!l.ok())
            return l.error();
        s.latency = l.value();
        result.components.append(s);
    }
    if (!timelines.isEmpty()) {
        ComponentSummary all;
        all.component = UptimeSummary::wholeStack;
        all.availability = AvailabilityCalculator::combine(timelines, period, maint, gaps);
        all.budget = ErrorBudget::compute(target, period.length(), all.availability.maintenanceMs,
                                          all.availability.downMs);
        result.components.append(all);
    }
    return result;
}

Result<StackUptime> UptimeStore::uptime(const QString &stack, const TimeRange &period, GapPolicy gaps)
{
    const Result<QList<StackUptime>> list = uptimeByPeriod(stack, {period}, gaps);
    if (!list.ok())
        return list.error();
    return list.value().first();
}

Result<QList<StackUptime>> UptimeStore::uptime(const QStringList &stacks, const TimeRange &period,
                                               GapPolicy gaps)
{
    QList<StackUptime> out;
    for (const QString &stack : stacks) {
        const Result<StackUptime> one = uptime(stack, period, gaps);
        if (!one.ok())
            return one.error();
        out.append(one.value());
    }
    return out;
}

Result<QList<StackUptime>> UptimeStore::uptimeByPeriod(const QString &stack, const QList<TimeRange> &periods,
                                                       GapPolicy gaps)
{
    QList<StackUptime> out;
    if (periods.isEmpty())
        return out;
    TimeRange span = periods.first();
    for (const TimeRange &p : periods)
        span = {std::min(span.startMs, p.startMs), std::max(span.endMs, p.endMs)};
    const Result<double> goal = target(stack);
    if (!goal.ok())
        return goal.error();
    const Result<QList<MaintenanceWindow>> windows = maintenance(stack, span);
    if (!windows.ok())
        return windows.error();
    const auto intervals = loadIntervals(stack, span);
    if (!intervals.ok())
        return intervals.error();
    for (const TimeRange &p : periods) {
        QList<MaintenanceWindow> inPeriod;
        for (const MaintenanceWindow &w : windows.value())
            if (w.range.endMs > p.startMs && w.range.startMs < p.endMs)
                inPeriod.append(w);
        QMap<QString, QList<StateInterval>> clipped;
        for (auto it = intervals.value().cbegin(); it != intervals.value().cend(); ++it)
            for (const StateInterval &s : it.value())
                if (s.range.endMs > p.startMs && s.range.startMs < p.endMs)
                    clipped[it.key()].append(s);
        const Result<StackUptime> one = computeUptime(stack, p, gaps, inPeriod, clipped, goal.value());
        if (!one.ok())
            return one.error();
        out.append(one.value());
    }
    return out;
}

Result<QList<UptimeDayRollup>> UptimeStore::dailyRollups(const QString &stack, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.component, d.day, d.up_ms, d.down_ms, d.gap_ms, d.maintenance_ms, d.unknown_ms, "
        "d.probes, d.failed, d.latency FROM uptime_day d JOIN uptime_series s ON s.id = d.series "
        "WHERE s.stack = ? AND d.day >= ? AND d.day < ? ORDER BY d.day, s.component"));
    q.addBindValue(stack);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    QList<UptimeDayRollup> out;
    while (q.next()) {
        UptimeDayRollup r;
        r.component = q.value(0).toString();
        r.dayStartMs = q.value(1).toLongLong();
        r.upMs = q.value(2).toLongLong();
        r.downMs = q.value(3).toLongLong();
        r.gapMs = q.value(4).toLongLong();
        r.maintenanceMs = q.value(5).toLongLong();
        r.unknownMs = q.value(6).toLongLong();
        r.probes = q.value(7).toInt();
        r.failedProbes = q.value(8).toInt();
        r.latency = statsOf(LatencyHistogram::fromBytes(q.value(9).toByteArray()));
        out.append(r);
    }
    return out;
}

Result<ProbeResults> UptimeStore::probes(const QString &stack, const TimeRange &period,
                                         const QString &component)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT s.component, p.t, p.ok, p.latency, p.reason, p.source FROM uptime_probe p JOIN "
                  "uptime_series s ON s.id = p.series WHERE s.stack = ? %1 "
                  "AND p.t >= ? AND p.t < ? ORDER BY p.t, s.component, p.source")
                  .arg(component.isEmpty() ? QString() : QStringLiteral("AND s.component = ?")));
    q.addBindValue(stack);
    if (!component.isEmpty())
        q.addBindValue(component);
    q.addBindValue(period.startMs);
    q.addBindValue(period.endMs);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    ProbeResults out;
    QHash<QString, QString> shared; // one QString per component and source, shared by every result
    const auto intern = [&](const QString &s) -> QString {
        auto it = shared.constFind(s);
        return it != shared.constEnd() ? *it : *shared.insert(s, s);
    };
    while (q.next()) {
        ProbeResult p;
        p.component = intern(q.value(0).toString());
        p.tMs = q.value(1).toLongLong();
        p.ok = q.value(2).toInt() != 0;
        if (!q.value(3).isNull())
            p.latencyMs = q.value(3).toInt();
        p.reason = q.value(4).toString();
        p.source = intern(q.value(5).toString());
        out.append(std::move(p));
    }
    return out;
}

Result<QStringList> UptimeStore::stacks()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT DISTINCT stack FROM uptime_series ORDER BY stack")))
        return sqlError(Doing::Reading, q.lastError());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> UptimeStore::components(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT component FROM uptime_series WHERE stack = ? AND component <> '*' ORDER BY component"));
    q.addBindValue(stack);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<TimeRange> UptimeStore::probedRange(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT min(i.start), max(i.end) FROM uptime_interval i JOIN uptime_series s ON "
                             "s.id = i.series WHERE s.stack = ?"));
    q.addBindValue(stack);
    if (!q.exec() || !q.next())
        return sqlError(Doing::Reading, q.lastError());
    if (q.value(0).isNull())
        return TimeRange{};
    return TimeRange{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

// --- Maintenance, target, cursor -----------------------------------------------------------

Result<qint64> UptimeStore::addMaintenance(const QString &stack, const TimeRange &range, const QString &note)
{
    if (range.length() <= 0)
        return Error{
            QStringLiteral("uptime.maintenance.range"),
            QCoreApplication::translate("UptimeStore", "A maintenance window must end after it starts.")};
    qint64 id = 0;
    const Status s = inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(
            QStringLiteral("INSERT INTO uptime_maintenance (stack, start, end, note) VALUES (?, ?, ?, ?)"));
        q.addBindValue(stack);
        q.addBindValue(range.startMs);
        q.addBindValue(range.endMs);
        q.addBindValue(note.isNull() ? QStringLiteral("") : note); // a null QString binds as NULL
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        id = q.lastInsertId().toLongLong();
        return rollDays(stack, floorTo(range.startMs, DayMs), floorTo(range.endMs - 1, DayMs));
    });
    if (!s.ok())
        return s.error();
    return id;
}

Status UptimeStore::removeMaintenance(qint64 id)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("SELECT stack, start, end FROM uptime_maintenance WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(Doing::Reading, q.lastError());
        if (!q.next())
            return Error{QStringLiteral("uptime.maintenance.unknown"),
                         QCoreApplication::translate("UptimeStore", "There is no such maintenance window.")};
        const QString stack = q.value(0).toString();
        const TimeRange range{q.value(1).toLongLong(), q.value(2).toLongLong()};
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM uptime_maintenance WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        return rollDays(stack, floorTo(range.startMs, DayMs), floorTo(range.endMs - 1, DayMs));
    });
}

Result<QList<MaintenanceWindow>> UptimeStore::maintenance(const QString &stack, const TimeRange &within)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT id, start, end, note FROM uptime_maintenance WHERE stack = ? AND end > ? AND "
                       "start < ? ORDER BY start, id"));
    q.addBindValue(stack);
    q.addBindValue(within.startMs);
    q.addBindValue(within.endMs);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    QList<MaintenanceWindow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    {q.value(1).toLongLong(), q.value(2).toLongLong()},
                    q.value(3).toString()});
    return out;
}

Result<int> UptimeStore::addAlertEvents(const QString &stack, const QList<AlertLogEntry> &entries)
{
    int added = 0;
    const Status s = inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO uptime_alert_event (stack, at_ms, rule, event, channel, "
                           "result, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const AlertLogEntry &e : entries) {
            q.addBindValue(stack);
            q.addBindValue(e.at.toMSecsSinceEpoch());
            // A null QString binds as NULL, which the NOT NULL columns refuse.
            for (const QString &text : {e.rule, e.event, e.channel, e.result, e.detail})
                q.addBindValue(text.isNull() ? QStringLiteral("") : text);
            if (!q.exec())
                return sqlError(Doing::Writing, q.lastError());
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return success();
    });
    if (!s.ok())
        return s.error();
    return added;
}

Result<QList<AlertLogEntry>> UptimeStore::alertEvents(const QString &stack, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT at_ms, rule, event, channel, result, detail FROM (SELECT * FROM "
                             "uptime_alert_event WHERE stack = ? ORDER BY at_ms DESC, id DESC LIMIT ?) "
                             "ORDER BY at_ms, id"));
    q.addBindValue(stack);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    QList<AlertLogEntry> out;
    while (q.next())
        out.append({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString()});
    return out;
}

Result<QDateTime> UptimeStore::lastAlertEventAt(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT MAX(at_ms) FROM uptime_alert_event WHERE stack = ?"));
    q.addBindValue(stack);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    if (q.next() && !q.value(0).isNull())
        return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    return QDateTime();
}

Result<double> UptimeStore::target(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT target FROM uptime_stack WHERE stack = ?"));
    q.addBindValue(stack);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    if (q.next() && !q.value(0).isNull())
        return q.value(0).toDouble();
    return DefaultTarget;
}

Status UptimeStore::setTarget(const QString &stack, double target)
{
    if (!(target > 0 && target < 1))
        return Error{QStringLiteral("uptime.target"),
                     QCoreApplication::translate("UptimeStore",
                                                 "The availability target must be above 0% and below 100%.")};
    return inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(
            QStringLiteral("INSERT INTO uptime_stack (stack, target) VALUES (?, ?) ON CONFLICT (stack) DO "
                           "UPDATE SET target = excluded.target"));
        q.addBindValue(stack);
        q.addBindValue(target);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        return success();
    });
}

Result<UptimeStackSettings> UptimeStore::probeSettings(const QString &stack)
{
    const Result<std::optional<UptimeStackSettings>> own = ownProbeSettings(stack);
    if (!own.ok())
        return own.error();
    if (own.value())
        return *own.value();
    UptimeStackSettings out;
    out.probeIntervalSeconds = static_cast<int>(m_settings.probeIntervalMs / 1000);
    out.failuresBeforeDown = m_settings.failureThreshold;
    return out;
}

Result<std::optional<UptimeStackSettings>> UptimeStore::ownProbeSettings(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT probe_interval, down_after FROM uptime_stack WHERE stack = ? AND "
                             "probe_interval IS NOT NULL AND down_after IS NOT NULL"));
    q.addBindValue(stack);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    if (!q.next())
        return std::optional<UptimeStackSettings>();
    return std::optional<UptimeStackSettings>(UptimeStackSettings{q.value(0).toInt(), q.value(1).toInt()});
}

Status UptimeStore::setProbeSettings(const QString &stack, const UptimeStackSettings &settings)
{
    if (settings.bounded() != settings)
        return Error{QStringLiteral("uptime.probeSettings"),
                     QCoreApplication::translate("UptimeStore",
                                                 "Probes run every %1 to %2 seconds, and a component is down "
                                                 "after %3 to %4 consecutive failures.")
                         .arg(UptimeStackSettings::MinIntervalSeconds)
                         .arg(UptimeStackSettings::MaxIntervalSeconds)
                         .arg(UptimeStackSettings::MinFailures)
                         .arg(UptimeStackSettings::MaxFailures)};
    return inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral(
            "INSERT INTO uptime_stack (stack, probe_interval, down_after) VALUES (?, ?, ?) ON CONFLICT "
            "(stack) DO UPDATE SET probe_interval = excluded.probe_interval, down_after = "
            "excluded.down_after"));
        q.addBindValue(stack);
        q.addBindValue(settings.probeIntervalSeconds);
        q.addBindValue(settings.failuresBeforeDown);
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        return success();
    });
}

Result<QString> UptimeStore::probeLogDirectory(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT probe_log_dir FROM uptime_stack WHERE stack = ?"));
    q.addBindValue(stack);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

Status UptimeStore::setProbeLogDirectory(const QString &stack, const QString &directory)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("INSERT INTO uptime_stack (stack, probe_log_dir) VALUES (?, ?) ON CONFLICT "
                                 "(stack) DO UPDATE SET probe_log_dir = excluded.probe_log_dir"));
        q.addBindValue(stack);
        q.addBindValue(directory.isEmpty() ? QVariant() : QVariant(directory));
        if (!q.exec())
            return sqlError(Doing::Writing, q.lastError());
        return success();
    });
}

// The store's own rules until the stack has settings of its own.
Result<UptimeSettings> UptimeStore::timelineSettings(const QString &stack)
{
    const Result<std::optional<UptimeStackSettings>> own = ownProbeSettings(stack);
    if (!own.ok())
        return own.error();
    return own.value() ? own.value()->timelineSettings(m_settings) : m_settings;
}

Result<UptimePullCursor> UptimeStore::pullCursor(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("SELECT cursor_file, cursor_offset, cursor_first_line, cursor_inode, pulled_at FROM "
                       "uptime_stack WHERE stack = ?"));
    q.addBindValue(stack);
    if (!q.exec())
        return sqlError(Doing::Reading, q.lastError());
    UptimePullCursor c;
    if (q.next()) {
        c.log.file = q.value(0).toString();
        c.log.offset = q.value(1).toLongLong();
        c.log.firstLine = q.value(2).toByteArray();
        c.inode = q.value(3).toULongLong();
        c.pulledAtMs = q.value(4).toLongLong();
    }
    return c;
}

Status UptimeStore::writeCursor(const QString &stack, const UptimePullCursor &cursor)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "INSERT INTO uptime_stack (stack, cursor_file, cursor_offset, cursor_first_line, "
        "cursor_inode, pulled_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (stack) DO UPDATE SET "
        "cursor_file = excluded.cursor_file, cursor_offset = excluded.cursor_offset, "
        "cursor_first_line = excluded.cursor_first_line, cursor_inode = excluded.cursor_inode, "
        "pulled_at = excluded.pulled_at"));
    q.addBindValue(stack);
    q.addBindValue(cursor.log.file);
    q.addBindValue(cursor.log.offset);
    q.addBindValue(cursor.log.firstLine);
    q.addBindValue(qint64(cursor.inode));
    q.addBindValue(cursor.pulledAtMs);
    if (!q.exec())
        return sqlError(Doing::Writing, q.lastError());
    return success();
}

Status UptimeStore::setPullCursor(const QString &stack, const UptimePullCursor &cursor)
{
    return inTransaction([&] { return writeCursor(stack, cursor); });
}

// --- Upkeep --------------------------------------------------------------------------------

Result<qint64> UptimeStore::pruneRawProbes(qint64 olderThanMs)
{
    qint64 deleted = 0;
    const Status s = inTransaction([&]() -> Status {
        QSqlQuery ids(QSqlDatabase::database(m_connectionName, false));
        if (!ids.exec(QStringLiteral("SELECT id FROM uptime_series")))
            return sqlError(Doing::Reading, ids.lastError());
        QList<qint64> all;
        while (ids.next())
            all.append(ids.value(0).toLongLong());
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("DELETE FROM uptime_probe WHERE series = ? AND t < ?"));
        for (const qint64 id : all) {
            q.addBindValue(id);
            q.addBindValue(olderThanMs);
            if (!q.exec())
                return sqlError(Doing::Pruning, q.lastError());
            deleted += q.numRowsAffected();
        }
        return success();
    });
    if (!s.ok())
        return s.error();
    return deleted;
}

Result<qint64> UptimeStore::pruneHistory(const QString &stack, qint64 olderThanMs)
{
    qint64 deleted = 0;
    const Status s = inTransaction([&]() -> Status {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        const QString inStack = QStringLiteral("series IN (SELECT id FROM uptime_series WHERE stack = ?)");
        const QPair<QString, qint64> steps[] = {
            {QStringLiteral("DELETE FROM uptime_probe WHERE %1 AND t < ?").arg(inStack), olderThanMs},
            {QStringLiteral("DELETE FROM uptime_interval WHERE %1 AND end <= ?").arg(inStack), olderThanMs},
            {QStringLiteral("DELETE FROM uptime_hour WHERE %1 AND hour < ?").arg(inStack),
             floorTo(olderThanMs, HourMs)},
            {QStringLiteral("DELETE FROM uptime_day WHERE %1 AND day < ?").arg(inStack),
             floorTo(olderThanMs, DayMs)},
            {QStringLiteral("DELETE FROM uptime_maintenance WHERE stack = ? AND end <= ?"), olderThanMs},
        };
        for (const auto &[sql, cutoff] : steps) {
            q.prepare(sql);
            q.addBindValue(stack);
            q.addBindValue(cutoff);
            if (!q.exec())
                return sqlError(Doing::Pruning, q.lastError());
            deleted += q.numRowsAffected();
        }
        return success();
    });
    if (!s.ok())
        return s.error();
    return deleted;
}

Status UptimeStore::rebuild(const QString &stack)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT min(p.t), max(p.t) FROM uptime_probe p JOIN uptime_series s ON s.id = p.series "
        "WHERE s.stack = ?"));
    q.addBindValue(stack);
    if (!q.exec() || !q.next())
        return sqlError(Doing::Reading, q.lastError());
    if (q.value(0).isNull())
        return success();
    const TimeRange range{q.value(0).toLongLong(), q.value(1).toLongLong() + 1};
    q.finish();
    return rebuild(stack, range);
}

Status UptimeStore::rebuild(const QString &stack, const TimeRange &range)
{
    if (range.length() <= 0)
        return success();
    const qint64 first = floorTo(range.startMs, DayMs);
    const qint64 last = floorTo(range.endMs - 1, DayMs);
    // A week per transaction: bounded memory, and an interrupted rebuild keeps the weeks it finished.
    constexpr qint64 Step = 7 * DayMs;
    for (qint64 day = first; day <= last; day += Step) {
        const qint64 end = std::min(last, day + Step - DayMs);
        if (const Status s = inTransaction([&] { return recomputeDays(stack, day, end); }); !s.ok())
            return s;
    }
    return success();
}

} // namespace supadesk
