// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "uptimeoverview.h"

#include <QCoreApplication>

class QPagedPaintDevice;
class QPainter;

namespace supadesk {

class UptimeText;

// Writes the monthly uptime report as an A4 PDF a manager can forward as it is: a title page with
// the period, the generation date and an overview of every stack, then one section per stack with
// its summary paragraph, key figures, day chart and incidents; page numbers "Page X of Y" in the
// footer. Laid out in points (1/72 inch) on a 300 dpi writer.
class UptimeReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::UptimeReportPdf)

public:
    struct Options
    {
        int year = 0;
        int month = 0;
        QTimeZone zone;
        qint64 generatedAtMs = 0;
    };

    static Status write(const QString &path, const QList<UptimeOverview> &stacks, const Options &options,
                        const UptimeText &text);
    // The PDF as bytes (what write() saves).
    static QByteArray render(const QList<UptimeOverview> &stacks, const Options &options,
                             const UptimeText &text);
};

} // namespace supadesk
