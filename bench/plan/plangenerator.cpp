// SPDX-License-Identifier: GPL-3.0-or-later
#include "plangenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace supadesk::bench {

namespace {

// A node in the making: its JSON properties, its text line and property lines, and its children.
struct GenNode
{
    QJsonObject props;
    QStringList textProps;
    QString title;
    QList<GenNode> children;
    QString subplan;
};

class Generator
{
public:
    explicit Generator(int target) : m_target(target) {}

    GenNode build()
    {
        // An Append of members keeps the depth realistic (tens, not thousands) however large the plan.
        GenNode root = node(QStringLiteral("Append"), QStringLiteral("Append"), 1.0);
        while (m_count < m_target)
            root.children.append(member(0));
        root.props.insert(QStringLiteral("Actual Total Time"), m_time + 1.0);
        return root;
    }

    int count() const { return m_count; }

private:
    GenNode node(const QString &type, const QString &title, double ms, double rows = 1000, double loops = 1)
    {
        ++m_count;
        ++m_serial;
        GenNode n;
        n.title = title;
        n.props = QJsonObject{
            {QStringLiteral("Node Type"), type},
            {QStringLiteral("Parallel Aware"), false},
            {QStringLiteral("Startup Cost"), 0.42},
            {QStringLiteral("Total Cost"), 1000.0 + m_serial},
            {QStringLiteral("Plan Rows"), rows * (m_serial % 7 == 0 ? 50 : 1)},
            {QStringLiteral("Plan Width"), 48},
            {QStringLiteral("Actual Startup Time"), 0.013},
            {QStringLiteral("Actual Total Time"), ms},
            {QStringLiteral("Actual Rows"), rows},
            {QStringLiteral("Actual Loops"), loops},
            {QStringLiteral("Output"),
             QJsonArray{QStringLiteral("t%1.id").arg(m_serial), QStringLiteral("t%1.name").arg(m_serial),
                        QStringLiteral("t%1.created_at").arg(m_serial)}},
            {QStringLiteral("Shared Hit Blocks"), 120 + m_serial % 50},
            {QStringLiteral("Shared Read Blocks"), m_serial % 13},
            {QStringLiteral("Shared Dirtied Blocks"), 0},
            {QStringLiteral("Shared Written Blocks"), 0},
            {QStringLiteral("Temp Read Blocks"), 0},
            {QStringLiteral("Temp Written Blocks"), 0},
        };
        n.textProps
            << QStringLiteral("Output: t%1.id, t%1.name, t%1.created_at").arg(m_serial)
            << QStringLiteral("Buffers: shared hit=%1 read=%2").arg(120 + m_serial % 50).arg(m_serial % 13);
        m_time += ms;
        return n;
    }

    GenNode scan(double ms, double rows)
    {
        const QString rel = QStringLiteral("table_%1").arg(m_serial % 97);
        GenNode n = node(QStringLiteral("Seq Scan"),
                         QStringLiteral("Seq Scan on public.%1 t%2").arg(rel).arg(m_serial + 1), ms, rows);
        n.props.insert(QStringLiteral("Relation Name"), rel);
        n.props.insert(QStringLiteral("Schema"), QStringLiteral("public"));
        n.props.insert(QStringLiteral("Alias"), QStringLiteral("t%1").arg(m_serial));
        n.props.insert(QStringLiteral("Filter"),
                       QStringLiteral("(t%1.status = 'active'::text)").arg(m_serial));
        n.props.insert(QStringLiteral("Rows Removed by Filter"), rows * 3);
        n.textProps << QStringLiteral("Filter: (t%1.status = 'active'::text)").arg(m_serial)
                    << QStringLiteral("Rows Removed by Filter: %1").arg(rows * 3);
        return n;
    }

    GenNode indexScan(double loops)
    {
        const QString rel = QStringLiteral("table_%1").arg(m_serial % 89);
        GenNode n =
            node(QStringLiteral("Index Scan"),
                 QStringLiteral("Index Scan using %1_pkey on public.%1 t%2").arg(rel).arg(m_serial + 1),
                 0.004, 1, loops);
        n.props.insert(QStringLiteral("Relation Name"), rel);
        n.props.insert(QStringLiteral("Schema"), QStringLiteral("public"));
        n.props.insert(QStringLiteral("Index Name"), rel + QStringLiteral("_pkey"));
        n.props.insert(QStringLiteral("Alias"), QStringLiteral("t%1").arg(m_serial));
        n.props.insert(QStringLiteral("Index Cond"), QStringLiteral("(t%1.id = t0.ref_id)").arg(m_serial));
        n.textProps << QStringLiteral("Index Cond: (t%1.id = t0.ref_id)").arg(m_serial);
        return n;
    }

