// SPDX-License-Identifier: GPL-3.0-or-later
// The .env that EnvFile writes means the same to Docker Compose: each value, resolved by Debian's
// docker-compose into a service's environment, comes back exactly as it was set.
#include "core/setup/envfile.h"
#include "core/setup/supabasesecrets.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestEnvCompose : public QObject
{
    Q_OBJECT

private slots:
    void composeReadsBackWhatWasWritten()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/bin/docker-compose")),
                 "docker-compose is missing: apt-get install docker-compose");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile example(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        EnvFile env = EnvFile::parse(QString::fromUtf8(example.readAll()));
        QHash<QString, QString> expected;
        for (const EnvAssignment &a : SupabaseSecrets::generate(QDateTime::currentDateTimeUtc()))
            expected.insert(a.key, a.value);
        expected.insert(QStringLiteral("T_SPACE"), QStringLiteral("Default Organization"));
        expected.insert(QStringLiteral("T_HASH"), QStringLiteral("a #b"));
        expected.insert(QStringLiteral("T_DOUBLE"), QStringLiteral("say \"hi\""));
        expected.insert(QStringLiteral("T_SINGLE"), QStringLiteral("it's \"both\""));
        expected.insert(QStringLiteral("T_BACKSLASH"), QStringLiteral("C:\\dir"));
        expected.insert(QStringLiteral("T_EMPTY"), QString());
        expected.insert(QStringLiteral("SITE_URL"), QStringLiteral("https://app.example.com"));
        QString compose = QStringLiteral("services:\n  probe:\n    image: busybox\n    environment:\n");
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            env.set(it.key(), it.value());
            compose += QStringLiteral("      %1: ${%1}\n").arg(it.key());
        }
        QFile envFile(dir.filePath(QStringLiteral(".env")));
        QVERIFY(envFile.open(QIODevice::WriteOnly));
        envFile.write(env.toString().toUtf8());
        envFile.close();
        QFile composeFile(dir.filePath(QStringLiteral("docker-compose.yml")));
        QVERIFY(composeFile.open(QIODevice::WriteOnly));
        composeFile.write(compose.toUtf8());
        composeFile.close();

        QProcess config;
        config.setWorkingDirectory(dir.path());
        config.setStandardOutputFile(dir.filePath(QStringLiteral("resolved.yml")));
        config.start(QStringLiteral("docker-compose"), {QStringLiteral("config")});
        QVERIFY(config.waitForFinished(60000));
        QVERIFY2(config.exitCode() == 0, config.readAllStandardError().constData());
        QProcess toJson;
        toJson.setWorkingDirectory(dir.path());
        toJson.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import json, yaml; c = yaml.safe_load(open('resolved.yml')); "
                                     "print(json.dumps(c['services']['probe']['environment']))")});
        QVERIFY(toJson.waitForFinished(30000));
        QVERIFY2(toJson.exitCode() == 0, toJson.readAllStandardError().constData());
        const QJsonObject resolved = QJsonDocument::fromJson(toJson.readAllStandardOutput()).object();
        QCOMPARE(resolved.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(it.key() + QLatin1Char('=') + resolved.value(it.key()).toString(),
                     it.key() + QLatin1Char('=') + it.value());
    }
};

QTEST_GUILESS_MAIN(TestEnvCompose)
#include "tst_envcompose.moc"
