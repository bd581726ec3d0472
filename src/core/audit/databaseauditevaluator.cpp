// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseauditevaluator.h"

#include "core/locale/displayformat.h"
#include "core/setup/pgtuner.h"
#include "core/setup/secretaudit.h"
#include "core/setup/tuningcomparison.h"
#include "core/tls/pgsslconfig.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace supadesk {

namespace {

const QString kDefaultPasswords = QStringLiteral("default-passwords");
const QString kPgTuning = QStringLiteral("pg-tuning");
const QString kPoolerMode = QStringLiteral("pooler-mode");
const QString kStatStatements = QStringLiteral("pg-stat-statements");
const QString kWalArchiving = QStringLiteral("wal-archiving");
const QString kReplication = QStringLiteral("replication");
const QString kPgSsl = QStringLiteral("pg-ssl");

AuditCheckResult result(const QString &id, AuditStatus status, const QStringList &evidence)
{
    AuditCheckResult r;
    r.id = id;
    r.area = AuditArea::Host;
    r.status = status;
    r.title = DatabaseAuditEvaluator::title(id);
    r.why = DatabaseAuditEvaluator::why(id);
    r.evidence = evidence.join(QLatin1Char('\n'));
    return r;
}

AuditFix setupPage(const QString &page)
{
    AuditFix fix;
    fix.kind = AuditFix::Kind::SetupPage;
    fix.setupPage = page;
    return fix;
}

QString joinReasons(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty() || a == b)
        return a;
    return a + QLatin1Char('\n') + b;
}

} // namespace

QStringList DatabaseAuditEvaluator::checkIds()
{
    return {kDefaultPasswords, kPgTuning, kPoolerMode, kStatStatements, kWalArchiving, kReplication, kPgSsl};
}

QString DatabaseAuditEvaluator::title(const QString &id)
{
    if (id == kDefaultPasswords)
        return tr("Default passwords");
    if (id == kPgTuning)
        return tr("PostgreSQL tuning");
    if (id == kPoolerMode)
        return tr("Pooler in transaction mode");
    if (id == kStatStatements)
        return tr("Query statistics (pg_stat_statements)");
    if (id == kWalArchiving)
        return tr("WAL archiving");
    if (id == kReplication)
        return tr("Replication");
    if (id == kPgSsl)
        return tr("SSL for database connections");
    return id;
}

QString DatabaseAuditEvaluator::why(const QString &id)
{
    if (id == kDefaultPasswords)
        return tr("The production checklist asks for all default passwords changed: env.example's values are "
                  "public, so anyone who reaches the stack can log in with them.");
    if (id == kPgTuning)
        return tr(
            "The production checklist asks for PostgreSQL tuned to the host: the defaults use a fraction "
            "of the memory and plan for spinning disks.");
    if (id == kPoolerMode)
        return tr("The production checklist asks for the pooler in transaction mode, so that many clients "
                  "share a few server connections.");
    if (id == kStatStatements)
        return tr("Monitoring needs query statistics: without pg_stat_statements, slow queries cannot be "
                  "found after the fact.");
    if (id == kWalArchiving)
        return tr("Backups and a tested restore need archived WAL for point-in-time recovery; a failing "
                  "archiver also fills the disk with WAL.");
    if (id == kReplication)
        return tr("The production checklist asks for replication: a standby takes over when the server "
                  "fails, and an abandoned slot keeps WAL until the disk is full.");
    if (id == kPgSsl)
        return tr("The production checklist asks for encryption in transit: without SSL, passwords and data "
                  "cross the network in clear text.");
    return {};
}

AuditCheckResult DatabaseAuditEvaluator::unknown(const QString &id, const QString &reason)
{
    return result(id, AuditStatus::Unknown, {reason});
}

