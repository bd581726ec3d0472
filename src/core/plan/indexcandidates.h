// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// An index worth trying for a sequential scan: the columns its filter compares, equality first.
struct IndexCandidate
{
    int nodeId = 0;
    QString schema; // empty when EXPLAIN did not print it (without VERBOSE)
    QString relation;
    QStringList columns;

    QString qualifiedRelation() const;
    // CREATE INDEX ON "schema"."relation" ("a", "b"), with identifiers quoted.
    QString createStatement() const;
};

// Finds the sequential scans whose filter compares columns with values and proposes a B-tree index
// on those columns, one per relation and column list (the first scan of a relation wins).
class IndexCandidates
{
public:
    static constexpr int MaxColumns = 3;

    static QList<IndexCandidate> find(const Plan &plan);
    // The columns a filter expression compares ("((a = 7) AND (t.b > 3))" gives a, b), equality first.
    static QStringList filterColumns(const QString &filter);
};

} // namespace supadesk
