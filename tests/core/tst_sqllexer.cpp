// SPDX-License-Identifier: GPL-3.0-or-later
// The one SQL lexer (SqlLexer, and the statement splitting and classification built on it) against
// PostgreSQL's own lexer, as libpg_query ships it: on tricky inputs both must find the same
// statements, and the same comments, literals and quoted identifiers at the same places.
#include "core/plan/statementclassifier.h"
#include "core/sql/sqllexer.h"
#include "core/sql/sqlstatementlocator.h"

#include <QtTest>

#include <pg_query.h>

#include <cstdint>
#include <tuple>
#include <vector>

using namespace supadesk;

namespace {

// Token numbers of libpg_query's scanner (pg_query.proto, enum Token).
constexpr int Ident = 258;
constexpr int UIdent = 259;
constexpr int SConst = 261;
constexpr int USConst = 262;
constexpr int BConst = 263;
constexpr int XConst = 264;
constexpr int SqlComment = 275;
constexpr int CComment = 276;

struct Span
{
    int start = 0;
    int end = 0;
    SqlLexer::Kind kind = SqlLexer::Kind::Code;
    bool operator==(const Span &) const = default;
};

char *toString(const Span &s)
{
    return qstrdup(
        QStringLiteral("[%1, %2) kind %3").arg(s.start).arg(s.end).arg(int(s.kind)).toUtf8().constData());
}

// QString index of every UTF-8 byte offset of `text` (libpg_query counts bytes).
std::vector<int> byteToIndex(const QString &text)
{
    std::vector<int> map;
    int index = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate())
            continue; // the high surrogate already counted the four bytes
        const int bytes = c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : c.isHighSurrogate() ? 4 : 3;
        for (int b = 0; b < bytes; ++b)
            map.push_back(index);
        index += c.isHighSurrogate() ? 2 : 1;
    }
    map.push_back(index);
    return map;
}

