// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace supadesk {

namespace Ui {
class AuditExportDialog;
}

// Asks the language of the audit report and where to save the PDF (the CSV goes next to it with the
// same name), as the uptime report's dialog does.
class AuditExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditExportDialog(QWidget *parent = nullptr);
    ~AuditExportDialog() override;

    QString language() const; // "en" or "ka"
    void setLanguage(const QString &language);
    QString pdfPath() const;
    void setPdfPath(const QString &path);
    static QString csvPathFor(const QString &pdfPath);

protected:
    // After QDialog::event(), which passes LanguageChange on to the button box (see DESIGN.md).
    bool event(QEvent *event) override;

private:
    void browse();
    void validate();
    void updateTexts();

    std::unique_ptr<Ui::AuditExportDialog> m_ui;
};

} // namespace supadesk
