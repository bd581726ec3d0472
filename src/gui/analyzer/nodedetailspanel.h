// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace supadesk {

// Everything about one plan node: what the analysis derived (self time, misestimate, findings), every
// property EXPLAIN printed for it (nested ones as sub-items), and the node's raw JSON, so a reader never
// has to go back to the EXPLAIN output.
class NodeDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NodeDetailsPanel(QWidget *parent = nullptr);

    void setAnalysis(const PlanAnalysis &analysis);
    int shownNode() const { return m_nodeId; }
    QTreeWidget *properties() const { return m_properties; }
    QPlainTextEdit *json() const { return m_json; }

public slots:
    void showNode(int nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    QTreeWidgetItem *addGroup(const QString &title);

    PlanAnalysis m_analysis;
    int m_nodeId = 0;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QTreeWidget *m_properties;
    QPlainTextEdit *m_json;
};

} // namespace supadesk
