// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsworkspace.h"

#include "core/backup/disasterrunbook.h"
#include "core/locale/displayformat.h"
#include "db/drillhistorystore.h"
#include "gui/backup/runbookpdf.h"
#include "gui/common/messagewidget.h"
#include "gui/styles/statepalette.h"
#include "pitrpage.h"
#include "services/backup/backuphealthwatch.h"
#include "services/backup/backupkey.h"
#include "services/backup/serverscriptrun.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"
#include "ui_backupsworkspace.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>

namespace supadesk {

namespace {

QTableWidgetItem *item(const QString &text, bool red = false)
{
    auto *i = new QTableWidgetItem(text);
    if (red)
        i->setForeground(StatePalette::current().color(StatePalette::Role::Bad));
    return i;
}

// Red and bold through the state palette, so the dark theme gets its own red.
void showAsTrouble(QLabel *label, bool trouble)
{
    StatePalette::setTextRole(label, trouble ? std::optional(StatePalette::Role::Bad) : std::nullopt);
    QFont font = label->font();
    font.setBold(trouble);
    label->setFont(font);
}

QString kindLabel(BackupFile::Kind kind)
{
    switch (kind) {
    case BackupFile::Kind::Dump:
        return BackupsWorkspace::tr("Database dump");
    case BackupFile::Kind::Globals:
        return BackupsWorkspace::tr("Roles and globals");
    case BackupFile::Kind::Partial:
        return BackupsWorkspace::tr("Unfinished");
    case BackupFile::Kind::BaseBackup:
        return BackupsWorkspace::tr("Base backup");
    case BackupFile::Kind::WalRange:
        return BackupsWorkspace::tr("WAL range");
    case BackupFile::Kind::Storage:
        return BackupsWorkspace::tr("Storage files");
    case BackupFile::Kind::Other:
        break;
    }
    return BackupsWorkspace::tr("Other file");
}

QString kindLabel(const BackupFile &f)
{
    QString text = kindLabel(f.kind);
    if (f.encrypted)
        text = BackupsWorkspace::tr("%1, encrypted").arg(text);
    return f.remote ? BackupsWorkspace::tr("%1 (remote copy)").arg(text) : text;
}

// Where the entry is: a file of the server, a copy on the remote, or the WAL range with its time span.
QString placeText(const BackupCatalogue &catalogue, const BackupFile &f)
{
    if (f.remote)
        return catalogue.remote + QLatin1Char(':') + f.name;
    if (f.kind == BackupFile::Kind::WalRange)
        return BackupsWorkspace::tr("%1 (%n segment(s))", nullptr, f.segments).arg(f.name);
    return f.name;
}

QString outcomeLabel(BackupLogRun::Outcome outcome)
{
    switch (outcome) {
    case BackupLogRun::Outcome::Ok:
        return BackupsWorkspace::tr("Succeeded");
    case BackupLogRun::Outcome::Failed:
        return BackupsWorkspace::tr("Failed");
    case BackupLogRun::Outcome::Unfinished:
        break;
    }
    return BackupsWorkspace::tr("Unfinished");
}

QString ageText(qint64 seconds)
{
    if (seconds < 3600)
        return BackupsWorkspace::tr("%n minute(s) ago", nullptr, int(std::max<qint64>(0, seconds / 60)));
    if (seconds < 2 * 86400)
        return BackupsWorkspace::tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return BackupsWorkspace::tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

} // namespace

BackupsWorkspace::BackupsWorkspace(ConnectionManager *connections, DrillHistoryStore *drills, QWidget *parent)
    : Workspace(parent), m_connections(connections), m_drills(drills),
      m_ui(std::make_unique<Ui::BackupsWorkspace>())
{
    m_ui->setupUi(this);
    for (QTableWidget *table : {m_ui->catalogueTable, m_ui->runsTable, m_ui->drillTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
    }
    m_ui->catalogueTable->setColumnCount(5);
    m_ui->runsTable->setColumnCount(3);
    m_ui->drillTable->setColumnCount(4);
    m_ui->progress->hide();
    m_ui->statusMessage->hide();
    m_ui->drillSplitter->setStretchFactor(0, 2);
    m_ui->drillSplitter->setStretchFactor(1, 1);
    m_pitrPage = new PitrPage(this);
    m_ui->pages->insertTab(m_ui->pages->indexOf(m_ui->drillsPage) + 1, m_pitrPage, QString());
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BackupsWorkspace::refresh);
    connect(m_ui->backupButton, &QPushButton::clicked, this, &BackupsWorkspace::backUpNow);
    connect(m_ui->drillButton, &QPushButton::clicked, this, [this] { runDrill(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BackupsWorkspace::cancel);
    connect(m_ui->scheduleButton, &QPushButton::clicked, this, &BackupsWorkspace::scheduleDrill);
    connect(m_ui->runbookButton, &QPushButton::clicked, this, &BackupsWorkspace::saveRunbook);
    connect(m_ui->drillTable, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showDrill(row); });
    connect(m_ui->catalogueTable, &QTableWidget::itemSelectionChanged, this,
            &BackupsWorkspace::updateActions);
    retranslateUi();
    updateActions();
}

BackupsWorkspace::~BackupsWorkspace() = default;

void BackupsWorkspace::setServerPaths(const BackupServerPaths &paths)
{
    m_paths = paths;
    if (m_watch)
        m_watch->setServerPaths(paths);
}

void BackupsWorkspace::setHealthWatch(BackupHealthWatch *watch)
{
    m_watch = watch;
    if (watch) {
        watch->setServerPaths(m_paths);
        connect(this, &BackupsWorkspace::catalogueRead, watch, &BackupHealthWatch::remember,
                Qt::UniqueConnection);
    }
}

void BackupsWorkspace::setPitrPaths(const PitrServerPaths &paths)
{
    m_pitrPage->setServerPaths(paths);
}

QString BackupsWorkspace::title() const
{
    return tr("Backups");
}

void BackupsWorkspace::setStack(const std::optional<Stack> &stack)
{
    const bool changed = !stack || !m_stack || stack->id != m_stack->id;
    m_stack = stack;
    if (changed) {
        m_catalogue.reset();
        m_ui->catalogueTable->setRowCount(0);
        m_ui->runsTable->setRowCount(0);
        m_ui->statusMessage->hide();
        loadDrills();
        updateHealth();
    }
    if (changed && connection())
        refresh();
    m_pitrPage->setStack(m_stack ? m_stack->id : QString(), m_stack ? m_stack->name : QString(),
                         connection());
    updateActions();
}

void BackupsWorkspace::connectionChanged()
{
    if (!m_catalogue && connection() && !m_refreshing)
        refresh();
    m_pitrPage->setStack(m_stack ? m_stack->id : QString(), m_stack ? m_stack->name : QString(),
                         connection());
    updateActions();
}

StackConnection *BackupsWorkspace::connection() const
{
    if (!m_stack || !m_connections || m_connections->state(m_stack->id) != StackConnection::State::Connected)
        return nullptr;
    return m_connections->connection(m_stack->id);
}

bool BackupsWorkspace::isBusy() const
{
    return m_job != Job::None || m_refreshing;
}

bool BackupsWorkspace::refresh()
{
    StackConnection *c = connection();
    if (!c || m_refreshing)
        return false;
    m_refreshing = true;
    updateActions();
    m_pitrPage->refresh(); // the archiver moves on too
    const QString stackId = m_stack->id;
    c->exec(BackupServerScripts::asRoot(BackupServerScripts::catalogueScript(m_paths), m_paths.pathFirst),
            this, [this, stackId](const Result<ExecResult> &r) {
                m_refreshing = false;
                if (!m_stack || m_stack->id != stackId) {
                    updateActions();
                    return;
                }
                if (!r.ok()) {
                    showError(r.error().message);
                    updateHealth();
                } else {
                    const Result<BackupCatalogue> catalogue =
                        BackupServerScripts::parseCatalogue(QString::fromUtf8(r.value().standardOutput));
                    if (catalogue.ok()) {
                        showCatalogue(catalogue.value());
                        emit catalogueRead(stackId, catalogue.value());
                    } else {
                        m_catalogue.reset();
                        m_ui->catalogueTable->setRowCount(0);
                        m_ui->runsTable->setRowCount(0);
                        showError(catalogue.error().message);
                        updateHealth();
                    }
                }
                pullScheduledDrills();
                updateActions();
                if (m_job == Job::None)
                    emit idle();
            });
    return true;
}

void BackupsWorkspace::showCatalogue(const BackupCatalogue &catalogue)
{
    m_catalogue = catalogue;
    const DisplayFormat format;
    m_ui->catalogueTable->setRowCount(int(catalogue.files.size()));
    for (int row = 0; row < catalogue.files.size(); ++row) {
        const BackupFile &f = catalogue.files.at(row);
        const BackupLogRun *run = catalogue.runFor(f);
        const bool red =
            f.kind == BackupFile::Kind::Partial || (run && run->outcome == BackupLogRun::Outcome::Failed);
        // A WAL range spans a time: from its first segment's archiving to its last one's.
        m_ui->catalogueTable->setItem(row, 0,
                                      item(f.kind == BackupFile::Kind::WalRange
                                               ? tr("%1 – %2").arg(format.dateTime(f.taken.toLocalTime()),
                                                                   format.dateTime(f.until.toLocalTime()))
                                               : format.dateTime(f.taken.toLocalTime()),
                                           red));
        m_ui->catalogueTable->setItem(row, 1, item(kindLabel(f), red));
        m_ui->catalogueTable->setItem(row, 2, item(format.bytes(f.size), red));
        m_ui->catalogueTable->setItem(row, 3, item(run ? outcomeLabel(run->outcome) : QString(), red));
        m_ui->catalogueTable->setItem(row, 4, item(placeText(catalogue, f), red));
        m_ui->catalogueTable->item(row, 4)->setToolTip(m_ui->catalogueTable->item(row, 4)->text());
    }
    m_ui->runsTable->setRowCount(int(catalogue.runs.size()));
    for (int row = 0; row < catalogue.runs.size(); ++row) {
        const BackupLogRun &r = catalogue.runs.at(row);
        const bool red = r.outcome != BackupLogRun::Outcome::Ok;
        m_ui->runsTable->setItem(row, 0, item(format.dateTime(r.started.toLocalTime()), red));
        m_ui->runsTable->setItem(row, 1, item(outcomeLabel(r.outcome), red));
        m_ui->runsTable->setItem(row, 2,
                                 item(r.outcome == BackupLogRun::Outcome::Ok
                                          ? QStringLiteral("%1, %2").arg(r.file, format.bytes(r.size))
                                          : r.message,
                                      red));
    }
    m_ui->catalogueTable->resizeColumnsToContents();
    m_ui->runsTable->resizeColumnsToContents();
    updateHealth();
}

BackupHealth BackupsWorkspace::health() const
{
    return m_catalogue ? BackupHealth::of(*m_catalogue, QDateTime::currentDateTimeUtc()) : BackupHealth{};
}

void BackupsWorkspace::updateHealth()
{
    if (!m_catalogue) {
        // Connected, yet no catalogue: the message above says why (no script, no folder, no sudo).
        const bool unreadable =
            m_stack && connection() && !m_refreshing && m_ui->statusMessage->isVisibleTo(this);
        m_ui->healthLabel->setText(!m_stack       ? tr("Select a stack to see its backups.")
                                   : unreadable   ? tr("The stack's backups could not be read.")
                                   : connection() ? tr("Reading the backups on the server…")
                                                  : tr("Connect the stack to see its backups."));
        showAsTrouble(m_ui->healthLabel, unreadable);
        if (unreadable)
            emit healthChanged(m_stack->id, true, m_ui->healthLabel->text());
        return;
    }
    const BackupHealth h = health();
    QString text;
    switch (h.state) {
    case BackupHealth::State::Ok:
        text = tr("Newest good backup: %1 (%2).")
                   .arg(DisplayFormat().dateTime(h.newestGood.toLocalTime()), ageText(h.ageSeconds));
        break;
    case BackupHealth::State::Failed:
        text = tr("The newest nightly run FAILED: %1").arg(m_catalogue->runs.first().message);
        break;
    case BackupHealth::State::Missing:
        text = tr("No nightly backup for %1: the newest good one is from %2.")
                   .arg(ageText(h.ageSeconds), DisplayFormat().dateTime(h.newestGood.toLocalTime()));
        break;
    case BackupHealth::State::NoBackup:
        text = tr("There is no good backup in %1.").arg(m_catalogue->dir);
        break;
    }
    if (!m_drillList.isEmpty()) {
        const DrillResult &last = m_drillList.first();
        text += QLatin1Char(' ') + (last.passed() ? tr("Last restore drill passed on %1.")
                                                  : tr("Last restore drill FAILED on %1."))
                                       .arg(DisplayFormat().dateTime(last.startedAt.toLocalTime()));
    }
    const QString headline = text; // the fleet tile's text
    text += QLatin1Char('\n') + BackupCatalogueReader::coverageText(m_catalogue->coverage());
    if (!m_catalogue->remoteError.isEmpty())
        text += QLatin1Char(' ') + m_catalogue->remoteError;
    m_ui->healthLabel->setText(text);
    showAsTrouble(m_ui->healthLabel, h.red());
    if (m_stack)
        emit healthChanged(m_stack->id, h.red(), headline);
}

bool BackupsWorkspace::backUpNow()
{
    if (!connection() || isBusy())
        return false;
    startRun(Job::Backup, BackupServerScripts::backupNowScript(m_paths));
    return true;
}

bool BackupsWorkspace::runDrill(const QString &dumpFile)
{
    if (!connection() || isBusy())
        return false;
    QString dump = dumpFile;
    if (dump.isEmpty() && m_catalogue) {
        const int row = m_ui->catalogueTable->currentRow();
        if (row >= 0 && row < m_catalogue->files.size() &&
            m_catalogue->files.at(row).kind == BackupFile::Kind::Dump && !m_catalogue->files.at(row).remote)
            dump = m_catalogue->dir + QLatin1Char('/') + m_catalogue->files.at(row).name;
        else if (const BackupFile *good = m_catalogue->newestGoodDump())
            dump = m_catalogue->dir + QLatin1Char('/') + good->name;
    }
    const QString script = BackupServerScripts::drillScript(m_paths, dump);
    if (!dump.endsWith(QLatin1String(".gpg")) || !m_secrets) {
        startRun(Job::Drill, script);
        return true;
    }
    // An encrypted backup: its key comes from the keychain and goes to the server on the drill's stdin
    // (without one the drill says so).
    m_job = Job::Drill;
    updateActions();
    const QPointer<BackupsWorkspace> self(this);
    m_secrets->read(m_stack->id, BackupKey::SecretName, [self, script](const Result<QString> &key) {
        if (self)
            self->startRun(Job::Drill, script, key.ok() ? key.value().toUtf8() : QByteArray());
    });
    return true;
}

void BackupsWorkspace::startRun(Job job, const QString &script, const QByteArray &standardInput)
{
    m_job = job;
    m_jobStackId = m_stack->id;
    m_ui->output->clear();
    m_ui->statusMessage->hide();
    m_ui->pages->setCurrentWidget(m_ui->outputPage);
    m_ui->progress->setRange(0, job == Job::Drill ? 9 : 0);
    m_ui->progress->setValue(0);
    m_ui->progress->show();
    auto *run = new ServerScriptRun(this);
    m_run = run;
    connect(run, &ServerScriptRun::output, this, &BackupsWorkspace::onOutput);
    connect(run, &ServerScriptRun::finished, this, &BackupsWorkspace::onRunFinished);
    run->start(connection(), BackupServerScripts::asRoot(script, m_paths.pathFirst), standardInput);
    updateActions();
}

void BackupsWorkspace::onOutput(const QString &chunk)
{
    // A drill's steps become progress; a backup's output is shown as it comes.
    QString shown;
    for (const QString &line : chunk.split(QLatin1Char('\n'))) {
        if (const auto step = BackupServerScripts::stepOf(line)) {
            m_ui->progress->setValue(int(*step) + 1);
            shown += BackupServerScripts::stepText(*step) + QStringLiteral("…\n");
        } else if (m_job == Job::Backup && !line.startsWith(QLatin1String("@@")) && !line.isEmpty()) {
            shown += line + QLatin1Char('\n');
        }
    }
    if (shown.isEmpty())
        return;
    m_ui->output->moveCursor(QTextCursor::End);
    m_ui->output->insertPlainText(shown);
    m_ui->output->verticalScrollBar()->setValue(m_ui->output->verticalScrollBar()->maximum());
}

void BackupsWorkspace::onRunFinished(const QString &message)
{
    const Job job = m_job;
    const QString output = m_run ? m_run->collected() : QString();
    const bool cancelled = m_run && m_run->wasCancelled();
    if (m_run)
        m_run->deleteLater();
    m_job = Job::None;
    m_ui->progress->hide();
    if (job == Job::Backup) {
        const QHash<QString, QString> s = BackupServerScripts::sections(output);
        const QString exit = s.value(QStringLiteral("exit")).trimmed();
        if (s.contains(QStringLiteral("nosudo")))
            showError(
                [this] { return tr("Running the backup needs root: the login needs passwordless sudo."); });
        else if (s.contains(QStringLiteral("error")))
            showError(BackupServerScripts::parseCatalogue(output).error().message);
        else if (cancelled)
            showError([this] { return tr("The backup was cancelled."); });
        else if (!message.isEmpty())
            showError(message);
        else if (exit == QLatin1String("0"))
            showInfo([this] { return tr("The backup finished."); }, true);
        else
            showError([this, exit] {
                return tr("The backup failed (exit status %1); its output says why.").arg(exit);
            });
    } else if (job == Job::Drill) {
        const Result<DrillResult> result = BackupServerScripts::parseDrill(output, m_jobStackId);
        if (!message.isEmpty() && !cancelled) {
            showError(message);
        } else if (!result.ok()) {
            if (cancelled)
                showError([this] { return tr("The drill was cancelled; its scratch cluster was removed."); });
            else
                showError(result.error().message);
        } else {
            keepDrill(result.value());
            const bool passed = result.value().passed();
            const QString evidence = result.value().evidence.join(QLatin1Char(' '));
            showInfo(
                [this, passed, evidence] {
                    return passed ? tr("The restore drill passed.")
                                  : tr("The restore drill FAILED: %1").arg(evidence);
                },
                passed);
            m_ui->pages->setCurrentWidget(m_ui->drillsPage);
            emit drillFinished(m_jobStackId, result.value().passed());
        }
    }
    updateActions();
    // A new dump (or a failed run) changes the catalogue.
    if (!refresh())
        emit idle();
}

void BackupsWorkspace::cancel()
{
    if (m_run)
        m_run->cancel();
}

bool BackupsWorkspace::scheduleDrill()
{
    StackConnection *c = connection();
    if (!c || isBusy())
        return false;
    m_refreshing = true;
    updateActions();
    c->exec(
        BackupServerScripts::asRoot(BackupServerScripts::scheduleScript(m_paths), m_paths.pathFirst), this,
        [this](const Result<ExecResult> &r) {
            m_refreshing = false;
            const QString out = r.ok() ? QString::fromUtf8(r.value().standardOutput) : QString();
            if (!r.ok())
                showError(r.error().message);
            else if (out.contains(QLatin1String("@@nosudo")))
                showError([this] {
                    return tr("Scheduling the drill needs root: the login needs passwordless sudo.");
                });
            else if (out.contains(QLatin1String("@@scheduled systemd")))
                showInfo(
                    [this, dir = m_paths.resultDir] {
                        return tr("The monthly drill is scheduled with a systemd timer (the 1st, 04:41); "
                                  "its results go to %1.")
                            .arg(dir);
                    },
                    true);
            else if (out.contains(QLatin1String("@@scheduled cron")))
                showInfo(
                    [this, dir = m_paths.resultDir] {
                        return tr("The monthly drill is scheduled with cron (the 1st, 04:41); its results go "
                                  "to %1.")
                            .arg(dir);
                    },
                    true);
            else
                showError(tr("The monthly drill could not be scheduled: %1")
                              .arg(QString::fromUtf8(r.value().standardError).trimmed()));
            updateActions();
            emit idle();
        });
    return true;
}

Status BackupsWorkspace::writeRunbook(const QString &path, const QString &language) const
{
    if (!m_stack)
        return Error{ErrorCode::BackupPath, tr("Select a stack first.")};
    RunbookInput input;
    input.stack = *m_stack;
    input.backup.scriptPath = m_paths.backupScript;
    input.backup.envFile = m_stack->installDir + QStringLiteral("/.env");
    input.backup.dbName = m_stack->dbName;
    if (m_catalogue) {
        if (!m_catalogue->dir.isEmpty())
            input.backup.backupDir = m_catalogue->dir;
        if (!m_catalogue->log.isEmpty())
            input.backup.logFile = m_catalogue->log;
        input.backup.rcloneRemote = m_catalogue->remote;
        if (!m_catalogue->pitrDir.isEmpty()) {
            PitrLayout pitr;
            pitr.hostDir = m_catalogue->pitrDir;
            input.pitr = pitr;
        }
    }
    if (!m_drillList.isEmpty())
        input.lastDrill = m_drillList.first();
    input.generatedAt = QDateTime::currentDateTimeUtc();
    return RunbookPdf::write(path, input, language);
}

void BackupsWorkspace::saveRunbook()
{
    if (!m_stack)
        return;
    QString name = m_stack->name;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    const QString suggested = QDir::home().filePath(QStringLiteral("runbook-%1.pdf").arg(name));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save disaster-recovery runbook"), suggested,
                                                      tr("PDF documents (*.pdf);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (const Status written = writeRunbook(path); !written.ok())
        showError(written.error().message);
    else
        showInfo([this, path] { return tr("The runbook was saved to %1.").arg(path); }, true);
}

void BackupsWorkspace::pullScheduledDrills()
{
    StackConnection *c = connection();
    if (!c)
        return;
    const QString stackId = m_stack->id;
    c->exec(
        BackupServerScripts::asRoot(BackupServerScripts::pullScript(m_paths), m_paths.pathFirst), this,
        [this, stackId](const Result<ExecResult> &r) {
            if (!r.ok())
                return;
            const QHash<QString, QString> files =
                BackupServerScripts::pulledFiles(QString::fromUtf8(r.value().standardOutput));
            bool any = false;
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                const Result<DrillResult> drill = BackupServerScripts::parseDrill(it.value(), stackId);
                DrillResult kept;
                if (drill.ok()) {
                    kept = drill.value();
                } else {
                    // A scheduled drill that could not run is a failed drill in the history.
                    kept.stackId = stackId;
                    kept.startedAt = QDateTime::fromString(
                        BackupServerScripts::sections(it.value()).value(QStringLiteral("started")).trimmed(),
                        Qt::ISODate);
                    kept.evidence << drill.error().message;
                }
                kept.evidence.prepend(tr("Scheduled on the server (%1).").arg(it.key()));
                if (m_drills && m_drills->isOpen())
                    if (const Status stored = m_drills->add(kept); !stored.ok())
                        showError(stored.error().message);
                any = true;
            }
            if (any && m_stack && m_stack->id == stackId)
                loadDrills();
        });
}

void BackupsWorkspace::keepDrill(const DrillResult &drill)
{
    if (m_drills && m_drills->isOpen()) {
        if (const Status kept = m_drills->add(drill); !kept.ok())
            showError(kept.error().message);
        loadDrills();
    } else {
        m_drillList.prepend(drill);
        showDrills(m_drillList);
    }
}

void BackupsWorkspace::loadDrills()
{
    QList<DrillResult> drills;
    if (m_stack && m_drills && m_drills->isOpen())
        if (const auto read = m_drills->drills(m_stack->id); read.ok())
            drills = read.value();
    showDrills(drills);
}

void BackupsWorkspace::showDrills(const QList<DrillResult> &drills)
{
    m_drillList = drills;
    const DisplayFormat format;
    m_ui->drillTable->setRowCount(int(drills.size()));
    for (int row = 0; row < drills.size(); ++row) {
        const DrillResult &d = drills.at(row);
        m_ui->drillTable->setItem(row, 0, item(format.dateTime(d.startedAt.toLocalTime()), !d.passed()));
        m_ui->drillTable->setItem(row, 1, item(d.passed() ? tr("Passed") : tr("Failed"), !d.passed()));
        m_ui->drillTable->setItem(row, 2, item(format.duration(d.durationMs), !d.passed()));
        m_ui->drillTable->setItem(row, 3, item(d.dumpFile, !d.passed()));
    }
    m_ui->drillTable->resizeColumnsToContents();
    if (!drills.isEmpty())
        m_ui->drillTable->setCurrentCell(0, 0);
    showDrill(drills.isEmpty() ? -1 : 0);
    updateHealth();
}

void BackupsWorkspace::showDrill(int row)
{
    if (row < 0 || row >= m_drillList.size()) {
        m_ui->drillEvidence->setPlainText(m_drillList.isEmpty() ? tr("No restore drill yet.") : QString());
        return;
    }
    const DrillResult &d = m_drillList.at(row);
    QStringList lines = d.evidence;
    if (!d.tables.isEmpty()) {
        lines << QString();
        for (const DrillTable &t : d.tables)
            lines << tr("%1: %2 live, %3 restored (%4)")
                         .arg(t.qualifiedName(),
                              t.liveRows < 0 ? QStringLiteral("—") : DisplayFormat().number(t.liveRows),
                              t.restoredRows < 0 ? QStringLiteral("—")
                                                 : DisplayFormat().number(t.restoredRows),
                              drillVerdictText(t.verdict));
    }
    m_ui->drillEvidence->setPlainText(lines.join(QLatin1Char('\n')));
}

void BackupsWorkspace::showError(const QString &text)
{
    m_ui->statusMessage->showMessage(text, MessageWidget::Type::Error);
}

void BackupsWorkspace::showInfo(const QString &text, bool good)
{
    m_ui->statusMessage->showMessage(text,
                                     good ? MessageWidget::Type::Positive : MessageWidget::Type::Warning);
}

void BackupsWorkspace::showError(std::function<QString()> text)
{
    m_ui->statusMessage->showMessage(std::move(text), MessageWidget::Type::Error);
}

void BackupsWorkspace::showInfo(std::function<QString()> text, bool good)
{
    m_ui->statusMessage->showMessage(std::move(text),
                                     good ? MessageWidget::Type::Positive : MessageWidget::Type::Warning);
}

void BackupsWorkspace::updateActions()
{
    const bool reachable = connection() != nullptr;
    const bool busy = isBusy();
    m_ui->refreshButton->setEnabled(reachable && !busy);
    m_ui->backupButton->setEnabled(reachable && !busy);
    m_ui->drillButton->setEnabled(reachable && !busy);
    m_ui->scheduleButton->setEnabled(reachable && !busy);
    m_ui->cancelButton->setEnabled(m_job != Job::None);
    m_ui->runbookButton->setEnabled(m_stack.has_value());
}

void BackupsWorkspace::retranslateUi()
{
    m_ui->catalogueTable->setHorizontalHeaderLabels(
        {tr("Taken"), tr("Kind"), tr("Size"), tr("Run"), tr("File")});
    m_ui->runsTable->setHorizontalHeaderLabels({tr("Started"), tr("Result"), tr("Dump or reason")});
    m_ui->drillTable->setHorizontalHeaderLabels({tr("Started"), tr("Result"), tr("Duration"), tr("Dump")});
    m_ui->pages->setTabText(m_ui->pages->indexOf(m_pitrPage), tr("Point-in-time recovery"));
    if (m_catalogue)
        showCatalogue(*m_catalogue);
    showDrills(m_drillList);
    updateHealth();
}

void BackupsWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        emit titleChanged();
    }
    Workspace::changeEvent(event);
}

} // namespace supadesk
