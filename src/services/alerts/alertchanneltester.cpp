// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/alerts/alertchanneltester.h"

#include "services/uptime/uptimeprobeinstaller.h"

#include <QFile>

namespace supadesk {

AlertChannelTester::AlertChannelTester(QObject *parent) : QObject(parent) {}

AlertChannelTester::~AlertChannelTester()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

Status AlertChannelTester::start(const QString &stackName, const AlertChannel &channel)
{
    if (m_process)
        return Error{ErrorCode::AlertChannel, tr("A test message is on its way already.")};
    AlertConfig config;
    config.stackName = stackName;
    config.channels = {channel};
    config.channels.first().enabled = true;
    if (const Status valid = AlertChannels::validate(channel); !valid)
        return valid;
    const Result<QByteArray> alerter = UptimeProbeInstaller::shippedAlerter();
    if (!alerter)
        return alerter.error();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Error{ErrorCode::AlertChannel, tr("Cannot create a temporary folder for the test.")};
    const QString script = m_dir->filePath(QStringLiteral("supadesk-alerter.sh"));
    const QString conf = m_dir->filePath(QStringLiteral("alerts.conf"));
    // The secret is read from standard input: the sourced file and the folder never hold it.
    const QByteArray confText =
        config.configFile(m_dir->filePath(QStringLiteral("state")), QStringLiteral("/dev/stdin"));
    for (const auto &[path, text] : {std::pair{script, alerter.value()}, std::pair{conf, confText}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return Error{ErrorCode::AlertChannel, tr("Cannot write %1.").arg(path)};
    }
    auto *p = new QProcess(this);
    m_process = p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUPADESK_ALERT_CONFIG"), conf);
    if (!m_telegramApi.isEmpty())
        env.insert(QStringLiteral("SUPADESK_ALERT_TELEGRAM_API"), m_telegramApi);
    p->setProcessEnvironment(env);
    connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
        const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
        const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
        p->deleteLater();
        m_process = nullptr;
        m_dir.reset();
        if (status != QProcess::NormalExit)
            return emit finished(NotReached, tr("The alerter stopped unexpectedly."));
        emit finished(code, out.isEmpty() ? err : out);
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        p->deleteLater();
        m_process = nullptr;
        m_dir.reset();
        emit finished(NotReached, tr("The alerter could not start: %1").arg(p->errorString()));
    });
    p->start(QStringLiteral("/bin/sh"), {script, QStringLiteral("--test"), channel.id});
    p->write(channel.id.toUtf8() + '=' + channel.secret.toUtf8() + '\n');
    p->closeWriteChannel();
    return success();
}

} // namespace supadesk
