// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace supadesk {

// Asks this computer's resolver for the public names (what visitors, and the certificate authority,
// will see) and holds the answer to TlsPreflight's rule. Blocking: run it off the GUI thread.
class TlsNameResolver
{
public:
    static QHash<QString, QStringList> resolve(const QStringList &names);
    // tls.dns when a name does not resolve, or resolves elsewhere than `serverAddresses`.
    static Status check(const QStringList &names, const QStringList &serverAddresses);
};

} // namespace supadesk
