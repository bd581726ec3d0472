// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <span>

namespace supadesk {

// Every machine-readable error code of Supadesk, in one place. The codes are a promise to scripts
// (supadesk-cli prints them, docs/cli.md lists them) and to tests, so the text of a code never changes;
// a new failure gets a new code here, in ErrorCatalogue's table and in docs/cli.md.
// Code files name a code through this enum: a misspelt code does not compile.
enum class ErrorCode {
    None,                     // no error: a default-constructed Error; not in the catalogue
    AdvisorFix,               // advisor.fix
    AlertChannel,             // alert.channel
    AlertChannelUnknown,      // alert.channel.unknown
    AlertInstall,             // alert.install
    AlertRule,                // alert.rule
    ApplyBundleEnv,           // apply.bundle.env
    ApplyBundleIncomplete,    // apply.bundle.incomplete
    ApplyBundleMissing,       // apply.bundle.missing
    ApplyBundleRead,          // apply.bundle.read
    ApplyEnvMalformed,        // apply.env.malformed
    ApplyEnvMissing,          // apply.env.missing
    ApplyPrivilegesMissing,   // apply.privileges.missing
    ApplyStepNoFile,          // apply.step.nofile
    AuditCancelled,           // audit.cancelled
    AuditCheckUnknown,        // audit.check.unknown
    AuditNotConnected,        // audit.notconnected
    AuditReportWrite,         // audit.report.write
    BackupCancelled,          // backup.cancelled
    BackupDisk,               // backup.disk
    BackupDrill,              // backup.drill
    BackupMissing,            // backup.missing
    BackupNewer,              // backup.newer
    BackupPath,               // backup.path
    BackupPort,               // backup.port
    BackupRetention,          // backup.retention
    BackupRunFolder,          // backup.run.folder
    BackupValue,              // backup.value
    BundleEnvMalformed,       // bundle.env.malformed
    ChartCsv,                 // chart.csv
    ChartPng,                 // chart.png
    CliForward,               // cli.forward
    CliNoStack,               // cli.nostack
    CliTunnel,                // cli.tunnel
    CliUsage,                 // cli.usage
    DsnInvalid,               // dsn.invalid
    ExplainCancel,            // explain.cancel
    ExplainClosed,            // explain.closed
    ExplainEmpty,             // explain.empty
    ExplainFailed,            // explain.failed
    ExplainPid,               // explain.pid
    ExplainRollback,          // explain.rollback
    ExplainSeveral,           // explain.several
    ExplainTransaction,       // explain.transaction
    FirewallConflict,         // firewall.conflict
    FirewallPort,             // firewall.port
    FirewallRevert,           // firewall.revert
    FirewallSshClosed,        // firewall.sshclosed
    HistoryClosed,            // history.closed
    HistoryDamaged,           // history.damaged
    HistoryDir,               // history.dir
    HistoryMissing,           // history.missing
    HistoryOpen,              // history.open
    HistorySetAside,          // history.setaside
    HistorySql,               // history.sql
    HostConnectionsRange,     // host.connections.range
    HostContainer,            // host.container
    HostCpusRange,            // host.cpus.range
    HostRamFormat,            // host.ram.format
    HostRamRange,             // host.ram.range
    HostSample,               // host.sample
    HostStorage,              // host.storage
    HostWalArchive,           // host.walarchive
    HostWorkload,             // host.workload
    HypopgConnect,            // hypopg.connect
    HypopgCreate,             // hypopg.create
    HypopgCreateIndex,        // hypopg.create-index
    HypopgNotCreated,         // hypopg.not-created
    HypopgQuery,              // hypopg.query
    HypopgUnavailable,        // hypopg.unavailable
    ImportInvalid,            // import.invalid
    JwtMalformed,             // jwt.malformed
    PgBouncerCommand,         // pgbouncer.command
    PgBouncerConnect,         // pgbouncer.connect
    PgBouncerNoLibpq,         // pgbouncer.nolibpq
    PgBouncerShow,            // pgbouncer.show
    PitrArchive,              // pitr.archive
    PitrRestore,              // pitr.restore
    PitrTarget,               // pitr.target
    PitrWalMissing,           // pitr.wal.missing
    PlanEmpty,                // plan.empty
    PlanJson,                 // plan.json
    PlanNone,                 // plan.none
    PlanRead,                 // plan.read
    PlanText,                 // plan.text
    PlanWrite,                // plan.write
    PreflightBatch,           // preflight.batch
    PrometheusParse,          // prometheus.parse
    ReplicaAuth,              // replica.auth
    ReplicaDisk,              // replica.disk
    ReplicaNetwork,           // replica.network
    ReplicaNotEmpty,          // replica.notempty
    ReplicaPromoteRefused,    // replica.promote.refused
    ReplicaRejoin,            // replica.rejoin
    ReplicaSlot,              // replica.slot
    ReplicaStep,              // replica.step
    ReplicaVersion,           // replica.version
    RotationEnv,              // rotation.env
    RotationHealth,           // rotation.health
    RotationRole,             // rotation.role
    RotationRollback,         // rotation.rollback
    RotationSecret,           // rotation.secret
    SchemaMigration,          // schema.migration
    SchemaNewer,              // schema.newer
    SchemaRead,               // schema.read
    SchemaScripts,            // schema.scripts
    SecretFailed,             // secret.failed
    SecretMissing,            // secret.missing
    SecretNoBackend,          // secret.nobackend
    SettingsWrite,            // settings.write
    SetupExportNoPlan,        // setup.export.noplan
    SetupExportProbe,         // setup.export.probe
    SetupExportWrite,         // setup.export.write
    SftpList,                 // sftp.list
    SftpListMissing,          // sftp.list.missing
    SftpOwner,                // sftp.owner
    SftpRead,                 // sftp.read
    SftpRename,               // sftp.rename
    SftpStart,                // sftp.start
    SftpWrite,                // sftp.write
    SignalConnect,            // signal.connect
    SignalGone,               // signal.gone
    SignalRefused,            // signal.refused
    SqlConnection,            // sql.connection
    SqlFailed,                // sql.failed
    SshAgentAbsent,           // ssh.agent.absent
    SshAuthError,             // ssh.auth.error
    SshAuthFailed,            // ssh.auth.failed
    SshAuthKeyBadPassphrase,  // ssh.auth.key.badpassphrase
    SshAuthKeyInvalid,        // ssh.auth.key.invalid
    SshAuthKeyMissing,        // ssh.auth.key.missing
    SshAuthKeyPassphrase,     // ssh.auth.key.passphrase
    SshAuthKeyUnreadable,     // ssh.auth.key.unreadable
    SshAuthPartial,           // ssh.auth.partial
    SshAuthPasswordMissing,   // ssh.auth.password.missing
    SshCancelled,             // ssh.cancelled
    SshConfigHostname,        // ssh.config.hostname
    SshDns,                   // ssh.dns
    SshExec,                  // ssh.exec
    SshForwardBind,           // ssh.forward.bind
    SshForwardPortInUse,      // ssh.forward.portinuse
    SshForwardSocket,         // ssh.forward.socket
    SshHandshake,             // ssh.handshake
    SshHostKeyChanged,        // ssh.hostkey.changed
    SshHostKeyMalformed,      // ssh.hostkey.malformed
    SshHostKeyMissing,        // ssh.hostkey.missing
    SshHostKeyNone,           // ssh.hostkey.none
    SshHostKeyOtherType,      // ssh.hostkey.othertype
    SshHostKeyRevoked,        // ssh.hostkey.revoked
    SshHostKeyUnknown,        // ssh.hostkey.unknown
    SshJumpChannel,           // ssh.jump.channel
    SshJumpSocket,            // ssh.jump.socket
    SshJumpSyntax,            // ssh.jump.syntax
    SshKnownHostsChanged,     // ssh.knownhosts.changed
    SshKnownHostsReadOnly,    // ssh.knownhosts.readonly
    SshKnownHostsUnreadable,  // ssh.knownhosts.unreadable
    SshKnownHostsUnwritable,  // ssh.knownhosts.unwritable
    SshLost,                  // ssh.lost
    SshNotConnected,          // ssh.notconnected
    SshPoll,                  // ssh.poll
    SshRefused,               // ssh.refused
    SshTimeout,               // ssh.timeout
    SshUnreachable,           // ssh.unreachable
    StackDuplicate,           // stack.duplicate
    StackInvalid,             // stack.invalid
    StackUnknown,             // stack.unknown
    StatementsConnect,        // statements.connect
    StatementsCreate,         // statements.create
    StatementsNotCreated,     // statements.not-created
    StatementsNotLoaded,      // statements.not-loaded
    StatementsQuery,          // statements.query
    StatementsReset,          // statements.reset
    StatsConnect,             // stats.connect
    StatsSample,              // stats.sample
    StatsVersion,             // stats.version
    SupavisorMetrics,         // supavisor.metrics
    TlsAcme,                  // tls.acme
    TlsConfig,                // tls.config
    TlsDns,                   // tls.dns
    TlsPort,                  // tls.port
    TlsValue,                 // tls.value
    TlsVerify,                // tls.verify
    UptimeClosed,             // uptime.closed
    UptimeDamaged,            // uptime.damaged
    UptimeDir,                // uptime.dir
    UptimeInstallBusy,        // uptime.install.busy
    UptimeInstallCancelled,   // uptime.install.cancelled
    UptimeInstallCurl,        // uptime.install.curl
    UptimeInstallHost,        // uptime.install.host
    UptimeInstallResource,    // uptime.install.resource
    UptimeInstallStep,        // uptime.install.step
    UptimeInstallSudo,        // uptime.install.sudo
    UptimeInstallUnprepared,  // uptime.install.unprepared
    UptimeMaintenanceEmpty,   // uptime.maintenance.empty
    UptimeMaintenanceMissing, // uptime.maintenance.missing
    UptimeMaintenanceRange,   // uptime.maintenance.range
    UptimeMaintenanceUnknown, // uptime.maintenance.unknown
    UptimeOpen,               // uptime.open
    UptimePullBusy,           // uptime.pull.busy
    UptimePullCancelled,      // uptime.pull.cancelled
    UptimePullOffline,        // uptime.pull.offline
    UptimeReportCancelled,    // uptime.report.cancelled
    UptimeReportLanguage,     // uptime.report.language
    UptimeReportNoStacks,     // uptime.report.nostacks
    UptimeReportWrite,        // uptime.report.write
    UptimeSetAside,           // uptime.setaside
    UptimeSql,                // uptime.sql
    UptimeTarget,             // uptime.target
    UptimeTargetRange,        // uptime.target.range
};

// How supadesk-cli ends (see docs/cli.md): 0 done, 1 a check or step failed, 2 the command line or its
// input was wrong, 3 apply failed and could not restore the server, 255 no SSH connection (as ssh(1)).
enum class ExitStatus : int { Ok = 0, Failed = 1, Usage = 2, NotRestored = 3, NoConnection = 255 };

struct ErrorCodeInfo
{
    ErrorCode id;
    const char *code;        // stable, lower-case and dotted: "ssh.hostkey.unknown"
    ExitStatus exitStatus;   // what supadesk-cli exits with when this error ends a command
    const char *description; // English; ErrorCatalogue::description() translates it
};

// The table behind ErrorCode: its text, exit status and a short, translatable description.
class ErrorCatalogue
{
public:
    static std::span<const ErrorCodeInfo> all();
    static QString code(ErrorCode id);   // empty for ErrorCode::None
    static int exitStatus(ErrorCode id); // ExitStatus::Failed for ErrorCode::None
    static QString description(ErrorCode id);
    // The enum of a code's text, for codes that arrive as text (a signal's argument, say).
    static std::optional<ErrorCode> fromCode(QStringView code);
};

} // namespace supadesk
