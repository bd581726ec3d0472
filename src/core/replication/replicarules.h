// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace supadesk {

// What the standby setup found out before changing anything: one value per preflight question.
struct ReplicaPreflightFacts
{
    int primaryMajor = 0;          // from server_version_num
    int standbyMajor = 0;          // from the standby host's pg_basebackup --version
    qint64 primaryDataBytes = -1;  // every database plus the WAL kept: what the base backup copies
    qint64 standbyFreeBytes = -1;  // free space where the standby's data directory goes
    bool primaryReachable = false; // pg_isready from the standby host to the primary's port
    QString primaryEndpoint;       // "host:port", for the message
    QString standbyDataDir;
    int standbyDirEntries = 0; // files already in the standby's data directory (0 also when absent)
    bool slotExists = false;
    QString slotName;
    bool roleExists = false;
    bool passwordGiven = false; // the caller supplied the existing role's password
    QString roleName;
};

// The rules of a streaming standby: preflight verdicts, names, the pg_hba entry and the settings
// the standby's postgresql.auto.conf carries. Pure: no connection, no file.
class ReplicaRules
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaRules)

public:
    // Room kept free beyond the copy itself: WAL written while the copy runs, and the file system's
    // own margin (a full disk stops the standby, and then the primary's slot keeps WAL for it).
    static constexpr qint64 DiskHeadroomBytes = 256LL * 1024 * 1024;

    // The first refusal among versions, disk, network, a data directory in use, the slot and the role,
    // in that order; success when the setup may start. Nothing is changed before this says yes.
    static Status preflight(const ReplicaPreflightFacts &facts);
    static qint64 diskNeeded(qint64 primaryDataBytes);

    // "supadesk_<name>": lower case letters, digits and underscores, at most 63 characters, as
    // PostgreSQL's slot names must be. `name` is e.g. the standby stack's name.
    static QString slotName(const QString &name);
    static bool isValidIdentifier(const QString &name);

    // The one line that lets `role` replicate from `address` only, with a password.
    static QString hbaLine(const QString &role, const QString &address);
    // pg_hba.conf with the line put before the first rule (pg_hba takes the first match, so an
    // earlier `host all all ... reject` or a broader rule cannot shadow it); unchanged if present.
    static QByteArray withHbaLine(const QByteArray &hba, const QString &line);

    // postgresql.auto.conf with each `settings` key set (replacing an earlier line of the same key),
    // other lines kept. Values are written quoted as ALTER SYSTEM writes them.
    static QByteArray withAutoConf(const QByteArray &autoConf,
                                   const QList<QPair<QString, QString>> &settings);
    // The value of `key` in a postgresql.auto.conf / postgresql.conf text, unquoted; nothing if unset.
    static std::optional<QString> confValue(const QByteArray &conf, const QString &key);
    // A libpq conninfo string ("host='h' port='5432' user='r' password='p' ...").
    static QString conninfo(const QList<QPair<QString, QString>> &parts);
    // The keywords of a conninfo string written by conninfo() or pg_basebackup -R.
    static QList<QPair<QString, QString>> parseConninfo(const QString &conninfo);

    // The last percentage in pg_basebackup -P's output ("12345/67890 kB (18%), 0/1 tablespace"); -1: none.
    static int baseBackupPercent(const QByteArray &output);
    // The major version in "pg_basebackup (PostgreSQL) 15.8 (Debian 15.8-1)"; 0 when unreadable.
    static int majorFromVersionOutput(const QString &output);

    // What pg_controldata says about rewinding: pg_rewind needs wal_log_hints or data checksums.
    struct ControlData
    {
        bool walLogHints = false;
        bool dataChecksums = false;
        QString clusterState; // "shut down", "in production", "shut down in recovery", ...
    };
    static ControlData parseControlData(const QString &output);
    // Translated: why the old primary cannot be rewound, or empty when it can.
    static QString rewindBlocker(const ControlData &control);
};

} // namespace supadesk
