// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/backup/drillresult.h"
#include "core/result.h"
#include "core/stack.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace supadesk {

class StackConnection;

// One stack to audit: its definition, its live (Connected) connection with the usual forwards, and the
// database password read from the keychain (empty: the database checks say "could not check").
struct AuditTarget
{
    Stack stack;
    QPointer<StackConnection> connection;
    QString databasePassword;
};

struct AuditOptions
{
    QStringList checks; // ids to run; empty: every check
    // Each stack's newest restore drill from the local history (DrillHistoryStore), by stack id, read by
    // the caller on its own thread; a stack without one: restore-tested says no drill is recorded.
    QHash<QString, DrillResult> lastDrills;
};

// Runs the audit of one stack or a fleet off the GUI thread, stack after stack, every check group over
// the stack's existing SSH session, database forward and gateway forward. Never changes a server.
//
//   auto *runner = new AuditRunner(this);
//   connect(runner, &AuditRunner::stackFinished, this, [=](const AuditReport &report) {...});
//   connect(runner, &AuditRunner::finished, this, [=](bool cancelled) {...});
//   runner->start({target1, target2});
//
// A stack that is not connected still gets a report: every check Unknown, saying so.
class AuditRunner : public QObject
{
    Q_OBJECT
public:
    explicit AuditRunner(QObject *parent = nullptr);
    ~AuditRunner() override;

    // Starts a run; refused (returns false) while one is running.
    bool start(const QList<AuditTarget> &targets, const AuditOptions &options = {});
    // Stops after the check that is running; the stack's report is marked cancelled, the rest are skipped.
    void cancel();
    bool isRunning() const;

    // For the CLI and tests: audits one stack and waits (spinning an event loop).
    static Result<AuditReport> runBlocking(const AuditTarget &target, const AuditOptions &options = {});

signals:
    // `done` of `total` checks over the whole run; `checkId` is the one starting.
    void progress(int done, int total, const QString &stackName, const QString &checkId);
    void stackFinished(const supadesk::AuditReport &report);
    void finished(bool cancelled);

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};

} // namespace supadesk
