// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plannode.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace supadesk {

// A trigger's run time as EXPLAIN ANALYZE reports it, outside the plan tree.
struct PlanTrigger
{
    QString name;
    QString constraint;
    QString relation;
    double timeMs = 0;
    double calls = 0;
};

// One EXPLAIN result: the node tree (pre-order, ids 1..n) and the figures printed around it.
class Plan
{
public:
    enum class Source { Json, Text };

    // Takes ownership of the nodes; they must be in pre-order with ids 1..n and childIds filled.
    Plan(QList<PlanNode> nodes, QJsonObject topLevel, Source source);
    Plan() = default;

    const QList<PlanNode> &nodes() const { return m_nodes; }
    int size() const { return int(m_nodes.size()); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    const PlanNode &root() const { return m_nodes.first(); }
    const PlanNode &node(int id) const { return m_nodes.at(id - 1); }
    bool contains(int id) const { return id >= 1 && id <= size(); }

    // Everything printed besides "Plan" (Planning Time, Triggers, JIT, Settings, Planning, ...), with
    // JSON's key names, also for plans read from text.
    const QJsonObject &topLevel() const { return m_topLevel; }
    Source source() const { return m_source; }

    bool hasActuals() const;
    double planningTimeMs() const;  // -1 when not reported
    double executionTimeMs() const; // -1 when not reported
    QList<PlanTrigger> triggers() const;
    double jitTotalMs() const; // 0 when there was no JIT
    int jitFunctions() const;

    // The statement the plan is of, kept as auto_explain prints it ("Query Text"), where PEV2 reads it
    // too; empty when unknown.
    QString queryText() const;
    void setQueryText(const QString &sql);

    // The plan as EXPLAIN (FORMAT JSON) prints it: an array holding one object, which PEV2 reads.
    QByteArray toJson() const;

private:
    QList<PlanNode> m_nodes;
    QJsonObject m_topLevel;
    Source m_source = Source::Json;
};

} // namespace supadesk
