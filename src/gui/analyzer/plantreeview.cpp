// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantreeview.h"

#include "plantreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace supadesk {

PlanTreeView::PlanTreeView(QWidget *parent) : QTreeView(parent), m_model(new PlanTreeModel(this))
{
    setModel(m_model);
    setUniformRowHeights(true); // keeps plans with thousands of rows fluid
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit nodeSelected(current.data(PlanTreeModel::NodeIdRole).toInt());
            });
}

void PlanTreeView::setAnalysis(const PlanAnalysis &analysis)
{
    m_model->setAnalysis(analysis);
    // Expanding everything is linear; the default view shows the whole plan like EXPLAIN does.
    expandAll();
    resizeColumnToContents(PlanTreeModel::NodeColumn);
}

void PlanTreeView::selectNode(int nodeId)
{
    const QModelIndex index = m_model->indexForNode(nodeId);
    if (!index.isValid() || index == currentIndex())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

void PlanTreeView::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        emit m_model->headerDataChanged(Qt::Horizontal, 0, PlanTreeModel::ColumnCount - 1);
        viewport()->update();
    }
}

int PlanTreeView::selectedNode() const
{
    return currentIndex().isValid() ? currentIndex().data(PlanTreeModel::NodeIdRole).toInt() : 0;
}

} // namespace supadesk
