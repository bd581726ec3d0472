// SPDX-License-Identifier: GPL-3.0-or-later
#include "unifieddiff.h"

#include <QList>

#include <vector>

namespace supadesk {

namespace {

// Lines keep their terminator, so that a last line without a newline differs from the same text
// with one, as it does for diff.
QStringList linesOf(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append(text.mid(start));
            break;
        }
        lines.append(text.mid(start, end - start + 1));
        start = end + 1;
    }
    return lines;
}

enum class Op { Equal, Delete, Insert };

struct Edit
{
    Op op;
    int a; // index in before (Equal, Delete)
    int b; // index in after (Equal, Insert)
};

// Longest common subsequence on the lines between the common prefix and suffix. Beyond a size
// where the table would be large, the middle is shown as one replaced block (still a valid diff).
QList<Edit> edits(const QStringList &x, const QStringList &y)
{
    QList<Edit> out;
    int prefix = 0;
    while (prefix < x.size() && prefix < y.size() && x.at(prefix) == y.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < x.size() - prefix && suffix < y.size() - prefix &&
           x.at(x.size() - 1 - suffix) == y.at(y.size() - 1 - suffix))
        ++suffix;
    for (int i = 0; i < prefix; ++i)
        out.append({Op::Equal, i, i});
    const int n = int(x.size()) - prefix - suffix;
    const int m = int(y.size()) - prefix - suffix;
    if (qint64(n) * qint64(m) > 4'000'000) {
        for (int i = 0; i < n; ++i)
            out.append({Op::Delete, prefix + i, -1});
        for (int j = 0; j < m; ++j)
            out.append({Op::Insert, -1, prefix + j});
    } else {
        // table[i][j]: LCS length of x[prefix+i..] and y[prefix+j..]
        std::vector<int> table(size_t(n + 1) * size_t(m + 1), 0);
        auto at = [&](int i, int j) -> int & { return table[size_t(i) * size_t(m + 1) + size_t(j)]; };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = x.at(prefix + i) == y.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                                : qMax(at(i + 1, j), at(i, j + 1));
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.at(prefix + i) == y.at(prefix + j)) {
                out.append({Op::Equal, prefix + i, prefix + j});
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                // Removed lines before added ones, as diff prints a replaced block.
                out.append({Op::Delete, prefix + i, -1});
                ++i;
            } else {
                out.append({Op::Insert, -1, prefix + j});
                ++j;
            }
        }
    }
    for (int k = 0; k < suffix; ++k)
        out.append({Op::Equal, int(x.size()) - suffix + k, int(y.size()) - suffix + k});
    return out;
}

QString range(int start, int count)
{
    // diff -u: the first line of the range, 1-based; an empty range names the line before it.
    if (count == 0)
        return QStringLiteral("%1,0").arg(start);
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(start + 1).arg(count);
}

QString diffLine(QChar sign, const QString &raw, const std::function<QString(const QString &)> &display)
{
    const QString line = display ? display(raw) : raw;
    if (line.endsWith(QLatin1Char('\n')))
        return sign + line;
    return sign + line + QStringLiteral("\n\\ No newline at end of file\n");
}

} // namespace

QString UnifiedDiff::diff(const QString &before, const QString &after, const QString &beforeName,
                          const QString &afterName, int context,
                          const std::function<QString(const QString &)> &display)
{
    if (before == after)
        return QString();
    const QStringList x = linesOf(before);
    const QStringList y = linesOf(after);
    const QList<Edit> script = edits(x, y);

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    const int total = int(script.size());
    int k = 0;
    while (k < total) {
        // Find the next change, then extend the hunk while changes are within 2*context lines.
        while (k < total && script.at(k).op == Op::Equal)
            ++k;
        if (k >= total)
            break;
        int start = qMax(0, k - context);
        int end = k; // exclusive, after the last change of the hunk
        int scan = k;
        while (scan < total) {
            if (script.at(scan).op != Op::Equal) {
                end = scan + 1;
                ++scan;
                continue;
            }
            int run = 0;
            while (scan + run < total && script.at(scan + run).op == Op::Equal)
                ++run;
            if (scan + run >= total || run > 2 * context)
                break;
            scan += run;
        }
        const int stop = qMin(total, end + context);

        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        QString body;
        for (int i = start; i < stop; ++i) {
            const Edit &e = script.at(i);
            switch (e.op) {
            case Op::Equal:
                if (aStart < 0)
                    aStart = e.a;
                if (bStart < 0)
                    bStart = e.b;
                ++aCount;
                ++bCount;
                body += diffLine(QLatin1Char(' '), x.at(e.a), display);
                break;
            case Op::Delete:
                if (aStart < 0)
                    aStart = e.a;
                ++aCount;
                body += diffLine(QLatin1Char('-'), x.at(e.a), display);
                break;
            case Op::Insert:
                if (bStart < 0)
                    bStart = e.b;
                ++bCount;
                body += diffLine(QLatin1Char('+'), y.at(e.b), display);
                break;
            }
        }
        // A side with no lines in the hunk starts after the lines before it on that side.
        auto before = [&](bool a) {
            int count = 0;
            for (int i = 0; i < start; ++i) {
                const Op op = script.at(i).op;
                if (op == Op::Equal || (a ? op == Op::Delete : op == Op::Insert))
                    ++count;
            }
            return count;
        };
        if (aStart < 0)
            aStart = before(true);
        if (bStart < 0)
            bStart = before(false);
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(aStart, aCount), range(bStart, bCount)) + body;
        k = stop;
    }
    return out;
}

void UnifiedDiff::count(const QString &diffText, int *added, int *removed)
{
    int plus = 0;
    int minus = 0;
    const QStringList lines = diffText.split(QLatin1Char('\n'));
    bool inHunk = false; // the "--- "/"+++ " names come before the first hunk only
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("@@ ")))
            inHunk = true;
        if (!inHunk)
            continue;
        if (line.startsWith(QLatin1Char('+')))
            ++plus;
        else if (line.startsWith(QLatin1Char('-')))
            ++minus;
    }
    if (added)
        *added = plus;
    if (removed)
        *removed = minus;
}

} // namespace supadesk
