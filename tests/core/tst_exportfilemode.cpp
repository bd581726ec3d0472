// SPDX-License-Identifier: GPL-3.0-or-later
// The permissions "Export bundle" writes files with: the .env for its owner alone, scripts runnable by
// the owner and the group, text and the probe's files readable by all, the probe script runnable by all.
#include "core/setup/exportfilemode.h"

#include <QtTest>

using namespace supadesk;

namespace {

// As `ls -l` or `stat -c %a` would show it.
int octal(QFileDevice::Permissions p)
{
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01}};
    for (const auto &[bit, value] : bits)
        if (p.testFlag(bit))
            mode |= value;
    return mode;
}

} // namespace

class TestExportFileMode : public QObject
{
    Q_OBJECT

private slots:
    void bundleFiles()
    {
        QCOMPARE(octal(ExportFileMode::forBundleFile(BundleFile::Kind::Secret)), 0600);
        QCOMPARE(octal(ExportFileMode::forBundleFile(BundleFile::Kind::Script)), 0750);
        QCOMPARE(octal(ExportFileMode::forBundleFile(BundleFile::Kind::Text)), 0644);
    }

    void secretsAreNeverReadableByOthers()
    {
        const QFileDevice::Permissions secret = ExportFileMode::forBundleFile(BundleFile::Kind::Secret);
        for (const QFileDevice::Permission bit : {QFileDevice::ReadGroup, QFileDevice::ReadOther,
                                                  QFileDevice::WriteGroup, QFileDevice::WriteOther})
            QVERIFY(!secret.testFlag(bit));
    }

    void probeFiles()
    {
        QCOMPARE(octal(ExportFileMode::forProbeFile(QStringLiteral("0755"))), 0755);
        QCOMPARE(octal(ExportFileMode::forProbeFile(QStringLiteral("0644"))), 0644);
        // Anything else is a plain file: it is not made executable by accident.
        QCOMPARE(octal(ExportFileMode::forProbeFile(QString())), 0644);
    }
};

QTEST_GUILESS_MAIN(TestExportFileMode)
#include "tst_exportfilemode.moc"
