// supadesk-cli: the command-line front end, built from the same libraries as the app.
#include "clicontext.h"
#include "services/apppaths.h"
#include "services/translationloader.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace supadesk;

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli", "Usage: supadesk-cli [--profile NAME] COMMAND ...\n"
                                              "\n"
                                              "Commands:\n"
                                              "  stacks list [--json]          List saved stacks\n"
                                              "  stacks add --name N --host H  Add a stack (see stacks add --help)\n"
                                              "  stacks remove NAME            Remove a stack and its secrets\n"
                                              "  stacks export [FILE]          Write stack definitions as JSON\n"
                                              "  stacks import FILE            Add stacks from a JSON export\n"
                                              "  --version                     Print the version\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("supadesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPADESK_VERSION));
    TranslationLoader::instance().apply(TranslationLoader::systemLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    const QString program = args.takeFirst();

    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version")) {
            out << "supadesk-cli " << SUPADESK_VERSION << Qt::endl;
            return 0;
        }
        if (option == QLatin1String("--help")) {
            out << usage();
            return 0;
        }
        if (option == QLatin1String("--profile") && !args.isEmpty()) {
            const QString profile = args.takeFirst();
            if (!AppPaths::isValidProfileName(profile)) {
                err << QCoreApplication::translate("Cli", "Invalid profile name \"%1\".").arg(profile)
                    << Qt::endl;
                return 2;
            }
            AppPaths::setProfile(profile);
            continue;
        }
        err << QCoreApplication::translate("Cli", "Unknown option %1.").arg(option) << Qt::endl << usage();
        return 2;
    }
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    const QString command = args.takeFirst();
    cli::CliContext context{QStringList{program + QLatin1Char(' ') + command} + args, out, err};
    if (command == QLatin1String("stacks"))
        return cli::runStacks(context);
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << Qt::endl << usage();
    return 2;
}
