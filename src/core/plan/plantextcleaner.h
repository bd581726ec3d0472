// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One line of pasted EXPLAIN text with its line number in the original paste (for error messages).
struct PlanTextLine
{
    int number = 0;
    QString text;
};

// Removes what clients put around EXPLAIN text when people copy it: psql's "QUERY PLAN" header,
// dashed or unicode rules, "(42 rows)" footers and "+" continuation marks, pgAdmin's quotes around
// every line, DBeaver's "|" column separators. Blank lines are dropped; indentation is kept.
class PlanTextCleaner
{
public:
    static QList<PlanTextLine> clean(const QString &text);
};

} // namespace supadesk
