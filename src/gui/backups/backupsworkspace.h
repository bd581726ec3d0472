// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "core/backup/backupcatalogue.h"
#include "core/backup/backupserverscripts.h"
#include "core/backup/drillresult.h"
#include "gui/common/workspace.h"

#include <QPointer>

#include <memory>
#include <optional>

namespace supadesk {

class BackupHealthWatch;
class ConnectionManager;
class DrillHistoryStore;
class PitrPage;
struct PitrServerPaths;
class SecretStore;
class ServerScriptRun;
class StackConnection;

namespace Ui {
class BackupsWorkspace;
}

// The Backups tab: the selected stack's backups on its server (BackupServerScripts' catalogue: every
// file with its time, size and kind, every nightly run from the backup log, the age of the newest good
// dump, in red when the newest run failed or a nightly run is missing), "Back up now" (the installed
// nightly script, with its output as it comes, and cancel), "Run drill" (a restore drill of the selected
// or newest dump into a scratch cluster on the server, never the live database; progress, cancel, the
// result into the drill history), "Schedule monthly drill" (the drill on the server's timer; its
// results are pulled into the history on every refresh) and the drill history.
class BackupsWorkspace : public Workspace
{
    Q_OBJECT
public:
    // `drills` may be null (the history file could not be opened): drills are then shown, not kept.
    BackupsWorkspace(ConnectionManager *connections, DrillHistoryStore *drills, QWidget *parent = nullptr);
    ~BackupsWorkspace() override;
    // The keychain an encrypted backup's key is read from for a drill.
    void setSecrets(SecretStore *secrets) { m_secrets = secrets; }

    QString title() const override;
    void setStack(const std::optional<Stack> &stack) override;
    void connectionChanged() override;

    // Where the scripts and folders are on the servers (the defaults; a scratch root in tests).
    void setServerPaths(const BackupServerPaths &paths);
    // The fleet's backup watch reads the same paths (and keeps this tab's readings, see catalogueRead).
    void setHealthWatch(BackupHealthWatch *watch);
    // Where point-in-time recovery works on the servers (the defaults; a scratch root in tests).
    void setPitrPaths(const PitrServerPaths &paths);
    PitrPage *pitrPage() const { return m_pitrPage; }

    bool refresh();
    bool backUpNow();
    // Drills `dumpFile` (a path on the server); empty: the selected dump, else the newest good one.
    bool runDrill(const QString &dumpFile = QString());
    bool scheduleDrill();
    // The stack's disaster-recovery runbook (DisasterRunbook) with what the catalogue knows (the backup
    // folder, the PITR folder, the rclone remote) and the last drill: PDF, or Markdown for a .md path.
    Status writeRunbook(const QString &path, const QString &language = QString()) const;
    void cancel();
    bool isBusy() const;

    // Shown without a server (tests, screenshots): a catalogue and a drill.
    void showCatalogue(const BackupCatalogue &catalogue);
    void showDrills(const QList<DrillResult> &drills);
    const std::optional<BackupCatalogue> &catalogue() const { return m_catalogue; }
    BackupHealth health() const;

signals:
    // The selected stack's backup state changed (the fleet overview shows it in red).
    void healthChanged(const QString &stackId, bool red, const QString &text);
    // The stack's catalogue was read from its server (the fleet's backup watch keeps it).
    void catalogueRead(const QString &stackId, const BackupCatalogue &catalogue);
    // A drill ended and was kept (the Audit's restore-tested reads the history).
    void drillFinished(const QString &stackId, bool passed);
    // A run (refresh, backup, drill, schedule) ended.
    void idle();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Job { None, Backup, Drill };
    StackConnection *connection() const;
    // `standardInput`: what the script reads on stdin (an encrypted drill's key from the keychain).
    void startRun(Job job, const QString &script, const QByteArray &standardInput = {});
    void onOutput(const QString &chunk);
    void onRunFinished(const QString &message);
    void pullScheduledDrills();
    void keepDrill(const DrillResult &drill);
    void loadDrills();
    void showDrill(int row);
    void showError(const QString &text);
    void showInfo(const QString &text, bool good);
    // The same, written again in the new language after a switch (the tab's own sentences).
    void showError(std::function<QString()> text);
    void showInfo(std::function<QString()> text, bool good);
    void retranslateUi();
    void updateActions();
    void updateHealth();
    void saveRunbook();

    ConnectionManager *m_connections;
    DrillHistoryStore *m_drills;
    BackupServerPaths m_paths;
    std::optional<Stack> m_stack;
    std::optional<BackupCatalogue> m_catalogue;
    QList<DrillResult> m_drillList;
    QPointer<ServerScriptRun> m_run;
    SecretStore *m_secrets = nullptr;
    QPointer<BackupHealthWatch> m_watch;
    Job m_job = Job::None;
    QString m_jobStackId;
    bool m_refreshing = false;
    PitrPage *m_pitrPage = nullptr;             // the point-in-time recovery page
    std::unique_ptr<Ui::BackupsWorkspace> m_ui; // ui/backups/backupsworkspace.ui
};

} // namespace supadesk
