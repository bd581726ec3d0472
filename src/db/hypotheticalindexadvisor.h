// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/indexcandidates.h"
#include "core/result.h"
#include "dbendpoint.h"

#include <QList>
#include <QSqlDatabase>

namespace supadesk {

// What one hypothetical index would change: the planner's cost of the statement with and without it.
struct IndexAdvice
{
    IndexCandidate candidate;
    double costWithout = 0;
    double costWith = 0;
    bool used = false; // the planner chose the index

    // How much cheaper the statement gets, 0..1 (0 when the index does not help).
    double saving() const
    {
        return costWithout > 0 && costWith < costWithout ? 1 - costWith / costWithout : 0;
    }
};

// Tries indexes without building them, with the hypopg extension: each candidate is created as a
// hypothetical index (visible only to this session), the statement is explained again, and the
// hypothetical indexes are dropped. Nothing is written to the database, the statement never runs.
class HypotheticalIndexAdvisor
{
public:
    explicit HypotheticalIndexAdvisor(QSqlDatabase db);

    // `createExtension`: create hypopg in the database when it is available but not created yet.
    Result<QList<IndexAdvice>> advise(const QString &sql, const QList<IndexCandidate> &candidates,
                                      bool createExtension);

    // The same on a short-lived connection of its own, for a worker thread.
    static Result<QList<IndexAdvice>> advise(const DbEndpoint &endpoint, const QString &sql,
                                             const QList<IndexCandidate> &candidates, bool createExtension);

private:
    Status ensureExtension(bool create);
    Result<double> cost(const QString &sql, const QString &hypotheticalIndex, bool *used);

    QSqlDatabase m_db;
};

} // namespace supadesk
