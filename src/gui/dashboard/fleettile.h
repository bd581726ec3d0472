// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/host/hostsummary.h"
#include "core/metrics/fleetstatus.h"

#include <QFrame>

class QLabel;

namespace supadesk {

// One stack in the fleet overview: its name, whether it is up, and the figures people look at first.
// A click (or Enter when it has the focus) opens the stack's dashboard.
class FleetTile : public QFrame
{
    Q_OBJECT
public:
    explicit FleetTile(QWidget *parent = nullptr);

    void setStatus(const FleetStatus &status, double intervalSeconds);
    QString stackId() const { return m_status.stackId; }
    QString stateText() const;
    // The stack's backups need attention (the Backups tab's verdict); empty: nothing to say.
    void setBackupProblem(const QString &text);
    // The stack's host (FleetHostSampler): load, memory, the fullest disk, containers in trouble.
    // No reading: the lines say so, with `problem` (why the last one failed) in their tooltip.
    void setHost(const std::optional<HostReading> &reading, const QString &problem = QString());
    std::optional<HostSummary> host() const { return m_host; }
    // The text of a host line (tests): 0 load, 1 memory, 2 fullest disk, 3 containers.
    QString hostText(int line) const;

signals:
    void activated(const QString &stackId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshHost();

    FleetStatus m_status;
    double m_intervalSeconds = 2;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_backup;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
    std::optional<HostSummary> m_host;
    QString m_hostProblem;
};

} // namespace supadesk
