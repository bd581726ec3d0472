// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametervaluesdialog.h"

#include "ui_parametervaluesdialog.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPushButton>

namespace supadesk {

ParameterValuesDialog::ParameterValuesDialog(const QString &sql, int count, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ParameterValuesDialog>())
{
    m_ui->setupUi(this);
    m_ui->statement->setPlainText(sql);
    m_ui->statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->statement->setMaximumHeight(m_ui->statement->fontMetrics().lineSpacing() * 6);
    // One row per parameter of this statement.
    for (int i = 1; i <= count; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("parameter%1").arg(i));
        m_ui->parameters->addRow(QStringLiteral("$%1").arg(i), edit);
        m_edits.append(edit);
    }
    updateTexts();
    resize(520, sizeHint().height());
}

ParameterValuesDialog::~ParameterValuesDialog() = default;

void ParameterValuesDialog::updateTexts()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Explain"));
}

bool ParameterValuesDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    return handled;
}

QStringList ParameterValuesDialog::values() const
{
    QStringList result;
    for (QLineEdit *edit : m_edits)
        result << edit->text();
    return result;
}

} // namespace supadesk
