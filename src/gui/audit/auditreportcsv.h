// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/result.h"

#include <QCoreApplication>

namespace supadesk {

// The audit as one CSV table for spreadsheets and scripts: one row per stack and check, with the
// stack's score and the run's start on every row. Ids, statuses and times are locale-independent
// (the CLI's JSON names, ISO 8601 UTC); the texts are those the checks wrote.
class AuditReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AuditReportCsv)

public:
    static QStringList header();
    static QByteArray render(const QList<AuditReport> &reports);
    static Status write(const QString &path, const QList<AuditReport> &reports);
};

} // namespace supadesk