QStringList DatabaseAuditEvaluator::exampleSecretKeys()
{
    return {QStringLiteral("POSTGRES_PASSWORD"),
            QStringLiteral("DASHBOARD_PASSWORD"),
            QStringLiteral("SECRET_KEY_BASE"),
            QStringLiteral("VAULT_ENC_KEY"),
            QStringLiteral("PG_META_CRYPTO_KEY"),
            QStringLiteral("LOGFLARE_PUBLIC_ACCESS_TOKEN"),
            QStringLiteral("LOGFLARE_PRIVATE_ACCESS_TOKEN"),
            QStringLiteral("S3_PROTOCOL_ACCESS_KEY_ID"),
            QStringLiteral("S3_PROTOCOL_ACCESS_KEY_SECRET"),
            QStringLiteral("MINIO_ROOT_PASSWORD")};
}

QStringList DatabaseAuditEvaluator::internalRoles()
{
    return {QStringLiteral("postgres"),
            QStringLiteral("supabase_admin"),
            QStringLiteral("authenticator"),
            QStringLiteral("supabase_auth_admin"),
            QStringLiteral("supabase_storage_admin"),
            QStringLiteral("supabase_functions_admin"),
            QStringLiteral("pgbouncer"),
            QStringLiteral("supabase_replication_admin"),
            QStringLiteral("supabase_read_only_user")};
}

QStringList DatabaseAuditEvaluator::tunedSettings()
{
    return {QStringLiteral("shared_buffers"),
            QStringLiteral("effective_cache_size"),
            QStringLiteral("work_mem"),
            QStringLiteral("maintenance_work_mem"),
            QStringLiteral("wal_buffers"),
            QStringLiteral("max_wal_size"),
            QStringLiteral("random_page_cost"),
            QStringLiteral("effective_io_concurrency"),
            QStringLiteral("max_worker_processes")};
}

AuditCheckResult DatabaseAuditEvaluator::defaultPasswords(const DefaultPasswordFacts &f)
{
    QStringList bad;     // evidence of a failure
    QStringList objects; // keys and roles
    QStringList untold;  // what could not be checked
    bool postgresPassword = false;

    if (f.envError.isEmpty()) {
        for (const QString &key : exampleSecretKeys()) {
            if (!SecretAudit::isExampleValue(key, f.env.value(key)))
                continue;
            const int line = f.envLines.value(key);
            bad << (line > 0 ? tr("%1 in %2 (line %3) still has env.example's value.")
                                   .arg(key, f.envPath)
                                   .arg(line)
                             : tr("%1 in %2 still has env.example's value.").arg(key, f.envPath));
            objects << key;
            postgresPassword = postgresPassword || key == QLatin1String("POSTGRES_PASSWORD");
        }
    } else {
        untold << tr("The .env could not be read: %1").arg(f.envError);
    }

    QStringList rejected;
    if (!f.loginError.isEmpty())
        untold << tr("No login was tried: %1").arg(f.loginError);
    for (const RoleLoginProbe &p : f.logins) {
        switch (p.outcome) {
        case RoleLoginProbe::Outcome::ExampleAccepted:
            bad << tr("The role %1 can log in with env.example's POSTGRES_PASSWORD.").arg(p.role);
            objects << p.role;
            postgresPassword = true;
            break;
        case RoleLoginProbe::Outcome::ExampleRejected:
            rejected << p.role;
            break;
        case RoleLoginProbe::Outcome::AnyPasswordAccepted:
            untold
                << tr("The server accepts any password for %1 from here (trust), so its password cannot be "
                      "tested.")
                       .arg(p.role);
            break;
        case RoleLoginProbe::Outcome::NotTried:
            untold << tr("The login as %1 could not be tried: %2").arg(p.role, p.error);
            break;
        }
    }
    if (f.loginError.isEmpty() && f.logins.isEmpty())
        untold << tr("None of Supabase's internal roles can log in on this server.");

    const QString refused =
        rejected.isEmpty()
            ? QString()
            : tr("The example password is refused for: %1.").arg(rejected.join(QStringLiteral(", ")));
    if (!bad.isEmpty()) {
        AuditCheckResult r = result(kDefaultPasswords, AuditStatus::Fail, bad + untold);
        r.objects = objects;
        if (postgresPassword) {
            r.fix.kind = AuditFix::Kind::PasswordRotation;
            r.fixText =
                tr("Rotate the database password: every internal role gets a new one, the .env follows "
                   "and the services restart. Replace the other example values on the Setup wizard's "
                   "Secrets page.");
        } else {
            r.fix = setupPage(QStringLiteral("secrets"));
            r.fixText = tr("Generate new values for these keys on the Setup wizard's Secrets page.");
        }
        return r;
    }
    if (!untold.isEmpty()) {
        QStringList evidence = untold;
        if (!refused.isEmpty())
            evidence.prepend(refused);
        return result(kDefaultPasswords, AuditStatus::Unknown, evidence);
    }
    QStringList evidence{tr("No example value of env.example is left in %1.").arg(f.envPath)};
    if (!refused.isEmpty())
        evidence << refused;
    return result(kDefaultPasswords, AuditStatus::Pass, evidence);
}

