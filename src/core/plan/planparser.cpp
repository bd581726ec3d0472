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

} // namespace

Result<Plan> PlanParser::parse(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
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
