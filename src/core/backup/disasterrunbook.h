// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/drillresult.h"
#include "core/backup/pitrrules.h"
#include "core/setup/backupscriptwriter.h"
#include "core/stack.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QTranslator;

namespace supadesk {

struct RunbookInput
{
    Stack stack;
    BackupOptions backup;           // where the nightly dump goes (the stack's install dir fills envFile)
    std::optional<PitrLayout> pitr; // none: point-in-time recovery is not set up
    std::optional<DrillResult> lastDrill;
    QStringList contacts; // "Name, role, phone or e-mail", one per person
    QDateTime generatedAt;
};

// The disaster-recovery runbook of one stack, as Markdown: where the backups are, the exact commands for
// each scenario (a corrupted database, a lost server, a bad migration undone with PITR), the contacts and
// the last restore drill's result. Commands are the stack's own (its paths, container, database); the
// prose is in the chosen language. The PDF (RunbookPdf, gui) and the CLI print this text.
class DisasterRunbook
{
public:
    static inline const char *context = "supadesk::DisasterRunbook";

    // `language`: "en", "ka", or empty for the interface's.
    static QString markdown(const RunbookInput &input, const QString &language = QString());
};

} // namespace supadesk
