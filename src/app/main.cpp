// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk: the desktop app.
#include "gui/mainwindow.h"
#include "services/apppaths.h"
#include "services/connectionmanager.h"
#include "services/preferences.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "services/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>

using namespace supadesk;

namespace {

// Shows each workspace tab in turn for `settleMs` (long enough to load what it shows), saves the
// window as DIR/NN-name.png, then calls `done`. For documentation and for checking a demo by eye.
void saveWorkspaceShots(MainWindow *window, const QString &dir, int index, int settleMs,
                        const std::function<void()> &done)
{
    QTabWidget *tabs = window->workspaceTabs();
    if (index >= tabs->count())
        return done();
    tabs->setCurrentIndex(index);
    QTimer::singleShot(settleMs, window, [=] {
        QString name = tabs->tabText(index).toLower().remove(QLatin1Char('&'));
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        const QString file =
            QStringLiteral("%1/%2-%3.png").arg(dir).arg(index + 1, 2, 10, QLatin1Char('0')).arg(name);
        if (!window->grab().save(file))
            qWarning("Could not save %s", qPrintable(file));
        saveWorkspaceShots(window, dir, index + 1, settleMs, done);
    });
}

} // namespace

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
        QStringLiteral("With --quit-after-ms: then show each workspace for 2 s and save it as a PNG in DIR."),
        QStringLiteral("DIR"));
    parser.addOptions({profileOption, languageOption, stackOption, quitAfterOption, screenshotsOption});
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

    Preferences preferences(AppPaths::settingsFile());
    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : preferences.effectiveLanguage();
    TranslationLoader::instance().apply(language);

    SecretStore secrets(AppPaths::keychainService());
    ConnectionManager connections(&secrets);
    MainWindow window(StackRepository::forCurrentProfile(), preferences, &secrets, &connections);
    if (parser.isSet(stackOption)) {
        if (const auto stack = window.repository().findByName(parser.value(stackOption)))
            window.selectStack(stack->id);
    }
    window.show();
    QTimer::singleShot(0, &window, &MainWindow::connectAutomatically);
    if (parser.isSet(quitAfterOption)) {
        const QString shots = parser.value(screenshotsOption);
        QTimer::singleShot(parser.value(quitAfterOption).toInt(), &app, [&window, shots] {
            if (shots.isEmpty() || !QDir().mkpath(shots))
                return QApplication::quit();
            saveWorkspaceShots(&window, shots, 0, 2000, [] { QApplication::quit(); });
        });
    }
    return app.exec();
}
