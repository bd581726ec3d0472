// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli uptime: a month's availability per component, from the local uptime history of a stack
// (after fetching its server's probe logs with --pull) or from probe log files.
#include "clicontext.h"
#include "clistores.h"
#include "core/locale/displayformat.h"
#include "core/uptime/probelogparser.h"
#include "core/uptime/uptimeperiod.h"
#include "core/uptime/uptimesummary.h"
#include "db/uptimestore.h"
#include "services/stackrepository.h"
#include "services/uptime/uptimelogpuller.h"
#include "sshcliopts.h"
#include "uptimeprobecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace supadesk::cli {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double minutes(qint64 ms)
{
    return static_cast<double>(ms) / 60'000.0;
}

QString isoTime(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

QJsonObject toJson(const ComponentSummary &s, const QTimeZone &zone)
{
    const AvailabilityReport &a = s.availability;
    QJsonObject o;
    o.insert(QLatin1String("component"),
             s.component == UptimeSummary::wholeStack ? QStringLiteral("all") : s.component);
    o.insert(QLatin1String("availability_pct"),
             a.availability ? QJsonValue(rounded(*a.availability * 100, 4)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("downtime_minutes"), rounded(minutes(a.downMs), 2));
    o.insert(QLatin1String("gap_minutes"), rounded(minutes(a.gapMs), 2));
    o.insert(QLatin1String("maintenance_minutes"), rounded(minutes(a.maintenanceMs), 2));
    o.insert(QLatin1String("no_data_minutes"), rounded(minutes(a.noDataMs), 2));
    QJsonObject budget;
    budget.insert(QLatin1String("allowed_minutes"), rounded(s.budget.allowedMinutes, 2));
    budget.insert(QLatin1String("used_minutes"), rounded(s.budget.usedMinutes, 2));
    budget.insert(QLatin1String("remaining_minutes"), rounded(s.budget.remainingMinutes, 2));
    o.insert(QLatin1String("error_budget"), budget);
    if (s.component != UptimeSummary::wholeStack) {
        QJsonObject latency;
        latency.insert(QLatin1String("p50_ms"), s.latency.p50 ? QJsonValue(*s.latency.p50) : QJsonValue());
        latency.insert(QLatin1String("p95_ms"), s.latency.p95 ? QJsonValue(*s.latency.p95) : QJsonValue());
        latency.insert(QLatin1String("samples"), s.latency.samples);
        o.insert(QLatin1String("latency"), latency);
    }
    QJsonArray incidents;
    for (const Incident &i : a.incidents) {
        QJsonObject io;
        io.insert(QLatin1String("component"), i.component);
        io.insert(QLatin1String("start"), isoTime(i.range.startMs, zone));
        io.insert(QLatin1String("end"), isoTime(i.range.endMs, zone));
        io.insert(QLatin1String("duration_minutes"), rounded(minutes(i.range.length()), 2));
        io.insert(QLatin1String("reason"), i.reason);
        io.insert(QLatin1String("no_probe_results"), i.isGap);
        incidents.append(io);
    }
    o.insert(QLatin1String("incidents"), incidents);
    return o;
}

// Text output is for people: figures and dates in the language's locale (the JSON stays ISO and C).
QString percent(const std::optional<double> &ratio)
{
    return ratio ? DisplayFormat().percent(*ratio * 100, 3) : QStringLiteral("-");
}

void printText(CliContext &c, const QList<ComponentSummary> &summaries, const QString &month,
               const QTimeZone &zone, double target)
{
    const DisplayFormat format;
    c.out << QCoreApplication::translate("Cli", "Uptime for %1 (%2), target %3")
                 .arg(month, QString::fromUtf8(zone.id()), format.percent(target * 100, 3))
          << Qt::endl;
    c.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(QCoreApplication::translate("Cli", "component"), -12)
                 .arg(QCoreApplication::translate("Cli", "availability"), 13)
                 .arg(QCoreApplication::translate("Cli", "down min"), 9)
                 .arg(QCoreApplication::translate("Cli", "incidents"), 9)
                 .arg(QCoreApplication::translate("Cli", "budget left"), 12)
                 .arg(QCoreApplication::translate("Cli", "p50 ms"), 7)
                 .arg(QCoreApplication::translate("Cli", "p95 ms"), 7)
          << Qt::endl;
    for (const ComponentSummary &s : summaries) {
        const bool all = s.component == UptimeSummary::wholeStack;
        c.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                     .arg(all ? QCoreApplication::translate("Cli", "whole stack") : s.component, -12)
                     .arg(percent(s.availability.availability), 13)
                     .arg(format.number(minutes(s.availability.downMs), 1), 9)
                     .arg(format.number(s.availability.incidents.size()), 9)
                     .arg(format.number(s.budget.remainingMinutes, 1), 12)
                     .arg(s.latency.p50 ? format.number(qint64(*s.latency.p50)) : QStringLiteral("-"), 7)
                     .arg(s.latency.p95 ? format.number(qint64(*s.latency.p95)) : QStringLiteral("-"), 7)
              << Qt::endl;
    }
    bool any = false;
    for (const ComponentSummary &s : summaries) {
        if (s.component == UptimeSummary::wholeStack)
            continue;
        for (const Incident &i : s.availability.incidents) {
            if (!any)
                c.out << Qt::endl << QCoreApplication::translate("Cli", "Incidents:") << Qt::endl;
            any = true;
            const QString from = format.dateTime(QDateTime::fromMSecsSinceEpoch(i.range.startMs, zone));
            const QString to = format.dateTime(QDateTime::fromMSecsSinceEpoch(i.range.endMs, zone));
            c.out << QCoreApplication::translate("Cli", "%1 to %2 (%3 min) %4: %5")
                         .arg(from, to, format.number(minutes(i.range.length()), 1))
                         .arg(i.component, i.reason.isEmpty()
                                               ? QCoreApplication::translate("Cli", "no reason recorded")
                                               : i.reason)
                  << Qt::endl;
        }
    }
    if (!any)
        c.out << Qt::endl << QCoreApplication::translate("Cli", "No incidents.") << Qt::endl;
}

bool parseMaintenance(const QString &text, const QTimeZone &zone, TimeRange *range)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    QDateTime from = QDateTime::fromString(parts.at(0), Qt::ISODate);
    QDateTime to = QDateTime::fromString(parts.at(1), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return false;
    // Times without an offset are in the report's time zone, as people write them.
    if (from.timeSpec() == Qt::LocalTime)
        from = QDateTime(from.date(), from.time(), zone);
    if (to.timeSpec() == Qt::LocalTime)
        to = QDateTime(to.date(), to.time(), zone);
    *range = {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    return range->endMs > range->startMs;
}

// Connects to the stack and fetches its new probe log lines into the store; false (with the reason
// printed) when that failed.
bool pullLogs(CliContext &c, const QCommandLineParser &parser, UptimeStore &store, const QString &stackId)
{
    const auto settings = SshCliOptions::read(parser);
    if (!settings.ok()) {
        c.err << settings.error().message << Qt::endl;
        return false;
    }
    StackConnection connection(settings.value());
    UptimeLogPuller puller(&connection, &store, stackId);
    if (parser.isSet(QStringLiteral("log-dir"))) {
        puller.setLogDirectory(parser.value(QStringLiteral("log-dir")));
    } else if (const Result<QString> installed = store.probeLogDirectory(stackId);
               installed.ok() && !installed.value().isEmpty()) {
        puller.setLogDirectory(installed.value()); // where `uptime install-probe` put it
    }
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&puller, &UptimeLogPuller::pulled, &loop, [&](const UptimePullReport &report) {
        c.err << QCoreApplication::translate("Cli", "Fetched %n new probe result(s) from the server.",
                                             nullptr, report.newProbes)
              << Qt::endl;
        if (report.malformedLines > 0)
            c.err << QCoreApplication::translate("Cli",
                                                 "Skipped %n unreadable line(s) in the server's probe logs.",
                                                 nullptr, report.malformedLines)
                  << Qt::endl;
        ok = true;
        loop.quit();
    });
    QObject::connect(&puller, &UptimeLogPuller::failed, &loop, [&](const QString &message) {
        c.err << message << Qt::endl;
        loop.quit();
    });
    QObject::connect(&connection, &StackConnection::stateChanged, &loop,
                     [&](StackConnection::State state, const QString &reason) {
                         if (state == StackConnection::State::Connected && !puller.isPulling()) {
                             if (const Status started = puller.pull(); !started.ok()) {
                                 c.err << started.error().message << Qt::endl;
                                 loop.quit();
                             }
                         } else if (state == StackConnection::State::Failed) {
                             c.err << reason << Qt::endl;
                             loop.quit();
                         }
                     });
    if (const Status started = connection.connectToStack(); !started.ok()) {
        c.err << started.error().message << Qt::endl;
        return false;
    }
    loop.exec();
    connection.disconnectFromStack();
    return ok;
}

int runUptime(CliContext &c)
{
    if (c.args.size() > 1 &&
        (c.args.at(1) == QLatin1String("install-probe") || c.args.at(1) == QLatin1String("remove-probe"))) {
        const QString sub = c.args.takeAt(1);
        c.args[0] += QLatin1Char(' ') + sub;
        return runUptimeProbe(c, sub == QLatin1String("remove-probe"));
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Cli", "More probe logs."),
                                 QStringLiteral("[FILE...]"));
    parser.addOptions({
        {QStringLiteral("log"),
         QCoreApplication::translate("Cli", "A probe log (YYYY-MM.log); may be repeated."),
         QStringLiteral("FILE")},
        {QStringLiteral("month"), QCoreApplication::translate("Cli", "The month to report, e.g. 2026-11."),
         QStringLiteral("YYYY-MM")},
        {QStringLiteral("time-zone"),
         QCoreApplication::translate("Cli",
                                     "Time zone of the report's month and days (default: this computer's)."),
         QStringLiteral("ZONE")},
        {QStringLiteral("target"), QCoreApplication::translate("Cli", "Availability target in percent."),
         QStringLiteral("PERCENT"), QStringLiteral("99.9")},
        {QStringLiteral("failures"),
         QCoreApplication::translate("Cli", "Consecutive failures before a component counts as down."),
         QStringLiteral("N"), QStringLiteral("2")},
        {QStringLiteral("interval"), QCoreApplication::translate("Cli", "Seconds between probes."),
         QStringLiteral("S"), QStringLiteral("60")},
        {QStringLiteral("maintenance"),
         QCoreApplication::translate("Cli", "A maintenance window START/END (ISO 8601); may be repeated."),
         QStringLiteral("RANGE")},
        {QStringLiteral("gaps"),
         QCoreApplication::translate("Cli", "How time without probe results counts: down or exclude."),
         QStringLiteral("POLICY"), QStringLiteral("down")},
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")},
        {QStringLiteral("pull"),
         QCoreApplication::translate("Cli",
                                     "With --stack: first fetch the new lines of the server's probe logs.")},
        {QStringLiteral("log-dir"),
         QCoreApplication::translate("Cli", "With --pull: where the probe writes its logs on the server "
                                            "(default: where it was installed, else %1).")
             .arg(UptimeLogPuller::DefaultDirectory),
         QStringLiteral("DIR")},
    });
    SshCliOptions::addTo(parser);
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QStringList files = parser.values(QStringLiteral("log")) + parser.positionalArguments();
    int year = 0;
    int month = 0;
    const bool fromStack = parser.isSet(QStringLiteral("stack"));
    if ((files.isEmpty() == !fromStack) ||
        !UptimePeriod::parseMonth(parser.value(QStringLiteral("month")), &year, &month)) {
        c.err << QCoreApplication::translate(
                     "Cli", "Usage: supadesk-cli uptime (--stack NAME [--pull] | --log FILE...) "
                            "--month YYYY-MM [--time-zone ZONE] [--target PERCENT] [--json]")
              << Qt::endl;
        return 2;
    }
    if (fromStack && (parser.isSet(QStringLiteral("maintenance")) ||
                      parser.isSet(QStringLiteral("failures")) || parser.isSet(QStringLiteral("interval")))) {
        c.err << QCoreApplication::translate(
                     "Cli", "--maintenance, --failures and --interval apply to --log; with --stack "
                            "the stack's own maintenance windows and settings count.")
              << Qt::endl;
        return 2;
    }
    const QTimeZone zone = parser.isSet(QStringLiteral("time-zone"))
                               ? QTimeZone(parser.value(QStringLiteral("time-zone")).toUtf8())
                               : QTimeZone::systemTimeZone();
    if (!zone.isValid()) {
        c.err << QCoreApplication::translate(
                     "Cli", "Unknown time zone \"%1\"; use an IANA name such as Asia/Tbilisi or UTC.")
                     .arg(parser.value(QStringLiteral("time-zone")))
              << Qt::endl;
        return 2;
    }
    UptimeOptions options;
    bool ok = false;
    const double target = parser.value(QStringLiteral("target")).toDouble(&ok);
    if (!ok || target <= 0 || target >= 100) {
        c.err << QCoreApplication::translate(
                     "Cli", "The target must be a percentage above 0 and below 100, e.g. 99.9.")
              << Qt::endl;
        return 2;
    }
    options.target = target / 100.0;
    options.settings.failureThreshold = parser.value(QStringLiteral("failures")).toInt(&ok);
    if (!ok || options.settings.failureThreshold < 1) {
        c.err << QCoreApplication::translate("Cli", "--failures must be a whole number of at least 1.")
              << Qt::endl;
        return 2;
    }
    const int interval = parser.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || interval < 1) {
        c.err << QCoreApplication::translate("Cli", "--interval must be a whole number of seconds.")
              << Qt::endl;
        return 2;
    }
    options.settings.probeIntervalMs = interval * 1000LL;
    options.settings.maxProbeGapMs = interval * 2500LL; // one missed or late probe is not a gap
    const QString gaps = parser.value(QStringLiteral("gaps"));
    if (gaps != QLatin1String("down") && gaps != QLatin1String("exclude")) {
        c.err << QCoreApplication::translate("Cli", "--gaps must be \"down\" or \"exclude\".") << Qt::endl;
        return 2;
    }
    options.gaps = gaps == QLatin1String("down") ? GapPolicy::CountAsDown : GapPolicy::Exclude;
    for (const QString &text : parser.values(QStringLiteral("maintenance"))) {
        TimeRange window;
        if (!parseMaintenance(text, zone, &window)) {
            c.err << QCoreApplication::translate(
                         "Cli", "Cannot read the maintenance window \"%1\": use START/END, e.g. "
                                "2026-11-07T02:00/2026-11-07T03:00.")
                         .arg(text)
                  << Qt::endl;
            return 2;
        }
        options.maintenance.append(window);
    }

    const TimeRange period = UptimePeriod::month(year, month, zone);
    const QString monthText = parser.value(QStringLiteral("month")).trimmed();
    QList<ComponentSummary> summaries;
    int malformed = 0;
    if (fromStack) {
        const QString name = parser.value(QStringLiteral("stack"));
        const auto stack = StackRepository::forCurrentProfile().findByName(name);
        if (!stack) {
            c.err << QCoreApplication::translate("Cli", "There is no stack called \"%1\".").arg(name)
                  << Qt::endl;
            return 2;
        }
        const std::unique_ptr<UptimeStore> history = openUptimeStore(c.err);
        if (!history)
            return 1;
        UptimeStore &store = *history;
        if (parser.isSet(QStringLiteral("pull")) && !pullLogs(c, parser, store, stack->id))
            return 1;
        const Result<StackUptime> figures = store.uptime(stack->id, period, options.gaps);
        if (!figures.ok()) {
            c.err << figures.error().message << Qt::endl;
            return 1;
        }
        summaries = figures.value().components;
        // The stack's own target, unless the command line names one.
        if (!parser.isSet(QStringLiteral("target"))) {
            options.target = figures.value().target;
        } else {
            for (ComponentSummary &s : summaries)
                s.budget = ErrorBudget::compute(options.target, period.length(), s.availability.maintenanceMs,
                                                s.availability.downMs);
        }
    }

    ProbeResults probes;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            c.err << QCoreApplication::translate("Cli", "Cannot read %1: %2").arg(path, file.errorString())
                  << Qt::endl;
            return 1;
        }
        const ProbeLogParser::Parsed parsed = ProbeLogParser::parse(file.readAll());
        probes += parsed.results;
        malformed += parsed.malformedLines;
    }
    if (malformed > 0)
        c.err << QCoreApplication::translate("Cli", "Skipped %n unreadable line(s) in the logs.", nullptr,
                                             malformed)
              << Qt::endl;

    if (!fromStack)
        summaries = UptimeSummary::summarize(probes, period, options);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root;
        root.insert(QLatin1String("month"), monthText);
        if (fromStack)
            root.insert(QLatin1String("stack_name"), parser.value(QStringLiteral("stack")));
        root.insert(QLatin1String("time_zone"), QString::fromUtf8(zone.id()));
        root.insert(QLatin1String("target_pct"), rounded(options.target * 100, 4));
        root.insert(QLatin1String("period_start"), isoTime(period.startMs, zone));
        root.insert(QLatin1String("period_end"), isoTime(period.endMs, zone));
        QJsonArray components;
        for (const ComponentSummary &s : summaries) {
            if (s.component == UptimeSummary::wholeStack)
                root.insert(QLatin1String("stack"), toJson(s, zone));
            else
                components.append(toJson(s, zone));
        }
        root.insert(QLatin1String("components"), components);
        root.insert(QLatin1String("malformed_lines"), malformed);
        c.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (summaries.isEmpty()) {
        c.out << (fromStack
                      ? QCoreApplication::translate("Cli", "No probe results are stored for this stack yet.")
                      : QCoreApplication::translate("Cli", "The logs hold no probe results."))
              << Qt::endl;
        return 0;
    }
    printText(c, summaries, monthText, zone, options.target);
    return 0;
}

} // namespace

REGISTER_CLI_COMMAND("uptime", QT_TRANSLATE_NOOP("Cli", "Availability per component from uptime probe logs"),
                     runUptime);

} // namespace supadesk::cli
