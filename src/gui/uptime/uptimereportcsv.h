// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "uptimeoverview.h"

#include <QCoreApplication>

namespace supadesk {

// The report's figures as one CSV table for spreadsheets and scripts: per stack one "month" row,
// one "day" row per day, one "incident" row per incident and one "alert" row per alert the server's
// alerter sent (the `kind` column tells them apart).
// Column names and numbers are locale-independent (dot decimals, ISO 8601 times with their offset)
// whatever language the PDF is in, so a formula written once keeps working.
class UptimeReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::UptimeReportCsv)

public:
    static QByteArray render(const QList<UptimeOverview> &stacks);
    static Status write(const QString &path, const QList<UptimeOverview> &stacks);
    static QStringList header();
};

} // namespace supadesk
