// SPDX-License-Identifier: GPL-3.0-or-later
// The Georgian catalogue is complete and safe to use: every string translated, every placeholder kept
// (a lost %1 would print a raw "%1" or drop a value), and the compiled catalogue loads.
#include "services/translationloader.h"
#include "tscatalogue.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace supadesk;
using tscatalogue::Message;
using tscatalogue::readCatalogue;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QList<Message> m_messages =
        readCatalogue(QStringLiteral(SUPADESK_SOURCE_DIR "/translations/supadesk_ka.ts"));

private slots:
    void catalogueIsNotEmpty() { QVERIFY(m_messages.size() > 100); }

    void everyStringIsTranslated()
    {
        QStringList missing;
        for (const Message &m : std::as_const(m_messages))
            if (m.unfinished || m.translations.isEmpty() || m.translations.first().trimmed().isEmpty())
                missing.append(m.context + QLatin1String(": ") + m.source);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void placeholdersAreKept()
    {
        QStringList broken;
        for (const Message &m : std::as_const(m_messages))
            for (const QString &t : m.translations)
                if (placeholders(t) != placeholders(m.source))
                    broken.append(m.context + QLatin1String(": ") + m.source + QLatin1String(" -> ") + t);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
    }

    void translationsAreGeorgian()
    {
        // A translation identical to its English source is allowed only for names and pure formats.
        static const QRegularExpression georgian(QStringLiteral("[\\x{10D0}-\\x{10FF}]"));
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]{4,}"));
        QStringList english;
        for (const Message &m : std::as_const(m_messages)) {
            const QString t = m.translations.value(0);
            if (t == m.source && letters.match(t).hasMatch() && !georgian.match(t).hasMatch() &&
                t != QLatin1String("Supadesk"))
                english.append(m.context + QLatin1String(": ") + t);
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    }

    void sourcesUseContextsLupdateSees()
    {
        // A file-local `QString tr(const char *)` helper translates under one context at run time while
        // lupdate files its strings under another, so they silently stay English. Use the class's
        // tr() (Q_OBJECT or Q_DECLARE_TR_FUNCTIONS) or QCoreApplication::translate("Context", ...).
        static const QRegularExpression helper(QStringLiteral("QString\\s+tr\\s*\\(\\s*const char"));
        QStringList offenders;
        QDirIterator it(QStringLiteral(SUPADESK_SOURCE_DIR "/src"),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && helper.match(QString::fromUtf8(f.readAll())).hasMatch())
                offenders.append(f.fileName());
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    void compiledCatalogueSwitchesAtRunTime()
    {
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QCOMPARE(QCoreApplication::translate("supadesk::StackValidator", "Enter the database name."),
                 QStringLiteral("შეიყვანეთ მონაცემთა ბაზის სახელი."));
        QCOMPARE(QCoreApplication::translate("supadesk::MainWindow", "%n stack(s)", nullptr, 3),
                 QStringLiteral("3 სტეკი"));
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("supadesk::StackValidator", "Enter the database name."),
                 QStringLiteral("Enter the database name."));
    }

    void englishCountsReadAsEnglish()
    {
        // The sources say "%n stack(s)"; a user reading English sees "1 stack" and "3 stacks", also
        // after asking for a language there is no catalogue of.
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("xx")}) {
            TranslationLoader::instance().apply(language);
            QCOMPARE(QCoreApplication::translate("supadesk::MainWindow", "%n stack(s)", nullptr, 1),
                     QStringLiteral("1 stack"));
            QCOMPARE(QCoreApplication::translate("supadesk::MainWindow", "%n stack(s)", nullptr, 3),
                     QStringLiteral("3 stacks"));
        }
        QStringList unfilled;
        for (const Message &m :
             readCatalogue(QStringLiteral(SUPADESK_SOURCE_DIR "/translations/supadesk_en.ts"))) {
            if (m.numerus &&
                (m.unfinished || m.translations.size() != 2 || m.translations.contains(QString())))
                unfilled << m.context + QLatin1String(": ") + m.source;
        }
        QVERIFY2(unfilled.isEmpty(), qPrintable(QStringLiteral("English plural forms missing (run "
                                                               "scripts/update-translations):\n") +
                                                unfilled.join(QLatin1Char('\n'))));
    }

    void numbersAndDatesFollowTheLanguage()
    {
        // Whatever the operating system's locale, QLocale() is the chosen language's.
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QCOMPARE(QLocale().language(), QLocale::Georgian);
        QCOMPARE(QLocale().territory(), QLocale::Georgia);
        QCOMPARE(QLocale().toString(21.8, 'f', 1), QStringLiteral("21,8"));
        QCOMPARE(QLocale().monthName(11), QStringLiteral("ნოემბერი"));
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QLocale().name(), QStringLiteral("en_GB"));
        QCOMPARE(QLocale().toString(21.8, 'f', 1), QStringLiteral("21.8"));
        // A language without a catalogue leaves English, numbers included.
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QVERIFY(!TranslationLoader::instance().apply(QStringLiteral("xx")));
        QCOMPARE(QLocale().name(), QStringLiteral("en_GB"));
        QCOMPARE(TranslationLoader::instance().current(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
