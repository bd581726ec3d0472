#include "sqlstatementlocator.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

// Index just past a dollar-quote tag starting at `i` ("$$" or "$tag$"), or -1 if there is none.
int dollarTagEnd(const QString &s, int i)
{
    static const QRegularExpression tag(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
    const auto match =
        tag.match(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return match.hasMatch() ? int(match.capturedEnd()) : -1;
}

void addTrimmed(QList<SqlStatementLocator::Range> &out, const QString &s, int start, int end)
{
    while (start < end && s.at(start).isSpace())
        ++start;
    while (end > start && s.at(end - 1).isSpace())
        --end;
    if (end > start)
        out.append({start, end});
}

} // namespace

QList<SqlStatementLocator::Range> SqlStatementLocator::statements(const QString &s)
{
    QList<Range> out;
    int start = 0;
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && s.at(i + 1) == QLatin1Char('-')) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('*')) {
            int depth = 1; // PostgreSQL block comments nest
            i += 2;
            while (i < n && depth > 0) {
                if (s.at(i) == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('*'))
                    ++depth, i += 2;
                else if (s.at(i) == QLatin1Char('*') && i + 1 < n && s.at(i + 1) == QLatin1Char('/'))
                    --depth, i += 2;
                else
                    ++i;
            }
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            ++i;
            while (i < n) {
                if (s.at(i) == c) {
                    if (i + 1 < n && s.at(i + 1) == c) { // doubled quote inside the literal
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == QLatin1Char('$') && dollarTagEnd(s, i) > 0 &&
                   (i == 0 || !s.at(i - 1).isLetterOrNumber())) {
            const int tagEnd = dollarTagEnd(s, i);
            const QString tag = s.mid(i, tagEnd - i);
            const int close = int(s.indexOf(tag, tagEnd));
            i = close < 0 ? n : close + int(tag.size());
        } else if (c == QLatin1Char(';')) {
            addTrimmed(out, s, start, i);
            start = ++i;
        } else {
            ++i;
        }
    }
    addTrimmed(out, s, start, n);
    return out;
}

SqlStatementLocator::Range SqlStatementLocator::statementAt(const QString &script, int position)
{
    const QList<Range> all = statements(script);
    Range best;
    for (const Range &r : all) {
        if (position >= r.start && position <= r.end)
            return r;
        if (r.end <= position)
            best = r; // the last statement before the cursor
    }
    if (best.end == 0 && !all.isEmpty())
        return all.first();
    return best;
}

} // namespace supadesk
