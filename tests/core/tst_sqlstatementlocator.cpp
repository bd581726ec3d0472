// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sql/sqlstatementlocator.h"

#include <QtTest>

using namespace supadesk;

class TestSqlStatementLocator : public QObject
{
    Q_OBJECT

    static QStringList texts(const QString &script)
    {
        QStringList out;
        for (const auto &r : SqlStatementLocator::statements(script))
            out.append(script.mid(r.start, r.end - r.start));
        return out;
    }

private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two") << "select 1; select 2;" << QStringList{"select 1", "select 2"};
        QTest::newRow("no trailing semicolon") << "select 1;\n\nselect 2\n"
                                               << QStringList{"select 1", "select 2"};
        QTest::newRow("semicolon in string")
            << "select ';'; select 'it''s;'" << QStringList{"select ';'", "select 'it''s;'"};
        QTest::newRow("semicolon in identifier")
            << "select 1 as \"a;b\"" << QStringList{"select 1 as \"a;b\""};
        QTest::newRow("line comment")
            << "select 1 -- ; not here\n; select 2" << QStringList{"select 1 -- ; not here", "select 2"};
        QTest::newRow("nested block comment") << "select /* a /* ; */ ; */ 1; select 2"
                                              << QStringList{"select /* a /* ; */ ; */ 1", "select 2"};
        QTest::newRow("dollar quoted body")
            << "create function f() returns int as $$ select 1; $$ language sql; select f()"
            << QStringList{"create function f() returns int as $$ select 1; $$ language sql", "select f()"};
        QTest::newRow("tagged dollar quote") << "do $x$ begin perform 1; end $x$; select 3"
                                             << QStringList{"do $x$ begin perform 1; end $x$", "select 3"};
        QTest::newRow("positional parameter is not a quote")
            << "select $1; select 2" << QStringList{"select $1", "select 2"};
        QTest::newRow("empty statements") << " ; ;\n" << QStringList{};
        QTest::newRow("unterminated string")
            << "select 'abc; select 2" << QStringList{"select 'abc; select 2"};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(texts(script), expected);
    }

    void statementUnderCursor()
    {
        const QString script = QStringLiteral("select 1;\nselect 2;\n\n");
        auto at = [&](int pos) {
            const auto r = SqlStatementLocator::statementAt(script, pos);
            return script.mid(r.start, r.end - r.start);
        };
        QCOMPARE(at(0), QStringLiteral("select 1"));
        QCOMPARE(at(4), QStringLiteral("select 1"));
        QCOMPARE(at(12), QStringLiteral("select 2"));
        QCOMPARE(at(int(script.size())), QStringLiteral("select 2")); // cursor in trailing blank lines
        QCOMPARE(SqlStatementLocator::statementAt(QString(), 0), SqlStatementLocator::Range{});
    }
};

QTEST_GUILESS_MAIN(TestSqlStatementLocator)
#include "tst_sqlstatementlocator.moc"
