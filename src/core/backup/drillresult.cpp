// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillresult.h"

#include <QJsonArray>

namespace supadesk {

namespace {

constexpr std::pair<DrillTable::Verdict, const char *> kVerdicts[] = {
    {DrillTable::Verdict::Match, "match"},
    {DrillTable::Verdict::Changed, "changed"},
    {DrillTable::Verdict::Mismatch, "mismatch"},
    {DrillTable::Verdict::MissingInRestore, "missing-in-restore"},
    {DrillTable::Verdict::MissingInLive, "missing-in-live"},
};

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

QStringList DrillResult::tablesNotOk() const
{
    QStringList out;
    for (const DrillTable &t : tables)
        if (!t.ok())
            out << t.qualifiedName();
    return out;
}

QString drillVerdictText(DrillTable::Verdict verdict)
{
    for (const auto &[v, text] : kVerdicts)
        if (v == verdict)
            return QString::fromLatin1(text);
    return {};
}

QJsonObject drillResultToJson(const DrillResult &r)
{
    QJsonArray tables;
    for (const DrillTable &t : r.tables)
        tables.append(QJsonObject{
            {QStringLiteral("schema"), t.schema},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("liveRows"), t.liveRows < 0 ? QJsonValue() : QJsonValue(double(t.liveRows))},
            {QStringLiteral("liveExact"), t.liveExact},
            {QStringLiteral("restoredRows"),
             t.restoredRows < 0 ? QJsonValue() : QJsonValue(double(t.restoredRows))},
            {QStringLiteral("allowed"), double(t.allowed)},
            {QStringLiteral("verdict"), drillVerdictText(t.verdict)},
        });
    QJsonArray queries;
    for (const DrillQuery &q : r.queries)
        queries.append(QJsonObject{{QStringLiteral("sql"), q.sql},
                                   {QStringLiteral("rows"), double(q.rows)},
                                   {QStringLiteral("error"), q.error}});
    return QJsonObject{
        {QStringLiteral("status"), r.passed() ? QStringLiteral("pass") : QStringLiteral("fail")},
        {QStringLiteral("stackId"), r.stackId},
        {QStringLiteral("dump"), r.dumpFile},
        {QStringLiteral("globals"), r.globalsFile},
        {QStringLiteral("startedAt"), iso(r.startedAt)},
        {QStringLiteral("durationMs"), double(r.durationMs)},
        {QStringLiteral("dumpCreatedAt"), iso(r.dumpCreatedAt)},
        {QStringLiteral("dumpedFrom"), r.dumpedFrom},
        {QStringLiteral("evidence"), strings(r.evidence)},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("roles"), strings(r.roles)},
        {QStringLiteral("missingRoles"), strings(r.missingRoles)},
        {QStringLiteral("queries"), queries},
        {QStringLiteral("restoreErrors"), strings(r.restoreErrors)},
    };
}

std::optional<DrillResult> drillResultFromJson(const QJsonObject &json)
{
    const QString status = json.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("pass") && status != QLatin1String("fail"))
        return std::nullopt;
    DrillResult r;
    r.status = status == QLatin1String("pass") ? DrillResult::Status::Pass : DrillResult::Status::Fail;
    r.stackId = json.value(QStringLiteral("stackId")).toString();
    r.dumpFile = json.value(QStringLiteral("dump")).toString();
    r.globalsFile = json.value(QStringLiteral("globals")).toString();
    r.startedAt = fromIso(json.value(QStringLiteral("startedAt")));
    r.durationMs = qint64(json.value(QStringLiteral("durationMs")).toDouble());
    r.dumpCreatedAt = fromIso(json.value(QStringLiteral("dumpCreatedAt")));
    r.dumpedFrom = json.value(QStringLiteral("dumpedFrom")).toString();
    r.evidence = stringsOf(json.value(QStringLiteral("evidence")));
    for (const QJsonValue &v : json.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject o = v.toObject();
        DrillTable t;
        t.schema = o.value(QStringLiteral("schema")).toString();
        t.name = o.value(QStringLiteral("name")).toString();
        t.liveRows = o.value(QStringLiteral("liveRows")).isDouble()
                         ? qint64(o.value(QStringLiteral("liveRows")).toDouble())
                         : -1;
        t.liveExact = o.value(QStringLiteral("liveExact")).toBool();
        t.restoredRows = o.value(QStringLiteral("restoredRows")).isDouble()
                             ? qint64(o.value(QStringLiteral("restoredRows")).toDouble())
                             : -1;
        t.allowed = qint64(o.value(QStringLiteral("allowed")).toDouble());
        const QString verdict = o.value(QStringLiteral("verdict")).toString();
        for (const auto &[value, text] : kVerdicts)
            if (verdict == QLatin1String(text))
                t.verdict = value;
        r.tables.append(t);
    }
    r.roles = stringsOf(json.value(QStringLiteral("roles")));
    r.missingRoles = stringsOf(json.value(QStringLiteral("missingRoles")));
    for (const QJsonValue &v : json.value(QStringLiteral("queries")).toArray()) {
        const QJsonObject o = v.toObject();
        r.queries.append(DrillQuery{o.value(QStringLiteral("sql")).toString(),
                                    qint64(o.value(QStringLiteral("rows")).toDouble()),
                                    o.value(QStringLiteral("error")).toString()});
    }
    r.restoreErrors = stringsOf(json.value(QStringLiteral("restoreErrors")));
    return r;
}

} // namespace supadesk
