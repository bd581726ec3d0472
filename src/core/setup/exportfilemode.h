// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setupbundle.h"

#include <QFileDevice>
#include <QString>

namespace supadesk {

// The permissions "Export bundle" gives each file it writes to a local folder. The files are created
// with them (never chmod-ed afterwards), so a secret is not readable by others even for a moment.
class ExportFileMode
{
public:
    // .env and other secrets: the owner only (0600); scripts: the owner and the group may run them
    // (0750); text: readable by all (0644).
    static QFileDevice::Permissions forBundleFile(BundleFile::Kind kind);
    // A file of the uptime probe, by the mode it gets on the server ("0755" or "0644"): executable by
    // all when its server mode is, readable by all either way.
    static QFileDevice::Permissions forProbeFile(const QString &serverMode);
};

} // namespace supadesk
