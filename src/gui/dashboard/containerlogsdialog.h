// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/sshconnectoptions.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace supadesk {

class ContainerLogFollower;

namespace Ui {
class ContainerLogsDialog;
}

// Follows one container's log (the last 200 lines, then what it writes) on an SSH session of its own.
// The filter shows only the lines that contain its text; Pause freezes the view while the lines keep
// arriving, and Resume shows them. Closing the dialog ends the remote command.
class ContainerLogsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 20000;

    ContainerLogsDialog(const QString &container, QWidget *parent = nullptr);
    ~ContainerLogsDialog() override;

    // `command` empty: `docker logs --follow --tail 200 NAME`.
    void follow(const SshConnectOptions &options, const QString &command = QString());
    QStringList lines() const { return m_lines; }
    // The follower's output as it arrives (pieces need not end at a line's end).
    void append(const QByteArray &chunk);
    QString shownText() const;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void refilter();
    void retranslateUi();

    std::unique_ptr<Ui::ContainerLogsDialog> m_ui;
    ContainerLogFollower *m_follower;
    QString m_container;
    QStringList m_lines;
    QString m_partial; // a line whose end has not arrived yet
    int m_shown = 0;   // lines of m_lines already considered for the view
    QString m_ended;
};

} // namespace supadesk
