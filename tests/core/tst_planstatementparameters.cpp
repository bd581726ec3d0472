// SPDX-License-Identifier: GPL-3.0-or-later
// Statements from pg_stat_statements carry $1, $2 ... in place of constants: the analyzer counts them
// (to ask for values on servers before PostgreSQL 16) and binds the values as quoted literals.
#include "core/plan/statementparameters.h"

#include <QtTest>

using namespace supadesk;

class TestStatementParameters : public QObject
{
    Q_OBJECT

private slots:
    void counts_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << QStringLiteral("select now()") << 0;
        QTest::newRow("two") << QStringLiteral("select * from t where a = $1 and b > $2") << 2;
        QTest::newRow("highest, not how many") << QStringLiteral("select $3, $1") << 3;
        QTest::newRow("two digits") << QStringLiteral("select $1, $12") << 12;
        QTest::newRow("inside a literal") << QStringLiteral("select '$1', $2") << 2;
        QTest::newRow("inside an identifier") << QStringLiteral("select \"$4\" from t where x = $1") << 1;
        QTest::newRow("inside comments") << QStringLiteral("select 1 -- $5\n/* $6 */ where $1 = 1") << 1;
        QTest::newRow("inside a dollar-quoted body")
            << QStringLiteral("do $$ begin perform $7; end $$; select $2") << 2;
        QTest::newRow("part of a name") << QStringLiteral("select a$1 from t") << 0;
    }

    void counts()
    {
        QFETCH(QString, sql);
        QFETCH(int, expected);
        QCOMPARE(StatementParameters::count(sql), expected);
    }

    void binds_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("numbers and text")
            << QStringLiteral("select * from t where id = $1 and name = $2")
            << QStringList{QStringLiteral("42"), QStringLiteral("it's")}
            << QStringLiteral("select * from t where id = '42' and name = 'it''s'");
        QTest::newRow("$1 is not $10")
            << QStringLiteral("select $10, $1")
            << QStringList{QStringLiteral("a"), QString(), QString(), QString(), QString(),
                           QString(),           QString(), QString(), QString(), QStringLiteral("j")}
            << QStringLiteral("select 'j', 'a'");
        QTest::newRow("null") << QStringLiteral("select $1") << QStringList{QStringLiteral(" null ")}
                              << QStringLiteral("select NULL");
        QTest::newRow("quoted stays") << QStringLiteral("select '$1', $1") << QStringList{QStringLiteral("x")}
                                      << QStringLiteral("select '$1', 'x'");
        QTest::newRow("missing value kept")
            << QStringLiteral("select $1, $2") << QStringList{QStringLiteral("1")}
            << QStringLiteral("select '1', $2");
    }

    void binds()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        QCOMPARE(StatementParameters::bind(sql, values), expected);
    }
};

QTEST_MAIN(TestStatementParameters)
#include "tst_planstatementparameters.moc"
