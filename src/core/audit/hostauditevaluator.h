// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/audit/stacklayout.h"
#include "core/backup/backupcatalogue.h"
#include "core/backup/drillresult.h"
#include "core/setup/hostfacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// One running container as `docker ps` and `docker inspect` describe it.
struct DockerContainer
{
    QString name;              // "supabase-db"
    QString ports;             // docker ps's Ports column: "0.0.0.0:5432->5432/tcp, :::5432->5432/tcp"
    QString composeWorkingDir; // label com.docker.compose.project.working_dir (empty when not Compose's)
    qint64 memoryLimit = -1;   // HostConfig.Memory in bytes; 0: no limit; -1: not inspected
};

// `ufw status verbose`, read.
struct UfwStatus
{
    bool active = false;
    QString defaultIncoming; // "deny", "reject", "allow"; empty when not printed (inactive)
    QStringList allowRules;  // the "To" column of ALLOW/LIMIT rules, e.g. "22/tcp", "OpenSSH"
};

// Everything the host checks look at, read once per stack (HostAuditChecks fills it over SSH). Every
// part has its own error: a part that could not be read makes only the checks that need it Unknown.
struct HostAuditFacts
{
    QDateTime now; // UTC
    int sshPort = 22;
    int stackDbPort = 0;     // the stack's database port on the server (Stack::dbPort); 0: none
    int stackPoolerPort = 0; // Stack::poolerPort; 0: none

    HostFacts host;
    QString hostError;

    QHash<QString, QString> env;
    QHash<QString, int> envLines;
    QString envPath;
    QString envError;

    StackLayout layout;
    QString layoutError;

    // `docker ps` / `docker inspect`; empty dockerError with no containers: Docker answered, nothing runs.
    QList<DockerContainer> containers;
    QString dockerError;
    QString installDir; // to tell this stack's containers by their Compose working directory

    std::optional<UfwStatus> ufw;
    QString ufwError;

    // /etc/logrotate.d, file name → text; logrotateError when it could not be listed.
    QHash<QString, QString> logrotate;
    QString logrotateError;

    QString backupDir;
    QString backupLog;
    bool backupDirExists = false;
    // The backup directory's files (BackupCatalogueReader::parseListing) and the backup log's last lines:
    // the Backups tab's catalogue, judged by the same BackupHealth.
    QList<BackupFile> backupFiles;
    QString backupLogText;
    bool backupLogExists = false;
    QString backupError;

    // The stack's newest restore drill from the local drill history (none: never drilled here).
    std::optional<DrillResult> lastDrill;
};

// The verdicts of the audit's host checks, from facts alone (no I/O), with their evidence, reason and
// fix, all translated.
class HostAuditEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::HostAuditEvaluator)

public:
    // Within this many days of its expiry an API key is a warning.
    static constexpr int kKeyExpiryWarningDays = 60;
    // (A dump's age limit is BackupHealth::kMaxAgeHours, shared with the Backups tab.)
    // A passing restore drill older than this is a warning: the checklist asks for monthly drills.
    static constexpr int kDrillMaxAgeDays = 35;
    static constexpr int kDiskWarnPercent = 20;
    static constexpr int kDiskFailPercent = 10;
    // A JWT_SECRET whose characters carry fewer bits than this (Shannon estimate) is guessable.
    static constexpr int kMinJwtSecretBits = 100;

    // In the order the audit shows them.
    static QStringList checkIds();
    // One check's verdict; an id that is not a host check gives Unknown.
    static AuditCheckResult evaluate(const QString &id, const HostAuditFacts &facts);

    static AuditCheckResult demoJwtKeys(const HostAuditFacts &facts);
    static AuditCheckResult jwtSecretStrength(const HostAuditFacts &facts);
    static AuditCheckResult dbPortPublic(const HostAuditFacts &facts);
    static AuditCheckResult poolerPortPublic(const HostAuditFacts &facts);
    static AuditCheckResult firewallActive(const HostAuditFacts &facts);
    static AuditCheckResult logRotation(const HostAuditFacts &facts);
    static AuditCheckResult dockerLimits(const HostAuditFacts &facts);
    static AuditCheckResult diskSpace(const HostAuditFacts &facts);
    static AuditCheckResult backupsRecent(const HostAuditFacts &facts);
    static AuditCheckResult restoreTested(const HostAuditFacts &facts);
    static AuditCheckResult versions(const HostAuditFacts &facts);

    // Parsers of what the commands print.
    static UfwStatus parseUfwStatus(const QString &output);
    // `docker ps --format '{{.Names}}\t{{.Ports}}\t{{...working_dir label}}'` then a line "@@inspect" and
    // `docker inspect --format '{{.Name}}\t{{.HostConfig.Memory}}'`.
    static QList<DockerContainer> parseDocker(const QString &output);
    // The Ports column: "0.0.0.0:5432->5432/tcp, :::6543->6543/tcp, 8000/tcp".
    static QList<PublishedPort> parseDockerPorts(const QString &container, const QString &ports);
    // Shannon entropy of the characters, in bits for the whole string.
    static double entropyBits(const QString &value);
    // The containers of the stack: those Compose started from `installDir`, else every supabase-* one.
    static QList<DockerContainer> stackContainers(const HostAuditFacts &facts);
};

} // namespace supadesk
