// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets for a new stack: every key Supabase's .env needs, strong enough, API keys that the services
// accept, and the example values and demo keys a server must not keep.
#include "core/locale/displayformat.h"
#include "core/setup/envfile.h"
#include "core/setup/jwt.h"
#include "core/setup/secretaudit.h"
#include "core/setup/secretgenerator.h"
#include "core/setup/supabasesecrets.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace supadesk;

class TestSetupSecrets : public QObject
{
    Q_OBJECT

    static EnvFile exampleEnv()
    {
        QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read env.example");
        return EnvFile::parse(QString::fromUtf8(file.readAll()));
    }

    static QHash<QString, QString> toHash(const EnvAssignments &assignments)
    {
        QHash<QString, QString> out;
        for (const EnvAssignment &a : assignments)
            out.insert(a.key, a.value);
        return out;
    }

    static QStringList codes(const FindingList &findings, const QString &key = {})
    {
        QStringList out;
        for (const Finding &f : findings)
            if (key.isEmpty() || f.key == key)
                out.append(f.code);
        return out;
    }

    static QDateTime at(int year, int month, int day)
    {
        return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC);
    }

private slots:
    void alphanumericUsesTheWholeAlphabetEvenly()
    {
        const SecretGenerator random;
        const QString sample = random.alphanumeric(62 * 400);
        QCOMPARE(sample.size(), 62 * 400);
        QHash<QChar, int> counts;
        for (const QChar c : sample) {
            QVERIFY2(c.isLetterOrNumber() && c.unicode() < 128, qPrintable(QString(c)));
            ++counts[c];
        }
        QCOMPARE(counts.size(), 62);
        // 400 expected per character; a biased or broken source lands far outside these bounds.
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QVERIFY2(it.value() > 250 && it.value() < 550,
                     qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value())));
    }

    void secretsAreFreshEachTime()
    {
        const SecretGenerator random;
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(random.base64(30));
        QCOMPARE(seen.size(), 100);
    }

    void generatedSetCoversEverySecretOfEnvExample()
    {
        const EnvFile example = exampleEnv();
        const QHash<QString, QString> generated =
            toHash(SupabaseSecrets::generate(QDateTime::currentDateTimeUtc()));
        for (const QString &key : SupabaseSecrets::secretKeys()) {
            QVERIFY2(example.contains(key), qPrintable(key));
            QVERIFY2(!generated.value(key).isEmpty(), qPrintable(key));
            QVERIFY2(generated.value(key) != example.value(key), qPrintable(key));
            QVERIFY2(!SecretAudit::isExampleValue(key, generated.value(key)), qPrintable(key));
        }
    }

    void generatedSecretsHaveTheShapeServicesNeed()
    {
        const QHash<QString, QString> s = toHash(SupabaseSecrets::generate(QDateTime::currentDateTimeUtc()));
        QVERIFY(s.value(QStringLiteral("JWT_SECRET")).size() >= 32);
        QCOMPARE(s.value(QStringLiteral("VAULT_ENC_KEY")).size(), 32);
        QVERIFY(s.value(QStringLiteral("PG_META_CRYPTO_KEY")).size() >= 32);
        QVERIFY(s.value(QStringLiteral("SECRET_KEY_BASE")).size() >= 64);
        // Passwords travel inside postgres:// URLs in the compose file: no character that needs escaping.
        static const QRegularExpression alnum(QStringLiteral("^[A-Za-z0-9]{32}$"));
        QVERIFY(alnum.match(s.value(QStringLiteral("POSTGRES_PASSWORD"))).hasMatch());
        QVERIFY(alnum.match(s.value(QStringLiteral("DASHBOARD_PASSWORD"))).hasMatch());
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        QCOMPARE(s.value(QStringLiteral("S3_PROTOCOL_ACCESS_KEY_ID")).size(), 32);
        QCOMPARE(s.value(QStringLiteral("S3_PROTOCOL_ACCESS_KEY_SECRET")).size(), 64);
        QVERIFY(hex.match(s.value(QStringLiteral("S3_PROTOCOL_ACCESS_KEY_SECRET"))).hasMatch());
    }

    void generatedSetPassesItsOwnAudit()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const FindingList findings = SecretAudit::audit(toHash(SupabaseSecrets::generate(now)), now);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
    }

    void apiKeysCarrySupabaseClaims_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("role");
        QTest::newRow("anon") << "ANON_KEY"
                              << "anon";
        QTest::newRow("service_role") << "SERVICE_ROLE_KEY"
                                      << "service_role";
    }

    void apiKeysCarrySupabaseClaims()
    {
        QFETCH(QString, key);
        QFETCH(QString, role);
        const QDateTime now = at(2026, 11, 25);
        const QHash<QString, QString> s = toHash(SupabaseSecrets::generate(now));
        const QString token = s.value(key);
        QVERIFY(!token.contains(QLatin1Char('=')));
        const Result<Jwt> jwt = Jwt::parse(token);
        QVERIFY(jwt.ok());
        QCOMPARE(jwt.value().header().value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(jwt.value().role(), role);
        QCOMPARE(jwt.value().issuer(), QStringLiteral("supabase"));
        QCOMPARE(jwt.value().claims().value(QStringLiteral("iat")).toInteger(), now.toSecsSinceEpoch());
        QCOMPARE(jwt.value().expiresAt(), now.addYears(5));
        QVERIFY(jwt.value().verifyHs256(s.value(QStringLiteral("JWT_SECRET")).toUtf8()));
        QVERIFY(!jwt.value().verifyHs256("another-secret-that-is-at-least-32-characters"));
    }

    // Supabase's demo keys were signed by another implementation with the example JWT_SECRET: our
    // verification must agree with it, and must refuse a token whose payload was altered.
    void verifiesSupabaseDemoKeysAndRejectsTampering()
    {
        const EnvFile example = exampleEnv();
        const QByteArray secret = example.value(QStringLiteral("JWT_SECRET")).toUtf8();
        const QString anon = example.value(QStringLiteral("ANON_KEY"));
        const Result<Jwt> jwt = Jwt::parse(anon);
        QVERIFY(jwt.ok());
        QVERIFY(jwt.value().verifyHs256(secret));
        QCOMPARE(jwt.value().role(), QStringLiteral("anon"));
        QCOMPARE(jwt.value().issuer(), QStringLiteral("supabase-demo"));
        QCOMPARE(jwt.value().expiresAt().date(), SecretAudit::demoKeyExpiry());

        QStringList parts = anon.split(QLatin1Char('.'));
        QJsonObject claims = jwt.value().claims();
        claims.insert(QStringLiteral("role"), QStringLiteral("service_role"));
        parts[1] = QString::fromLatin1(
            QJsonDocument(claims)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const Result<Jwt> forged = Jwt::parse(parts.join(QLatin1Char('.')));
        QVERIFY(forged.ok());
        QVERIFY(!forged.value().verifyHs256(secret));
    }

    void malformedTokensAreErrors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << "";
        QTest::newRow("two parts") << "eyJhbGciOiJIUzI1NiJ9.e30";
        QTest::newRow("not base64") << "!!!.###.$$$";
        QTest::newRow("not json") << "bm90IGpzb24.bm90IGpzb24.c2ln";
    }

    void malformedTokensAreErrors()
    {
        QFETCH(QString, token);
        const Result<Jwt> jwt = Jwt::parse(token);
        QVERIFY(!jwt.ok());
        QCOMPARE(jwt.error().code, QStringLiteral("jwt.malformed"));
    }

    void auditFlagsEveryExampleSecretOfEnvExample()
    {
        const EnvFile example = exampleEnv();
        const FindingList findings = SecretAudit::audit(example.values(), at(2026, 11, 25), example.lines());
        for (const QString &key : SupabaseSecrets::secretKeys()) {
            QVERIFY2(codes(findings, key).contains(QStringLiteral("secret.example")), qPrintable(key));
        }
        for (const Finding &f : findings) {
            QCOMPARE(f.line, example.lineOf(f.key));
            QVERIFY(f.line > 0);
        }
        QVERIFY(codes(findings, QStringLiteral("ANON_KEY")).contains(QStringLiteral("secret.apikey.demo")));
        QVERIFY(codes(findings, QStringLiteral("SERVICE_ROLE_KEY"))
                    .contains(QStringLiteral("secret.apikey.demo")));
        // Still valid in November 2026; a warning once the expiry is near, an error after it.
        QVERIFY(!codes(findings).contains(QStringLiteral("secret.apikey.expired")));
        QVERIFY(!codes(findings).contains(QStringLiteral("secret.apikey.mismatch")));
        bool mentionsDate = false;
        for (const Finding &f : findings)
            mentionsDate |= f.code == QLatin1String("secret.apikey.demo") &&
                            f.message.contains(DisplayFormat().date(QDate(2027, 1, 9)));
        QVERIFY(mentionsDate);
    }

    void demoKeyExpiry_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("code");
        QTest::newRow("well before") << at(2026, 6, 1) << "";
        QTest::newRow("within 90 days: the demo finding names the date")
            << at(2026, 11, 25) << "secret.apikey.demo";
        QTest::newRow("after") << at(2027, 1, 10) << "secret.apikey.expired";
    }

    void demoKeyExpiry()
    {
        QFETCH(QDateTime, now);
        QFETCH(QString, code);
        const EnvFile example = exampleEnv();
        const QStringList found =
            codes(SecretAudit::audit(example.values(), now), QStringLiteral("ANON_KEY"));
        QVERIFY(!found.contains(code == QLatin1String("secret.apikey.expired")
                                    ? QStringLiteral("secret.apikey.expiring")
                                    : QStringLiteral("secret.apikey.expired")));
        if (!code.isEmpty())
            QVERIFY2(found.contains(code), qPrintable(found.join(QLatin1Char(','))));
        else
            QVERIFY(!found.contains(QStringLiteral("secret.apikey.expiring")));
    }

    void ownKeysWarnBeforeTheyExpire()
    {
        // Keys issued five years before: they expire within the warning window, then fail.
        const QDateTime issued = at(2021, 12, 20);
        const QHash<QString, QString> s = toHash(SupabaseSecrets::generate(issued));
        QVERIFY(codes(SecretAudit::audit(s, at(2026, 6, 1))).isEmpty());
        QCOMPARE(codes(SecretAudit::audit(s, at(2026, 11, 25))),
                 QStringList(
                     {QStringLiteral("secret.apikey.expiring"), QStringLiteral("secret.apikey.expiring")}));
        QCOMPARE(
            codes(SecretAudit::audit(s, at(2027, 1, 1))),
            QStringList({QStringLiteral("secret.apikey.expired"), QStringLiteral("secret.apikey.expired")}));
    }

    void replacementsKeepGoodSecretsAndResignKeys()
    {
        const QDateTime now = at(2026, 11, 25);
        QHash<QString, QString> current = toHash(SupabaseSecrets::generate(now));
        QVERIFY(SupabaseSecrets::replacementsFor(current, now).isEmpty());
        QCOMPARE(SupabaseSecrets::replacementsFor(current, now, true).size(),
                 SupabaseSecrets::secretKeys().size());

        // A weak JWT_SECRET: new secret, and both API keys signed with it; nothing else touched.
        current.insert(QStringLiteral("JWT_SECRET"), QStringLiteral("too-short"));
        EnvAssignments r = SupabaseSecrets::replacementsFor(current, now);
        QStringList keys;
        for (const EnvAssignment &a : r)
            keys.append(a.key);
        QCOMPARE(keys, QStringList({"JWT_SECRET", "ANON_KEY", "SERVICE_ROLE_KEY"}));
        QVERIFY(Jwt::parse(r.at(1).value).value().verifyHs256(r.at(0).value.toUtf8()));

        // A missing secret is added; the rest stays.
        current = toHash(SupabaseSecrets::generate(now));
        current.remove(QStringLiteral("VAULT_ENC_KEY"));
        r = SupabaseSecrets::replacementsFor(current, now);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.at(0).key, QStringLiteral("VAULT_ENC_KEY"));
    }

    void auditCatchesKeysFromAnotherSecretAndWrongLengths()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<QString, QString> s = toHash(SupabaseSecrets::generate(now));
        s.insert(QStringLiteral("JWT_SECRET"), QStringLiteral("short-secret"));
        s.insert(QStringLiteral("VAULT_ENC_KEY"), QStringLiteral("0123456789abcdef"));
        s.insert(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("hunter2"));
        s.insert(QStringLiteral("SECRET_KEY_BASE"), QString(63, QLatin1Char('k')));
        const FindingList findings = SecretAudit::audit(s, now);
        QVERIFY(
            codes(findings, QStringLiteral("ANON_KEY")).contains(QStringLiteral("secret.apikey.mismatch")));
        QVERIFY(codes(findings, QStringLiteral("SERVICE_ROLE_KEY"))
                    .contains(QStringLiteral("secret.apikey.mismatch")));
        QVERIFY(codes(findings, QStringLiteral("JWT_SECRET")).contains(QStringLiteral("secret.jwt.short")));
        QVERIFY(
            codes(findings, QStringLiteral("VAULT_ENC_KEY")).contains(QStringLiteral("secret.vault.length")));
    }
};

QTEST_GUILESS_MAIN(TestSetupSecrets)
#include "tst_setupsecrets.moc"
