// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/uptime/uptimeprobeinstallplan.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QPushButton;

namespace supadesk {

namespace Ui {
class ProbeInstallDialog;
}

class UptimeProbeInstaller;
struct UptimeProbeInstallReport;
struct UptimeProbeStepOutcome;

// Installing (or removing) the server-side uptime probe of one stack, in three stages: the server
// is asked who logs in and whether systemd runs; the exact files and commands are listed for
// confirmation; then each step is shown as it runs, with a progress bar, Cancel, and the result
// (with the copies kept of replaced files, or what failed and what to do).
class ProbeInstallDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Install, Remove };

    // The installer must outlive the dialog; the dialog starts it (prepare) when shown.
    ProbeInstallDialog(const QString &stackName, Mode mode, UptimeProbeInstaller *installer,
                       UptimeProbeSettings settings, QWidget *parent = nullptr);
    ~ProbeInstallDialog() override;

    bool succeeded() const { return m_succeeded; }
    QString resultText() const;
    // The rows as shown: the plan before confirmation, the steps while and after they run.
    QStringList rows() const;
    // Why it failed; empty when it succeeded or the user cancelled before anything ran.
    QString error() const { return m_error; }

public slots:
    // While steps run, stops the installer after the current one instead of closing.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Stage { Checking, Confirm, Running, Done };
    void retranslateUi();
    void start();
    void showPlan(const UptimeProbeInstallPlan &plan);
    void stepStarted(int index, int count, const QString &description);
    void stepFinished(int index, const UptimeProbeStepOutcome &outcome);
    void finished(const UptimeProbeInstallReport &report);
    void setStage(Stage stage);
    void setRows(const QStringList &texts, const QIcon &icon);
    void setRowIcon(int index, const QIcon &icon);

    QString m_stackName;
    Mode m_mode;
    QPointer<UptimeProbeInstaller> m_installer;
    UptimeProbeSettings m_settings;
    UptimeProbeInstallPlan m_plan;
    Stage m_stage = Stage::Checking;
    bool m_started = false;
    bool m_succeeded = false;
    QString m_error;
    QString m_resultDetail;

    std::unique_ptr<Ui::ProbeInstallDialog> m_ui;
    // One row per step: a status icon and the text (labels: they wrap any script correctly).
    QList<QLabel *> m_stepIcons;
    QList<QLabel *> m_stepTexts;
    QPushButton *m_go = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace supadesk
