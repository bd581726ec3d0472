// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/audithistorystore.h"

#include <QWidget>

namespace supadesk {

// A stack's audit score over its last runs as a small line (0 to 100), the newest score at its end
// in the score's colour. Hidden by the page while there are fewer than two runs.
class ScoreSparkline : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreSparkline(QWidget *parent = nullptr);

    void setPoints(const QList<AuditHistoryStore::ScorePoint> &points);
    const QList<AuditHistoryStore::ScorePoint> &points() const { return m_points; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<AuditHistoryStore::ScorePoint> m_points;
};

} // namespace supadesk
