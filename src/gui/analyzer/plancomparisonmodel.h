// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plancomparison.h"

#include <QAbstractTableModel>

namespace supadesk {

// The nodes of two plans side by side: each row a node of the plan before and its counterpart after
// (or none), with the change of its self time and rows.
class PlanComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OperationColumn,
        BeforeNodeColumn,
        AfterNodeColumn,
        BeforeMsColumn,
        AfterMsColumn,
        DeltaMsColumn,
        BeforeRowsColumn,
        AfterRowsColumn,
        ColumnCount
    };

    explicit PlanComparisonModel(QObject *parent = nullptr);

    void setComparison(const PlanComparison &comparison);
    const PlanComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanComparison m_comparison;
};

} // namespace supadesk
