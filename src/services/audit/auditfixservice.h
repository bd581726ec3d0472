// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "db/dbendpoint.h"

#include <QObject>
#include <QPointer>

namespace supadesk {

class StackConnection;

// Carries out an audit fix the user has confirmed, off the GUI thread: a check's SQL in one transaction
// (AdvisorFixApplier::applySql: all of it or nothing), a command on the stack's server exactly as the
// confirmation showed it. It does not judge the result: the caller audits that one check again, so the
// verdict after a fix comes from the same code as every other verdict.
class AuditFixService : public QObject
{
    Q_OBJECT
public:
    explicit AuditFixService(QObject *parent = nullptr);

    // Starts the fix; false (and nothing runs) while another fix runs or when the fix needs what is not
    // there (a command without a connected session, SQL without a database forward): finished() says why.
    bool apply(const QString &stackId, const AuditCheckResult &check, StackConnection *connection,
               const DbEndpoint &database);
    bool isBusy() const { return m_busy; }

signals:
    // `message` is translated: what went wrong, or the command's output when it worked.
    void finished(const QString &stackId, const QString &checkId, bool applied, const QString &message);

private:
    void done(const QString &stackId, const QString &checkId, bool applied, const QString &message);

    bool m_busy = false;
};

} // namespace supadesk
