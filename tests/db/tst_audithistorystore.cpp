// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's runs in the local history file: stored whole and read back, the previous run of a
// stack, the newest run of every stack, a stack's score over time, and the file shared with the
// uptime store (one schema sequence, either store may open it first).
#include "core/audit/auditregression.h"
#include "db/audithistorystore.h"
#include "db/schemamigrator.h"
#include "db/uptimestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

const QDateTime kMonday = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

AuditCheckResult check(const QString &id, AuditStatus status, AuditArea area = AuditArea::Host)
{
    AuditCheckResult c;
    c.id = id;
    c.area = area;
    c.status = status;
    c.title = id;
    c.evidence = QStringLiteral("seen for %1").arg(id);
    c.why = QStringLiteral("it matters");
    c.fixText = status == AuditStatus::Pass ? QString() : QStringLiteral("fix it");
    if (id == QLatin1String("rls-disabled-in-public")) {
        c.fix.kind = AuditFix::Kind::Sql;
        c.fix.preview = QStringLiteral("ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;");
        c.objects = {QStringLiteral("public.notes")};
    }
    return c;
}

AuditReport run(const QString &stack, const QDateTime &at, AuditStatus jwt, AuditStatus firewall)
{
    AuditReport r;
    r.stackId = stack;
    r.stackName = stack.toUpper();
    r.startedAt = at;
    r.finishedAt = at.addSecs(12);
    r.checks = {check(QStringLiteral("demo-jwt-keys"), jwt),
                check(QStringLiteral("firewall-active"), firewall),
                check(QStringLiteral("rls-disabled-in-public"), AuditStatus::Fail, AuditArea::Database)};
    return r;
}

} // namespace

class TestAuditHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void storesARunWhole()
    {
        QTemporaryDir dir;
        AuditHistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        const AuditReport report = run(QStringLiteral("prod"), kMonday, AuditStatus::Fail, AuditStatus::Warn);
        QVERIFY(store.addRun(report).ok());
        const auto last = store.lastRun(QStringLiteral("prod"));
        QVERIFY(last.ok());
        QVERIFY(last.value().has_value());
        QCOMPARE(last.value()->checks, report.checks);
        QCOMPARE(last.value()->startedAt, report.startedAt);
        QCOMPARE(last.value()->score(), report.score());
        QVERIFY(!store.lastRun(QStringLiteral("staging")).value().has_value());
    }

    void previousRunAndNewFailures()
    {
        QTemporaryDir dir;
        AuditHistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        const AuditReport first = run(QStringLiteral("prod"), kMonday, AuditStatus::Pass, AuditStatus::Pass);
        const AuditReport second =
            run(QStringLiteral("prod"), kMonday.addDays(1), AuditStatus::Fail, AuditStatus::Pass);
        QVERIFY(store.addRun(first).ok());
        QVERIFY(store.addRun(second).ok());
        // The run before the second is the first; the newest of all is the second.
        const auto before = store.lastRun(QStringLiteral("prod"), second.startedAt);
        QVERIFY(before.ok() && before.value().has_value());
        QCOMPARE(before.value()->startedAt, first.startedAt);
        QCOMPARE(store.lastRun(QStringLiteral("prod")).value()->startedAt, second.startedAt);
        // demo-jwt-keys turned from pass to fail; rls-disabled-in-public failed both times.
        QCOMPARE(auditNewFailures(second, before.value()), QSet<QString>{QStringLiteral("demo-jwt-keys")});
        QVERIFY(auditNewFailures(second, std::nullopt).isEmpty());
    }

    void latestRunOfEveryStack()
    {
        QTemporaryDir dir;
        AuditHistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(
            store.addRun(run(QStringLiteral("prod"), kMonday, AuditStatus::Pass, AuditStatus::Pass)).ok());
        QVERIFY(
            store
                .addRun(run(QStringLiteral("prod"), kMonday.addDays(2), AuditStatus::Fail, AuditStatus::Fail))
                .ok());
        QVERIFY(store
                    .addRun(run(QStringLiteral("staging"), kMonday.addDays(1), AuditStatus::Pass,
                                AuditStatus::Warn))
                    .ok());
        const auto latest = store.latestRuns();
        QVERIFY(latest.ok());
        QCOMPARE(latest.value().size(), 2);
        for (const AuditReport &r : latest.value())
            QCOMPARE(r.startedAt,
                     r.stackId == QLatin1String("prod") ? kMonday.addDays(2) : kMonday.addDays(1));
    }

    void scoreOverTime()
    {
        QTemporaryDir dir;
        AuditHistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        QList<int> expected;
        for (int day = 0; day < 5; ++day) {
            AuditReport r = run(QStringLiteral("prod"), kMonday.addDays(day),
                                day % 2 ? AuditStatus::Pass : AuditStatus::Fail, AuditStatus::Pass);
            QVERIFY(store.addRun(r).ok());
            expected.append(r.score());
        }
        // A cancelled run is not a score.
        AuditReport cancelled =
            run(QStringLiteral("prod"), kMonday.addDays(6), AuditStatus::Fail, AuditStatus::Fail);
        cancelled.cancelled = true;
        QVERIFY(store.addRun(cancelled).ok());
        const auto all = store.scores(QStringLiteral("prod"));
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 5);
        QCOMPARE(all.value().first().at, kMonday);
        QList<int> scores;
        for (const auto &p : all.value())
            scores.append(p.score);
        QCOMPARE(scores, expected);
        // The newest three, oldest first.
        const auto three = store.scores(QStringLiteral("prod"), 3).value();
        QCOMPARE(three.size(), 3);
        QCOMPARE(three.first().at, kMonday.addDays(2));
        QCOMPARE(three.last().at, kMonday.addDays(4));
        QVERIFY(store.removeStack(QStringLiteral("prod")).ok());
        QVERIFY(store.scores(QStringLiteral("prod")).value().isEmpty());
    }

    void sharesTheHistoryFileWithUptime()
    {
        QTemporaryDir dir;
        {
            UptimeStore uptime(dir.path());
            QVERIFY(uptime.open().ok());
            AuditHistoryStore audit(dir.path());
            QVERIFY(audit.open().ok());
            QCOMPARE(audit.filePath(), uptime.filePath());
            QVERIFY(audit.addRun(run(QStringLiteral("prod"), kMonday, AuditStatus::Pass, AuditStatus::Pass))
                        .ok());
        }
        // The file is at the newest version; reopened, the run is there.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("history.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), SchemaMigrator::history().value().latestVersion());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_run")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        AuditHistoryStore again(dir.path());
        QVERIFY(again.open().ok());
        QVERIFY(again.lastRun(QStringLiteral("prod")).value().has_value());
    }

    void closedStoreSaysSo()
    {
        QTemporaryDir dir;
        AuditHistoryStore store(dir.path());
        const Status refused =
            store.addRun(run(QStringLiteral("prod"), kMonday, AuditStatus::Pass, AuditStatus::Pass));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().id, ErrorCode::HistoryClosed);
    }
};

QTEST_GUILESS_MAIN(TestAuditHistoryStore)
#include "tst_audithistorystore.moc"
