// SPDX-License-Identifier: GPL-3.0-or-later
// Alt+key reaches one item of a menu, in English and in Georgian: no two actions of one menu (nor two
// titles of the menu bar) share an access key (the character after '&', compared case-insensitively).
// The menus are read from the running main window, so a new menu or action is checked as it is added.
#include "core/stackvalidator.h"
#include "gui/mainwindow.h"
#include "gui/stacks/stackdialog.h"
#include "harness/appwindow.h"
#include "harness/testenv.h"
#include "services/translationloader.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

// The access key of a text: the character after a single '&' ("&&" is a literal ampersand).
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList sharedKeys(const QString &where, const QList<QAction *> &actions)
{
    QHash<QChar, QStringList> byKey;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->menu() ? action->menu()->title() : action->text();
        if (const QChar key = accessKey(text); !key.isNull())
            byKey[key].append(text);
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes.append(
                QStringLiteral("%1: '%2' in %3").arg(where, it.key(), it.value().join(QLatin1String(", "))));
    return clashes;
}

} // namespace

class TestAccessKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "a Secret Service keyring (gnome-keyring)");
    }

    void cleanupTestCase() { TranslationLoader::instance().apply(QStringLiteral("en")); }

    void accessKeyOfText()
    {
        QCOMPARE(accessKey(QStringLiteral("D&uplicate")), QLatin1Char('u'));
        QCOMPARE(accessKey(QStringLiteral("Tom && &Jerry")), QLatin1Char('j'));
        QVERIFY(accessKey(QStringLiteral("No key")).isNull());
        QCOMPARE(sharedKeys(QStringLiteral("m"), {new QAction(QStringLiteral("&Connect"), this),
                                                  new QAction(QStringLiteral("Dis&connect"), this)})
                     .size(),
                 1);
    }

    void noMenuSharesAnAccessKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Georgian") << QStringLiteral("ka");
    }

    void noMenuSharesAnAccessKey()
    {
        QFETCH(QString, language);
        testenv::AppWindow app(m_dir.path(), QStringLiteral("Supadesk GUI test"));
        MainWindow &window = *app.window;
        window.show();
        QVERIFY(TranslationLoader::instance().apply(language));
        // Widgets retranslate on QEvent::LanguageChange, delivered through the event loop.
        QTRY_COMPARE(window.menuBar()->actions().first()->menu()->title(),
                     QCoreApplication::translate("supadesk::MainWindow", "&File"));

        const auto menus = window.findChildren<QMenu *>();
        QVERIFY(menus.size() >= 4);
        QStringList clashes = sharedKeys(QStringLiteral("menu bar"), window.menuBar()->actions());
        for (QMenu *menu : menus)
            clashes +=
                sharedKeys(menu->title().isEmpty() ? menu->objectName() : menu->title(), menu->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Alt+key on a label moves the focus to its field: the buddy must be a widget that takes focus
    // (a row's container does not, and the key then does nothing).
    void labelAccessKeysReachAField()
    {
        StackDialog dialog(StackValidator(), {});
        QStringList dead;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (accessKey(label->text()).isNull())
                continue;
            if (!label->buddy() || label->buddy()->focusPolicy() == Qt::NoFocus)
                dead.append(label->objectName() + QStringLiteral(" \"") + label->text() + QLatin1Char('"'));
        }
        QVERIFY2(dead.isEmpty(), qPrintable(dead.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessKeys)
#include "tst_accesskeys.moc"
