// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditresult.h"

#include <QJsonArray>

#include <cmath>

namespace supadesk {

int AuditReport::score() const
{
    int counted = 0;
    double points = 0;
    for (const AuditCheckResult &check : checks) {
        switch (check.status) {
        case AuditStatus::Pass:
            points += 1;
            ++counted;
            break;
        case AuditStatus::Warn:
            points += 0.5;
            ++counted;
            break;
        case AuditStatus::Fail:
            ++counted;
            break;
        case AuditStatus::Unknown:
            break;
        }
    }
    if (counted == 0)
        return -1;
    return int(std::lround(100.0 * points / counted));
}

int AuditReport::count(AuditStatus status) const
{
    int n = 0;
    for (const AuditCheckResult &check : checks)
        n += check.status == status ? 1 : 0;
    return n;
}

AuditStatus AuditReport::worst() const
{
    AuditStatus worst = AuditStatus::Pass;
    for (const AuditCheckResult &check : checks) {
        if (auditSeverity(check.status) > auditSeverity(worst))
            worst = check.status;
    }
    return worst;
}

const AuditCheckResult *AuditReport::find(const QString &id) const
{
    for (const AuditCheckResult &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

QString auditStatusName(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Pass:
        return QStringLiteral("pass");
    case AuditStatus::Warn:
        return QStringLiteral("warn");
    case AuditStatus::Fail:
        return QStringLiteral("fail");
    case AuditStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<AuditStatus> auditStatusFromName(const QString &name)
{
    for (AuditStatus status :
         {AuditStatus::Pass, AuditStatus::Warn, AuditStatus::Fail, AuditStatus::Unknown}) {
        if (auditStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

int auditSeverity(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Fail:
        return 3;
    case AuditStatus::Warn:
        return 2;
    case AuditStatus::Unknown:
        return 1;
    case AuditStatus::Pass:
        break;
    }
    return 0;
}

QString auditAreaName(AuditArea area)
{
    return area == AuditArea::Database ? QStringLiteral("database") : QStringLiteral("host");
}

namespace {

QString fixKindName(AuditFix::Kind kind)
{
    switch (kind) {
    case AuditFix::Kind::SetupPage:
        return QStringLiteral("setup-page");
    case AuditFix::Kind::Command:
        return QStringLiteral("command");
    case AuditFix::Kind::Sql:
        return QStringLiteral("sql");
    case AuditFix::Kind::PasswordRotation:
        return QStringLiteral("password-rotation");
    case AuditFix::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

AuditFix::Kind fixKindFromName(const QString &name)
{
    for (AuditFix::Kind kind : {AuditFix::Kind::SetupPage, AuditFix::Kind::Command, AuditFix::Kind::Sql,
                                AuditFix::Kind::PasswordRotation}) {
        if (fixKindName(kind) == name)
            return kind;
    }
    return AuditFix::Kind::None;
}

} // namespace

QJsonObject auditReportToJson(const AuditReport &report)
{
    QJsonArray checks;
    for (const AuditCheckResult &check : report.checks) {
        QJsonObject item{{QStringLiteral("id"), check.id},
                         {QStringLiteral("area"), auditAreaName(check.area)},
                         {QStringLiteral("status"), auditStatusName(check.status)},
                         {QStringLiteral("title"), check.title},
                         {QStringLiteral("evidence"), check.evidence},
                         {QStringLiteral("why"), check.why},
                         {QStringLiteral("fix"), check.fixText},
                         {QStringLiteral("fixKind"), fixKindName(check.fix.kind)},
                         {QStringLiteral("objects"), QJsonArray::fromStringList(check.objects)}};
        if (!check.fix.setupPage.isEmpty())
            item.insert(QStringLiteral("fixPage"), check.fix.setupPage);
        if (!check.fix.preview.isEmpty())
            item.insert(QStringLiteral("fixPreview"), check.fix.preview);
        checks.append(item);
    }
    const int score = report.score();
    return QJsonObject{
        {QStringLiteral("stack"), report.stackName},
        {QStringLiteral("stackId"), report.stackId},
        {QStringLiteral("startedAt"), report.startedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("finishedAt"), report.finishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("score"), score < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(score)}};
}

std::optional<AuditReport> auditReportFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("checks")).isArray())
        return std::nullopt;
    AuditReport report;
    report.stackName = json.value(QStringLiteral("stack")).toString();
    report.stackId = json.value(QStringLiteral("stackId")).toString();
    report.startedAt = QDateTime::fromString(json.value(QStringLiteral("startedAt")).toString(), Qt::ISODate);
    report.finishedAt =
        QDateTime::fromString(json.value(QStringLiteral("finishedAt")).toString(), Qt::ISODate);
    report.cancelled = json.value(QStringLiteral("cancelled")).toBool();
    for (const QJsonValue &value : json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject item = value.toObject();
        const std::optional<AuditStatus> status =
            auditStatusFromName(item.value(QStringLiteral("status")).toString());
        const QString id = item.value(QStringLiteral("id")).toString();
        if (!status || id.isEmpty())
            return std::nullopt;
        AuditCheckResult check;
        check.id = id;
        check.area = item.value(QStringLiteral("area")).toString() == QLatin1String("database")
                         ? AuditArea::Database
                         : AuditArea::Host;
        check.status = *status;
        check.title = item.value(QStringLiteral("title")).toString();
        check.evidence = item.value(QStringLiteral("evidence")).toString();
        check.why = item.value(QStringLiteral("why")).toString();
        check.fixText = item.value(QStringLiteral("fix")).toString();
        check.fix.kind = fixKindFromName(item.value(QStringLiteral("fixKind")).toString());
        check.fix.setupPage = item.value(QStringLiteral("fixPage")).toString();
        check.fix.preview = item.value(QStringLiteral("fixPreview")).toString();
        for (const QJsonValue &object : item.value(QStringLiteral("objects")).toArray())
            check.objects.append(object.toString());
        report.checks.append(check);
    }
    return report;
}

} // namespace supadesk
