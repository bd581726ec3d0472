// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportreportdialog.h"

#include "ui_exportreportdialog.h"

#include "uptimetext.h"

#include "services/translationloader.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QStandardPaths>

namespace supadesk {

ExportReportDialog::ExportReportDialog(const StackList &stacks, const QStringList &checkedIds,
                                       const QDate &month, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportReportDialog>())
{
    m_ui->setupUi(this);

    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QDate first = std::min(QDate(month.year(), month.month(), 1), thisMonth).addMonths(-12);
    for (QDate m = thisMonth; m >= first; m = m.addMonths(-1))
        m_ui->month->addItem(QString(), m); // named in updateTexts()
    m_ui->month->setCurrentIndex(std::max(0, m_ui->month->findData(QDate(month.year(), month.month(), 1))));

    for (const Stack &s : stacks) {
        auto *item = new QListWidgetItem(s.name, m_ui->stacks);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedIds.isEmpty() || checkedIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->stacks->setMaximumHeight(m_ui->stacks->sizeHintForRow(0) * 6 + 8);

    // Each language in its own name, so whoever reads it can find theirs.
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("ქართული"), QStringLiteral("ka"));
    setLanguage(TranslationLoader::instance().current());

    const auto suggest = [this] {
        if (m_pathEdited)
            return;
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (dir.isEmpty())
            dir = QDir::homePath();
        const QString name =
            QStringLiteral("uptime-report-%1.pdf").arg(this->month().toString(QStringLiteral("yyyy-MM")));
        m_ui->path->setText(QDir(dir).filePath(name));
        m_pathEdited = false;
    };
    suggest();
    connect(m_ui->month, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_ui->path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_ui->path, &QLineEdit::textChanged, this, &ExportReportDialog::validate);
    connect(m_ui->stacks, &QListWidget::itemChanged, this, &ExportReportDialog::validate);
    connect(m_ui->browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    updateTexts();
    resize(480, sizeHint().height());
}

ExportReportDialog::~ExportReportDialog() = default;

void ExportReportDialog::updateTexts()
{
    for (int i = 0; i < m_ui->month->count(); ++i) {
        const QDate m = m_ui->month->itemData(i).toDate();
        m_ui->month->setItemText(i, UptimeText().monthTitle(m.year(), m.month()));
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    validate();
}

bool ExportReportDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    return handled;
}

QDate ExportReportDialog::month() const
{
    return m_ui->month->currentData().toDate();
}

QStringList ExportReportDialog::stackIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->stacks->count(); ++i)
        if (m_ui->stacks->item(i)->checkState() == Qt::Checked)
            ids.append(m_ui->stacks->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QString ExportReportDialog::language() const
{
    return m_ui->language->currentData().toString();
}

void ExportReportDialog::setLanguage(const QString &language)
{
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(language)));
}

QString ExportReportDialog::pdfPath() const
{
    return m_ui->path->text().trimmed();
}

void ExportReportDialog::setPdfPath(const QString &path)
{
    m_ui->path->setText(path);
    m_pathEdited = true;
}

QString ExportReportDialog::csvPathFor(const QString &pdfPath)
{
    const QFileInfo info(pdfPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
}

void ExportReportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save uptime report"), pdfPath(), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    setPdfPath(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path
                                                                         : path + QStringLiteral(".pdf"));
}

void ExportReportDialog::validate()
{
    const bool ok = !stackIds().isEmpty() && !pdfPath().isEmpty();
    m_ui->csvNote->setText(pdfPath().isEmpty()
                               ? QString()
                               : tr("The figures are also written as CSV to %1.").arg(csvPathFor(pdfPath())));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace supadesk
