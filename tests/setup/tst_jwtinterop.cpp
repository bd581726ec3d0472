// SPDX-License-Identifier: GPL-3.0-or-later
// The API keys Supadesk generates are accepted by an independent JWT implementation (Debian's
// python3-jwt, the PyJWT library), and a key checked against another secret is refused; tokens PyJWT
// signs verify here too.
#include "core/setup/jwt.h"
#include "core/setup/supabasesecrets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace supadesk;

class TestJwtInterop : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    // Debian's interpreter: python3-jwt is installed for it, not for whatever python3 is first on PATH.
    static Run python(const QString &script, const QHash<QString, QString> &env)
    {
        QProcess p;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            environment.insert(it.key(), it.value());
        p.setProcessEnvironment(environment);
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
        p.waitForFinished(30000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }

    static const QString &decodeScript()
    {
        static const QString script = QStringLiteral(
            "import json, os, jwt\n"
            "claims = jwt.decode(os.environ['TOKEN'], os.environ['SECRET'], algorithms=['HS256'],\n"
            "                    options={'require': ['exp', 'iat', 'iss', 'role']}, issuer='supabase')\n"
            "print(json.dumps(claims))\n");
        return script;
    }

private slots:
    void initTestCase()
    {
        const Run r = python(QStringLiteral("import jwt; print(jwt.__version__)"), {});
        QVERIFY2(r.code == 0, "python3-jwt is missing: apt-get install python3-jwt");
    }

    void generatedKeysVerifyWithPyJwt_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("role");
        QTest::newRow("anon") << "ANON_KEY"
                              << "anon";
        QTest::newRow("service_role") << "SERVICE_ROLE_KEY"
                                      << "service_role";
    }

    void generatedKeysVerifyWithPyJwt()
    {
        QFETCH(QString, key);
        QFETCH(QString, role);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QHash<QString, QString> secrets;
        for (const EnvAssignment &a : SupabaseSecrets::generate(now))
            secrets.insert(a.key, a.value);
        const Run r =
            python(decodeScript(), {{QStringLiteral("TOKEN"), secrets.value(key)},
                                    {QStringLiteral("SECRET"), secrets.value(QStringLiteral("JWT_SECRET"))}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject claims = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), role);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("supabase"));
        QCOMPARE(claims.value(QStringLiteral("iat")).toInteger(), now.toSecsSinceEpoch());
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), now.addYears(5).toSecsSinceEpoch());
    }

    void wrongSecretIsRejectedByPyJwt()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString secret = SupabaseSecrets::generateOne(QStringLiteral("JWT_SECRET"), {}, now);
        const QString other = SupabaseSecrets::generateOne(QStringLiteral("JWT_SECRET"), {}, now);
        const QString token = SupabaseSecrets::apiKey(QStringLiteral("anon"), secret, now);
        const Run r =
            python(decodeScript(), {{QStringLiteral("TOKEN"), token}, {QStringLiteral("SECRET"), other}});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("InvalidSignatureError")), qPrintable(r.err));
    }

    void pyJwtTokensVerifyHere()
    {
        const QString secret =
            SupabaseSecrets::generateOne(QStringLiteral("JWT_SECRET"), {}, QDateTime::currentDateTimeUtc());
        const Run r =
            python(QStringLiteral("import os, jwt\n"
                                  "print(jwt.encode({'role': 'anon', 'iss': 'supabase', 'iat': 1, "
                                  "'exp': 2000000000}, os.environ['SECRET'], algorithm='HS256'))\n"),
                   {{QStringLiteral("SECRET"), secret}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Result<Jwt> jwt = Jwt::parse(r.out);
        QVERIFY(jwt.ok());
        QVERIFY(jwt.value().verifyHs256(secret.toUtf8()));
        QVERIFY(!jwt.value().verifyHs256(secret.toUtf8() + "x"));
        QCOMPARE(jwt.value().role(), QStringLiteral("anon"));
        QCOMPARE(jwt.value().expiresAt().toSecsSinceEpoch(), 2000000000);
    }
};

QTEST_GUILESS_MAIN(TestJwtInterop)
#include "tst_jwtinterop.moc"
