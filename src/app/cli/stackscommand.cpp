// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicontext.h"
#include "core/stackjson.h"
#include "core/stackvalidator.h"
#include "services/alerts/alertconfigstore.h"
#include "services/apppaths.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace supadesk::cli {

namespace {

int list(CliContext &c)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addOption(
        {QStringLiteral("names"),
         QCoreApplication::translate("Cli", "Print only the names, one per line (for shell completion).")});
    parser.addHelpOption();
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const StackList stacks = StackRepository::forCurrentProfile().stacks();
    if (parser.isSet(QStringLiteral("names"))) {
        for (const Stack &s : stacks)
            c.out << s.name << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Stack &s : stacks)
            array.append(StackJson::toObject(s));
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (stacks.isEmpty()) {
        c.out << QCoreApplication::translate(
                     "Cli", "No stacks yet. Add one with: supadesk-cli stacks add --name NAME --host HOST")
              << Qt::endl;
        return 0;
    }
    for (const Stack &s : stacks)
        c.out << s.name << '\t' << (s.group.isEmpty() ? QStringLiteral("-") : s.group) << '\t' << s.sshUser
              << '@' << s.sshHost << ':' << s.sshPort << Qt::endl;
    return 0;
}

int add(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const Stack defaults;
    parser.addOptions({
        {QStringLiteral("name"), QCoreApplication::translate("Cli", "Stack name."), QStringLiteral("NAME")},
        {QStringLiteral("group"), QCoreApplication::translate("Cli", "Group, e.g. Production."),
         QStringLiteral("GROUP")},
        {QStringLiteral("host"), QCoreApplication::translate("Cli", "SSH host."), QStringLiteral("HOST")},
        {QStringLiteral("port"), QCoreApplication::translate("Cli", "SSH port."), QStringLiteral("PORT"),
         QString::number(defaults.sshPort)},
        {QStringLiteral("user"), QCoreApplication::translate("Cli", "SSH user."), QStringLiteral("USER"),
         qEnvironmentVariable("USER")},
        {QStringLiteral("auth"), QCoreApplication::translate("Cli", "agent, key or password."),
         QStringLiteral("METHOD"), QStringLiteral("agent")},
        {QStringLiteral("identity"), QCoreApplication::translate("Cli", "Private key file."),
         QStringLiteral("FILE")},
        {QStringLiteral("install-dir"),
         QCoreApplication::translate("Cli", "Install directory on the server."), QStringLiteral("DIR"),
         defaults.installDir},
        {QStringLiteral("db-host"),
         QCoreApplication::translate("Cli", "Database host as seen from the server."), QStringLiteral("HOST"),
         defaults.dbHost},
        {QStringLiteral("db-port"), QCoreApplication::translate("Cli", "Database port."),
         QStringLiteral("PORT"), QString::number(defaults.dbPort)},
        {QStringLiteral("gateway-port"), QCoreApplication::translate("Cli", "API gateway port."),
         QStringLiteral("PORT"), QString::number(defaults.gatewayPort)},
        {QStringLiteral("pooler-port"), QCoreApplication::translate("Cli", "Pooler port."),
         QStringLiteral("PORT"), QString::number(defaults.poolerPort)},
        {QStringLiteral("pooler-metrics-port"),
         QCoreApplication::translate("Cli",
                                     "Port of Supavisor's metrics on the server's loopback (0: none)."),
         QStringLiteral("PORT"), QString::number(defaults.poolerMetricsPort)},
        {QStringLiteral("db-name"), QCoreApplication::translate("Cli", "Database name."),
         QStringLiteral("NAME"), defaults.dbName},
        {QStringLiteral("db-user"), QCoreApplication::translate("Cli", "Database user."),
         QStringLiteral("USER"), defaults.dbUser},
        {QStringLiteral("auto-connect"), QCoreApplication::translate("Cli", "Connect when Supadesk starts.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    auto port = [&](const QString &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        return ok ? value : -1;
    };
    Stack s;
    s.id = Stack::newId();
    s.name = parser.value(QStringLiteral("name")).trimmed();
    s.group = parser.value(QStringLiteral("group")).trimmed();
    s.sshHost = parser.value(QStringLiteral("host")).trimmed();
    s.sshPort = port(QStringLiteral("port"));
    s.sshUser = parser.value(QStringLiteral("user")).trimmed();
    bool knownAuth = false;
    s.authMethod = authMethodFromKey(parser.value(QStringLiteral("auth")), &knownAuth);
    if (!knownAuth) {
        c.err << QCoreApplication::translate(
                     "Cli", "Unknown authentication method \"%1\": use agent, key or password.")
                     .arg(parser.value(QStringLiteral("auth")))
              << Qt::endl;
        return 2;
    }
    s.keyFile = parser.value(QStringLiteral("identity"));
    if (!s.keyFile.isEmpty() && parser.value(QStringLiteral("auth")) == QLatin1String("agent"))
        s.authMethod = AuthMethod::KeyFile;
    s.installDir = parser.value(QStringLiteral("install-dir"));
    s.dbHost = parser.value(QStringLiteral("db-host"));
    s.dbPort = port(QStringLiteral("db-port"));
    s.gatewayPort = port(QStringLiteral("gateway-port"));
    s.poolerPort = port(QStringLiteral("pooler-port"));
    s.poolerMetricsPort = port(QStringLiteral("pooler-metrics-port"));
    s.dbName = parser.value(QStringLiteral("db-name"));
    s.dbUser = parser.value(QStringLiteral("db-user"));
    s.autoConnect = parser.isSet(QStringLiteral("auto-connect"));

    StackRepository repository = StackRepository::forCurrentProfile();
    const Status added = repository.add(s);
    if (!added.ok())
        return fail(c, added.error());
    c.out << QCoreApplication::translate("Cli", "Added stack \"%1\".").arg(s.name) << Qt::endl;
    return 0;
}

int remove(CliContext &c)
{
    if (c.args.size() != 2) {
        c.err << QCoreApplication::translate("Cli", "Usage: supadesk-cli stacks remove NAME") << Qt::endl;
        return 2;
    }
    StackRepository repository = StackRepository::forCurrentProfile();
    const auto stack = repository.findByName(c.args.at(1));
    if (!stack) {
        c.err << QCoreApplication::translate("Cli", "There is no stack called \"%1\".").arg(c.args.at(1))
              << Qt::endl;
        return 1;
    }
    SecretStore secrets(AppPaths::keychainService());
    // The stack's alert channels' secrets go with it, and then its alert settings.
    AlertConfigStore alerts(AppPaths::settingsFile());
    const Status forgotten = secrets.removeAllNow(stack->id, alerts.secretNames(stack->id));
    if (!forgotten.ok() && forgotten.error().id != ErrorCode::SecretNoBackend) {
        c.err << QCoreApplication::translate(
                     "Cli", "The stack was kept because its secrets could not be removed: %1")
                     .arg(forgotten.error().message)
              << Qt::endl;
        return ErrorCatalogue::exitStatus(forgotten.error().id);
    }
    const Status removed = repository.remove(stack->id);
    if (removed.ok())
        alerts.forgetStack(stack->id);
    if (!removed.ok())
        return fail(c, removed.error());
    c.out << QCoreApplication::translate("Cli", "Removed stack \"%1\".").arg(stack->name) << Qt::endl;
    return 0;
}

int exportStacks(CliContext &c)
{
    const QByteArray json = StackJson::exportStacks(StackRepository::forCurrentProfile().stacks());
    if (c.args.size() < 2 || c.args.at(1) == QLatin1String("-")) {
        c.out << json;
        return 0;
    }
    QFile file(c.args.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
        c.err
            << QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(c.args.at(1), file.errorString())
            << Qt::endl;
        return 1;
    }
    return 0;
}

int importStacks(CliContext &c)
{
    if (c.args.size() != 2) {
        c.err << QCoreApplication::translate("Cli", "Usage: supadesk-cli stacks import FILE") << Qt::endl;
        return 2;
    }
    QFile file(c.args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        c.err
            << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(c.args.at(1), file.errorString())
            << Qt::endl;
        return 1;
    }
    StackRepository repository = StackRepository::forCurrentProfile();
    const Result<int> imported = repository.importJson(file.readAll());
    if (!imported.ok())
        return fail(c, imported.error());
    c.out << QCoreApplication::translate("Cli", "Imported %n stack(s).", nullptr, imported.value())
          << Qt::endl;
    return 0;
}

int runStacks(CliContext &c)
{
    if (c.args.size() < 2) {
        c.err << QCoreApplication::translate("Cli",
                                             "Usage: supadesk-cli stacks list|add|remove|export|import ...")
              << Qt::endl;
        return 2;
    }
    const QString sub = c.args.takeAt(1);
    c.args[0] += QLatin1Char(' ') + sub;
    if (sub == QLatin1String("list"))
        return list(c);
    if (sub == QLatin1String("add"))
        return add(c);
    if (sub == QLatin1String("remove"))
        return remove(c);
    if (sub == QLatin1String("export"))
        return exportStacks(c);
    if (sub == QLatin1String("import"))
        return importStacks(c);
    c.err << QCoreApplication::translate("Cli",
                                         "Usage: supadesk-cli stacks list|add|remove|export|import ...")
          << Qt::endl;
    return 2;
}

} // namespace

REGISTER_CLI_COMMAND("stacks", QT_TRANSLATE_NOOP("Cli", "List, add, remove, import and export stacks"),
                     runStacks);

} // namespace supadesk::cli
