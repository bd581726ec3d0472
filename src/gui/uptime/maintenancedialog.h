// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/proberesult.h"

#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace supadesk {

// Declares a maintenance window: start, end (in the report's time zone) and a note saying why.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(const QString &stackName, const QTimeZone &zone, qint64 startMs,
                      QWidget *parent = nullptr);

    TimeRange range() const;
    QString note() const;

private:
    void validate();

    QTimeZone m_zone;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace supadesk
