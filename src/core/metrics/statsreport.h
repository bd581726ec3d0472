// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statsrates.h"
#include "statssample.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace supadesk {

// One sample as `supadesk-cli stats` prints it: a JSON object for scripts, or one line for people.
// The first sample has no rates yet (they need two samples): those fields are null or "-".
class StatsReport
{
public:
    static QJsonObject toJson(const StatsSample &sample, const std::optional<StatsRates> &rates);
    static QString toLine(const StatsSample &sample, const std::optional<StatsRates> &rates);
    static QString header();
};

} // namespace supadesk
