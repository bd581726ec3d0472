// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace supadesk {

class SetupPlan;

// One step of the Setup wizard. It explains itself in one short paragraph, shows part of the plan and
// changes it; the workspace around it provides the page list and Back/Next.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(SetupPlan *plan, QWidget *parent = nullptr) : QWidget(parent), m_plan(plan) {}

    // Short title for the page list, translated.
    virtual QString title() const = 0;
    // One paragraph that says what the page is for, translated.
    virtual QString explanation() const = 0;
    // The page became the visible one.
    virtual void entered() {}

signals:
    // title() or explanation() changed (after a language change).
    void textsChanged();

protected:
    SetupPlan *plan() const { return m_plan; }
    // Retranslates the page's own widgets; called after a language change.
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

private:
    SetupPlan *m_plan;
};

} // namespace supadesk
