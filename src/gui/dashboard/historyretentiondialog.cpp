// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyretentiondialog.h"

#include "ui_historyretentiondialog.h"

#include "gui/styles/statepalette.h"

#include <QEvent>
#include <QPushButton>

namespace supadesk {

HistoryRetentionDialog::HistoryRetentionDialog(const RetentionPolicy &policy, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HistoryRetentionDialog>())
{
    m_ui->setupUi(this);
    // The limits are RetentionPolicy's, not repeated in the form.
    m_ui->rawDays->setRange(RetentionPolicy::MinRawDays, RetentionPolicy::MaxRawDays);
    m_ui->minuteDays->setRange(RetentionPolicy::MinMinuteDays, RetentionPolicy::MaxMinuteDays);
    m_ui->hourDays->setRange(RetentionPolicy::MinHourDays, RetentionPolicy::MaxHourDays);
    StatePalette::setTextRole(m_ui->hint, StatePalette::Role::Muted);
    // A button of our own: the text of Qt's standard one is not in the application's catalogue.
    m_defaults = m_ui->buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_defaults->setObjectName(QStringLiteral("restoreDefaults"));
    connect(m_defaults, &QPushButton::clicked, this, [this] { setPolicy(RetentionPolicy{}); });
    for (QSpinBox *box : {m_ui->rawDays, m_ui->minuteDays, m_ui->hourDays})
        connect(box, &QSpinBox::editingFinished, this, &HistoryRetentionDialog::keepOrder);
    setPolicy(policy);
    updateTexts();
}

HistoryRetentionDialog::~HistoryRetentionDialog()
{
    // Closing moves the focus out of a spin box, which finishes its editing: not this object's
    // business any more once it is being destroyed.
    for (QSpinBox *box : {m_ui->rawDays, m_ui->minuteDays, m_ui->hourDays})
        disconnect(box, nullptr, this, nullptr);
}

RetentionPolicy HistoryRetentionDialog::policy() const
{
    return RetentionPolicy::fromDays(m_ui->rawDays->value(), m_ui->minuteDays->value(),
                                     m_ui->hourDays->value());
}

void HistoryRetentionDialog::setPolicy(const RetentionPolicy &policy)
{
    m_ui->rawDays->setValue(policy.rawDays());
    m_ui->minuteDays->setValue(policy.minuteDays());
    m_ui->hourDays->setValue(policy.hourDays());
}

void HistoryRetentionDialog::keepOrder()
{
    // Show what will be kept: a coarser resolution is raised to the finer one's days.
    setPolicy(policy());
}

void HistoryRetentionDialog::updateTexts()
{
    m_defaults->setText(tr("Restore &Defaults"));
}

void HistoryRetentionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
