// SPDX-License-Identifier: GPL-3.0-or-later
// The restore drill's rules without a server: the archive header pg_restore --list prints, the version
// and disk refusals, the roles of a globals file, which error lines count, how tables compare and the
// verdict with its evidence.
#include "core/backup/drillrules.h"

#include <QtTest>

using namespace supadesk;

namespace {

const char kListing[] = R"(;
; Archive created at 2026-12-07 03:17:02 UTC
;     dbname: postgres
;     TOC Entries: 12
;     Compression: -1
;     Dump Version: 1.14-0
;     Format: CUSTOM
;     Integer: 4 bytes
;     Offset: 8 bytes
;     Dumped from database version: 15.10 (Debian 15.10-0+deb12u1)
;     Dumped by pg_dump version: 15.10 (Debian 15.10-0+deb12u1)
;
;
; Selected TOC Entries:
;
6; 2615 16385 SCHEMA - shop postgres
215; 1259 16386 TABLE shop items postgres
216; 1259 16392 TABLE shop odd name drill_app
3340; 0 16386 TABLE DATA shop items postgres
3341; 0 16392 TABLE DATA shop odd name drill_app
)";

DrillSideTable side(const QString &name, qint64 rows, bool exact = true, qint64 changed = -1)
{
    DrillSideTable t;
    t.schema = QStringLiteral("public");
    t.name = name;
    t.rows = rows;
    t.exact = exact;
    t.changedSinceDump = changed;
    return t;
}

} // namespace

class TestDrillRules : public QObject
{
    Q_OBJECT

private slots:
    void readsTheArchiveHeader()
    {
        const Result<DumpToc> toc = DrillRules::parseToc(QString::fromLatin1(kListing));
        QVERIFY(toc.ok());
        QCOMPARE(toc.value().createdAt, QDateTime(QDate(2026, 12, 7), QTime(3, 17, 2), Qt::UTC));
        QCOMPARE(toc.value().database, QStringLiteral("postgres"));
        QCOMPARE(toc.value().format, QStringLiteral("CUSTOM"));
        QCOMPARE(DrillRules::majorOf(toc.value().dumpedFrom), 15);
        QCOMPARE(toc.value().tables,
                 (QStringList{QStringLiteral("shop.items"), QStringLiteral("shop.odd name")}));
        QCOMPARE(toc.value().dataEntries, 2);
        QVERIFY(!DrillRules::parseToc(QStringLiteral("not a listing\n")).ok());
    }

    void refusesNewerDumps()
    {
        DumpToc toc;
        toc.dumpedFrom = QStringLiteral("15.4");
        toc.dumpedBy = QStringLiteral("15.10");
        QVERIFY(!DrillRules::versionProblem(toc, 15));
        toc.dumpedFrom = QStringLiteral("16.1 (Ubuntu 16.1-1)");
        const auto problem = DrillRules::versionProblem(toc, 15);
        QVERIFY(problem);
        QCOMPARE(problem->id, ErrorCode::BackupNewer);
        QVERIFY(problem->message.contains(QStringLiteral("16.1")));
        QCOMPARE(DrillRules::majorOf(QStringLiteral("9.6.24")), 9);
        QCOMPARE(DrillRules::majorOf(QStringLiteral("17beta1")), 17);
        QCOMPARE(DrillRules::majorOf(QStringLiteral("unknown")), 0);
        QVERIFY(DrillRules::isUnsupportedArchive(
            QStringLiteral("pg_restore: error: unsupported version (1.99) in file header")));
    }

    void saysHowMuchDiskIsNeeded()
    {
        const qint64 dump = 100LL * 1024 * 1024;
        const qint64 needed = DrillRules::requiredBytes(dump);
        QCOMPARE(needed, dump * DrillRules::kDiskFactor + DrillRules::kDiskBaseBytes);
        QVERIFY(!DrillRules::diskProblem(dump, needed));
        const auto problem = DrillRules::diskProblem(dump, needed - 1);
        QVERIFY(problem);
        QCOMPARE(problem->id, ErrorCode::BackupDisk);
        QVERIFY2(problem->message.contains(QStringLiteral("656.00 MiB")), qPrintable(problem->message));
    }

    void readsRolesOfTheGlobals()
    {
        const QString globals =
            QStringLiteral("--\n-- Roles\n--\n\nCREATE ROLE anon;\nALTER ROLE anon WITH NOLOGIN;\n"
                           "CREATE ROLE \"Mixed \"\"Q\";\nCREATE ROLE Postgres;\n"
                           "  CREATE ROLE indented;\n");
        QCOMPARE(
            DrillRules::rolesOf(globals),
            (QStringList{QStringLiteral("anon"), QStringLiteral("Mixed \"Q"), QStringLiteral("postgres")}));
    }

