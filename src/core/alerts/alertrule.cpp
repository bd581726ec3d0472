// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alerts/alertrule.h"

#include <QRegularExpression>

#include <cmath>

namespace supadesk {

namespace {

struct KindInfo
{
    AlertRuleKind kind;
    const char *key;
    bool threshold;
    bool target;
    double min;
    double max;
};

// Thresholds are bounded where the quantity is: a percentage above 100 never fires, one of 0 always
// does; a lag, an age or a number of days is positive and below a limit no one means.
const KindInfo kKinds[] = {
    {AlertRuleKind::ComponentDown, "component_down", false, true, 0, 0},
    {AlertRuleKind::BackupFailed, "backup_failed", false, true, 0, 0},
    {AlertRuleKind::BackupOlderThan, "backup_older", true, true, 1, 24 * 366},
    {AlertRuleKind::DiskAbove, "disk_above", true, true, 1, 99.9},
    {AlertRuleKind::MemoryAbove, "memory_above", true, false, 1, 99.9},
    {AlertRuleKind::ConnectionsAbove, "connections_above", true, false, 1, 100},
    {AlertRuleKind::ReplicationLagAbove, "replication_lag_above", true, false, 1, 1e15},
    {AlertRuleKind::WalArchivingFailing, "wal_archiving_failing", false, false, 0, 0},
    {AlertRuleKind::CertificateExpiring, "certificate_expiring", true, true, 1, 3650},
    {AlertRuleKind::LongTransaction, "long_transaction", true, false, 1, 7 * 24 * 60},
    {AlertRuleKind::ContainerTrouble, "container_trouble", false, true, 0, 0},
    {AlertRuleKind::JwtKeys, "jwt_keys", true, true, 1, 3650},
};

const KindInfo &info(AlertRuleKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[0];
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

QString AlertRules::kindKey(AlertRuleKind kind)
{
    return QString::fromLatin1(info(kind).key);
}

std::optional<AlertRuleKind> AlertRules::kindFromKey(const QString &key)
{
    for (const KindInfo &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QList<AlertRuleKind> AlertRules::allKinds()
{
    QList<AlertRuleKind> kinds;
    for (const KindInfo &k : kKinds)
        kinds.append(k.kind);
    return kinds;
}

QString AlertRules::kindTitle(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::ComponentDown:
        return tr("Component down");
    case AlertRuleKind::BackupFailed:
        return tr("Backup failed");
    case AlertRuleKind::BackupOlderThan:
        return tr("Backup older than N hours");
    case AlertRuleKind::DiskAbove:
        return tr("Disk used above N %");
    case AlertRuleKind::MemoryAbove:
        return tr("Memory used above N %");
    case AlertRuleKind::ConnectionsAbove:
        return tr("Connections above N % of max_connections");
    case AlertRuleKind::ReplicationLagAbove:
        return tr("Replication lag above N bytes");
    case AlertRuleKind::WalArchivingFailing:
        return tr("WAL archiving failing");
    case AlertRuleKind::CertificateExpiring:
        return tr("Certificate expiring within N days");
    case AlertRuleKind::LongTransaction:
        return tr("Transaction open longer than N minutes");
    case AlertRuleKind::ContainerTrouble:
        return tr("Container restarting, out of memory or stopped");
    case AlertRuleKind::JwtKeys:
        return tr("Demo JWT keys, or keys expiring within N days");
    }
    return {};
}

QString AlertRules::severityKey(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return QStringLiteral("info");
    case AlertSeverity::Warning:
        return QStringLiteral("warning");
    case AlertSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<AlertSeverity> AlertRules::severityFromKey(const QString &key)
{
    for (AlertSeverity s : {AlertSeverity::Info, AlertSeverity::Warning, AlertSeverity::Critical})
        if (severityKey(s) == key)
            return s;
    return std::nullopt;
}

QString AlertRules::severityTitle(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return tr("Information");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Critical:
        return tr("Critical");
    }
    return {};
}

bool AlertRules::needsThreshold(AlertRuleKind kind)
{
    return info(kind).threshold;
}

bool AlertRules::needsTarget(AlertRuleKind kind)
{
    return info(kind).target;
}

double AlertRules::minimumThreshold(AlertRuleKind kind)
{
    return info(kind).min;
}

double AlertRules::maximumThreshold(AlertRuleKind kind)
{
    return info(kind).max;
}

QString AlertRules::firingText(const AlertRule &rule)
{
    const QString t = number(rule.threshold);
    switch (rule.kind) {
    case AlertRuleKind::ComponentDown:
        return tr("%1 is down").arg(rule.target);
    case AlertRuleKind::BackupFailed:
        return tr("The last backup failed");
    case AlertRuleKind::BackupOlderThan:
        return tr("The newest backup is older than %1 hours").arg(t);
    case AlertRuleKind::DiskAbove:
        return tr("Disk of %1 is more than %2 % full").arg(rule.target, t);
    case AlertRuleKind::MemoryAbove:
        return tr("More than %1 % of memory is in use").arg(t);
    case AlertRuleKind::ConnectionsAbove:
        return tr("Connections are above %1 % of max_connections").arg(t);
    case AlertRuleKind::ReplicationLagAbove:
        return tr("Replication lag is above %1 bytes").arg(t);
    case AlertRuleKind::WalArchivingFailing:
        return tr("WAL archiving is failing");
    case AlertRuleKind::CertificateExpiring:
        return tr("The certificate %1 expires within %2 days").arg(rule.target, t);
    case AlertRuleKind::LongTransaction:
        return tr("A transaction has been open for more than %1 minutes").arg(t);
    case AlertRuleKind::ContainerTrouble:
        return tr("A container of the stack is restarting, was killed for lack of memory or has stopped");
    case AlertRuleKind::JwtKeys:
        return tr("The stack's JWT keys are Supabase's public demo keys or expire within %1 days").arg(t);
    }
    return {};
}

QString AlertRules::resolvedText(const AlertRule &rule)
{
    if (!rule.resolvedMessage.trimmed().isEmpty())
        return rule.resolvedMessage.simplified();
    switch (rule.kind) {
    case AlertRuleKind::ComponentDown:
        return tr("%1 is up again").arg(rule.target);
    default:
        return tr("Resolved: %1").arg(firingText(rule));
    }
}

bool AlertRules::validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    return re.match(id).hasMatch();
}

Status AlertRules::validate(const AlertRule &rule)
{
    if (!validId(rule.id))
        return Error{ErrorCode::AlertRule,
                     tr("The rule id \"%1\" must start with a lower-case letter and hold only lower-case "
                        "letters, digits and underscores (at most 32).")
                         .arg(rule.id)};
    const KindInfo &k = info(rule.kind);
    if (k.threshold && (!std::isfinite(rule.threshold) || rule.threshold < k.min || rule.threshold > k.max))
        return Error{ErrorCode::AlertRule,
                     tr("The threshold of the rule \"%1\" (%2) must be between %3 and %4.")
                         .arg(rule.id, number(rule.threshold), number(k.min), number(k.max))};
    if (rule.forSeconds < 0 || rule.forSeconds > MaxForSeconds)
        return Error{
            ErrorCode::AlertRule,
            tr("The rule \"%1\" must hold for between 0 seconds and a day before it fires.").arg(rule.id)};
    if (k.target) {
        const QString target = rule.target.trimmed();
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@+-]+$"));
        if (target.isEmpty())
            return Error{ErrorCode::AlertRule,
                         tr("The rule \"%1\" needs a target (a component, a path or a file).").arg(rule.id)};
        if (!safe.match(target).hasMatch())
            return Error{ErrorCode::AlertRule,
                         tr("The target of the rule \"%1\" may hold only letters, digits and . _ / : @ + -")
                             .arg(rule.id)};
        // A certificate is a PEM file, or the probe's component that reads it from the proxy.
        if (rule.kind != AlertRuleKind::ComponentDown && rule.kind != AlertRuleKind::CertificateExpiring &&
            !target.startsWith(QLatin1Char('/')))
            return Error{
                ErrorCode::AlertRule,
                tr("The target of the rule \"%1\" must be an absolute path on the server.").arg(rule.id)};
    }
    if (rule.resolvedMessage.contains(QLatin1Char('\n')) || rule.resolvedMessage.size() > 300)
        return Error{ErrorCode::AlertRule,
                     tr("The resolved message of the rule \"%1\" must be one line of at most 300 characters.")
                         .arg(rule.id)};
    return success();
}

QList<AlertRule> AlertRules::defaults()
{
    QList<AlertRule> rules;
    const auto add = [&rules](const char *id, AlertRuleKind kind, AlertSeverity severity, double threshold,
                              int forSeconds, const QString &target = {}) {
        AlertRule r;
        r.id = QString::fromLatin1(id);
        r.kind = kind;
        r.severity = severity;
        r.threshold = threshold;
        r.forSeconds = forSeconds;
        r.target = target;
        rules.append(r);
    };
    for (const char *c : {"postgres", "auth", "rest", "realtime", "storage"})
        add((QByteArray("down_") + c).constData(), AlertRuleKind::ComponentDown, AlertSeverity::Critical, 0,
            0, QString::fromLatin1(c));
    add("disk", AlertRuleKind::DiskAbove, AlertSeverity::Warning, 85, 300, QStringLiteral("/"));
    add("connections", AlertRuleKind::ConnectionsAbove, AlertSeverity::Warning, 80, 300);
    add("wal_archiving", AlertRuleKind::WalArchivingFailing, AlertSeverity::Critical, 0, 600);
    add("long_transaction", AlertRuleKind::LongTransaction, AlertSeverity::Warning, 30, 0);
    add("memory", AlertRuleKind::MemoryAbove, AlertSeverity::Warning, 90, 300);
    add("containers", AlertRuleKind::ContainerTrouble, AlertSeverity::Critical, 0, 120,
        QStringLiteral("/opt/supabase/supabase/docker"));
    add("jwt_keys", AlertRuleKind::JwtKeys, AlertSeverity::Warning, 30, 0,
        QStringLiteral("/opt/supabase/supabase/docker/.env"));
    return rules;
}

QList<AlertRule> AlertRules::replicationDefaults()
{
    AlertRule lag;
    lag.id = QStringLiteral("replication_lag");
    lag.kind = AlertRuleKind::ReplicationLagAbove;
    lag.severity = AlertSeverity::Warning;
    lag.threshold = 256.0 * 1024 * 1024;
    lag.forSeconds = 300;
    AlertRule retained = lag;
    retained.id = QStringLiteral("slot_retention");
    retained.severity = AlertSeverity::Critical;
    retained.threshold = 1024.0 * 1024 * 1024;
    retained.forSeconds = 600;
    return {lag, retained};
}

} // namespace supadesk
