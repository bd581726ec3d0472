// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseworkspace.h"

namespace supadesk {

DatabaseWorkspace::DatabaseWorkspace(EndpointResolver resolver, QWidget *parent)
    : Workspace(parent), m_resolver(std::move(resolver))
{}

void DatabaseWorkspace::setStack(const std::optional<Stack> &stack)
{
    m_stack = stack;
    connectionChanged();
}

void DatabaseWorkspace::connectionChanged()
{
    std::optional<DbEndpoint> now = m_stack && m_resolver ? m_resolver(*m_stack) : std::nullopt;
    const bool changed = now != m_endpoint;
    m_endpoint = std::move(now);
    endpointUpdated(changed);
}

} // namespace supadesk
