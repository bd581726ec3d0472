// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametervaluesdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace supadesk {

ParameterValuesDialog::ParameterValuesDialog(const QString &sql, int count, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("ParameterValues"));
    setWindowTitle(tr("Parameter values"));
    auto *intro = new QLabel(tr("This server plans a statement only with values for its parameters "
                                "(PostgreSQL 16 and later can plan it without them). Enter a typical "
                                "value for each; type NULL for a null value."),
                             this);
    intro->setWordWrap(true);
    auto *statement = new QPlainTextEdit(sql, this);
    statement->setReadOnly(true);
    statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    statement->setMaximumHeight(statement->fontMetrics().lineSpacing() * 6);
    auto *form = new QFormLayout;
    for (int i = 1; i <= count; ++i) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("parameter%1").arg(i));
        form->addRow(QStringLiteral("$%1").arg(i), edit);
        m_edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Explain"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(statement);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QStringList ParameterValuesDialog::values() const
{
    QStringList result;
    for (QLineEdit *edit : m_edits)
        result << edit->text();
    return result;
}

} // namespace supadesk
