// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementparameters.h"

#include "core/sql/sqllexer.h"

#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace supadesk {

namespace {

// Walks the statement and calls `visit(start, end, number)` for every $n outside quotes and comments.
void forEachParameter(const QString &s, const std::function<void(int, int, int)> &visit)
{
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (const int skipped = SqlLexer::skipNonCode(s, i); skipped > i) {
            i = skipped;
        } else if (c == QLatin1Char('$') && i + 1 < n && s.at(i + 1).isDigit() &&
                   (i == 0 || !(s.at(i - 1).isLetterOrNumber() || s.at(i - 1) == QLatin1Char('_')))) {
            int end = i + 1;
            while (end < n && s.at(end).isDigit())
                ++end;
            visit(i, end, s.mid(i + 1, end - i - 1).toInt());
            i = end;
        } else {
            ++i;
        }
    }
}

QString literal(const QString &value)
{
    if (value.trimmed().compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("NULL");
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

int StatementParameters::count(const QString &sql)
{
    int highest = 0;
    forEachParameter(sql, [&highest](int, int, int number) { highest = std::max(highest, number); });
    return highest;
}

QString StatementParameters::bind(const QString &sql, const QStringList &values)
{
    QString out;
    int copied = 0;
    forEachParameter(sql, [&](int start, int end, int number) {
        if (number < 1 || number > values.size())
            return;
        out += QStringView(sql).mid(copied, start - copied);
        out += literal(values.at(number - 1));
        copied = end;
    });
    out += QStringView(sql).mid(copied);
    return out;
}

} // namespace supadesk
