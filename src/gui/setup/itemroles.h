// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/styles/statepalette.h"

class QTableWidget;
class QTableWidgetItem;

namespace supadesk {

// Table cells whose text has a state colour (a finding's level, a step's status). The cell keeps its
// StatePalette role, so a theme change colours it again without rebuilding the table.
namespace ItemRoles {

// Colours the item's text with the role and remembers the role on the item.
void set(QTableWidgetItem *item, StatePalette::Role role);
// Colours every remembered role of the table again, each time the application palette changes.
void followPalette(QTableWidget *table);

} // namespace ItemRoles

} // namespace supadesk