    void keepsOnlyRealErrors()
    {
        const QString err = QStringLiteral("psql:/tmp/g.sql:14: ERROR:  role \"postgres\" already exists\n"
                                           "pg_restore: while PROCESSING TOC:\n"
                                           "pg_restore: error: could not read from input file: end of file\n"
                                           "pg_restore: warning: errors ignored on restore: 1\n");
        QCOMPARE(
            DrillRules::errorLines(err),
            QStringList{QStringLiteral("pg_restore: error: could not read from input file: end of file")});
    }

    void comparesTables()
    {
        const QList<DrillTable> tables = DrillRules::compareTables(
            {side(QStringLiteral("same"), 10), side(QStringLiteral("grew"), 15, true, 5),
             side(QStringLiteral("lost"), 15, true, 2), side(QStringLiteral("big"), 1000000, false),
             side(QStringLiteral("new"), 1)},
            {side(QStringLiteral("same"), 10), side(QStringLiteral("grew"), 10),
             side(QStringLiteral("lost"), 10), side(QStringLiteral("big"), 950000),
             side(QStringLiteral("gone"), 4)});
        QCOMPARE(tables.size(), 6);
        const auto verdict = [&](const QString &name) {
            for (const DrillTable &t : tables)
                if (t.name == name)
                    return t.verdict;
            return DrillTable::Verdict::Match;
        };
        QCOMPARE(verdict(QStringLiteral("same")), DrillTable::Verdict::Match);
        QCOMPARE(verdict(QStringLiteral("grew")), DrillTable::Verdict::Changed);
        QCOMPARE(verdict(QStringLiteral("lost")), DrillTable::Verdict::Mismatch);
        QCOMPARE(verdict(QStringLiteral("big")), DrillTable::Verdict::Match); // within the estimate's tenth
        QCOMPARE(verdict(QStringLiteral("new")), DrillTable::Verdict::MissingInRestore);
        QCOMPARE(verdict(QStringLiteral("gone")), DrillTable::Verdict::MissingInLive);
        // Sorted by name.
        QCOMPARE(tables.first().name, QStringLiteral("big"));
    }

    void judges()
    {
        DrillResult r;
        r.globalsFile = QStringLiteral("/b/globals.sql");
        r.tables = DrillRules::compareTables({side(QStringLiteral("a"), 3)}, {side(QStringLiteral("a"), 3)});
        r.roles = {QStringLiteral("anon")};
        r.queries = {DrillQuery{QStringLiteral("SELECT 1"), 1, {}}};
        DrillRules::judge(r);
        QVERIFY2(r.passed(), qPrintable(r.evidence.join(QLatin1Char('\n'))));
        QVERIFY(r.evidence.contains(QStringLiteral("The restore exited cleanly.")));

        DrillResult failed = r;
        failed.evidence.clear();
        failed.missingRoles = {QStringLiteral("anon")};
        DrillRules::judge(failed);
        QVERIFY(!failed.passed());
        QVERIFY(failed.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("anon")));

        failed = r;
        failed.evidence.clear();
        failed.queries = {DrillQuery{QStringLiteral("SELECT 1 WHERE false"), 0, {}}};
        DrillRules::judge(failed);
        QVERIFY(!failed.passed());

        failed = r;
        failed.evidence.clear();
        failed.restoreErrors = {QStringLiteral("pg_restore: error: boom")};
        DrillRules::judge(failed);
        QVERIFY(!failed.passed());
        QVERIFY(failed.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("pg_restore: error: boom")));
    }

    void roundTripsThroughJson()
    {
        DrillResult r;
        r.status = DrillResult::Status::Pass;
        r.stackId = QStringLiteral("s1");
        r.dumpFile = QStringLiteral("/b/postgres-1.dump");
        r.startedAt = QDateTime(QDate(2026, 12, 1), QTime(3, 0), Qt::UTC);
        r.durationMs = 4200;
        r.tables = DrillRules::compareTables({side(QStringLiteral("a"), 3)}, {side(QStringLiteral("b"), 3)});
        r.queries = {DrillQuery{QStringLiteral("SELECT 1"), 1, {}}};
        r.evidence = {QStringLiteral("x")};
        const QJsonObject json = drillResultToJson(r);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(
            json.value(QStringLiteral("tables")).toArray().at(0).toObject().value(QStringLiteral("verdict")),
            QJsonValue(QStringLiteral("missing-in-restore")));
        QCOMPARE(drillResultFromJson(json), std::optional<DrillResult>(r));
        QVERIFY(!drillResultFromJson(QJsonObject{}));
        QCOMPARE(DrillRules::quoteIdent(QStringLiteral("odd \"name\"")),
                 QStringLiteral("\"odd \"\"name\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestDrillRules)
#include "tst_drillrules.moc"
