// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrunner.h"

#include "auditcheckgroup.h"
#include "auditcontext.h"
#include "auditcontextreader.h"
#include "services/stackconnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QTimeZone>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace supadesk {

namespace {

// A remote command runs at most this long before the check that asked says "could not check".
constexpr auto kExecTimeout = std::chrono::seconds(90);
// How often a waiting audit thread looks at the cancel flag.
constexpr auto kPollInterval = std::chrono::milliseconds(50);

// The answer of one command, handed from the connection's thread to the audit thread.
struct PendingExec
{
    std::mutex mutex;
    std::condition_variable ready;
    std::optional<Result<ExecResult>> answer;

    void fulfil(Result<ExecResult> result)
    {
        {
            std::lock_guard lock(mutex);
            if (answer)
                return;
            answer = std::move(result);
        }
        ready.notify_all();
    }
};

// Held only by the callbacks on the connection's side: when the last of them is destroyed without
// answering (the runner or the connection went away, the request was dropped), the audit thread is
// told so instead of waiting for a timeout.
struct ExecPromise
{
    std::shared_ptr<PendingExec> pending;
    ~ExecPromise()
    {
        pending->fulfil(Error{ErrorCode::AuditNotConnected,
                              AuditRunner::tr("The connection to the stack was closed while a check ran.")});
    }
};

// What the runner learnt about one target on its own thread when the run started: the audit thread
// never touches the connection object itself.
struct TargetSnapshot
{
    AuditTarget target;
    bool connected = false;
    QMap<QString, quint16> ports;
};

} // namespace

struct AuditRunner::Run
{
    std::thread thread;
    std::shared_ptr<std::atomic_bool> cancelFlag = std::make_shared<std::atomic_bool>(false);
    bool running = false;
};

namespace {

// Everything the audit thread does; posts its signals back to `runner`'s thread.
class AuditJob
{
public:
    AuditJob(AuditRunner *runner, QList<TargetSnapshot> targets, AuditOptions options,
             std::shared_ptr<std::atomic_bool> cancelFlag, std::function<void(bool)> finish)
        : m_runner(runner), m_targets(std::move(targets)), m_options(std::move(options)),
          m_cancel(std::move(cancelFlag)), m_finish(std::move(finish))
    {}

    void run()
    {
        const QStringList wantedAll = wantedIds();
        const int total = int(wantedAll.size() * m_targets.size());
        int done = 0;
        bool cancelled = false;
        // A stack that has begun always gets its report, marked cancelled when the user cancelled it
        // (even before its first check); the stacks after it are skipped.
        for (const TargetSnapshot &target : std::as_const(m_targets)) {
            AuditReport report = auditStack(target, done, total);
            cancelled = report.cancelled;
            post([report](AuditRunner *runner) { emit runner->stackFinished(report); });
            if (cancelled)
                break;
        }
        post([done, total, cancelled](AuditRunner *runner) {
            emit runner->progress(cancelled ? done : total, total, QString(), QString());
        });
        post([finish = m_finish, cancelled](AuditRunner *) { finish(cancelled); });
    }

private:
    bool isCancelled() const { return m_cancel->load(); }

    void post(std::function<void(AuditRunner *)> call)
    {
        AuditRunner *runner = m_runner;
        QMetaObject::invokeMethod(
            runner, [runner, call = std::move(call)] { call(runner); }, Qt::QueuedConnection);
    }

    QStringList wantedIds() const
    {
        const QStringList all = allAuditCheckIds();
        if (m_options.checks.isEmpty())
            return all;
        QStringList wanted;
        for (const QString &id : all)
            if (m_options.checks.contains(id))
                wanted << id;
        return wanted;
    }

