// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QList>
#include <QRectF>
#include <QSet>

namespace supadesk {

// Places the cards of a plan drawing: the root on top, each node centred over its children, leaves
// side by side in plan order, so no two cards overlap. Linear in the number of nodes (plans with tens
// of thousands of nodes are laid out in milliseconds). Nodes below a collapsed node get an empty rect.
class PlanLayout
{
public:
    struct Metrics
    {
        double cardWidth = 220;
        double cardHeight = 84;
        double horizontalGap = 24;
        double verticalGap = 40;
    };

    static QList<QRectF> compute(const Plan &plan, const QSet<int> &collapsed = {});
    static QList<QRectF> compute(const Plan &plan, const QSet<int> &collapsed, const Metrics &metrics);
};

} // namespace supadesk
