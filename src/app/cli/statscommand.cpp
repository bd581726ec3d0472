// supadesk-cli stats: live database statistics, one line or JSON object per sample.
#include "clicontext.h"
#include "core/metrics/ratecalculator.h"
#include "core/metrics/statsreport.h"
#include "db/statssampler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QThread>

namespace supadesk::cli {

namespace {

int runStats(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dsn"),
         QCoreApplication::translate(
             "Cli", "PostgreSQL connection URI, e.g. postgresql://postgres@127.0.0.1:5432/postgres."),
         QStringLiteral("URI")},
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
    if (!parser.isSet(QStringLiteral("dsn"))) {
        c.err << QCoreApplication::translate("Cli",
                                             "Usage: supadesk-cli stats --dsn postgresql://USER@HOST:PORT/DB "
                                             "[--interval S] [--count N] "
                                             "[--json]")
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
    const Result<PostgresDsn> dsn = PostgresDsn::parse(parser.value(QStringLiteral("dsn")));
    if (!dsn.ok()) {
        c.err << dsn.error().message << Qt::endl;
        return 2;
    }
    // The password may also come from the environment, as with psql, so it stays out of `ps`.
    PostgresDsn target = dsn.value();
    if (target.password.isEmpty())
        target.password = qEnvironmentVariable("PGPASSWORD");

    StatsSampler sampler(target);
    const Status opened = sampler.open();
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
        const Result<StatsSample> sample = sampler.sample();
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
        QThread::msleep(static_cast<unsigned long>(qMax<qint64>(0, next.remainingTime())));
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

REGISTER_CLI_COMMAND("stats", QT_TRANSLATE_NOOP("Cli", "Sample live database statistics"), runStats);

} // namespace supadesk::cli