AuditCheckResult DatabaseAuditEvaluator::pgTuning(const TuningFacts &f)
{
    if (f.cpus <= 0 || f.memTotalKb <= 0)
        return unknown(kPgTuning, f.hostError.isEmpty()
                                      ? tr("The host's size (CPUs and memory) is unknown.")
                                      : tr("The host's size is unknown: %1").arg(f.hostError));
    if (!f.settingsError.isEmpty())
        return unknown(kPgTuning, f.settingsError);

    HostProfile host;
    host.ramMb = f.memTotalKb / 1024;
    host.cpus = f.cpus;
    host.storage = f.rotational.value_or(false) ? StorageKind::Hdd : StorageKind::Ssd;
    // The connections the operator chose are the tuner's input, not something to judge: work_mem is
    // sized for them.
    bool numeric = false;
    const int connections = f.settings.value(QStringLiteral("max_connections")).toInt(&numeric);
    if (numeric)
        host.connections = std::clamp(connections, 20, 10000);
    const Result<PgSettings> tuned = PgTuner::tune(host);
    if (!tuned.ok())
        return unknown(kPgTuning, tuned.error().message);

    QStringList lines;
    QStringList off;
    QStringList missing;
    for (const QString &name : tunedSettings()) {
        const auto proposed = std::find_if(tuned.value().cbegin(), tuned.value().cend(),
                                           [&](const PgSetting &s) { return s.name == name; });
        if (proposed == tuned.value().cend())
            continue;
        if (!f.settings.contains(name)) {
            missing << name;
            continue;
        }
        const QString current = f.settings.value(name);
        const std::optional<double> have = TuningComparison::baseUnitValue(current);
        const std::optional<double> want = TuningComparison::baseUnitValue(proposed->value);
        bool isOff = false;
        if (have && want && *want > 0 && *have > 0) {
            const double ratio = *have / *want;
            isOff = ratio > kTuningFactor || ratio < 1.0 / kTuningFactor;
        } else if (have && want) {
            isOff = *have != *want;
        }
        const QString line = tr("%1: %2 (recommended %3)").arg(name, current, proposed->value);
        lines << line;
        if (isOff)
            off << name;
    }
    if (f.settings.contains(QStringLiteral("max_connections")))
        lines << tr("max_connections: %1 (the recommendation is sized for it)")
                     .arg(f.settings.value(QStringLiteral("max_connections")));
    if (lines.isEmpty())
        return unknown(kPgTuning, tr("The server reported none of the tuned settings."));

    QStringList evidence;
    evidence << tr("Host: %1 vCPU, %2 RAM, %3.")
                    .arg(f.cpus)
                    .arg(PgTuner::formatKb(f.memTotalKb / 1024 * 1024))
                    .arg(host.storage == StorageKind::Hdd ? tr("HDD") : tr("SSD"));
    evidence += lines;
    if (!missing.isEmpty())
        evidence << tr("Not reported by the server: %1.").arg(missing.join(QStringLiteral(", ")));
    if (off.isEmpty())
        return result(kPgTuning, AuditStatus::Pass, evidence);
    evidence.prepend(tr("%n setting(s) differ from the recommendation by more than a factor of %1: %2.",
                        nullptr, int(off.size()))
                         .arg(kTuningFactor)
                         .arg(off.join(QStringLiteral(", "))));
    AuditCheckResult r = result(kPgTuning, AuditStatus::Warn, evidence);
    r.objects = off;
    r.fix = setupPage(QStringLiteral("tuning"));
    r.fixText = tr("Apply the recommended settings on the Setup wizard's Tuning page (some need a restart of "
                   "the database).");
    return r;
}

