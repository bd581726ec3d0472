// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/hostsample.h"
#include "core/metrics/fleetstatus.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace supadesk {

class FleetTile;

// Every stack at a glance: one tile per stack, the one that needs attention most first.
class FleetOverview : public QWidget
{
    Q_OBJECT
public:
    explicit FleetOverview(QWidget *parent = nullptr);

    void setStatuses(const QList<FleetStatus> &statuses, double intervalSeconds);
    // A stack's failed or missing nightly backup, shown in red on its tile; empty clears it.
    void setBackupProblem(const QString &stackId, const QString &text);
    // A stack's host reading for its tile (FleetHostSampler); none: not read, `problem` says why.
    void setHost(const QString &stackId, const std::optional<HostReading> &reading,
                 const QString &problem = QString());
    // Tiles in the order shown.
    QList<FleetTile *> tiles() const { return m_tiles; }

signals:
    void stackActivated(const QString &stackId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void arrange();

    QLabel *m_heading;
    QLabel *m_empty;
    QWidget *m_tilesArea;
    QGridLayout *m_grid;
    QHash<QString, QString> m_backupProblems;
    struct Host
    {
        std::optional<HostReading> reading;
        QString problem;
    };
    QHash<QString, Host> m_hosts;
    QList<FleetTile *> m_tiles;
    int m_columns = 0;
};

} // namespace supadesk
