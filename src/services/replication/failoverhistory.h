// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/replication/failoverrecord.h"
#include "core/result.h"

#include <QCoreApplication>

namespace supadesk {

// The failovers run from this desktop (the dialog and the CLI alike), newest last, in a JSON file
// under the profile's data folder. Written whole through a QSaveFile so a crash leaves the old list.
class FailoverHistory
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::FailoverHistory)

public:
    explicit FailoverHistory(QString file = defaultFile());
    static QString defaultFile();

    Status append(const FailoverRecord &record);
    // Every record, or those of one stack (as primary or standby), oldest first.
    Result<FailoverRecords> list(const QString &stack = QString()) const;
    // The OS user running this program, for the record's "who".
    static QString currentUser();

private:
    QString m_file;
};

} // namespace supadesk
