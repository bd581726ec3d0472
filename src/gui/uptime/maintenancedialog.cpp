// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancedialog.h"

#include "core/locale/displayformat.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace supadesk {

MaintenanceDialog::MaintenanceDialog(const QString &stackName, const QTimeZone &zone, qint64 startMs,
                                     QWidget *parent)
    : QDialog(parent), m_zone(zone)
{
    setObjectName(QStringLiteral("MaintenanceDialog"));
    setWindowTitle(tr("Add maintenance window"));
    // The edits show wall-clock time in the report's zone (Qt 6.4 edits know no zones): the
    // values are read back as that zone's time.
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    const QDateTime start(inZone.date(), inZone.time());
    m_start = new QDateTimeEdit(start, this);
    m_start->setObjectName(QStringLiteral("start"));
    m_end = new QDateTimeEdit(start.addSecs(3600), this);
    m_end->setObjectName(QStringLiteral("end"));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        // The interface language's numeric date and time (03.11.2026 14:05), as the report writes them.
        edit->setDisplayFormat(DisplayFormat().dateTimePattern());
        edit->setCalendarPopup(true);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("e.g. PostgreSQL upgrade"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    auto *intro = new QLabel(tr("Downtime inside a maintenance window of “%1” is not counted against its "
                                "availability target. Times are in %2.")
                                 .arg(stackName, QString::fromUtf8(zone.id())),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("End:"), m_end);
    form->addRow(tr("Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceDialog::validate);
    validate();
    resize(420, sizeHint().height());
}

TimeRange MaintenanceDialog::range() const
{
    const auto inZone = [this](const QDateTime &wall) {
        return QDateTime(wall.date(), wall.time(), m_zone).toMSecsSinceEpoch();
    };
    return {inZone(m_start->dateTime()), inZone(m_end->dateTime())};
}

QString MaintenanceDialog::note() const
{
    return m_note->text().trimmed();
}

void MaintenanceDialog::validate()
{
    const bool ok = range().endMs > range().startMs;
    m_error->setText(ok ? QString() : tr("The maintenance window must end after it starts."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace supadesk
