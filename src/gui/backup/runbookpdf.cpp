// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookpdf.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace supadesk {

QByteArray RunbookPdf::render(const QString &markdown, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Supadesk"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    QTextDocument document;
    layout(document, markdown);
    document.print(&writer);
    buffer.close();
    return bytes;
}

void RunbookPdf::layout(QTextDocument &document, const QString &markdown)
{
    QFont font;
    // As the uptime and audit reports: Noto Sans has every Latin glyph, Noto Sans Georgian every Georgian
    // one.
    font.setFamilies(
        {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Georgian"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(
        QStringLiteral("pre, code { font-family: 'DejaVu Sans Mono', monospace; }"));
    document.setMarkdown(markdown);
    // Command lines are long: on paper they wrap (anywhere, if need be) rather than run off the page.
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setNonBreakableLines(false);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

Status RunbookPdf::write(const QString &path, const RunbookInput &input, const QString &language)
{
    const QString markdown = DisasterRunbook::markdown(input, language);
    const QByteArray content = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
                                   ? markdown.toUtf8()
                                   : render(markdown, markdown.section(QLatin1Char('\n'), 0, 0).mid(2));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{ErrorCode::BackupPath,
                     tr("The runbook could not be written to %1: %2").arg(path, file.errorString())};
    return success();
}

} // namespace supadesk