AuditCheckResult DatabaseAuditEvaluator::poolerMode(const PoolerFacts &f)
{
    const bool pgbouncerRead = !f.pgbouncerPoolMode.isEmpty();
    if (f.kind == PoolerKind::Supavisor && !pgbouncerRead) {
        if (!f.envKnown)
            return unknown(kPoolerMode,
                           tr("Supavisor runs, but the .env could not be read: %1").arg(f.envError));
        if (!f.transactionPort.isEmpty())
            return result(kPoolerMode, AuditStatus::Pass,
                          {tr("Supavisor serves transaction mode on port %1 (%2).")
                               .arg(f.transactionPort, f.transactionSource.isEmpty()
                                                           ? QStringLiteral("POOLER_PROXY_PORT_TRANSACTION")
                                                           : f.transactionSource)});
        AuditCheckResult r = result(
            kPoolerMode, AuditStatus::Fail,
            {f.fromCompose ? tr("Supavisor runs, but its compose service publishes no transaction-mode port "
                                "(container port 6543).")
                           : tr("Supavisor runs, but the .env sets no POOLER_PROXY_PORT_TRANSACTION: no "
                                "transaction-mode port is published.")});
        r.fix = setupPage(QStringLiteral("pooling"));
        r.fixText = tr("Publish Supavisor's transaction port (6543) on the Setup wizard's Pooling page.");
        return r;
    }
    if (pgbouncerRead) {
        const QString seen =
            tr("PgBouncer's pool_mode is %1 (%2).").arg(f.pgbouncerPoolMode, f.pgbouncerSource);
        if (f.pgbouncerPoolMode.compare(QLatin1String("transaction"), Qt::CaseInsensitive) == 0)
            return result(kPoolerMode, AuditStatus::Pass, {seen});
        AuditCheckResult r = result(kPoolerMode, AuditStatus::Fail, {seen});
        r.fix = setupPage(QStringLiteral("pooling"));
        r.fixText = tr("Set pool_mode = transaction on the Setup wizard's Pooling page.");
        return r;
    }
    if (f.kind == PoolerKind::PgBouncer || (f.kind == PoolerKind::None && f.pgbouncerFound))
        return unknown(kPoolerMode,
                       tr("PgBouncer runs, but its pool_mode could not be read: %1").arg(f.pgbouncerError));
    if (f.kind == PoolerKind::None) {
        AuditCheckResult r = result(kPoolerMode, AuditStatus::Fail,
                                    {tr("The compose files run no pooler (neither Supavisor nor PgBouncer), "
                                        "and no PgBouncer was found "
                                        "on the host.")});
        if (!f.pgbouncerError.isEmpty())
            r.evidence += QLatin1Char('\n') + f.pgbouncerError;
        r.fix = setupPage(QStringLiteral("pooling"));
        r.fixText = tr("Set up a transaction pooler on the Setup wizard's Pooling page.");
        return r;
    }
    return unknown(kPoolerMode,
                   joinReasons(f.composeError.isEmpty()
                                   ? tr("The compose files could not be read.")
                                   : tr("The compose files could not be read: %1").arg(f.composeError),
                               f.pgbouncerError));
}

