// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// One table of a restore drill: its rows in the live database and in the restore.
struct DrillTable
{
    enum class Verdict {
        Match,            // the same number of rows (or within the estimate's tolerance)
        Changed,          // differs by no more than the live table changed since the dump
        Mismatch,         // differs by more than anything explains
        MissingInRestore, // in the live database, not in the restore
        MissingInLive,    // in the restore, no longer in the live database
    };
    QString schema;
    QString name;
    qint64 liveRows = -1;     // -1: not in the live database
    bool liveExact = false;   // count(*) rather than pg_stat_user_tables' n_live_tup
    qint64 restoredRows = -1; // -1: not in the restore
    qint64 allowed = 0;       // how far the two may differ (estimate tolerance + changes since the dump)
    Verdict verdict = Verdict::Match;

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    bool ok() const { return verdict == Verdict::Match || verdict == Verdict::Changed; }
    bool operator==(const DrillTable &) const = default;
};

// One of the user's own queries, run in the restore: it passes when it returns a row.
struct DrillQuery
{
    QString sql;
    qint64 rows = 0;
    QString error; // the server's message when it failed
    bool ok() const { return error.isEmpty() && rows > 0; }
    bool operator==(const DrillQuery &) const = default;
};

// What one restore drill found: a small value the CLI prints as JSON, the history keeps and the
// Audit's restore-tested check reads.
struct DrillResult
{
    enum class Status { Pass, Fail };

    Status status = Status::Fail;
    QString stackId; // empty for a drill of an ad hoc database
    QString dumpFile;
    QString globalsFile; // empty: none given
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;
    QDateTime dumpCreatedAt;  // from the archive's header, UTC; invalid when unread
    QString dumpedFrom;       // "15.10 (Debian …)": the server the dump was taken from
    QStringList evidence;     // translated sentences, in the order they were seen
    QList<DrillTable> tables; // every table of either side, by schema and name
    QStringList roles;        // roles the globals create
    QStringList missingRoles; // of those, absent from the restore
    QList<DrillQuery> queries;
    QStringList restoreErrors; // pg_restore's (and the globals') error lines, quoted

    bool passed() const { return status == Status::Pass; }
    QStringList tablesNotOk() const;
    bool operator==(const DrillResult &) const = default;
};

QString drillVerdictText(DrillTable::Verdict verdict); // stable JSON word: "match", "missing-in-restore", …
QJsonObject drillResultToJson(const DrillResult &result);
std::optional<DrillResult> drillResultFromJson(const QJsonObject &json);

} // namespace supadesk
