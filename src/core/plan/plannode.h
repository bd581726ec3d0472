// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planproperties.h"

#include <QList>
#include <QString>

#include <array>

namespace supadesk {

// Block counts as EXPLAIN (BUFFERS) reports them; EXPLAIN's figures for a node include its children.
struct BufferCounts
{
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;
    qint64 sharedDirtied = 0;
    qint64 sharedWritten = 0;
    qint64 localHit = 0;
    qint64 localRead = 0;
    qint64 localDirtied = 0;
    qint64 localWritten = 0;
    qint64 tempRead = 0;
    qint64 tempWritten = 0;

    BufferCounts &operator-=(const BufferCounts &other);
    BufferCounts &operator+=(const BufferCounts &other);
    // Clamps every count at zero (a child may report more than its parent after rounding per loop).
    BufferCounts clampedAtZero() const;
    bool isEmpty() const;
};

// One node of an EXPLAIN plan. `properties` keeps every key EXPLAIN printed (with JSON's key names, also
// for plans read from text) except "Plans", so a details panel can show all of it; the typed members are
// what the analysis and the drawing work with, read from those properties once.
struct PlanNode
{
    int id = 0;       // 1-based, pre-order: stable for a given plan, shown as #id
    int parentId = 0; // 0 for the root
    int depth = 0;
    QList<int> childIds;
    PlanProperties properties;

    // The texts the analysis and the drawing read, each an index into the plan's store of texts (see
    // PlanProperties::text): 4 bytes a text rather than a QString's 24, a third of a node's size.
    enum TextField : quint8 {
        NodeTypeText,
        ParentRelationshipText,
        SubplanNameText,
        RelationNameText,
        SchemaText,
        AliasText,
        IndexNameText,
        CteNameText,
        FunctionNameText,
        JoinTypeText,
        StrategyText,
        OperationText,
        PartialModeText,
        SortMethodText,
        SortSpaceTypeText,
        TextFieldCount
    };
    std::array<quint32, TextFieldCount> textIds{};
    const QString &text(TextField field) const { return properties.text(textIds[field]); }

    const QString &nodeType() const { return text(NodeTypeText); }
    // "Outer", "Inner", "InitPlan", "SubPlan", "Member", ...
    const QString &parentRelationship() const { return text(ParentRelationshipText); }
    // "CTE name", "InitPlan 1 (returns $0)", "SubPlan 2"
    const QString &subplanName() const { return text(SubplanNameText); }
    const QString &relationName() const { return text(RelationNameText); }
    const QString &schema() const { return text(SchemaText); }
    const QString &alias() const { return text(AliasText); }
    const QString &indexName() const { return text(IndexNameText); }
    const QString &cteName() const { return text(CteNameText); }
    const QString &functionName() const { return text(FunctionNameText); }
    const QString &joinType() const { return text(JoinTypeText); }
    const QString &strategy() const { return text(StrategyText); }
    const QString &operation() const { return text(OperationText); }
    const QString &partialMode() const { return text(PartialModeText); }
    const QString &sortMethod() const { return text(SortMethodText); }
    const QString &sortSpaceType() const { return text(SortSpaceTypeText); }

    bool parallelAware = false;

    double startupCost = 0;
    double totalCost = 0;
    double planRows = 0;
    int planWidth = 0;

    bool hasActuals = false; // ANALYZE figures present (loops may still be 0: never executed)
    bool hasTiming = false;  // actual times present (ANALYZE without TIMING OFF)
    double actualStartupMs = 0;
    double actualTotalMs = 0; // per loop, as EXPLAIN prints it
    double actualRows = 0;    // per loop
    double actualLoops = 0;

    int workersPlanned = -1;  // -1: not reported
    int workersLaunched = -1; // -1: not reported
    bool singleCopy = false;

    double rowsRemovedByFilter = 0;     // per loop, as EXPLAIN prints it
    double rowsRemovedByJoinFilter = 0; // per loop
    double rowsRemovedByIndexRecheck = 0;
    double heapFetches = 0; // total over all loops
    double exactHeapBlocks = 0;
    double lossyHeapBlocks = 0;
    double sortSpaceUsedKb = 0;
    int hashBatches = 0;
    int originalHashBatches = 0;
    int hashAggBatches = 0;
    double diskUsageKb = 0;

    BufferCounts buffers;
    double ioReadMs = 0;
    double ioWriteMs = 0;

    bool neverExecuted() const { return hasActuals && actualLoops == 0; }
    bool isCte() const { return subplanName().startsWith(QLatin1String("CTE ")); }
    bool isInitPlan() const { return parentRelationship() == QLatin1String("InitPlan") && !isCte(); }
    bool isSubPlan() const { return parentRelationship() == QLatin1String("SubPlan"); }
    // The operation as EXPLAIN's text format names it: "Hash Left Join", "Parallel Seq Scan", "Update".
    QString displayType() const;
    // What the node works on: "public.orders o", "orders_pkey on orders", "CTE t".
    QString target() const;

    // Fills the typed members from `properties`. Returns an empty string, or the name of the first
    // property whose value has the wrong type. With `strings` (the builder of the properties' store),
    // texts that nodes repeat are stored once.
    QString readProperties(PlanPropertiesBuilder *strings = nullptr);
    // Which typed member a property key fills: an index into a table of its own, -1 for none.
    static int propertyRole(const QString &key);
};

} // namespace supadesk
