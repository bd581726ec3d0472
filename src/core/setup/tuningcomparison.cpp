// SPDX-License-Identifier: GPL-3.0-or-later
#include "tuningcomparison.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <optional>

namespace supadesk {

std::optional<double> TuningComparison::baseUnitValue(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(-?\d+(?:\.\d+)?)\s*(kB|MB|GB|TB|us|ms|s|min|h|d)?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    static const QHash<QString, double> factors{
        {QStringLiteral("kB"), 1},
        {QStringLiteral("MB"), 1024},
        {QStringLiteral("GB"), 1024.0 * 1024},
        {QStringLiteral("TB"), 1024.0 * 1024 * 1024},
        {QStringLiteral("us"), 0.001},
        {QStringLiteral("ms"), 1},
        {QStringLiteral("s"), 1000},
        {QStringLiteral("min"), 60000},
        {QStringLiteral("h"), 3600000},
        {QStringLiteral("d"), 86400000},
    };
    return m.captured(1).toDouble() * factors.value(m.captured(2), 1);
}

namespace {

QSet<QString> listItems(const QString &text)
{
    QSet<QString> out;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString trimmed = item.trimmed();
        if (trimmed.startsWith(QLatin1Char('"')) && trimmed.endsWith(QLatin1Char('"')) && trimmed.size() >= 2)
            trimmed = trimmed.mid(1, trimmed.size() - 2);
        if (!trimmed.isEmpty())
            out.insert(trimmed);
    }
    return out;
}

} // namespace

bool TuningComparison::sameValue(const PgSetting &proposed, const QString &current)
{
    if (proposed.isList) {
        const QSet<QString> have = listItems(current);
        const QSet<QString> want = listItems(proposed.value);
        // Appending only asks for the library to be there; a full list must match as a set.
        return proposed.appendToList ? have.contains(want) : have == want;
    }
    const std::optional<double> a = baseUnitValue(proposed.value);
    const std::optional<double> b = baseUnitValue(current);
    if (a && b)
        return qFuzzyCompare(1.0 + *a, 1.0 + *b);
    return proposed.value.compare(current, Qt::CaseInsensitive) == 0 ||
           (proposed.value == QLatin1String("on") && current == QLatin1String("true")) ||
           (proposed.value == QLatin1String("off") && current == QLatin1String("false"));
}

QList<SettingChange> TuningComparison::compare(const PgSettings &proposed,
                                               const QHash<QString, QString> &current)
{
    QList<SettingChange> out;
    for (const PgSetting &s : proposed) {
        const auto it = current.constFind(s.name);
        const bool known = it != current.cend();
        out.append({s, known ? *it : QString(), !known || !sameValue(s, *it)});
    }
    return out;
}

bool TuningComparison::restartNeeded(const QList<SettingChange> &changes)
{
    for (const SettingChange &c : changes)
        if (c.changes && c.proposed.needsRestart)
            return true;
    return false;
}

} // namespace supadesk
