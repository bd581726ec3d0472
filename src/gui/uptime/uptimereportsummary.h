// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimeoverview.h"

namespace supadesk {

class UptimeText;

// The one-paragraph summary of a stack's month that the report opens each stack with, written for
// someone who will not read the tables: was the target met, how many incidents, the worst one, and
// how much of the error budget is left.
class UptimeReportSummary
{
public:
    static QString paragraph(const UptimeOverview &uptime, const UptimeText &text);
    // "Met", "Missed" or "No data".
    static QString verdict(const UptimeOverview &uptime, const UptimeText &text);
};

} // namespace supadesk
