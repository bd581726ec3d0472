// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace supadesk {

// The output of a one-command shell batch (preflight's HostFactsParser, the host view's
// HostSampleParser): every probe prints
//
//   @@section NAME
//   ...its output...
//   @@rc NAME CODE
//
// and split() returns the sections by name. A section without its closing marker is left out.
struct ShellBatchSection
{
    QString text;
    int rc = -1;
};

class ShellBatch
{
public:
    static QHash<QString, ShellBatchSection> split(const QByteArray &output);
    // The sh functions S (open a section), E (close it with a code) and R (run a command in a section
    // of its own, rc 127 when the command is missing) that such a batch is written with.
    static QString helpers();
};

} // namespace supadesk
