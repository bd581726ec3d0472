// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// A result as text, the way a pooler's admin console answers SHOW commands: column names and rows of
// values. Figures are read by column name, since the columns differ between pooler versions.
struct AdminTable
{
    QStringList columns;
    QList<QStringList> rows;

    int columnIndex(const QString &name) const { return columns.indexOf(name); }
    QString text(int row, const QString &column) const;
    qint64 number(int row, const QString &column) const; // 0 when the column is missing or not a number
};

} // namespace supadesk
