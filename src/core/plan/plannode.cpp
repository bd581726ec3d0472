// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannode.h"

#include <QHash>
#include <QJsonValue>

#include <algorithm>
#include <array>

namespace supadesk {

namespace {

struct BufferKey
{
    const char *key;
    qint64 BufferCounts::*member;
};

constexpr std::array<BufferKey, 10> bufferKeys{{
    {"Shared Hit Blocks", &BufferCounts::sharedHit},
    {"Shared Read Blocks", &BufferCounts::sharedRead},
    {"Shared Dirtied Blocks", &BufferCounts::sharedDirtied},
    {"Shared Written Blocks", &BufferCounts::sharedWritten},
    {"Local Hit Blocks", &BufferCounts::localHit},
    {"Local Read Blocks", &BufferCounts::localRead},
    {"Local Dirtied Blocks", &BufferCounts::localDirtied},
    {"Local Written Blocks", &BufferCounts::localWritten},
    {"Temp Read Blocks", &BufferCounts::tempRead},
    {"Temp Written Blocks", &BufferCounts::tempWritten},
}};

// Reads one property value, remembering the first key whose value has the wrong type.
class ValueReader
{
public:
    QString error;

    QString text(const QString &key, const QJsonValue &v)
    {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (!v.isNull())
            fail(key);
        return {};
    }

    double number(const QString &key, const QJsonValue &v, double fallback = 0)
    {
        if (v.isDouble())
            return v.toDouble();
        // Some tools quote numbers; accept them when they are numbers all the same.
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().toDouble(&ok);
            if (ok)
                return d;
        }
        if (!v.isNull())
            fail(key);
        return fallback;
    }

    bool flag(const QString &key, const QJsonValue &v)
    {
        if (v.isBool())
            return v.toBool();
        if (v.isString())
            return v.toString() == QLatin1String("true");
        if (!v.isNull())
            fail(key);
        return false;
    }

private:
    void fail(const QString &key)
    {
        if (error.isEmpty())
            error = key;
    }
};

using Setter = void (*)(PlanNode &, ValueReader &, const QString &, const QJsonValue &);

#define TEXT(member)                                                                                         \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) { n.member = r.text(k, v); }
#define NUMBER(member)                                                                                       \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) { n.member = r.number(k, v); }
#define INTEGER(member)                                                                                      \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) { n.member = int(r.number(k, v)); }
#define FLAG(member)                                                                                         \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) { n.member = r.flag(k, v); }
#define BLOCKS(member)                                                                                       \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) {                                 \
        n.buffers.member = qint64(r.number(k, v));                                                           \
    }
#define READ_MS                                                                                              \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) { n.ioReadMs += r.number(k, v); }
#define WRITE_MS                                                                                             \
    [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) { n.ioWriteMs += r.number(k, v); }

// One pass over a node's properties: plans have thousands of nodes with dozens of keys each.
const QHash<QString, Setter> &setters()
{
    static const QHash<QString, Setter> table{
        {QStringLiteral("Node Type"), TEXT(nodeType)},
        {QStringLiteral("Parent Relationship"), TEXT(parentRelationship)},
        {QStringLiteral("Subplan Name"), TEXT(subplanName)},
        {QStringLiteral("Relation Name"), TEXT(relationName)},
        {QStringLiteral("Schema"), TEXT(schema)},
        {QStringLiteral("Alias"), TEXT(alias)},
        {QStringLiteral("Index Name"), TEXT(indexName)},
        {QStringLiteral("CTE Name"), TEXT(cteName)},
        {QStringLiteral("Join Type"), TEXT(joinType)},
        {QStringLiteral("Strategy"), TEXT(strategy)},
        {QStringLiteral("Operation"), TEXT(operation)},
        {QStringLiteral("Partial Mode"), TEXT(partialMode)},
        {QStringLiteral("Parallel Aware"), FLAG(parallelAware)},
        {QStringLiteral("Single Copy"), FLAG(singleCopy)},
        {QStringLiteral("Startup Cost"), NUMBER(startupCost)},
        {QStringLiteral("Total Cost"), NUMBER(totalCost)},
        {QStringLiteral("Plan Rows"), NUMBER(planRows)},
        {QStringLiteral("Plan Width"), INTEGER(planWidth)},
        {QStringLiteral("Actual Loops"),
         [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) {
             n.actualLoops = r.number(k, v);
             n.hasActuals = true;
         }},
        {QStringLiteral("Actual Rows"),
         [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) {
             n.actualRows = r.number(k, v);
             n.hasActuals = true;
         }},
        {QStringLiteral("Actual Total Time"),
         [](PlanNode &n, ValueReader &r, const QString &k, const QJsonValue &v) {
             n.actualTotalMs = r.number(k, v);
             n.hasTiming = true;
         }},
        {QStringLiteral("Actual Startup Time"), NUMBER(actualStartupMs)},
        {QStringLiteral("Workers Planned"), INTEGER(workersPlanned)},
        {QStringLiteral("Workers Launched"), INTEGER(workersLaunched)},
        {QStringLiteral("Rows Removed by Filter"), NUMBER(rowsRemovedByFilter)},
        {QStringLiteral("Rows Removed by Join Filter"), NUMBER(rowsRemovedByJoinFilter)},
        {QStringLiteral("Rows Removed by Index Recheck"), NUMBER(rowsRemovedByIndexRecheck)},
        {QStringLiteral("Heap Fetches"), NUMBER(heapFetches)},
        {QStringLiteral("Exact Heap Blocks"), NUMBER(exactHeapBlocks)},
        {QStringLiteral("Lossy Heap Blocks"), NUMBER(lossyHeapBlocks)},
        {QStringLiteral("Sort Method"), TEXT(sortMethod)},
        {QStringLiteral("Sort Space Type"), TEXT(sortSpaceType)},
        {QStringLiteral("Sort Space Used"), NUMBER(sortSpaceUsedKb)},
        {QStringLiteral("Hash Batches"), INTEGER(hashBatches)},
        {QStringLiteral("Original Hash Batches"), INTEGER(originalHashBatches)},
        {QStringLiteral("HashAgg Batches"), INTEGER(hashAggBatches)},
        {QStringLiteral("Disk Usage"), NUMBER(diskUsageKb)},
        {QStringLiteral("Shared Hit Blocks"), BLOCKS(sharedHit)},
        {QStringLiteral("Shared Read Blocks"), BLOCKS(sharedRead)},
        {QStringLiteral("Shared Dirtied Blocks"), BLOCKS(sharedDirtied)},
        {QStringLiteral("Shared Written Blocks"), BLOCKS(sharedWritten)},
        {QStringLiteral("Local Hit Blocks"), BLOCKS(localHit)},
        {QStringLiteral("Local Read Blocks"), BLOCKS(localRead)},
        {QStringLiteral("Local Dirtied Blocks"), BLOCKS(localDirtied)},
        {QStringLiteral("Local Written Blocks"), BLOCKS(localWritten)},
        {QStringLiteral("Temp Read Blocks"), BLOCKS(tempRead)},
        {QStringLiteral("Temp Written Blocks"), BLOCKS(tempWritten)},
        {QStringLiteral("I/O Read Time"), READ_MS},
        {QStringLiteral("Shared I/O Read Time"), READ_MS},
        {QStringLiteral("Local I/O Read Time"), READ_MS},
        {QStringLiteral("Temp I/O Read Time"), READ_MS},
        {QStringLiteral("I/O Write Time"), WRITE_MS},
        {QStringLiteral("Shared I/O Write Time"), WRITE_MS},
        {QStringLiteral("Local I/O Write Time"), WRITE_MS},
        {QStringLiteral("Temp I/O Write Time"), WRITE_MS},
    };
    return table;
}

