// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/replication/failoverplan.h"
#include "core/stack.h"
#include "services/stackconnection.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace supadesk {

namespace Ui {
class FailoverDialog;
}

// The guided failover: a standby (another stack entry) is picked, Check confirms from this computer
// and from the standby's host that the primary is down and lists every step; a primary that still
// answers is only stopped and replaced once the stack's name is typed. Promote then runs the same
// engine as `replica promote --stack --standby`, its lines in the dialog's log. The work runs on a
// thread of its own (the SSH sessions and the database wait in local event loops).
class FailoverDialog : public QDialog
{
    Q_OBJECT
public:
    using SettingsProvider = std::function<StackConnection::Settings(const Stack &)>;

    FailoverDialog(const Stack &primary, const StackList &stacks, SettingsProvider settings,
                   QString databasePassword, QWidget *parent = nullptr);
    ~FailoverDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool isChecked() const { return m_check.has_value(); }
    std::optional<FailoverCheck> lastCheck() const { return m_check; }
    QString statusText() const;
    QString logText() const;
    // The steps as shown, numbered.
    QStringList steps() const { return m_steps; }

    void check();
    // Refused (nothing runs) while FailoverPlan::blocker says why.
    void promote();

    // The failovers recorded for this stack, newest first, as the dialog lists them.
    QStringList historyLines() const;
    // Where the failover history is kept (tests give their own file).
    void setHistoryFile(const QString &file);
    // How the primary's server restarts the stack's services (default docker compose).
    void setComposeCommand(const QString &command) { m_composeCommand = command; }

signals:
    void promoteFinished(bool ok);
    // The primary's entry after its services were repointed: its database is the new primary's.
    void stackRepointed(const supadesk::Stack &stack);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void start(bool promoting);
    void appendLog(const QString &line);
    void setStatus(std::function<QString()> text);
    void showSteps();
    void showHistory();
    void choicesChanged();
    void updateButtons();
    QString blocker() const;
    Stack standby() const;

    std::unique_ptr<Ui::FailoverDialog> m_ui;
    Stack m_primary;
    StackList m_candidates;
    SettingsProvider m_settings;
    QString m_databasePassword;
    QThread *m_thread = nullptr;
    std::optional<FailoverCheck> m_check;
    std::function<QString()> m_status;
    QStringList m_steps;
    QString m_historyFile;
    QString m_composeCommand;
};

} // namespace supadesk
