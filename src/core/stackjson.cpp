// SPDX-License-Identifier: GPL-3.0-or-later
#include "stackjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace supadesk {

namespace {

const char *const kFormat = "supadesk-stacks";
constexpr int kVersion = 1;

Error importError(const QString &message)
{
    return Error{ErrorCode::ImportInvalid, message};
}

} // namespace

QJsonObject StackJson::toObject(const Stack &stack)
{
    return QJsonObject{
        {QStringLiteral("id"), stack.id},
        {QStringLiteral("name"), stack.name},
        {QStringLiteral("group"), stack.group},
        {QStringLiteral("sshHost"), stack.sshHost},
        {QStringLiteral("sshPort"), stack.sshPort},
        {QStringLiteral("sshUser"), stack.sshUser},
        {QStringLiteral("auth"), authMethodKey(stack.authMethod)},
        {QStringLiteral("keyFile"), stack.keyFile},
        {QStringLiteral("jumpHosts"), stack.jumpHosts},
        {QStringLiteral("installDir"), stack.installDir},
        {QStringLiteral("dbHost"), stack.dbHost},
        {QStringLiteral("dbPort"), stack.dbPort},
        {QStringLiteral("gatewayPort"), stack.gatewayPort},
        {QStringLiteral("poolerPort"), stack.poolerPort},
        {QStringLiteral("poolerMetricsPort"), stack.poolerMetricsPort},
        {QStringLiteral("dbName"), stack.dbName},
        {QStringLiteral("dbUser"), stack.dbUser},
        {QStringLiteral("autoConnect"), stack.autoConnect},
    };
}

QByteArray StackJson::exportStacks(const StackList &stacks)
{
    QJsonArray array;
    for (const Stack &stack : stacks)
        array.append(toObject(stack));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("stacks"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<StackList> StackJson::importStacks(const QByteArray &json, const StackList &existing,
                                          const StackValidator &validator)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return importError(tr("The file is not valid JSON (%1 at character %2).")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return importError(tr("The file is not a Supadesk stack export."));
    if (root.value(QStringLiteral("version")).toInt() > kVersion)
        return importError(tr("The file was written by a newer Supadesk (format version %1).")
                               .arg(root.value(QStringLiteral("version")).toInt()));
    const QJsonValue stacksValue = root.value(QStringLiteral("stacks"));
    if (!stacksValue.isArray())
        return importError(tr("The file has no list of stacks."));

    StackList imported;
    StackList known = existing;
    const QJsonArray array = stacksValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return importError(tr("Entry %1 is not a stack definition.").arg(i + 1));
        const QJsonObject o = array.at(i).toObject();
        Stack stack;
        stack.id = Stack::newId();
        stack.name = o.value(QStringLiteral("name")).toString().trimmed();
        stack.group = o.value(QStringLiteral("group")).toString().trimmed();
        stack.sshHost = o.value(QStringLiteral("sshHost")).toString().trimmed();
        stack.sshPort = o.value(QStringLiteral("sshPort")).toInt(stack.sshPort);
        stack.sshUser = o.value(QStringLiteral("sshUser")).toString().trimmed();
        bool knownAuth = true;
        stack.authMethod =
            authMethodFromKey(o.value(QStringLiteral("auth")).toString(QStringLiteral("agent")), &knownAuth);
        if (!knownAuth)
            return importError(tr("Stack \"%1\" has an unknown authentication method \"%2\".")
                                   .arg(stack.name, o.value(QStringLiteral("auth")).toString()));
        stack.keyFile = o.value(QStringLiteral("keyFile")).toString();
        stack.jumpHosts = o.value(QStringLiteral("jumpHosts")).toString().trimmed();
        stack.installDir = o.value(QStringLiteral("installDir")).toString(stack.installDir);
        stack.dbHost = o.value(QStringLiteral("dbHost")).toString(stack.dbHost);
        stack.dbPort = o.value(QStringLiteral("dbPort")).toInt(stack.dbPort);
        stack.gatewayPort = o.value(QStringLiteral("gatewayPort")).toInt(stack.gatewayPort);
        stack.poolerPort = o.value(QStringLiteral("poolerPort")).toInt(stack.poolerPort);
        stack.poolerMetricsPort = o.value(QStringLiteral("poolerMetricsPort")).toInt(stack.poolerMetricsPort);
        stack.dbName = o.value(QStringLiteral("dbName")).toString(stack.dbName);
        stack.dbUser = o.value(QStringLiteral("dbUser")).toString(stack.dbUser);
        stack.autoConnect = o.value(QStringLiteral("autoConnect")).toBool(false);

        const QList<FieldError> errors = validator.validate(stack, known);
        if (!errors.isEmpty()) {
            const QString label = stack.name.isEmpty() ? tr("Entry %1").arg(i + 1) : stack.name;
            return importError(
                tr("Stack \"%1\" cannot be imported:\n%2").arg(label, StackValidator::summary(errors)));
        }
        known.append(stack);
        imported.append(stack);
    }
    return imported;
}

} // namespace supadesk
