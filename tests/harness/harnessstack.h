// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stack on the harness's sshd (key login) whose database is the harness's PostgreSQL, and connecting
// it through a ConnectionManager the way the app does (trusting the harness's host key on first sight),
// for tests of what runs over a stack's tunnel.
#include "core/stack.h"
#include "services/connectionmanager.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QtTest>

#include <functional>

namespace testenv {

inline bool waitFor(const std::function<bool()> &condition, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!condition() && t.elapsed() < ms)
        QTest::qWait(20);
    return condition();
}

inline supadesk::Stack harnessStack(const QString &name)
{
    supadesk::Stack s;
    s.id = supadesk::Stack::newId();
    s.name = name;
    s.sshHost = value("SUPADESK_TEST_SSH_HOST");
    s.sshPort = value("SUPADESK_TEST_SSH_PORT").toInt();
    s.sshUser = value("SUPADESK_TEST_SSH_USER");
    s.authMethod = supadesk::AuthMethod::KeyFile;
    s.keyFile = value("SUPADESK_TEST_SSH_KEY");
    s.dbHost = value("SUPADESK_TEST_PG_HOST");
    s.dbPort = value("SUPADESK_TEST_PG_PORT").toInt();
    return s;
}

// A StackConnection's settings for the harness's sshd (key login, no forwards). `ownKnownHosts`: a
// known_hosts file of the test's own, where the key is accepted on first sight; empty: the harness's
// file, which already holds it.
inline supadesk::StackConnection::Settings harnessSsh(const QString &ownKnownHosts = QString())
{
    supadesk::StackConnection::Settings s;
    s.ssh.host = value("SUPADESK_TEST_SSH_HOST");
    s.ssh.port = value("SUPADESK_TEST_SSH_PORT").toInt();
    s.ssh.user = value("SUPADESK_TEST_SSH_USER");
    s.ssh.auth = supadesk::AuthMethod::KeyFile;
    s.ssh.keyFile = value("SUPADESK_TEST_SSH_KEY");
    if (ownKnownHosts.isEmpty()) {
        s.ssh.knownHostsFile = value("SUPADESK_TEST_SSH_KNOWN_HOSTS");
    } else {
        s.ssh.knownHostsFile = ownKnownHosts;
        s.ssh.acceptNewHostKey = true;
        s.ssh.timeoutSeconds = 5;
    }
    return s;
}

inline bool connectStack(supadesk::ConnectionManager &connections, const supadesk::Stack &s)
{
    using State = supadesk::StackConnection::State;
    connections.connectStack(s);
    waitFor([&] {
        const State state = connections.state(s.id);
        return state == State::Connected || state == State::Failed;
    });
    if (connections.state(s.id) == State::Failed &&
        connections.connection(s.id)->errorCode() == QLatin1String("ssh.hostkey.unknown")) {
        if (!connections.connection(s.id)->trustPresentedHostKey().ok())
            return false;
        connections.connectStack(s);
    }
    return waitFor([&] { return connections.state(s.id) == State::Connected; });
}

} // namespace testenv
