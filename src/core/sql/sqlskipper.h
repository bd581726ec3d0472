// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// The parts of SQL text that are not code, as PostgreSQL's lexer sees them: -- and nested /* */
// comments, '…' and "…" with doubled quotes, and $tag$ … $tag$ bodies. Whatever looks for code in a
// statement (a ';' that ends it, a $1 parameter) steps over these first.
class SqlSkipper
{
public:
    // Where the comment or quoted text starting at `i` ends (just past it; for a line comment, at
    // its newline), or `i` itself when none starts there.
    static int skipNonCode(const QString &s, int i);
};

} // namespace supadesk
