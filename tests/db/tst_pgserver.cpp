// SPDX-License-Identifier: GPL-3.0-or-later
// The harness's PostgreSQL is reachable through Qt's QPSQL driver with pg_stat_statements loaded:
// what the analyzer and the dashboard build on.
#include "db/pgclientlibrary.h"
#include "harness/testenv.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
    }

    void driverAndLibraryArePresent()
    {
        QVERIFY2(PgClientLibrary::driverAvailable(),
                 "Qt's QPSQL driver is missing: apt-get install libqt6sql6-psql");
        QVERIFY(PgClientLibrary::version().startsWith(QLatin1String("15.")));
    }

    void connectsAndSeesStatements()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
            db.setHostName(testenv::value("SUPADESK_TEST_PG_HOST"));
            db.setPort(testenv::value("SUPADESK_TEST_PG_PORT").toInt());
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 150000);
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_statements")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_pgserver.moc"
