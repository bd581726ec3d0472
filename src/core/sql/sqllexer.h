// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// The parts of SQL text that are not code, as PostgreSQL's lexer (scan.l) sees them: -- comments,
// nested /* */ comments, '…' with doubled quotes, E'…' with backslash escapes as well, "…" with
// doubled quotes, and $tag$ … $tag$ bodies. Everything that looks for code in SQL (a ';' that ends
// a statement, a $1 parameter, a keyword that changes data) steps over these with this one lexer,
// so they cannot disagree about where a literal ends. Tested against PostgreSQL's own lexer
// (libpg_query) in tests/core/tst_sqllexer.cpp.
class SqlLexer
{
public:
    enum class Kind {
        Code, // nothing to skip here
        Comment,
        String, // '…', E'…', U&'…', B'…', X'…', $tag$…$tag$
        QuotedIdentifier,
    };

    struct Span
    {
        int end = 0; // just past the span (for a line comment, at its newline); the start if Code
        Kind kind = Kind::Code;
    };

    // What starts at `i`: a comment, literal or quoted identifier and where it ends, or Code.
    // An unterminated one runs to the end of the text, as the server would reject it anyway.
    static Span skip(const QString &s, int i);
    // Where the comment or quoted text starting at `i` ends, or `i` itself when none starts there.
    static int skipNonCode(const QString &s, int i) { return skip(s, i).end; }
    // Whether `s` holds anything but whitespace and comments.
    static bool hasCode(const QString &s, int start, int end);
    // The SQL with comments as one space, literals as '' and quoted identifiers as ident, so that
    // keywords inside them do not count.
    static QString withoutCommentsAndLiterals(const QString &sql);
    // Characters that continue an identifier (letters, digits, '_', '$' and every non-ASCII one).
    static bool isIdentifierChar(QChar c);
};

} // namespace supadesk
