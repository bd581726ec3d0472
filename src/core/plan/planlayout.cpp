// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlayout.h"

namespace supadesk {

QList<QRectF> PlanLayout::compute(const Plan &plan, const QSet<int> &collapsed)
{
    return compute(plan, collapsed, Metrics{});
}

QList<QRectF> PlanLayout::compute(const Plan &plan, const QSet<int> &collapsed, const Metrics &metrics)
{
    const QList<PlanNode> &nodes = plan.nodes();
    QList<QRectF> rects(nodes.size());
    if (nodes.isEmpty())
        return rects;

    // Which nodes are drawn: not below a collapsed node (parents come before children in pre-order).
    QList<bool> visible(nodes.size(), true);
    QList<bool> childrenShown(nodes.size(), true);
    for (const PlanNode &n : nodes) {
        const int i = n.id - 1;
        if (n.parentId > 0)
            visible[i] = visible.at(n.parentId - 1) && childrenShown.at(n.parentId - 1);
        childrenShown[i] = !collapsed.contains(n.id);
    }

    // Leaves take the next slot in pre-order; a parent is centred over its first and last child.
    // Children come after their parent in pre-order, so walking backwards sees them first.
    const double slot = metrics.cardWidth + metrics.horizontalGap;
    QList<double> centre(nodes.size(), 0);
    QList<double> leafIndex(nodes.size(), -1);
    double nextLeaf = 0;
    for (const PlanNode &n : nodes) {
        const int i = n.id - 1;
        if (!visible.at(i))
            continue;
        const bool leaf = n.childIds.isEmpty() || !childrenShown.at(i);
        if (leaf)
            leafIndex[i] = nextLeaf++;
    }
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        if (!visible.at(i))
            continue;
        const PlanNode &n = nodes.at(i);
        if (leafIndex.at(i) >= 0) {
            centre[i] = leafIndex.at(i) * slot;
        } else {
            centre[i] = (centre.at(n.childIds.first() - 1) + centre.at(n.childIds.last() - 1)) / 2;
        }
        const double y = n.depth * (metrics.cardHeight + metrics.verticalGap);
        rects[i] = QRectF(centre.at(i) - metrics.cardWidth / 2, y, metrics.cardWidth, metrics.cardHeight);
    }
    return rects;
}

} // namespace supadesk
