// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include "db/pgclientlibrary.h"
#include "ssh/sshlibrary.h"

#include <QEvent>
#include <QIcon>

namespace supadesk {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/supadesk.svg")).pixmap(64, 64));
    updateTexts();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionsText() const
{
    const QString unknown = tr("not available");
    const QString libssh = SshLibrary::version();
    const QString libpq = PgClientLibrary::version();
    return tr("Qt %1\nlibssh %2\nPostgreSQL client (libpq) %3")
        .arg(QString::fromLatin1(qVersion()), libssh.isEmpty() ? unknown : libssh,
             libpq.isEmpty() ? unknown : libpq);
}

void AboutDialog::updateTexts()
{
    m_ui->title->setText(QStringLiteral("<h2>Supadesk %1</h2>").arg(QStringLiteral(SUPADESK_VERSION)));
    m_ui->versions->setText(
        tr("A desktop console for self-hosted Supabase stacks: set-up, query analysis, live "
           "statistics and uptime, over SSH.") +
        QStringLiteral("\n\n") + versionsText());
    // Qt Charts is licensed under the GPL v3, so the application as a whole is GPL-3.0-or-later.
    m_ui->licence->setText(
        tr("Supadesk is free software: you can redistribute it and modify it under the terms of the %1, "
           "version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.")
            .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>")
                     .arg(tr("GNU General Public License"))) +
        QStringLiteral("<br>SPDX: GPL-3.0-or-later"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
