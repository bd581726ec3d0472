// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a server's .env in place: what changes is exactly the keys we set; everything a person wrote
// (comments, order, blank lines, keys we do not know) stays, and broken lines are reported by number.
#include "core/setup/envfile.h"
#include "core/setup/supabasesecrets.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

class TestSetupEnvFile : public QObject
{
    Q_OBJECT

    static QString exampleText()
    {
        QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read env.example");
        return QString::fromUtf8(file.readAll());
    }

private slots:
    void roundTripsEnvExampleByteForByte()
    {
        const QString text = exampleText();
        const EnvFile env = EnvFile::parse(text);
        QCOMPARE(env.toString(), text);
        QVERIFY(env.findings().isEmpty());
        QCOMPARE(env.value(QStringLiteral("POSTGRES_PORT")), QStringLiteral("5432"));
        QCOMPARE(env.value(QStringLiteral("STUDIO_DEFAULT_ORGANIZATION")),
                 QStringLiteral("Default Organization"));
        QCOMPARE(env.value(QStringLiteral("MAILER_URLPATHS_INVITE")), QStringLiteral("/auth/v1/verify"));
        QCOMPARE(env.value(QStringLiteral("ADDITIONAL_REDIRECT_URLS")), QString());
        QVERIFY(env.contains(QStringLiteral("ADDITIONAL_REDIRECT_URLS")));
        // Commented-out providers are comments, not keys.
        QVERIFY(!env.contains(QStringLiteral("GOOGLE_ENABLED")));
    }

    void replacingSecretsChangesOnlyThoseLines()
    {
        const QString text = exampleText();
        EnvFile env = EnvFile::parse(text);
        const EnvAssignments secrets = SupabaseSecrets::generate(QDateTime::currentDateTimeUtc());
        env.set(secrets);
        const QString edited = env.toString();
        const QStringList before = text.split(QLatin1Char('\n'));
        const QStringList after = edited.split(QLatin1Char('\n'));
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (int i = 0; i < before.size(); ++i) {
            if (before.at(i) == after.at(i))
                continue;
            ++changed;
            const QString key = before.at(i).section(QLatin1Char('='), 0, 0);
            QVERIFY2(SupabaseSecrets::secretKeys().contains(key), qPrintable(before.at(i)));
            QVERIFY(after.at(i).startsWith(key + QLatin1Char('=')));
        }
        QCOMPARE(changed, SupabaseSecrets::secretKeys().size());
        const EnvFile reparsed = EnvFile::parse(edited);
        for (const EnvAssignment &a : secrets)
            QCOMPARE(reparsed.value(a.key), a.value);
        QCOMPARE(reparsed.keys(), env.keys());
    }

    void unknownKeysAreAppendedAndKeptInOrder()
    {
        EnvFile env = EnvFile::parse(QStringLiteral("# mine\nB=2\n\nA=1\n"));
        env.set(QStringLiteral("A"), QStringLiteral("one"));
        env.set(QStringLiteral("C"), QStringLiteral("3"));
        QCOMPARE(env.toString(), QStringLiteral("# mine\nB=2\n\nA=one\nC=3\n"));
    }

