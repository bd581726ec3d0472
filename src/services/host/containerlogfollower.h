// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/sshconnectoptions.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace supadesk {

class SshSession;

// Tails a container's log (`docker logs --follow --tail 200`) on an SSH session of its own, on a
// thread of its own: a follow never ends, and must not hold up the stack connection's commands (the
// host sampler's, the dashboard's). stop() (or destroying the follower) aborts the session at once.
class ContainerLogFollower : public QObject
{
    Q_OBJECT
public:
    explicit ContainerLogFollower(QObject *parent = nullptr);
    ~ContainerLogFollower() override;

    // `options` are the stack connection's (with its secrets filled in).
    void start(const SshConnectOptions &options, const QString &container, int tail = 200);
    // The same with any command that streams: for tests and for a local run. `standardInput` is written
    // to the command, then end of file (a drill's decryption key: never a file or an argument).
    void startCommand(const SshConnectOptions &options, const QString &command,
                      const QByteArray &standardInput = {});
    void stop();
    bool isRunning() const { return m_running; }

signals:
    void output(const QByteArray &chunk);
    // The command ended (the container was removed, the session dropped); `message` says why, empty
    // when it just ended.
    void finished(const QString &message);

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::shared_ptr<SshSession> m_session;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
};

} // namespace supadesk
