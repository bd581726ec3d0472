// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli host: one reading of a stack's server and its containers (CPU, memory and swap, disks,
// network, every container's state, health, restarts, OOM kills, CPU and memory), from the host
// view's one-command batch run twice a second apart (the rates need two readings). --local runs the
// batch on this machine instead, for tests and for a look at the desktop's own host.
#include "clicontext.h"
#include "core/host/hostjson.h"
#include "core/host/hostrates.h"
#include "core/host/hostsampleparser.h"
#include "core/locale/displayformat.h"
#include "core/stack.h"
#include "services/stackrepository.h"
#include "sshcliopts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

namespace supadesk::cli {

namespace {

// Runs the batch once; the error is "host.sample" with what went wrong.
using Runner = std::function<Result<QByteArray>(const QString &command)>;

Result<HostReading> read(const Runner &run, const QString &command, const std::optional<HostSample> &previous)
{
    QElapsedTimer clock;
    clock.start();
    const Result<QByteArray> output = run(command);
    if (!output.ok())
        return output.error();
    HostReading reading;
    reading.roundTripUs = clock.nsecsElapsed() / 1000;
    reading.sample = HostSampleParser::parse(output.value());
    reading.sample.tMs = QDateTime::currentMSecsSinceEpoch();
    if (!reading.sample.memory && !reading.sample.load && !reading.sample.cpu)
        return Error{ErrorCode::HostSample,
                     QCoreApplication::translate(
                         "Cli", "The server's answer has no host figures (is it Linux, with /proc?).")};
    if (previous)
        reading.rates = HostRatesCalculator::rates(*previous, reading.sample);
    return reading;
}

QString dash()
{
    return QStringLiteral("–");
}

void printText(QTextStream &out, const HostReading &r)
{
    const DisplayFormat f;
    const HostSample &s = r.sample;
    if (s.load)
        out << QCoreApplication::translate("Cli", "Load") << ": " << f.number(s.load->one, 2) << ' '
            << f.number(s.load->five, 2) << ' ' << f.number(s.load->fifteen, 2) << Qt::endl;
    out << QCoreApplication::translate("Cli", "CPU") << ": "
        << (r.rates.cpuBusyPercent ? f.percent(*r.rates.cpuBusyPercent) : dash());
    if (s.cpu)
        out << ' ' << QCoreApplication::translate("Cli", "of %n CPU(s)", nullptr, s.cpu->cpus);
    out << Qt::endl;
    if (s.memory) {
        out << QCoreApplication::translate("Cli", "Memory") << ": " << f.bytes(s.memory->usedBytes()) << " / "
            << f.bytes(s.memory->totalBytes) << Qt::endl;
        out << QCoreApplication::translate("Cli", "Swap") << ": "
            << (s.memory->swapTotalBytes > 0 ? f.bytes(s.memory->swapUsedBytes()) + QStringLiteral(" / ") +
                                                   f.bytes(s.memory->swapTotalBytes)
                                             : QCoreApplication::translate("Cli", "none"))
            << Qt::endl;
    }
    for (const MountUsage &m : s.mounts)
        out << QCoreApplication::translate("Cli", "Disk %1: %2 used of %3 (%4), %5 free")
                   .arg(m.mountPoint, f.bytes(m.usedBytes), f.bytes(m.usedBytes + m.availableBytes),
                        f.percent(m.usedPercent()), f.bytes(m.availableBytes))
            << Qt::endl;
    if (r.rates.rxBytesPerSecond && r.rates.txBytesPerSecond)
        out << QCoreApplication::translate("Cli", "Network: in %1/s, out %2/s")
                   .arg(f.bytes(qint64(*r.rates.rxBytesPerSecond)),
                        f.bytes(qint64(*r.rates.txBytesPerSecond)))
            << Qt::endl;
    switch (s.docker) {
    case DockerState::NotFound:
        out << QCoreApplication::translate("Cli", "Containers: docker is not installed on the server.")
            << Qt::endl;
        break;
    case DockerState::Unavailable:
        out << QCoreApplication::translate("Cli", "Containers: docker did not answer: %1").arg(s.dockerError)
            << Qt::endl;
        break;
    case DockerState::Ok:
        out << QCoreApplication::translate("Cli", "Containers: %n", nullptr, int(s.containers.size()))
            << Qt::endl;
        for (const ContainerStatus &c : s.containers) {
            QStringList parts{c.state};
            if (!c.health.isEmpty())
                parts << c.health;
            if (c.restartCount > 0)
                parts << QCoreApplication::translate("Cli", "%n restart(s)", nullptr, c.restartCount);
            if (c.oomKilled)
                parts << QCoreApplication::translate("Cli", "OOM-killed");
            if (c.hasStats)
                parts << QCoreApplication::translate("Cli", "CPU %1").arg(f.percent(c.cpuPercent, 2))
                      << QCoreApplication::translate("Cli", "memory %1").arg(f.bytes(c.memUsedBytes));
            out << "  " << c.name << ": " << parts.join(QStringLiteral(", ")) << Qt::endl;
        }
        break;
    }
    if (s.serverCpuSeconds >= 0)
        out << QCoreApplication::translate("Cli", "Cost of this reading on the server: %1 CPU time")
                   .arg(f.milliseconds(s.serverCpuSeconds * 1000.0))
            << Qt::endl;
}

int runHost(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("install-dir"),
         QCoreApplication::translate(
             "Cli",
             "The stack's install directory on the server (its containers are those started from there); "
             "default: the stack's."),
         QStringLiteral("DIR")},
        {QStringLiteral("local"),
         QCoreApplication::translate("Cli", "Read this machine instead of a server.")},
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the reading as one JSON object.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const bool json = parser.isSet(QStringLiteral("json"));
    QString installDir = parser.value(QStringLiteral("install-dir"));
    Runner run;
    std::unique_ptr<SshSession> session;
    if (parser.isSet(QStringLiteral("local"))) {
        run = [](const QString &command) -> Result<QByteArray> {
            QProcess sh;
            sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
            if (!sh.waitForFinished(60000))
                return Error{ErrorCode::HostSample,
                             QCoreApplication::translate("Cli", "The host's figures could not be read: %1")
                                 .arg(sh.errorString())};
            return sh.readAllStandardOutput();
        };
    } else {
        const auto settings = SshCliOptions::read(parser);
        if (!settings.ok())
            return fail(c, settings.error());
        if (installDir.isEmpty() && parser.isSet(QStringLiteral("stack"))) {
            const auto stack =
                StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
            if (stack)
                installDir = stack->installDir;
        }
        session = std::make_unique<SshSession>();
        const Status opened = session->open(settings.value().ssh);
        if (!opened.ok()) {
            c.err << opened.error().message << Qt::endl;
            if (opened.error().id == ErrorCode::SshHostKeyUnknown)
                c.err << QCoreApplication::translate(
                             "Cli", "Run again with --accept-new-host-key to trust this key.")
                      << Qt::endl;
            return status(ExitStatus::NoConnection);
        }
        SshSession *ssh = session.get();
        run = [ssh](const QString &command) -> Result<QByteArray> {
            const Result<ExecResult> result = ssh->exec(command);
            if (!result.ok())
                return Error{ErrorCode::HostSample,
                             QCoreApplication::translate("Cli", "The host's figures could not be read: %1")
                                 .arg(result.error().message)};
            return result.value().standardOutput;
        };
    }
    if (installDir.isEmpty())
        installDir = Stack().installDir;
    const QString command = HostSampleParser::command(installDir);
    const Result<HostReading> first = read(run, command, std::nullopt);
    if (!first.ok())
        return fail(c, first.error());
    QThread::msleep(1000);
    const Result<HostReading> second = read(run, command, first.value().sample);
    if (!second.ok())
        return fail(c, second.error());
    if (json) {
        QJsonObject o = HostJson::toJson(second.value());
        if (parser.isSet(QStringLiteral("stack")))
            o.insert(QStringLiteral("stack"), parser.value(QStringLiteral("stack")));
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        printText(c.out, second.value());
    }
    return 0;
}

} // namespace

REGISTER_CLI_COMMAND("host",
                     QT_TRANSLATE_NOOP("Cli",
                                       "Show a stack's server: CPU, memory, disks, network and containers"),
                     runHost);

} // namespace supadesk::cli
