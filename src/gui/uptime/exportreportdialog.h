// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace supadesk {

// Asks what goes into the uptime report: the month, the stacks, the language and where to save the
// PDF (the CSV is written next to it with the same name).
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportReportDialog(const StackList &stacks, const QStringList &checkedIds, const QDate &month,
                       QWidget *parent = nullptr);

    QDate month() const; // the first day of the chosen month
    QStringList stackIds() const;
    QString language() const; // "en" or "ka"
    QString pdfPath() const;
    void setPdfPath(const QString &path);
    void setLanguage(const QString &language);

    static QString csvPathFor(const QString &pdfPath);

private:
    void browse();
    void validate();

    QComboBox *m_month;
    QListWidget *m_stacks;
    QComboBox *m_language;
    QLineEdit *m_path;
    QLabel *m_csvNote;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace supadesk
