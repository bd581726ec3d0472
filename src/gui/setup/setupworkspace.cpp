// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupworkspace.h"
#include "core/locale/displayformat.h"

#include "backuppage.h"
#include "connectionpage.h"
#include "firewallpage.h"
#include "poolingpage.h"
#include "preflightpage.h"
#include "reviewpage.h"
#include "secretspage.h"
#include "tlspage.h"
#include "tuningpage.h"
#include "ui_setupworkspace.h"

#include <QEvent>
#include <QHash>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>

namespace supadesk {

SetupWorkspace::SetupWorkspace(ConnectionManager *connections, SecretStore *secrets,
                               SetupPlan::EndpointResolver resolver, QWidget *parent)
    : Workspace(parent), m_plan(new SetupPlan(connections, secrets, std::move(resolver), this)),
      m_ui(std::make_unique<Ui::SetupWorkspace>())
{
    // The pages are made first: the focus chain, and so the Tab order, starts with their fields.
    m_pages = {
        new ConnectionPage(m_plan, this), new PreflightPage(m_plan, this), new SecretsPage(m_plan, this),
        new TuningPage(m_plan, this),     new PoolingPage(m_plan, this),   new FirewallPage(m_plan, this),
        new TlsPage(m_plan, this),        new BackupPage(m_plan, this),    new ReviewPage(m_plan, this)};

    m_ui->setupUi(this);
    QFont headingFont = m_ui->pageHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_ui->pageHeading->setFont(headingFont);
    // Alt+Left/Right besides the mnemonics of the buttons' texts.
    auto *backKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QShortcut::activated, m_ui->back, &QPushButton::animateClick);
    auto *nextKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, m_ui->next, &QPushButton::animateClick);
    for (SetupPage *page : std::as_const(m_pages)) {
        m_ui->pageStack->addWidget(page);
        m_ui->setupSteps->addItem(QString());
        connect(page, &SetupPage::textsChanged, this, &SetupWorkspace::updateHeader);
    }

    connect(m_ui->setupSteps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_ui->pageStack->currentIndex())
            goTo(row);
    });
    connect(m_plan, &SetupPlan::secretsStored, this, &SetupWorkspace::secretsStored);
    connect(page<PreflightPage>(), &PreflightPage::stackEdited, this, &SetupWorkspace::stackEdited);
    connect(m_ui->back, &QPushButton::clicked, this, &SetupWorkspace::back);
    connect(m_ui->next, &QPushButton::clicked, this, &SetupWorkspace::next);
    retranslateUi();
    goTo(0);
}

SetupWorkspace::~SetupWorkspace() = default;

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
    return m_ui->pageStack->currentIndex();
}

void SetupWorkspace::goTo(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_ui->pageStack->setCurrentIndex(index);
    m_ui->setupSteps->setCurrentRow(index);
    updateHeader();
    m_pages.at(index)->entered();
}

bool SetupWorkspace::goToPage(const QString &name)
{
    const QHash<QString, const QMetaObject *> pages = {
        {QStringLiteral("connection"), &ConnectionPage::staticMetaObject},
        {QStringLiteral("preflight"), &PreflightPage::staticMetaObject},
        {QStringLiteral("secrets"), &SecretsPage::staticMetaObject},
        {QStringLiteral("tuning"), &TuningPage::staticMetaObject},
        {QStringLiteral("pooling"), &PoolingPage::staticMetaObject},
        {QStringLiteral("firewall"), &FirewallPage::staticMetaObject},
        {QStringLiteral("tls"), &TlsPage::staticMetaObject},
        {QStringLiteral("backups"), &BackupPage::staticMetaObject},
        {QStringLiteral("review"), &ReviewPage::staticMetaObject},
    };
    const QMetaObject *wanted = pages.value(name);
    for (int i = 0; wanted && i < m_pages.size(); ++i)
        if (m_pages.at(i)->metaObject() == wanted) {
            goTo(i);
            return true;
        }
    return false;
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
    m_ui->retranslateUi(this);
    m_ui->back->setToolTip(tr("Previous page (%1)")
                               .arg(QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText)));
    m_ui->next->setToolTip(
        tr("Next page (%1)").arg(QKeySequence(Qt::ALT | Qt::Key_Right).toString(QKeySequence::NativeText)));
    updateHeader();
}

void SetupWorkspace::updateHeader()
{
    int widest = 0;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString text = tr("%1. %2").arg(i + 1).arg(m_pages.at(i)->title());
        m_ui->setupSteps->item(i)->setText(text);
        widest = std::max(widest, m_ui->setupSteps->fontMetrics().horizontalAdvance(text));
    }
    m_ui->setupSteps->setFixedWidth(widest + 32);
    const int index = currentIndex();
    if (index < 0)
        return;
    m_ui->pageHeading->setText(m_pages.at(index)->title());
    m_ui->pageExplanation->setText(m_pages.at(index)->explanation());
    m_ui->pageProgress->setText(
        tr("Page %1 of %2")
            .arg(DisplayFormat().number(index + 1), DisplayFormat().number(qint64(m_pages.size()))));
    m_ui->back->setEnabled(index > 0);
    m_ui->next->setEnabled(index + 1 < m_pages.size());
}

} // namespace supadesk
