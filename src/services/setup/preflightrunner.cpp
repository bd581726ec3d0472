// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightrunner.h"

#include "core/setup/hostfactsparser.h"
#include "core/setup/preflightevaluator.h"
#include "core/shellquote.h"
#include "services/audit/auditcontextreader.h"
#include "services/stackconnection.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace supadesk {

// The batch runs under sh whatever the SSH user's login shell is.
QString PreflightRunner::batchCommand(const QString &installDir)
{
    return QStringLiteral("sh -c ") + shellQuote(HostFactsParser::command(installDir));
}

Result<HostFacts> PreflightRunner::factsFrom(const Result<ExecResult> &result)
{
    if (!result.ok())
        return result.error();
    if (result.value().exitStatus != 0)
        return Error{
            ErrorCode::PreflightBatch,
            QCoreApplication::translate("supadesk::PreflightRunner",
                                        "The server could not run the preflight commands (exit status "
                                        "%1): %2")
                .arg(result.value().exitStatus)
                .arg(QString::fromUtf8(result.value().standardError).trimmed())};
    return HostFactsParser::parse(result.value().standardOutput);
}

PreflightRunner::PreflightRunner(StackConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{}

void PreflightRunner::run(const QString &installDir)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    if (!m_connection) {
        m_running = false;
        emit failed(ErrorCatalogue::code(ErrorCode::SshNotConnected), tr("The stack is not connected."));
        return;
    }
    m_connection->exec(batchCommand(installDir), this,
                       [this, generation, installDir](Result<ExecResult> result) {
                           if (generation != m_generation)
                               return; // abandoned by cancel() or a newer run()
                           const Result<HostFacts> facts = factsFrom(result);
                           if (!facts.ok()) {
                               m_running = false;
                               emit failed(facts.error().code, facts.error().message);
                               return;
                           }
                           m_facts = facts.value();
                           m_findings = PreflightEvaluator::evaluate(m_facts);
                           readLayout(generation, installDir);
                       });
}

// The .env first: it names the compose files (COMPOSE_FILE) and holds the port variables.
void PreflightRunner::readLayout(quint64 generation, const QString &installDir)
{
    const QString envPath = installDir + QStringLiteral("/.env");
    auto done = [this, generation](const StackLayout &layout, const QString &error) {
        if (generation != m_generation)
            return;
        m_layout = layout;
        m_layoutError = error;
        m_running = false;
        emit finished();
    };
    if (!m_connection)
        return done(StackLayout(), tr("The stack is not connected."));
    m_connection->exec(AuditContextReader::envCommand(envPath), this,
                       [this, generation, installDir, envPath, done](Result<ExecResult> envResult) {
                           if (generation != m_generation)
                               return;
                           const AuditContextReader::EnvRead env =
                               AuditContextReader::envFrom(envResult, installDir, envPath);
                           if (!m_connection)
                               return done(StackLayout(), tr("The stack is not connected."));
                           m_connection->exec(
                               StackLayoutReader::readCommand(installDir), this,
                               [installDir, env, done](Result<ExecResult> result) {
                                   const AuditContextReader::LayoutRead read =
                                       AuditContextReader::layoutFrom(result, installDir, env.values);
                                   done(read.layout, read.error.isEmpty() ? env.error : read.error);
                               });
                       });
}

void PreflightRunner::cancel()
{
    ++m_generation;
    m_running = false;
}

Result<HostFacts> PreflightRunner::readHost(StackConnection *connection, const QString &installDir)
{
    if (!connection)
        return Error{ErrorCode::SshNotConnected, tr("The stack is not connected.")};
    QEventLoop loop;
    std::optional<Result<HostFacts>> answer;
    connection->exec(batchCommand(installDir), &loop, [&](Result<ExecResult> result) {
        answer = factsFrom(result);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

} // namespace supadesk
