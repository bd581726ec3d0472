// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcsv.h"

#include <QDateTime>
#include <QMap>

namespace supadesk {

QString ChartCsv::quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString f = field;
    f.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

QString ChartCsv::format(const QStringList &names, const QList<QList<QPointF>> &series)
{
    // Rows keyed by time; a map keeps them in time order whatever order the series come in.
    QMap<qint64, QList<std::optional<double>>> rows;
    for (int i = 0; i < series.size(); ++i)
        for (const QPointF &p : series.at(i)) {
            auto &row = rows[qint64(p.x())];
            if (row.size() < series.size())
                row.resize(series.size());
            row[i] = p.y();
        }
    QString out = QStringLiteral("time");
    for (const QString &name : names)
        out += QLatin1Char(',') + quoted(name);
    out += QStringLiteral("\r\n");
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        out += QDateTime::fromMSecsSinceEpoch(it.key()).toUTC().toString(Qt::ISODateWithMs);
        for (const std::optional<double> &v : it.value())
            out += QLatin1Char(',') + (v ? QString::number(*v, 'g', 12) : QString());
        out += QStringLiteral("\r\n");
    }
    return out;
}

} // namespace supadesk
