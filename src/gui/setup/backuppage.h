// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backuprun.h"
#include "setuppage.h"

#include <memory>
#include <optional>

namespace supadesk {

namespace Ui {
class BackupPage;
}

// Page 8: the nightly backup: a custom-format pg_dump from the db container, checked with
// pg_restore --list, kept for a number of days, optionally copied off-site with rclone, run from cron.
class BackupPage : public SetupPage
{
    Q_OBJECT
public:
    explicit BackupPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~BackupPage() override;

    QString title() const override;
    QString explanation() const override;

    // How commands run on the server; by default "sudo -n" for a login other than root.
    void setCommandPrefix(const QString &prefix) { m_prefix = prefix; }
    // Runs the generated backup.sh on the server once, now (Run now).
    void runNow();
    void cancelRun();
    bool isRunning() const;
    // The last run's result; none before the first.
    std::optional<BackupRun::Outcome> lastRun() const { return m_lastRun; }

signals:
    void runFinished(bool ok);

protected:
    void retranslateUi() override;

private:
    void load();
    void store();
    // Encryption on: the stack's backup key from the keychain, or a new one made and kept there.
    void setEncrypted(bool on);
    void updateRunState();
    void showResult();
    // The error under the fields (a script that cannot be written); none hides it.
    void showError(const QString &message);

    std::unique_ptr<Ui::BackupPage> m_ui; // ui/setup/backuppage.ui
    BackupRun *m_backupRun = nullptr;
    std::optional<QString> m_prefix;
    std::optional<BackupRun::Outcome> m_lastRun;
    bool m_loading = false;
};

} // namespace supadesk
