// SPDX-License-Identifier: GPL-3.0-or-later
// The live POSTGRES_PASSWORD rotation end to end: a PostgreSQL 15 cluster of the test's own holding the
// Supabase roles (every login with scram-sha-256, every statement logged), an install directory with a
// .env reached through the harness's real sshd, a stand-in `docker compose` that records what it is asked,
// a gateway stand-in on loopback, and the harness's keyring. After a rotation the roles log in with the
// new password and not the old one; a failure at any later step leaves every role with the old one.
#include "core/audit/passwordrotation.h"
#include "harness/harnessstack.h"
#include "services/audit/endpointauditchecks.h"
#include "services/audit/passwordrotator.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"
#include "setup/scratchpostgres.h"

#include <QFile>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

const QString OldPassword = QStringLiteral("your-super-secret-and-long-postgres-password");
const QString OtherPassword = QStringLiteral("a-password-of-its-own");
// The roles of the stand-in stack that share POSTGRES_PASSWORD (supabase_read_only_user has its own,
// supabase_functions_admin cannot log in).
const QStringList SharingRoles{QStringLiteral("postgres"),
                               QStringLiteral("supabase_admin"),
                               QStringLiteral("authenticator"),
                               QStringLiteral("pgbouncer"),
                               QStringLiteral("supabase_auth_admin"),
                               QStringLiteral("supabase_storage_admin")};
const QString EnvText = QStringLiteral("# Supabase\nPOSTGRES_PASSWORD=%1\nJWT_SECRET=keep-me\n"
                                       "ANON_KEY=anon-of-the-test # comment\nPOSTGRES_PORT=5432\n")
                            .arg(OldPassword);

// A gateway whose four health routes answer 200, or `failing` 503.
class HealthGateway : public QObject
{
public:
    QString failing;
    HealthGateway()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QString path = QString::fromLatin1(request.split(' ').value(1));
                    socket->write(
                        path == failing
                            ? "HTTP/1.1 503 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

} // namespace

class TestPasswordRotation : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackConnection> m_connection;
    ScratchPostgres m_pg;
    QTemporaryDir m_install;
    QTemporaryDir m_tools;

    QString envPath() const { return m_install.filePath(QStringLiteral(".env")); }
    QString composeLog() const { return m_tools.filePath(QStringLiteral("compose.log")); }
    QString composeCommand() const { return m_tools.filePath(QStringLiteral("compose")); }

