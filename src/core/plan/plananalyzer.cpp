// SPDX-License-Identifier: GPL-3.0-or-later
#include "plananalyzer.h"

#include "core/locale/displayformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace supadesk {

namespace {

// Thresholds for findings. They follow PEV2 and common tuning advice; each is a judgement call
// that keeps findings about things worth a reader's time.
constexpr double misestimateFactorThreshold = 10;
constexpr double misestimateMinRows = 100;
constexpr double selectiveScanMinRows = 10000;
constexpr double selectiveScanRemovedShare = 0.9;
constexpr double heapFetchMin = 100;
constexpr double heapFetchShare = 0.1;
constexpr double nestedLoopOuterRows = 10000;
constexpr double cacheMinBlocks = 1000;
constexpr double cacheHitShare = 0.9;
constexpr double jitShare = 0.3;

QString number(double value, int decimals = 0)
{
    return DisplayFormat().number(value, decimals);
}

QString nodeLabel(const PlanNode &node)
{
    const QString target = node.target();
    return target.isEmpty() ? node.displayType() : QStringLiteral("%1 (%2)").arg(node.displayType(), target);
}

bool isGather(const PlanNode &node)
{
    return node.nodeType() == QLatin1String("Gather") || node.nodeType() == QLatin1String("Gather Merge");
}

class Analyzer
{
public:
    explicit Analyzer(const Plan &plan) : m_plan(plan), m_nodes(plan.nodes()), m_metrics(plan.size()) {}

    PlanAnalysis run()
    {
        if (m_nodes.isEmpty())
            return PlanAnalysis(m_plan, {}, {}, 0);
        computeProcessesAndTimes();
        computeExclusives();
        const double unaccountedMs = distributeSubplanTime();
        m_totalMs = m_metrics.first().inclusiveMs + unaccountedMs;
        for (NodeMetrics &m : m_metrics)
            m.exclusivePercent = m_totalMs > 0 ? 100.0 * m.exclusiveMs / m_totalMs : 0;
        findFindings();
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const PlanFinding &a, const PlanFinding &b) { return a.severity > b.severity; });
        return PlanAnalysis(m_plan, m_metrics, m_findings, m_totalMs);
    }

