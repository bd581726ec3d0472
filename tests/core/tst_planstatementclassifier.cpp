// SPDX-License-Identifier: GPL-3.0-or-later
// Before EXPLAIN ANALYZE runs a statement the analyzer says whether it would change data (it is
// rolled back either way): the classification must not be fooled by comments or string literals.
#include "core/plan/statementclassifier.h"

#include <QtTest>

using namespace supadesk;

class TestPlanStatementClassifier : public QObject
{
    Q_OBJECT

private slots:
    void modifiesData_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("modifies");
        QTest::newRow("select") << "SELECT * FROM t" << false;
        QTest::newRow("insert") << "insert into t values (1)" << true;
        QTest::newRow("update") << "  UPDATE t SET a = 1" << true;
        QTest::newRow("delete") << "DELETE FROM t" << true;
        QTest::newRow("merge") << "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE" << true;
        QTest::newRow("leading comment") << "-- delete everything?\nSELECT 1" << false;
        QTest::newRow("block comment") << "/* update /* nested */ */ SELECT 1" << false;
        QTest::newRow("comment before dml") << "/* note */ DELETE FROM t" << true;
        QTest::newRow("literal") << "SELECT 'delete from t' AS text" << false;
        QTest::newRow("quoted identifier") << "SELECT \"update\" FROM t" << false;
        QTest::newRow("dollar quoted") << "SELECT $x$ insert $x$" << false;
        QTest::newRow("data-modifying cte")
            << "WITH d AS (DELETE FROM t RETURNING *) SELECT count(*) FROM d" << true;
        QTest::newRow("cte reading") << "WITH d AS (SELECT 1) SELECT * FROM d" << false;
        QTest::newRow("for update") << "WITH d AS (SELECT * FROM t FOR UPDATE) SELECT * FROM d" << false;
        QTest::newRow("parenthesised") << "(SELECT 1)" << false;
        QTest::newRow("column named updated_at")
            << "WITH d AS (SELECT updated_at FROM t) SELECT * FROM d" << false;
    }

    void modifiesData()
    {
        QFETCH(QString, sql);
        QFETCH(bool, modifies);
        QCOMPARE(StatementClassifier::modifiesData(sql), modifies);
    }
};

QTEST_GUILESS_MAIN(TestPlanStatementClassifier)
#include "tst_planstatementclassifier.moc"
