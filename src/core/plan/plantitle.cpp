// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantitle.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

// An identifier as EXPLAIN prints it: plain or double-quoted, optionally schema-qualified.
const QString identifier = QStringLiteral("(?:\"(?:[^\"]|\"\")*\"|[^\\s\"]+)");

void insertRelation(PlanTitle::Properties &p, const QString &qualified, const QString &key)
{
    // Split "schema.table" at the first dot outside quotes.
    bool quoted = false;
    qsizetype dot = -1;
    for (qsizetype i = 0; i < qualified.size(); ++i) {
        if (qualified.at(i) == QLatin1Char('"'))
            quoted = !quoted;
        else if (qualified.at(i) == QLatin1Char('.') && !quoted) {
            dot = i;
            break;
        }
    }
    if (dot > 0 && key == QLatin1String("Relation Name")) {
        p.insert(QStringLiteral("Schema"), qualified.left(dot));
        p.insert(key, qualified.mid(dot + 1));
    } else {
        p.insert(key, qualified);
    }
}

class JsonProperties : public PlanTitle::Properties
{
public:
    explicit JsonProperties(QJsonObject &object) : m_object(object) {}
    void insert(const QString &key, const QString &value) override { m_object.insert(key, value); }
    void insert(const QString &key, bool value) override { m_object.insert(key, value); }
    QString text(QLatin1StringView key) const override { return m_object.value(key).toString(); }
    bool contains(QLatin1StringView key) const override { return m_object.contains(key); }

private:
    QJsonObject &m_object;
};

} // namespace

void PlanTitle::read(const QString &title, QJsonObject &properties)
{
    JsonProperties p(properties);
    read(title, p);
}

