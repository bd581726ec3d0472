// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeprobeinstaller.h"

#include "core/shellquote.h"
#include "services/stackconnection.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace supadesk {

namespace {

Result<QByteArray> resource(const QString &name)
{
    QFile f(QStringLiteral(":/probe/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::UptimeInstallResource,
            UptimeProbeInstaller::tr("The probe file %1 is missing from this build of Supadesk.").arg(name)};
    return f.readAll();
}

QString errorText(const ExecResult &r)
{
    QString text = QString::fromUtf8(r.standardError).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(r.standardOutput).trimmed();
    return text.left(2000);
}

} // namespace

UptimeProbeInstaller::UptimeProbeInstaller(StackConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<UptimeProbeInstallPlan>();
    qRegisterMetaType<UptimeProbeStepOutcome>();
    qRegisterMetaType<UptimeProbeInstallReport>();
}

UptimeProbeInstaller::~UptimeProbeInstaller() = default;

Result<UptimeProbeTemplates> UptimeProbeInstaller::shippedTemplates()
{
    UptimeProbeTemplates t;
    const std::pair<const char *, QByteArray *> files[] = {{"supadesk-uptime-probe.sh", &t.script},
                                                           {"supadesk-uptime-probe.service", &t.service},
                                                           {"supadesk-uptime-probe.timer", &t.timer},
                                                           {"supadesk-uptime-probe.cron", &t.cron}};
    for (const auto &[name, target] : files) {
        Result<QByteArray> content = resource(QString::fromLatin1(name));
        if (!content)
            return content.error();
        *target = std::move(content).value();
    }
    return t;
}

Result<QByteArray> UptimeProbeInstaller::shippedAlerter()
{
    return resource(QStringLiteral("supadesk-alerter.sh"));
}

Status UptimeProbeInstaller::prepareInstall(const UptimeProbeSettings &settings)
{
    return prepare(false, settings, false);
}

Status UptimeProbeInstaller::prepareUninstall()
{
    return prepare(true, {}, false);
}

Status UptimeProbeInstaller::install(const UptimeProbeSettings &settings)
{
    return prepare(false, settings, true);
}

Status UptimeProbeInstaller::uninstall()
{
    return prepare(true, {}, true);
}

Status UptimeProbeInstaller::updateAlerts(const UptimeProbeAlerts &alerts)
{
    UptimeProbeSettings settings;
    settings.alerts = alerts;
    return prepare(false, settings, true, true);
}

Status UptimeProbeInstaller::prepare(bool removal, const UptimeProbeSettings &settings, bool runAfter,
                                     bool alertsOnly)
{
    if (m_busy)
        return Error{ErrorCode::UptimeInstallBusy, tr("The probe is being installed already.")};
    if (!m_connection || m_connection->state() != StackConnection::State::Connected)
        return Error{ErrorCode::SshNotConnected, tr("Connect the stack first.")};
    m_busy = true;
    m_cancelled = false;
    m_removal = removal;
    m_alertsOnly = alertsOnly;
    m_settings = settings;
    m_plan = {};
    m_report = {};
    m_report.removal = removal;
    const quint64 generation = ++m_generation;
    m_connection->exec(QStringLiteral("sh -c ") + shellQuote(UptimeProbeHost::command()), this,
                       [this, generation, runAfter](Result<ExecResult> result) {
                           if (generation != m_generation)
                               return;
                           if (!result)
                               return finish(result.error());
                           const Result<UptimeProbeHost> host =
                               UptimeProbeHost::parse(result.value().standardOutput);
                           if (!host)
                               return finish(host.error());
                           m_host = host.value();
                           if (m_scheduler != Scheduler::Automatic)
                               m_host.systemd = m_scheduler == Scheduler::Systemd;
                           if (!m_host.canInstall())
                               return finish(sudoError());
                           if (!m_removal && !m_alertsOnly) {
                               if (const Status tools = m_host.toolsPresent(); !tools)
                                   return finish(tools.error());
                           }
                           planned(runAfter);
                       });
    return success();
}

Error UptimeProbeInstaller::sudoError() const
{
    return Error{
        ErrorCode::UptimeInstallSudo,
        tr("Supadesk logs in to this server as “%1”, which is not root, and sudo asks that user for a "
           "password. Allow “%1” to run sudo without a password (a NOPASSWD line in /etc/sudoers.d), "
           "or log in as root, then try again. Nothing was changed on the server.")
            .arg(m_host.user)};
}

void UptimeProbeInstaller::planned(bool runAfter)
{
    if (m_removal) {
        m_plan = UptimeProbeInstallPlan::uninstall(m_host, m_layout);
    } else if (m_alertsOnly) {
        m_plan = UptimeProbeInstallPlan::alertSettings(*m_settings.alerts, m_host, m_layout);
    } else {
        const Result<UptimeProbeTemplates> templates = shippedTemplates();
        if (!templates)
            return finish(templates.error());
        if (m_settings.alerts && m_settings.alerts->script.isEmpty()) {
            const Result<QByteArray> alerter = shippedAlerter();
            if (!alerter)
                return finish(alerter.error());
            m_settings.alerts->script = alerter.value();
        }
        m_plan = UptimeProbeInstallPlan::install(m_settings, m_host, templates.value(), m_layout);
    }
    m_report.logDirectory = m_plan.logDirectory;
    m_report.systemd = m_plan.systemd;
    if (runAfter) {
        m_busy = false;
        emit prepared(m_plan);
        if (const Status started = run(); !started)
            finish(started.error());
        return;
    }
    m_busy = false;
    emit prepared(m_plan);
}

Status UptimeProbeInstaller::run()
{
    if (m_busy)
        return Error{ErrorCode::UptimeInstallBusy, tr("The probe is being installed already.")};
    if (m_plan.steps.isEmpty())
        return Error{ErrorCode::UptimeInstallUnprepared, tr("There is nothing to install yet.")};
    if (!m_connection || m_connection->state() != StackConnection::State::Connected)
        return Error{ErrorCode::SshNotConnected, tr("Connect the stack first.")};
    m_busy = true;
    m_cancelled = false;
    m_next = 0;
    m_report.steps.clear();
    m_stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    const bool uploads =
        std::any_of(m_plan.steps.cbegin(), m_plan.steps.cend(),
                    [](const UptimeProbeStep &s) { return s.kind == UptimeProbeStep::Kind::InstallFile; });
    if (uploads)
        stage();
    else
        nextStep();
    return success();
}

void UptimeProbeInstaller::stage()
{
    // A private directory of the login user: the files are uploaded there (SFTP writes as that
    // user), and root copies them into place.
    const quint64 generation = m_generation;
    m_connection->exec(QStringLiteral("mktemp -d \"${TMPDIR:-/tmp}/supadesk-probe.XXXXXX\""), this,
                       [this, generation](Result<ExecResult> result) {
                           if (generation != m_generation)
                               return;
                           if (!result)
                               return finish(result.error());
                           const QString dir = QString::fromUtf8(result.value().standardOutput).trimmed();
                           if (result.value().exitStatus != 0 || !dir.startsWith(QLatin1Char('/')))
                               return finish(Error{ErrorCode::UptimeInstallStep,
                                                   tr("No scratch directory could be made on the server: %1")
                                                       .arg(errorText(result.value()))});
                           m_staging = dir;
                           nextStep();
                       });
}

void UptimeProbeInstaller::nextStep()
{
    if (!m_connection)
        return finish(Error{ErrorCode::SshNotConnected, tr("The connection to the stack was closed.")});
    if (m_next >= m_plan.steps.size())
        return finish(std::nullopt);
    if (m_cancelled)
        return finish(
            Error{ErrorCode::UptimeInstallCancelled, tr("Stopped before “%1”; the steps before it were done.")
                                                         .arg(m_plan.steps.at(m_next).description)});
    const UptimeProbeStep &step = m_plan.steps.at(m_next);
    emit stepStarted(m_next, int(m_plan.steps.size()), step.description);
    const quint64 generation = m_generation;
    const QString description = step.description;
    if (step.kind == UptimeProbeStep::Kind::Run) {
        m_connection->exec(step.command, this, [this, generation, description](Result<ExecResult> result) {
            if (generation == m_generation)
                stepDone(description, result);
        });
        return;
    }
    const QString staged = m_staging + QLatin1Char('/') + QFileInfo(step.path).fileName();
    const QString command = m_plan.installFileCommand(staged, step, m_stamp);
    m_connection->writeFile(
        staged, step.content, this, [this, generation, description, command](Result<QString> written) {
            if (generation != m_generation)
                return;
            if (!written)
                return stepDone(description, written.error());
            m_connection->exec(command, this, [this, generation, description](Result<ExecResult> result) {
                if (generation == m_generation)
                    stepDone(description, result);
            });
        });
}

void UptimeProbeInstaller::stepDone(const QString &description, const Result<ExecResult> &result)
{
    UptimeProbeStepOutcome outcome;
    outcome.description = description;
    std::optional<Error> error;
    if (!result) {
        outcome.detail = result.error().message;
        error = result.error();
    } else if (result.value().exitStatus != 0) {
        outcome.detail = errorText(result.value());
        if (m_plan.sudo && outcome.detail.contains(QLatin1String("password is required")))
            error = sudoError();
        else
            error =
                Error{ErrorCode::UptimeInstallStep, tr("“%1” failed: %2").arg(description, outcome.detail)};
    } else {
        outcome.ok = true;
        for (const QByteArray &line : result.value().standardOutput.split('\n'))
            if (line.startsWith("backup: "))
                outcome.backupPath = QString::fromUtf8(line.mid(8)).trimmed();
    }
    m_report.steps.append(outcome);
    emit stepFinished(m_next, outcome);
    if (error)
        return finish(error);
    ++m_next;
    nextStep();
}

void UptimeProbeInstaller::cancel()
{
    m_cancelled = true;
}

void UptimeProbeInstaller::cleanUp()
{
    if (m_staging.isEmpty() || !m_connection)
        return;
    // Fire and forget: a left-over scratch directory in /tmp harms nothing.
    m_connection->exec(QStringLiteral("rm -rf ") + shellQuote(m_staging), this, [](Result<ExecResult>) {});
    m_staging.clear();
}

void UptimeProbeInstaller::finish(const std::optional<Error> &error)
{
    cleanUp();
    m_busy = false;
    m_report.ok = !error.has_value();
    if (error)
        m_report.error = *error;
    emit finished(m_report);
}

} // namespace supadesk
