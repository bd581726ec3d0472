// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettablemodel.h"

#include "uptimecolors.h"
#include "uptimetext.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace supadesk {

void FleetTableModel::sortWorstFirst(QList<UptimeOverview> &stacks)
{
    std::stable_sort(stacks.begin(), stacks.end(), [](const UptimeOverview &a, const UptimeOverview &b) {
        if (a.hasData() != b.hasData())
            return a.hasData();
        if (!a.hasData())
            return a.stackName.localeAwareCompare(b.stackName) < 0;
        // The share of the budget left compares stacks with different targets fairly.
        const double ra =
            a.budget.allowedMinutes > 0 ? a.budget.remainingMinutes / a.budget.allowedMinutes : 0;
        const double rb =
            b.budget.allowedMinutes > 0 ? b.budget.remainingMinutes / b.budget.allowedMinutes : 0;
        if (ra != rb)
            return ra < rb;
        return *a.monthReport.availability < *b.monthReport.availability;
    });
}

void FleetTableModel::setStacks(QList<UptimeOverview> stacks)
{
    sortWorstFirst(stacks);
    beginResetModel();
    m_stacks = std::move(stacks);
    endResetModel();
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_stacks.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_stacks.size())
        return {};
    const UptimeOverview &s = m_stacks.at(index.row());
    const UptimeText text;
    if (role == StackIdRole)
        return s.stackId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Stack:
            return s.stackName;
        case Month:
            return text.percent(s.monthReport.availability);
        case Target:
            return text.percent(s.target, 2);
        case Last24h:
            return text.percent(s.last24h);
        case Last7d:
            return text.percent(s.last7d);
        case Last30d:
            return text.percent(s.last30d);
        case Last90d:
            return text.percent(s.last90d);
        case Incidents:
            return s.incidents.size();
        case BudgetLeft:
            return s.hasData() ? text.minutes(s.budget.remainingMinutes) : QStringLiteral("—");
        }
    }
    if (role == Qt::ForegroundRole && (index.column() == Month || index.column() == BudgetLeft)) {
        const UptimeColors::Grade grade = UptimeColors::grade(s.monthReport.availability, s.target);
        if (const auto textRole = UptimeColors::textRole(grade))
            return QBrush(StatePalette::current().color(*textRole));
    }
    if (role == Qt::FontRole && index.column() == Month) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Stack)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Stack:
        return tr("Stack");
    case Month:
        return tr("Month");
    case Target:
        return tr("Target");
    case Last24h:
        return tr("24 h");
    case Last7d:
        return tr("7 days");
    case Last30d:
        return tr("30 days");
    case Last90d:
        return tr("90 days");
    case Incidents:
        return tr("Incidents");
    case BudgetLeft:
        return tr("Error budget left");
    }
    return {};
}

} // namespace supadesk
