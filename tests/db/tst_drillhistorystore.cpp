// SPDX-License-Identifier: GPL-3.0-or-later
// The restore drills in the local history file: the schema script adds their table to the shared file,
// a drill is stored whole and read back, the newest of a stack comes first, and the audit's store opens
// the same file beside it.
#include "db/audithistorystore.h"
#include "db/drillhistorystore.h"
#include "db/historyfile.h"
#include "db/schemamigrator.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

DrillResult drill(const QString &stack, const QDateTime &at, bool passed)
{
    DrillResult d;
    d.stackId = stack;
    d.status = passed ? DrillResult::Status::Pass : DrillResult::Status::Fail;
    d.startedAt = at;
    d.durationMs = 1234;
    d.dumpFile =
        QStringLiteral("/var/backups/supabase/postgres-%1.dump").arg(at.toString(QStringLiteral("yyyyMMdd")));
    d.evidence = {QStringLiteral("The restore exited cleanly.")};
    DrillTable t;
    t.schema = QStringLiteral("public");
    t.name = QStringLiteral("orders");
    t.liveRows = 5;
    t.liveExact = true;
    t.restoredRows = passed ? 5 : -1;
    t.verdict = passed ? DrillTable::Verdict::Match : DrillTable::Verdict::MissingInRestore;
    d.tables = {t};
    return d;
}

} // namespace

class TestDrillHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void storesAndReadsDrills()
    {
        QTemporaryDir dir;
        DrillHistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        const QDateTime at(QDate(2026, 11, 2), QTime(3, 30), Qt::UTC);
        QVERIFY(store.last(QStringLiteral("s1")).value() == std::nullopt);
        QVERIFY(store.add(drill(QStringLiteral("s1"), at, true)).ok());
        QVERIFY(store.add(drill(QStringLiteral("s1"), at.addDays(30), false)).ok());
        QVERIFY(store.add(drill(QStringLiteral("s2"), at.addDays(40), true)).ok());

        const auto last = store.last(QStringLiteral("s1"));
        QVERIFY(last.ok() && last.value());
        QCOMPARE(*last.value(), drill(QStringLiteral("s1"), at.addDays(30), false));
        const auto all = store.drills(QStringLiteral("s1"));
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().last().startedAt, at);
        QVERIFY(all.value().last().passed());
        QCOMPARE(store.drills(QStringLiteral("s1"), 1).value().size(), 1);
        QCOMPARE(store.drills(QStringLiteral("nobody")).value().size(), 0);
    }

    void sharesTheHistoryFile()
    {
        QTemporaryDir dir;
        AuditHistoryStore audit(dir.path());
        QVERIFY(audit.open().ok());
        DrillHistoryStore drills(dir.path());
        QVERIFY(drills.open().ok());
        QVERIFY(drills.add(drill(QStringLiteral("s1"), QDateTime::currentDateTimeUtc(), true)).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(HistoryFile::path(dir.path()));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), SchemaMigrator::history().value().latestVersion());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(passed) FROM backup_drill")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void refusesWhenClosed()
    {
        QTemporaryDir dir;
        DrillHistoryStore store(dir.path());
        QVERIFY(!store.add(drill(QStringLiteral("s1"), QDateTime::currentDateTimeUtc(), true)).ok());
        QCOMPARE(store.last(QStringLiteral("s1")).error().id, ErrorCode::HistoryClosed);
    }
};

QTEST_GUILESS_MAIN(TestDrillHistoryStore)
#include "tst_drillhistorystore.moc"
