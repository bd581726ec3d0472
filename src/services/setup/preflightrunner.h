// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/stacklayout.h"
#include "core/result.h"
#include "core/setup/hostfacts.h"
#include "core/setup/preflightfinding.h"
#include "ssh/sshsession.h"

#include <QObject>
#include <QPointer>

namespace supadesk {

class StackConnection;

// Reads a server for the Preflight page: runs HostFactsParser's one command batch over the stack's
// SSH connection and parses it. Asynchronous; the connection must be Connected.
//
//   auto *runner = new PreflightRunner(connection, this);
//   connect(runner, &PreflightRunner::finished, this, [=] { show(runner->facts(), runner->findings()); });
//   connect(runner, &PreflightRunner::failed, this, [=](const QString &, const QString &message) {...});
//   runner->run(stack.installDir);
//
// A tool missing on the server is not a failure (it becomes an amber/red finding); failed() means
// the batch could not run at all (not connected, SSH channel refused). After the batch the runner reads
// the install directory's .env and compose file(s) (AuditContextReader's reads) into layout(); a
// layout that cannot be read is not a failure either, layoutError() says why.
class PreflightRunner : public QObject
{
    Q_OBJECT
public:
    explicit PreflightRunner(StackConnection *connection, QObject *parent = nullptr);

    // Starts reading the server; a run already going is abandoned (its answer is dropped).
    void run(const QString &installDir);
    // Drops the answer of the running batch (the remote command itself is short and finishes).
    void cancel();
    bool isRunning() const { return m_running; }

    // The last successful run's facts and findings (PreflightEvaluator with the default minimum).
    const HostFacts &facts() const { return m_facts; }
    const PreflightFindings &findings() const { return m_findings; }
    // The Supabase layout of the install directory (Kong or Envoy, gateway and pooler ports, PostgreSQL).
    const StackLayout &layout() const { return m_layout; }
    const QString &layoutError() const { return m_layoutError; } // translated; empty when read

    // Blocking helper for the CLI and tests: runs the batch and waits (spinning an event loop).
    static Result<HostFacts> readHost(StackConnection *connection, const QString &installDir);

    // The batch as one remote command (run under sh whatever the login shell is), and its answer
    // parsed; for callers that run it themselves (the audit, from its own thread).
    static QString batchCommand(const QString &installDir);
    static Result<HostFacts> factsFrom(const Result<ExecResult> &result);

signals:
    void finished();
    void failed(const QString &code, const QString &message);

private:
    void readLayout(quint64 generation, const QString &installDir);

    QPointer<StackConnection> m_connection;
    HostFacts m_facts;
    PreflightFindings m_findings;
    StackLayout m_layout;
    QString m_layoutError;
    bool m_running = false;
    quint64 m_generation = 0; // answers of abandoned runs are recognised and dropped
};

} // namespace supadesk
