// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/dbendpoint.h"
#include "workspace.h"

#include <functional>
#include <optional>

namespace supadesk {

// A workspace that works on the selected stack's database. It keeps the selected stack and where its
// database can be reached now (through the stack's tunnel), and tells the subclass when that changed.
class DatabaseWorkspace : public Workspace
{
    Q_OBJECT
public:
    // Where a stack's database can be reached now, or nothing when the stack is not connected.
    using EndpointResolver = std::function<std::optional<DbEndpoint>(const Stack &)>;

    explicit DatabaseWorkspace(EndpointResolver resolver, QWidget *parent = nullptr);

    void setStack(const std::optional<Stack> &stack) final;
    void connectionChanged() final;

protected:
    const std::optional<Stack> &stack() const { return m_stack; }
    const std::optional<DbEndpoint> &endpoint() const { return m_endpoint; }
    // Called after every selection or connection change; `changed` says whether the endpoint moved.
    virtual void endpointUpdated(bool changed) = 0;

private:
    EndpointResolver m_resolver;
    std::optional<Stack> m_stack;
    std::optional<DbEndpoint> m_endpoint;
};

} // namespace supadesk