    DbEndpoint endpoint(const QString &user, const QString &password) const
    {
        DbEndpoint e;
        e.host = m_pg.socketDir();
        e.port = 5432;
        e.user = user;
        e.password = password;
        return e;
    }
    bool canLogIn(const QString &role, const QString &password) const
    {
        const QString name = QStringLiteral("check-") + role;
        bool open = false;
        {
            QSqlDatabase db = endpoint(role, password).addConnection(name, QString());
            open = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return open;
    }
    QStringList composeCalls() const
    {
        QFile f(composeLog());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QString readFile(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QStringList envBackups() const
    {
        return QDir(m_install.path())
            .entryList({QStringLiteral(".env.supadesk-backup-*")}, QDir::Files | QDir::Hidden);
    }

    PasswordRotationTarget target() const
    {
        PasswordRotationTarget t;
        t.stackId = QStringLiteral("rotation-test-") + QString::number(QCoreApplication::applicationPid());
        t.connection = m_connection.get();
        t.database = endpoint(QStringLiteral("postgres"), OldPassword);
        t.installDir = m_install.path();
        t.composeCommand = composeCommand();
        t.healthTimeoutSeconds = 3;
        return t;
    }

    void expectEveryRoleOnTheOldPassword(const QString &newPassword)
    {
        for (const QString &role : SharingRoles) {
            QVERIFY2(canLogIn(role, OldPassword), qPrintable(role));
            if (!newPassword.isEmpty())
                QVERIFY2(!canLogIn(role, newPassword), qPrintable(role));
        }
        QVERIFY(canLogIn(QStringLiteral("supabase_read_only_user"), OtherPassword));
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_install.isValid() && m_tools.isValid());
        m_connection = std::make_unique<StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == StackConnection::State::Connected ||
                                     m_connection->state() == StackConnection::State::Failed,
                                 20000);
        QVERIFY2(m_connection->state() == StackConnection::State::Connected,
                 qPrintable(m_connection->reason()));

        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        // Every statement in the server log: the test reads it for the plain password.
        QVERIFY(m_pg.writeTuning(QStringLiteral("log_statement = 'all'\n")));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        QStringList setup;
        for (const QString &role : SharingRoles)
            if (role != QLatin1String("postgres"))
                setup << QStringLiteral("CREATE ROLE %1 LOGIN%2")
                             .arg(role, role == QLatin1String("supabase_admin") ? QStringLiteral(" SUPERUSER")
                                                                                : QString());
        setup << QStringLiteral("CREATE ROLE supabase_read_only_user LOGIN PASSWORD '%1'").arg(OtherPassword)
              << QStringLiteral("CREATE ROLE supabase_functions_admin NOLOGIN");
        const ScratchPostgres::Run r = m_pg.psql(setup);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // From here on every login needs its password.
        QFile hba(m_pg.dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all all scram-sha-256\n");
        hba.close();
        ScratchPostgres::handOver(hba.fileName());

        // `docker compose` played by a script: lists the stack's services, records every call.
        QFile compose(composeCommand());
        QVERIFY(compose.open(QIODevice::WriteOnly | QIODevice::Truncate));
        compose.write(
            QStringLiteral("#!/bin/sh\n"
                           "echo \"$*\" >>'%1'\n"
                           "case \"$1\" in\n"
                           "ps) printf 'db\\nstudio\\nkong\\nauth\\nrest\\nrealtime\\nstorage\\nimgproxy\\n"
                           "meta\\nsupavisor\\n';;\n"
                           "restart) [ -f '%2' ] && { echo 'restart refused' >&2; exit 1; };;\n"
                           "*) echo \"unexpected: $*\" >&2; exit 2;;\n"
                           "esac\n"
                           "exit 0\n")
                .arg(composeLog(), m_tools.filePath(QStringLiteral("refuse-restart")))
                .toUtf8());
        compose.close();
        compose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    // Each test starts from every sharing role on the old password, the .env as it came, no backups.
    void init()
    {
        QStringList reset;
        for (const QString &role : SharingRoles)
            reset << QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, OldPassword);
        QFile hba(m_pg.dataDir() + QStringLiteral("/pg_hba.conf"));
        // The reset runs as postgres through a trust line of its own, taken away again at once.
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
        hba.close();
        QCOMPARE(ScratchPostgres::run(ScratchPostgres::bin(QStringLiteral("pg_ctl")),
                                      {QStringLiteral("-D"), m_pg.dataDir(), QStringLiteral("reload")})
                     .code,
                 0);
        QTRY_VERIFY(m_pg.psql({QStringLiteral("SELECT 1")}).code == 0);
        const ScratchPostgres::Run r = m_pg.psql(reset);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all all scram-sha-256\n");
        hba.close();
        QCOMPARE(ScratchPostgres::run(ScratchPostgres::bin(QStringLiteral("pg_ctl")),
                                      {QStringLiteral("-D"), m_pg.dataDir(), QStringLiteral("reload")})
                     .code,
                 0);
        QTRY_VERIFY(!canLogIn(QStringLiteral("postgres"), QStringLiteral("wrong")));

        QFile env(envPath());
        QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
        env.write(EnvText.toUtf8());
        env.close();
        for (const QString &backup : envBackups())
            QFile::remove(m_install.filePath(backup));
        QFile::remove(composeLog());
        QFile::remove(m_tools.filePath(QStringLiteral("refuse-restart")));
    }

    void thePlanTakesTheStacksOwnRolesAndServicesInOrder()
    {
        const PasswordRotationPlan plan = PasswordRotation::plan(
            {QStringLiteral("authenticator"), QStringLiteral("postgres"), QStringLiteral("supabase_admin"),
             QStringLiteral("supabase_read_only_user")},
            {QStringLiteral("supabase_read_only_user")},
            {QStringLiteral("db"), QStringLiteral("studio"), QStringLiteral("api-gw"), QStringLiteral("rest"),
             QStringLiteral("auth")});
        QCOMPARE(plan.roles, (QStringList{QStringLiteral("postgres"), QStringLiteral("supabase_admin"),
                                          QStringLiteral("authenticator")}));
        QCOMPARE(plan.skippedRoles, QStringList{QStringLiteral("supabase_read_only_user")});
        QCOMPARE(plan.restartFirst,
                 (QStringList{QStringLiteral("auth"), QStringLiteral("rest"), QStringLiteral("studio")}));
        QCOMPARE(plan.restartLast, QStringList{QStringLiteral("api-gw")});
        QCOMPARE(PasswordRotation::alterRoleSql(QStringLiteral("auth\"x"),
                                                QStringLiteral("SCRAM-SHA-256$4096:a'b")),
                 QStringLiteral("ALTER ROLE \"auth\"\"x\" PASSWORD 'SCRAM-SHA-256$4096:a''b'"));
        QCOMPARE(PasswordRotation::envWithPassword(EnvText, QStringLiteral("n3w")),
                 QString(EnvText).replace(OldPassword, QStringLiteral("n3w")));
    }

    void aRotationChangesEveryRoleTheEnvRestartsInOrderAndStoresTheSecret()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "the test keyring");
        HealthGateway gateway;
        SecretStore secrets(QStringLiteral("Supadesk test"));
        PasswordRotator rotator(&secrets);
        QList<PasswordRotation::Step> steps;
        connect(&rotator, &PasswordRotator::progress, this,
                [&steps](PasswordRotation::Step step, const QString &) { steps << step; });
        PasswordRotationTarget t = target();
        t.gatewayPort = gateway.port();
        const PasswordRotationReport report = rotator.runAndWait(t);
        QVERIFY2(report.succeeded(),
                 qPrintable(report.error->message + QLatin1Char('\n') + report.log.join('\n')));
        QCOMPARE(steps, (QList<PasswordRotation::Step>{
                            PasswordRotation::Step::Inspect, PasswordRotation::Step::Roles,
                            PasswordRotation::Step::Env, PasswordRotation::Step::Restart,
                            PasswordRotation::Step::Health, PasswordRotation::Step::Keychain}));
        QCOMPARE(report.plan.roles, SharingRoles);
        QCOMPARE(report.plan.skippedRoles, QStringList{QStringLiteral("supabase_read_only_user")});

        // The new password is in the keychain, and only there: every sharing role takes it, the old no more.
        const Result<QString> stored = secrets.readNow(t.stackId, SecretStore::DatabasePassword);
        QVERIFY(stored.ok());
        const QString newPassword = stored.value();
        QCOMPARE(newPassword.size(), PasswordRotation::PasswordLength);
        QVERIFY(newPassword != OldPassword);
        for (const QString &role : SharingRoles) {
            QVERIFY2(canLogIn(role, newPassword), qPrintable(role));
            QVERIFY2(!canLogIn(role, OldPassword), qPrintable(role));
        }
        QVERIFY(canLogIn(QStringLiteral("supabase_read_only_user"), OtherPassword));
        QVERIFY(secrets.removeAllNow(t.stackId).ok());

        // The .env has the new password on its line, everything else as it was; the old one is the backup.
        QCOMPARE(readFile(envPath()), QString(EnvText).replace(OldPassword, newPassword));
        QCOMPARE(envBackups().size(), 1);
        QCOMPARE(m_install.filePath(envBackups().first()), report.envBackup);
        QCOMPARE(readFile(report.envBackup), EnvText);

        // The database's clients first (in the plan's order, only those the stack has), the gateway last.
        QCOMPARE(composeCalls(),
                 (QStringList{QStringLiteral("ps --services"),
                              QStringLiteral("restart auth rest realtime storage meta supavisor studio"),
                              QStringLiteral("restart kong")}));

        // The server saw verifiers, never the plain password.
        const QString log = readFile(m_pg.path() + QStringLiteral("/server.log"));
        QVERIFY(log.contains(QStringLiteral("PASSWORD 'SCRAM-SHA-256$4096:")));
        QVERIFY(!log.contains(newPassword));
    }

