// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk: the desktop app.
#include "app/services/appservices.h"
#include "app/services/windowservices.h"
#include "gui/mainwindow.h"
#include "gui/styles/apptheme.h"
#include "gui/workspaceshots.h"
#include "services/apppaths.h"
#include "services/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

using namespace supadesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Supadesk"));
    QApplication::setApplicationVersion(QStringLiteral(SUPADESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.supadesk.Supadesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/supadesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop console for self-hosted Supabase stacks"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QStringLiteral("Use a separate stack list and settings named NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language for this run (en or ka)."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption stackOption(
        QStringLiteral("stack"), QStringLiteral("Select the stack named NAME."), QStringLiteral("NAME"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after-ms"), QStringLiteral("Close after MS milliseconds (for measurements)."),
        QStringLiteral("MS"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("With --quit-after-ms: then show each workspace and each view in it for 2 s, "
                       "and save it as a PNG in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("window-size"),
                                        QStringLiteral("Window size for this run, e.g. 1280x720."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("Colour theme for this run (system, light or dark)."),
                                         QStringLiteral("THEME"));
    parser.addOptions({profileOption, languageOption, stackOption, quitAfterOption, screenshotsOption,
                       sizeOption, themeOption});
    parser.process(app);

    if (parser.isSet(profileOption)) {
        if (!AppPaths::isValidProfileName(parser.value(profileOption))) {
            QMessageBox::critical(
                nullptr, QStringLiteral("Supadesk"),
                QStringLiteral("Invalid profile name: %1").arg(parser.value(profileOption)));
            return 2;
        }
        AppPaths::setProfile(parser.value(profileOption));
    }

    // Every long-lived service of the app, built once (see AppServices); the window is handed its parts.
    AppServices services(AppLocations::forCurrentProfile());
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : services.preferences().effectiveLanguage();
    AppServices::translations().apply(language);
    const std::optional<Preferences::Theme> theme = Preferences::themeFromName(parser.value(themeOption));
    if (parser.isSet(themeOption) && !theme) {
        QMessageBox::critical(nullptr, QStringLiteral("Supadesk"),
                              QStringLiteral("Unknown theme: %1").arg(parser.value(themeOption)));
        return 2;
    }
    AppTheme::apply(theme.value_or(services.preferences().theme()));

    MainWindow window(windowServices(services));
    if (parser.isSet(stackOption)) {
        if (const auto stack = services.stacks().findByName(parser.value(stackOption)))
            window.selectStack(stack->id);
    }
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const QSize chosenSize = size.size() == 2 ? QSize(size.first().toInt(), size.last().toInt()) : QSize();
    if (parser.isSet(sizeOption) && !chosenSize.isValid()) {
        QMessageBox::critical(nullptr, QStringLiteral("Supadesk"),
                              QStringLiteral("Invalid window size: %1").arg(parser.value(sizeOption)));
        return 2;
    }
    if (chosenSize.isValid())
        window.resize(chosenSize);
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::connectAutomatically);
    if (parser.isSet(quitAfterOption)) {
        const QString shots = parser.value(screenshotsOption);
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, [&window, shots, chosenSize] {
            if (shots.isEmpty())
                return QApplication::quit();
            // Unless a size was chosen: tall enough for every chart of the Dashboard to be in the picture.
            if (!chosenSize.isValid())
                window.resize(1280, 1500);
            auto *tour = new WorkspaceShots(&window, shots, 2000, &window);
            tour->start([] { QApplication::quit(); });
        });
    }
    return app.exec();
}
