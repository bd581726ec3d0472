// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace supadesk {

// Asks for the values of $1, $2 ... of a statement from pg_stat_statements, which servers before
// PostgreSQL 16 cannot plan without them. Values are bound as quoted literals; NULL stays NULL.
class ParameterValuesDialog : public QDialog
{
    Q_OBJECT

public:
    ParameterValuesDialog(const QString &sql, int count, QWidget *parent = nullptr);

    QStringList values() const;
    QLineEdit *valueEdit(int number) const { return m_edits.value(number - 1); }

private:
    QList<QLineEdit *> m_edits;
};

} // namespace supadesk