    // The injected failure comes after the second ALTER ROLE, inside the transaction.
    void aFailureAfterTheSecondAlterRoleLeavesEveryRoleOnTheOldPassword()
    {
        PasswordRotator rotator(nullptr);
        rotator.fixedNewPassword = QStringLiteral("NewPasswordThatMustNotStick42");
        QStringList altered;
        rotator.afterAlterRole = [&altered](int index, const QString &role) -> Status {
            altered << role;
            if (index == 1)
                return Error{ErrorCode::RotationRole, QStringLiteral("injected failure")};
            return success();
        };
        const PasswordRotationReport report = rotator.runAndWait(target());
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error->id, ErrorCode::RotationRole);
        QVERIFY2(report.error->message.startsWith(QStringLiteral("injected failure")),
                 qPrintable(report.error->message));
        QCOMPARE(altered, (QStringList{QStringLiteral("postgres"), QStringLiteral("supabase_admin")}));
        expectEveryRoleOnTheOldPassword(rotator.fixedNewPassword);
        QCOMPARE(readFile(envPath()), EnvText);
        QVERIFY(envBackups().isEmpty());
        QCOMPARE(composeCalls(), QStringList{QStringLiteral("ps --services")});
    }

    void aFailingHealthRoutePutsTheOldPasswordBackEverywhere()
    {
        HealthGateway gateway;
        gateway.failing = QStringLiteral("/storage/v1/status");
        PasswordRotator rotator(nullptr);
        rotator.fixedNewPassword = QStringLiteral("NewPasswordThatMustNotStick43");
        bool stored = false;
        rotator.storeSecret = [&stored](const QString &, const QString &) {
            stored = true;
            return success();
        };
        PasswordRotationTarget t = target();
        t.gatewayPort = gateway.port();
        const PasswordRotationReport report = rotator.runAndWait(t);
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error->id, ErrorCode::RotationHealth);
        QVERIFY2(report.error->message.contains(QStringLiteral("/storage/v1/status")),
                 qPrintable(report.error->message));
        QVERIFY(report.rolledBack);
        QVERIFY(!stored);
        expectEveryRoleOnTheOldPassword(rotator.fixedNewPassword);
        QCOMPARE(readFile(envPath()), EnvText);
        QCOMPARE(envBackups().size(), 1); // the backup stays where it was
        // Restarted with the new password, then again with the old one.
        const QString first = QStringLiteral("restart auth rest realtime storage meta supavisor studio");
        QCOMPARE(composeCalls(),
                 (QStringList{QStringLiteral("ps --services"), first, QStringLiteral("restart kong"), first,
                              QStringLiteral("restart kong")}));
        QVERIFY2(report.serverState.contains(QStringLiteral("supabase_auth_admin: the old password")),
                 qPrintable(report.serverState.join('\n')));
        QVERIFY2(report.serverState.contains(
                     QStringLiteral("POSTGRES_PASSWORD: %1 holds the old password").arg(envPath())),
                 qPrintable(report.serverState.join('\n')));
    }

    // Supavisor keeps its tenant's password in its own store, which a restart does not refresh: a pooler
    // that does not let the new password in is a failed rotation, rolled back.
    void aPoolerThatRefusesTheNewPasswordPutsTheOldOneBack()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        PasswordRotationTarget t = target();
        t.poolerPort = closed.serverPort();
        closed.close(); // nothing answers there any more
        PasswordRotator rotator(nullptr);
        rotator.fixedNewPassword = QStringLiteral("NewPasswordThatMustNotStick47");
        const PasswordRotationReport report = rotator.runAndWait(t);
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error->id, ErrorCode::RotationHealth);
        QVERIFY2(report.error->message.contains(
                     QStringLiteral("the pooler refuses the new password for postgres")),
                 qPrintable(report.error->message));
        expectEveryRoleOnTheOldPassword(rotator.fixedNewPassword);
        QCOMPARE(readFile(envPath()), EnvText);
    }

    void aKeychainThatRefusesPutsTheOldPasswordBack()
    {
        PasswordRotator rotator(nullptr);
        rotator.fixedNewPassword = QStringLiteral("NewPasswordThatMustNotStick44");
        rotator.storeSecret = [](const QString &, const QString &) -> Status {
            return Error{ErrorCode::SecretFailed, QStringLiteral("locked")};
        };
        const PasswordRotationReport report = rotator.runAndWait(target());
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error->id, ErrorCode::RotationSecret);
        QVERIFY(report.rolledBack);
        expectEveryRoleOnTheOldPassword(rotator.fixedNewPassword);
        QCOMPARE(readFile(envPath()), EnvText);
    }

    void aRestartThatFailsPutsTheOldPasswordBack()
    {
        QFile refuse(m_tools.filePath(QStringLiteral("refuse-restart")));
        QVERIFY(refuse.open(QIODevice::WriteOnly));
        refuse.close();
        PasswordRotator rotator(nullptr);
        rotator.fixedNewPassword = QStringLiteral("NewPasswordThatMustNotStick45");
        const PasswordRotationReport report = rotator.runAndWait(target());
        QVERIFY(!report.succeeded());
        // The rollback's own restart fails too (the stand-in refuses every restart): the report says so,
        // and what the server has.
        QCOMPARE(report.error->id, ErrorCode::RotationRollback);
        QVERIFY2(report.error->message.contains(QStringLiteral("restart refused")),
                 qPrintable(report.error->message));
        expectEveryRoleOnTheOldPassword(rotator.fixedNewPassword);
        QCOMPARE(readFile(envPath()), EnvText);
    }

    void cancellingBeforeTheAlterChangesNothing()
    {
        PasswordRotator rotator(nullptr);
        rotator.fixedNewPassword = QStringLiteral("NewPasswordThatMustNotStick46");
        rotator.cancel();
        const PasswordRotationReport report = rotator.runAndWait(target());
        QCOMPARE(report.error->id, ErrorCode::AuditCancelled);
        expectEveryRoleOnTheOldPassword(rotator.fixedNewPassword);
        QCOMPARE(readFile(envPath()), EnvText);
    }

    void anEnvThatDoesNotHoldTheLoginPasswordIsRefused()
    {
        QFile env(envPath());
        QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
        env.write("POSTGRES_PASSWORD=something-else\n");
        env.close();
        PasswordRotator rotator(nullptr);
        const PasswordRotationReport report = rotator.runAndWait(target());
        QVERIFY(!report.succeeded());
        QCOMPARE(report.error->id, ErrorCode::RotationEnv);
        expectEveryRoleOnTheOldPassword(QString());
    }
};

QTEST_MAIN(TestPasswordRotation)
#include "tst_passwordrotation.moc"
