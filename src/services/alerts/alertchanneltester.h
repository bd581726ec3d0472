// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertconfig.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace supadesk {

// "Send test alert" in the alerts form: one test message through one channel as the form holds it
// (saved or not), sent from this computer by the same alerter script the server runs, so the
// message has exactly the server's format. The configuration (no secret) goes to a private
// temporary folder; the channel's secret reaches the alerter only on its standard input.
class AlertChannelTester : public QObject
{
    Q_OBJECT
public:
    explicit AlertChannelTester(QObject *parent = nullptr);
    ~AlertChannelTester() override;

    bool busy() const { return m_process != nullptr; }
    // alert.channel at once when the channel is not valid or the alerter cannot start; otherwise
    // finished() follows.
    Status start(const QString &stackName, const AlertChannel &channel);
    // Where the tests point Telegram (default: api.telegram.org).
    void setTelegramApi(const QString &url) { m_telegramApi = url; }

    // 0 delivered, 1 refused (a 4xx: the answer says why), 2 not reached, 3 no such channel.
    enum Outcome { Delivered = 0, Refused = 1, NotReached = 2 };

signals:
    void finished(int outcome, const QString &answer);

private:
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_telegramApi;
};

} // namespace supadesk
