// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/replication/replicaplan.h"
#include "core/setup/applyreport.h"
#include "core/stack.h"
#include "services/stackconnection.h"

#include <QDialog>
#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace supadesk {

namespace Ui {
class AddStandbyDialog;
}

class ReplicaStackSetup;
class SecretStore;
struct ReplicaSetupOutcome;

// The Add standby wizard: a second stack entry is picked as the standby's server, both servers are
// checked and every step is shown (a dry run) before Run is offered; the run shows each step's state
// and pg_basebackup's progress, can be cancelled (the steps done are undone, as on a failure), and
// keeps the new replication role's password in the keychain. Synchronous replication is a choice,
// its price said next to it. The work runs on a thread of its own (ReplicaStackSetup blocks).
class AddStandbyDialog : public QDialog
{
    Q_OBJECT
public:
    // A stack's connection settings with its secrets filled in (the caller reads the keychain).
    using SettingsProvider = std::function<StackConnection::Settings(const Stack &)>;

    AddStandbyDialog(const Stack &primary, const StackList &stacks, SettingsProvider settings,
                     QString databasePassword, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~AddStandbyDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The checked plan is shown and Run may be pressed.
    bool isPreviewed() const { return m_previewed; }
    QString statusText() const;

    void preview();
    void runSetup();
    void cancelRun();

signals:
    void runFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void start(bool dryRun);
    void finish(bool dryRun, const ReplicaSetupOutcome &outcome);
    void setStep(int index, const QString &description, std::optional<ApplyStepStatus> status);
    // Run-time texts are kept as functions, so a change of language writes them again.
    void setStatus(std::function<QString()> text);
    void retranslateRunTime();
    void choicesChanged();
    void updateButtons();
    void updateDataDir();
    Stack standby() const;

    std::unique_ptr<Ui::AddStandbyDialog> m_ui;
    Stack m_primary;
    StackList m_candidates;
    SettingsProvider m_settings;
    QString m_databasePassword;
    SecretStore *m_secrets;
    QThread *m_thread = nullptr;
    QMutex m_mutex;
    ReplicaStackSetup *m_running = nullptr; // guarded by m_mutex: cancel() from this thread
    bool m_previewed = false;
    std::function<QString()> m_status;
    QList<std::optional<ApplyStepStatus>> m_stepStatus; // nullopt: running
    bool m_dataDirEdited = false;
};

} // namespace supadesk
