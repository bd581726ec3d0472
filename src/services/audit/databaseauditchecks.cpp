// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseauditchecks.h"

#include "auditcontext.h"
#include "core/audit/databaseauditevaluator.h"
#include "core/metrics/postgresdsn.h"
#include "core/setup/secretaudit.h"
#include "core/shellquote.h"
#include "db/pgbounceradmin.h"

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace supadesk {

namespace {

const QString kConnectOptions = QStringLiteral("connect_timeout=10;application_name=supadesk-audit");

QString uniqueConnectionName(const char *what)
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-audit-%1-%2").arg(QLatin1String(what)).arg(counter.fetchAndAddRelaxed(1));
}

QString driverText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return (text.isEmpty() ? error.text().trimmed() : text).simplified();
}

// The rows of one statement, or why there are none.
struct Rows
{
    QList<QSqlRecord> records;
    bool ok = false;
    QString sqlState;
    QString error;
};

// The audit's own connection to the stack's database, opened on first use and closed with the group.
class Catalogue
{
public:
    explicit Catalogue(const AuditContext &context) : m_context(context) {}
    ~Catalogue()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    // Empty when the database can be read; otherwise why not (translated).
    QString unavailable()
    {
        if (m_tried)
            return m_unavailable;
        m_tried = true;
        if (!m_context.database.isValid())
            m_unavailable = DatabaseAuditChecks::tr("The stack has no database forward.");
        else if (!m_context.databasePasswordKnown)
            m_unavailable =
                DatabaseAuditChecks::tr("The keychain holds no database password for this stack.");
        if (!m_unavailable.isEmpty())
            return m_unavailable;
        m_name = uniqueConnectionName("catalogue");
        QSqlDatabase db = m_context.database.addConnection(m_name, kConnectOptions);
        if (!db.open()) {
            m_unavailable = DatabaseAuditChecks::tr("Cannot connect to the database as %1: %2")
                                .arg(m_context.database.user, driverText(db.lastError()));
            return m_unavailable;
        }
        // A catalogue that hangs must not hold the audit.
        QSqlQuery(db).exec(QStringLiteral("SET statement_timeout = '15s'"));
        return {};
    }

    Rows select(const QString &statement)
    {
        Rows rows;
        if (!unavailable().isEmpty()) {
            rows.error = m_unavailable;
            return rows;
        }
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.setForwardOnly(true);
        if (!q.exec(statement)) {
            rows.sqlState = q.lastError().nativeErrorCode();
            rows.error = driverText(q.lastError());
            return rows;
        }
        while (q.next())
            rows.records << q.record();
        rows.ok = true;
        return rows;
    }

    // Why `what` could not be read: the privilege it needs when the server refused for lack of it.
    QString reason(const Rows &rows, const QString &what, const QString &needs) const
    {
        if (rows.sqlState == QLatin1String("42501") && needs.isEmpty())
            return DatabaseAuditChecks::tr("The server refused to let the login %1 read %2: %3")
                .arg(m_context.database.user, what, rows.error);
        if (rows.sqlState == QLatin1String("42501"))
            return DatabaseAuditChecks::tr("Reading %1 needs %2, which the login %3 does not have.")
                .arg(what, needs, m_context.database.user);
        if (!m_unavailable.isEmpty())
            return m_unavailable;
        return DatabaseAuditChecks::tr("Reading %1 failed: %2").arg(what, rows.error);
    }

private:
    const AuditContext &m_context;
    QString m_name;
    QString m_unavailable;
    bool m_tried = false;
};

// The settings every check reads, in one statement. Settings the login may not see (superuser-only ones
// without pg_read_all_settings) are absent from pg_settings, so current_setting() never refuses here.
struct Settings
{
    QHash<QString, QString> values;
    QString error; // none could be read: why
};

Settings readSettings(Catalogue &catalogue)
{
    QStringList names = DatabaseAuditEvaluator::tunedSettings();
    names << QStringLiteral("max_connections") << QStringLiteral("shared_preload_libraries")
          << QStringLiteral("archive_mode") << QStringLiteral("archive_command")
          << QStringLiteral("archive_library") << QStringLiteral("ssl");
    QStringList literals;
    for (const QString &n : names)
        literals << QLatin1Char('\'') + n + QLatin1Char('\'');
    const Rows rows = catalogue.select(
        QStringLiteral(
            "SELECT name, pg_catalog.current_setting(name) FROM pg_catalog.pg_settings WHERE name IN (%1)")
            .arg(literals.join(QStringLiteral(", "))));
    Settings s;
    if (!rows.ok) {
        s.error = catalogue.reason(rows, QStringLiteral("pg_settings"), QString());
        return s;
    }
    for (const QSqlRecord &r : rows.records)
        s.values.insert(r.value(0).toString(), r.value(1).toString());
    return s;
}

