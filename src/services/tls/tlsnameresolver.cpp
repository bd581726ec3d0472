// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsnameresolver.h"

#include "core/tls/tlspreflight.h"

#include <QHostInfo>

namespace supadesk {

QHash<QString, QStringList> TlsNameResolver::resolve(const QStringList &names)
{
    QHash<QString, QStringList> resolved;
    for (const QString &name : names) {
        QStringList addresses;
        const QHostInfo info = QHostInfo::fromName(name);
        if (info.error() == QHostInfo::NoError) {
            for (const QHostAddress &a : info.addresses())
                addresses << a.toString();
        }
        resolved.insert(name, addresses);
    }
    return resolved;
}

Status TlsNameResolver::check(const QStringList &names, const QStringList &serverAddresses)
{
    return TlsPreflight::checkNames(names, resolve(names), serverAddresses);
}

} // namespace supadesk
