// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemroles.h"

#include "gui/styles/palettewatcher.h"

#include <QTableWidget>

namespace supadesk::ItemRoles {

namespace {

// Well above the roles tests and pages read (Qt::UserRole and a few after it).
constexpr int kRoleData = Qt::UserRole + 64;

void recolour(QTableWidget *table)
{
    const StatePalette colours = StatePalette::current();
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            if (QTableWidgetItem *item = table->item(row, column); item && item->data(kRoleData).isValid())
                item->setForeground(colours.color(StatePalette::Role(item->data(kRoleData).toInt())));
}

} // namespace

void set(QTableWidgetItem *item, StatePalette::Role role)
{
    item->setData(kRoleData, int(role));
    item->setForeground(StatePalette::current().color(role));
}

void followPalette(QTableWidget *table)
{
    QObject::connect(PaletteWatcher::instance(), &PaletteWatcher::changed, table,
                     [table] { recolour(table); });
}

} // namespace supadesk::ItemRoles
