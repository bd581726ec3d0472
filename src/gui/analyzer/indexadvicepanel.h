// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"
#include "db/dbendpoint.h"
#include "db/hypotheticalindexadvisor.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace supadesk {

// Index advice for the plan shown: for each sequential scan with a filter, a B-tree index on the
// filtered columns is tried as a hypothetical index (hypopg) and the planner's cost is shown with and
// without it. Runs off the GUI thread on a connection of its own; nothing is built.
class IndexAdvicePanel : public QWidget
{
    Q_OBJECT

public:
    explicit IndexAdvicePanel(QWidget *parent = nullptr);

    void setEndpoint(const std::optional<DbEndpoint> &endpoint);
    void setPlan(const PlanAnalysis &analysis);
    bool isRunning() const { return m_running; }
    QTableWidget *table() const { return m_table; }

public slots:
    void tryIndexes();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void start(bool createExtension);
    void showAdvice(const Result<QList<IndexAdvice>> &result);

    std::optional<DbEndpoint> m_endpoint;
    std::optional<PlanAnalysis> m_plan;
    QList<IndexCandidate> m_candidates;
    QList<IndexAdvice> m_advice;
    QPushButton *m_try;
    QLabel *m_message;
    QTableWidget *m_table;
    bool m_running = false;
    quint64 m_generation = 0; // advice for a plan or endpoint no longer shown is dropped
    QString m_status;         // translated when set; cleared when the plan changes
};

} // namespace supadesk
