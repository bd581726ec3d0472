// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostfacts.h"
#include "hostprofile.h"
#include "preflightfinding.h"

#include <QCoreApplication>

namespace supadesk {

// The thresholds preflight measures a server against; the defaults are the production minimum.
struct PreflightRequirements
{
    int minCpus = 4;
    qint64 minRamMb = 8 * 1024;
    qint64 minDiskBytes = 100LL * 1000 * 1000 * 1000; // 100 GB as sold (a little less after formatting)
    QString minDockerVersion = QStringLiteral("20.10");
    QString minUbuntu = QStringLiteral("22.04");
    int minDebian = 11;
};

// Turns HostFacts into findings, always in the same order and always one per topic:
//   preflight.cpu, .ram, .disk.size, .disk.free, .disk.type, .os, .kernel, .docker, .compose,
//   .logrotation, .ports, .time, .installdir, .composefile / .pooler (db service and pooler), .privileges,
//   .firewall.tool
// Each carries a level, what was observed, the reason and the fix (all translated). Unknown facts
// (a tool missing on the server) are amber or red findings, never errors.
class PreflightEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PreflightEvaluator)

public:
    static PreflightFindings evaluate(const HostFacts &facts,
                                      const PreflightRequirements &requirements = PreflightRequirements());

    // The worst level among the findings (Green for none).
    static PreflightFinding::Level worst(const PreflightFindings &findings);
    // A HostProfile prefilled from the facts (RAM, vCPUs, SSD/HDD); connections and workload keep
    // their defaults for the user to choose.
    static HostProfile suggestedProfile(const HostFacts &facts);
    // "green", "amber", "red" (for scripts and the CLI).
    static QString levelKey(PreflightFinding::Level level);
    // Compares dotted versions numerically ("20.10.24" >= "20.10"); non-numeric suffixes are ignored.
    static int compareVersions(const QString &a, const QString &b);
};

} // namespace supadesk
