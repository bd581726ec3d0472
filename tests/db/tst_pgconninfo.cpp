// SPDX-License-Identifier: GPL-3.0-or-later
// Connection strings are read by libpq's own parser (PQconninfoParse), as psql reads them: URIs
// with several hosts, key=value strings, service files; and the connection they describe works
// against the harness's PostgreSQL.
#include "db/pgconninfo.h"
#include "harness/testenv.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestPgConnInfo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // current_user and current_database() over a connection to `dsn`, or the error.
    static QString whoAmI(const PostgresDsn &dsn)
    {
        const QString name = QStringLiteral("conninfo-test");
        QString answer;
        {
            QSqlDatabase db = PgConnInfo::addConnection(dsn, name, QStringLiteral("connect_timeout=10"));
            if (!db.open()) {
                answer = QStringLiteral("error: ") + db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT current_user || '@' || current_database()")) && q.next())
                    answer = q.value(0).toString();
                else
                    answer = QStringLiteral("error: ") + q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return answer;
    }

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");
        QTest::newRow("full uri") << "postgresql://ops:s%40cret@db.example.com:6543/app?sslmode=require"
                                  << "db.example.com" << 6543 << "ops"
                                  << "s@cret"
                                  << "app"
                                  << "sslmode='require'";
        // What is not written is left to libpq's defaults (PGUSER, the login name, a service file).
        QTest::newRow("host only") << "postgres://localhost"
                                   << "localhost" << 0 << ""
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("query fields") << "postgresql:///?host=127.0.0.1&port=15432&dbname=x&connect_timeout=3"
                                      << "127.0.0.1" << 15432 << ""
                                      << ""
                                      << "x"
                                      << "connect_timeout='3'";
        QTest::newRow("several hosts") << "postgresql://a:1,b:2/db"
                                       << "a,b" << 0 << ""
                                       << ""
                                       << "db"
                                       << "port='1,2'";
        QTest::newRow("key=value") << "host=db.example port=5433 user=ops dbname='my db' application_name=x"
                                   << "db.example" << 5433 << "ops"
                                   << ""
                                   << "my db"
                                   << "application_name='x'";
        QTest::newRow("service") << "service=harness"
                                 << "" << 0 << ""
                                 << ""
                                 << ""
                                 << "service='harness'";
        QTest::newRow("quote in a value") << "host=h options='-c search_path=a\\'b'"
                                          << "h" << 0 << ""
                                          << ""
                                          << ""
                                          << "options='-c search_path=a\\'b'";
    }

    void parses()
    {
        QFETCH(QString, text);
        const Result<PostgresDsn> dsn = PgConnInfo::parse(text);
        QVERIFY2(dsn.ok(), dsn.ok() ? "" : qPrintable(dsn.error().message));
        QTEST(dsn.value().host, "host");
        QTEST(dsn.value().port, "port");
        QTEST(dsn.value().user, "user");
        QTEST(dsn.value().password, "password");
        QTEST(dsn.value().database, "database");
        QTEST(dsn.value().connectOptions(), "options");
        QVERIFY(!dsn.value().redacted().contains(QLatin1String("cret")));
    }

    void malformedIsAClearError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong scheme") << "mysql://localhost/db"
                                      << "mysql://localhost/db";
        QTest::newRow("bad uri") << "postgresql://[::1/db"
                                 << "postgresql://[::1/db";
        QTest::newRow("unknown keyword") << "hots=localhost"
                                         << "hots";
        QTest::newRow("unterminated quote") << "host='localhost"
                                            << "host='localhost";
        QTest::newRow("empty") << "  "
                               << "empty";
        QTest::newRow("password in a bad uri") << "postgresql://ops:s3cret@[::1/db"
                                               << "postgresql://ops:***@[::1/db";
        QTest::newRow("password in a bad string") << "host='db password=s3cret"
                                                  << "password=***";
    }

    void malformedIsAClearError()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<PostgresDsn> dsn = PgConnInfo::parse(text);
        QVERIFY(!dsn.ok());
        QCOMPARE(dsn.error().code, QStringLiteral("dsn.invalid"));
        QVERIFY2(dsn.error().message.contains(message), qPrintable(dsn.error().message));
        QVERIFY(!dsn.error().message.contains(QLatin1String("s3cret")));
    }

    // The connection a string describes is the one libpq would make of it: a service from
    // PGSERVICEFILE, and the first host of a list that answers.
    void connectsAsLibpqWould()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        const QString host = testenv::value("SUPADESK_TEST_PG_HOST");
        const QString port = testenv::value("SUPADESK_TEST_PG_PORT");
        QFile services(m_dir.filePath(QStringLiteral("pg_service.conf")));
        QVERIFY(services.open(QIODevice::WriteOnly));
        services.write(QStringLiteral("[harness]\nhost=%1\nport=%2\nuser=postgres\ndbname=template1\n")
                           .arg(host, port)
                           .toUtf8());
        services.close();
        qputenv("PGSERVICEFILE", services.fileName().toUtf8());

        Result<PostgresDsn> dsn = PgConnInfo::parse(QStringLiteral("service=harness"));
        QVERIFY(dsn.ok());
        QCOMPARE(whoAmI(dsn.value()), QStringLiteral("postgres@template1"));

        // Nothing listens on port 1: libpq goes on to the second host.
        dsn = PgConnInfo::parse(QStringLiteral("postgresql://postgres@%1:1,%1:%2/postgres").arg(host, port));
        QVERIFY(dsn.ok());
        QCOMPARE(whoAmI(dsn.value()), QStringLiteral("postgres@postgres"));
    }
};

QTEST_GUILESS_MAIN(TestPgConnInfo)
#include "tst_pgconninfo.moc"
