// SPDX-License-Identifier: GPL-3.0-or-later
#include "stack.h"

#include <QUuid>

namespace supadesk {

QString authMethodKey(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Agent:
        return QStringLiteral("agent");
    case AuthMethod::KeyFile:
        return QStringLiteral("key");
    case AuthMethod::Password:
        return QStringLiteral("password");
    }
    return QStringLiteral("agent");
}

AuthMethod authMethodFromKey(const QString &key, bool *known)
{
    if (known)
        *known = true;
    if (key == QLatin1String("agent"))
        return AuthMethod::Agent;
    if (key == QLatin1String("key"))
        return AuthMethod::KeyFile;
    if (key == QLatin1String("password"))
        return AuthMethod::Password;
    if (known)
        *known = false;
    return AuthMethod::Agent;
}

QString Stack::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace supadesk
