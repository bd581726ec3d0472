// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillrules.h"

#include "core/locale/displayformat.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace supadesk {

namespace {

QString headerValue(const QString &line, QLatin1String key)
{
    const qsizetype at = line.indexOf(key);
    return at < 0 ? QString() : line.mid(at + key.size()).trimmed();
}

// An estimate (n_live_tup) may be off by a tenth of the table; an exact count not at all.
qint64 estimateSlack(const DrillTable &row)
{
    return row.liveExact
               ? 0
               : std::max(DrillRules::kEstimateMinRows, row.liveRows * DrillRules::kEstimatePercent / 100);
}

} // namespace

qint64 DrillRules::requiredBytes(qint64 dumpBytes)
{
    return std::max<qint64>(0, dumpBytes) * kDiskFactor + kDiskBaseBytes;
}

std::optional<Error> DrillRules::diskProblem(qint64 dumpBytes, qint64 available)
{
    const qint64 needed = requiredBytes(dumpBytes);
    if (available >= needed)
        return std::nullopt;
    return Error{ErrorCode::BackupDisk,
                 tr("The scratch restore needs about %1 of free disk (%2 times the dump's %3, plus %4 "
                    "for the cluster itself); %5 is free.")
                     .arg(DisplayFormat().bytes(needed))
                     .arg(kDiskFactor)
                     .arg(DisplayFormat().bytes(dumpBytes), DisplayFormat().bytes(kDiskBaseBytes),
                          DisplayFormat().bytes(std::max<qint64>(0, available)))};
}

Result<DumpToc> DrillRules::parseToc(const QString &listing)
{
    static const QRegularExpression table(QStringLiteral("^\\d+; \\d+ \\d+ TABLE (\\S+) (.+) (\\S*)$"));
    static const QRegularExpression data(QStringLiteral("^\\d+; \\d+ \\d+ TABLE DATA "));
    DumpToc toc;
    bool header = false;
    for (const QString &raw : listing.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char(';'))) {
            if (line.contains(QLatin1String("Archive created at"))) {
                header = true;
                QString stamp = headerValue(line, QLatin1String("Archive created at"));
                stamp = stamp.section(QLatin1Char(' '), 0, 1); // the zone is UTC: pg_restore ran with TZ=UTC
                toc.createdAt = QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                toc.createdAt.setTimeSpec(Qt::UTC);
            } else if (line.contains(QLatin1String("dbname:"))) {
                toc.database = headerValue(line, QLatin1String("dbname:"));
            } else if (line.contains(QLatin1String("Format:"))) {
                header = true;
                toc.format = headerValue(line, QLatin1String("Format:"));
            } else if (line.contains(QLatin1String("Dumped from database version:"))) {
                toc.dumpedFrom = headerValue(line, QLatin1String("Dumped from database version:"));
            } else if (line.contains(QLatin1String("Dumped by pg_dump version:"))) {
                toc.dumpedBy = headerValue(line, QLatin1String("Dumped by pg_dump version:"));
            }
            continue;
        }
        if (data.match(line).hasMatch()) {
            ++toc.dataEntries;
            continue;
        }
        if (const QRegularExpressionMatch m = table.match(line); m.hasMatch())
            toc.tables << m.captured(1) + QLatin1Char('.') + m.captured(2);
    }
    if (!header)
        return Error{ErrorCode::BackupDrill, tr("pg_restore listed no archive header: this is not a "
                                                "custom-format dump.")};
    return toc;
}