    // One member: a sort over an aggregate over a hash join and a nested loop, sometimes with a
    // sub-plan, recursing while the plan is small enough.
    GenNode member(int depth)
    {
        GenNode sort = node(QStringLiteral("Sort"), QStringLiteral("Sort"), 9.0, 500);
        sort.props.insert(QStringLiteral("Sort Key"), QJsonArray{QStringLiteral("t.created_at")});
        sort.props.insert(QStringLiteral("Sort Method"), QStringLiteral("quicksort"));
        sort.props.insert(QStringLiteral("Sort Space Type"), QStringLiteral("Memory"));
        sort.props.insert(QStringLiteral("Sort Space Used"), 71);
        sort.textProps << QStringLiteral("Sort Key: t.created_at")
                       << QStringLiteral("Sort Method: quicksort  Memory: 71kB");
        GenNode agg = node(QStringLiteral("Aggregate"), QStringLiteral("HashAggregate"), 8.0, 500);
        agg.props.insert(QStringLiteral("Strategy"), QStringLiteral("Hashed"));
        GenNode join = node(QStringLiteral("Hash Join"), QStringLiteral("Hash Join"), 6.0, 1000);
        join.props.insert(QStringLiteral("Join Type"), QStringLiteral("Inner"));
        join.props.insert(QStringLiteral("Hash Cond"), QStringLiteral("(a.id = b.a_id)"));
        join.textProps << QStringLiteral("Hash Cond: (a.id = b.a_id)");
        GenNode hash = node(QStringLiteral("Hash"), QStringLiteral("Hash"), 1.0, 200);
        hash.props.insert(QStringLiteral("Hash Buckets"), 1024);
        hash.props.insert(QStringLiteral("Hash Batches"), 1);
        hash.textProps << QStringLiteral("Buckets: 1024  Batches: 1  Memory Usage: 40kB");
        hash.children.append(scan(0.8, 200));
        GenNode loop = node(QStringLiteral("Nested Loop"), QStringLiteral("Nested Loop"), 3.0, 1000);
        loop.children.append(scan(1.0, 1000));
        loop.children.append(indexScan(1000));
        join.children.append(loop);
        join.children.append(hash);
        agg.children.append(join);
        if (m_serial % 5 == 0) {
            GenNode sub = node(QStringLiteral("Aggregate"), QStringLiteral("Aggregate"), 0.01, 1, 500);
            sub.subplan = QStringLiteral("SubPlan %1").arg(m_serial);
            sub.props.insert(QStringLiteral("Parent Relationship"), QStringLiteral("SubPlan"));
            sub.props.insert(QStringLiteral("Subplan Name"), sub.subplan);
            sub.children.append(indexScan(500));
            agg.children.append(sub);
        }
        sort.children.append(agg);
        if (depth < 4 && m_count < m_target - 20 && m_serial % 3 == 0) {
            GenNode append = node(QStringLiteral("Append"), QStringLiteral("Append"), 0.5, 1000);
            append.children.append(member(depth + 1));
            append.children.append(member(depth + 1));
            sort.children.append(append);
        }
        return sort;
    }

    int m_target;
    int m_count = 0;
    int m_serial = 0;
    double m_time = 0;
};

QJsonObject toJson(const GenNode &n)
{
    QJsonObject o = n.props;
    if (!n.children.isEmpty()) {
        QJsonArray children;
        for (const GenNode &c : n.children)
            children.append(toJson(c));
        o.insert(QStringLiteral("Plans"), children);
    }
    return o;
}

void toText(const GenNode &n, int indent, bool child, QString &out)
{
    const QString pad(indent, QLatin1Char(' '));
    const QJsonObject &p = n.props;
    const QString figures =
        QStringLiteral("(cost=%1..%2 rows=%3 width=%4) (actual time=%5..%6 rows=%7 loops=%8)")
            .arg(p.value(QLatin1String("Startup Cost")).toDouble(), 0, 'f', 2)
            .arg(p.value(QLatin1String("Total Cost")).toDouble(), 0, 'f', 2)
            .arg(p.value(QLatin1String("Plan Rows")).toDouble())
            .arg(p.value(QLatin1String("Plan Width")).toInt())
            .arg(p.value(QLatin1String("Actual Startup Time")).toDouble(), 0, 'f', 3)
            .arg(p.value(QLatin1String("Actual Total Time")).toDouble(), 0, 'f', 3)
            .arg(p.value(QLatin1String("Actual Rows")).toDouble())
            .arg(p.value(QLatin1String("Actual Loops")).toDouble());
    if (!n.subplan.isEmpty())
        out += pad.left(indent - 4) + n.subplan + QLatin1Char('\n');
    out += pad + (child ? QStringLiteral("->  ") : QString()) + n.title + QStringLiteral("  ") + figures +
           QLatin1Char('\n');
    const int inner = indent + (child ? 6 : 2);
    for (const QString &line : n.textProps)
        out += QString(inner, QLatin1Char(' ')) + line + QLatin1Char('\n');
    for (const GenNode &c : n.children)
        toText(c, inner, true, out);
}

} // namespace

QByteArray PlanGenerator::json(int nodes)
{
    Generator g(nodes);
    const GenNode root = g.build();
    QJsonObject top{{QStringLiteral("Plan"), toJson(root)},
                    {QStringLiteral("Planning Time"), 1.5},
                    {QStringLiteral("Triggers"), QJsonArray{}},
                    {QStringLiteral("Execution Time"),
                     root.props.value(QLatin1String("Actual Total Time")).toDouble() + 0.5}};
    return QJsonDocument(QJsonArray{top}).toJson(QJsonDocument::Indented);
}

QByteArray PlanGenerator::text(int nodes)
{
    Generator g(nodes);
    const GenNode root = g.build();
    QString out;
    toText(root, 1, false, out);
    out += QStringLiteral(" Planning Time: 1.500 ms\n Execution Time: %1 ms\n")
               .arg(root.props.value(QLatin1String("Actual Total Time")).toDouble() + 0.5, 0, 'f', 3);
    return out.toUtf8();
}

} // namespace supadesk::bench