AuditCheckResult DatabaseAuditEvaluator::statStatements(const StatStatementsFacts &f)
{
    const QString library = QStringLiteral("pg_stat_statements");
    std::optional<bool> preloaded;
    QString preloadSeen;
    if (f.preloadLibraries) {
        preloaded = f.preloadLibraries->contains(library);
        preloadSeen = QStringLiteral("shared_preload_libraries = '%1'")
                          .arg(f.preloadLibraries->join(QStringLiteral(",")));
    } else if (f.viewReadable) {
        // The view answers only when the library is loaded: proof enough without pg_read_all_settings.
        preloaded = *f.viewReadable;
        preloadSeen = *f.viewReadable
                          ? tr("The pg_stat_statements view answers, so the library is loaded.")
                          : tr("The pg_stat_statements view refuses to answer: the library is not loaded.");
    }
    if (preloaded && !*preloaded) {
        AuditCheckResult r =
            result(kStatStatements, AuditStatus::Fail,
                   {preloadSeen, tr("pg_stat_statements is not in shared_preload_libraries.")});
        r.fix = setupPage(QStringLiteral("tuning"));
        r.fixText = tr("The Setup wizard's Tuning page adds pg_stat_statements to shared_preload_libraries; "
                       "the database must restart once.");
        return r;
    }
    if (f.extensionInstalled && !*f.extensionInstalled) {
        QStringList evidence{tr("The extension pg_stat_statements is not created in this database.")};
        if (!preloadSeen.isEmpty())
            evidence.prepend(preloadSeen);
        AuditCheckResult r = result(kStatStatements, AuditStatus::Warn, evidence);
        r.fix.kind = AuditFix::Kind::Sql;
        r.fix.preview = QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements;");
        r.fixText = tr("Create the extension (one statement, no restart).");
        return r;
    }
    if (!preloaded)
        return unknown(kStatStatements, joinReasons(f.preloadError, f.extensionError));
    if (!f.extensionInstalled)
        return unknown(kStatStatements, f.extensionError);
    return result(kStatStatements, AuditStatus::Pass,
                  {preloadSeen, tr("The extension is created in the schema %1.").arg(f.extensionSchema)});
}

AuditCheckResult DatabaseAuditEvaluator::walArchiving(const WalArchivingFacts &f, const QDateTime &now)
{
    if (f.archiveMode.isEmpty())
        return unknown(kWalArchiving,
                       f.settingsError.isEmpty() ? tr("archive_mode was not reported.") : f.settingsError);
    if (f.archiveMode == QLatin1String("off")) {
        AuditCheckResult r =
            result(kWalArchiving, AuditStatus::Warn,
                   {tr("archive_mode = off: WAL is not archived, so point-in-time recovery is "
                       "not possible.")});
        r.fix = setupPage(QStringLiteral("backups"));
        r.fixText = tr("Turn on WAL archiving to a backup location on the Setup wizard's Backups page.");
        return r;
    }
    const DisplayFormat format;
    QStringList evidence{QStringLiteral("archive_mode = %1").arg(f.archiveMode)};
    if (!f.archiveLibrary.isEmpty())
        evidence << QStringLiteral("archive_library = '%1'").arg(f.archiveLibrary);
    else if (!f.settingsError.isEmpty() && f.archiveCommand.isEmpty())
        evidence << f.settingsError;
    else
        evidence << QStringLiteral("archive_command = '%1'").arg(f.archiveCommand);

    if (f.archiveLibrary.isEmpty() && f.archiveCommand.trimmed().isEmpty() && f.settingsError.isEmpty()) {
        evidence << tr(
            "Archiving is on but nothing archives: WAL piles up in pg_wal until the disk is full.");
        AuditCheckResult r = result(kWalArchiving, AuditStatus::Fail, evidence);
        r.fix = setupPage(QStringLiteral("backups"));
        r.fixText = tr("Set an archive_command on the Setup wizard's Backups page, or turn archiving off.");
        return r;
    }
    if (!f.archiverKnown) {
        evidence << (f.archiverError.isEmpty() ? tr("pg_stat_archiver could not be read.") : f.archiverError);
        return result(kWalArchiving, AuditStatus::Unknown, evidence);
    }
    evidence << tr("%1 WAL file(s) archived, %2 failure(s) since the statistics were reset.")
                    .arg(f.archivedCount)
                    .arg(f.failedCount);
    if (f.lastArchivedTime.isValid())
        evidence
            << tr("Last archived: %1 at %2.").arg(f.lastArchivedWal, format.dateTime(f.lastArchivedTime));
    if (f.readySegments)
        evidence << tr("WAL files waiting for the archiver: %1.").arg(*f.readySegments);

    const bool failingNow = f.failedCount > 0 && f.lastFailedTime.isValid() &&
                            (!f.lastArchivedTime.isValid() || f.lastFailedTime > f.lastArchivedTime);
    if (failingNow) {
        evidence.prepend(
            tr("The archiver is failing: %1 could not be archived at %2, after the last success.")
                .arg(f.lastFailedWal, format.dateTime(f.lastFailedTime)));
        AuditCheckResult r = result(kWalArchiving, AuditStatus::Fail, evidence);
        r.objects = {f.lastFailedWal};
        r.fixText = tr("Read the database log for the archive_command's error and fix the command or its "
                       "target (space, permissions, credentials).");
        return r;
    }
    const bool waiting = f.readySegments && *f.readySegments > 0;
    const qint64 age = f.lastArchivedTime.isValid() ? f.lastArchivedTime.secsTo(now) : -1;
    if (waiting && (age < 0 || age > kArchiveAgeWarnSecs)) {
        evidence.prepend(age < 0 ? tr("WAL is waiting, but nothing has been archived yet.")
                                 : tr("The last WAL file was archived %1 ago, while WAL is waiting.")
                                       .arg(format.duration(age * 1000)));
        AuditCheckResult r = result(kWalArchiving, AuditStatus::Warn, evidence);
        r.fixText = tr("Check that the archiver keeps up: the archive_command may be slow or stuck.");
        return r;
    }
    return result(kWalArchiving, AuditStatus::Pass, evidence);
}

