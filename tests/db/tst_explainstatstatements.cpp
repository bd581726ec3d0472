// SPDX-License-Identifier: GPL-3.0-or-later
// pg_stat_statements against the harness's real PostgreSQL 15 (which preloads it): the figures of a
// statement the test runs, the order by total time, reset, a database without the extension (the
// error says how to enable it) and the EXPLAIN statement for parameterised statements.
#include "db/explainrunner.h"
#include "db/statstatementsreader.h"
#include "harness/testenv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

namespace {

const QString kStatement = QStringLiteral("select v from stat_probe where id = $1");

const StatementStats *find(const StatStatementsSnapshot &snapshot, const QString &query)
{
    for (const StatementStats &s : snapshot.statements)
        if (s.query == query)
            return &s;
    return nullptr;
}

} // namespace

class TestExplainStatStatements : public QObject
{
    Q_OBJECT

    DbEndpoint m_endpoint;

    void exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("statements-test");
        {
            DbEndpoint e = m_endpoint;
            e.database = database;
            QSqlDatabase db = e.addConnection(name, QString());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void runProbe(int times)
    {
        for (int i = 0; i < times; ++i)
            exec(QStringLiteral("select v from stat_probe where id = %1").arg(i + 1));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        m_endpoint.host = testenv::value("SUPADESK_TEST_PG_HOST");
        m_endpoint.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_endpoint.user = testenv::value("SUPADESK_TEST_PG_USER");
        exec(QStringLiteral("create table if not exists stat_probe (id int primary key, v text)"));
        exec(QStringLiteral("insert into stat_probe select g, md5(g::text) from generate_series(1, 1000) g "
                            "on conflict do nothing"));
    }

    void readsTheFiguresOfAStatement()
    {
        QVERIFY(StatStatementsReader::reset(m_endpoint).ok());
        runProbe(6);
        const Result<StatStatementsSnapshot> read = StatStatementsReader::read(m_endpoint);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(read.value().serverVersion >= 150000);
        const StatementStats *probe = find(read.value(), kStatement);
        QVERIFY2(probe, "the probe statement is not listed with $1 in place of its constant");
        QCOMPARE(probe->calls, qint64(6));
        QCOMPARE(probe->rows, qint64(6));
        QVERIFY(probe->totalMs > 0);
        QVERIFY(probe->meanMs <= probe->maxMs);
        QVERIFY(qAbs(probe->meanMs * 6 - probe->totalMs) < 0.01 + probe->totalMs * 1e-6);
        QVERIFY(probe->sharedHit + probe->sharedRead > 0);
        QVERIFY(probe->cacheHitPercent() >= 0 && probe->cacheHitPercent() <= 100);
        QCOMPARE(probe->user, testenv::value("SUPADESK_TEST_PG_USER"));

        // Largest total time first.
        const QList<StatementStats> &all = read.value().statements;
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).totalMs >= all.at(i).totalMs);
    }

    void cacheHitIsUnknownWithoutBlocks()
    {
        StatementStats s;
        QCOMPARE(s.cacheHitPercent(), -1.0);
        s.sharedHit = 3;
        s.sharedRead = 1;
        QCOMPARE(s.cacheHitPercent(), 75.0);
    }

    void resetForgetsEveryStatement()
    {
        runProbe(2);
        QVERIFY(find(StatStatementsReader::read(m_endpoint).value(), kStatement));
        QVERIFY(StatStatementsReader::reset(m_endpoint).ok());
        const Result<StatStatementsSnapshot> after = StatStatementsReader::read(m_endpoint);
        QVERIFY(after.ok());
        QVERIFY(!find(after.value(), kStatement));
    }

    void saysHowToEnableTheExtension()
    {
        exec(QStringLiteral("drop database if exists stat_noext"));
        exec(QStringLiteral("create database stat_noext"));
        DbEndpoint other = m_endpoint;
        other.database = QStringLiteral("stat_noext");
        const Result<StatStatementsSnapshot> read = StatStatementsReader::read(other);
        QVERIFY(!read.ok());
        // The harness preloads the library, so creating the extension is all that is missing.
        QCOMPARE(read.error().code, QStringLiteral("statements.not-created"));
        QVERIFY2(read.error().message.contains(QLatin1String("CREATE EXTENSION pg_stat_statements")),
                 qPrintable(read.error().message));
        QVERIFY(read.error().message.contains(QLatin1String("stat_noext")));
        QCOMPARE(StatStatementsReader::reset(other).error().code, QStringLiteral("statements.not-created"));

        exec(QStringLiteral("create extension pg_stat_statements"), QStringLiteral("stat_noext"));
        QVERIFY(StatStatementsReader::read(other).ok());
    }

    void unreachableServerIsAnError()
    {
        DbEndpoint nowhere = m_endpoint;
        nowhere.port = 1;
        const Result<StatStatementsSnapshot> read = StatStatementsReader::read(nowhere);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("statements.connect"));
    }

    void genericPlanForParameterisedStatements()
    {
        ExplainOptions options;
        options.analyze = false;
        options.genericPlan = true;
        QCOMPARE(ExplainRunner::explainStatement(kStatement, options),
                 QStringLiteral("EXPLAIN (GENERIC_PLAN, BUFFERS, FORMAT JSON) ") + kStatement);
        options.analyze = true; // GENERIC_PLAN cannot be combined with ANALYZE
        QVERIFY(
            !ExplainRunner::explainStatement(kStatement, options).contains(QLatin1String("GENERIC_PLAN")));
    }
};

QTEST_MAIN(TestExplainStatStatements)
#include "tst_explainstatstatements.moc"
