// SPDX-License-Identifier: GPL-3.0-or-later
// Failure reasons are stored in English and said in the language of the moment: the stored form
// never depends on the interface's language or locale, the server probe's phrases are recognised
// too, and anything else (a database's own message, a row stored translated by an older version)
// is shown as it was stored.
#include "core/uptime/probereason.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

namespace {

// A Georgian catalogue for the phrases, as the compiled one answers.
class GeorgianReasons : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) != ProbeReason::context)
            return {};
        static const QHash<QByteArray, QString> ka = {
            {"connection refused", QStringLiteral("კავშირი უარყოფილია")},
            {"no answer within %1 s", QStringLiteral("პასუხი არ მოვიდა %1 წამში")},
            {"curl failed with status %1", QStringLiteral("curl-მა შეცდომით დაასრულა, სტატუსი %1")},
        };
        return ka.value(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestUptimeProbeReason : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void storedFormIsEnglishWhateverTheLanguage()
    {
        GeorgianReasons ka;
        QCoreApplication::installTranslator(&ka);
        QLocale::setDefault(QLocale(QLocale::German)); // a decimal comma
        QCOMPARE(ProbeReason::connectionRefused(), QStringLiteral("connection refused"));
        QCOMPARE(ProbeReason::noAnswerWithin(1.5), QStringLiteral("no answer within 1.5 s"));
        QCOMPARE(ProbeReason::noAnswerWithin(5), QStringLiteral("no answer within 5 s"));
        QCOMPARE(ProbeReason::notAnSshServer(), QStringLiteral("the port does not answer as an SSH server"));
        QCOMPARE(ProbeReason::unexpectedAnswer(), QStringLiteral("SELECT 1 did not answer 1"));
        QCoreApplication::removeTranslator(&ka);
    }

    void saidInTheLanguageOfTheMoment_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("georgian");
        QTest::newRow("app: refused") << "connection refused"
                                      << "connection refused"
                                      << "კავშირი უარყოფილია";
        QTest::newRow("app: timeout") << "no answer within 1.5 s"
                                      << "no answer within 1.5 s"
                                      << "პასუხი არ მოვიდა 1,5 წამში";
        QTest::newRow("server: timeout") << "no answer within 5s"
                                         << "no answer within 5 s"
                                         << "პასუხი არ მოვიდა 5 წამში";
        QTest::newRow("server: curl") << "curl failed with status 56"
                                      << "curl failed with status 56"
                                      << "curl-მა შეცდომით დაასრულა, სტატუსი 56";
        QTest::newRow("no translation yet") << "TLS handshake failed"
                                            << "TLS handshake failed"
                                            << "TLS handshake failed";
        QTest::newRow("database's own text") << "FATAL: password authentication failed for user \"postgres\""
                                             << "FATAL: password authentication failed for user \"postgres\""
                                             << "FATAL: password authentication failed for user \"postgres\"";
        QTest::newRow("old row, stored translated") << "კავშირი უარყოფილია"
                                                    << "კავშირი უარყოფილია"
                                                    << "კავშირი უარყოფილია";
        QTest::newRow("HTTP status") << "HTTP 503"
                                     << "HTTP 503"
                                     << "HTTP 503";
    }

    void saidInTheLanguageOfTheMoment()
    {
        QFETCH(QString, stored);
        QFETCH(QString, english);
        QFETCH(QString, georgian);
        QCOMPARE(ProbeReason::display(stored), english);
        // Switching the language at run time changes what the same stored reason says.
        GeorgianReasons ka;
        QCoreApplication::installTranslator(&ka);
        QLocale::setDefault(QLocale(QLocale::Georgian, QLocale::Georgia));
        QCOMPARE(ProbeReason::display(stored), georgian);
        QCoreApplication::removeTranslator(&ka);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(ProbeReason::display(stored), english);
    }

    void reportLanguageIsIndependentOfTheInterface()
    {
        // A Georgian report from an English interface: the report's own catalogue and numbers.
        GeorgianReasons ka;
        const QString said = ProbeReason::display(
            QStringLiteral("no answer within 2.5 s"),
            [&](const char *context, const char *source) {
                return ka.translate(context, source, nullptr, -1);
            },
            [](double v) { return QLocale(QLocale::Georgian).toString(v); });
        QCOMPARE(said, QStringLiteral("პასუხი არ მოვიდა 2,5 წამში"));
        QCOMPARE(ProbeReason::display(QStringLiteral("no answer within 2.5 s")),
                 QStringLiteral("no answer within 2.5 s"));
    }
};

QTEST_GUILESS_MAIN(TestUptimeProbeReason)
#include "tst_uptimeprobereason.moc"
