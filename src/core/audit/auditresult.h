// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// The verdict of one audit check. Unknown is "could not check": the evidence says why (no sudo, no
// pg_monitor, no .env, the gateway timed out), and it never counts as a pass or a failure.
enum class AuditStatus { Pass, Warn, Fail, Unknown };

// Host checks read the server (files, sockets, firewall, containers, endpoints); database checks are
// the advisors a developer reads (RLS, indexes, functions).
enum class AuditArea { Host, Database };

// What the fix button of a check does.
struct AuditFix
{
    enum class Kind {
        None,             // nothing to click: the fix text says what to do
        SetupPage,        // open the Setup wizard on `setupPage`
        Command,          // run `preview` on the server (shown first, backed up and rolled back like Setup)
        Sql,              // run `preview` in the database in one transaction, on confirmation
        PasswordRotation, // the live password rotation (PasswordRotator)
    };
    Kind kind = Kind::None;
    QString
        setupPage; // SetupPage: "preflight", "secrets", "tuning", "pooling", "firewall", "backups", "review"
    QString preview; // Command / Sql: exactly what will run
    bool operator==(const AuditFix &) const = default;
};

// One check's answer for one stack.
struct AuditCheckResult
{
    QString id; // stable, kebab-case: "demo-jwt-keys", "rls-disabled-in-public"
    AuditArea area = AuditArea::Host;
    AuditStatus status = AuditStatus::Unknown;
    QString title;    // translated: what was checked ("Example API keys")
    QString evidence; // translated: what was seen (the value, file:line, port and address, the date)
    QString why;      // translated: one sentence, tied to the production checklist
    QString fixText;  // translated: what to do (empty when it passes)
    AuditFix fix;
    QStringList objects; // what the finding is about: roles, tables, ports, files (not translated)
    bool operator==(const AuditCheckResult &) const = default;
};

using AuditCheckResults = QList<AuditCheckResult>;

// Every check of one stack in one run.
struct AuditReport
{
    QString stackId;
    QString stackName;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    bool cancelled = false;
    AuditCheckResults checks;

    // 0..100: a pass counts 1, a warning ½, a failure 0; checks that could not run are left out.
    // -1 when nothing could be checked.
    int score() const;
    int count(AuditStatus status) const;
    // Fail before Warn before Unknown before Pass (the order of a matrix sorted worst first).
    AuditStatus worst() const;
    const AuditCheckResult *find(const QString &id) const;
};

// JSON names, stable for the CLI and the history: "pass", "warn", "fail", "unknown".
QString auditStatusName(AuditStatus status);
std::optional<AuditStatus> auditStatusFromName(const QString &name);
// How bad a status is, for sorting worst first: Fail 3, Warn 2, Unknown 1, Pass 0.
int auditSeverity(AuditStatus status);
QString auditAreaName(AuditArea area); // "host", "database"

// The CLI's JSON: {"stack", "startedAt", "checks": [{"id","area","status","title","evidence","why","fix",
// "objects"}...], "score"}. "fix" is the fix text; the fix's command or SQL is "fixPreview" when there is
// one.
QJsonObject auditReportToJson(const AuditReport &report);
std::optional<AuditReport> auditReportFromJson(const QJsonObject &json);

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::AuditReport)
