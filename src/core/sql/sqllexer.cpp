// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqllexer.h"

namespace supadesk {

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

// Whether position `i` continues a word: then '$' is part of an identifier (a$b$) and E' is the
// end of a name followed by a plain literal (somee'x'), not the start of a dollar or escape string.
bool continuesWord(const QString &s, int i)
{
    int j = i;
    while (j > 0 && SqlLexer::isIdentifierChar(s.at(j - 1)))
        --j;
    // A run of identifier characters that starts with a digit is a number: "1$$" is 1 and then $$.
    while (j < i && s.at(j).isDigit() && s.at(j).unicode() < 0x80)
        ++j;
    return j < i && isIdentifierStart(s.at(j));
}

// Index just past a dollar-quote tag at `i` ("$$" or "$tag$"), or -1 when there is none.
int dollarTagEnd(const QString &s, int i)
{
    const int n = int(s.size());
    int j = i + 1;
    if (j < n && isIdentifierStart(s.at(j))) {
        ++j;
        while (j < n && SqlLexer::isIdentifierChar(s.at(j)) && s.at(j) != QLatin1Char('$'))
            ++j;
    }
    return j < n && s.at(j) == QLatin1Char('$') ? j + 1 : -1;
}

// Just past the quoted text opened by the quote at `i`; `backslashEscapes` for E'…'.
int quotedEnd(const QString &s, int i, bool backslashEscapes)
{
    const int n = int(s.size());
    const QChar quote = s.at(i);
    ++i;
    while (i < n) {
        const QChar c = s.at(i);
        if (backslashEscapes && c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < n && s.at(i + 1) == quote) { // doubled quote inside the literal
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return n;
}

} // namespace

bool SqlLexer::isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('$');
}

SqlLexer::Span SqlLexer::skip(const QString &s, int i)
{
    const int n = int(s.size());
    if (i >= n)
        return {i, Kind::Code};
    const QChar c = s.at(i);
    const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
    if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
        while (i < n && s.at(i) != QLatin1Char('\n') && s.at(i) != QLatin1Char('\r'))
            ++i;
        return {i, Kind::Comment};
    }
    if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
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
        return {std::min(i, n), Kind::Comment};
    }
    if (c == QLatin1Char('\''))
        return {quotedEnd(s, i, false), Kind::String};
    if (c == QLatin1Char('"'))
        return {quotedEnd(s, i, false), Kind::QuotedIdentifier};
    if ((c == QLatin1Char('E') || c == QLatin1Char('e')) && next == QLatin1Char('\'') && !continuesWord(s, i))
        return {quotedEnd(s, i + 1, true), Kind::String};
    if (c == QLatin1Char('$') && !continuesWord(s, i)) {
        const int tagEnd = dollarTagEnd(s, i);
        if (tagEnd > 0) {
            const QStringView tag = QStringView(s).mid(i, tagEnd - i);
            const qsizetype close = s.indexOf(tag, tagEnd);
            return {close < 0 ? n : int(close + tag.size()), Kind::String};
        }
    }
    return {i, Kind::Code};
}

bool SqlLexer::hasCode(const QString &s, int start, int end)
{
    int i = start;
    while (i < end) {
        const Span span = skip(s, i);
        if (span.kind == Kind::Comment) {
            i = span.end;
            continue;
        }
        if (span.kind != Kind::Code || !s.at(i).isSpace())
            return true;
        ++i;
    }
    return false;
}

QString SqlLexer::withoutCommentsAndLiterals(const QString &sql)
{
    QString out;
    out.reserve(sql.size());
    const int n = int(sql.size());
    int i = 0;
    while (i < n) {
        const Span span = skip(sql, i);
        switch (span.kind) {
        case Kind::Code:
            out += sql.at(i);
            ++i;
            continue;
        case Kind::Comment:
            out += QLatin1Char(' ');
            break;
        case Kind::String:
            out += QLatin1String(" '' ");
            break;
        case Kind::QuotedIdentifier:
            out += QLatin1String(" ident ");
            break;
        }
        i = span.end;
    }
    return out;
}

} // namespace supadesk
