// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace supadesk {

Plan::Plan(QList<PlanNode> nodes, QJsonObject topLevel, Source source)
    : m_nodes(std::move(nodes)), m_topLevel(std::move(topLevel)), m_source(source)
{}

bool Plan::hasActuals() const
{
    return !m_nodes.isEmpty() && m_nodes.first().hasActuals;
}

double Plan::planningTimeMs() const
{
    const QJsonValue v = m_topLevel.value(QLatin1String("Planning Time"));
    return v.isDouble() ? v.toDouble() : -1;
}

double Plan::executionTimeMs() const
{
    QJsonValue v = m_topLevel.value(QLatin1String("Execution Time"));
    if (!v.isDouble())
        v = m_topLevel.value(QLatin1String("Total Runtime")); // before PostgreSQL 9.4
    return v.isDouble() ? v.toDouble() : -1;
}

QList<PlanTrigger> Plan::triggers() const
{
    QList<PlanTrigger> result;
    const QJsonArray array = m_topLevel.value(QLatin1String("Triggers")).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        PlanTrigger t;
        t.name = o.value(QLatin1String("Trigger Name")).toString();
        t.constraint = o.value(QLatin1String("Constraint Name")).toString();
        t.relation = o.value(QLatin1String("Relation")).toString();
        t.timeMs = o.value(QLatin1String("Time")).toDouble();
        t.calls = o.value(QLatin1String("Calls")).toDouble();
        result.append(t);
    }
    return result;
}

QString Plan::queryText() const
{
    return m_topLevel.value(QLatin1String("Query Text")).toString();
}

void Plan::setQueryText(const QString &sql)
{
    if (sql.trimmed().isEmpty())
        m_topLevel.remove(QLatin1String("Query Text"));
    else
        m_topLevel.insert(QLatin1String("Query Text"), sql);
}

double Plan::jitTotalMs() const
{
    const QJsonObject timing =
        m_topLevel.value(QLatin1String("JIT")).toObject().value(QLatin1String("Timing")).toObject();
    const QJsonValue total = timing.value(QLatin1String("Total"));
    return total.toDouble();
}

int Plan::jitFunctions() const
{
    return m_topLevel.value(QLatin1String("JIT")).toObject().value(QLatin1String("Functions")).toInt();
}

namespace {

QJsonObject nodeToJson(const QList<PlanNode> &nodes, const PlanNode &node)
{
    QJsonObject object = node.properties.toObject();
    if (!node.childIds.isEmpty()) {
        QJsonArray children;
        for (int child : node.childIds)
            children.append(nodeToJson(nodes, nodes.at(child - 1)));
        object.insert(QLatin1String("Plans"), children);
    }
    return object;
}

} // namespace

QByteArray Plan::toJson() const
{
    QJsonObject top = m_topLevel;
    if (!m_nodes.isEmpty())
        top.insert(QLatin1String("Plan"), nodeToJson(m_nodes, m_nodes.first()));
    return QJsonDocument(QJsonArray{top}).toJson(QJsonDocument::Indented);
}

} // namespace supadesk
