// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"

#include <QTreeView>

namespace supadesk {

class PlanTreeModel;

// The plan as an expandable table: one row per node with its self time, rows, estimate, buffers,
// I/O, workers and cost. Selecting a row emits nodeSelected; selectNode() follows the graph view.
class PlanTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit PlanTreeView(QWidget *parent = nullptr);

    void setAnalysis(const PlanAnalysis &analysis);
    void selectNode(int nodeId);
    int selectedNode() const;
    PlanTreeModel *planModel() const { return m_model; }

signals:
    void nodeSelected(int nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    PlanTreeModel *m_model;
};

} // namespace supadesk
