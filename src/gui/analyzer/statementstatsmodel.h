// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/statstatementsreader.h"

#include <QAbstractTableModel>

namespace supadesk {

// pg_stat_statements rows as a table: the statement and the figures people sort by.
class StatementStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QueryColumn,
        CallsColumn,
        TotalColumn,
        MeanColumn,
        MaxColumn,
        RowsColumn,
        SharedHitColumn,
        SharedReadColumn,
        CacheHitColumn,
        ColumnCount
    };
    // The number behind a cell, so sorting is numeric.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit StatementStatsModel(QObject *parent = nullptr);

    void setStatements(const QList<StatementStats> &statements);
    const StatementStats &statement(int row) const { return m_statements.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StatementStats> m_statements;
};

} // namespace supadesk
