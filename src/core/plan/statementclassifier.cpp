// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementclassifier.h"

#include "core/sql/sqllexer.h"
#include "core/sql/sqlstatementlocator.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

bool statementModifiesData(const QString &clean)
{
    static const QRegularExpression first(QStringLiteral("^[\\s(]*(\\w+)"));
    static const QRegularExpression dml(QStringLiteral("\\b(insert|update|delete|merge)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression forUpdate(QStringLiteral("\\bfor\\s+(no\\s+key\\s+)?update\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString keyword = first.match(clean).captured(1).toLower();
    if (keyword == QLatin1String("insert") || keyword == QLatin1String("update") ||
        keyword == QLatin1String("delete") || keyword == QLatin1String("merge"))
        return true;
    if (keyword == QLatin1String("with")) {
        // A data-modifying CTE; "FOR UPDATE" locks rows but changes none.
        QString rest = clean;
        rest.remove(forUpdate);
        return dml.match(rest).hasMatch();
    }
    return false;
}

} // namespace

QString StatementClassifier::withoutCommentsAndLiterals(const QString &sql)
{
    return SqlLexer::withoutCommentsAndLiterals(sql);
}

bool StatementClassifier::modifiesData(const QString &sql)
{
    // Every statement counts, not only the first: "SELECT 1; DELETE FROM t" changes data.
    for (const SqlStatementLocator::Range &r : SqlStatementLocator::statements(sql))
        if (statementModifiesData(SqlLexer::withoutCommentsAndLiterals(sql.mid(r.start, r.end - r.start))))
            return true;
    return false;
}

} // namespace supadesk
