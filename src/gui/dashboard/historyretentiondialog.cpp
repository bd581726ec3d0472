// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyretentiondialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace supadesk {

HistoryRetentionDialog::HistoryRetentionDialog(const RetentionPolicy &policy, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("HistoryRetentionDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto spin = [this](const char *name, int min, int max) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(min, max);
        box->setAccelerated(true);
        return box;
    };
    m_raw = spin("rawDays", RetentionPolicy::MinRawDays, RetentionPolicy::MaxRawDays);
    m_minute = spin("minuteDays", RetentionPolicy::MinMinuteDays, RetentionPolicy::MaxMinuteDays);
    m_hour = spin("hourDays", RetentionPolicy::MinHourDays, RetentionPolicy::MaxHourDays);
    m_rawLabel = new QLabel(this);
    m_minuteLabel = new QLabel(this);
    m_hourLabel = new QLabel(this);
    m_rawLabel->setBuddy(m_raw);
    m_minuteLabel->setBuddy(m_minute);
    m_hourLabel->setBuddy(m_hour);
    auto *form = new QFormLayout;
    form->addRow(m_rawLabel, m_raw);
    form->addRow(m_minuteLabel, m_minute);
    form->addRow(m_hourLabel, m_hour);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #59636e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // A button of our own: the text of Qt's standard one is not in the application's catalogue.
    m_defaults = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_defaults->setObjectName(QStringLiteral("restoreDefaults"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_defaults, &QPushButton::clicked, this, [this] { setPolicy(RetentionPolicy{}); });
    for (QSpinBox *box : {m_raw, m_minute, m_hour})
        connect(box, &QSpinBox::editingFinished, this, &HistoryRetentionDialog::keepOrder);
    setPolicy(policy);
    retranslateUi();
    setMinimumWidth(460);
}

HistoryRetentionDialog::~HistoryRetentionDialog()
{
    // Closing moves the focus out of a spin box, which finishes its editing: not this object's
    // business any more once it is being destroyed.
    for (QSpinBox *box : {m_raw, m_minute, m_hour})
        disconnect(box, nullptr, this, nullptr);
}

RetentionPolicy HistoryRetentionDialog::policy() const
{
    return RetentionPolicy::fromDays(m_raw->value(), m_minute->value(), m_hour->value());
}

void HistoryRetentionDialog::setPolicy(const RetentionPolicy &policy)
{
    m_raw->setValue(policy.rawDays());
    m_minute->setValue(policy.minuteDays());
    m_hour->setValue(policy.hourDays());
}

void HistoryRetentionDialog::keepOrder()
{
    // Show what will be kept: a coarser resolution is raised to the finer one's days.
    setPolicy(policy());
}

void HistoryRetentionDialog::retranslateUi()
{
    setWindowTitle(tr("History Retention"));
    m_intro->setText(tr("The dashboard keeps every sample for a while, then only per-minute and per-hour "
                        "summaries (minimum, maximum, mean). Older data is deleted."));
    m_defaults->setText(tr("Restore &Defaults"));
    m_rawLabel->setText(tr("Keep &every sample for:"));
    m_minuteLabel->setText(tr("Keep &minute summaries for:"));
    m_hourLabel->setText(tr("Keep &hour summaries for:"));
    for (QSpinBox *box : {m_raw, m_minute, m_hour})
        box->setSuffix(tr(" days"));
    m_hint->setText(
        tr("“Last hour” and “Last 24 hours” are drawn from minute summaries, “Last 7 days” and "
           "“Last 30 days” from hour summaries. Shorter times take effect with the next sample."));
}

void HistoryRetentionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace supadesk
