// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace supadesk {

class StackConnection;

// Turns on the firewall of FirewallPlanner's firewall.sh without ever locking the user out:
//   1. uploads the script (mode 0700) over the stack's connection;
//   2. runs it there: it allows the SSH port first, arms an automatic revert on the server
//      (systemd-run --on-active / at), denies by default and enables ufw;
//   3. proves that the server still takes SSH with a NEW connection (same settings, fresh TCP
//      connection, so it meets the new rules), and runs `firewall.sh --confirm` through it, which
//      disarms the revert;
//   4. if the proof fails, reverts at once through the original session (an established
//      connection survives ufw) to exactly the ufw state saved before; if that session is gone
//      too, the armed revert does it on its own after the script's delay.
// Generate the script with FirewallOptions::sshPort = the port this very connection uses.
//
//   auto *applier = new FirewallApplier(connection, this);
//   connect(applier, &FirewallApplier::progress, log, &QPlainTextEdit::appendPlainText);
//   connect(applier, &FirewallApplier::finished, this, [](FirewallApplier::Outcome o, const QString &m)
//   {...}); applier->start(FirewallPlanner::script(options).value());
class FirewallApplier : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Kept,          // enabled, proven with a new connection, revert disarmed
        Reverted,      // the proof failed and ufw was put back as it was right away
        RevertPending, // the proof failed and the old session is gone: the armed revert will fire
        Failed         // the script could not be uploaded or run; message says what state remains
    };
    Q_ENUM(Outcome)

    struct Options
    {
        QString scriptPath = QStringLiteral("/usr/local/sbin/supadesk-firewall.sh");
        // Put in front of every run of the script, e.g. "sudo -n" for a non-root login. When set, the
        // upload goes through it too (root writes the file, its content arriving on standard input).
        QString commandPrefix;
        // How long the proof connection may take before it counts as refused.
        int proofTimeoutSeconds = 15;
        // Ports that must be closed from outside (the database and pooler): once the firewall is
        // kept, this computer tries each on the server's address and reports any that still answer.
        QList<int> verifyClosedPorts{5432, 6543};
        int probeTimeoutMs = 2000;
    };

    explicit FirewallApplier(StackConnection *connection, QObject *parent = nullptr);
    ~FirewallApplier() override;

    void start(const QString &script, const Options &options);
    void start(const QString &script) { start(script, Options()); }
    bool isRunning() const { return m_running; }
    // After a Kept run: the verifyClosedPorts that still accepted a connection from this computer.
    QList<int> stillReachable() const { return m_stillReachable; }

    // Blocking helper for the CLI and tests (spins an event loop).
    Outcome runAndWait(const QString &script, const Options &options, QString *message = nullptr);

signals:
    void progress(const QString &line);
    void finished(FirewallApplier::Outcome outcome, const QString &message);

private:
    void enable();
    void prove();
    void proofFailed(const QString &why);
    void verifyClosed(const QString &keptMessage);
    void done(Outcome outcome, const QString &message);
    QString scriptCommand(const QString &argument = QString()) const;

    QPointer<StackConnection> m_connection;
    std::unique_ptr<StackConnection> m_proof;
    Options m_options;
    QString m_script;
    QList<int> m_stillReachable;
    bool m_running = false;
};

} // namespace supadesk
