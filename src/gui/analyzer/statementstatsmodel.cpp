// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementstatsmodel.h"

#include "core/locale/displayformat.h"

namespace supadesk {

namespace {

QString ms(double value)
{
    return DisplayFormat().number(value, DisplayFormat::millisecondDecimals(value));
}

} // namespace

StatementStatsModel::StatementStatsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StatementStatsModel::setStatements(const QList<StatementStats> &statements)
{
    beginResetModel();
    m_statements = statements;
    endResetModel();
}

int StatementStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int StatementStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_statements.size())
        return {};
    const StatementStats &s = m_statements.at(index.row());
    const DisplayFormat format;
    if (role == Qt::TextAlignmentRole && index.column() != QueryColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QueryColumn)
        return s.query;
    if (role == SortRole) {
        switch (index.column()) {
        case QueryColumn:
            return s.query;
        case CallsColumn:
            return s.calls;
        case TotalColumn:
            return s.totalMs;
        case MeanColumn:
            return s.meanMs;
        case MaxColumn:
            return s.maxMs;
        case RowsColumn:
            return s.rows;
        case SharedHitColumn:
            return s.sharedHit;
        case SharedReadColumn:
            return s.sharedRead;
        case CacheHitColumn:
            return s.cacheHitPercent();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case QueryColumn:
        return s.query.simplified();
    case CallsColumn:
        return format.number(s.calls);
    case TotalColumn:
        return ms(s.totalMs);
    case MeanColumn:
        return ms(s.meanMs);
    case MaxColumn:
        return ms(s.maxMs);
    case RowsColumn:
        return format.number(s.rows);
    case SharedHitColumn:
        return format.number(s.sharedHit);
    case SharedReadColumn:
        return format.number(s.sharedRead);
    case CacheHitColumn:
        return s.cacheHitPercent() < 0 ? QStringLiteral("–") : format.percent(s.cacheHitPercent());
    }
    return {};
}

QVariant StatementStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == CacheHitColumn)
        return tr("Shared blocks found in PostgreSQL's cache, of all shared blocks the statement touched");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueryColumn:
        return tr("Statement");
    case CallsColumn:
        return tr("Calls");
    case TotalColumn:
        return tr("Total ms");
    case MeanColumn:
        return tr("Mean ms");
    case MaxColumn:
        return tr("Max ms");
    case RowsColumn:
        return tr("Rows");
    case SharedHitColumn:
        return tr("Shared hit");
    case SharedReadColumn:
        return tr("Shared read");
    case CacheHitColumn:
        return tr("Cache hit");
    }
    return {};
}

} // namespace supadesk