    void valuesThatNeedQuotingAreQuotedAndReadBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("space") << "Default Organization";
        QTest::newRow("hash") << "a #b";
        QTest::newRow("quotes") << "say \"hi\"";
        QTest::newRow("dollar") << "pa$$word";
        QTest::newRow("backslash") << "a\\b";
        QTest::newRow("base64") << "UpNVntn3cDxHJ/u2oq+x==";
        QTest::newRow("empty") << "";
    }

    void valuesThatNeedQuotingAreQuotedAndReadBack()
    {
        QFETCH(QString, value);
        EnvFile env = EnvFile::parse(QStringLiteral("K=old\n"));
        env.set(QStringLiteral("K"), value);
        QCOMPARE(EnvFile::parse(env.toString()).value(QStringLiteral("K")), value);
        QVERIFY(EnvFile::parse(env.toString()).findings().isEmpty());
    }

    void parsesComposeSyntax_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "K=v"
                               << "v";
        QTest::newRow("export") << "export K=v"
                                << "v";
        QTest::newRow("indented") << "  K=v"
                                  << "v";
        QTest::newRow("double quoted") << "K=\"a b\""
                                       << "a b";
        QTest::newRow("single quoted") << "K='a \"b\"'"
                                       << "a \"b\"";
        QTest::newRow("inline comment") << "K=v # note"
                                        << "v";
        QTest::newRow("hash in value") << "K=a#b"
                                       << "a#b";
        QTest::newRow("equals in value") << "K=a=b"
                                         << "a=b";
    }

    void parsesComposeSyntax()
    {
        QFETCH(QString, line);
        QFETCH(QString, value);
        QCOMPARE(EnvFile::parse(line + QLatin1Char('\n')).value(QStringLiteral("K")), value);
    }

    void editKeepsInlineComments_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("edited");
        QTest::newRow("unquoted") << "K=old # rotate yearly"
                                  << "K=new # rotate yearly";
        QTest::newRow("double quoted") << "K=\"old value\"  # note"
                                       << "K=new  # note";
        QTest::newRow("single quoted") << "K='old' # note"
                                       << "K=new # note";
        QTest::newRow("no comment") << "K=old"
                                    << "K=new";
    }

    void editKeepsInlineComments()
    {
        QFETCH(QString, line);
        QFETCH(QString, edited);
        EnvFile env = EnvFile::parse(line + QLatin1Char('\n'));
        env.set(QStringLiteral("K"), QStringLiteral("new"));
        QCOMPARE(env.toString(), edited + QLatin1Char('\n'));
    }

    void dollarSignsAreWrittenLiterally()
    {
        EnvFile env = EnvFile::parse(QStringLiteral("K=old\n"));
        env.set(QStringLiteral("K"), QStringLiteral("pa$${HOME}word"));
        // Single quotes: Compose does not interpolate ${HOME} inside them.
        QCOMPARE(env.toString(), QStringLiteral("K='pa$${HOME}word'\n"));
    }

    void editKeepsExportPrefixAndCrLf()
    {
        EnvFile env = EnvFile::parse(QStringLiteral("# c\r\nexport K=old\r\nX=1\r\n"));
        env.set(QStringLiteral("K"), QStringLiteral("new"));
        QCOMPARE(env.toString(), QStringLiteral("# c\r\nexport K=new\r\nX=1\r\n"));
    }

    void duplicatesAndMalformedLinesAreReportedWithLineNumbers()
    {
        const EnvFile env = EnvFile::parse(
            QStringLiteral("A=1\nthis is not an assignment\nB=2\nA=3\nC=\"unclosed\n9X=bad\n"));
        const FindingList findings = env.findings();
        QCOMPARE(findings.size(), 4);
        QCOMPARE(findings.at(0).code, QStringLiteral("env.malformed"));
        QCOMPARE(findings.at(0).line, 2);
        QCOMPARE(findings.at(1).code, QStringLiteral("env.duplicate"));
        QCOMPARE(findings.at(1).key, QStringLiteral("A"));
        QCOMPARE(findings.at(1).line, 4);
        QVERIFY(findings.at(1).message.contains(QLatin1String("line 1")));
        QCOMPARE(findings.at(2).line, 5);
        QCOMPARE(findings.at(3).line, 6);
        QCOMPARE(env.value(QStringLiteral("A")), QStringLiteral("3"));
    }

    // The finding goes into logs and the CLI's output: a secret on a broken line must not.
    void aMalformedLineIsNamedNotQuoted()
    {
        const EnvFile env = EnvFile::parse(
            QStringLiteral("POSTGRES_PASSWORD=\"s3cret-one\nexport JWT_SECRET='s3cret-two\ns3cret-three\n"));
        const FindingList findings = env.findings();
        QCOMPARE(findings.size(), 3);
        for (const Finding &f : findings) {
            QCOMPARE(f.code, QStringLiteral("env.malformed"));
            QVERIFY2(!f.message.contains(QLatin1String("s3cret")), qPrintable(f.message));
        }
        QCOMPARE(findings.at(0).key, QStringLiteral("POSTGRES_PASSWORD"));
        QVERIFY(findings.at(0).message.contains(QLatin1String("Line 1 (POSTGRES_PASSWORD)")));
        QCOMPARE(findings.at(1).key, QStringLiteral("JWT_SECRET"));
        QCOMPARE(findings.at(2).line, 3);
        QVERIFY(findings.at(2).message.contains(QLatin1String("Line 3 ")));
    }

    void settingADuplicateUpdatesEveryCopy()
    {
        EnvFile env = EnvFile::parse(QStringLiteral("A=1\nB=2\nA=3\n"));
        env.set(QStringLiteral("A"), QStringLiteral("new"));
        QCOMPARE(env.toString(), QStringLiteral("A=new\nB=2\nA=new\n"));
    }

    void fileWithoutTrailingNewlineStaysThatWay()
    {
        EnvFile env = EnvFile::parse(QStringLiteral("A=1"));
        env.set(QStringLiteral("A"), QStringLiteral("2"));
        QCOMPARE(env.toString(), QStringLiteral("A=2"));
    }
};

QTEST_GUILESS_MAIN(TestSetupEnvFile)
#include "tst_setupenvfile.moc"
