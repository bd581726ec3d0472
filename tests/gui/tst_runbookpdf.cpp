// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook as the Backups workspace writes it: an A4 PDF (and Markdown for a .md name), in English and
// Georgian. The first page is also drawn to a PNG beside the test for a person to look at.
#include "gui/backup/runbookpdf.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace supadesk;

class TestRunbookPdf : public QObject
{
    Q_OBJECT

    static RunbookInput input()
    {
        RunbookInput in;
        in.stack.name = QStringLiteral("prod");
        in.stack.sshHost = QStringLiteral("db.example.com");
        in.pitr = PitrLayout();
        in.contacts << QStringLiteral("Nino Beridze, DBA");
        in.generatedAt = QDateTime::currentDateTimeUtc();
        return in;
    }

private slots:
    void writesPdfAndMarkdown_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ka") << QStringLiteral("ka");
    }

    void writesPdfAndMarkdown()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("runbook.pdf"));
        QVERIFY(RunbookPdf::write(pdf, input(), language).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY2(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page ") >=
                         2 ||
                     bytes.contains("/Count 2") || bytes.contains("/Count 3") || bytes.contains("/Count 4"),
                 "the runbook fits on no fewer than two pages");
        const QString md = dir.filePath(QStringLiteral("runbook.md"));
        QVERIFY(RunbookPdf::write(md, input(), language).ok());
        QFile text(md);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().startsWith("# "));
        QVERIFY(
            !RunbookPdf::write(dir.filePath(QStringLiteral("missing/runbook.pdf")), input(), language).ok());

        // What the first page looks like, for a person to check.
        QTextDocument document;
        RunbookPdf::layout(document, DisasterRunbook::markdown(input(), language));
        document.setTextWidth(760);
        QImage page(800, 1130, QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.translate(20, 20);
        document.drawContents(&painter, QRectF(0, 0, 760, 1090));
        painter.end();
        page.save(QStringLiteral("runbook-%1.png").arg(language));
    }
};

QTEST_MAIN(TestRunbookPdf)
#include "tst_runbookpdf.moc"
