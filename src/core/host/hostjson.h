// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostsample.h"

#include <QJsonObject>

namespace supadesk {

// A host reading as `supadesk-cli host --json` prints it (docs/cli.md): stable snake_case keys, bytes
// as integers, rates per second, null where a figure is unknown.
class HostJson
{
public:
    static QJsonObject toJson(const HostReading &reading);
    static QString dockerStateKey(DockerState state);
};

} // namespace supadesk
