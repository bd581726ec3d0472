// SPDX-License-Identifier: GPL-3.0-or-later
#include "envfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace supadesk {

namespace {

const QRegularExpression &assignmentPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$)"));
    return pattern;
}

struct Unquoted
{
    QString value;
    QString trailing; // what follows the value on its line: whitespace and a comment
};

// Returns the unquoted value and what follows it, or nothing when a quote is left open.
std::optional<Unquoted> unquote(const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.startsWith(QLatin1Char('\''))) {
        const qsizetype end = v.indexOf(QLatin1Char('\''), 1);
        if (end < 0)
            return std::nullopt;
        return Unquoted{v.mid(1, end - 1), v.mid(end + 1)};
    }
    if (v.startsWith(QLatin1Char('"'))) {
        QString out;
        for (qsizetype i = 1; i < v.size(); ++i) {
            const QChar c = v.at(i);
            if (c == QLatin1Char('\\') && i + 1 < v.size()) {
                const QChar next = v.at(++i);
                out.append(next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next);
            } else if (c == QLatin1Char('"')) {
                return Unquoted{out, v.mid(i + 1)};
            } else {
                out.append(c);
            }
        }
        return std::nullopt;
    }
    // Unquoted: ` #` starts a comment, a `#` inside the value does not.
    static const QRegularExpression comment(QStringLiteral(R"(\s+#.*$)"));
    const QRegularExpressionMatch match = comment.match(v);
    if (!match.hasMatch())
        return Unquoted{v, {}};
    return Unquoted{v.left(match.capturedStart()), match.captured()};
}

} // namespace

EnvFile::Line EnvFile::parseLine(const QString &text)
{
    Line line;
    line.text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return line;
    const QRegularExpressionMatch match = assignmentPattern().match(text);
    if (!match.hasMatch()) {
        line.malformed = true;
        return line;
    }
    const std::optional<Unquoted> value = unquote(match.captured(2));
    if (!value) {
        line.malformed = true;
        return line;
    }
    line.key = match.captured(1);
    line.value = value->value;
    line.trailing = value->trailing;
    return line;
}

EnvFile EnvFile::parse(const QString &text)
{
    EnvFile file;
    if (text.contains(QLatin1String("\r\n")))
        file.m_newline = QStringLiteral("\r\n");
    file.m_endsWithNewline = text.isEmpty() || text.endsWith(QLatin1Char('\n'));
    QStringList rows = text.split(QLatin1Char('\n'));
    if (file.m_endsWithNewline)
        rows.removeLast();
    for (QString &row : rows) {
        if (row.endsWith(QLatin1Char('\r')))
            row.chop(1);
        file.m_lines.append(parseLine(row));
    }
    return file;
}

int EnvFile::lastIndexOf(const QString &key) const
{
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i)
        if (m_lines.at(i).key == key)
            return static_cast<int>(i);
    return -1;
}

bool EnvFile::contains(const QString &key) const
{
    return lastIndexOf(key) >= 0;
}

QString EnvFile::value(const QString &key) const
{
    const int i = lastIndexOf(key);
    return i < 0 ? QString() : m_lines.at(i).value;
}

int EnvFile::lineOf(const QString &key) const
{
    return lastIndexOf(key) + 1;
}

QStringList EnvFile::keys() const
{
    QStringList out;
    for (const Line &line : m_lines)
        if (!line.key.isEmpty() && !out.contains(line.key))
            out.append(line.key);
    return out;
}

QHash<QString, QString> EnvFile::values() const
{
    QHash<QString, QString> out;
    for (const Line &line : m_lines)
        if (!line.key.isEmpty())
            out.insert(line.key, line.value);
    return out;
}

QHash<QString, int> EnvFile::lines() const
{
    QHash<QString, int> out;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        if (!m_lines.at(i).key.isEmpty())
            out.insert(m_lines.at(i).key, static_cast<int>(i + 1));
    return out;
}

QString EnvFile::quote(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral(R"(^[A-Za-z0-9_./:@+=,%-]*$)"));
    if (safe.match(value).hasMatch())
        return value;
    // Single quotes are literal for Compose (no ${...} interpolation): right for secrets holding `$`.
    if (!value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('\n')))
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void EnvFile::set(const QString &key, const QString &value)
{
    bool found = false;
    for (Line &line : m_lines) {
        if (line.key != key)
            continue;
        found = true;
        // Keep what stood before the key (indentation, `export `).
        const qsizetype keyAt = assignmentPattern().match(line.text).capturedStart(1);
        line.text = line.text.left(keyAt) + key + QLatin1Char('=') + quote(value) + line.trailing;
        line.value = value;
    }
    if (!found) {
        Line line;
        line.key = key;
        line.value = value;
        line.text = key + QLatin1Char('=') + quote(value);
        m_lines.append(line);
    }
}

void EnvFile::set(const EnvAssignments &assignments)
{
    for (const EnvAssignment &a : assignments)
        set(a.key, a.value);
}

FindingList EnvFile::findings() const
{
    FindingList out;
    QHash<QString, int> firstLine;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const int number = static_cast<int>(i + 1);
        if (line.malformed) {
            // The line itself is never quoted: it may be a password with a stray quote, and this
            // sentence goes into the apply log and the CLI's output. Its key, where one is
            // recognisable, and its number are enough to find it.
            static const QRegularExpression keyed(
                QStringLiteral(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=)"));
            const QString key = keyed.match(line.text).captured(1);
            out.append(
                {Finding::Severity::Error, QStringLiteral("env.malformed"), key, number,
                 key.isEmpty()
                     ? EnvFile::tr("Line %1 is not KEY=VALUE; its content is not shown, as it may hold a "
                                   "secret. Fix or remove it.")
                           .arg(number)
                     : EnvFile::tr("Line %1 (%2) has an unclosed quote; its value is not shown. Fix or "
                                   "remove it.")
                           .arg(number)
                           .arg(key)});
            continue;
        }
        if (line.key.isEmpty())
            continue;
        if (firstLine.contains(line.key))
            out.append(
                {Finding::Severity::Warning, QStringLiteral("env.duplicate"), line.key, number,
                 EnvFile::tr(
                     "%1 is set again on line %2 (first on line %3); Docker Compose uses the last one. "
                     "Remove the extra line.")
                     .arg(line.key)
                     .arg(number)
                     .arg(firstLine.value(line.key))});
        else
            firstLine.insert(line.key, number);
    }
    return out;
}

QString EnvFile::toString() const
{
    QStringList rows;
    rows.reserve(m_lines.size());
    for (const Line &line : m_lines)
        rows.append(line.text);
    QString out = rows.join(m_newline);
    if (m_endsWithNewline && !m_lines.isEmpty())
        out += m_newline;
    return out;
}

} // namespace supadesk
