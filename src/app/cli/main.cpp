// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli: the command-line front end, built from the same libraries as the app.
#include "clicontext.h"
#include "services/apppaths.h"
#include "services/translationloader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace supadesk;

namespace supadesk::cli {
QList<CliCommand> &cliCommands()
{
    static QList<CliCommand> commands;
    return commands;
}
} // namespace supadesk::cli

namespace {

QString usage()
{
    QString text =
        QCoreApplication::translate("Cli", "Usage: supadesk-cli [--profile NAME] COMMAND [--help] ...") +
        QStringLiteral("\n\n") + QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    auto commands = cli::cliCommands();
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    for (const cli::CliCommand &command : commands)
        text += QStringLiteral("  %1%2\n")
                    .arg(command.name, -10)
                    .arg(QCoreApplication::translate("Cli", command.summary));
    text += QStringLiteral("  %1%2\n")
                .arg(QStringLiteral("--version"), -10)
                .arg(QCoreApplication::translate("Cli", "Print the version"));
    return text;
}

// `backup runbook --format pdf` lays its text out with QtGui's fonts, which need a QGuiApplication; a
// command line has no display, so that command alone gets an offscreen one. Every other command keeps a
// QCoreApplication.
bool needsFonts(int argc, char **argv)
{
    bool runbook = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        runbook = runbook || arg == "runbook";
        pdf = pdf || arg == "--format=pdf" ||
              (arg == "--format" && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0);
    }
    return runbook && pdf;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
    for (const cli::CliCommand &candidate : cli::cliCommands())
        if (candidate.name == command)
            return candidate.handler(context);
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << Qt::endl << usage();
    return 2;
}
