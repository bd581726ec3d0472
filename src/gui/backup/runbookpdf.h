// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/disasterrunbook.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace supadesk {

// The disaster-recovery runbook as an A4 PDF: DisasterRunbook's Markdown laid out by QTextDocument in the
// report font (Noto Sans, with Noto Sans Georgian for Georgian). The Backups workspace's "Runbook…" button
// calls write() with the stack's input; the same input gives the Markdown file.
class RunbookPdf
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::RunbookPdf)

public:
    static QByteArray render(const QString &markdown, const QString &title);
    // Fills `document` with the runbook as the PDF lays it out (fonts, wrapped command lines).
    static void layout(QTextDocument &document, const QString &markdown);
    // Writes the runbook of `input` in `language` ("en", "ka", empty: the interface's) as PDF, or as
    // Markdown when `path` ends in .md.
    static Status write(const QString &path, const RunbookInput &input, const QString &language);
};

} // namespace supadesk
