// SPDX-License-Identifier: GPL-3.0-or-later
// The error-code catalogue (core/errorcode.h): every code is well formed, documented in docs/cli.md,
// and named through ErrorCode, not spelt out, everywhere in src/.
#include "core/errorcode.h"
#include "core/result.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace supadesk;

namespace {

// Files that still spell their codes as text, because other work rewrites them now. Their codes must
// be in the catalogue all the same; empty this list once they name an ErrorCode (and then remove the
// transitional Error(QString, QString) constructor).
const QStringList kNotYetConverted{
    QStringLiteral("src/gui/"),               // widgets being rewritten (issue 15, Designer forms)
    QStringLiteral("src/db/uptimestore.cpp"), // history schema being versioned (issue 15)
    QStringLiteral("src/db/historystore.cpp"),
};

// Text that equals a code but is something else.
const QList<QPair<QString, QString>> kNotCodes{
    {QStringLiteral("src/gui/analyzer/analyzerworkspace.cpp"), QStringLiteral("plan.json")}, // a file name
};

const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$"));
    return pattern;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Literal
{
    QString text;
    QString before; // the code just before the literal (up to 200 characters), comments removed
    int line = 0;
};

// The string literals of a C++ file, with what precedes each on its line. Comments, character literals
// and raw strings are skipped the way the compiler skips them, so a code named in a comment is no
// finding and a quote inside a raw string starts nothing.
QList<Literal> stringLiterals(const QString &source)
{
    QList<Literal> out;
    QString lineCode;
    int line = 1;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < n ? source.at(i + 1) : QChar();
        if (lineCode.size() > 400)
            lineCode = lineCode.right(200);
        if (c == QLatin1Char('\n')) {
            ++line;
            lineCode += QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            while (i < n && source.at(i) != QLatin1Char('\n'))
                ++i;
            --i;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = source.indexOf(QLatin1String("*/"), i + 2);
            line += int(source.mid(i, (end < 0 ? n : end) - i).count(QLatin1Char('\n')));
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('R') && next == QLatin1Char('"')) {
            const qsizetype open = source.indexOf(QLatin1Char('('), i + 2);
            const QString close = QLatin1Char(')') + source.mid(i + 2, open - i - 2) + QLatin1Char('"');
            const qsizetype end = source.indexOf(close, open);
            line += int(source.mid(i, end - i).count(QLatin1Char('\n')));
            i = end + close.size() - 1;
            lineCode += QLatin1String("R\"\"");
        } else if (c == QLatin1Char('\'')) {
            ++i;
            while (i < n && source.at(i) != QLatin1Char('\''))
                i += source.at(i) == QLatin1Char('\\') ? 2 : 1;
            lineCode += QLatin1String("' '");
        } else if (c == QLatin1Char('"')) {
            QString text;
            ++i;
            while (i < n && source.at(i) != QLatin1Char('"')) {
                if (source.at(i) == QLatin1Char('\\'))
                    text += source.at(i++);
                text += source.at(i++);
            }
            out.append({text, lineCode.right(200), line});
            lineCode += QLatin1String("\"\"");
        } else {
            lineCode += c;
        }
    }
    return out;
}

// Where an Error's code goes (Error{"…", …}) or is compared (error().code == "…").
bool inErrorPosition(const QString &before)
{
    static const QRegularExpression position(
        QStringLiteral("(\\bError\\s*\\{\\s*(QStringLiteral\\s*\\(\\s*)?$)|"
                       "((error\\(\\)\\.code|error->code|\\berror\\.code|errorCode(\\(\\))?)\\s*[!=]=\\s*"
                       "((QLatin1String|QStringLiteral|QStringView)\\s*\\(\\s*)?u?$)"));
    return position.match(before).hasMatch();
}

bool notYetConverted(const QString &relativePath)
{
    for (const QString &prefix : kNotYetConverted)
        if (relativePath.startsWith(prefix))
            return true;
    return false;
}

