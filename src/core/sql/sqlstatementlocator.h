// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// Where the statements of a SQL script are, respecting quotes, comments and dollar quoting, so
// "run the statement under the cursor" runs exactly one statement.
class SqlStatementLocator
{
public:
    struct Range
    {
        int start = 0;
        int end = 0; // exclusive, before the semicolon
        bool operator==(const Range &) const = default;
    };

    // Every non-empty statement, trimmed of surrounding whitespace.
    static QList<Range> statements(const QString &script);
    // The statement containing `position` (or the one just before it when the cursor sits after a
    // semicolon or in trailing space); an empty range when the script has none.
    static Range statementAt(const QString &script, int position);
};

} // namespace supadesk
