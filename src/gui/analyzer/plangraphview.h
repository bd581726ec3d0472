// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

namespace supadesk {

class PlanNodeItem;
class PlanOverviewItem;

// The plan drawn as a tree of cards (see PlanNodeItem), root on top. Mouse: drag to pan, Ctrl+wheel
// to zoom, click to select, double-click to collapse or expand a sub-tree. Keys: arrows move to the
// parent, first child and siblings; Space collapses; +/- zoom; F fits the plan in view.
class PlanGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PlanGraphView(QWidget *parent = nullptr);
    ~PlanGraphView() override;

    void setAnalysis(const PlanAnalysis &analysis);
    const PlanAnalysis &analysis() const { return m_analysis; }

    void selectNode(int nodeId);
    int selectedNode() const { return m_selected; }
    void setCollapsed(int nodeId, bool collapsed);
    bool isCollapsed(int nodeId) const { return m_collapsed.contains(nodeId); }
    // The card of a node, or nullptr when it is hidden under a collapsed node.
    PlanNodeItem *itemFor(int nodeId) const { return m_items.value(nodeId); }

    double zoom() const;
    // Sets the zoom; the view then stops refitting the plan when it is resized.
    void setZoom(double factor);

public slots:
    void zoomIn();
    void zoomOut();
    void fitToView();

signals:
    void nodeSelected(int nodeId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void onSceneSelectionChanged();
    int visibleAncestor(int nodeId) const;
    // Shows the overview instead of the cards when they would be too small to read, and back.
    void updateLevelOfDetail();

    PlanAnalysis m_analysis;
    QSet<int> m_collapsed;
    QHash<int, PlanNodeItem *> m_items;
    QList<QGraphicsItem *> m_detailItems; // cards and their edges
    PlanOverviewItem *m_overview = nullptr;
    bool m_showingOverview = false;
    int m_selected = 0;
    bool m_rebuilding = false;
    bool m_autoFit = true; // keep fitting the plan on resize until the user zooms
};

} // namespace supadesk
