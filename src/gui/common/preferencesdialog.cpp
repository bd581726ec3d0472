// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace supadesk {

PreferencesDialog::PreferencesDialog(const QString &language, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("ქართული"), QStringLiteral("ka"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_languageLabel->setBuddy(m_language);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChosen(this->language()); });
    retranslateUi();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_hint->setText(tr("The interface switches language at once; no restart is needed."));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace supadesk
