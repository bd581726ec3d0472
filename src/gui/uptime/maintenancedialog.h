// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/proberesult.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

namespace supadesk {

namespace Ui {
class MaintenanceDialog;
}

// Declares a maintenance window: start, end (in the report's time zone) and a note saying why.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(const QString &stackName, const QTimeZone &zone, qint64 startMs,
                      QWidget *parent = nullptr);
    ~MaintenanceDialog() override;

    TimeRange range() const;
    QString note() const;

protected:
    // After QDialog::event(), which passes LanguageChange on to the button box: that puts back
    // the standard texts of its buttons, which this dialog renames.
    bool event(QEvent *event) override;

private:
    void updateTexts();
    void validate();

    QString m_stackName;
    QTimeZone m_zone;
    std::unique_ptr<Ui::MaintenanceDialog> m_ui;
};

} // namespace supadesk
