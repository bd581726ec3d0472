// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace supadesk {

class PlanComparisonModel;

// Two plans of this session side by side (each run or opened plan is remembered): total time before
// and after, and per node, matched by operation and position in the tree, how its self time changed.
class PlanComparePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxPlans = 20;

    explicit PlanComparePanel(QWidget *parent = nullptr);

    // Remembers a plan; the newest is compared with the one before it until the user picks others.
    void addPlan(const QString &label, const PlanAnalysis &analysis);
    int planCount() const { return int(m_plans.size()); }
    void choose(int beforeIndex, int afterIndex);
    PlanComparisonModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString label;
        PlanAnalysis analysis;
    };

    void retranslateUi();
    void fillChoices();
    void compare();

    QList<Entry> m_plans; // oldest first
    QComboBox *m_before;
    QComboBox *m_after;
    QLabel *m_beforeLabel;
    QLabel *m_afterLabel;
    QLabel *m_summary;
    QTableView *m_table;
    PlanComparisonModel *m_model;
};

} // namespace supadesk
