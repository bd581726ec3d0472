// SPDX-License-Identifier: GPL-3.0-or-later
#include "planparser.h"

#include "planjsonparser.h"
#include "plantextcleaner.h"
#include "plantextparser.h"

#include <QCoreApplication>

namespace supadesk {

namespace {

bool looksLikeJson(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(QLatin1Char('[')) || t.startsWith(QLatin1Char('{'));
}

enum class Form { Empty, Json, Other, Unknown };

// The form from the first bytes, without a QString of the whole input (twice its size in UTF-16, which
// for a large JSON plan was the largest allocation of opening it). Unknown when a non-ASCII byte comes
// before anything else: QString's idea of a blank decides then.
Form formOf(const QByteArray &data)
{
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            continue;
        if (uchar(c) >= 0x80)
            return Form::Unknown;
        return c == '[' || c == '{' ? Form::Json : Form::Other;
    }
    return Form::Empty;
}

} // namespace

Result<Plan> PlanParser::parse(const QByteArray &data)
{
    const Form form = formOf(data);
    if (form == Form::Json)
        return PlanJsonParser::parse(data);
    const QString text = form == Form::Empty ? QString() : QString::fromUtf8(data);
    if (text.trimmed().isEmpty())
        return Error{ErrorCode::PlanEmpty, QCoreApplication::translate("PlanParser", "The plan is empty.")};
    if (looksLikeJson(text))
        return PlanJsonParser::parse(data);
    // JSON copied out of psql comes inside its frame, with "+" at the end of every line.
    const QList<PlanTextLine> lines = PlanTextCleaner::clean(text);
    if (!lines.isEmpty() && looksLikeJson(lines.first().text)) {
        QString json;
        for (const PlanTextLine &line : lines)
            json += line.text + QLatin1Char('\n');
        return PlanJsonParser::parse(json.toUtf8());
    }
    return PlanTextParser::parse(text);
}

} // namespace supadesk
