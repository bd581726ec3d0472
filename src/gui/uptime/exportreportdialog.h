// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stack.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace supadesk {

namespace Ui {
class ExportReportDialog;
}

// Asks what goes into the uptime report: the month, the stacks, the language and where to save the
// PDF (the CSV is written next to it with the same name).
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportReportDialog(const StackList &stacks, const QStringList &checkedIds, const QDate &month,
                       QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    QDate month() const; // the first day of the chosen month
    QStringList stackIds() const;
    QString language() const; // "en" or "ka"
    QString pdfPath() const;
    void setPdfPath(const QString &path);
    void setLanguage(const QString &language);

    static QString csvPathFor(const QString &pdfPath);

protected:
    // After QDialog::event(), which passes LanguageChange on to the button box: that puts back
    // the standard texts of its buttons, which this dialog renames.
    bool event(QEvent *event) override;

private:
    void browse();
    void validate();
    void updateTexts();

    std::unique_ptr<Ui::ExportReportDialog> m_ui;
    bool m_pathEdited = false;
};

} // namespace supadesk
