// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditexportdialog.h"

#include "ui_auditexportdialog.h"

#include "services/translationloader.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace supadesk {

AuditExportDialog::AuditExportDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditExportDialog>())
{
    m_ui->setupUi(this);
    // Each language in its own name, so whoever reads it can find theirs.
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("ქართული"), QStringLiteral("ka"));
    setLanguage(TranslationLoader::instance().current());

    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    m_ui->path->setText(QDir(dir).filePath(
        QStringLiteral("audit-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))));
    connect(m_ui->path, &QLineEdit::textChanged, this, &AuditExportDialog::validate);
    connect(m_ui->browse, &QPushButton::clicked, this, &AuditExportDialog::browse);
    updateTexts();
    resize(480, sizeHint().height());
}

AuditExportDialog::~AuditExportDialog() = default;

void AuditExportDialog::updateTexts()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    validate();
}

bool AuditExportDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    return handled;
}

QString AuditExportDialog::language() const
{
    return m_ui->language->currentData().toString();
}

void AuditExportDialog::setLanguage(const QString &language)
{
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(language)));
}

QString AuditExportDialog::pdfPath() const
{
    return m_ui->path->text().trimmed();
}

void AuditExportDialog::setPdfPath(const QString &path)
{
    m_ui->path->setText(path);
}

QString AuditExportDialog::csvPathFor(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
}

void AuditExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save audit report"), pdfPath(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    setPdfPath(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                         : path + QStringLiteral(".pdf"));
}

void AuditExportDialog::validate()
{
    m_ui->csvNote->setText(pdfPath().isEmpty()
                               ? QString()
                               : tr("The results are also written as CSV to %1.").arg(csvPathFor(pdfPath())));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!pdfPath().isEmpty());
}

} // namespace supadesk