// The codes of docs/cli.md's table, "| `code` | exit status | meaning |", with their exit statuses.
QMap<QString, int> documentedCodes(QStringList *codeLikeElsewhere)
{
    QMap<QString, int> documented;
    static const QRegularExpression row(QStringLiteral("^\\|\\s*`([^`]+)`\\s*\\|\\s*(\\d+)\\s*\\|"));
    static const QRegularExpression quoted(QStringLiteral("`([a-z][a-z0-9.-]*\\.[a-z0-9.-]*[a-z0-9])`"));
    const QStringList lines =
        readFile(QStringLiteral(SUPADESK_SOURCE_DIR "/docs/cli.md")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch()) {
            documented.insert(match.captured(1), match.captured(2).toInt());
            continue;
        }
        // Anywhere else in the text, a code-like word in backquotes must be a code too (a file name
        // such as `docker-compose.yml` is written with its extension, which no code has).
        for (auto it = quoted.globalMatch(line); it.hasNext();) {
            const QString word = it.next().captured(1);
            static const QRegularExpression fileName(QStringLiteral(
                "\\.(md|sh|sql|ini|txt|json|conf|yml|log|csv|png|pdf|env|sqlite|service|timer)$"));
            if (codePattern().match(word).hasMatch() && !fileName.match(word).hasMatch())
                codeLikeElsewhere->append(word);
        }
    }
    return documented;
}

} // namespace

class TestErrorCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void codesAreUniqueAndWellFormed()
    {
        QSet<QString> codes;
        int index = 1;
        QVERIFY(ErrorCatalogue::all().size() > 100);
        for (const ErrorCodeInfo &info : ErrorCatalogue::all()) {
            const QString code = QString::fromLatin1(info.code);
            QVERIFY2(codePattern().match(code).hasMatch(), info.code);
            QVERIFY2(!codes.contains(code), info.code);
            codes.insert(code);
            QCOMPARE(int(info.id), index++);
            const int status = int(info.exitStatus);
            QVERIFY2(status == 1 || status == 2 || status == 255, info.code);
            QVERIFY2(QByteArray(info.description).endsWith('.'), info.code);
            QVERIFY2(QByteArray(info.description).at(0) >= 'A' || QByteArray(info.description).at(0) == '-',
                     info.code);
            QVERIFY(!ErrorCatalogue::description(info.id).isEmpty());
        }
        QVERIFY(ErrorCatalogue::code(ErrorCode::None).isEmpty());
        QCOMPARE(ErrorCatalogue::exitStatus(ErrorCode::None), 1);
    }

    void errorsCarryTheCodeAndItsText()
    {
        const Error e{ErrorCode::SshHostKeyUnknown, QStringLiteral("message")};
        QCOMPARE(e.id, ErrorCode::SshHostKeyUnknown);
        QCOMPARE(e.code, QStringLiteral("ssh.hostkey.unknown"));
        QCOMPARE(ErrorCatalogue::exitStatus(e.id), 255);
        QCOMPARE(ErrorCatalogue::exitStatus(ErrorCode::CliUsage), 2);
        QCOMPARE(ErrorCatalogue::exitStatus(ErrorCode::StatsConnect), 1);
        for (const ErrorCodeInfo &info : ErrorCatalogue::all())
            QCOMPARE(ErrorCatalogue::fromCode(QString::fromLatin1(info.code)), std::optional(info.id));
        QCOMPARE(ErrorCatalogue::fromCode(u"ssh.hostkey.unknow"), std::nullopt);
        // The transitional constructor finds the enum of a code given as text.
        const Error legacy{QStringLiteral("dsn.invalid"), QString()};
        QCOMPARE(legacy.id, ErrorCode::DsnInvalid);
        QCOMPARE(Error().id, ErrorCode::None);
    }

    void everyCodeIsDocumented()
    {
        QStringList elsewhere;
        const QMap<QString, int> documented = documentedCodes(&elsewhere);
        QVERIFY2(!documented.isEmpty(), "docs/cli.md has no table of error codes");
        QStringList problems;
        QSet<QString> known;
        for (const ErrorCodeInfo &info : ErrorCatalogue::all()) {
            const QString code = QString::fromLatin1(info.code);
            known.insert(code);
            if (!documented.contains(code))
                problems.append(code + QLatin1String(": not in docs/cli.md"));
            else if (documented.value(code) != int(info.exitStatus))
                problems.append(code + QLatin1String(": docs/cli.md gives another exit status"));
        }
        for (auto it = documented.cbegin(); it != documented.cend(); ++it)
            if (!known.contains(it.key()))
                problems.append(it.key() + QLatin1String(": documented but not in the catalogue"));
        for (const QString &word : std::as_const(elsewhere))
            if (!known.contains(word))
                problems.append(word + QLatin1String(": named in docs/cli.md but not in the catalogue"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void noCodeIsSpeltOutInTheSources()
    {
        // A code is named through ErrorCode. A literal that equals a catalogued code, or a code-like
        // literal where an Error's code goes (Error{"…", …}) or is compared (error().code == "…"),
        // is a finding outside the catalogue itself.
        QSet<QString> known;
        for (const ErrorCodeInfo &info : ErrorCatalogue::all())
            known.insert(QString::fromLatin1(info.code));

        const QString root = QStringLiteral(SUPADESK_SOURCE_DIR "/");
        QStringList spelt;
        QStringList uncatalogued;
        int files = 0;
        QDirIterator it(root + QLatin1String("src"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size());
            if (relative == QLatin1String("src/core/errorcode.cpp"))
                continue;
            ++files;
            for (const Literal &l : stringLiterals(readFile(path))) {
                if (kNotCodes.contains({relative, l.text}))
                    continue;
                const bool errorPosition = inErrorPosition(l.before);
                const QString where = QStringLiteral("%1:%2: \"%3\"").arg(relative).arg(l.line).arg(l.text);
                if (errorPosition && codePattern().match(l.text).hasMatch() && !known.contains(l.text))
                    uncatalogued.append(where);
                else if ((known.contains(l.text) || errorPosition) && !notYetConverted(relative))
                    spelt.append(where);
            }
        }
        QVERIFY(files > 150);
        QVERIFY2(uncatalogued.isEmpty(), qPrintable(QLatin1String("Codes missing from the catalogue:\n") +
                                                    uncatalogued.join(QLatin1Char('\n'))));
        QVERIFY2(spelt.isEmpty(), qPrintable(QLatin1String("Name these codes through ErrorCode:\n") +
                                             spelt.join(QLatin1Char('\n'))));
    }

    void theScannerFindsCodes()
    {
        // The scan above must be able to fail: the same rules on a file that breaks them.
        const QList<Literal> literals =
            stringLiterals(QStringLiteral("// \"ssh.timeout\" in a comment\n"
                                          "return Error{QStringLiteral(\"ssh.timeout\"), tr(\"x\")};\n"
                                          "const char *s = R\"(say \"ssh.lost\")\"; char q = '\"';\n"
                                          "if (e.error().code == QLatin1String(\"ssh.dns\")) {}\n"));
        QCOMPARE(literals.size(), 3);
        QCOMPARE(literals.at(0).text, QStringLiteral("ssh.timeout"));
        QCOMPARE(literals.at(0).line, 2);
        QVERIFY(inErrorPosition(literals.at(0).before));
        QCOMPARE(literals.at(1).text, QStringLiteral("x"));
        QVERIFY(!inErrorPosition(literals.at(1).before));
        QCOMPARE(literals.at(2).text, QStringLiteral("ssh.dns"));
        QCOMPARE(literals.at(2).line, 4);
        QVERIFY(inErrorPosition(literals.at(2).before));
        // An Error's code on the line after its brace is in an Error's position too.
        const QList<Literal> wrapped = stringLiterals(QStringLiteral("return Error{\n    \"a.b\", m};"));
        QCOMPARE(wrapped.size(), 1);
        QVERIFY(inErrorPosition(wrapped.at(0).before));
    }
};

QTEST_MAIN(TestErrorCatalogue)
#include "tst_errorcatalogue.moc"
