// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitrpage.h"

#include "core/locale/displayformat.h"
#include "gui/styles/statepalette.h"
#include "pitrrestoredialog.h"
#include "services/stackconnection.h"
#include "ui_pitrpage.h"

#include <QEvent>
#include <QHeaderView>

namespace supadesk {

namespace {

void showAsTrouble(QLabel *label, bool trouble)
{
    StatePalette::setTextRole(label, trouble ? std::optional(StatePalette::Role::Bad) : std::nullopt);
    QFont font = label->font();
    font.setBold(trouble);
    label->setFont(font);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? DisplayFormat().dateTime(t.toLocalTime()) : QStringLiteral("—");
}

} // namespace

PitrPage::PitrPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::PitrPage>())
{
    m_ui->setupUi(this);
    m_ui->baseTable->verticalHeader()->hide();
    m_ui->baseTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->baseTable->setWordWrap(false);
    m_ui->baseTable->setColumnCount(4);
    connect(m_ui->pitrRefreshButton, &QPushButton::clicked, this, &PitrPage::refresh);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &PitrPage::openRestoreDialog);
    retranslateUi();
}

PitrPage::~PitrPage() = default;

void PitrPage::setStack(const QString &stackId, const QString &stackName, StackConnection *connection)
{
    const bool changed = stackId != m_stackId;
    m_stackId = stackId;
    m_stackName = stackName;
    m_connection = connection;
    if (changed) {
        m_status.reset();
        m_readingFromServer.reset();
        m_problem.clear();
    }
    if (connection && (changed || !m_status))
        refresh();
    retranslateUi();
}

bool PitrPage::refresh()
{
    if (!m_connection || m_reading)
        return false;
    m_reading = true;
    updateActions();
    const QString stackId = m_stackId;
    const QString path = m_paths.pathFirst.isEmpty()
                             ? QString()
                             : QStringLiteral("PATH=%1:$PATH; export PATH\n").arg(m_paths.pathFirst);
    m_connection->exec(
        path + PitrRules::statusCommand(m_paths.layout), this, [this, stackId](const Result<ExecResult> &r) {
            m_reading = false;
            if (stackId != m_stackId) { // another stack was chosen meanwhile: read that one
                if (m_connection)
                    refresh();
                return;
            }
            const PitrServerReading reading =
                PitrRules::parseStatus(r.ok() ? QString::fromUtf8(r.value().standardOutput) : QString());
            if (!r.ok()) {
                m_status.reset();
                m_readingFromServer.reset();
                m_problem = r.error().message;
            } else if (reading.archiver.archiveMode.isEmpty()) {
                m_status.reset();
                m_readingFromServer.reset();
                m_problem = tr("pg_stat_archiver could not be read in %1: %2")
                                .arg(m_paths.layout.container, reading.error);
            } else {
                m_problem.clear();
                m_readingFromServer = reading;
                m_status = PitrRules::evaluate(reading.archiver, reading.walFiles, reading.baseBackups,
                                               QDateTime::currentDateTimeUtc());
            }
            retranslateUi();
            emit statusRead();
        });
    return true;
}

void PitrPage::showStatus(const PitrStatus &status)
{
    m_status = status;
    m_readingFromServer.reset();
    m_problem.clear();
    retranslateUi();
}

void PitrPage::showNothing(const QString &text, bool trouble)
{
    m_ui->stateLabel->setText(text);
    showAsTrouble(m_ui->stateLabel, trouble);
    for (QLabel *l :
         {m_ui->archiveModeValue, m_ui->lastArchivedValue, m_ui->lastFailedValue, m_ui->windowValue}) {
        l->setText(QStringLiteral("—"));
        showAsTrouble(l, false);
    }
    m_ui->baseTable->setRowCount(0);
    m_ui->baseTable->resizeColumnsToContents();
}

void PitrPage::retranslateUi()
{
    m_ui->baseTable->setHorizontalHeaderLabels(
        {tr("Base backup"), tr("Started"), tr("Ended"), tr("First WAL segment")});
    updateActions();
    if (!m_status) {
        if (!m_problem.isEmpty())
            showNothing(m_problem, true);
        else if (m_stackId.isEmpty())
            showNothing(tr("Select a stack to see its point-in-time recovery."), false);
        else if (!m_connection)
            showNothing(tr("Connect the stack to see its point-in-time recovery."), false);
        else
            showNothing(tr("Reading the WAL archive on the server…"), false);
        return;
    }
    const PitrStatus &s = *m_status;
    const bool failing = s.state == PitrStatus::State::Failing;
    m_ui->stateLabel->setText(s.summary);
    showAsTrouble(m_ui->stateLabel, failing || s.state == PitrStatus::State::Off);
    m_ui->archiveModeValue->setText(
        tr("%1 (archive_mode is %2)").arg(PitrRules::stateText(s.state), s.archiver.archiveMode));
    m_ui->lastArchivedValue->setText(
        s.archiver.lastArchivedWal.isEmpty()
            ? tr("nothing yet")
            : tr("%1 at %2 (%n file(s) in all)", nullptr,
                 int(std::min<qint64>(s.archiver.archivedCount, INT_MAX)))
                  .arg(s.archiver.lastArchivedWal, when(s.archiver.lastArchivedTime)));
    m_ui->lastFailedValue->setText(s.archiver.lastFailedWal.isEmpty()
                                       ? tr("none")
                                       : tr("%1 at %2 (%n failure(s) in all)", nullptr,
                                            int(std::min<qint64>(s.archiver.failedCount, INT_MAX)))
                                             .arg(s.archiver.lastFailedWal, when(s.archiver.lastFailedTime)));
    showAsTrouble(m_ui->lastFailedValue, failing);
    const PitrWindow w = PitrServerRestore::window(s);
    m_ui->windowValue->setText(w.isValid()
                                   ? tr("any moment from %1 to %2").arg(when(w.earliest), when(w.latest))
                                   : tr("nothing: a base backup and archived WAL are needed"));
    const DisplayFormat format;
    m_ui->baseTable->setRowCount(int(s.baseBackups.size()));
    for (int row = 0; row < s.baseBackups.size(); ++row) {
        // Newest first, as the other tables of the tab.
        const BaseBackupInfo &b = s.baseBackups.at(s.baseBackups.size() - 1 - row);
        m_ui->baseTable->setItem(row, 0, new QTableWidgetItem(b.folder()));
        m_ui->baseTable->setItem(row, 1, new QTableWidgetItem(when(b.startTime)));
        m_ui->baseTable->setItem(row, 2, new QTableWidgetItem(when(b.stopTime)));
        m_ui->baseTable->setItem(row, 3, new QTableWidgetItem(b.startWal));
    }
    m_ui->baseTable->resizeColumnsToContents();
}

void PitrPage::updateActions()
{
    m_ui->pitrRefreshButton->setEnabled(m_connection && !m_reading);
    m_ui->restoreButton->setEnabled(m_connection && m_status && !m_status->baseBackups.isEmpty());
}

bool PitrPage::openRestoreDialog()
{
    if (!m_status || !m_connection || m_status->baseBackups.isEmpty())
        return false;
    PitrRestoreDialog dialog(*m_status, m_stackName, m_connection, m_paths, this);
    dialog.exec();
    refresh();
    return true;
}

void PitrPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_readingFromServer) // the verdict's sentences come from the rules, in the language of the moment
            m_status = PitrRules::evaluate(m_readingFromServer->archiver, m_readingFromServer->walFiles,
                                           m_readingFromServer->baseBackups, QDateTime::currentDateTimeUtc());
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace supadesk
