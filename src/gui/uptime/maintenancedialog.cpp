// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancedialog.h"

#include "ui_maintenancedialog.h"

#include "gui/styles/statepalette.h"

#include "core/locale/displayformat.h"

#include <QEvent>
#include <QPushButton>

namespace supadesk {

MaintenanceDialog::MaintenanceDialog(const QString &stackName, const QTimeZone &zone, qint64 startMs,
                                     QWidget *parent)
    : QDialog(parent), m_stackName(stackName), m_zone(zone), m_ui(std::make_unique<Ui::MaintenanceDialog>())
{
    m_ui->setupUi(this);
    // The edits show wall-clock time in the report's zone (Qt 6.4 edits know no zones): the
    // values are read back as that zone's time.
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    const QDateTime start(inZone.date(), inZone.time());
    m_ui->start->setDateTime(start);
    m_ui->end->setDateTime(start.addSecs(3600));
    for (QDateTimeEdit *edit : {m_ui->start, m_ui->end}) {
        // The interface language's numeric date and time (03.11.2026 14:05), as the report writes them.
        edit->setDisplayFormat(DisplayFormat().dateTimePattern());
    }
    StatePalette::setTextRole(m_ui->error, StatePalette::Role::Bad);
    connect(m_ui->start, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceDialog::validate);
    connect(m_ui->end, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceDialog::validate);
    updateTexts();
    resize(420, sizeHint().height());
}

MaintenanceDialog::~MaintenanceDialog() = default;

TimeRange MaintenanceDialog::range() const
{
    const auto inZone = [this](const QDateTime &wall) {
        return QDateTime(wall.date(), wall.time(), m_zone).toMSecsSinceEpoch();
    };
    return {inZone(m_ui->start->dateTime()), inZone(m_ui->end->dateTime())};
}

QString MaintenanceDialog::note() const
{
    return m_ui->note->text().trimmed();
}

void MaintenanceDialog::updateTexts()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    m_ui->intro->setText(tr("Downtime inside a maintenance window of “%1” is not counted against its "
                            "availability target. Times are in %2.")
                             .arg(m_stackName, QString::fromUtf8(m_zone.id())));
    validate();
}

void MaintenanceDialog::validate()
{
    const bool ok = range().endMs > range().startMs;
    m_ui->error->setText(ok ? QString() : tr("The maintenance window must end after it starts."));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

bool MaintenanceDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    return handled;
}

} // namespace supadesk
