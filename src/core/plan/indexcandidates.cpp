// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcandidates.h"

#include <QRegularExpression>
#include <QSet>

namespace supadesk {

namespace {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Literals may hold anything that looks like a comparison: blank them out before reading columns.
QString withoutLiterals(const QString &text)
{
    static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*'"));
    QString t = text;
    t.replace(literal, QStringLiteral("''"));
    return t;
}

} // namespace

QString IndexCandidate::qualifiedRelation() const
{
    return schema.isEmpty() ? quoted(relation) : quoted(schema) + QLatin1Char('.') + quoted(relation);
}

QString IndexCandidate::createStatement() const
{
    QStringList cols;
    for (const QString &c : columns)
        cols << quoted(c);
    return QStringLiteral("CREATE INDEX ON %1 (%2)")
        .arg(qualifiedRelation(), cols.join(QStringLiteral(", ")));
}

QStringList IndexCandidates::filterColumns(const QString &filter)
{
    // A column, possibly qualified and cast ("(t.name)::text"), then a comparison. Functions of a column
    // ("lower(name) = ...") are left out: a plain index would not serve them.
    static const QRegularExpression comparison(
        QStringLiteral("(?<![\\w.])(?:\\w+\\.)?(\\w+)\\)?(?:::[\\w ]+?)?\\s*(=|<>|!=|<=|>=|<|>|~~\\*?|IS "
                       "NULL|IS NOT NULL|= ANY)"));
    static const QSet<QString> keywords{QStringLiteral("AND"),  QStringLiteral("OR"),
                                        QStringLiteral("NOT"),  QStringLiteral("NULL"),
                                        QStringLiteral("true"), QStringLiteral("false")};
    const QString text = withoutLiterals(filter);
    QStringList equality;
    QStringList others;
    auto it = comparison.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString column = m.captured(1);
        const int start = int(m.capturedStart(1));
        // Skip "$1", numbers and a function's argument list closing before the operator.
        if (column.isEmpty() || column.at(0).isDigit() || keywords.contains(column))
            continue;
        if (start > 0 && text.at(start - 1) == QLatin1Char('$'))
            continue;
        const int open = int(text.lastIndexOf(QLatin1Char('('), start));
        if (open > 0 && (text.at(open - 1).isLetterOrNumber() || text.at(open - 1) == QLatin1Char('_')))
            continue; // inside a function call
        const QString op = m.captured(2);
        QStringList &target =
            (op == QLatin1String("=") || op == QLatin1String("IS NULL") || op == QLatin1String("= ANY"))
                ? equality
                : others;
        if (!equality.contains(column) && !others.contains(column))
            target << column;
    }
    QStringList result = equality + others;
    return result.mid(0, MaxColumns);
}

QList<IndexCandidate> IndexCandidates::find(const Plan &plan)
{
    QList<IndexCandidate> result;
    QSet<QString> seen;
    for (const PlanNode &n : plan.nodes()) {
        if (n.nodeType() != QLatin1String("Seq Scan") || n.relationName().isEmpty())
            continue;
        const QString filter = n.properties.value(QLatin1String("Filter")).toString();
        if (filter.isEmpty())
            continue;
        IndexCandidate c;
        c.nodeId = n.id;
        c.schema = n.schema();
        c.relation = n.relationName();
        c.columns = filterColumns(filter);
        if (c.columns.isEmpty())
            continue;
        const QString key = c.createStatement();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(c);
    }
    return result;
}

} // namespace supadesk
