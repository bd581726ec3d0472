// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementclassifier.h"

#include <QRegularExpression>

namespace supadesk {

QString StatementClassifier::withoutCommentsAndLiterals(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            out += QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            int depth = 0; // PostgreSQL block comments nest
            do {
                if (sql.mid(i, 2) == QLatin1String("/*")) {
                    ++depth;
                    i += 2;
                } else if (sql.mid(i, 2) == QLatin1String("*/")) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (i < n && depth > 0);
            out += QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            ++i;
            while (i < n) {
                if (sql.at(i) == c) {
                    if (i + 1 < n && sql.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
            out += c == QLatin1Char('"') ? QStringLiteral(" ident ") : QStringLiteral(" '' ");
        } else if (c == QLatin1Char('$')) {
            // Dollar quoting: $tag$ ... $tag$
            static const QRegularExpression tag(QStringLiteral("\\G\\$([A-Za-z_][A-Za-z_0-9]*)?\\$"));
            const auto m = tag.match(sql, i);
            if (m.hasMatch()) {
                const QString delimiter = m.captured(0);
                const qsizetype end = sql.indexOf(delimiter, i + delimiter.size());
                i = end < 0 ? n : end + delimiter.size();
                out += QStringLiteral(" '' ");
            } else {
                out += c;
                ++i;
            }
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

bool StatementClassifier::modifiesData(const QString &sql)
{
    static const QRegularExpression first(QStringLiteral("^[\\s(]*(\\w+)"));
    static const QRegularExpression dml(QStringLiteral("\\b(insert|update|delete|merge)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression forUpdate(QStringLiteral("\\bfor\\s+(no\\s+key\\s+)?update\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QString clean = withoutCommentsAndLiterals(sql);
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

} // namespace supadesk
