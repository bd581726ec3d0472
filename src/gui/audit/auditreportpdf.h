// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace supadesk {

// Writes the audit as an A4 PDF for the manager who signs off a launch: a first page with the date
// and the fleet matrix (checks × stacks, worst first, the score of each stack; more than six stacks
// continue in a second matrix), then one page per stack with every check's status, evidence and fix.
// "Page X of Y" in the footer. The report's own words and its dates and figures are in the chosen
// language (through the catalogue, as the uptime report does); the checks' texts are those the run wrote.
class AuditReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AuditReportPdf)

public:
    struct Options
    {
        QDateTime generatedAt;
        QString language;                          // "en", "ka"; empty: the interface's
        QHash<QString, QSet<QString>> newFailures; // stack id → checks that turned from pass to fail
    };

    // `reports` in the order shown (worst first).
    static QByteArray render(const QList<AuditReport> &reports, const Options &options);
    static Status write(const QString &path, const QList<AuditReport> &reports, const Options &options);
};

} // namespace supadesk