private:
    const PlanNode &node(int id) const { return m_nodes.at(id - 1); }
    NodeMetrics &metrics(int id) { return m_metrics[id - 1]; }

    void computeProcessesAndTimes()
    {
        for (const PlanNode &n : m_nodes) {
            NodeMetrics &m = metrics(n.id);
            if (n.parentId > 0) {
                const PlanNode &parent = node(n.parentId);
                m.processes = metrics(n.parentId).processes;
                if (isGather(parent))
                    m.processes = parallelProcesses(parent, n);
            }
            m.actualRowsTotal = n.actualRows * n.actualLoops;
            m.plannedRowsTotal = n.planRows * std::max(1.0, n.actualLoops);
            m.rowsRemovedByFilterTotal = n.rowsRemovedByFilter * n.actualLoops;
            if (n.hasTiming)
                m.inclusiveMs = n.actualTotalMs * n.actualLoops / m.processes;
            if (n.hasActuals && !n.neverExecuted()) {
                const double a = n.actualRows;
                const double p = n.planRows;
                m.misestimateFactor = std::max(a, p) / std::max(std::min(a, p), 1.0);
                if (m.misestimateFactor < 1)
                    m.misestimateFactor = 1;
                m.estimate = a > p && m.misestimateFactor > 1   ? NodeMetrics::Estimate::Under
                             : a < p && m.misestimateFactor > 1 ? NodeMetrics::Estimate::Over
                                                                : NodeMetrics::Estimate::Exact;
            }
        }
    }

    // How many processes ran the part of the plan below a Gather: the loops of its child per loop of
    // the Gather (leader plus the workers that actually started), or what was planned without ANALYZE.
    static int parallelProcesses(const PlanNode &gather, const PlanNode &child)
    {
        if (gather.singleCopy)
            return 1;
        if (child.hasActuals && child.actualLoops > 0 && gather.actualLoops > 0)
            return std::max(1, int(std::lround(child.actualLoops / gather.actualLoops)));
        const int workers =
            gather.workersLaunched >= 0 ? gather.workersLaunched : std::max(0, gather.workersPlanned);
        return workers + 1;
    }

    // Sub-plans that run once, outside the tree walk: a CTE runs while the CTE Scans reading it pull
    // rows, an InitPlan runs in whichever node first needs its value. Their time is inside those
    // nodes' time, so it is taken out of them rather than out of the node they hang from.
    static bool runsElsewhere(const PlanNode &child) { return child.isCte() || child.isInitPlan(); }

    void computeExclusives()
    {
        for (const PlanNode &n : m_nodes) {
            NodeMetrics &m = metrics(n.id);
            double childrenMs = 0;
            double childrenCost = 0;
            BufferCounts buffers = n.buffers;
            for (int c : n.childIds) {
                const PlanNode &child = node(c);
                if (runsElsewhere(child))
                    continue;
                childrenMs += metrics(c).inclusiveMs;
                childrenCost += child.totalCost;
                buffers -= child.buffers;
            }
            m.exclusiveMs = std::max(0.0, m.inclusiveMs - childrenMs);
            m.exclusiveCost = std::max(0.0, n.totalCost - childrenCost);
            m.exclusiveBuffers = buffers.clampedAtZero();
        }
    }

    // Takes `amount` out of the exclusive time of `candidates` in order; returns what did not fit.
    double takeFrom(const QList<int> &candidates, double amount)
    {
        for (int id : candidates) {
            if (amount <= 0)
                break;
            NodeMetrics &m = metrics(id);
            const double take = std::min(m.exclusiveMs, amount);
            m.exclusiveMs -= take;
            amount -= take;
        }
        return std::max(0.0, amount);
    }

    // Returns the sub-plan time no node accounted for (a data-modifying CTE nobody read).
    double distributeSubplanTime()
    {
        // Subtree of x is ids x .. x + size - 1 in pre-order.
        QList<int> subtreeSize(m_nodes.size(), 1);
        for (qsizetype i = m_nodes.size() - 1; i >= 0; --i)
            if (m_nodes.at(i).parentId > 0)
                subtreeSize[m_nodes.at(i).parentId - 1] += subtreeSize.at(i);

        // CTE definitions by the node they hang from, so a scan finds the nearest one in scope.
        QHash<QString, int> cteByKey; // "<attaching node id>/<name>" -> CTE root id
        for (const PlanNode &n : m_nodes)
            if (n.isCte() && n.parentId > 0)
                cteByKey.insert(QString::number(n.parentId) + QLatin1Char('/') + n.subplanName().mid(4),
                                n.id);
        QHash<int, QList<int>> scansOf; // CTE root id -> CTE Scans reading it, in plan order
        for (const PlanNode &n : m_nodes) {
            if (n.nodeType() != QLatin1String("CTE Scan") || n.cteName().isEmpty())
                continue;
            int cte = 0;
            for (int a = n.parentId; a > 0 && cte == 0; a = node(a).parentId)
                cte = cteByKey.value(QString::number(a) + QLatin1Char('/') + n.cteName());
            if (cte > 0)
                scansOf[cte].append(n.id);
        }

        double unaccounted = 0;
        for (const PlanNode &n : m_nodes) {
            if (n.isCte()) {
                unaccounted += takeFrom(scansOf.value(n.id), metrics(n.id).inclusiveMs);
                for (int scan : scansOf.value(n.id)) {
                    BufferCounts &b = metrics(scan).exclusiveBuffers;
                    b -= n.buffers;
                    b = b.clampedAtZero();
                }
            } else if (n.isInitPlan()) {
                unaccounted += takeFrom(initPlanCandidates(n, subtreeSize), metrics(n.id).inclusiveMs);
            }
        }
        return unaccounted;
    }

    // Where an InitPlan's time probably is: first the nodes that use its value, then the node it hangs
    // from, then the rest of that node's subtree in plan order.
    QList<int> initPlanCandidates(const PlanNode &initPlan, const QList<int> &subtreeSize) const
    {
        static const QRegularExpression paramToken(QStringLiteral("\\$\\d+"));
        QStringList tokens;
        auto it = paramToken.globalMatch(initPlan.subplanName());
        while (it.hasNext())
            tokens << it.next().captured(0);
        tokens << QStringLiteral("(%1)").arg(initPlan.subplanName().section(QLatin1Char(' '), 0, 1));

        const int owner = initPlan.parentId;
        const int ownEnd = initPlan.id + subtreeSize.at(initPlan.id - 1);
        const int end = owner + subtreeSize.at(owner - 1);
        QList<int> users;
        QList<int> others{owner};
        for (int id = owner + 1; id < end; ++id) {
            if (id >= initPlan.id && id < ownEnd)
                continue;
            (mentions(node(id), tokens) ? users : others).append(id);
        }
        return users + others;
    }

    static bool mentions(const PlanNode &n, const QStringList &tokens)
    {
        auto contains = [&](const QString &text) {
            for (const QString &t : tokens) {
                qsizetype at = text.indexOf(t);
                while (at >= 0) {
                    const qsizetype after = at + t.size();
                    if (after >= text.size() || !text.at(after).isDigit())
                        return true;
                    at = text.indexOf(t, after);
                }
            }
            return false;
        };
        for (qsizetype i = 0; i < n.properties.size(); ++i) {
            const QJsonValue v = n.properties.valueAt(i);
            if (v.isString() && contains(v.toString()))
                return true;
            if (v.isArray())
                for (const QJsonValue &item : v.toArray())
                    if (item.isString() && contains(item.toString()))
                        return true;
        }
        return false;
    }

    void add(PlanFinding::Severity severity, const char *code, int nodeId, const QString &message)
    {
        m_findings.append({QString::fromLatin1(code), severity, nodeId, message});
    }

    void findFindings()
    {
        for (const PlanNode &n : m_nodes) {
            const NodeMetrics &m = metrics(n.id);
            const QString label = nodeLabel(n);
            if (!n.hasActuals || n.neverExecuted())
                continue;

            if (m.misestimateFactor >= misestimateFactorThreshold &&
                std::max(m.actualRowsTotal, n.planRows * n.actualLoops) >= misestimateMinRows &&
                misestimateOriginatesHere(n)) {
                const auto severity = m.misestimateFactor >= 1000  ? PlanFinding::Severity::Critical
                                      : m.misestimateFactor >= 100 ? PlanFinding::Severity::Warning
                                                                   : PlanFinding::Severity::Info;
                const QString message =
                    m.estimate == NodeMetrics::Estimate::Under
                        ? QCoreApplication::translate(
                              "PlanAnalyzer",
                              "%1 returned %2 times more rows than planned (%3 instead of %4): the planner's "
                              "statistics are off; ANALYZE the tables or add extended statistics.")
                        : QCoreApplication::translate(
                              "PlanAnalyzer",
                              "%1 returned %2 times fewer rows than planned (%3 instead of %4): the "
                              "planner's "
                              "statistics are off; ANALYZE the tables or add extended statistics.");
                add(severity, "misestimate", n.id,
                    message.arg(label, number(m.misestimateFactor), number(n.actualRows),
                                number(n.planRows)));
            }

            if (n.nodeType() == QLatin1String("Seq Scan")) {
                const double scanned = m.rowsRemovedByFilterTotal + m.actualRowsTotal;
                if (scanned >= selectiveScanMinRows &&
                    m.rowsRemovedByFilterTotal >= selectiveScanRemovedShare * scanned)
                    add(PlanFinding::Severity::Warning, "seqscan-selective", n.id,
                        QCoreApplication::translate(
                            "PlanAnalyzer",
                            "%1 read %2 rows and its filter removed %3 of them (%4 %): an index on the "
                            "filtered columns would read far fewer.")
                            .arg(label, number(scanned), number(m.rowsRemovedByFilterTotal),
                                 number(100.0 * m.rowsRemovedByFilterTotal / scanned, 1)));
            }

            if ((n.nodeType() == QLatin1String("Sort") ||
                 n.nodeType() == QLatin1String("Incremental Sort")) &&
                (n.sortSpaceType() == QLatin1String("Disk") ||
                 n.sortMethod().contains(QLatin1String("external"))))
                add(PlanFinding::Severity::Warning, "sort-spill", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 spilled %2 kB to disk: a work_mem above that would keep the sort in memory.")
                        .arg(label, number(n.sortSpaceUsedKb)));

            if (n.nodeType() == QLatin1String("Hash") && n.hashBatches > 1)
                add(PlanFinding::Severity::Warning, "hash-spill", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 was split into %2 batches written to disk (planned: %3): more work_mem would let "
                        "the hash table fit in memory.")
                        .arg(label, number(n.hashBatches), number(std::max(1, n.originalHashBatches))));

            if (n.nodeType() == QLatin1String("Aggregate") && (n.hashAggBatches > 1 || n.diskUsageKb > 0))
                add(PlanFinding::Severity::Warning, "hashagg-spill", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 spilled %2 kB to disk: more work_mem (or hash_mem_multiplier) would keep it in "
                        "memory.")
                        .arg(label, number(n.diskUsageKb)));

            if (n.nodeType() == QLatin1String("Index Only Scan") && n.heapFetches >= heapFetchMin &&
                n.heapFetches >= heapFetchShare * std::max(1.0, m.actualRowsTotal))
                add(PlanFinding::Severity::Warning, "heap-fetches", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 had to visit the table %2 times for %3 rows: VACUUM the table so its visibility "
                        "map lets the index answer alone.")
                        .arg(label, number(n.heapFetches), number(m.actualRowsTotal)));

            if (n.nodeType() == QLatin1String("Bitmap Heap Scan") && n.lossyHeapBlocks > 0)
                add(PlanFinding::Severity::Warning, "bitmap-lossy", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 became lossy on %2 blocks, so every row in them was rechecked: more work_mem "
                        "keeps "
                        "the bitmap exact.")
                        .arg(label, number(n.lossyHeapBlocks)));

            if (n.nodeType() == QLatin1String("Nested Loop"))
                checkNestedLoop(n, label);

            const BufferCounts &b = m.exclusiveBuffers;
            const double blocks = double(b.sharedHit + b.sharedRead);
            if (blocks >= cacheMinBlocks && double(b.sharedHit) < cacheHitShare * blocks)
                add(PlanFinding::Severity::Info, "cache-miss", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 found only %2 of its %3 blocks in shared buffers; the rest came from disk or "
                        "the OS cache.")
                        .arg(label, DisplayFormat().percent(100.0 * double(b.sharedHit) / blocks),
                             number(blocks)));

            if (isGather(n) && n.workersPlanned > 0 && n.workersLaunched >= 0 &&
                n.workersLaunched < n.workersPlanned)
                add(PlanFinding::Severity::Warning, "workers-not-launched", n.id,
                    QCoreApplication::translate(
                        "PlanAnalyzer",
                        "%1 planned %2 parallel workers but launched %3: raise max_parallel_workers or "
                        "max_worker_processes, or run fewer parallel queries at once.")
                        .arg(label, number(n.workersPlanned), number(n.workersLaunched)));
        }

        const double jit = m_plan.jitTotalMs();
        const double execution = m_plan.executionTimeMs() > 0 ? m_plan.executionTimeMs() : m_totalMs;
        if (jit > 0 && execution > 0 && jit >= jitShare * execution)
            add(PlanFinding::Severity::Warning, "jit-dominant", 1,
                QCoreApplication::translate(
                    "PlanAnalyzer",
                    "JIT compilation took %1 ms (in all processes) for a query that ran %2 ms: for a query "
                    "this short, raise jit_above_cost or set jit = off.")
                    .arg(number(jit, 1), number(execution, 1)));
    }

    // A misestimate is reported where it starts, not on every node above that inherits it; nodes that
    // write rows (no RETURNING) and scans a Limit stopped early are not misestimates at all.
    bool misestimateOriginatesHere(const PlanNode &n)
    {
        if (n.nodeType() == QLatin1String("ModifyTable"))
            return false;
        const NodeMetrics &m = metrics(n.id);
        for (int c : n.childIds) {
            const PlanNode &child = node(c);
            const NodeMetrics &cm = metrics(c);
            if (!child.isCte() && cm.estimate == m.estimate &&
                cm.misestimateFactor >= 0.5 * m.misestimateFactor)
                return false;
        }
        if (m.estimate == NodeMetrics::Estimate::Over) {
            // Walk up the outer side: a Limit above stops its input early, by design.
            for (const PlanNode *p = &n; p->parentId > 0; p = &node(p->parentId)) {
                const PlanNode &parent = node(p->parentId);
                if (parent.nodeType() == QLatin1String("Limit"))
                    return false;
                if (p->parentRelationship() != QLatin1String("Outer") &&
                    p->parentRelationship() != QLatin1String("Subquery"))
                    break;
            }
        }
        return true;
    }

    void checkNestedLoop(const PlanNode &n, const QString &label)
    {
        int outer = 0;
        int inner = 0;
        for (int c : n.childIds) {
            const PlanNode &child = node(c);
            if (child.isInitPlan() || child.isCte() || child.isSubPlan())
                continue;
            if (outer == 0)
                outer = c;
            else if (inner == 0)
                inner = c;
        }
        if (outer == 0 || inner == 0)
            return;
        const double outerRows = metrics(outer).actualRowsTotal;
        if (outerRows >= nestedLoopOuterRows)
            add(PlanFinding::Severity::Warning, "nested-loop-outer", n.id,
                QCoreApplication::translate(
                    "PlanAnalyzer",
                    "%1 ran its inner side %2 times, once for each of %3 outer rows: a hash or merge join is "
                    "usually faster for inputs this large.")
                    .arg(label, number(node(inner).actualLoops), number(outerRows)));
    }

    const Plan &m_plan;
    const QList<PlanNode> &m_nodes;
    QList<NodeMetrics> m_metrics;
    QList<PlanFinding> m_findings;
    double m_totalMs = 0;
};

} // namespace

PlanAnalysis PlanAnalyzer::analyze(const Plan &plan)
{
    return Analyzer(plan).run();
}

} // namespace supadesk