void PlanTitle::read(const QString &title, Properties &p)
{
    static const QRegularExpression usingIndex(
        QStringLiteral("^(.*?)( Backward)? using (%1) on (%1)(?: (%1))?$").arg(identifier));
    static const QRegularExpression onTarget(QStringLiteral("^(.*?) on (%1)(?: (%1))?$").arg(identifier));
    static const QRegularExpression oldSubquery(QStringLiteral("^Subquery Scan (%1)$").arg(identifier));
    static const QRegularExpression join(QStringLiteral(
        "^(Hash|Merge|Nested Loop)(?: (Left|Right|Full|Semi|Anti|Right Semi|Right Anti))?(?: Join)?$"));
    static const QRegularExpression aggregate(QStringLiteral("^(Hash|Group|Mixed)?Aggregate$"));
    static const QRegularExpression setOp(QStringLiteral("^(Hash)?SetOp (.+)$"));

    QString rest = title.trimmed();
    if (rest.startsWith(QLatin1String("Parallel "))) {
        p.insert(QStringLiteral("Parallel Aware"), true);
        rest = rest.mid(9);
    } else {
        p.insert(QStringLiteral("Parallel Aware"), false);
    }
    for (const char *mode : {"Partial ", "Finalize "}) {
        if (rest.startsWith(QLatin1String(mode))) {
            p.insert(QStringLiteral("Partial Mode"), QString::fromLatin1(mode).trimmed());
            rest = rest.mid(qsizetype(qstrlen(mode)));
        }
    }

    QString type = rest;
    // Each expression runs only on titles holding the words it needs: one node line each.
    const auto noMatch = QRegularExpressionMatch();
    const bool hasOn = rest.contains(QLatin1String(" on "));
    if (const auto m = hasOn && rest.contains(QLatin1String(" using ")) ? usingIndex.match(rest) : noMatch;
        m.hasMatch()) {
        type = m.captured(1);
        p.insert(QStringLiteral("Scan Direction"),
                 m.hasCaptured(2) ? QStringLiteral("Backward") : QStringLiteral("Forward"));
        p.insert(QStringLiteral("Index Name"), m.captured(3));
        insertRelation(p, m.captured(4), QStringLiteral("Relation Name"));
        p.insert(QStringLiteral("Alias"),
                 m.hasCaptured(5) ? m.captured(5) : p.text(QLatin1String("Relation Name")));
    } else if (const auto o = hasOn ? onTarget.match(rest) : noMatch; o.hasMatch()) {
        type = o.captured(1);
        const QString target = o.captured(2);
        const QString alias = o.hasCaptured(3) ? o.captured(3) : QString();
        static const QStringList modify{QStringLiteral("Insert"), QStringLiteral("Update"),
                                        QStringLiteral("Delete"), QStringLiteral("Merge")};
        if (modify.contains(type)) {
            p.insert(QStringLiteral("Operation"), type);
            type = QStringLiteral("ModifyTable");
            insertRelation(p, target, QStringLiteral("Relation Name"));
        } else if (type == QLatin1String("Bitmap Index Scan")) {
            p.insert(QStringLiteral("Index Name"), target);
        } else if (type == QLatin1String("CTE Scan") || type == QLatin1String("WorkTable Scan")) {
            p.insert(QStringLiteral("CTE Name"), target);
        } else if (type == QLatin1String("Function Scan")) {
            p.insert(QStringLiteral("Function Name"), target);
        } else if (type == QLatin1String("Subquery Scan") || type == QLatin1String("Values Scan") ||
                   type == QLatin1String("Table Function Scan")) {
            p.insert(QStringLiteral("Alias"), target);
        } else if (type == QLatin1String("Named Tuplestore Scan")) {
            p.insert(QStringLiteral("Tuplestore Name"), target);
        } else {
            insertRelation(p, target, QStringLiteral("Relation Name"));
        }
        if (!alias.isEmpty())
            p.insert(QStringLiteral("Alias"), alias);
        else if (!p.contains(QLatin1String("Alias")) && p.contains(QLatin1String("Relation Name")))
            p.insert(QStringLiteral("Alias"), p.text(QLatin1String("Relation Name")));
    } else if (const auto s =
                   rest.startsWith(QLatin1String("Subquery Scan ")) ? oldSubquery.match(rest) : noMatch;
               s.hasMatch()) {
        type = QStringLiteral("Subquery Scan");
        p.insert(QStringLiteral("Alias"), s.captured(1));
    }

    const bool maybeJoin = type.startsWith(QLatin1String("Hash")) ||
                           type.startsWith(QLatin1String("Merge")) ||
                           type.startsWith(QLatin1String("Nested Loop"));
    if (const auto j = maybeJoin ? join.match(type) : noMatch;
        j.hasMatch() &&
        (type.endsWith(QLatin1String("Join")) || j.captured(1) == QLatin1String("Nested Loop"))) {
        type = j.captured(1) == QLatin1String("Nested Loop") ? QStringLiteral("Nested Loop")
                                                             : j.captured(1) + QLatin1String(" Join");
        p.insert(QStringLiteral("Join Type"), j.hasCaptured(2) ? j.captured(2) : QStringLiteral("Inner"));
    } else if (const auto a = type.endsWith(QLatin1String("Aggregate")) ? aggregate.match(type) : noMatch;
               a.hasMatch()) {
        const QString kind = a.captured(1);
        type = QStringLiteral("Aggregate");
        p.insert(QStringLiteral("Strategy"), kind == QLatin1String("Hash")    ? QStringLiteral("Hashed")
                                             : kind == QLatin1String("Group") ? QStringLiteral("Sorted")
                                             : kind == QLatin1String("Mixed") ? QStringLiteral("Mixed")
                                                                              : QStringLiteral("Plain"));
    } else if (const auto s = type.contains(QLatin1String("SetOp ")) ? setOp.match(type) : noMatch;
               s.hasMatch()) {
        type = QStringLiteral("SetOp");
        p.insert(QStringLiteral("Strategy"),
                 s.hasCaptured(1) ? QStringLiteral("Hashed") : QStringLiteral("Sorted"));
        p.insert(QStringLiteral("Command"), s.captured(2));
    }
    p.insert(QStringLiteral("Node Type"), type);
}

bool PlanTitle::isKnownNodeType(const QString &title)
{
    static const QRegularExpression known(QStringLiteral(
        "^(Parallel |Partial |Finalize )*(Result|ProjectSet|Insert|Update|Delete|Merge|Append|Merge Append|"
        "Recursive Union|BitmapAnd|BitmapOr|Nested Loop|Merge|Hash|Seq Scan|Sample Scan|Gather|Gather "
        "Merge|Index|"
        "Index Only|Bitmap|Tid|Subquery Scan|Function Scan|Table Function Scan|Values Scan|CTE Scan|Named "
        "Tuplestore Scan|WorkTable Scan|Foreign Scan|Custom Scan|Materialize|Memoize|Sort|Incremental "
        "Sort|Group|(Hash|Group|Mixed)?Aggregate|WindowAgg|Unique|(Hash)?SetOp|LockRows|Limit)\\b"));
    return known.match(title.trimmed()).hasMatch();
}

} // namespace supadesk