QString notVisible(const QString &setting)
{
    return DatabaseAuditChecks::tr("The setting %1 is not visible to this login: reading it needs "
                                   "pg_read_all_settings (or a superuser).")
        .arg(setting);
}

// --- default-passwords -------------------------------------------------------------------------------

enum class Login { Accepted, PasswordRefused, Failed };

struct LoginAttempt
{
    Login result = Login::Failed;
    QString error;
};

// One login through the stack's database forward; the password goes to libpq, never to a command line.
LoginAttempt tryLogin(const DbEndpoint &base, const QString &user, const QString &password)
{
    DbEndpoint endpoint = base;
    endpoint.user = user;
    endpoint.password = password;
    const QString name = uniqueConnectionName("login");
    LoginAttempt attempt;
    {
        QSqlDatabase db = endpoint.addConnection(name, kConnectOptions);
        if (db.open()) {
            attempt.result = Login::Accepted;
        } else {
            attempt.error = driverText(db.lastError());
            attempt.result = attempt.error.contains(QLatin1String("password authentication failed"))
                                 ? Login::PasswordRefused
                                 : Login::Failed;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return attempt;
}

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

DefaultPasswordFacts defaultPasswordFacts(const AuditContext &ctx, Catalogue &catalogue)
{
    DefaultPasswordFacts f;
    f.env = ctx.env;
    f.envLines = ctx.envLines;
    f.envPath = ctx.envPath;
    f.envError = ctx.envError;
    if (!ctx.database.isValid()) {
        f.loginError = DatabaseAuditChecks::tr("The stack has no database forward.");
        return f;
    }
    // Which internal roles exist and may log in; without a catalogue connection every one is tried (a
    // role that does not exist refuses like a wrong password, so nothing is claimed wrongly).
    QStringList roles = DatabaseAuditEvaluator::internalRoles();
    QStringList literals;
    for (const QString &role : roles)
        literals << QLatin1Char('\'') + role + QLatin1Char('\'');
    const Rows rows = catalogue.select(
        QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles WHERE rolcanlogin AND rolname IN (%1)")
            .arg(literals.join(QStringLiteral(", "))));
    if (rows.ok) {
        QStringList existing;
        for (const QSqlRecord &r : rows.records)
            existing << r.value(0).toString();
        roles.erase(std::remove_if(roles.begin(), roles.end(),
                                   [&](const QString &role) { return !existing.contains(role); }),
                    roles.end());
    }
    // Supavisor names its users role.tenant; the roles are tried through the same door.
    const qsizetype dot = ctx.database.user.indexOf(QLatin1Char('.'));
    const QString suffix = dot > 0 ? ctx.database.user.mid(dot) : QString();
    const QString example = SecretAudit::exampleValue(QStringLiteral("POSTGRES_PASSWORD"));
    for (const QString &role : roles) {
        if (ctx.cancelled())
            break;
        RoleLoginProbe probe;
        probe.role = role;
        // A password nobody has first: if it logs in, the server does not ask (trust) and the example
        // password's success would prove nothing.
        const LoginAttempt wrong = tryLogin(ctx.database, role + suffix, randomPassword());
        if (wrong.result == Login::Accepted) {
            probe.outcome = RoleLoginProbe::Outcome::AnyPasswordAccepted;
        } else if (wrong.result == Login::Failed) {
            probe.outcome = RoleLoginProbe::Outcome::NotTried;
            probe.error = wrong.error;
        } else {
            const LoginAttempt attempt = tryLogin(ctx.database, role + suffix, example);
            switch (attempt.result) {
            case Login::Accepted:
                probe.outcome = RoleLoginProbe::Outcome::ExampleAccepted;
                break;
            case Login::PasswordRefused:
                probe.outcome = RoleLoginProbe::Outcome::ExampleRejected;
                break;
            case Login::Failed:
                probe.outcome = RoleLoginProbe::Outcome::NotTried;
                probe.error = attempt.error;
                break;
            }
        }
        f.logins << probe;
    }
    return f;
}

// --- pg-tuning ---------------------------------------------------------------------------------------

TuningFacts tuningFacts(const AuditContext &ctx, const Settings &settings)
{
    TuningFacts f;
    f.cpus = ctx.host.cpus;
    f.memTotalKb = ctx.host.memTotalKb;
    f.rotational = ctx.host.rotational;
    f.hostError = ctx.hostError;
    f.settingsError = settings.error;
    for (const QString &name :
         DatabaseAuditEvaluator::tunedSettings() + QStringList{QStringLiteral("max_connections")})
        if (settings.values.contains(name))
            f.settings.insert(name, settings.values.value(name));
    return f;
}

// --- pooler-mode -------------------------------------------------------------------------------------

PoolerFacts poolerFacts(const AuditContext &ctx, const QStringList &iniPaths)
{
    PoolerFacts f;
    // The compose files as the runner read them (StackLayout) know the pooler and what it publishes;
    // preflight's host facts are the fallback.
    const bool layoutKnown = ctx.layoutError.isEmpty() && ctx.layout.isKnown();
    if (layoutKnown) {
        f.kind = ctx.layout.pooler;
    } else {
        f.kind = ctx.hostError.isEmpty() ? ctx.host.pooler : PoolerKind::Unknown;
        f.composeError = ctx.layoutError.isEmpty() ? ctx.hostError : ctx.layoutError;
    }
    if (f.kind == PoolerKind::Supavisor) {
        // Transaction mode on its own port by design: the check is that the port is published.
        if (layoutKnown) {
            f.envKnown = true;
            f.fromCompose = true;
            for (const PublishedPort &p : ctx.layout.published) {
                if (p.service != ctx.layout.poolerService || p.containerPort != 6543)
                    continue;
                f.transactionPort = QString::number(p.hostPort);
                f.transactionSource = DatabaseAuditChecks::tr("%1, line %2").arg(p.file).arg(p.line);
                break;
            }
        } else {
            f.envKnown = ctx.envError.isEmpty();
            f.envError = ctx.envError;
            f.transactionPort = ctx.env.value(QStringLiteral("POOLER_PROXY_PORT_TRANSACTION")).trimmed();
        }
        return f;
    }

    QStringList errors;
    // PgBouncer's admin console through the pooler forward: SHOW CONFIG says what it runs with now.
    if (ctx.poolerPort > 0) {
        PostgresDsn dsn;
        dsn.host = ctx.database.host;
        dsn.port = ctx.poolerPort;
        dsn.user = ctx.database.user;
        dsn.password = ctx.database.password;
        PgBouncerAdmin admin(dsn);
        const Status opened = admin.open();
        if (opened.ok()) {
            const Result<AdminTable> config = admin.show(QStringLiteral("CONFIG"));
            if (config.ok()) {
                const AdminTable &t = config.value();
                for (int row = 0; row < t.rows.size(); ++row) {
                    if (t.text(row, QStringLiteral("key")) == QLatin1String("pool_mode")) {
                        f.pgbouncerPoolMode = t.text(row, QStringLiteral("value"));
                        f.pgbouncerSource = QStringLiteral("SHOW CONFIG");
                        return f;
                    }
                }
                errors << DatabaseAuditChecks::tr("PgBouncer's SHOW CONFIG has no pool_mode.");
            } else {
                errors << config.error().message;
            }
        } else {
            errors << opened.error().message;
        }
    }
    // Its settings file on the host, as root: it usually holds the admin password too, so only the
    // pool_mode line leaves the server's answer in the evidence.
    if (ctx.exec) {
        const bool root = ctx.host.isRoot();
        for (const QString &path : iniPaths) {
            // A missing file answers 44 without sudo, so that "no PgBouncer here" differs from "cannot
            // read it".
            const QString command = QStringLiteral("if [ -e %1 ]; then %2cat -- %1; else exit 44; fi")
                                        .arg(shellQuote(path), root ? QString() : QStringLiteral("sudo -n "));
            const Result<ExecResult> r = ctx.exec(command, {});
            if (!r.ok()) {
                errors << r.error().message;
                break; // the session is gone; other paths will fail alike
            }
            if (r.value().exitStatus == 0) {
                f.pgbouncerPoolMode =
                    DatabaseAuditEvaluator::poolModeFromIni(QString::fromUtf8(r.value().standardOutput));
                f.pgbouncerSource = path;
                return f;
            }
            if (r.value().exitStatus == 44) {
                errors << DatabaseAuditChecks::tr("There is no %1 on the host.").arg(path);
                continue;
            }
            f.pgbouncerFound = true;
            const QString err = QString::fromUtf8(r.value().standardError).simplified();
            errors << DatabaseAuditChecks::tr("%1 could not be read: %2").arg(path, err.left(200));
        }
    }
    f.pgbouncerError = errors.join(QLatin1Char('\n'));
    return f;
}

// --- pg-stat-statements ------------------------------------------------------------------------------

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

StatStatementsFacts statStatementsFacts(Catalogue &catalogue, const Settings &settings)
{
    StatStatementsFacts f;
    const QString preload = QStringLiteral("shared_preload_libraries");
    if (!settings.error.isEmpty()) {
        f.preloadError = settings.error;
    } else if (settings.values.contains(preload)) {
        QStringList libraries;
        for (const QString &item :
             settings.values.value(preload).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString name = item.trimmed();
            if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
                name = name.mid(1, name.size() - 2);
            libraries << name;
        }
        f.preloadLibraries = libraries;
    } else {
        f.preloadError = notVisible(preload);
    }
    const Rows ext = catalogue.select(QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_extension e JOIN "
                                                     "pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
                                                     "WHERE e.extname = 'pg_stat_statements'"));
    if (!ext.ok) {
        f.extensionError = catalogue.reason(ext, QStringLiteral("pg_extension"), QString());
        return f;
    }
    f.extensionInstalled = !ext.records.isEmpty();
    if (!*f.extensionInstalled)
        return f;
    f.extensionSchema = ext.records.first().value(0).toString();
    if (!f.preloadLibraries) {
        // Without the setting, the view itself tells: it refuses when the library is not loaded.
        const Rows view = catalogue.select(QStringLiteral("SELECT 1 FROM %1.pg_stat_statements LIMIT 1")
                                               .arg(quotedIdentifier(f.extensionSchema)));
        if (view.ok)
            f.viewReadable = true;
        else if (view.sqlState == QLatin1String("55000"))
            f.viewReadable = false;
    }
    return f;
}

// --- wal-archiving -----------------------------------------------------------------------------------

WalArchivingFacts walArchivingFacts(Catalogue &catalogue, const Settings &settings)
{
    WalArchivingFacts f;
    if (!settings.error.isEmpty()) {
        f.settingsError = settings.error;
        return f;
    }
    f.archiveMode = settings.values.value(QStringLiteral("archive_mode"));
    if (f.archiveMode.isEmpty())
        f.settingsError = notVisible(QStringLiteral("archive_mode"));
    f.archiveLibrary = settings.values.value(QStringLiteral("archive_library"));
    if (settings.values.contains(QStringLiteral("archive_command")))
        f.archiveCommand = settings.values.value(QStringLiteral("archive_command"));
    else
        f.settingsError = notVisible(QStringLiteral("archive_command"));
    if (f.archiveMode.isEmpty() || f.archiveMode == QLatin1String("off"))
        return f;

    const Rows archiver = catalogue.select(QStringLiteral(
        "SELECT archived_count, coalesce(last_archived_wal, ''), last_archived_time, failed_count, "
        "coalesce(last_failed_wal, ''), last_failed_time FROM pg_catalog.pg_stat_archiver"));
    if (archiver.ok && !archiver.records.isEmpty()) {
        const QSqlRecord &r = archiver.records.first();
        f.archiverKnown = true;
        f.archivedCount = r.value(0).toLongLong();
        f.lastArchivedWal = r.value(1).toString();
        f.lastArchivedTime = r.value(2).isNull() ? QDateTime() : r.value(2).toDateTime().toUTC();
        f.failedCount = r.value(3).toLongLong();
        f.lastFailedWal = r.value(4).toString();
        f.lastFailedTime = r.value(5).isNull() ? QDateTime() : r.value(5).toDateTime().toUTC();
    } else {
        f.archiverError =
            catalogue.reason(archiver, QStringLiteral("pg_stat_archiver"), QStringLiteral("pg_monitor"));
    }
    const Rows ready = catalogue.select(QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_ls_archive_statusdir() WHERE name LIKE '%.ready'"));
    if (ready.ok && !ready.records.isEmpty())
        f.readySegments = ready.records.first().value(0).toLongLong();
    return f;
}

// --- replication -------------------------------------------------------------------------------------

ReplicationFacts replicationFacts(Catalogue &catalogue)
{
    ReplicationFacts f;
    const Rows standbys = catalogue.select(QStringLiteral(
        "SELECT coalesce(application_name, ''), coalesce(client_addr::text, ''), coalesce(state, ''), "
        "coalesce(sync_state, '') FROM pg_catalog.pg_stat_replication"));
    if (!standbys.ok) {
        f.error =
            catalogue.reason(standbys, QStringLiteral("pg_stat_replication"), QStringLiteral("pg_monitor"));
        return f;
    }
    for (const QSqlRecord &r : standbys.records)
        f.standbys << StandbyFact{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                  r.value(3).toString()};
    // How much WAL each slot holds back: from its restart_lsn to where the server writes (or, on a
    // standby, replays) now.
    const Rows slotRows = catalogue.select(
        QStringLiteral("SELECT slot_name, slot_type, active, restart_lsn IS NOT NULL AND "
                       "coalesce(wal_status, '') <> 'lost', "
                       "coalesce(pg_catalog.pg_wal_lsn_diff(CASE WHEN pg_catalog.pg_is_in_recovery() THEN "
                       "pg_catalog.pg_last_wal_replay_lsn() ELSE pg_catalog.pg_current_wal_lsn() END, "
                       "restart_lsn), 0)::bigint "
                       "FROM pg_catalog.pg_replication_slots ORDER BY slot_name"));
    if (!slotRows.ok) {
        f.error =
            catalogue.reason(slotRows, QStringLiteral("pg_replication_slots"), QStringLiteral("pg_monitor"));
        return f;
    }
    for (const QSqlRecord &r : slotRows.records)
        f.slotList << ReplicationSlotFact{r.value(0).toString(), r.value(1).toString(), r.value(2).toBool(),
                                          r.value(3).toBool(), std::max<qint64>(0, r.value(4).toLongLong())};
    f.known = true;
    return f;
}

// --- pg-ssl ------------------------------------------------------------------------------------------

SslFacts sslFacts(Catalogue &catalogue, const Settings &settings)
{
    SslFacts f;
    if (!settings.error.isEmpty()) {
        f.sslError = settings.error;
        return f;
    }
    f.ssl = settings.values.value(QStringLiteral("ssl"));
    if (f.ssl.isEmpty())
        f.sslError = notVisible(QStringLiteral("ssl"));
    const Rows hba = catalogue.select(QStringLiteral(
        "SELECT line_number, type, array_to_string(database, ','), array_to_string(user_name, ','), "
        "coalesce(address, ''), coalesce(netmask, ''), coalesce(auth_method, '') FROM "
        "pg_catalog.pg_hba_file_rules "
        "WHERE error IS NULL ORDER BY line_number"));
    if (!hba.ok) {
        f.hbaError = catalogue.reason(hba, QStringLiteral("pg_hba_file_rules"),
                                      DatabaseAuditChecks::tr("a superuser"));
        return f;
    }
    QList<HbaRuleFact> rules;
    for (const QSqlRecord &r : hba.records)
        rules << HbaRuleFact{r.value(0).toInt(),
                             r.value(1).toString(),
                             r.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                             r.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                             r.value(4).toString(),
                             r.value(5).toString(),
                             r.value(6).toString()};
    f.hbaRules = rules;
    return f;
}

} // namespace

DatabaseAuditChecks::DatabaseAuditChecks(QStringList pgbouncerIniPaths)
    : m_pgbouncerIniPaths(std::move(pgbouncerIniPaths))
{}

QStringList DatabaseAuditChecks::checkIds() const
{
    return DatabaseAuditEvaluator::checkIds();
}

AuditCheckResults DatabaseAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    AuditCheckResults results;
    Catalogue catalogue(context);
    std::optional<Settings> settings;
    const auto readOnce = [&]() -> const Settings & {
        if (!settings)
            settings = readSettings(catalogue);
        return *settings;
    };
    for (const QString &id : checkIds()) {
        if (!wanted.contains(id))
            continue;
        if (context.cancelled())
            break;
        if (context.starting)
            context.starting(id);
        if (id == QLatin1String("default-passwords")) {
            results << DatabaseAuditEvaluator::defaultPasswords(defaultPasswordFacts(context, catalogue));
        } else if (id == QLatin1String("pooler-mode")) {
            results << DatabaseAuditEvaluator::poolerMode(poolerFacts(context, m_pgbouncerIniPaths));
        } else if (const QString why = catalogue.unavailable(); !why.isEmpty()) {
            results << DatabaseAuditEvaluator::unknown(id, why);
        } else if (id == QLatin1String("pg-tuning")) {
            results << DatabaseAuditEvaluator::pgTuning(tuningFacts(context, readOnce()));
        } else if (id == QLatin1String("pg-stat-statements")) {
            results << DatabaseAuditEvaluator::statStatements(statStatementsFacts(catalogue, readOnce()));
        } else if (id == QLatin1String("wal-archiving")) {
            results << DatabaseAuditEvaluator::walArchiving(walArchivingFacts(catalogue, readOnce()),
                                                            context.now);
        } else if (id == QLatin1String("replication")) {
            results << DatabaseAuditEvaluator::replication(replicationFacts(catalogue));
        } else if (id == QLatin1String("pg-ssl")) {
            results << DatabaseAuditEvaluator::pgSsl(sslFacts(catalogue, readOnce()));
        }
    }
    return results;
}

} // namespace supadesk
