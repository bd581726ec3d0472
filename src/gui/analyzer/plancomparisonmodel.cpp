// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparisonmodel.h"

#include "core/locale/displayformat.h"
#include "gui/styles/statepalette.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace supadesk {

namespace {

QString ms(double value)
{
    return DisplayFormat().number(value, qAbs(value) < 10 ? 3 : 1);
}

QString signedMs(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + ms(value);
}

} // namespace

PlanComparisonModel::PlanComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanComparisonModel::setComparison(const PlanComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int PlanComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.nodes.size());
}

int PlanComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.nodes.size())
        return {};
    const NodeDelta &d = m_comparison.nodes.at(index.row());
    const DisplayFormat format;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column != OperationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && !d.matched()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && column == DeltaMsColumn && d.matched()) {
        // Only changes a reader would notice are coloured: more than 10% and 0.1 ms.
        const double base = std::max(d.beforeExclusiveMs, 0.001);
        if (qAbs(d.deltaMs()) >= 0.1 && qAbs(d.deltaMs()) / base >= 0.1)
            return QBrush(StatePalette::current().color(d.deltaMs() > 0 ? StatePalette::Role::Bad
                                                                        : StatePalette::Role::Ok));
    }
    if (role == Qt::ToolTipRole && column == OperationColumn && !d.matched())
        return d.beforeId > 0 ? tr("Only in the plan before") : tr("Only in the plan after");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case OperationColumn:
        return d.target.isEmpty() ? d.operation : tr("%1 on %2").arg(d.operation, d.target);
    case BeforeNodeColumn:
        return d.beforeId > 0 ? QStringLiteral("#%1").arg(d.beforeId) : QStringLiteral("–");
    case AfterNodeColumn:
        return d.afterId > 0 ? QStringLiteral("#%1").arg(d.afterId) : QStringLiteral("–");
    case BeforeMsColumn:
        return d.beforeId > 0 ? ms(d.beforeExclusiveMs) : QString();
    case AfterMsColumn:
        return d.afterId > 0 ? ms(d.afterExclusiveMs) : QString();
    case DeltaMsColumn:
        return signedMs(d.deltaMs());
    case BeforeRowsColumn:
        return d.beforeId > 0 ? format.number(d.beforeRows, 0) : QString();
    case AfterRowsColumn:
        return d.afterId > 0 ? format.number(d.afterRows, 0) : QString();
    }
    return {};
}

QVariant PlanComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OperationColumn:
        return tr("Node");
    case BeforeNodeColumn:
        return tr("Before");
    case AfterNodeColumn:
        return tr("After");
    case BeforeMsColumn:
        return tr("Self ms before");
    case AfterMsColumn:
        return tr("Self ms after");
    case DeltaMsColumn:
        return tr("Change ms");
    case BeforeRowsColumn:
        return tr("Rows before");
    case AfterRowsColumn:
        return tr("Rows after");
    }
    return {};
}

} // namespace supadesk