    // Runs `command` on the connection's thread and waits for its answer, the cancel flag or the
    // timeout, whichever comes first.
    Result<ExecResult> exec(const TargetSnapshot &target, const QString &command,
                            const QByteArray &standardInput)
    {
        if (isCancelled())
            return Error{ErrorCode::AuditCancelled, AuditRunner::tr("The audit was cancelled.")};
        if (!target.connected)
            return Error{ErrorCode::AuditNotConnected, AuditRunner::tr("The stack is not connected.")};
        auto pending = std::make_shared<PendingExec>();
        auto promise = std::make_shared<ExecPromise>();
        promise->pending = pending;
        const QPointer<StackConnection> connection = target.target.connection;
        AuditRunner *runner = m_runner;
        // Runs on the runner's thread, which is the connection's (both belong to the GUI or the CLI's
        // main thread), so the QPointer is read where it is safe to read it.
        QMetaObject::invokeMethod(
            runner,
            [connection, runner, command, standardInput, promise]() mutable {
                if (!connection) {
                    promise->pending->fulfil(
                        Error{ErrorCode::AuditNotConnected, AuditRunner::tr("The stack is not connected.")});
                    return;
                }
                connection->exec(command, standardInput, runner, [promise](Result<ExecResult> result) {
                    promise->pending->fulfil(std::move(result));
                });
            },
            Qt::QueuedConnection);
        promise.reset(); // from now on only the connection's side holds it

        const auto deadline = std::chrono::steady_clock::now() + kExecTimeout;
        std::unique_lock lock(pending->mutex);
        while (!pending->answer) {
            if (isCancelled())
                return Error{ErrorCode::AuditCancelled, AuditRunner::tr("The audit was cancelled.")};
            if (std::chrono::steady_clock::now() >= deadline)
                return Error{
                    ErrorCode::SshTimeout,
                    AuditRunner::tr("The server did not answer within %1 seconds.")
                        .arg(std::chrono::duration_cast<std::chrono::seconds>(kExecTimeout).count())};
            pending->ready.wait_for(lock, kPollInterval);
        }
        return *pending->answer;
    }

    AuditReport auditStack(const TargetSnapshot &target, int &done, int total)
    {
        const Stack &stack = target.target.stack;
        AuditReport report;
        report.stackId = stack.id;
        report.stackName = stack.name;
        report.startedAt = QDateTime::currentDateTimeUtc();

        AuditContext ctx;
        ctx.stack = stack;
        ctx.now = report.startedAt;
        ctx.exec = [this, &target](const QString &command, const QByteArray &input) {
            return exec(target, command, input);
        };
        ctx.cancelled = [this] { return isCancelled(); };
        if (const auto drill = m_options.lastDrills.constFind(stack.id); drill != m_options.lastDrills.cend())
            ctx.lastDrill = *drill;
        const QString notConnected = AuditRunner::tr("Not connected: the stack's SSH session is not open.");
        if (target.connected) {
            ctx.database.host = QStringLiteral("127.0.0.1");
            ctx.database.port = target.ports.value(StackConnection::Database, 0);
            ctx.database.database = stack.dbName;
            ctx.database.user = stack.dbUser;
            ctx.database.password = target.target.databasePassword;
            ctx.databasePasswordKnown = !target.target.databasePassword.isEmpty();
            ctx.gatewayPort = target.ports.value(StackConnection::Gateway, 0);
            ctx.poolerPort = target.ports.value(StackConnection::Pooler, 0);
            AuditContextReader::read(ctx);
        } else {
            ctx.database.port = 0;
            ctx.hostError = notConnected;
            ctx.envError = notConnected;
            ctx.layoutError = notConnected;
        }

        for (const auto &group : makeAuditCheckGroups()) {
            QStringList wanted;
            for (const QString &id : group->checkIds())
                if (m_options.checks.isEmpty() || m_options.checks.contains(id))
                    wanted << id;
            if (wanted.isEmpty())
                continue;
            if (isCancelled()) {
                report.cancelled = true;
                break;
            }
            const int groupStart = done;
            const QString name = stack.name;
            ctx.starting = [this, groupStart, total, name, wanted](const QString &checkId) {
                const int index = int(wanted.indexOf(checkId));
                const int at = groupStart + std::max(0, index);
                post([at, total, name, checkId](AuditRunner *runner) {
                    emit runner->progress(at, total, name, checkId);
                });
            };
            ctx.starting(wanted.first());
            const AuditCheckResults results = group->run(ctx, wanted);
            const bool groupCancelled = isCancelled();
            const AuditArea area = group->area();
            for (const QString &id : wanted) {
                auto it = std::find_if(results.cbegin(), results.cend(),
                                       [&](const AuditCheckResult &r) { return r.id == id; });
                AuditCheckResult result;
                if (it != results.cend()) {
                    result = *it;
                } else if (groupCancelled) {
                    continue; // cancelled before this check ran: left out of the report
                } else {
                    result.id = id;
                    result.area = area;
                    result.status = AuditStatus::Unknown;
                    result.evidence = AuditRunner::tr("The check gave no answer.");
                }
                if (!target.connected) {
                    // Whatever a group could tell without the server, the verdict is "could not check".
                    result.status = AuditStatus::Unknown;
                    result.evidence = notConnected;
                    result.fixText = AuditRunner::tr("Connect the stack, then run the audit again.");
                    result.fix = AuditFix();
                    result.objects.clear();
                }
                report.checks << result;
                ++done;
            }
            if (groupCancelled) {
                report.cancelled = true;
                break;
            }
        }
        report.finishedAt = QDateTime::currentDateTimeUtc();
        return report;
    }

