// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/drillrules.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>

namespace supadesk {

// Reads what a restore drill compares, from one side (the live database or the scratch restore):
// the user tables with their row counts, the roles, and the user's own queries. Read-only.
class DrillInventory
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DrillInventory)

public:
    explicit DrillInventory(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every ordinary and partitioned table outside the system schemas and not owned by an extension.
    // Live side (`dumpTime` valid): tables whose estimate is below DrillRules::kExactRowLimit are
    // counted exactly, larger ones take n_live_tup; changedSinceDump is the writes recorded since the
    // last analyze when that analyze came before the dump (an upper bound of what changed since),
    // else unknown. Restore side (`dumpTime` invalid): every table counted exactly.
    Result<QList<DrillSideTable>> tables(const QDateTime &dumpTime,
                                         const std::atomic_bool *cancel = nullptr) const;
    Result<QStringList> roles() const;
    // Runs one of the user's queries in a read-only transaction; the number of rows it returned.
    DrillQuery query(const QString &sql) const;

private:
    QSqlDatabase m_db;
};

} // namespace supadesk
