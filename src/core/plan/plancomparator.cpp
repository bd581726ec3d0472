// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparator.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace supadesk {

int PlanComparison::matchedCount() const
{
    return int(std::count_if(nodes.begin(), nodes.end(), [](const NodeDelta &d) { return d.matched(); }));
}

namespace {

bool sameNode(const PlanNode &a, const PlanNode &b)
{
    return a.displayType() == b.displayType() && a.target() == b.target() &&
           a.subplanName() == b.subplanName();
}

class Matcher
{
public:
    Matcher(const PlanAnalysis &before, const PlanAnalysis &after) : m_before(before), m_after(after) {}

    QList<NodeDelta> run()
    {
        const Plan &a = m_before.plan();
        const Plan &b = m_after.plan();
        if (a.isEmpty() || b.isEmpty()) {
            for (const PlanNode &n : a.nodes())
                m_result.append(delta(n.id, 0));
            for (const PlanNode &n : b.nodes())
                m_result.append(delta(0, n.id));
            return m_result;
        }
        // Pairs to visit, depth first in the order of the plan before; explicit stack for deep plans.
        QList<std::pair<int, int>> stack{{1, sameNode(a.root(), b.root()) ? 1 : 0}};
        QList<bool> afterSeen(b.size() + 1, false);
        while (!stack.isEmpty()) {
            const auto [ia, ib] = stack.takeLast();
            if (ia == 0) {
                addSubtree(b, ib, afterSeen);
                continue;
            }
            m_result.append(delta(ia, ib));
            if (ib > 0)
                afterSeen[ib] = true;
            QList<std::pair<int, int>> children;
            QList<int> freeAfter = ib > 0 ? b.node(ib).childIds : QList<int>{};
            for (int ca : a.node(ia).childIds) {
                int match = 0;
                for (qsizetype k = 0; k < freeAfter.size(); ++k) {
                    if (sameNode(a.node(ca), b.node(freeAfter.at(k)))) {
                        match = freeAfter.takeAt(k);
                        break;
                    }
                }
                children.append({ca, match});
            }
            for (int cb : freeAfter)
                children.append({0, cb});
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append(*it);
        }
        // The plan after may have a different root: everything not reached is new.
        for (const PlanNode &n : b.nodes())
            if (!afterSeen.at(n.id))
                m_result.append(delta(0, n.id));
        return m_result;
    }

private:
    void addSubtree(const Plan &b, int root, QList<bool> &seen)
    {
        QList<int> stack{root};
        while (!stack.isEmpty()) {
            const int id = stack.takeLast();
            seen[id] = true;
            m_result.append(delta(0, id));
            const QList<int> &children = b.node(id).childIds;
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append(*it);
        }
    }

    NodeDelta delta(int beforeId, int afterId) const
    {
        NodeDelta d;
        d.beforeId = beforeId;
        d.afterId = afterId;
        const PlanNode &shown = beforeId > 0 ? m_before.plan().node(beforeId) : m_after.plan().node(afterId);
        d.operation = shown.displayType();
        d.target = shown.target();
        if (beforeId > 0) {
            d.beforeExclusiveMs = m_before.metrics(beforeId).exclusiveMs;
            d.beforeRows = m_before.metrics(beforeId).actualRowsTotal;
        }
        if (afterId > 0) {
            d.afterExclusiveMs = m_after.metrics(afterId).exclusiveMs;
            d.afterRows = m_after.metrics(afterId).actualRowsTotal;
        }
        return d;
    }

    const PlanAnalysis &m_before;
    const PlanAnalysis &m_after;
    QList<NodeDelta> m_result;
};

} // namespace

PlanComparison PlanComparator::compare(const PlanAnalysis &before, const PlanAnalysis &after)
{
    PlanComparison c;
    c.beforeTotalMs = before.totalMs();
    c.afterTotalMs = after.totalMs();
    c.beforeExecutionMs = before.plan().executionTimeMs();
    c.afterExecutionMs = after.plan().executionTimeMs();
    c.nodes = Matcher(before, after).run();
    return c;
}

} // namespace supadesk
