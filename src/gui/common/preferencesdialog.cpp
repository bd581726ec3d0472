// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include <QEvent>

#include <algorithm>
#include <iterator>

namespace supadesk {

namespace {

// The combo boxes' rows, in the form's order. Language names are written in their own language so
// anyone can find theirs.
const QString kLanguages[] = {QString(), QStringLiteral("en"), QStringLiteral("ka")};
const Preferences::Theme kThemes[] = {Preferences::Theme::System, Preferences::Theme::Light,
                                      Preferences::Theme::Dark};

} // namespace

PreferencesDialog::PreferencesDialog(const QString &language, QWidget *parent, Preferences::Theme theme)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    for (int i = 0; i < int(std::size(kLanguages)); ++i)
        m_ui->language->setItemData(i, kLanguages[i]);
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(language)));
    m_ui->theme->setCurrentIndex(
        int(std::find(std::begin(kThemes), std::end(kThemes), theme) - std::begin(kThemes)));

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChosen(this->language()); });
    connect(m_ui->theme, &QComboBox::currentIndexChanged, this, [this] { emit themeChosen(this->theme()); });
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language() const
{
    return m_ui->language->currentData().toString();
}

Preferences::Theme PreferencesDialog::theme() const
{
    return kThemes[std::clamp(m_ui->theme->currentIndex(), 0, int(std::size(kThemes)) - 1)];
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace supadesk
