// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/setup/firewallapplier.h"
#include "setuppage.h"

#include <QMap>
#include <memory>
#include <optional>

namespace supadesk {

namespace Ui {
class FirewallPage;
}

// Page 6: the ufw plan. The SSH port of this very session stays open, the pooler ports that Docker
// publishes (5432, 6543) are closed where ufw cannot reach (DOCKER-USER and a loopback-only compose
// override), and an automatic revert protects against locking yourself out. "Apply firewall" turns it
// on through FirewallApplier (SSH rule first, armed revert, proof with a new SSH connection) and then
// shows, per port, whether this computer can still reach the database and pooler ports.
class FirewallPage : public SetupPage
{
    Q_OBJECT
public:
    enum class Outcome {
        None,          // not applied from this page yet
        Applied,       // enabled, proven with a new SSH connection, revert disarmed
        Reverted,      // the proof failed: ufw put back as it was at once
        RevertPending, // the proof failed and the session is gone: the armed revert switches it off
        Refused,       // nothing was changed: ufw or root rights are missing on the server
        Failed,        // the script failed; the message says what state remains
        Cancelled      // stopped by the user; the firewall is off again
    };
    Q_ENUM(Outcome)

    explicit FirewallPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~FirewallPage() override;

    QString title() const override;
    QString explanation() const override;

    // Where the script goes on the server and how it is run. By default: the applier's path, and
    // "sudo -n" in front for a login other than root. The ports to verify always come from the plan.
    void setApplierOptions(const FirewallApplier::Options &options) { m_options = options; }

    // Asks first (naming the SSH port that stays open); `confirmed` skips the question.
    void applyFirewall(bool confirmed = false);
    // Stops after the running step and switches the firewall off again.
    void cancelFirewall();
    bool isApplying() const { return m_running; }
    Outcome outcome() const { return m_outcome; }
    // After Applied: each verified port and whether it is closed from this computer.
    const QMap<int, bool> &portsClosed() const { return m_portsClosed; }

signals:
    void firewallFinished(supadesk::FirewallPage::Outcome outcome);

protected:
    void retranslateUi() override;

private:
    void load();
    void store();
    static QList<int> parsePorts(const QString &text, bool *ok);
    FirewallApplier::Options effectiveOptions() const;
    QString scriptCommand(const FirewallApplier::Options &options, const QString &argument) const;
    void runApplier(const QString &script, const FirewallApplier::Options &options);
    void onApplierFinished(FirewallApplier::Outcome outcome, const QString &message);
    void finish(Outcome outcome, const QString &message);
    void appendLog(const QString &line);
    void updateState();
    void showPorts();
    // The error under the fields (ports that do not parse, a script that cannot be written); none
    // hides it.
    void showError(const QString &message);

    std::unique_ptr<Ui::FirewallPage> m_ui; // ui/setup/firewallpage.ui
    bool m_loading = false;

    std::optional<FirewallApplier::Options> m_options;
    FirewallApplier *m_applier = nullptr;
    bool m_running = false;
    bool m_cancelRequested = false;
    Outcome m_outcome = Outcome::None;
    QString m_outcomeMessage;
    QMap<int, bool> m_portsClosed;
};

} // namespace supadesk
