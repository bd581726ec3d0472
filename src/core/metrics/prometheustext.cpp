#include "prometheustext.h"

#include <QCoreApplication>

#include <limits>

namespace supadesk {

namespace {

bool nameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_') || c == QLatin1Char(':');
}

bool nameChar(QChar c)
{
    return nameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

void skipSpaces(QStringView line, qsizetype &i)
{
    while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
}

QString readName(QStringView line, qsizetype &i)
{
    const qsizetype start = i;
    if (i < line.size() && nameStart(line[i]))
        ++i;
    while (i < line.size() && nameChar(line[i]))
        ++i;
    return line.mid(start, i - start).toString();
}

std::optional<double> readValue(QStringView token)
{
    if (token == QLatin1String("+Inf") || token == QLatin1String("Inf"))
        return std::numeric_limits<double>::infinity();
    if (token == QLatin1String("-Inf"))
        return -std::numeric_limits<double>::infinity();
    if (token == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double v = token.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<PrometheusSample> PrometheusText::parseLine(QStringView line)
{
    PrometheusSample s;
    qsizetype i = 0;
    s.name = readName(line, i);
    if (s.name.isEmpty())
        return std::nullopt;
    skipSpaces(line, i);
    if (i < line.size() && line[i] == QLatin1Char('{')) {
        ++i;
        for (;;) {
            skipSpaces(line, i);
            if (i < line.size() && line[i] == QLatin1Char('}')) {
                ++i;
                break;
            }
            const QString label = readName(line, i);
            skipSpaces(line, i);
            if (label.isEmpty() || i >= line.size() || line[i] != QLatin1Char('='))
                return std::nullopt;
            ++i;
            skipSpaces(line, i);
            if (i >= line.size() || line[i] != QLatin1Char('"'))
                return std::nullopt;
            ++i;
            QString value;
            bool closed = false;
            while (i < line.size()) {
                const QChar c = line[i++];
                if (c == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\\') && i < line.size()) {
                    const QChar e = line[i++];
                    value += e == QLatin1Char('n') ? QLatin1Char('\n') : e;
                    continue;
                }
                value += c;
            }
            if (!closed)
                return std::nullopt;
            s.labels.insert(label, value);
            skipSpaces(line, i);
            if (i < line.size() && line[i] == QLatin1Char(','))
                ++i;
        }
    }
    skipSpaces(line, i);
    // The value, then an optional timestamp in milliseconds, which is not needed here.
    const QList<QStringView> rest = line.mid(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (rest.isEmpty() || rest.size() > 2)
        return std::nullopt;
    const std::optional<double> value = readValue(rest.first());
    if (!value)
        return std::nullopt;
    s.value = *value;
    return s;
}

Result<PrometheusText> PrometheusText::parse(const QByteArray &text)
{
    PrometheusText parsed;
    bool anyContent = false;
    const QString all = QString::fromUtf8(text);
    for (QStringView line : QStringView(all).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        anyContent = true;
        if (std::optional<PrometheusSample> s = parseLine(line))
            parsed.m_samples.append(std::move(*s));
        else
            ++parsed.m_skipped;
    }
    if (anyContent && parsed.m_samples.isEmpty())
        return Error{QStringLiteral("prometheus.parse"),
                     QCoreApplication::translate("PrometheusText",
                                                 "The answer is not in Prometheus' metrics format.")};
    return parsed;
}

std::optional<double> PrometheusText::sum(const QString &name) const
{
    std::optional<double> total;
    for (const PrometheusSample &s : m_samples)
        if (s.name == name)
            total = total.value_or(0) + s.value;
    return total;
}

bool PrometheusText::hasPrefix(const QString &prefix) const
{
    for (const PrometheusSample &s : m_samples)
        if (s.name.startsWith(prefix))
            return true;
    return false;
}

} // namespace supadesk
