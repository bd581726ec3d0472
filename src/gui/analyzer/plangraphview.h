#pragma once

#include "core/plan/plananalysis.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

namespace supadesk {

class PlanNodeItem;

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

private:
    void rebuild();
    void onSceneSelectionChanged();
    int visibleAncestor(int nodeId) const;

    PlanAnalysis m_analysis;
    QSet<int> m_collapsed;
    QHash<int, PlanNodeItem *> m_items;
    int m_selected = 0;
    bool m_rebuilding = false;
};

} // namespace supadesk
