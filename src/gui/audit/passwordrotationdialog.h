// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/audit/passwordrotator.h"

#include <QDialog>

#include <memory>

namespace supadesk {

namespace Ui {
class PasswordRotationDialog;
}

// The live POSTGRES_PASSWORD rotation of one stack: says what will happen, runs PasswordRotator when the
// user presses Rotate, shows each step as it runs, and ends with what the server really has. Cancel stops
// the rotation only before the roles change; after that it runs to its end or its rollback.
class PasswordRotationDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordRotationDialog(const QString &stackName, PasswordRotationTarget target, SecretStore *secrets,
                           QWidget *parent = nullptr);
    ~PasswordRotationDialog() override;

    bool isRunning() const { return m_running; }
    // The last run's report (empty before a run).
    const PasswordRotationReport &report() const { return m_report; }

    // Starts the rotation (what the Rotate button does); returns when it has ended.
    void rotate();

signals:
    void rotated(const QString &stackId, bool succeeded);

protected:
    bool event(QEvent *event) override;
    void reject() override;

private:
    void onProgress(PasswordRotation::Step step, const QString &message);
    void updateTexts();

    QString m_stackName;
    PasswordRotationTarget m_target;
    PasswordRotator m_rotator;
    PasswordRotationReport m_report;
    bool m_running = false;
    bool m_done = false;
    std::unique_ptr<Ui::PasswordRotationDialog> m_ui;
};

} // namespace supadesk
