// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One line of the preflight page: a fact of the server measured against the production minimum
// (4 vCPU, 8 GB RAM, 100 GB SSD, Ubuntu 22.04 / Debian 11+, Docker 20.10+ with compose v2).
struct PreflightFinding
{
    enum class Level { Green, Amber, Red };

    QString code; // stable, e.g. "preflight.cpu", "preflight.docker.missing"
    Level level = Level::Green;
    QString title;    // translated: what was checked, e.g. "vCPUs"
    QString observed; // translated: what the server has, e.g. "2 vCPUs"
    QString reason;   // translated: why this level (empty for a plain green)
    QString fix;      // translated: what to do about it (empty when nothing is needed)
};

using PreflightFindings = QList<PreflightFinding>;

} // namespace supadesk