    AuditRunner *m_runner;
    QList<TargetSnapshot> m_targets;
    AuditOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::function<void(bool)> m_finish; // runs on the runner's thread, last
};

} // namespace

AuditRunner::AuditRunner(QObject *parent) : QObject(parent), m_run(std::make_unique<Run>())
{
    qRegisterMetaType<supadesk::AuditReport>();
}

AuditRunner::~AuditRunner()
{
    // The audit thread never blocks on this thread (it polls the flag while it waits), so joining is
    // quick; its queued signals die with this object.
    m_run->cancelFlag->store(true);
    if (m_run->thread.joinable())
        m_run->thread.join();
}

bool AuditRunner::start(const QList<AuditTarget> &targets, const AuditOptions &options)
{
    if (m_run->running)
        return false;
    if (m_run->thread.joinable())
        m_run->thread.join();
    QList<TargetSnapshot> snapshots;
    for (const AuditTarget &target : targets) {
        TargetSnapshot snapshot;
        snapshot.target = target;
        if (target.connection && target.connection->state() == StackConnection::State::Connected) {
            snapshot.connected = true;
            snapshot.ports = target.connection->localPorts();
        }
        snapshots << snapshot;
    }
    m_run->cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_run->running = true;
    auto finish = [this](bool cancelled) {
        if (m_run->thread.joinable())
            m_run->thread.join(); // the audit thread posted this as its last act
        m_run->running = false;
        emit finished(cancelled);
    };
    m_run->thread =
        std::thread([job = std::make_shared<AuditJob>(this, std::move(snapshots), options, m_run->cancelFlag,
                                                      finish)] { job->run(); });
    return true;
}

void AuditRunner::cancel()
{
    m_run->cancelFlag->store(true);
}

bool AuditRunner::isRunning() const
{
    return m_run->running;
}

Result<AuditReport> AuditRunner::runBlocking(const AuditTarget &target, const AuditOptions &options)
{
    AuditRunner runner;
    QEventLoop loop;
    std::optional<AuditReport> report;
    connect(&runner, &AuditRunner::stackFinished, &loop,
            [&](const AuditReport &finished) { report = finished; });
    connect(&runner, &AuditRunner::finished, &loop, [&] { loop.quit(); });
    if (!runner.start({target}, options))
        return Error{ErrorCode::AuditCancelled, tr("The audit could not start.")};
    loop.exec();
    if (!report)
        return Error{ErrorCode::AuditCancelled, tr("The audit was cancelled.")};
    return *report;
}

} // namespace supadesk