#undef TEXT
#undef NUMBER
#undef INTEGER
#undef FLAG
#undef BLOCKS
#undef READ_MS
#undef WRITE_MS

} // namespace

BufferCounts &BufferCounts::operator-=(const BufferCounts &other)
{
    for (const BufferKey &k : bufferKeys)
        this->*k.member -= other.*k.member;
    return *this;
}

BufferCounts &BufferCounts::operator+=(const BufferCounts &other)
{
    for (const BufferKey &k : bufferKeys)
        this->*k.member += other.*k.member;
    return *this;
}

BufferCounts BufferCounts::clampedAtZero() const
{
    BufferCounts copy = *this;
    for (const BufferKey &k : bufferKeys)
        copy.*k.member = std::max<qint64>(0, copy.*k.member);
    return copy;
}

bool BufferCounts::isEmpty() const
{
    return std::all_of(bufferKeys.begin(), bufferKeys.end(),
                       [this](const BufferKey &k) { return this->*k.member == 0; });
}

QString PlanNode::readProperties()
{
    ValueReader reader;
    const QHash<QString, Setter> &table = setters();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QString key = it.key();
        const auto setter = table.constFind(key);
        if (setter != table.constEnd())
            (*setter)(*this, reader, key, it.value());
    }
    return reader.error;
}

QString PlanNode::displayType() const
{
    QString type = nodeType;
    if (nodeType == QLatin1String("ModifyTable") && !operation.isEmpty())
        type = operation;
    else if (nodeType == QLatin1String("Aggregate")) {
        if (strategy == QLatin1String("Hashed"))
            type = QStringLiteral("HashAggregate");
        else if (strategy == QLatin1String("Sorted"))
            type = QStringLiteral("GroupAggregate");
        else if (strategy == QLatin1String("Mixed"))
            type = QStringLiteral("MixedAggregate");
    } else if (!joinType.isEmpty() && joinType != QLatin1String("Inner")) {
        if (nodeType == QLatin1String("Nested Loop"))
            type = QStringLiteral("Nested Loop %1 Join").arg(joinType);
        else if (type.endsWith(QLatin1String(" Join")))
            type = QStringLiteral("%1 %2 Join").arg(type.chopped(5), joinType);
    }
    if (partialMode == QLatin1String("Partial") || partialMode == QLatin1String("Finalize"))
        type = partialMode + QLatin1Char(' ') + type;
    if (parallelAware && !type.startsWith(QLatin1String("Parallel ")))
        type = QStringLiteral("Parallel ") + type;
    return type;
}

QString PlanNode::target() const
{
    QString relation = relationName;
    if (!relation.isEmpty() && !schema.isEmpty())
        relation = schema + QLatin1Char('.') + relation;
    if (relation.isEmpty() && !cteName.isEmpty())
        relation = cteName;
    if (relation.isEmpty())
        relation = properties.value(QLatin1String("Function Name")).toString();
    if (!relation.isEmpty() && !alias.isEmpty() && alias != relationName && alias != cteName)
        relation += QLatin1Char(' ') + alias;
    if (relation.isEmpty() && !alias.isEmpty())
        relation = alias;
    if (!indexName.isEmpty())
        return relation.isEmpty() ? indexName : QStringLiteral("%1 on %2").arg(indexName, relation);
    return relation;
}

} // namespace supadesk
