// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustext.h"

#include <QCoreApplication>

#include <charconv>
#include <limits>

namespace supadesk {

namespace {

// The scrape is read as bytes: names are ASCII, label values UTF-8, and a two-second poller should not
// pay for converting the whole text to UTF-16 first.
bool nameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool nameChar(char c)
{
    return nameStart(c) || (c >= '0' && c <= '9');
}

void skipSpaces(QByteArrayView line, qsizetype &i)
{
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
}

QByteArrayView readName(QByteArrayView line, qsizetype &i)
{
    const qsizetype start = i;
    if (i < line.size() && nameStart(line[i]))
        ++i;
    while (i < line.size() && nameChar(line[i]))
        ++i;
    return line.sliced(start, i - start);
}

std::optional<double> readValue(QByteArrayView token)
{
    if (token == "+Inf" || token == "Inf")
        return std::numeric_limits<double>::infinity();
    if (token == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (token == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (token.startsWith('+'))
        token = token.sliced(1);
    double v = 0;
    const char *end = token.data() + token.size();
    const auto [at, error] = std::from_chars(token.data(), end, v);
    if (error != std::errc() || at != end)
        return std::nullopt;
    return v;
}

} // namespace

bool PrometheusText::scanLabels(QByteArrayView line, qsizetype &i, QMap<QString, QString> *labels)
{
    for (;;) {
        skipSpaces(line, i);
        if (i < line.size() && line[i] == '}') {
            ++i;
            return true;
        }
        const QByteArrayView label = readName(line, i);
        skipSpaces(line, i);
        if (label.isEmpty() || i >= line.size() || line[i] != '=')
            return false;
        ++i;
        skipSpaces(line, i);
        if (i >= line.size() || line[i] != '"')
            return false;
        const qsizetype valueStart = ++i;
        bool escaped = false;
        while (i < line.size() && line[i] != '"') {
            if (line[i] == '\\') {
                escaped = true;
                ++i;
            }
            ++i;
        }
        if (i >= line.size())
            return false; // unclosed
        if (labels) {
            const QByteArrayView raw = line.sliced(valueStart, i - valueStart);
            QByteArray value;
            if (!escaped) {
                value = raw.toByteArray();
            } else {
                for (qsizetype k = 0; k < raw.size(); ++k) {
                    if (raw[k] == '\\' && k + 1 < raw.size()) {
                        ++k;
                        value += raw[k] == 'n' ? '\n' : raw[k];
                    } else {
                        value += raw[k];
                    }
                }
            }
            labels->insert(QString::fromLatin1(label), QString::fromUtf8(value));
        }
        ++i;
        skipSpaces(line, i);
        if (i < line.size() && line[i] == ',')
            ++i;
    }
}

QMap<QString, QString> PrometheusSample::labels() const
{
    QMap<QString, QString> decoded;
    qsizetype i = 0;
    const QByteArray block = labelBlock + '}';
    PrometheusText::scanLabels(block, i, &decoded);
    return decoded;
}

std::optional<PrometheusSample> PrometheusText::parseLine(QByteArrayView line)
{
    PrometheusSample s;
    qsizetype i = 0;
    const QByteArrayView name = readName(line, i);
    if (name.isEmpty())
        return std::nullopt;
    s.name = name.toByteArray();
    skipSpaces(line, i);
    if (i < line.size() && line[i] == '{') {
        const qsizetype blockStart = ++i;
        if (!scanLabels(line, i, nullptr))
            return std::nullopt;
        s.labelBlock = line.sliced(blockStart, i - 1 - blockStart).toByteArray();
    }
    skipSpaces(line, i);
    // The value, then an optional timestamp in milliseconds, which is not needed here.
    QByteArrayView rest = line.sliced(i).trimmed();
    qsizetype space = rest.indexOf(' ');
    const QByteArrayView value = space < 0 ? rest : rest.first(space);
    if (space >= 0) {
        const QByteArrayView stamp = rest.sliced(space).trimmed();
        if (stamp.contains(' ') || !readValue(stamp))
            return std::nullopt;
    }
    const std::optional<double> parsed = readValue(value);
    if (!parsed)
        return std::nullopt;
    s.value = *parsed;
    return s;
}

Result<PrometheusText> PrometheusText::parse(const QByteArray &text)
{
    PrometheusText parsed;
    bool anyContent = false;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype to = text.indexOf('\n', from);
        if (to < 0)
            to = text.size();
        const QByteArrayView line = QByteArrayView(text).sliced(from, to - from).trimmed();
        from = to + 1;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        anyContent = true;
        if (std::optional<PrometheusSample> s = parseLine(line))
            parsed.m_samples.append(std::move(*s));
        else
            ++parsed.m_skipped;
    }
    if (anyContent && parsed.m_samples.isEmpty())
        return Error{ErrorCode::PrometheusParse,
                     QCoreApplication::translate("PrometheusText",
                                                 "The answer is not in Prometheus' metrics format.")};
    return parsed;
}

std::optional<double> PrometheusText::sum(const QString &name) const
{
    const QByteArray wanted = name.toLatin1();
    std::optional<double> total;
    for (const PrometheusSample &s : m_samples)
        if (s.name == wanted)
            total = total.value_or(0) + s.value;
    return total;
}

bool PrometheusText::hasPrefix(const QString &prefix) const
{
    const QByteArray wanted = prefix.toLatin1();
    for (const PrometheusSample &s : m_samples)
        if (s.name.startsWith(wanted))
            return true;
    return false;
}

} // namespace supadesk
