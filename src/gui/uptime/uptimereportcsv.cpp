// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimereportcsv.h"

#include <QDateTime>
#include <QSaveFile>

namespace supadesk {

namespace {

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString pct(const std::optional<double> &ratio)
{
    return ratio ? QString::number(*ratio * 100, 'f', 4) : QString();
}

QString minutes(qint64 ms)
{
    return QString::number(double(ms) / 60000.0, 'f', 2);
}

QString iso(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

} // namespace

QStringList UptimeReportCsv::header()
{
    return {QStringLiteral("kind"),
            QStringLiteral("stack"),
            QStringLiteral("start"),
            QStringLiteral("end"),
            QStringLiteral("availability_pct"),
            QStringLiteral("target_pct"),
            QStringLiteral("downtime_minutes"),
            QStringLiteral("maintenance_minutes"),
            QStringLiteral("incidents"),
            QStringLiteral("budget_remaining_minutes"),
            QStringLiteral("components"),
            QStringLiteral("reason")};
}

QByteArray UptimeReportCsv::render(const QList<UptimeOverview> &stacks)
{
    QStringList lines{header().join(QLatin1Char(','))};
    const auto row = [&lines](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(field(f));
        lines.append(quoted.join(QLatin1Char(',')));
    };
    for (const UptimeOverview &u : stacks) {
        const QString target = QString::number(u.target * 100, 'f', 3);
        row({QStringLiteral("month"), u.stackName, iso(u.monthRange.startMs, u.zone),
             iso(u.monthRange.endMs, u.zone), pct(u.monthReport.availability), target,
             minutes(u.monthReport.downMs), minutes(u.monthReport.maintenanceMs),
             QString::number(u.incidents.size()),
             u.hasData() ? QString::number(u.budget.remainingMinutes, 'f', 2) : QString(), QString(),
             QString()});
        for (const UptimeDay &d : u.days)
            row({QStringLiteral("day"), u.stackName, iso(d.range.startMs, u.zone), iso(d.range.endMs, u.zone),
                 pct(d.availability), target, minutes(d.downMs), minutes(d.maintenanceMs), QString(),
                 QString(), QString(), QString()});
        for (const UptimeIncident &i : u.incidents)
            row({QStringLiteral("incident"), u.stackName, iso(i.range.startMs, u.zone),
                 iso(i.range.endMs, u.zone), QString(), target, minutes(i.range.length()), QString(),
                 QString(), QString(), i.components.join(QLatin1Char(' ')),
                 i.noProbeResults ? QStringLiteral("no probe results")
                                  : i.reasons.join(QStringLiteral("; "))});
        // An alert: its rule in "components", who was told in "reason"; no end while it fires.
        for (const AlertIncident &a : u.alerts)
            row({QStringLiteral("alert"), u.stackName, iso(a.firedAt.toMSecsSinceEpoch(), u.zone),
                 a.firing() ? QString() : iso(a.resolvedAt.toMSecsSinceEpoch(), u.zone), QString(), QString(),
                 minutes(a.durationMs(QDateTime::fromMSecsSinceEpoch(u.nowMs, QTimeZone::utc()))), QString(),
                 QString(), QString(), a.rule, a.toldText()});
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

Status UptimeReportCsv::write(const QString &path, const QList<UptimeOverview> &stacks)
{
    const QByteArray csv = render(stacks);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error{QStringLiteral("uptime.report.write"),
                     tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace supadesk
