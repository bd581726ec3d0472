// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlstatementlocator.h"

#include "sqllexer.h"

namespace supadesk {

namespace {

void addTrimmed(QList<SqlStatementLocator::Range> &out, const QString &s, int start, int end)
{
    while (start < end && s.at(start).isSpace())
        ++start;
    while (end > start && s.at(end - 1).isSpace())
        --end;
    // Only comments after the last semicolon are no statement, as for the server.
    if (end > start && SqlLexer::hasCode(s, start, end))
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
        if (const int skipped = SqlLexer::skipNonCode(s, i); skipped > i) {
            i = skipped;
        } else if (s.at(i) == QLatin1Char(';')) {
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
