// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace supadesk {

namespace Ui {
class AboutDialog;
}

// About Supadesk: what it is, its licence, and the versions of the libraries it runs on (for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;
    QString versionsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace supadesk
