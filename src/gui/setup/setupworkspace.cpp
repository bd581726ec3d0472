// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupworkspace.h"

#include "backuppage.h"
#include "connectionpage.h"
#include "firewallpage.h"
#include "poolingpage.h"
#include "preflightpage.h"
#include "reviewpage.h"
#include "secretspage.h"
#include "tuningpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace supadesk {

SetupWorkspace::SetupWorkspace(ConnectionManager *connections, SecretStore *secrets,
                               SetupPlan::EndpointResolver resolver, QWidget *parent)
    : Workspace(parent), m_plan(new SetupPlan(connections, secrets, std::move(resolver), this))
{
    setObjectName(QStringLiteral("SetupWorkspace"));
    m_pages = {new ConnectionPage(m_plan, this), new PreflightPage(m_plan, this),
               new SecretsPage(m_plan, this),    new TuningPage(m_plan, this),
               new PoolingPage(m_plan, this),    new FirewallPage(m_plan, this),
               new BackupPage(m_plan, this),     new ReviewPage(m_plan, this)};

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("setupSteps"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("pageExplanation"));
    m_explanation->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("pageProgress"));
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("back"));
    // Alt+Left/Right besides the mnemonics of the buttons' texts.
    auto *backKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QShortcut::activated, m_back, &QPushButton::animateClick);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("next"));
    auto *nextKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, m_next, &QPushButton::animateClick);
    for (SetupPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        m_list->addItem(QString());
        connect(page, &SetupPage::textsChanged, this, &SetupWorkspace::updateHeader);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *right = new QVBoxLayout;
    right->addWidget(m_heading);
    right->addWidget(m_explanation);
    right->addSpacing(4);
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex())
            goTo(row);
    });
    connect(m_plan, &SetupPlan::secretsStored, this, &SetupWorkspace::secretsStored);
    connect(m_back, &QPushButton::clicked, this, &SetupWorkspace::back);
    connect(m_next, &QPushButton::clicked, this, &SetupWorkspace::next);
    retranslateUi();
    goTo(0);
}

QString SetupWorkspace::title() const
{
    return tr("Setup");
}

void SetupWorkspace::setStack(const std::optional<Stack> &stack)
{
    m_plan->setStack(stack);
}

void SetupWorkspace::connectionChanged()
{
    m_plan->notifyConnectionChanged();
}

int SetupWorkspace::currentIndex() const
{
    return m_stack->currentIndex();
}

void SetupWorkspace::goTo(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
    m_list->setCurrentRow(index);
    updateHeader();
    m_pages.at(index)->entered();
}

void SetupWorkspace::next()
{
    goTo(currentIndex() + 1);
}

void SetupWorkspace::back()
{
    goTo(currentIndex() - 1);
}

void SetupWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Workspace::changeEvent(event);
}

void SetupWorkspace::retranslateUi()
{
    m_back->setText(tr("< &Back"));
    m_back->setToolTip(tr("Previous page (%1)")
                           .arg(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText)));
    m_next->setText(tr("&Next >"));
    m_next->setToolTip(
        tr("Next page (%1)").arg(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)));
    updateHeader();
}

void SetupWorkspace::updateHeader()
{
    int widest = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString text = tr("%1. %2").arg(i + 1).arg(m_pages.at(i)->title());
        m_list->item(i)->setText(text);
        widest = std::max(widest, m_list->fontMetrics().horizontalAdvance(text));
    }
    m_list->setFixedWidth(widest + 32);
    const int index = currentIndex();
    if (index < 0)
        return;
    m_heading->setText(m_pages.at(index)->title());
    m_explanation->setText(m_pages.at(index)->explanation());
    m_progress->setText(tr("Page %1 of %2").arg(index + 1).arg(m_pages.size()));
    m_back->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < m_pages.size());
}

} // namespace supadesk
