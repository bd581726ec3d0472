// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace supadesk {

// About Supadesk: what it is, its licence, and the versions of the libraries it runs on (for bug reports).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QString versionsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_licence;
};

} // namespace supadesk
