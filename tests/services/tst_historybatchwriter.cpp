// SPDX-License-Identifier: GPL-3.0-or-later
// The history writer every database sampler of a fleet shares: one per file, readings of several
// stacks written together, nothing lost when the last holder lets go, a file it cannot open told.
#include "db/historystore.h"
#include "services/historybatchwriter.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <thread>

using namespace supadesk;

namespace {

qint64 rawCount(const QString &directory, const QString &stack, const QString &metric)
{
    HistoryStore store(directory);
    if (!store.openForReading().ok())
        return -1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto rows = store.query(stack, metric, now - 600000, now + 600000, HistoryResolution::Raw);
    return rows.ok() ? rows.value().size() : -1;
}

} // namespace

class TestHistoryBatchWriter : public QObject
{
    Q_OBJECT

private slots:
    void oneWriterPerFile()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const auto first = HistoryBatchWriter::of(a.path());
        const auto second = HistoryBatchWriter::of(a.path());
        const auto other = HistoryBatchWriter::of(b.path());
        QCOMPARE(first.get(), second.get());
        QVERIFY(first.get() != other.get());
        QVERIFY(first->openNotices().isEmpty());
    }

    void readingsOfSeveralStacksAndThreadsAreStored()
    {
        QTemporaryDir dir;
        const auto writer = HistoryBatchWriter::of(dir.path());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Samplers append from threads of their own.
        std::vector<std::thread> samplers;
        for (int s = 0; s < 4; ++s)
            samplers.emplace_back([&writer, s, now] {
                for (int i = 0; i < 5; ++i)
                    writer->append(QStringLiteral("stack-%1").arg(s), now + i * 1000,
                                   {{QStringLiteral("m.a"), double(i)}, {QStringLiteral("m.b"), double(s)}});
            });
        for (std::thread &t : samplers)
            t.join();
        writer->flush();
        for (int s = 0; s < 4; ++s) {
            QCOMPARE(rawCount(dir.path(), QStringLiteral("stack-%1").arg(s), QStringLiteral("m.a")), 5);
            QCOMPARE(rawCount(dir.path(), QStringLiteral("stack-%1").arg(s), QStringLiteral("m.b")), 5);
        }
    }

    void aQueuedReadingIsWrittenWithoutAFlush()
    {
        QTemporaryDir dir;
        const auto writer = HistoryBatchWriter::of(dir.path());
        writer->append(QStringLiteral("s"), QDateTime::currentMSecsSinceEpoch(), {{QStringLiteral("m"), 1}});
        QTRY_COMPARE_WITH_TIMEOUT(rawCount(dir.path(), QStringLiteral("s"), QStringLiteral("m")), 1,
                                  HistoryBatchWriter::BatchMs + 10000);
    }

    void aReaderFlushesWithoutOpeningAWriter()
    {
        QTemporaryDir dir;
        const auto writer = HistoryBatchWriter::of(dir.path());
        writer->append(QStringLiteral("s"), QDateTime::currentMSecsSinceEpoch(), {{QStringLiteral("m"), 1}});
        HistoryBatchWriter::flushIfOpen(dir.path());
        QCOMPARE(rawCount(dir.path(), QStringLiteral("s"), QStringLiteral("m")), 1);
        QTemporaryDir other;
        HistoryBatchWriter::flushIfOpen(other.filePath(QStringLiteral("none")));
        QVERIFY(!QFile::exists(other.filePath(QStringLiteral("none"))));
    }

    void theLastHolderLettingGoWritesWhatIsQueued()
    {
        QTemporaryDir dir;
        {
            const auto writer = HistoryBatchWriter::of(dir.path());
            writer->append(QStringLiteral("s"), QDateTime::currentMSecsSinceEpoch(),
                           {{QStringLiteral("m"), 1}});
        }
        QCOMPARE(rawCount(dir.path(), QStringLiteral("s"), QStringLiteral("m")), 1);
        // A new holder gets a new writer of the same file, which keeps what was written.
        const auto again = HistoryBatchWriter::of(dir.path());
        again->append(QStringLiteral("s"), QDateTime::currentMSecsSinceEpoch() + 1,
                      {{QStringLiteral("m"), 2}});
        again->flush();
        QCOMPARE(rawCount(dir.path(), QStringLiteral("s"), QStringLiteral("m")), 2);
    }

    void aFileThatCannotBeOpenedIsTold()
    {
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(QStringLiteral("plain-file"));
        QFile file(notADirectory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto writer = HistoryBatchWriter::of(notADirectory);
        QCOMPARE(writer->openNotices().size(), 1);
        // Readings go nowhere, quietly: the failure was told once, when the file was opened.
        QVERIFY(writer->append(QStringLiteral("s"), 1, {{QStringLiteral("m"), 1}}).isEmpty());
        writer->flush();
    }
};

QTEST_GUILESS_MAIN(TestHistoryBatchWriter)
#include "tst_historybatchwriter.moc"
