// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/pitrrules.h"
#include "core/backup/pitrserverrestore.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace supadesk {

class ServerScriptRun;
class StackConnection;

namespace Ui {
class PitrRestoreDialog;
}

// "Restore to a point in time": a moment inside the restorable window (checked by PitrServerRestore's
// rules as it is typed), restored into a scratch instance on the server with progress and cancel, and a
// report of what the instance holds (tables, row counts, the last transaction replayed). Only after that,
// and only with the stack's name typed, "Replace the live database" swaps the restored data directory in
// (the old one kept aside, moved back when the new one does not answer). Closing without replacing
// removes the scratch instance.
class PitrRestoreDialog : public QDialog
{
    Q_OBJECT
public:
    PitrRestoreDialog(const PitrStatus &status, const QString &stackName, StackConnection *connection,
                      const PitrServerPaths &paths, QWidget *parent = nullptr);
    ~PitrRestoreDialog() override;

    void setTarget(const QDateTime &utc);
    // The target's verdict; empty when it can be restored.
    QString targetProblem() const;
    bool startRestore();
    void cancelRestore();
    bool replaceLive();
    bool isBusy() const { return m_job != Job::None; }
    bool wasReplaced() const { return m_replaced; }
    const std::optional<PitrScratchRestore> &restored() const { return m_restored; }
    // Shown without a server (tests, screenshots).
    void showRestored(const PitrScratchRestore &restored);

signals:
    // A restore or a replacement ended (successfully or not).
    void runEnded();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Job { None, Restore, Replace };
    // Runs a restore or replacement script on the server, its steps shown on the progress bar.
    void startJob(Job job, int steps, const QString &script);
    void onOutput(const QString &chunk);
    void onFinished(const QString &message);
    void checkTarget();
    void discardScratch();
    void retranslateUi();
    void updateActions();

    PitrStatus m_status;
    QString m_stackName;
    QPointer<StackConnection> m_connection;
    PitrServerPaths m_paths;
    QPointer<ServerScriptRun> m_run;
    Job m_job = Job::None;
    std::optional<BaseBackupInfo> m_base;
    QDateTime m_target;
    QString m_scratchDir;
    std::optional<PitrScratchRestore> m_restored;
    std::optional<PitrReplaceResult> m_replacedResult;
    bool m_replaced = false;
    std::unique_ptr<Ui::PitrRestoreDialog> m_ui; // ui/backups/pitrrestoredialog.ui
};

} // namespace supadesk
