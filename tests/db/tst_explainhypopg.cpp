// SPDX-License-Identifier: GPL-3.0-or-later
// Index advice against the harness's real PostgreSQL 15 with hypopg: a sequential scan's filter gives
// an index to try, hypopg plans the statement with it, and nothing is built or kept.
#include "core/plan/indexcandidates.h"
#include "db/explainrunner.h"
#include "db/hypotheticalindexadvisor.h"
#include "harness/testenv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

namespace {

const QString kDatabase = QStringLiteral("hypo_advice");
const QString kStatement = QStringLiteral("select * from hypo_orders where a = 7 and b = 7");

} // namespace

class TestExplainHypopg : public QObject
{
    Q_OBJECT

    DbEndpoint m_endpoint;

    QVariant scalar(const QString &sql, const QString &database)
    {
        const QString name = QStringLiteral("hypopg-test");
        QVariant value;
        {
            DbEndpoint e = m_endpoint;
            e.database = database;
            QSqlDatabase db = e.addConnection(name, QString());
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            if (q.next())
                value = q.value(0);
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    QList<IndexCandidate> candidates()
    {
        const QString name = QStringLiteral("hypopg-plan");
        QList<IndexCandidate> result;
        {
            DbEndpoint e = m_endpoint;
            e.database = kDatabase;
            QSqlDatabase db = e.addConnection(name, QString());
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            ExplainOptions options;
            options.analyze = false;
            const Result<ExplainOutcome> plan = ExplainRunner(db).run(kStatement, options);
            if (!plan.ok())
                qFatal("%s", qPrintable(plan.error().message));
            result = IndexCandidates::find(plan.value().plan);
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        m_endpoint.host = testenv::value("SUPADESK_TEST_PG_HOST");
        m_endpoint.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_endpoint.user = testenv::value("SUPADESK_TEST_PG_USER");
        scalar(QStringLiteral("drop database if exists %1").arg(kDatabase), QStringLiteral("postgres"));
        scalar(QStringLiteral("create database %1").arg(kDatabase), QStringLiteral("postgres"));
        scalar(QStringLiteral("create table hypo_orders as select g as id, g % 1000 as a, g % 997 as b, "
                              "md5(g::text) as payload from generate_series(1, 100000) g"),
               kDatabase);
        scalar(QStringLiteral("analyze hypo_orders"), kDatabase);
    }

    void theScanFilterGivesTheCandidate()
    {
        const QList<IndexCandidate> found = candidates();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().relation, QStringLiteral("hypo_orders"));
        QCOMPARE(found.first().columns, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void asksBeforeCreatingTheExtension()
    {
        DbEndpoint e = m_endpoint;
        e.database = kDatabase;
        const Result<QList<IndexAdvice>> advice =
            HypotheticalIndexAdvisor::advise(e, kStatement, candidates(), false);
        QVERIFY(!advice.ok());
        QCOMPARE(advice.error().code, QStringLiteral("hypopg.not-created"));
        QVERIFY(advice.error().message.contains(kDatabase));
        QCOMPARE(
            scalar(QStringLiteral("select count(*) from pg_extension where extname = 'hypopg'"), kDatabase)
                .toInt(),
            0);
    }

    void hypotheticalIndexLowersTheCostAndIsNotBuilt()
    {
        DbEndpoint e = m_endpoint;
        e.database = kDatabase;
        const Result<QList<IndexAdvice>> advice =
            HypotheticalIndexAdvisor::advise(e, kStatement, candidates(), true);
        QVERIFY2(advice.ok(), advice.ok() ? "" : qPrintable(advice.error().message));
        QCOMPARE(advice.value().size(), 1);
        const IndexAdvice &a = advice.value().first();
        QVERIFY(a.used);
        QVERIFY2(a.costWith < a.costWithout / 10,
                 qPrintable(QStringLiteral("%1 -> %2").arg(a.costWithout).arg(a.costWith)));
        QVERIFY(a.saving() > 0.9);
        // Nothing was built: the table still has no index, and the statement's plan is a scan again.
        QCOMPARE(scalar(QStringLiteral("select count(*) from pg_indexes where tablename = 'hypo_orders'"),
                        kDatabase)
                     .toInt(),
                 0);
        QCOMPARE(candidates().size(), 1);
    }

    // The advisor explains the statement too: several statements are refused and none of them runs.
    void severalStatementsAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("two") << "select * from hypo_orders where a = 7 and b = 7; create table pwn()";
        QTest::newRow("commit between")
            << "select * from hypo_orders where a = 7 and b = 7; commit; create table pwn()";
    }

    void severalStatementsAreRefused()
    {
        QFETCH(QString, sql);
        DbEndpoint e = m_endpoint;
        e.database = kDatabase;
        const Result<QList<IndexAdvice>> advice =
            HypotheticalIndexAdvisor::advise(e, sql, candidates(), true);
        QVERIFY(!advice.ok());
        QCOMPARE(advice.error().code, QStringLiteral("explain.several"));
        QCOMPARE(
            scalar(QStringLiteral("select count(*) from pg_class where relname = 'pwn'"), kDatabase).toInt(),
            0);
        scalar(QStringLiteral("drop table if exists pwn"), kDatabase);
    }

    void aStatementThatDoesNotPlanIsAnError()
    {
        DbEndpoint e = m_endpoint;
        e.database = kDatabase;
        const Result<QList<IndexAdvice>> advice = HypotheticalIndexAdvisor::advise(
            e, QStringLiteral("select * from no_such_table"), candidates(), true);
        QVERIFY(!advice.ok());
        QVERIFY(advice.error().message.contains(QLatin1String("no_such_table")));
    }
};

QTEST_MAIN(TestExplainHypopg)
#include "tst_explainhypopg.moc"
