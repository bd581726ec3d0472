// SPDX-License-Identifier: GPL-3.0-or-later
// A confirmed audit fix, carried out for real: SQL in the harness's PostgreSQL (all of it or nothing), a
// command over the harness's sshd (its output or its failure told back), and a fix refused when what it
// needs is not there.
#include "harness/harnessstack.h"
#include "services/audit/auditfixservice.h"
#include "services/stackconnection.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace supadesk;

class TestAuditFixService : public QObject
{
    Q_OBJECT

    DbEndpoint m_database;
    QString m_table;

    static AuditCheckResult sqlFix(const QString &sql)
    {
        AuditCheckResult check;
        check.id = QStringLiteral("rls-disabled-in-public");
        check.status = AuditStatus::Fail;
        check.fix.kind = AuditFix::Kind::Sql;
        check.fix.preview = sql;
        return check;
    }

    static AuditCheckResult commandFix(const QString &command)
    {
        AuditCheckResult check;
        check.id = QStringLiteral("log-rotation");
        check.status = AuditStatus::Warn;
        check.fix.kind = AuditFix::Kind::Command;
        check.fix.preview = command;
        return check;
    }

    QVariant scalar(const QString &sql) const
    {
        QVariant value;
        {
            QSqlDatabase db = m_database.addConnection(QStringLiteral("fixcheck"), QString());
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixcheck"));
        return value;
    }

    // Runs one fix and waits for its answer: (applied, message).
    static std::pair<bool, QString> run(AuditFixService &service, const AuditCheckResult &check,
                                        StackConnection *connection, const DbEndpoint &database)
    {
        QSignalSpy finished(&service, &AuditFixService::finished);
        service.apply(QStringLiteral("stack"), check, connection, database);
        if (!finished.wait(60000))
            return {false, QStringLiteral("no answer")};
        const QList<QVariant> args = finished.first();
        return {args.at(2).toBool(), args.at(3).toString()};
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "OpenSSH server (apt-get install openssh-server)");
        m_database.host = testenv::value("SUPADESK_TEST_PG_HOST");
        m_database.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_table = QStringLiteral("fix_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        scalar(QStringLiteral("create table public.%1 (id int primary key); select 1").arg(m_table));
        QVERIFY(scalar(QStringLiteral("select to_regclass('public.%1') is not null").arg(m_table)).toBool());
    }

    void cleanupTestCase()
    {
        scalar(QStringLiteral("drop table if exists public.%1; select 1").arg(m_table));
    }

    void sqlFixIsCommitted()
    {
        AuditFixService service;
        const auto [applied, message] = run(
            service, sqlFix(QStringLiteral("ALTER TABLE public.%1 ENABLE ROW LEVEL SECURITY;").arg(m_table)),
            nullptr, m_database);
        QVERIFY2(applied, qPrintable(message));
        QVERIFY(!service.isBusy());
        QCOMPARE(
            scalar(QStringLiteral("select relrowsecurity from pg_class where oid = 'public.%1'::regclass")
                       .arg(m_table))
                .toBool(),
            true);
    }

    // A fix whose second statement fails leaves the first undone too: the database is as it was.
    void failingSqlChangesNothing()
    {
        AuditFixService service;
        const auto [applied, message] = run(
            service,
            sqlFix(QStringLiteral("ALTER TABLE public.%1 ADD COLUMN note text; SELECT no_such_function();")
                       .arg(m_table)),
            nullptr, m_database);
        QVERIFY(!applied);
        QVERIFY2(message.contains(QLatin1String("no_such_function")), qPrintable(message));
        QCOMPARE(
            scalar(QStringLiteral("select count(*) from information_schema.columns where table_name = '%1' "
                                  "and column_name = 'note'")
                       .arg(m_table))
                .toInt(),
            0);
    }

    void commandRunsOverTheSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Stack s = testenv::harnessStack(QStringLiteral("fixed"));
        StackConnection connection(testenv::harnessSsh());
        QVERIFY(connection.connectToStack().ok());
        QVERIFY(testenv::waitFor([&] { return connection.state() == StackConnection::State::Connected; }));
        AuditFixService service;
        const QString marker = dir.filePath(QStringLiteral("rotated"));
        const auto [applied, message] =
            run(service, commandFix(QStringLiteral("touch '%1' && echo done").arg(marker)), &connection, {});
        QVERIFY2(applied, qPrintable(message));
        QCOMPARE(message, QStringLiteral("done"));
        QVERIFY(QFile::exists(marker));

        const auto [failed, why] =
            run(service, commandFix(QStringLiteral("echo 'no permission' >&2; exit 3")), &connection, {});
        QVERIFY(!failed);
        QVERIFY2(why.contains(QLatin1String("3")) && why.contains(QLatin1String("no permission")),
                 qPrintable(why));
    }

    // Without a session or a database the fix does not start, and says why.
    void refusedWithoutWhatItNeeds()
    {
        AuditFixService service;
        const auto [commandRan, commandWhy] = run(service, commandFix(QStringLiteral("true")), nullptr, {});
        QVERIFY(!commandRan);
        QVERIFY(!commandWhy.isEmpty());
        const auto [sqlRan, sqlWhy] = run(service, sqlFix(QStringLiteral("select 1")), nullptr, DbEndpoint{});
        QVERIFY(!sqlRan);
        QVERIFY(!sqlWhy.isEmpty());
        AuditCheckResult page;
        page.id = QStringLiteral("firewall-active");
        page.fix.kind = AuditFix::Kind::SetupPage;
        const auto [pageRan, pageWhy] = run(service, page, nullptr, m_database);
        QVERIFY(!pageRan);
        QVERIFY(!pageWhy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditFixService)
#include "tst_auditfixservice.moc"