// The few protobuf wire-format pieces a ScanResult needs: varints and length-delimited fields.
bool readVarint(const uint8_t *&p, const uint8_t *end, uint64_t *value)
{
    *value = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const uint8_t byte = *p++;
        *value |= uint64_t(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

struct Token
{
    int start = 0;
    int end = 0;
    int kind = 0;
};

std::vector<Token> scanTokens(const QByteArray &utf8, QString *error)
{
    std::vector<Token> tokens;
    const PgQueryScanResult result = pg_query_scan(utf8.constData());
    if (result.error) {
        *error = QString::fromUtf8(result.error->message);
        pg_query_free_scan_result(result);
        return tokens;
    }
    const auto *p = reinterpret_cast<const uint8_t *>(result.pbuf.data);
    const uint8_t *end = p + result.pbuf.len;
    while (p < end) {
        uint64_t key = 0;
        uint64_t value = 0;
        if (!readVarint(p, end, &key))
            break;
        if ((key & 7) == 0) { // varint field (version)
            readVarint(p, end, &value);
            continue;
        }
        if (!readVarint(p, end, &value))
            break;
        const uint8_t *fieldEnd = p + value;
        if ((key >> 3) == 2) { // ScanToken
            Token t;
            while (p < fieldEnd) {
                uint64_t k = 0;
                uint64_t v = 0;
                readVarint(p, fieldEnd, &k);
                readVarint(p, fieldEnd, &v);
                if ((k >> 3) == 1)
                    t.start = int(v);
                else if ((k >> 3) == 2)
                    t.end = int(v);
                else if ((k >> 3) == 4)
                    t.kind = int(v);
            }
            tokens.push_back(t);
        }
        p = fieldEnd;
    }
    pg_query_free_scan_result(result);
    return tokens;
}

// The comments, literals and quoted identifiers PostgreSQL's scanner finds, as SqlLexer would
// report them: a literal's prefix letter (B, X, U&) is code before it, E'…' starts at the E.
QList<Span> postgresSpans(const QString &text, QString *error, QList<int> *unreliable)
{
    const QByteArray utf8 = text.toUtf8();
    const std::vector<int> index = byteToIndex(text);
    QList<Span> spans;
    for (const Token &t : scanTokens(utf8, error)) {
        Span s{index[size_t(t.start)], index[size_t(t.end)], SqlLexer::Kind::Code};
        switch (t.kind) {
        case SqlComment:
        case CComment:
            s.kind = SqlLexer::Kind::Comment;
            break;
        case SConst:
        case USConst:
        case BConst:
        case XConst:
            s.kind = SqlLexer::Kind::String;
            break;
        case Ident:
        case UIdent:
            s.kind = SqlLexer::Kind::QuotedIdentifier;
            break;
        default:
            continue;
        }
        const QChar first = text.at(s.start);
        if (s.kind == SqlLexer::Kind::QuotedIdentifier && first != QLatin1Char('"') && t.kind != UIdent)
            continue; // a plain name
        if (first.isLetter() && first.toLower() != QLatin1Char('e'))
            s.start = int(text.indexOf(
                s.kind == SqlLexer::Kind::String ? QLatin1Char('\'') : QLatin1Char('"'), s.start));
        if (t.kind == USConst || t.kind == UIdent) {
            // libpg_query reports no usable end for U&'…' and U&"…" (it is before the start); the
            // statements around them are still compared.
            unreliable->append(s.start);
            continue;
        }
        spans.append(s);
    }
    return spans;
}

// What SqlLexer finds walking the text the way its users do: code one character at a time.
QList<Span> lexerSpans(const QString &text, const QList<int> &leaveOut)
{
    QList<Span> spans;
    int i = 0;
    while (i < text.size()) {
        const SqlLexer::Span s = SqlLexer::skip(text, i);
        if (s.kind == SqlLexer::Kind::Code) {
            ++i;
            continue;
        }
        if (!leaveOut.contains(i))
            spans.append({i, s.end, s.kind});
        i = s.end;
    }
    return spans;
}

QStringList postgresStatements(const QString &text, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    const PgQuerySplitResult result = pg_query_split_with_scanner(utf8.constData());
    QStringList out;
    if (result.error)
        *error = QString::fromUtf8(result.error->message);
    for (int i = 0; i < result.n_stmts; ++i)
        out.append(
            QString::fromUtf8(utf8.mid(result.stmts[i]->stmt_location, result.stmts[i]->stmt_len)).trimmed());
    pg_query_free_split_result(result);
    return out;
}

QStringList lexerStatements(const QString &text)
{
    QStringList out;
    for (const auto &r : SqlStatementLocator::statements(text))
        out.append(text.mid(r.start, r.end - r.start));
    return out;
}

} // namespace

class TestSqlLexer : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithPostgres_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("plain") << "select 1; select 2";
        QTest::newRow("semicolon in string") << "select ';'; select 'it''s;'";
        QTest::newRow("backslash in standard string") << "select 'a\\'; select 3";
        QTest::newRow("escape string") << "select E'it\\'s; not the end'; delete from t";
        QTest::newRow("lower-case escape string") << "select e'\\\\'; select 2";
        QTest::newRow("escape string with doubled quote") << "select E'a''; b'; select 2";
        QTest::newRow("name ending in e before a literal") << "select somee'x;'; select 2";
        QTest::newRow("unicode string") << "select U&'\\0041;'; select 2";
        QTest::newRow("bit and hex strings") << "select b'01'; select x'1f'";
        QTest::newRow("quoted identifier") << "select 1 as \"a\"\";b\"; select 2";
        QTest::newRow("unicode identifier") << "select U&\"d!0061;t\" UESCAPE '!'; select 2";
        QTest::newRow("dollar quote") << "select $$ ; $$; select 2";
        QTest::newRow("tagged dollar quote") << "do $x$ begin perform 1; end $x$; select 3";
        QTest::newRow("other tag inside") << "select $a$ $b$ ; $a$; select 2";
        QTest::newRow("dollar in identifier") << "select a$b$ ; select 2";
        QTest::newRow("parameter") << "select $1; select $2";
        QTest::newRow("line comment") << "select 1 -- ; not here\n; select 2";
        QTest::newRow("line comment at the end") << "select 1; -- done";
        QTest::newRow("block comment at the end") << "select 1; /* done */";
        QTest::newRow("nested comment") << "select /* a /* ; */ ; */ 1; select 2";
        QTest::newRow("comment between statements") << "select 1 ; ; /* c */ select 2  ";
        QTest::newRow("operator before comment") << "select 2 */* c; */ 3; select 4";
        QTest::newRow("empty statements") << "select 1;;;select 2;";
        QTest::newRow("escape string hiding nothing") << "select E'\\\\' ; select 'x'";
        QTest::newRow("non-ASCII") << "select 'ქ;' ; select $ტ$ ; $ტ$; select \"სვეტი;\"";
        QTest::newRow("commit between") << "SELECT 1; COMMIT; CREATE TABLE pwn()";
    }

    void agreesWithPostgres()
    {
        QFETCH(QString, sql);
        QString error;
        const QStringList expected = postgresStatements(sql, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lexerStatements(sql), expected);
        QList<int> unreliable;
        const QList<Span> spans = postgresSpans(sql, &error, &unreliable);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(lexerSpans(sql, unreliable), spans);
    }

    // Unterminated text: PostgreSQL refuses it; the lexer lets it run to the end, so nothing after
    // the opening quote is taken for a statement of its own.
    void unterminatedRunsToTheEnd_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("string") << "select 'abc; delete from t";
        QTest::newRow("escape string") << "select E'abc\\'; delete from t";
        QTest::newRow("dollar") << "select $$abc; delete from t";
        QTest::newRow("number then dollar") << "select 1$$; delete from t";
        QTest::newRow("comment") << "select /* /* */ 1; delete from t";
    }

    void unterminatedRunsToTheEnd()
    {
        QFETCH(QString, sql);
        QString error;
        postgresStatements(sql, &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(lexerStatements(sql), QStringList{sql});
        QVERIFY(!StatementClassifier::modifiesData(sql));
    }

    void everyStatementIsClassified()
    {
        QVERIFY(StatementClassifier::modifiesData(QStringLiteral("SELECT 1; DELETE FROM t")));
        QVERIFY(StatementClassifier::modifiesData(QStringLiteral("SELECT E'it\\'s'; DELETE FROM t")));
        QVERIFY(!StatementClassifier::modifiesData(QStringLiteral("SELECT E'it\\'s; DELETE FROM t'")));
    }
};

QTEST_GUILESS_MAIN(TestSqlLexer)
#include "tst_sqllexer.moc"
