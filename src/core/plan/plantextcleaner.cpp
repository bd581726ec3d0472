// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantextcleaner.h"

#include <QRegularExpression>

#include <utility>

namespace supadesk {

namespace {

bool isRule(QStringView trimmed)
{
    if (trimmed.size() < 3)
        return false;
    for (QChar c : trimmed) {
        const char16_t u = c.unicode();
        const bool ruleChar = u == '-' || u == '=' || u == '+' || u == '|' || (u >= 0x2500 && u <= 0x257F);
        if (!ruleChar)
            return false;
    }
    return true;
}

// Views, not copies: the cleaner looks at every line of plans of a hundred thousand lines.
bool isQuoted(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.size() >= 2 && t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'));
}

} // namespace

QList<PlanTextLine> PlanTextCleaner::clean(const QString &text)
{
    // Searching for a character is a fast scan; replacing runs a string matcher over the whole text
    // even when there is nothing to replace, which cost a sixth of reading a large plan.
    QString normalised = text;
    if (normalised.contains(QLatin1Char('\r'))) {
        normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    if (normalised.contains(QLatin1Char('\t')))
        normalised.replace(QLatin1Char('\t'), QLatin1String("    "));
    const QStringList raw = normalised.split(QLatin1Char('\n'));

    int nonEmpty = 0;
    int quoted = 0;
    int piped = 0;
    for (const QString &line : raw) {
        const QStringView t = QStringView(line).trimmed();
        if (t.isEmpty())
            continue;
        ++nonEmpty;
        if (isQuoted(line))
            ++quoted;
        if (t.endsWith(QLatin1Char('|')) || t.endsWith(QChar(0x2502)))
            ++piped;
    }
    // pgAdmin and spreadsheets quote every line; DBeaver and unicode psql end each row with a separator.
    const bool stripQuotes = nonEmpty > 0 && quoted * 2 > nonEmpty;
    const bool stripPipes = nonEmpty > 0 && piped * 2 > nonEmpty;

    static const QRegularExpression footer(QStringLiteral("^\\(\\d+ \\S+\\)$"));
    static const QRegularExpression trailingPipe(QStringLiteral("\\s*[|\\x{2502}]\\s*$"));
    static const QRegularExpression continuation(QStringLiteral("\\s+\\+$"));

    QList<PlanTextLine> lines;
    for (int i = 0; i < raw.size(); ++i) {
        QString line = raw.at(i);
        if (stripPipes) {
            line.remove(trailingPipe);
            if (line.startsWith(QChar(0x2502)) || line.startsWith(QLatin1Char('|')))
                line.remove(0, 1);
        }
        if (stripQuotes && isQuoted(line)) {
            line = line.trimmed();
            line = line.mid(1, line.size() - 2);
            line.replace(QLatin1String("\"\""), QLatin1String("\""));
        }
        if (line.endsWith(QLatin1Char('+')))
            line.remove(continuation);
        // Trailing blanks carry no meaning and psql pads every row to the widest one.
        // Read through a const view: QString::back() on the copy would detach it from `raw` every line.
        qsizetype kept = line.size();
        while (kept > 0 && std::as_const(line).at(kept - 1).isSpace())
            --kept;
        if (kept < line.size())
            line.truncate(kept);
        const QStringView trimmed = QStringView(line).trimmed();
        if (trimmed.isEmpty() || isRule(trimmed) || trimmed == QLatin1String("QUERY PLAN") ||
            (trimmed.startsWith(QLatin1Char('(')) && footer.match(trimmed).hasMatch()))
            continue;
        lines.append({i + 1, line});
    }
    return lines;
}

} // namespace supadesk
