// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttablemodel.h"

#include "gui/styles/statepalette.h"

#include <QColor>
#include <QPalette>

namespace supadesk {

ResultTableModel::ResultTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResultTableModel::reset(const QStringList &columns, const QList<QVariantList> &rows, bool hasMore)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    m_hasMore = hasMore;
    m_fetching = false;
    endResetModel();
}

void ResultTableModel::append(const QList<QVariantList> &rows, bool hasMore)
{
    m_fetching = false;
    m_hasMore = hasMore;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant &value = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value.isNull() ? QStringLiteral("NULL") : value;
    case Qt::ForegroundRole:
        return value.isNull() ? QVariant(StatePalette::current().color(StatePalette::Role::Muted))
                              : QVariant();
    case Qt::TextAlignmentRole:
        return value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
                       value.typeId() == QMetaType::Double
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return section + 1;
}

bool ResultTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void ResultTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_fetch)
        return;
    m_fetching = true;
    m_fetch();
}

} // namespace supadesk
