// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Tells from SQL text whether EXPLAIN ANALYZE of it would change data (INSERT, UPDATE, DELETE, MERGE,
// also inside a WITH, in any of its statements), so the analyzer can say before running that it will
// roll the changes back. Reads the text with SqlLexer, as the statement splitting does.
class StatementClassifier
{
public:
    static bool modifiesData(const QString &sql);
    // The SQL without comments and string literals' contents (so keywords inside them do not count).
    static QString withoutCommentsAndLiterals(const QString &sql);
};

} // namespace supadesk
