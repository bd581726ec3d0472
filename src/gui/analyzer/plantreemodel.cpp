// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreemodel.h"

#include "core/locale/displayformat.h"
#include "gui/styles/statepalette.h"

#include <QBrush>
#include <QColor>

namespace supadesk {

namespace {

QString ms(double value)
{
    return DisplayFormat().number(value, DisplayFormat::millisecondDecimals(value));
}

QString count(double value)
{
    return DisplayFormat().number(value, 0);
}

} // namespace

PlanTreeModel::PlanTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void PlanTreeModel::setAnalysis(const PlanAnalysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    const Plan &plan = m_analysis.plan();
    m_row = QList<int>(plan.size(), 0);
    for (const PlanNode &n : plan.nodes())
        for (qsizetype i = 0; i < n.childIds.size(); ++i)
            m_row[n.childIds.at(i) - 1] = int(i);
    endResetModel();
}

QModelIndex PlanTreeModel::indexForNode(int nodeId, int column) const
{
    if (!m_analysis.plan().contains(nodeId))
        return {};
    return createIndex(m_row.at(nodeId - 1), column, quintptr(nodeId));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Plan &plan = m_analysis.plan();
    if (plan.isEmpty() || column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(1)) : QModelIndex();
    const PlanNode &p = plan.node(int(parent.internalId()));
    if (row >= p.childIds.size())
        return {};
    return createIndex(row, column, quintptr(p.childIds.at(row)));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_analysis.plan().node(int(child.internalId())).parentId;
    return parentId > 0 ? indexForNode(parentId) : QModelIndex();
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const
{
    const Plan &plan = m_analysis.plan();
    if (plan.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(plan.node(int(parent.internalId())).childIds.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int id = int(index.internalId());
    const PlanNode &node = m_analysis.plan().node(id);
    const NodeMetrics &metrics = m_analysis.metrics(id);
    switch (role) {
    case Qt::DisplayRole:
        return display(node, metrics, index.column());
    case SortRole:
        return sortValue(node, metrics, index.column());
    case NodeIdRole:
        return id;
    case Qt::TextAlignmentRole:
        return index.column() == NodeColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == NodeColumn) {
            QStringList lines;
            for (const PlanFinding &f : m_analysis.findingsFor(id))
                lines << f.message;
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == MisestimateColumn && metrics.misestimateFactor >= 10)
            return QBrush(StatePalette::current().color(StatePalette::Role::Bad));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ExclusivePercentColumn && metrics.exclusivePercent >= 10) {
            const int alpha = int(std::min(200.0, 40 + metrics.exclusivePercent * 2));
            QColor hot = StatePalette::current().color(StatePalette::Role::BadMark);
            hot.setAlpha(alpha);
            return QBrush(hot);
        }
        return {};
    default:
        return {};
    }
}

QVariant PlanTreeModel::display(const PlanNode &node, const NodeMetrics &metrics, int column) const
{
    const bool timed = node.hasTiming;
    const BufferCounts &b = node.buffers;
    switch (column) {
    case NodeColumn: {
        QString text = node.displayType();
        if (!node.target().isEmpty())
            text += QStringLiteral(" · ") + node.target();
        if (!node.subplanName().isEmpty())
            text = node.subplanName() + QStringLiteral(" → ") + text;
        return text;
    }
    case ExclusiveMsColumn:
        return timed ? ms(metrics.exclusiveMs) : QVariant();
    case ExclusivePercentColumn:
        return timed ? DisplayFormat().number(metrics.exclusivePercent, 1) : QVariant();
    case InclusiveMsColumn:
        return timed ? ms(metrics.inclusiveMs) : QVariant();
    case LoopsColumn:
        return node.hasActuals ? count(node.actualLoops) : QVariant();
    case ActualRowsColumn:
        return node.hasActuals ? count(metrics.actualRowsTotal) : QVariant();
    case PlannedRowsColumn:
        return count(node.planRows * std::max(1.0, node.actualLoops));
    case MisestimateColumn:
        return metrics.misestimateText();
    case RemovedByFilterColumn:
        return metrics.rowsRemovedByFilterTotal > 0 ? count(metrics.rowsRemovedByFilterTotal) : QVariant();
    case SharedHitColumn:
        return b.sharedHit > 0 ? count(double(b.sharedHit)) : QVariant();
    case SharedReadColumn:
        return b.sharedRead > 0 ? count(double(b.sharedRead)) : QVariant();
    case SharedDirtiedColumn:
        return b.sharedDirtied > 0 ? count(double(b.sharedDirtied)) : QVariant();
    case SharedWrittenColumn:
        return b.sharedWritten > 0 ? count(double(b.sharedWritten)) : QVariant();
    case TempColumn:
        return b.tempRead + b.tempWritten > 0 ? QVariant(QStringLiteral("%1 / %2").arg(
                                                    count(double(b.tempRead)), count(double(b.tempWritten))))
                                              : QVariant();
    case IoTimeColumn:
        return node.ioReadMs + node.ioWriteMs > 0 ? ms(node.ioReadMs + node.ioWriteMs) : QVariant();
    case WorkersColumn:
        if (node.workersPlanned < 0)
            return {};
        return node.workersLaunched >= 0
                   ? QStringLiteral("%1 / %2").arg(node.workersLaunched).arg(node.workersPlanned)
                   : QString::number(node.workersPlanned);
    case CostColumn:
        return DisplayFormat().number(node.totalCost, 2);
    default:
        return {};
    }
}

QVariant PlanTreeModel::sortValue(const PlanNode &node, const NodeMetrics &metrics, int column) const
{
    switch (column) {
    case NodeColumn:
        return node.id;
    case ExclusiveMsColumn:
    case ExclusivePercentColumn:
        return metrics.exclusiveMs;
    case InclusiveMsColumn:
        return metrics.inclusiveMs;
    case LoopsColumn:
        return node.actualLoops;
    case ActualRowsColumn:
        return metrics.actualRowsTotal;
    case PlannedRowsColumn:
        return node.planRows;
    case MisestimateColumn:
        return metrics.misestimateFactor;
    case RemovedByFilterColumn:
        return metrics.rowsRemovedByFilterTotal;
    case SharedHitColumn:
        return double(node.buffers.sharedHit);
    case SharedReadColumn:
        return double(node.buffers.sharedRead);
    case SharedDirtiedColumn:
        return double(node.buffers.sharedDirtied);
    case SharedWrittenColumn:
        return double(node.buffers.sharedWritten);
    case TempColumn:
        return double(node.buffers.tempRead + node.buffers.tempWritten);
    case IoTimeColumn:
        return node.ioReadMs + node.ioWriteMs;
    case WorkersColumn:
        return node.workersLaunched;
    case CostColumn:
        return node.totalCost;
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case ExclusiveMsColumn:
        return tr("Self (ms)");
    case ExclusivePercentColumn:
        return tr("Self %");
    case InclusiveMsColumn:
        return tr("Total (ms)");
    case LoopsColumn:
        return tr("Loops");
    case ActualRowsColumn:
        return tr("Rows");
    case PlannedRowsColumn:
        return tr("Planned rows");
    case MisestimateColumn:
        return tr("Estimate");
    case RemovedByFilterColumn:
        return tr("Removed by filter");
    case SharedHitColumn:
        return tr("Shared hit");
    case SharedReadColumn:
        return tr("Shared read");
    case SharedDirtiedColumn:
        return tr("Dirtied");
    case SharedWrittenColumn:
        return tr("Written");
    case TempColumn:
        return tr("Temp read / written");
    case IoTimeColumn:
        return tr("I/O (ms)");
    case WorkersColumn:
        return tr("Workers launched / planned");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

} // namespace supadesk
