// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace supadesk::bench {

// Writes a stack's dashboard history straight into the store's tables, as the pollers would have left
// it under a retention policy: raw samples every `stepMs` for the last `rawDays`, minute and hour
// roll-ups for the last `rollupDays`, for every series a database sample stores. Going through
// HistoryStore::append would take an hour for a month of 2-second samples; the rows are the same.
class HistoryFiller
{
public:
    static QStringList metrics();
    static Status fill(const QString &directory, const QString &stack, qint64 nowMs, int rawDays,
                       int rollupDays, qint64 stepMs);
};

} // namespace supadesk::bench
