// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "core/setup/supabasesecrets.h"
#include "core/tls/studioproxyauth.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <memory>
#include <qt6keychain/keychain.h>

namespace supadesk {

namespace {

Error keychainError(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::EntryNotFound)
        return Error{ErrorCode::SecretMissing,
                     QCoreApplication::translate("SecretStore", "The keychain holds no such secret.")};
    if (job->error() == QKeychain::NoBackendAvailable)
        return Error{ErrorCode::SecretNoBackend,
                     QCoreApplication::translate("SecretStore",
                                                 "No OS keychain is available. Start a Secret Service "
                                                 "provider such as GNOME Keyring or KWallet.")};
    return Error{ErrorCode::SecretFailed,
                 QCoreApplication::translate("SecretStore", "The keychain refused the request: %1")
                     .arg(job->errorString())};
}

template <typename T, typename Call> T waitFor(Call call)
{
    QEventLoop loop;
    std::unique_ptr<T> result;
    call([&](T r) {
        result = std::make_unique<T>(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

QString SecretStore::envSecretName(const QString &envKey)
{
    return QStringLiteral("env.") + envKey;
}

QStringList SecretStore::knownNames()
{
    QStringList names{SshPassword,         KeyPassphrase,  DatabasePassword,
                      ReplicationPassword, PostgresSslPin, StudioProxyAuth::secretName()};
    for (const QString &key : SupabaseSecrets::secretKeys())
        names << envSecretName(key);
    return names;
}

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QString SecretStore::keyFor(const QString &stackId, const QString &name)
{
    return QStringLiteral("stack/%1/%2").arg(stackId, name);
}

// Jobs have no parent: a job the keychain has not answered yet finishes and deletes itself (autoDelete)
// even when the store is gone by then (libsecret calls back into the job it was given), and the
// store's own callbacks are dropped with the store (the connection's context is the store).
void SecretStore::write(const QString &stackId, const QString &name, const QString &value,
                        std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(stackId, name));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? success() : Status(keychainError(j)));
    });
    job->start();
}

void SecretStore::read(const QString &stackId, const QString &name, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(stackId, name));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(keychainError(j));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void SecretStore::remove(const QString &stackId, const QString &name, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(stackId, name));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        const bool gone = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(gone ? success() : Status(keychainError(j)));
    });
    job->start();
}

void SecretStore::removeAll(const QString &stackId, std::function<void(Status)> done)
{
    removeEach(stackId, knownNames(), std::nullopt, std::move(done));
}

void SecretStore::removeAll(const QString &stackId, const QStringList &moreNames,
                            std::function<void(Status)> done)
{
    removeEach(stackId, knownNames() + moreNames, std::nullopt, std::move(done));
}

void SecretStore::removeEach(const QString &stackId, QStringList names, std::optional<Error> firstError,
                             std::function<void(Status)> done)
{
    // One after another; the first failure is reported, the rest are still removed.
    if (names.isEmpty()) {
        done(firstError ? Status(*firstError) : success());
        return;
    }
    const QString name = names.takeFirst();
    remove(stackId, name, [this, stackId, names, firstError, done = std::move(done)](Status status) mutable {
        if (!status.ok() && !firstError)
            firstError = status.error();
        removeEach(stackId, names, firstError, std::move(done));
    });
}

Status SecretStore::writeNow(const QString &stackId, const QString &name, const QString &value)
{
    return waitFor<Status>([&](auto done) { write(stackId, name, value, done); });
}

Result<QString> SecretStore::readNow(const QString &stackId, const QString &name)
{
    return waitFor<Result<QString>>([&](auto done) { read(stackId, name, done); });
}

Status SecretStore::removeAllNow(const QString &stackId, const QStringList &moreNames)
{
    return waitFor<Status>([&](auto done) { removeAll(stackId, moreNames, done); });
}

} // namespace supadesk
