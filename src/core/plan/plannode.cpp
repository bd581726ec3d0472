// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannode.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <iterator>

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
    using Type = PlanProperties::Type;
    QString error;
    PlanPropertiesBuilder *strings = nullptr;

    // Into the node's own store (`p`'s): shared through the builder when there is one.
    quint32 textId(PlanNode &n, const PlanProperties &p, qsizetype i, bool share)
    {
        const QString value = text(p, i);
        return strings && share ? strings->sharedText(value) : n.properties.addText(value);
    }

    QString text(const PlanProperties &p, qsizetype i)
    {
        switch (Type(p.entry(i).type)) {
        case Type::String:
            return p.stringAt(i);
        case Type::Double:
        case Type::Integer:
            return QString::number(number(p, i));
        case Type::Null:
            return {};
        default:
            fail(p, i);
            return {};
        }
    }

    double number(const PlanProperties &p, qsizetype i, double fallback = 0)
    {
        const PlanPropertyStore::Entry &e = p.entry(i);
        switch (Type(e.type)) {
        case Type::Double:
            return e.number;
        case Type::Integer:
            return double(e.integer);
        case Type::String: {
            // Some tools quote numbers; accept them when they are numbers all the same.
            bool ok = false;
            const double d = p.stringAt(i).toDouble(&ok);
            if (ok)
                return d;
            break;
        }
        case Type::Null:
            return fallback;
        default:
            break;
        }
        fail(p, i);
        return fallback;
    }

    bool flag(const PlanProperties &p, qsizetype i)
    {
        const PlanPropertyStore::Entry &e = p.entry(i);
        switch (Type(e.type)) {
        case Type::Bool:
            return e.integer != 0;
        case Type::String:
            return p.stringAt(i) == QLatin1String("true");
        case Type::Null:
            return false;
        default:
            fail(p, i);
            return false;
        }
    }

private:
    void fail(const PlanProperties &p, qsizetype i)
    {
        if (error.isEmpty())
            error = p.keyAt(i);
    }
};

using Setter = void (*)(PlanNode &, ValueReader &, const PlanProperties &, qsizetype);

#define TEXT(field)                                                                                          \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) {                                  \
        n.textIds[PlanNode::field] = r.textId(n, p, i, false);                                               \
    }
#define SHARED(field)                                                                                        \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) {                                  \
        n.textIds[PlanNode::field] = r.textId(n, p, i, true);                                                \
    }
#define NUMBER(member)                                                                                       \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) { n.member = r.number(p, i); }
#define INTEGER(member)                                                                                      \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) { n.member = int(r.number(p, i)); }
#define FLAG(member)                                                                                         \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) { n.member = r.flag(p, i); }
#define BLOCKS(member)                                                                                       \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) {                                  \
        n.buffers.member = qint64(r.number(p, i));                                                           \
    }
#define READ_MS                                                                                              \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) { n.ioReadMs += r.number(p, i); }
#define WRITE_MS                                                                                             \
    [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) { n.ioWriteMs += r.number(p, i); }

struct Role
{
    const char *key;
    Setter setter;
};

