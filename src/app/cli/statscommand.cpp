// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli stats: live database statistics, one line or JSON object per sample.
#include "clicontext.h"
#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsreport.h"
#include "db/databasestatsreader.h"
#include "db/pgconninfo.h"
#include "services/apppaths.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "sshcliopts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace supadesk::cli {

namespace {

// Waits without blocking the event loop: the tunnel reports its state through queued signals.
void waitFor(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// Opens the stack's SSH session with only its database forward and waits until it is up. Returns the
// DSN of the forwarded port, or prints why not.
Result<PostgresDsn> tunnelTo(const QCommandLineParser &parser, std::unique_ptr<StackConnection> &connection)
{
    const auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return settings.error();
    const auto stack = StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
    if (!stack)
        return Error{QStringLiteral("cli.nostack"),
                     QCoreApplication::translate("Cli", "There is no stack called \"%1\".")
                         .arg(parser.value(QStringLiteral("stack")))};
    StackConnection::Settings s = settings.value();
    s.forwards.removeIf([](const PortForward &f) { return f.name != StackConnection::Database; });
    connection = std::make_unique<StackConnection>(s);
    const Status started = connection->connectToStack();
    if (!started.ok())
        return started.error();
    QEventLoop loop;
    QObject::connect(
        connection.get(), &StackConnection::stateChanged, &loop, [&loop](StackConnection::State state) {
            if (state == StackConnection::State::Connected || state == StackConnection::State::Failed)
                loop.quit();
        });
    QTimer::singleShot((s.ssh.timeoutSeconds + 5) * 1000, &loop, &QEventLoop::quit);
    if (connection->state() != StackConnection::State::Connected)
        loop.exec();
    if (connection->state() != StackConnection::State::Connected) {
        QString reason = connection->reason();
        if (connection->errorCode() == QLatin1String("ssh.hostkey.unknown"))
            reason +=
                QLatin1Char('\n') +
                QCoreApplication::translate("Cli", "Run again with --accept-new-host-key to trust this key.");
        return Error{QStringLiteral("cli.tunnel"),
                     reason.isEmpty() ? QCoreApplication::translate("Cli", "The SSH connection timed out.")
                                      : reason};
    }
    PostgresDsn dsn;
    dsn.host = QStringLiteral("127.0.0.1");
    dsn.port = connection->localPort(StackConnection::Database);
    dsn.user = stack->dbUser;
    dsn.database = stack->dbName;
    dsn.password = qEnvironmentVariable("PGPASSWORD");
    if (dsn.password.isEmpty())
        if (const auto p =
                SecretStore(AppPaths::keychainService()).readNow(stack->id, SecretStore::DatabasePassword);
            p.ok())
            dsn.password = p.value();
    return dsn;
}

int runStats(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    // --stack NAME samples the stack's database through its SSH tunnel (its SSH options included).
    SshCliOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("dsn"),
         QCoreApplication::translate("Cli",
                                     "PostgreSQL connection URI or key=value string, as for psql, e.g. "
                                     "postgresql://postgres@127.0.0.1:5432/postgres or service=NAME."),
         QStringLiteral("DSN")},
        {QStringLiteral("interval"),
         QCoreApplication::translate("Cli", "Seconds between samples (1 to 3600)."), QStringLiteral("S"),
         QStringLiteral("2")},
        {QStringLiteral("count"),
         QCoreApplication::translate("Cli", "Number of samples; 0 samples until interrupted."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print one JSON object per line.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (parser.isSet(QStringLiteral("dsn")) == parser.isSet(QStringLiteral("stack"))) {
        c.err << QCoreApplication::translate("Cli", "Usage: supadesk-cli stats (--stack NAME | --dsn "
                                                    "postgresql://USER@HOST:PORT/DB | --dsn service=NAME) "
                                                    "[--interval S] [--count N] [--json]")
              << Qt::endl;
        return 2;
    }
    bool intervalOk = false;
    bool countOk = false;
    const double interval = parser.value(QStringLiteral("interval")).toDouble(&intervalOk);
    const int count = parser.value(QStringLiteral("count")).toInt(&countOk);
    if (!intervalOk || interval < 1 || interval > 3600) {
        c.err << QCoreApplication::translate("Cli",
                                             "The interval must be a number of seconds from 1 to 3600.")
              << Qt::endl;
        return 2;
    }
    if (!countOk || count < 0) {
        c.err << QCoreApplication::translate("Cli", "The count must be 0 or a positive whole number.")
              << Qt::endl;
        return 2;
    }
    std::unique_ptr<StackConnection> tunnel;
    PostgresDsn target;
    if (parser.isSet(QStringLiteral("stack"))) {
        const Result<PostgresDsn> dsn = tunnelTo(parser, tunnel);
        if (!dsn.ok()) {
            c.err << dsn.error().message << Qt::endl;
            const bool usage = dsn.error().code == QLatin1String("cli.usage") ||
                               dsn.error().code == QLatin1String("cli.nostack");
            return usage ? 2 : 1;
        }
        target = dsn.value();
    } else {
        // Read by libpq's own parser; what it leaves unset (the password above all) libpq finds as
        // psql would: PGPASSWORD, the password file, the service file. It stays out of `ps`.
        const Result<PostgresDsn> dsn = PgConnInfo::parse(parser.value(QStringLiteral("dsn")));
        if (!dsn.ok()) {
            c.err << dsn.error().message << Qt::endl;
            return 2;
        }
        target = dsn.value();
    }

    DatabaseStatsReader reader(target);
    const Status opened = reader.open();
    if (!opened.ok()) {
        c.err << opened.error().message << Qt::endl;
        return 1;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    if (!asJson)
        c.out << StatsReport::header() << Qt::endl;
    std::optional<StatsSample> previous;
    int failures = 0;
    for (int i = 0; count == 0 || i < count; ++i) {
        QDeadlineTimer next(static_cast<qint64>(interval * 1000));
        const Result<StatsSample> sample = reader.sample();
        if (!sample.ok()) {
            c.err << sample.error().message << Qt::endl;
            ++failures;
            previous.reset();
        } else {
            std::optional<StatsRates> rates;
            if (previous)
                rates = RateCalculator::between(*previous, sample.value());
            if (asJson)
                c.out << QJsonDocument(StatsReport::toJson(sample.value(), rates))
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                c.out << StatsReport::toLine(sample.value(), rates) << Qt::endl;
            previous = sample.value();
        }
        if (count != 0 && i + 1 >= count)
            break;
        waitFor(next.remainingTime());
    }
    reader.close();
    if (tunnel)
        tunnel->disconnectFromStack();
    return failures == 0 ? 0 : 1;
}

} // namespace

REGISTER_CLI_COMMAND("stats", QT_TRANSLATE_NOOP("Cli", "Sample live database statistics"), runStats);

} // namespace supadesk::cli
