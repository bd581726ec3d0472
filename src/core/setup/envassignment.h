// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One KEY=value pair for a .env file, value unquoted.
struct EnvAssignment
{
    QString key;
    QString value;

    bool operator==(const EnvAssignment &) const = default;
};

using EnvAssignments = QList<EnvAssignment>;

} // namespace supadesk