// The keys the typed members come from. A plan's store looks each distinct key up once
// (PlanNode::propertyRole); a node's properties then go to their setters by index.
const Role roles[] = {
    {"Node Type", SHARED(NodeTypeText)},
    {"Parent Relationship", SHARED(ParentRelationshipText)},
    {"Subplan Name", TEXT(SubplanNameText)},
    {"Relation Name", SHARED(RelationNameText)},
    {"Schema", SHARED(SchemaText)},
    {"Alias", TEXT(AliasText)},
    {"Index Name", TEXT(IndexNameText)},
    {"CTE Name", TEXT(CteNameText)},
    // Only for target(), which shows it when it is text and never refused a plan over it.
    {"Function Name",
     [](PlanNode &n, ValueReader &, const PlanProperties &p, qsizetype i) {
         if (PlanProperties::Type(p.entry(i).type) == PlanProperties::Type::String)
             n.textIds[PlanNode::FunctionNameText] = n.properties.addText(p.stringAt(i));
     }},
    {"Join Type", SHARED(JoinTypeText)},
    {"Strategy", SHARED(StrategyText)},
    {"Operation", SHARED(OperationText)},
    {"Partial Mode", SHARED(PartialModeText)},
    {"Parallel Aware", FLAG(parallelAware)},
    {"Single Copy", FLAG(singleCopy)},
    {"Startup Cost", NUMBER(startupCost)},
    {"Total Cost", NUMBER(totalCost)},
    {"Plan Rows", NUMBER(planRows)},
    {"Plan Width", INTEGER(planWidth)},
    {"Actual Loops",
     [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) {
         n.actualLoops = r.number(p, i);
         n.hasActuals = true;
     }},
    {"Actual Rows",
     [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) {
         n.actualRows = r.number(p, i);
         n.hasActuals = true;
     }},
    {"Actual Total Time",
     [](PlanNode &n, ValueReader &r, const PlanProperties &p, qsizetype i) {
         n.actualTotalMs = r.number(p, i);
         n.hasTiming = true;
     }},
    {"Actual Startup Time", NUMBER(actualStartupMs)},
    {"Workers Planned", INTEGER(workersPlanned)},
    {"Workers Launched", INTEGER(workersLaunched)},
    {"Rows Removed by Filter", NUMBER(rowsRemovedByFilter)},
    {"Rows Removed by Join Filter", NUMBER(rowsRemovedByJoinFilter)},
    {"Rows Removed by Index Recheck", NUMBER(rowsRemovedByIndexRecheck)},
    {"Heap Fetches", NUMBER(heapFetches)},
    {"Exact Heap Blocks", NUMBER(exactHeapBlocks)},
    {"Lossy Heap Blocks", NUMBER(lossyHeapBlocks)},
    {"Sort Method", SHARED(SortMethodText)},
    {"Sort Space Type", SHARED(SortSpaceTypeText)},
    {"Sort Space Used", NUMBER(sortSpaceUsedKb)},
    {"Hash Batches", INTEGER(hashBatches)},
    {"Original Hash Batches", INTEGER(originalHashBatches)},
    {"HashAgg Batches", INTEGER(hashAggBatches)},
    {"Disk Usage", NUMBER(diskUsageKb)},
    {"Shared Hit Blocks", BLOCKS(sharedHit)},
    {"Shared Read Blocks", BLOCKS(sharedRead)},
    {"Shared Dirtied Blocks", BLOCKS(sharedDirtied)},
    {"Shared Written Blocks", BLOCKS(sharedWritten)},
    {"Local Hit Blocks", BLOCKS(localHit)},
    {"Local Read Blocks", BLOCKS(localRead)},
    {"Local Dirtied Blocks", BLOCKS(localDirtied)},
    {"Local Written Blocks", BLOCKS(localWritten)},
    {"Temp Read Blocks", BLOCKS(tempRead)},
    {"Temp Written Blocks", BLOCKS(tempWritten)},
    {"I/O Read Time", READ_MS},
    {"Shared I/O Read Time", READ_MS},
    {"Local I/O Read Time", READ_MS},
    {"Temp I/O Read Time", READ_MS},
    {"I/O Write Time", WRITE_MS},
    {"Shared I/O Write Time", WRITE_MS},
    {"Local I/O Write Time", WRITE_MS},
    {"Temp I/O Write Time", WRITE_MS},
};

#undef TEXT
#undef SHARED
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

int PlanNode::propertyRole(const QString &key)
{
    static const QHash<QString, int> byKey = [] {
        QHash<QString, int> table;
        for (int i = 0; i < int(std::size(roles)); ++i)
            table.insert(QString::fromLatin1(roles[i].key), i);
        return table;
    }();
    return byKey.value(key, -1);
}

QString PlanNode::readProperties(PlanPropertiesBuilder *strings)
{
    ValueReader reader;
    reader.strings = strings;
    for (qsizetype i = 0; i < properties.size(); ++i)
        if (const int role = properties.roleAt(i); role >= 0)
            roles[role].setter(*this, reader, properties, i);
    return reader.error;
}

QString PlanNode::displayType() const
{
    QString type = nodeType();
    if (nodeType() == QLatin1String("ModifyTable") && !operation().isEmpty())
        type = operation();
    else if (nodeType() == QLatin1String("Aggregate")) {
        if (strategy() == QLatin1String("Hashed"))
            type = QStringLiteral("HashAggregate");
        else if (strategy() == QLatin1String("Sorted"))
            type = QStringLiteral("GroupAggregate");
        else if (strategy() == QLatin1String("Mixed"))
            type = QStringLiteral("MixedAggregate");
    } else if (!joinType().isEmpty() && joinType() != QLatin1String("Inner")) {
        if (nodeType() == QLatin1String("Nested Loop"))
            type = QStringLiteral("Nested Loop %1 Join").arg(joinType());
        else if (type.endsWith(QLatin1String(" Join")))
            type = QStringLiteral("%1 %2 Join").arg(type.chopped(5), joinType());
    }
    if (partialMode() == QLatin1String("Partial") || partialMode() == QLatin1String("Finalize"))
        type = partialMode() + QLatin1Char(' ') + type;
    if (parallelAware && !type.startsWith(QLatin1String("Parallel ")))
        type = QStringLiteral("Parallel ") + type;
    return type;
}

QString PlanNode::target() const
{
    QString relation = relationName();
    if (!relation.isEmpty() && !schema().isEmpty())
        relation = schema() + QLatin1Char('.') + relation;
    if (relation.isEmpty() && !cteName().isEmpty())
        relation = cteName();
    if (relation.isEmpty())
        relation = functionName();
    if (!relation.isEmpty() && !alias().isEmpty() && alias() != relationName() && alias() != cteName())
        relation += QLatin1Char(' ') + alias();
    if (relation.isEmpty() && !alias().isEmpty())
        relation = alias();
    if (!indexName().isEmpty())
        return relation.isEmpty() ? indexName() : QStringLiteral("%1 on %2").arg(indexName(), relation);
    return relation;
}

} // namespace supadesk
