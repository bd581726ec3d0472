// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimeoverview.h"

#include <QAbstractTableModel>

namespace supadesk {

// One row per stack for the fleet view, worst first: the stacks furthest over their error budget
// lead, stacks without any data come last.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Stack,
        Month,
        Target,
        Last24h,
        Last7d,
        Last30d,
        Last90d,
        Incidents,
        BudgetLeft,
        ColumnCount
    };
    enum Role { StackIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setStacks(QList<UptimeOverview> stacks);
    const QList<UptimeOverview> &stacks() const { return m_stacks; }
    // Worst first, as the table shows them.
    static void sortWorstFirst(QList<UptimeOverview> &stacks);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UptimeOverview> m_stacks;
};

} // namespace supadesk
