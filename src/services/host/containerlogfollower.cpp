// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerlogfollower.h"

#include "containeractions.h"
#include "ssh/sshsession.h"

#include <QPointer>

namespace supadesk {

ContainerLogFollower::ContainerLogFollower(QObject *parent) : QObject(parent) {}

ContainerLogFollower::~ContainerLogFollower()
{
    stop();
}

void ContainerLogFollower::start(const SshConnectOptions &options, const QString &container, int tail)
{
    startCommand(options, ContainerActions::followLogsCommand(container, tail));
}

void ContainerLogFollower::startCommand(const SshConnectOptions &options, const QString &command,
                                        const QByteArray &standardInput)
{
    stop();
    m_cancel = false;
    m_running = true;
    auto session = std::make_shared<SshSession>();
    {
        std::lock_guard lock(m_mutex);
        m_session = session;
    }
    const QPointer<ContainerLogFollower> self(this);
    m_thread = std::thread([this, self, session, options, command, standardInput] {
        session->setCancelFlag(&m_cancel);
        QString message;
        const Status opened = session->open(options);
        if (!opened.ok()) {
            message = opened.error().message;
        } else {
            const Result<ExecResult> ran =
                session->exec(command, standardInput, [this, self](const QByteArray &chunk, bool) {
                    QMetaObject::invokeMethod(
                        this,
                        [self, chunk] {
                            if (self)
                                emit self->output(chunk);
                        },
                        Qt::QueuedConnection);
                });
            if (!ran.ok() && !m_cancel)
                message = ran.error().message;
        }
        if (m_cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [self, message] {
                if (!self)
                    return;
                self->m_running = false;
                emit self->finished(message);
            },
            Qt::QueuedConnection);
    });
}

void ContainerLogFollower::stop()
{
    m_cancel = true;
    {
        std::lock_guard lock(m_mutex);
        if (m_session)
            m_session->abort();
    }
    if (m_thread.joinable())
        m_thread.join();
    {
        std::lock_guard lock(m_mutex);
        m_session.reset();
    }
    m_running = false;
}

} // namespace supadesk
