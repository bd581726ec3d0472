// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/backupscriptwriter.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace supadesk {

class StackConnection;

// One run of backup.sh on the server, now: checks that Docker answers and the db container runs,
// uploads the script to a private scratch folder (BackupRunCommands), runs it in a process group of its own
// (so that Cancel can stop pg_dump inside it) and reads the dump's name, size and pg_restore --list check
// from its log.
//
//   auto *run = new BackupRun(connection, this);
//   connect(run, &BackupRun::finished, this, [run] { show(run->result()); });
//   run->start(BackupScriptWriter::script(options).value(), options, QStringLiteral("sudo -n"));
class BackupRun : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString dumpFile;
        qint64 bytes = -1;
        int entries = -1; // entries pg_restore --list read back; > 0 means the dump was verified
        QString error;
        QString output; // what the script printed
    };

    explicit BackupRun(StackConnection *connection, QObject *parent = nullptr);
    ~BackupRun() override;

    // `commandPrefix` goes in front of every command, e.g. "sudo -n" for a login other than root.
    void start(const QString &script, const BackupOptions &options, const QString &commandPrefix);
    // Stops the run: before the script starts nothing happens on the server; while it runs its whole
    // process group is terminated and the partial dump is removed by the script's own trap.
    void cancel();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }

    // Reads the script's log lines ("backup FILE written: N bytes, M entries", "FAILED: why").
    static Outcome parse(const QString &output, int exitStatus);

signals:
    void progress(const QString &line);
    void finished(bool ok);

private:
    void makeFolder(const QString &script);
    void upload(const QString &script);
    void run();
    void done(const Outcome &outcome);
    QString wrap(const QString &shellCode) const;
    void stopOnServer();

    QPointer<StackConnection> m_connection;
    // The connection runs one command at a time and is busy with the backup: Cancel sends its kill
    // through a second connection of the same settings.
    std::unique_ptr<StackConnection> m_stopper;
    BackupOptions m_options;
    QString m_prefix;
    QString m_folder; // made by mktemp -d on the server: the script and its pid file
    bool m_running = false;
    bool m_started = false; // the script runs on the server
    bool m_cancelled = false;
    Outcome m_outcome;
};

} // namespace supadesk
