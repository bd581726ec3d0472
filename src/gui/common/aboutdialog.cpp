// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "db/pgclientlibrary.h"
#include "ssh/sshlibrary.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace supadesk {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/supadesk.svg")).pixmap(64, 64));
    m_title = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("versions"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_licence = new QLabel(this);
    m_licence->setObjectName(QStringLiteral("licence"));
    m_licence->setWordWrap(true);
    m_licence->setTextFormat(Qt::RichText);
    m_licence->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    texts->addWidget(m_licence);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    retranslateUi();
}

QString AboutDialog::versionsText() const
{
    const QString unknown = tr("not available");
    const QString libssh = SshLibrary::version();
    const QString libpq = PgClientLibrary::version();
    return tr("Qt %1\nlibssh %2\nPostgreSQL client (libpq) %3")
        .arg(QString::fromLatin1(qVersion()), libssh.isEmpty() ? unknown : libssh,
             libpq.isEmpty() ? unknown : libpq);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Supadesk"));
    m_title->setText(QStringLiteral("<h2>Supadesk %1</h2>").arg(QStringLiteral(SUPADESK_VERSION)));
    m_text->setText(tr("A desktop console for self-hosted Supabase stacks: set-up, query analysis, live "
                       "statistics and uptime, over SSH.") +
                    QStringLiteral("\n\n") + versionsText());
    // Qt Charts is licensed under the GPL v3, so the application as a whole is GPL-3.0-or-later.
    m_licence->setText(
        tr("Supadesk is free software: you can redistribute it and modify it under the terms of the %1, "
           "version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.")
            .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">%1</a>")
                     .arg(tr("GNU General Public License"))) +
        QStringLiteral("<br>SPDX: GPL-3.0-or-later"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace supadesk
