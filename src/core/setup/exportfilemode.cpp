// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfilemode.h"

namespace supadesk {

QFileDevice::Permissions ExportFileMode::forBundleFile(BundleFile::Kind kind)
{
    QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    switch (kind) {
    case BundleFile::Kind::Script:
        mode |= QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
        break;
    case BundleFile::Kind::Text:
        mode |= QFileDevice::ReadGroup | QFileDevice::ReadOther;
        break;
    case BundleFile::Kind::Secret:
        break;
    }
    return mode;
}

QFileDevice::Permissions ExportFileMode::forProbeFile(const QString &serverMode)
{
    QFileDevice::Permissions mode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (serverMode == QLatin1String("0755"))
        mode |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    return mode;
}

} // namespace supadesk
