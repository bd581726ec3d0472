// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/pitrrules.h"
#include "core/backup/pitrserverrestore.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace supadesk {

class StackConnection;

namespace Ui {
class PitrPage;
}

// The Backups tab's point-in-time recovery page: what pg_stat_archiver says (last archived, last
// failure; red while archiving fails), the base backups kept on the server, the restorable window, and
// "Restore to a point in time…" (PitrRestoreDialog). Reads with PitrRules' one status batch.
class PitrPage : public QWidget
{
    Q_OBJECT
public:
    explicit PitrPage(QWidget *parent = nullptr);
    ~PitrPage() override;

    // The stack to show (its name is what the replacement asks to be typed); null connection: offline.
    void setStack(const QString &stackId, const QString &stackName, StackConnection *connection);
    void setServerPaths(const PitrServerPaths &paths) { m_paths = paths; }
    bool refresh();
    // Shown without a server (tests, screenshots).
    void showStatus(const PitrStatus &status);
    const std::optional<PitrStatus> &status() const { return m_status; }
    // Opens the restore dialog (modal); false when there is nothing to restore from.
    bool openRestoreDialog();

signals:
    void statusRead();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showNothing(const QString &text, bool trouble);
    void retranslateUi();
    void updateActions();

    QPointer<StackConnection> m_connection;
    QString m_stackId;
    QString m_stackName;
    PitrServerPaths m_paths;
    std::optional<PitrStatus> m_status;
    std::optional<PitrServerReading> m_readingFromServer; // judged again on a language change
    QString m_problem;
    bool m_reading = false;
    std::unique_ptr<Ui::PitrPage> m_ui; // ui/backups/pitrpage.ui
};

} // namespace supadesk
