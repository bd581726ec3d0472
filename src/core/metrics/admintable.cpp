// SPDX-License-Identifier: GPL-3.0-or-later
#include "admintable.h"

namespace supadesk {

QString AdminTable::text(int row, const QString &column) const
{
    const int c = columnIndex(column);
    if (c < 0 || row < 0 || row >= rows.size() || c >= rows.at(row).size())
        return QString();
    return rows.at(row).at(c);
}

qint64 AdminTable::number(int row, const QString &column) const
{
    return text(row, column).toLongLong();
}

} // namespace supadesk
