// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"
#include "plannodeitem.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

#include <memory>

namespace supadesk {

class PlanOverviewItem;

// The plan drawn as a tree of cards (see PlanNodeItem), root on top. Mouse: drag to pan, Ctrl+wheel
// to zoom, click to select, double-click to collapse or expand a sub-tree. Keys: arrows move to the
// parent, first child and siblings; Space collapses; +/- zoom; F fits the plan in view, down to the
// zoom where cards stay legible; larger plans scroll, shown from their hottest node.
//
// Cards are made lazily: only those in or near the viewport (and the selected one) are items; the
// layout's rectangles stand for the rest, the edges are one item and the zoomed-out overview draws
// every card as a box. Opening a plan of 10,000 nodes builds a handful of items, not 10,000.
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
    // The card of a node, made now if it was not yet, or nullptr when it is hidden under a collapsed
    // node. A card far from the viewport may be dropped again when the view moves away from it.
    PlanNodeItem *itemFor(int nodeId);
    // How many cards are items at the moment (the others are only rectangles of the layout).
    int cardItemCount() const { return int(m_items.size()); }

    double zoom() const;
    // The smallest zoom at which a card's title and time are legible; fitting stops there and scrolls.
    double legibleZoom() const;
    // The node that took the longest (or cost the most), or the collapsed node it is under; 0: none.
    int hottestNode() const;
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
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void rebuild();
    void onSceneSelectionChanged();
    int visibleAncestor(int nodeId) const;
    // Shows the overview instead of the cards when they would be too small to read, and back.
    void updateLevelOfDetail();
    // Makes the cards in and around the viewport, and drops far ones once there are many.
    void updateCards(bool dropFarCards);
    PlanNodeItem *makeCard(int nodeId);

    PlanAnalysis m_analysis;
    QSet<int> m_collapsed;
    QHash<int, PlanNodeItem *> m_items;
    QGraphicsItem *m_edges = nullptr;
    PlanOverviewItem *m_overview = nullptr;
    QList<QRectF> m_rects;    // the layout, per node (empty: hidden under a collapsed node)
    QRectF m_bounds;          // every card and edge
    QSet<int> m_withFindings; // nodes the analysis has findings for
    double m_totalMs = 0;     // what a card's share is of
    double m_totalCost = 0;
    std::shared_ptr<const PlanNodeItem::Style> m_style; // shared by the cards of this scene
    bool m_showingOverview = false;
    int m_selected = 0;
    bool m_rebuilding = false;
    bool m_fitting = false; // fitToView() moves the view in steps: cards are made for where it ends
    bool m_autoFit = true;  // keep fitting the plan on resize until the user zooms
};

} // namespace supadesk
