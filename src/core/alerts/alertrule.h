// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

enum class AlertSeverity { Info, Warning, Critical };

// What a rule watches. The server-side alerter (resources/probe/supadesk-alerter.sh) evaluates every
// kind from the probe's round and a few cheap facts (df, /proc/meminfo, one psql statement, openssl);
// the desktop evaluates ComponentDown from its own probes.
enum class AlertRuleKind {
    ComponentDown,       // target: a probe component; after the stack's failures-before-down
    BackupFailed,        // target: the backup log; its last line says FAILED
    BackupOlderThan,     // target: the backup folder; threshold: hours since the newest dump
    DiskAbove,           // target: a path on the data volume; threshold: % used
    MemoryAbove,         // threshold: % of memory not available
    ConnectionsAbove,    // threshold: % of max_connections
    ReplicationLagAbove, // threshold: bytes of replay lag (or slot retention) of the worst standby/slot
    WalArchivingFailing, // pg_stat_archiver's last failure is newer than its last success
    CertificateExpiring, // target: a PEM file on the server, or the probe's certificate component; threshold:
                         // days
    LongTransaction,     // threshold: minutes a transaction has been open
    ContainerTrouble, // target: the compose folder; a container restarting, OOM-killed, unhealthy or exited
    JwtKeys,          // target: the stack's .env; Supabase's demo keys, or keys expiring within N days
    // New kinds go here, at the end, with their row in kKinds (alertrule.cpp) and the alerter's case.
};

// One rule: a condition on one stack, how loud it is, how long the condition must hold before the
// alert fires (no flapping), and the sentence sent when it clears.
struct AlertRule
{
    QString id; // [a-z][a-z0-9_]*, at most 32 characters: a shell variable name on the server
    AlertRuleKind kind = AlertRuleKind::ComponentDown;
    AlertSeverity severity = AlertSeverity::Warning;
    double threshold = 0;
    int forSeconds = 0; // the condition holds at least this long before the alert fires
    QString target;     // component, path or file, by kind
    QString resolvedMessage;
    bool enabled = true;

    bool operator==(const AlertRule &) const = default;
};

// Names, units and limits of rule kinds and severities; the rule's validation.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AlertRules)
public:
    static QString kindKey(AlertRuleKind kind); // stable: "component_down", "disk_above", …
    static std::optional<AlertRuleKind> kindFromKey(const QString &key);
    static QList<AlertRuleKind> allKinds();
    static QString kindTitle(AlertRuleKind kind); // translated
    static QString severityKey(AlertSeverity severity);
    static std::optional<AlertSeverity> severityFromKey(const QString &key);
    static QString severityTitle(AlertSeverity severity); // translated

    static bool needsThreshold(AlertRuleKind kind);
    static bool needsTarget(AlertRuleKind kind);
    // The range a threshold of the kind may take (inclusive); a rule outside it never or always fires.
    static double minimumThreshold(AlertRuleKind kind);
    static double maximumThreshold(AlertRuleKind kind);
    static constexpr int MaxForSeconds = 86400;

    // The default message when the rule fires, and the default resolved message (translated).
    static QString firingText(const AlertRule &rule);
    static QString resolvedText(const AlertRule &rule);

    // alert.rule when the rule cannot work: a bad id, a threshold out of range (a disk above 100 %,
    // a negative lag, a certificate expiring within 0 days), a negative duration, a missing target.
    static Status validate(const AlertRule &rule);
    static bool validId(const QString &id);

    // A sensible set for a new stack: every component down, disk, connections, archiving, long
    // transactions, memory, containers and the JWT keys (of a stack in Supabase's usual folder).
    static QList<AlertRule> defaults();
    // For a stack with a standby: a warning when it falls behind, and a critical alert when WAL piles
    // up (a standby gone for long while its slot keeps everything). The server measures both as the
    // worse of the standbys' replay lag and the WAL a slot retains, in bytes.
    static QList<AlertRule> replicationDefaults();
};

} // namespace supadesk
