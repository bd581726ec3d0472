// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshlibrary.h"

#include <libssh/libssh.h>

namespace supadesk {

QString SshLibrary::version()
{
    // ssh_version(0) returns the runtime version string, e.g. "0.10.6/openssl/zlib".
    const char *text = ssh_version(0);
    return text ? QString::fromLatin1(text).section(QLatin1Char('/'), 0, 0) : QString();
}

} // namespace supadesk
