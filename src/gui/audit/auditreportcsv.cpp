// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditreportcsv.h"

#include <QSaveFile>

namespace supadesk {

namespace {

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QStringList AuditReportCsv::header()
{
    return {QStringLiteral("stack"), QStringLiteral("started"),  QStringLiteral("score"),
            QStringLiteral("area"),  QStringLiteral("check"),    QStringLiteral("status"),
            QStringLiteral("title"), QStringLiteral("evidence"), QStringLiteral("why"),
            QStringLiteral("fix"),   QStringLiteral("objects")};
}

QByteArray AuditReportCsv::render(const QList<AuditReport> &reports)
{
    QStringList lines{header().join(QLatin1Char(','))};
    for (const AuditReport &report : reports) {
        const int score = report.score();
        for (const AuditCheckResult &check : report.checks) {
            const QStringList fields = {report.stackName,
                                        report.startedAt.toUTC().toString(Qt::ISODate),
                                        score < 0 ? QString() : QString::number(score),
                                        auditAreaName(check.area),
                                        check.id,
                                        auditStatusName(check.status),
                                        check.title,
                                        check.evidence,
                                        check.why,
                                        check.fixText,
                                        check.objects.join(QLatin1Char(' '))};
            QStringList quoted;
            for (const QString &f : fields)
                quoted.append(field(f));
            lines.append(quoted.join(QLatin1Char(',')));
        }
    }
    return (lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n")).toUtf8();
}

Status AuditReportCsv::write(const QString &path, const QList<AuditReport> &reports)
{
    const QByteArray csv = render(reports);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error{ErrorCode::AuditReportWrite, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace supadesk
