// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QLineEdit;

namespace supadesk {

namespace Ui {
class ParameterValuesDialog;
}

// Asks for the values of $1, $2 ... of a statement from pg_stat_statements, which servers before
// PostgreSQL 16 cannot plan without them. Values are bound as quoted literals; NULL stays NULL.
class ParameterValuesDialog : public QDialog
{
    Q_OBJECT

public:
    ParameterValuesDialog(const QString &sql, int count, QWidget *parent = nullptr);
    ~ParameterValuesDialog() override;

    QStringList values() const;
    QLineEdit *valueEdit(int number) const { return m_edits.value(number - 1); }

protected:
    // After QDialog::event(), which passes LanguageChange on to the button box: that puts back
    // the standard texts of its buttons, which this dialog renames.
    bool event(QEvent *event) override;

private:
    void updateTexts();

    std::unique_ptr<Ui::ParameterValuesDialog> m_ui;
    QList<QLineEdit *> m_edits;
};

} // namespace supadesk
