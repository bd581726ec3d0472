// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimereportsummary.h"

#include "uptimetext.h"

#include <QDateTime>

#include <algorithm>

namespace supadesk {

QString UptimeReportSummary::verdict(const UptimeOverview &uptime, const UptimeText &text)
{
    const std::optional<bool> met = uptime.metTarget();
    if (!met)
        return text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "No data"));
    return *met ? text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Met"))
                : text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Missed"));
}

QString UptimeReportSummary::paragraph(const UptimeOverview &u, const UptimeText &text)
{
    const QString month = text.monthTitle(u.year, u.month);
    if (!u.hasData())
        return text
            .text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                    "There are no availability figures for %1 in %2: Supadesk holds no probe "
                                    "results of this stack for the month."))
            .arg(u.stackName, month);

    QStringList sentences;
    const QString availability = text.percent(u.monthReport.availability);
    const QString target = text.percent(u.target, 2);
    sentences.append(
        (*u.metTarget()
             ? text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                           "In %1, %2 was available %3 of the time against a target "
                                           "of %4: the target was met."))
             : text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                           "In %1, %2 was available %3 of the time against a target "
                                           "of %4: the target was missed.")))
            .arg(month, u.stackName, availability, target));

    if (u.incidents.isEmpty()) {
        sentences.append(text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "There were no incidents.")));
    } else {
        const auto longest = std::max_element(u.incidents.cbegin(), u.incidents.cend(),
                                              [](const UptimeIncident &a, const UptimeIncident &b) {
                                                  return a.range.length() < b.range.length();
                                              });
        const QDate day = QDateTime::fromMSecsSinceEpoch(longest->range.startMs, u.zone).date();
        sentences.append(
            text.text(QT_TRANSLATE_N_NOOP("supadesk::UptimeText",
                                          "There were %n incident(s) with %1 of downtime in total; "
                                          "the longest began on %2 and lasted %3 (%4)."),
                      static_cast<int>(u.incidents.size()))
                .arg(text.minutes(double(u.monthReport.downMs) / 60000.0), text.date(day),
                     text.duration(longest->range.length()), longest->components.join(QStringLiteral(", "))));
    }

    if (u.budget.remainingMinutes >= 0)
        sentences.append(
            text.text(
                    QT_TRANSLATE_NOOP("supadesk::UptimeText", "%1 of the month's error budget of %2 remain."))
                .arg(text.minutes(u.budget.remainingMinutes), text.minutes(u.budget.allowedMinutes)));
    else
        sentences.append(
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                        "The month's error budget of %1 was exceeded by %2."))
                .arg(text.minutes(u.budget.allowedMinutes), text.minutes(-u.budget.remainingMinutes)));

    if (u.monthReport.maintenanceMs > 0)
        sentences.append(
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "Declared maintenance of %1 is not counted."))
                .arg(text.duration(u.monthReport.maintenanceMs)));
    if (u.monthReport.gapMs > 0)
        sentences.append(
            text.text(QT_TRANSLATE_NOOP("supadesk::UptimeText",
                                        "For %1 the server's own probe recorded nothing; that time "
                                        "counts as downtime."))
                .arg(text.duration(u.monthReport.gapMs)));
    return sentences.join(QLatin1Char(' '));
}

} // namespace supadesk
