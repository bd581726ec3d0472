// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/drillresult.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// What `pg_restore --list` says about a custom-format dump: its header and its tables.
struct DumpToc
{
    QDateTime createdAt; // UTC (pg_restore runs with TZ=UTC)
    QString database;
    QString format;      // "CUSTOM"
    QString dumpedFrom;  // "15.10 (Debian 15.10-0+deb12u1)"
    QString dumpedBy;    // pg_dump's version
    QStringList tables;  // "schema.name" of every TABLE entry
    int dataEntries = 0; // TABLE DATA entries
};

// A table of one side of the drill (the live database or the restore), as the catalogue shows it.
struct DrillSideTable
{
    QString schema;
    QString name;
    qint64 rows = 0;
    bool exact = true;
    // Live side only: how many rows the table may have gained or lost since the dump, as far as the
    // statistics can tell (-1: unknown, treated as none).
    qint64 changedSinceDump = -1;
};

// The rules of a restore drill, without I/O: how much disk a scratch restore needs, whether a dump is
// too new to restore, and how the restore's tables compare with the live database's.
class DrillRules
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DrillRules)

public:
    // A custom-format dump is compressed: the restored cluster is several times its size, plus an
    // empty cluster's own files (initdb writes about 40 MB, WAL grows beside the data).
    static constexpr qint64 kDiskFactor = 4;
    static constexpr qint64 kDiskBaseBytes = 256LL * 1024 * 1024;
    // Tables whose estimate is below this are counted exactly on both sides.
    static constexpr qint64 kExactRowLimit = 100000;
    // An estimate (n_live_tup) may be this far off: a tenth of the table, at least this many rows.
    static constexpr int kEstimatePercent = 10;
    static constexpr qint64 kEstimateMinRows = 100;

    static qint64 requiredBytes(qint64 dumpBytes);
    // backup.disk when `available` is below what the restore needs, saying both.
    static std::optional<Error> diskProblem(qint64 dumpBytes, qint64 available);

    // `pg_restore --list` output. An output without the archive's header is refused (backup.drill).
    static Result<DumpToc> parseToc(const QString &listing);
    // The major version of "15.10 (Debian …)", "9.6.24", "16beta1"; 0 when unreadable.
    static int majorOf(const QString &version);
    // backup.newer when the dump comes from a server newer than the restoring one (`restoreMajor`).
    static std::optional<Error> versionProblem(const DumpToc &toc, int restoreMajor);
    // pg_restore's refusal of an archive format it does not know (a newer pg_dump's).
    static bool isUnsupportedArchive(const QString &pgRestoreError);

    // The roles `pg_dumpall --globals-only` creates (CREATE ROLE name;), in order.
    static QStringList rolesOf(const QString &globalsSql);
    // The error lines of pg_restore's or psql's standard error worth quoting, without the noise
    // ("role … already exists" of the globals restoring into a cluster that has postgres).
    static QStringList errorLines(const QString &standardError);

    // Every table of either side, sorted by schema and name, with its verdict.
    static QList<DrillTable> compareTables(const QList<DrillSideTable> &live,
                                           const QList<DrillSideTable> &restored);
    // Pass when the restore ran clean, every table and role is there, counts agree and every query
    // returned rows; the evidence summarises each part. Fills status and appends evidence.
    static void judge(DrillResult &result);

    // A PostgreSQL identifier quoted as quote_ident() would, always with double quotes.
    static QString quoteIdent(const QString &name);
};

} // namespace supadesk
