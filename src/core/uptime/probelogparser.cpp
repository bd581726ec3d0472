// SPDX-License-Identifier: GPL-3.0-or-later
#include "probelogparser.h"

#include <QDateTime>
#include <QTimeZone>

namespace supadesk {

bool ProbeLogParser::parseLine(const QByteArray &line, const QString &source, ProbeResult *result)
{
    const QList<QByteArray> fields = line.split('\t');
    if (fields.size() != 5)
        return false;
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(fields.at(0)), Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) // a time without zone would be ambiguous
        return false;
    const QByteArray component = fields.at(1);
    if (component.isEmpty())
        return false;
    const QByteArray status = fields.at(2);
    if (status != "ok" && status != "fail")
        return false;
    ProbeResult r;
    r.tMs = t.toMSecsSinceEpoch();
    r.component = QString::fromUtf8(component);
    r.ok = status == "ok";
    if (fields.at(3) != "-") {
        bool ok = false;
        const int latency = fields.at(3).toInt(&ok);
        if (!ok || latency < 0)
            return false;
        r.latencyMs = latency;
    }
    if (fields.at(4) != "-")
        r.reason = QString::fromUtf8(fields.at(4));
    r.source = source;
    *result = r;
    return true;
}

ProbeLogParser::Parsed ProbeLogParser::parse(const QByteArray &text, const QString &source)
{
    Parsed parsed;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            break; // incomplete last line
        QByteArray line = text.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        parsed.consumedBytes = start;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        ProbeResult r;
        if (parseLine(line, source, &r))
            parsed.results.append(r);
        else
            ++parsed.malformedLines;
    }
    return parsed;
}

} // namespace supadesk
