// SPDX-License-Identifier: GPL-3.0-or-later
#include "studioproxyauth.h"

#include "core/setup/secretgenerator.h"

#include <QRegularExpression>

namespace supadesk {

QString StudioProxyAuth::newPassword()
{
    return SecretGenerator().alphanumeric(24);
}

QString StudioProxyAuth::hashCommand()
{
    // Python's crypt is the fallback: deprecated in 3.11, still in Debian 12's python3; bcrypt comes from
    // libxcrypt. Nothing reads the password from anywhere but standard input.
    return QStringLiteral(
        "if command -v caddy >/dev/null 2>&1; then caddy hash-password 2>/dev/null | tail -n 1\n"
        "elif command -v python3 >/dev/null 2>&1; then python3 -W ignore -c 'import crypt, sys; "
        "print(crypt.crypt(sys.stdin.readline().rstrip(\"\\n\"), crypt.mksalt(crypt.METHOD_BLOWFISH)))'\n"
        "else echo 'Neither caddy nor python3 is installed to hash the password.' >&2; exit 1; fi\n");
}

Result<QString> StudioProxyAuth::parseHash(const QString &output)
{
    static const QRegularExpression bcrypt(QStringLiteral("(\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53})"));
    const QRegularExpressionMatch m = bcrypt.match(output);
    if (!m.hasMatch())
        return Error{ErrorCode::TlsValue,
                     tr("The server did not hash Studio's password: %1")
                         .arg(output.trimmed().isEmpty() ? tr("no output") : output.trimmed())};
    return m.captured(1);
}

} // namespace supadesk
