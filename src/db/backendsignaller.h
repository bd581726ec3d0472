// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "dbendpoint.h"

namespace supadesk {

// Cancels a session's statement (pg_cancel_backend) or ends the session (pg_terminate_backend) over a
// connection of its own, opened for the one call and closed after it: the dashboard's sampling
// connection must never wait behind it. Blocking; call it off the GUI thread.
class BackendSignaller
{
public:
    enum class Action { Cancel, Terminate };

    explicit BackendSignaller(DbEndpoint endpoint);

    // Succeeds when the server signalled the session. A session that is already gone, or that the
    // role may not signal, is an error with a sentence that says so.
    Status send(Action action, int pid);

private:
    DbEndpoint m_endpoint;
};

} // namespace supadesk
