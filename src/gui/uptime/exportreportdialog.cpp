// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportreportdialog.h"

#include "uptimetext.h"

#include "services/translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

namespace supadesk {

ExportReportDialog::ExportReportDialog(const StackList &stacks, const QStringList &checkedIds,
                                       const QDate &month, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ExportReportDialog"));
    setWindowTitle(tr("Export uptime report"));

    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QDate first = std::min(QDate(month.year(), month.month(), 1), thisMonth).addMonths(-12);
    for (QDate m = thisMonth; m >= first; m = m.addMonths(-1))
        m_month->addItem(UptimeText().monthTitle(m.year(), m.month()), m);
    m_month->setCurrentIndex(std::max(0, m_month->findData(QDate(month.year(), month.month(), 1))));

    m_stacks = new QListWidget(this);
    m_stacks->setObjectName(QStringLiteral("stacks"));
    for (const Stack &s : stacks) {
        auto *item = new QListWidgetItem(s.name, m_stacks);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedIds.isEmpty() || checkedIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_stacks->setMaximumHeight(m_stacks->sizeHintForRow(0) * 6 + 8);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language in its own name, so whoever reads it can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("ქართული"), QStringLiteral("ka"));
    setLanguage(TranslationLoader::instance().current());

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_csvNote = new QLabel(this);
    m_csvNote->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("Month:"), m_month);
    form->addRow(tr("Stacks:"), m_stacks);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Save as:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_csvNote);
    layout->addWidget(m_buttons);

    const auto suggest = [this] {
        if (m_pathEdited)
            return;
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (dir.isEmpty())
            dir = QDir::homePath();
        const QString name =
            QStringLiteral("uptime-report-%1.pdf").arg(this->month().toString(QStringLiteral("yyyy-MM")));
        m_path->setText(QDir(dir).filePath(name));
        m_pathEdited = false;
    };
    suggest();
    connect(m_month, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportReportDialog::validate);
    connect(m_stacks, &QListWidget::itemChanged, this, &ExportReportDialog::validate);
    connect(browseButton, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(480, sizeHint().height());
}

QDate ExportReportDialog::month() const
{
    return m_month->currentData().toDate();
}

QStringList ExportReportDialog::stackIds() const
{
    QStringList ids;
    for (int i = 0; i < m_stacks->count(); ++i)
        if (m_stacks->item(i)->checkState() == Qt::Checked)
            ids.append(m_stacks->item(i)->data(Qt::UserRole).toString());
    return ids;
}

QString ExportReportDialog::language() const
{
    return m_language->currentData().toString();
}

void ExportReportDialog::setLanguage(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

QString ExportReportDialog::pdfPath() const
{
    return m_path->text().trimmed();
}

void ExportReportDialog::setPdfPath(const QString &path)
{
    m_path->setText(path);
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
    m_csvNote->setText(pdfPath().isEmpty()
                           ? QString()
                           : tr("The figures are also written as CSV to %1.").arg(csvPathFor(pdfPath())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace supadesk