int DrillRules::majorOf(const QString &version)
{
    static const QRegularExpression leading(QStringLiteral("^\\s*(\\d+)"));
    const QRegularExpressionMatch m = leading.match(version);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

std::optional<Error> DrillRules::versionProblem(const DumpToc &toc, int restoreMajor)
{
    const int from = majorOf(toc.dumpedFrom);
    const int by = majorOf(toc.dumpedBy);
    if (from > restoreMajor || by > restoreMajor)
        return Error{ErrorCode::BackupNewer,
                     tr("The dump comes from PostgreSQL %1 (pg_dump %2); this machine restores with "
                        "PostgreSQL %3. Run the drill with PostgreSQL %4 or newer.")
                         .arg(toc.dumpedFrom, toc.dumpedBy)
                         .arg(restoreMajor)
                         .arg(std::max(from, by))};
    return std::nullopt;
}

bool DrillRules::isUnsupportedArchive(const QString &pgRestoreError)
{
    return pgRestoreError.contains(QLatin1String("unsupported version"));
}

QStringList DrillRules::rolesOf(const QString &globalsSql)
{
    static const QRegularExpression create(
        QStringLiteral("^CREATE ROLE (\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s*;"),
        QRegularExpression::MultilineOption);
    QStringList roles;
    for (auto it = create.globalMatch(globalsSql); it.hasNext();) {
        QString name = it.next().captured(1);
        if (name.startsWith(QLatin1Char('"')))
            name = name.mid(1, name.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
        else
            name = name.toLower(); // unquoted names fold to lower case
        roles << name;
    }
    return roles;
}

QStringList DrillRules::errorLines(const QString &standardError)
{
    static const QRegularExpression error(QStringLiteral("(\\berror:|\\bERROR:|\\bFATAL:)"));
    static const QRegularExpression roleExists(QStringLiteral("ERROR:\\s+role \".*\" already exists"));
    QStringList out;
    for (const QString &line : standardError.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!error.match(line).hasMatch() || roleExists.match(line).hasMatch())
            continue;
        out << line.trimmed();
    }
    return out;
}

QList<DrillTable> DrillRules::compareTables(const QList<DrillSideTable> &live,
                                            const QList<DrillSideTable> &restored)
{
    QMap<std::pair<QString, QString>, DrillTable> tables;
    for (const DrillSideTable &t : live) {
        DrillTable &row = tables[{t.schema, t.name}];
        row.schema = t.schema;
        row.name = t.name;
        row.liveRows = t.rows;
        row.liveExact = t.exact;
        row.allowed = std::max<qint64>(0, t.changedSinceDump) + estimateSlack(row);
    }
    for (const DrillSideTable &t : restored) {
        DrillTable &row = tables[{t.schema, t.name}];
        row.schema = t.schema;
        row.name = t.name;
        row.restoredRows = t.rows;
    }
    QList<DrillTable> out;
    for (DrillTable row : std::as_const(tables)) {
        if (row.restoredRows < 0) {
            row.verdict = DrillTable::Verdict::MissingInRestore;
        } else if (row.liveRows < 0) {
            row.verdict = DrillTable::Verdict::MissingInLive;
            row.allowed = 0;
        } else {
            const qint64 difference = qAbs(row.liveRows - row.restoredRows);
            const qint64 slack = estimateSlack(row);
            if (difference <= slack)
                row.verdict = DrillTable::Verdict::Match;
            else if (difference <= row.allowed)
                row.verdict = DrillTable::Verdict::Changed;
            else
                row.verdict = DrillTable::Verdict::Mismatch;
        }
        out << row;
    }
    return out;
}

void DrillRules::judge(DrillResult &r)
{
    bool pass = true;
    if (!r.restoreErrors.isEmpty()) {
        pass = false;
        r.evidence << tr("The restore reported %n error(s); the first: %1", nullptr,
                         int(r.restoreErrors.size()))
                          .arg(r.restoreErrors.first());
        for (qsizetype i = 1; i < std::min<qsizetype>(r.restoreErrors.size(), 5); ++i)
            r.evidence << r.restoreErrors.at(i);
    } else {
        r.evidence << tr("The restore exited cleanly.");
    }

    QStringList missing;
    QStringList extra;
    QStringList mismatched;
    int counted = 0;
    int changed = 0;
    for (const DrillTable &t : std::as_const(r.tables)) {
        switch (t.verdict) {
        case DrillTable::Verdict::MissingInRestore:
            missing << t.qualifiedName();
            break;
        case DrillTable::Verdict::MissingInLive:
            extra << t.qualifiedName();
            break;
        case DrillTable::Verdict::Mismatch:
            mismatched << tr("%1: %2 rows live, %3 restored")
                              .arg(t.qualifiedName(), DisplayFormat().number(t.liveRows),
                                   DisplayFormat().number(t.restoredRows));
            break;
        case DrillTable::Verdict::Changed:
            ++changed;
            ++counted;
            break;
        case DrillTable::Verdict::Match:
            ++counted;
            break;
        }
    }
    if (!missing.isEmpty()) {
        pass = false;
        r.evidence << tr("Missing from the restore: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    if (!extra.isEmpty()) {
        pass = false;
        r.evidence << tr("In the restore but no longer in the live database: %1.")
                          .arg(extra.join(QStringLiteral(", ")));
    }
    if (!mismatched.isEmpty()) {
        pass = false;
        r.evidence << tr("Row counts differ by more than changed since the dump: %1.")
                          .arg(mismatched.join(QStringLiteral("; ")));
    }
    if (missing.isEmpty() && extra.isEmpty())
        r.evidence << tr("All %n table(s) of the live database are in the restore.", nullptr,
                         counted + int(mismatched.size()));
    if (counted > 0)
        r.evidence << tr("Row counts agree for %n table(s).", nullptr, counted);
    if (changed > 0)
        r.evidence << tr("%n table(s) changed since the dump, within what the statistics record.", nullptr,
                         changed);

    if (!r.roles.isEmpty()) {
        if (r.missingRoles.isEmpty()) {
            r.evidence << tr("All %n role(s) of the globals exist in the restore.", nullptr,
                             int(r.roles.size()));
        } else {
            pass = false;
            r.evidence << tr("Roles of the globals missing from the restore: %1.")
                              .arg(r.missingRoles.join(QStringLiteral(", ")));
        }
    } else if (r.globalsFile.isEmpty()) {
        r.evidence << tr("No globals file: roles were not restored, objects were restored without "
                         "owners and privileges.");
    }

    for (const DrillQuery &q : std::as_const(r.queries)) {
        if (!q.error.isEmpty()) {
            pass = false;
            r.evidence << tr("The query \"%1\" failed: %2").arg(q.sql, q.error);
        } else if (q.rows == 0) {
            pass = false;
            r.evidence << tr("The query \"%1\" returned no rows.").arg(q.sql);
        } else {
            r.evidence << tr("The query \"%1\" returned %2 rows.").arg(q.sql, DisplayFormat().number(q.rows));
        }
    }
    r.status = pass ? DrillResult::Status::Pass : DrillResult::Status::Fail;
}

QString DrillRules::quoteIdent(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace supadesk
