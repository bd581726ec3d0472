// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlskipper.h"

#include <QRegularExpression>

#include <algorithm>

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

} // namespace

int SqlSkipper::skipNonCode(const QString &s, int i)
{
    const int n = int(s.size());
    if (i >= n)
        return i;
    const QChar c = s.at(i);
    if (c == QLatin1Char('-') && i + 1 < n && s.at(i + 1) == QLatin1Char('-')) {
        while (i < n && s.at(i) != QLatin1Char('\n'))
            ++i;
        return i;
    }
    if (c == QLatin1Char('/') && i + 1 < n && s.at(i + 1) == QLatin1Char('*')) {
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
        return i;
    }
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
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
        return std::min(i + 1, n);
    }
    if (c == QLatin1Char('$') && (i == 0 || !s.at(i - 1).isLetterOrNumber())) {
        const int tagEnd = dollarTagEnd(s, i);
        if (tagEnd > 0) {
            const QString tag = s.mid(i, tagEnd - i);
            const int close = int(s.indexOf(tag, tagEnd));
            return close < 0 ? n : close + int(tag.size());
        }
    }
    return i;
}

} // namespace supadesk
