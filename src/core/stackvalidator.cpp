// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackvalidator.h"

#include "jumphost.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace supadesk {

namespace {

bool validPort(int port)
{
    return port >= 1 && port <= 65535;
}

bool validHostName(const QString &host)
{
    // A DNS name, an IPv4 address, a bracket-less IPv6 address, or an ~/.ssh/config alias.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:%-]+$"));
    return pattern.match(host).hasMatch() && !host.startsWith(QLatin1Char('-'));
}

} // namespace

StackValidator::StackValidator(ReadableFile readable) : m_readable(std::move(readable)) {}

QList<FieldError> StackValidator::validate(const Stack &stack, const StackList &others) const
{
    QList<FieldError> errors;
    const QString name = stack.name.trimmed();
    if (name.isEmpty()) {
        errors.append({QStringLiteral("name"), tr("Give the stack a name.")});
    } else {
        for (const Stack &other : others) {
            if (other.id != stack.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                errors.append(
                    {QStringLiteral("name"), tr("Another stack is already called \"%1\".").arg(name)});
                break;
            }
        }
    }

    const QString host = stack.sshHost.trimmed();
    if (host.isEmpty())
        errors.append({QStringLiteral("sshHost"), tr("Enter the SSH host name or address of the server.")});
    else if (!validHostName(host))
        errors.append(
            {QStringLiteral("sshHost"), tr("\"%1\" is not a valid host name or address.").arg(host)});

    if (!validPort(stack.sshPort))
        errors.append({QStringLiteral("sshPort"), tr("The SSH port must be between 1 and 65535.")});

    if (stack.sshUser.trimmed().isEmpty())
        errors.append({QStringLiteral("sshUser"), tr("Enter the user to log in as over SSH.")});

    if (stack.authMethod == AuthMethod::KeyFile) {
        if (stack.keyFile.trimmed().isEmpty())
            errors.append({QStringLiteral("keyFile"), tr("Choose the private key file to log in with.")});
        else if (m_readable && !m_readable(stack.keyFile))
            errors.append({QStringLiteral("keyFile"),
                           tr("The key file \"%1\" does not exist or cannot be read.").arg(stack.keyFile)});
    }

    if (const Result<QList<JumpHost>> hops = JumpHostList::parse(stack.jumpHosts); !hops.ok())
        errors.append({QStringLiteral("jumpHosts"), hops.error().message});

    if (!stack.installDir.startsWith(QLatin1Char('/')))
        errors.append({QStringLiteral("installDir"),
                       tr("The install directory must be an absolute path on the server.")});

    if (stack.dbHost.trimmed().isEmpty())
        errors.append({QStringLiteral("dbHost"), tr("Enter the database host as seen from the server.")});
    else if (!validHostName(stack.dbHost.trimmed()))
        errors.append({QStringLiteral("dbHost"),
                       tr("\"%1\" is not a valid host name or address.").arg(stack.dbHost.trimmed())});
    if (!validPort(stack.dbPort))
        errors.append({QStringLiteral("dbPort"), tr("The database port must be between 1 and 65535.")});
    if (!validPort(stack.gatewayPort))
        errors.append({QStringLiteral("gatewayPort"), tr("The gateway port must be between 1 and 65535.")});
    if (!validPort(stack.poolerPort))
        errors.append({QStringLiteral("poolerPort"), tr("The pooler port must be between 1 and 65535.")});
    if (stack.poolerMetricsPort != 0 && !validPort(stack.poolerMetricsPort))
        errors.append({QStringLiteral("poolerMetricsPort"),
                       tr("The Supavisor metrics port must be between 1 and 65535, or 0 for none.")});
    if (stack.dbName.trimmed().isEmpty())
        errors.append({QStringLiteral("dbName"), tr("Enter the database name.")});
    if (stack.dbUser.trimmed().isEmpty())
        errors.append({QStringLiteral("dbUser"), tr("Enter the database user.")});
    return errors;
}

QString StackValidator::summary(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors)
        lines.append(error.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace supadesk