AuditCheckResult DatabaseAuditEvaluator::replication(const ReplicationFacts &f)
{
    if (!f.known)
        return unknown(kReplication, f.error);
    const DisplayFormat format;
    QStringList evidence;
    QStringList abandoned;
    for (const ReplicationSlotFact &s : f.slotList) {
        if (!s.active && s.retainsWal) {
            abandoned << s.name;
            evidence << tr("Slot %1 (%2) is inactive and retains %3 of WAL.")
                            .arg(s.name, s.type, format.bytes(s.retainedBytes));
        }
    }
    for (const StandbyFact &s : f.standbys)
        evidence << tr("Standby %1 (%2): %3, %4.")
                        .arg(s.name.isEmpty() ? tr("(unnamed)") : s.name,
                             s.address.isEmpty() ? tr("address hidden") : s.address,
                             s.state.isEmpty() ? tr("state hidden") : s.state,
                             s.syncState.isEmpty() ? QStringLiteral("-") : s.syncState);
    for (const ReplicationSlotFact &s : f.slotList)
        if (!abandoned.contains(s.name))
            evidence << tr("Slot %1 (%2): %3.").arg(s.name, s.type, s.active ? tr("active") : tr("inactive"));
    if (!abandoned.isEmpty()) {
        AuditCheckResult r = result(kReplication, AuditStatus::Fail, evidence);
        r.objects = abandoned;
        r.fix.kind = AuditFix::Kind::Sql;
        QStringList drops;
        for (const QString &name : abandoned)
            drops << QStringLiteral("SELECT pg_drop_replication_slot('%1');")
                         .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''")));
        r.fix.preview = drops.join(QLatin1Char('\n'));
        r.fixText = tr("Reconnect the standby or consumer of the slot, or drop the slot if nothing uses it "
                       "any more.");
        return r;
    }
    if (f.standbys.isEmpty()) {
        evidence.prepend(tr("No standby is connected."));
        AuditCheckResult r = result(kReplication, AuditStatus::Warn, evidence);
        r.fixText = tr("Set up a streaming standby (or a managed replica) and a runbook to promote it.");
        return r;
    }
    return result(kReplication, AuditStatus::Pass, evidence);
}

