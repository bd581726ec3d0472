// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhighlighter.h"

namespace supadesk {

namespace {

QTextCharFormat makeFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document, const StatePalette &colours)
    : QSyntaxHighlighter(document)
{
    buildRules(colours);
}

void SqlHighlighter::setColours(const StatePalette &colours)
{
    buildRules(colours);
    rehighlight();
}

void SqlHighlighter::buildRules(const StatePalette &colours)
{
    using Role = StatePalette::Role;
    m_rules.clear();
    static const char *const keywords[] = {
        "select",   "from",    "where",      "and",       "or",           "not",      "in",
        "is",       "null",    "as",         "join",      "left",         "right",    "inner",
        "outer",    "full",    "cross",      "on",        "using",        "group",    "by",
        "order",    "having",  "limit",      "offset",    "union",        "all",      "distinct",
        "insert",   "into",    "values",     "update",    "set",          "delete",   "returning",
        "create",   "table",   "index",      "view",      "materialized", "drop",     "alter",
        "add",      "column",  "constraint", "primary",   "key",          "foreign",  "references",
        "unique",   "check",   "default",    "with",      "recursive",    "case",     "when",
        "then",     "else",    "end",        "exists",    "between",      "like",     "ilike",
        "asc",      "desc",    "nulls",      "first",     "last",         "begin",    "commit",
        "rollback", "explain", "analyze",    "verbose",   "buffers",      "format",   "json",
        "true",     "false",   "over",       "partition", "window",       "lateral",  "grant",
        "revoke",   "vacuum",  "merge",      "matched",   "do",           "function", "returns",
        "language", "trigger", "extension",  "schema",    "if",           "cascade",  "concurrently"};
    QStringList words;
    for (const char *k : keywords)
        words.append(QString::fromLatin1(k));
    const auto insensitive = QRegularExpression::CaseInsensitiveOption;
    m_rules.append(
        {QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(words.join(QLatin1Char('|'))), insensitive),
         makeFormat(colours.color(Role::SqlKeyword), true)});
    m_rules.append({QRegularExpression(QStringLiteral("\\b\\d+(\\.\\d+)?\\b")),
                    makeFormat(colours.color(Role::SqlNumber))});
    m_rules.append({QRegularExpression(QStringLiteral("\"(?:[^\"]|\"\")*\"")),
                    makeFormat(colours.color(Role::SqlQuotedName))});
    m_rules.append(
        {QRegularExpression(QStringLiteral("'(?:[^']|'')*'")), makeFormat(colours.color(Role::SqlString))});
    m_rules.append({QRegularExpression(QStringLiteral("--[^\\n]*")),
                    makeFormat(colours.color(Role::SqlComment), false, true)});
    m_comment = makeFormat(colours.color(Role::SqlComment), false, true);
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules))
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), rule.format);
        }
    // Block comments may span lines: block state 1 means "inside a comment".
    setCurrentBlockState(0);
    int start = previousBlockState() == 1 ? 0 : int(text.indexOf(QLatin1String("/*")));
    while (start >= 0) {
        const int end =
            int(text.indexOf(QLatin1String("*/"), start + (previousBlockState() == 1 && start == 0 ? 0 : 2)));
        int length;
        if (end < 0) {
            setCurrentBlockState(1);
            length = int(text.size()) - start;
        } else {
            length = end - start + 2;
        }
        setFormat(start, length, m_comment);
        start = int(text.indexOf(QLatin1String("/*"), start + length));
    }
}

} // namespace supadesk
