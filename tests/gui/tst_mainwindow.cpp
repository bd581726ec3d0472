// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and its dialogs as a user meets them (offscreen): adding a stack through the real
// dialog, switching to Georgian at run time, and no clipped text in either language.
// With SUPADESK_SCREENSHOT_DIR set, the windows are also saved as PNG files there.
#include "gui/analyzer/analyzerworkspace.h"
#include "gui/common/aboutdialog.h"
#include "gui/common/preferencesdialog.h"
#include "gui/mainwindow.h"
#include "gui/setup/setupworkspace.h"
#include "gui/setup/tuningpage.h"
#include "gui/stacks/stackdialog.h"
#include "gui/workspaceshots.h"
#include "harness/appwindow.h"
#include "harness/testenv.h"
#include "services/apppaths.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace supadesk;

using widgetlookup::child;
using widgetlookup::whenDialogOpens;

namespace {

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

// Text a user cannot read because the widget is narrower than its text needs.
QStringList clippedTexts(QWidget *window)
{
    QStringList clipped;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty())
                continue;
            text = label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
            if (text.isEmpty())
                continue; // icon-only buttons such as a tab bar's scroll arrows
        } else {
            continue;
        }
        if (w->width() < w->minimumSizeHint().width())
            clipped.append(QStringLiteral("%1 \"%2\": %3 < %4")
                               .arg(QString::fromLatin1(w->metaObject()->className()), text)
                               .arg(w->width())
                               .arg(w->minimumSizeHint().width()));
    }
    return clipped;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("supadesk.conf")); }

    // The window over a fresh AppServices, as the app builds it; m_secrets reads the same keychain.
    testenv::AppWindow makeWindow()
    {
        testenv::AppWindow window(m_dir.path(), QStringLiteral("Supadesk GUI test"));
        window->resize(1100, 720);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    void addStackThroughDialog(MainWindow *window, const QString &name, const QString &group)
    {
        whenDialogOpens([=](QDialog *dialog) {
            child<QLineEdit>(dialog, "name")->setText(name);
            child<QComboBox>(dialog, "group")->setCurrentText(group);
            child<QLineEdit>(dialog, "sshHost")->setText(QStringLiteral("db.%1.example").arg(name));
            child<QLineEdit>(dialog, "sshUser")->setText(QStringLiteral("ops"));
            clickOk(dialog);
        });
        window->addStack();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("Supadesk GUI test"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
    }

    void cleanup() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void emptyWindowInvitesToAddAStack()
    {
        QFile::remove(settingsFile());
        auto window = makeWindow();
        QVERIFY(!window->currentStack());
        QVERIFY(!child<QAction>(window.get(), "removeStack")->isEnabled());
        screenshot(window.get(), QStringLiteral("empty-en"));
    }

    void addStackThroughTheRealDialog()
    {
        QFile::remove(settingsFile());
        auto window = makeWindow();

        // First try with no host: the dialog stays open and says what is wrong.
        bool sawError = false;
        whenDialogOpens([&](QDialog *dialog) {
            child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Production EU"));
            child<QComboBox>(dialog, "group")->setCurrentText(QStringLiteral("Production"));
            child<QLineEdit>(dialog, "sshUser")->setText(QStringLiteral("ops"));
            auto *auth = child<QComboBox>(dialog, "auth");
            auth->setCurrentIndex(auth->findData(int(AuthMethod::Password)));
            QTest::keyClicks(child<QLineEdit>(dialog, "secret"), QStringLiteral("hunter2-ssh"));
            clickOk(dialog);
            auto *errors = child<QLabel>(dialog, "errors");
            sawError = dialog->isVisible() && errors->isVisible() &&
                       errors->text().contains(QLatin1String("SSH host"));
            screenshot(dialog, QStringLiteral("stack-dialog-error-en"));
            child<QLineEdit>(dialog, "sshHost")->setText(QStringLiteral("db1.example.com"));
            child<QSpinBox>(dialog, "sshPort")->setValue(2222);
            clickOk(dialog);
        });
        window->addStack();
        QVERIFY(sawError);
        QCOMPARE(window->repository().stacks().size(), 1);
        const Stack saved = window->repository().stacks().first();
        QCOMPARE(saved.name, QStringLiteral("Production EU"));
        QCOMPARE(saved.sshPort, 2222);
        QCOMPARE(saved.authMethod, AuthMethod::Password);
        QCOMPARE(window->currentStack()->id, saved.id);

        // The password went to the keychain, not to the settings file.
        QTRY_VERIFY(m_secrets->readNow(saved.id, SecretStore::SshPassword).ok());
        QCOMPARE(m_secrets->readNow(saved.id, SecretStore::SshPassword).value(),
                 QStringLiteral("hunter2-ssh"));
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));

        addStackThroughDialog(window.get(), QStringLiteral("staging"), QStringLiteral("Staging"));
        addStackThroughDialog(window.get(), QStringLiteral("customer-b"), QStringLiteral("Production"));
        auto *tree = child<QTreeView>(window.get(), "stackTree");
        QCOMPARE(tree->model()->rowCount(), 2); // two groups
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Production"));
        QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 2);
        screenshot(window.get(), QStringLiteral("main-en"));

        // The workspaces say which stack they belong to.
        window->selectStack(saved.id);
        auto *tabs = window->workspaceTabs();
        QCOMPARE(tabs->count(), 6); // Setup, Query analyzer, Dashboard, Uptime, Audit, Backups
        QVERIFY(
            tabs->currentWidget()->findChild<QLabel *>(QStringLiteral("stack"))->text().contains(saved.name));

        // Removing (confirmed) takes the secret out of the keychain too.
        whenDialogOpens([](QDialog *box) {
            for (QAbstractButton *b : box->findChildren<QAbstractButton *>())
                if (qobject_cast<QMessageBox *>(box)->buttonRole(b) == QMessageBox::DestructiveRole)
                    return b->click();
        });
        window->removeStack();
        QTRY_COMPARE(window->repository().stacks().size(), 2);
        QCOMPARE(m_secrets->readNow(saved.id, SecretStore::SshPassword).error().code,
                 QStringLiteral("secret.missing"));
    }

    void analyzerSetupRequestOpensTheTuningPage()
    {
        QFile::remove(settingsFile());
        auto window = makeWindow();
        addStackThroughDialog(window.get(), QStringLiteral("staging"), QStringLiteral("Staging"));
        auto *analyzer = window->findChild<AnalyzerWorkspace *>();
        auto *setup = window->findChild<SetupWorkspace *>();
        QVERIFY(analyzer && setup);
        window->workspaceTabs()->setCurrentWidget(analyzer);

        emit analyzer->setupRequested();
        QCOMPARE(window->workspaceTabs()->currentWidget(), setup);
        QVERIFY(qobject_cast<TuningPage *>(setup->page(setup->currentIndex())));
    }

    void switchesToGeorgianAtRunTime()
    {
        auto window = makeWindow();
        QMenu *fileMenu = window->menuBar()->actions().first()->menu();
        const QString englishMenu = fileMenu->title();
        const QString englishTab = window->workspaceTabs()->tabText(1);
        QCOMPARE(englishMenu, QStringLiteral("&File"));

        window->setLanguage(QStringLiteral("ka"));
        QCOMPARE(TranslationLoader::instance().current(), QStringLiteral("ka"));
        // Widgets get QEvent::LanguageChange through the event loop.
        QTRY_VERIFY(fileMenu->title() != englishMenu);
        QTRY_VERIFY(window->workspaceTabs()->tabText(1) != englishTab);
        const QChar firstGeorgian = window->workspaceTabs()->tabText(1).at(0);
        QVERIFY2(firstGeorgian.unicode() >= 0x10A0 && firstGeorgian.unicode() <= 0x10FF,
                 qPrintable(window->workspaceTabs()->tabText(1)));
        QVERIFY(child<QLabel>(window.get(), "stackCount")->text().contains(QStringLiteral("სტეკი")));
        screenshot(window.get(), QStringLiteral("main-ka"));

        // The choice is remembered for the next start.
        QCOMPARE(Preferences(settingsFile()).language(), QStringLiteral("ka"));
        window->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(fileMenu->title(), englishMenu);
    }

    void nothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Georgian") << QStringLiteral("ka");
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        QVERIFY(TranslationLoader::instance().apply(language));
        auto window = makeWindow();
        QTest::qWait(20); // let LanguageChange reach every widget
        window->resize(window->minimumSizeHint());
        QTest::qWait(10);
        QVERIFY2(clippedTexts(window.get()).isEmpty(), qPrintable(clippedTexts(window.get()).join('\n')));

        QList<QDialog *> dialogs;
        auto *stackDialog = new StackDialog(StackValidator(), {}, window.get());
        auto *preferences = new PreferencesDialog(QString(), window.get());
        auto *about = new AboutDialog(window.get());
        dialogs << stackDialog << preferences << about;
        // The licence is named in every language, with its SPDX id for those who check it by tool.
        auto *licence = about->findChild<QLabel *>(QStringLiteral("licence"));
        QVERIFY(licence);
        QVERIFY2(licence->text().contains(QLatin1String("GPL-3.0-or-later")), qPrintable(licence->text()));
        QVERIFY(licence->text().contains(QLatin1String("https://www.gnu.org/licenses/gpl-3.0.html")));
        if (language == QLatin1String("ka"))
            QVERIFY2(!licence->text().contains(QLatin1String("free software")), qPrintable(licence->text()));
        for (QDialog *dialog : std::as_const(dialogs)) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
            QVERIFY2(clippedTexts(dialog).isEmpty(), qPrintable(clippedTexts(dialog).join('\n')));
            screenshot(dialog, dialog->objectName() + QLatin1Char('-') + language);
        }
        // Every field of the stack form has a visible, translated label.
        for (QFormLayout *form : stackDialog->findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                if (!field || !field->widget() || qobject_cast<QCheckBox *>(field->widget()))
                    continue;
                auto *label = qobject_cast<QLabel *>(form->labelForField(field->widget()));
                QVERIFY2(label && !label->text().isEmpty(), qPrintable(field->widget()->objectName()));
                // & is a mnemonic: it focuses the field, or the focusable widget inside a row of several.
                QVERIFY2(label->buddy() && (label->buddy() == field->widget() ||
                                            field->widget()->isAncestorOf(label->buddy())),
                         qPrintable(label->text()));
            }
        }
        // Both pages of the stack dialog.
        stackDialog->findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY2(clippedTexts(stackDialog).isEmpty(), qPrintable(clippedTexts(stackDialog).join('\n')));
        screenshot(stackDialog, QStringLiteral("StackDialog-server-") + language);
        QVERIFY(about->findChild<QLabel *>(QStringLiteral("versions"))
                    ->text()
                    .contains(QLatin1String("libssh 0.")));
    }

    // `supadesk --screenshots DIR`: every workspace, every Setup page and every tab inside a
    // workspace, in order, as PNG pictures of the window; the window is left as it was.
    void screenshotsOfEveryView()
    {
        QFile::remove(settingsFile());
        auto window = makeWindow();
        auto *tabs = window->workspaceTabs();
        tabs->setCurrentIndex(0);
        const QString dir = m_dir.filePath(QStringLiteral("shots"));
        WorkspaceShots shots(window.get(), dir, 10);
        bool done = false;
        shots.start([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QStringList names;
        for (const QString &file : shots.saved()) {
            QVERIFY2(!QImage(file).isNull(), qPrintable(file));
            names.append(QFileInfo(file).fileName());
        }
        QVERIFY2(names.size() > tabs->count() + 8, qPrintable(names.join(' ')));
        QCOMPARE(names.first(), QStringLiteral("01-setup.png"));
        for (const char *view : {"setup-secrets", "query-analyzer.png", "query-analyzer-slow-queries",
                                 "dashboard.png", "uptime.png", "uptime-response-times"})
            QVERIFY2(names.join(' ').contains(QLatin1String(view)), view);
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.png")}).size(), names.size());
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1); // the last one shown
        auto *setup = window->findChild<SetupWorkspace *>();
        QCOMPARE(setup->currentIndex(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