bool DatabaseAuditEvaluator::isLoopbackRule(const HbaRuleFact &rule)
{
    const QString a = rule.address.trimmed();
    if (a == QLatin1String("samehost") || a == QLatin1String("localhost") || a == QLatin1String("::1") ||
        a.startsWith(QLatin1String("::1/")))
        return true;
    if (!a.startsWith(QLatin1String("127.")))
        return false;
    // 127.0.0.1 with netmask 255.255.255.255, or a CIDR within 127.0.0.0/8.
    const int slash = a.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return rule.netmask.isEmpty() || rule.netmask.startsWith(QLatin1String("255."));
    return a.mid(slash + 1).toInt() >= 8;
}

AuditCheckResult DatabaseAuditEvaluator::pgSsl(const SslFacts &f)
{
    if (f.ssl.isEmpty())
        return unknown(kPgSsl, f.sslError.isEmpty() ? tr("The setting ssl was not reported.") : f.sslError);
    if (f.ssl != QLatin1String("on")) {
        AuditCheckResult r =
            result(kPgSsl, AuditStatus::Fail,
                   {tr("ssl = %1: the server accepts no encrypted connections.").arg(f.ssl)});
        r.fixText =
            tr("Give PostgreSQL a certificate (ssl_cert_file, ssl_key_file), set ssl = on and reload; "
               "then make remote pg_hba rules hostssl.");
        return r;
    }
    if (!f.hbaRules)
        return unknown(kPgSsl, joinReasons(QStringLiteral("ssl = on."), f.hbaError));
    QStringList plain;
    QStringList objects;
    for (const HbaRuleFact &rule : *f.hbaRules) {
        // The same rule the TLS page's pg_hba rewrite applies: loopback and Docker's own networks stay.
        if (!PgSslConfig::needsSsl(rule))
            continue;
        const QString address =
            rule.netmask.isEmpty() ? rule.address : rule.address + QLatin1Char('/') + rule.netmask;
        plain << tr("pg_hba.conf line %1: %2 %3 %4 %5 %6 allows connections without SSL.")
                     .arg(rule.line)
                     .arg(rule.type, rule.databases.join(QLatin1Char(',')), rule.users.join(QLatin1Char(',')),
                          address, rule.method);
        objects << QStringLiteral("pg_hba.conf:%1").arg(rule.line);
    }
    if (plain.isEmpty())
        return result(kPgSsl, AuditStatus::Pass,
                      {tr("ssl = on, and every rule for remote connections requires SSL (hostssl).")});
    plain.prepend(tr("ssl = on, but %n rule(s) for remote connections accept them unencrypted.", nullptr,
                     int(objects.size())));
    AuditCheckResult r = result(kPgSsl, AuditStatus::Warn, plain);
    r.objects = objects;
    r.fixText = tr("Change these pg_hba.conf rules from host to hostssl and reload PostgreSQL, once every "
                   "client connects with sslmode=require.");
    return r;
}

QString DatabaseAuditEvaluator::poolModeFromIni(const QString &ini)
{
    static const QRegularExpression section(QStringLiteral(R"(^\s*\[\s*([^\]]+?)\s*\]\s*$)"));
    static const QRegularExpression setting(QStringLiteral(R"(^\s*pool_mode\s*=\s*([A-Za-z]+)\s*$)"));
    QString current;
    QString mode;
    for (const QString &line : ini.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1Char(';')) || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch s = section.match(line);
        if (s.hasMatch()) {
            current = s.captured(1).toLower();
            continue;
        }
        if (current != QLatin1String("pgbouncer"))
            continue;
        const QRegularExpressionMatch m = setting.match(line);
        if (m.hasMatch())
            mode = m.captured(1).toLower(); // the last one wins, as PgBouncer reads it
    }
    return mode.isEmpty() ? QStringLiteral("session") : mode;
}

} // namespace supadesk
