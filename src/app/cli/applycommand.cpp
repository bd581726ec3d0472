// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli apply: carries out a bundle written by `supadesk-cli plan` on a stack's server over SSH,
// step by step, with the same ApplyPlan and SetupApplier as the Setup workspace: backups before every
// file change, and a rollback of everything already applied when a step fails.
#include "clicontext.h"
#include "core/locale/displayformat.h"
#include "core/setup/applyplanbuilder.h"
#include "services/setup/setupapplier.h"
#include "services/stackconnection.h"
#include "services/stackrepository.h"
#include "sshcliopts.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>

namespace supadesk::cli {

namespace {

// Exit statuses: 0 applied, 1 failed and rolled back (the server is as before), 3 failed and NOT
// fully rolled back, 2 usage, 255 no connection.
constexpr int failedRestored = status(ExitStatus::Failed);
constexpr int failedNotRestored = status(ExitStatus::NotRestored);

Result<Bundle> readBundle(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        return Error{ErrorCode::ApplyBundleMissing,
                     QCoreApplication::translate("Cli", "The bundle folder %1 does not exist.").arg(dir)};
    Bundle bundle;
    const QStringList names{
        QStringLiteral(".env"), QStringLiteral("docker-compose.override.yml"), QStringLiteral("backup.sh"),
        QStringLiteral("crontab.txt"), QStringLiteral("tuning.sql"), QStringLiteral("postgresql.tuning.conf"),
        QStringLiteral("pgbouncer.ini"), QStringLiteral("firewall.sh"), QStringLiteral("README.md"),
        // Point-in-time recovery, when `plan --wal-archive` wrote it.
        QStringLiteral("pitr-setup.sh"), QStringLiteral("pitr-basebackup.sh"),
        QStringLiteral("pitr-crontab.txt")};
    for (const QString &name : names) {
        QFile file(folder.filePath(name));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::ApplyBundleRead, QCoreApplication::translate("Cli", "Cannot read %1: %2")
                                                         .arg(file.fileName(), file.errorString())};
        bundle.files.append({name, file.readAll(), BundleFile::Kind::Text});
    }
    return bundle;
}

int runApply(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("bundle"),
         QCoreApplication::translate("Cli", "The folder `supadesk-cli plan` wrote."), QStringLiteral("DIR")},
        {QStringLiteral("install-dir"),
         QCoreApplication::translate(
             "Cli", "Where Supabase lives on the server (default: the stack's install directory)."),
         QStringLiteral("PATH")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("Cli", "Show every diff and command without changing anything.")},
        {QStringLiteral("skip"),
         QCoreApplication::translate("Cli",
                                     "Leave out a step: env, compose-override, backup, recreate or tuning "
                                     "(repeatable)."),
         QStringLiteral("STEP")},
        {QStringLiteral("psql"),
         QCoreApplication::translate("Cli", "The command that runs SQL from standard input on the server."),
         QStringLiteral("COMMAND")},
        {QStringLiteral("compose"),
         QCoreApplication::translate("Cli",
                                     "The Docker Compose command on the server (default: docker compose)."),
         QStringLiteral("COMMAND")},
        {QStringLiteral("restart-db-if-needed"),
         QCoreApplication::translate("Cli",
                                     "After the tuning, restart the db container when a changed setting "
                                     "needs it, and wait until PostgreSQL accepts connections again.")},
        {QStringLiteral("restart-wait"),
         QCoreApplication::translate("Cli",
                                     "How long to wait for PostgreSQL after a restart (default: 120)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("pgbouncer-ini"),
         QCoreApplication::translate("Cli", "The stack runs PgBouncer: install the bundle's pgbouncer.ini at "
                                            "PATH on the server (the old one is backed up first)."),
         QStringLiteral("PATH")},
        {QStringLiteral("pgbouncer-service"),
         QCoreApplication::translate("Cli",
                                     "The compose service of PgBouncer, restarted so that it reads the "
                                     "new pgbouncer.ini."),
         QStringLiteral("NAME")},
        {QStringLiteral("docker-without-sudo"),
         QCoreApplication::translate("Cli", "The login user may run docker itself (docker group): docker "
                                            "commands do not go through sudo.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (!parser.isSet(QStringLiteral("bundle"))) {
        c.err << QCoreApplication::translate(
                     "Cli",
                     "Usage: supadesk-cli apply --stack NAME --bundle DIR [--dry-run] [--install-dir PATH] "
                     "[--restart-db-if-needed] [--pgbouncer-ini PATH [--pgbouncer-service NAME]]")
              << Qt::endl;
        return 2;
    }

    ApplyTarget target;
    if (parser.isSet(QStringLiteral("install-dir"))) {
        target.installDir = parser.value(QStringLiteral("install-dir"));
    } else if (parser.isSet(QStringLiteral("stack"))) {
        if (const auto stack =
                StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack"))))
            target.installDir = stack->installDir;
    }
    const QStringList skips = parser.values(QStringLiteral("skip"));
    const QStringList known{QStringLiteral("env"), QStringLiteral("compose-override"),
                            QStringLiteral("backup"), QStringLiteral("recreate"), QStringLiteral("tuning")};
    for (const QString &skip : skips) {
        if (!known.contains(skip)) {
            c.err << QCoreApplication::translate("Cli", "Unknown step \"%1\": use %2.")
                         .arg(skip, known.join(QStringLiteral(", ")))
                  << Qt::endl;
            return 2;
        }
    }
    target.editEnv = !skips.contains(QStringLiteral("env"));
    target.writeComposeOverride = !skips.contains(QStringLiteral("compose-override"));
    target.installBackups = !skips.contains(QStringLiteral("backup"));
    target.recreateContainers = !skips.contains(QStringLiteral("recreate"));
    target.applyTuning = !skips.contains(QStringLiteral("tuning"));
    if (parser.isSet(QStringLiteral("psql")))
        target.psqlCommand = parser.value(QStringLiteral("psql"));
    if (parser.isSet(QStringLiteral("compose")))
        target.composeCommand = parser.value(QStringLiteral("compose"));
    target.restartDatabaseIfNeeded = parser.isSet(QStringLiteral("restart-db-if-needed"));
    if (parser.isSet(QStringLiteral("restart-wait"))) {
        bool ok = false;
        target.restartWaitSeconds = parser.value(QStringLiteral("restart-wait")).toInt(&ok);
        if (!ok || target.restartWaitSeconds < 1) {
            c.err << QCoreApplication::translate("Cli",
                                                 "--restart-wait needs a number of seconds (1 or more).")
                  << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("pgbouncer-ini"))) {
        target.pooler = PoolerKind::PgBouncer;
        target.pgbouncerIniPath = parser.value(QStringLiteral("pgbouncer-ini"));
        target.pgbouncerService = parser.value(QStringLiteral("pgbouncer-service"));
    } else if (parser.isSet(QStringLiteral("pgbouncer-service"))) {
        c.err << QCoreApplication::translate("Cli", "--pgbouncer-service needs --pgbouncer-ini.") << Qt::endl;
        return 2;
    }
    target.dockerNeedsRoot = !parser.isSet(QStringLiteral("docker-without-sudo"));

    const Result<Bundle> bundle = readBundle(parser.value(QStringLiteral("bundle")));
    if (!bundle.ok())
        return fail(c, bundle.error());
    const Result<ApplyPlan> plan = ApplyPlanBuilder::fromBundle(bundle.value(), target);
    if (!plan.ok())
        return fail(c, plan.error());
    if (plan.value().isEmpty()) {
        c.out << QCoreApplication::translate("Cli", "Nothing to apply: every step was skipped.") << Qt::endl;
        return 0;
    }

    auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return fail(c, settings.error());
    settings.value().forwards.clear(); // apply needs the session only, no local ports
    StackConnection connection(settings.value());
    if (Status connected = connectAndWait(connection); !connected.ok()) {
        c.err << connected.error().message << Qt::endl;
        if (connected.error().id == ErrorCode::SshHostKeyUnknown)
            c.err << QCoreApplication::translate("Cli",
                                                 "Run again with --accept-new-host-key to trust this key.")
                  << Qt::endl;
        return status(ExitStatus::NoConnection); // whatever the code
    }

    SetupApplier applier(&connection);
    QObject::connect(&applier, &SetupApplier::logLine,
                     [&](const QString &line) { c.out << line << Qt::endl; });
    QObject::connect(&applier, &SetupApplier::stepFinished,
                     [&](int index, ApplyStepStatus status, const QString &) {
                         c.out << QCoreApplication::translate("Cli", "[%1/%2] %3")
                                      .arg(DisplayFormat().number(index + 1),
                                           DisplayFormat().number(qint64(plan.value().size())),
                                           ApplyReport::statusName(status))
                               << Qt::endl;
                     });
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const ApplyReport report =
        applier.runAndWait(plan.value(), dryRun ? SetupApplier::Mode::DryRun : SetupApplier::Mode::Apply);
    connection.disconnectFromStack();
    if (report.succeeded())
        return 0;
    c.err << report.summary() << Qt::endl;
    return report.restored() || report.dryRun ? failedRestored : failedNotRestored;
}

} // namespace

REGISTER_CLI_COMMAND("apply", QT_TRANSLATE_NOOP("Cli", "Apply a setup bundle to a stack's server over SSH"),
                     runApply);

} // namespace supadesk::cli
