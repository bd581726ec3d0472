// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"

#include <QAbstractItemModel>

namespace supadesk {

// The plan as a tree with one column per figure a reader compares across nodes.
class PlanTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NodeColumn,
        ExclusiveMsColumn,
        ExclusivePercentColumn,
        InclusiveMsColumn,
        LoopsColumn,
        ActualRowsColumn,
        PlannedRowsColumn,
        MisestimateColumn,
        RemovedByFilterColumn,
        SharedHitColumn,
        SharedReadColumn,
        SharedDirtiedColumn,
        SharedWrittenColumn,
        TempColumn,
        IoTimeColumn,
        WorkersColumn,
        CostColumn,
        ColumnCount
    };
    // Sorting value for numeric columns and the node id for every cell.
    enum Role { SortRole = Qt::UserRole + 1, NodeIdRole };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setAnalysis(const PlanAnalysis &analysis);
    const PlanAnalysis &analysis() const { return m_analysis; }
    QModelIndex indexForNode(int nodeId, int column = NodeColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PlanNode &node, const NodeMetrics &metrics, int column) const;
    QVariant sortValue(const PlanNode &node, const NodeMetrics &metrics, int column) const;

    PlanAnalysis m_analysis;
    QList<int> m_row; // node id -> row among its siblings (index id - 1)
};

} // namespace supadesk
