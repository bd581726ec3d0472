// SPDX-License-Identifier: GPL-3.0-or-later
// PgBouncer figures from the harness's real PgBouncer, compared with what psql shows for SHOW POOLS.
#include "core/metrics/pgbouncerfigures.h"
#include "db/pgbounceradmin.h"
#include "harness/testenv.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

namespace {

PostgresDsn adminDsn()
{
    PostgresDsn dsn;
    dsn.host = QStringLiteral("127.0.0.1");
    dsn.port = testenv::value("SUPADESK_TEST_PGBOUNCER_PORT").toInt();
    dsn.user = QStringLiteral("postgres");
    return dsn;
}

// SHOW POOLS as psql prints it, read independently of the code under test.
QMap<QString, QString> psqlPoolRow(const QString &database, const QString &user)
{
    QProcess psql;
    psql.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
               {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                testenv::value("SUPADESK_TEST_PGBOUNCER_PORT"), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("--csv"), QStringLiteral("-c"),
                QStringLiteral("SHOW POOLS"), QStringLiteral("pgbouncer")});
    if (!psql.waitForFinished(20000))
        return {};
    const QStringList lines =
        QString::fromUtf8(psql.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        QMap<QString, QString> row;
        for (int i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header.at(i), cells.at(i));
        if (row.value(QStringLiteral("database")) == database && row.value(QStringLiteral("user")) == user)
            return row;
    }
    return {};
}

} // namespace

class TestStatsPgBouncer : public QObject
{
    Q_OBJECT

private:
    QStringList m_sessions;

    QSqlDatabase client(const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(testenv::value("SUPADESK_TEST_PGBOUNCER_PORT").toInt());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            qWarning() << db.lastError().text();
        m_sessions << name;
        return db;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_PGBOUNCER_PORT", "PgBouncer (apt-get install pgbouncer)");
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_sessions)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }

    void poolsMatchShowPools()
    {
        // Three clients of the pool postgres/postgres: two hold a server inside a transaction
        // (transaction pooling), one is connected and idle.
        QSqlDatabase a = client(QStringLiteral("a"));
        QSqlDatabase b = client(QStringLiteral("b"));
        QSqlDatabase c = client(QStringLiteral("c"));
        QVERIFY(a.isOpen() && b.isOpen() && c.isOpen());
        for (QSqlDatabase *db : {&a, &b}) {
            QSqlQuery q(*db);
            QVERIFY2(q.exec(QStringLiteral("BEGIN")), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("SELECT 1")), qPrintable(q.lastError().text()));
        }

        PgBouncerAdmin admin(adminDsn());
        const Status opened = admin.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        const Result<AdminTable> table = admin.show(QStringLiteral("POOLS"));
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
        const QList<PgBouncerPool> pools = PgBouncerFigures::pools(table.value());
        const auto ours = std::find_if(pools.begin(), pools.end(), [](const PgBouncerPool &p) {
            return p.database == QLatin1String("postgres") && p.user == QLatin1String("postgres");
        });
        QVERIFY(ours != pools.end());
        QCOMPARE(ours->clientsActive, 3);
        QCOMPARE(ours->clientsWaiting, 0);
        QCOMPARE(ours->serversActive, 2);
        QCOMPARE(ours->poolMode, QStringLiteral("transaction"));

        const QMap<QString, QString> shown =
            psqlPoolRow(QStringLiteral("postgres"), QStringLiteral("postgres"));
        QVERIFY2(!shown.isEmpty(), "psql shows no pool postgres/postgres");
        QCOMPARE(ours->clientsActive, shown.value(QStringLiteral("cl_active")).toInt());
        QCOMPARE(ours->clientsWaiting, shown.value(QStringLiteral("cl_waiting")).toInt());
        QCOMPARE(ours->serversActive, shown.value(QStringLiteral("sv_active")).toInt());
        QCOMPARE(ours->serversIdle, shown.value(QStringLiteral("sv_idle")).toInt());
        QCOMPARE(ours->serversUsed, shown.value(QStringLiteral("sv_used")).toInt());

        const PgBouncerSummary summary = PgBouncerFigures::summarize(pools);
        QVERIFY(summary.clientsActive >= 3);
        QVERIFY(summary.serversActive >= 2);

        for (QSqlDatabase *db : {&a, &b})
            QSqlQuery(*db).exec(QStringLiteral("COMMIT"));
    }

    void statsCountTransactions()
    {
        PgBouncerAdmin admin(adminDsn());
        const Result<AdminTable> before = admin.show(QStringLiteral("STATS"));
        QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message));
        QSqlDatabase d = client(QStringLiteral("d"));
        QVERIFY(d.isOpen());
        const int transactions = 40;
        for (int i = 0; i < transactions; ++i)
            QVERIFY(QSqlQuery(d).exec(QStringLiteral("SELECT 1")));
        const Result<AdminTable> after = admin.show(QStringLiteral("STATS"));
        QVERIFY(after.ok());
        const PgBouncerRates r = PgBouncerFigures::rates(PgBouncerFigures::stats(before.value()),
                                                         PgBouncerFigures::stats(after.value()), 1.0);
        QVERIFY(r.transactionsPerSecond);
        // Our 40 plus whatever the driver sends on connect; nothing else uses the pooler now.
        QVERIFY2(*r.transactionsPerSecond >= transactions && *r.transactionsPerSecond <= transactions + 10,
                 qPrintable(QString::number(*r.transactionsPerSecond)));
        QVERIFY(r.averageQueryMs && *r.averageQueryMs >= 0);
    }

    void onlyShowCommandsAreSent()
    {
        PgBouncerAdmin admin(adminDsn());
        const Result<AdminTable> refused = admin.show(QStringLiteral("POOLS; SHUTDOWN"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("pgbouncer.command"));
    }

    void unreachableConsoleIsAClearError()
    {
        PostgresDsn dsn = adminDsn();
        dsn.port = 1;
        PgBouncerAdmin admin(dsn);
        const Status opened = admin.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("pgbouncer.connect"));
    }
};

QTEST_GUILESS_MAIN(TestStatsPgBouncer)
#include "tst_statspgbouncer.moc"
