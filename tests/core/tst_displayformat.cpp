// SPDX-License-Identifier: GPL-3.0-or-later
// Figures and dates as a person reads them, in English and Georgian: decimal comma and no-break
// space grouping in Georgian (every group, not Qt 6.4's "2499 999"), CLDR's percent without a
// space, sizes, durations in the catalogue's units, and CLDR's long and numeric date forms.
#include "core/locale/displayformat.h"

#include <QtTest>

using namespace supadesk;

namespace {

const QString nbsp(QChar(0x00A0));

DisplayFormat english()
{
    return DisplayFormat(DisplayFormat::localeFor(QStringLiteral("en")));
}

// Georgian, with the units as the compiled catalogue has them (core tests do not load it).
DisplayFormat georgian()
{
    return DisplayFormat(DisplayFormat::localeFor(QStringLiteral("ka")),
                         [](const char *, const char *source) {
                             static const QHash<QByteArray, QString> ka = {
                                 {"%1 ms", QStringLiteral("%1 მწმ")},
                                 {"%1 s", QStringLiteral("%1 წმ")},
                                 {"%1 min", QStringLiteral("%1 წთ")},
                                 {"%1 h %2 min", QStringLiteral("%1 სთ %2 წთ")},
                             };
                             return ka.value(source);
                         });
}

} // namespace

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void locales()
    {
        QCOMPARE(DisplayFormat::localeFor(QStringLiteral("ka")).language(), QLocale::Georgian);
        QCOMPARE(DisplayFormat::localeFor(QStringLiteral("ka")).territory(), QLocale::Georgia);
        QCOMPARE(DisplayFormat::localeFor(QStringLiteral("en")).name(), QStringLiteral("en_GB"));
    }

    void numbers()
    {
        QCOMPARE(english().number(1234.5, 1), QStringLiteral("1,234.5"));
        QCOMPARE(english().number(2499999.0), QStringLiteral("2,499,999"));
        QCOMPARE(english().number(qint64(2499)), QStringLiteral("2,499"));
        QCOMPARE(english().number(-0.04, 1), QStringLiteral("0.0"));
        QCOMPARE(english().number(-12345.678, 2), QStringLiteral("-12,345.68"));
        QCOMPARE(english().exact(0.4321), QStringLiteral("0.4321"));
        QCOMPARE(georgian().exact(123456.25), QStringLiteral("123") + nbsp + QStringLiteral("456,25"));

        QCOMPARE(georgian().number(21.84, 1), QStringLiteral("21,8"));
        QCOMPARE(georgian().number(3351.7, 1), QStringLiteral("3351,7"));
        QCOMPARE(georgian().number(qint64(2499)), QStringLiteral("2499"));
        QCOMPARE(georgian().number(qint64(24999)), QStringLiteral("24") + nbsp + QStringLiteral("999"));
        QCOMPARE(georgian().number(qint64(2499999)),
                 QStringLiteral("2") + nbsp + QStringLiteral("499") + nbsp + QStringLiteral("999"));
        QCOMPARE(georgian().number(-2499999.5, 1),
                 QStringLiteral("-2") + nbsp + QStringLiteral("499") + nbsp + QStringLiteral("999,5"));
    }

    void percent()
    {
        QCOMPARE(english().percent(99.94), QStringLiteral("99.9%"));
        QCOMPARE(georgian().percent(99.94), QStringLiteral("99,9%"));
        QCOMPARE(georgian().percent(99.95, 2), QStringLiteral("99,95%"));
        QCOMPARE(georgian().percent(100, 0), QStringLiteral("100%"));
    }

    void bytes()
    {
        QCOMPARE(english().bytes(1536000), QStringLiteral("1.46 MiB"));
        QCOMPARE(georgian().bytes(1536000), QStringLiteral("1,46 MiB"));
        QCOMPARE(georgian().bytes(500), QStringLiteral("500 ბაიტი"));
        QCOMPARE(english().bytes(5368709120LL, 1), QStringLiteral("5.0 GiB"));
    }

    void durations()
    {
        QCOMPARE(english().milliseconds(21.84), QStringLiteral("21.8 ms"));
        QCOMPARE(english().milliseconds(2.5), QStringLiteral("2.500 ms"));
        QCOMPARE(georgian().milliseconds(21.84), QStringLiteral("21,8 მწმ"));
        QCOMPARE(georgian().milliseconds(12345.6, 0),
                 QStringLiteral("12") + nbsp + QStringLiteral("346 მწმ"));
        QCOMPARE(english().duration(44'600), QStringLiteral("45 s"));
        QCOMPARE(english().duration(12 * 60'000), QStringLiteral("12 min"));
        QCOMPARE(english().duration(65 * 60'000), QStringLiteral("1 h 05 min"));
        QCOMPARE(georgian().duration(44'600), QStringLiteral("45 წმ"));
        QCOMPARE(georgian().duration(65 * 60'000), QStringLiteral("1 სთ 05 წთ"));
    }

    void dates()
    {
        const QDate day(2026, 11, 3);
        QCOMPARE(english().date(day), QStringLiteral("3 November 2026"));
        QCOMPARE(georgian().date(day), QStringLiteral("3 ნოემბერი, 2026"));
        QCOMPARE(english().shortDate(day), QStringLiteral("03/11/2026"));
        QCOMPARE(georgian().shortDate(day), QStringLiteral("03.11.2026"));
        const QDateTime at(day, QTime(14, 5), QTimeZone::utc());
        QCOMPARE(english().dateTime(at), QStringLiteral("03/11/2026 14:05"));
        QCOMPARE(georgian().dateTime(at), QStringLiteral("03.11.2026 14:05"));
        QCOMPARE(georgian().dateTimePattern(), QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(english().monthYear(2026, 11), QStringLiteral("November 2026"));
        QCOMPARE(georgian().monthYear(2026, 11), QStringLiteral("ნოემბერი 2026"));
        // Another English locale keeps its own order.
        const DisplayFormat us{QLocale(QLocale::English, QLocale::UnitedStates)};
        QCOMPARE(us.date(day), QStringLiteral("November 3, 2026"));
        QCOMPARE(us.shortDate(day), QStringLiteral("11/3/2026"));
    }

    void followsTheDefaultLocale()
    {
        const QLocale before;
        QLocale::setDefault(DisplayFormat::localeFor(QStringLiteral("ka")));
        QCOMPARE(DisplayFormat().number(1.5, 1), QStringLiteral("1,5"));
        QLocale::setDefault(before);
    }

    void chartsGetNoBrokenGrouping()
    {
        QCOMPARE(georgian().chartLocale().toString(2499999.0, 'f', 0), QStringLiteral("2499999"));
        QCOMPARE(georgian().chartLocale().decimalPoint(), QStringLiteral(","));
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
