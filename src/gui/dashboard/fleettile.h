// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

signals:
    void activated(const QString &stackId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    FleetStatus m_status;
    double m_intervalSeconds = 2;
    QLabel *m_name;
    QLabel *m_state;
    QLabel *m_backup;
    QList<QLabel *> m_captions;
    QList<QLabel *> m_values;
};

} // namespace supadesk
