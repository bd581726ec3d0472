// SPDX-License-Identifier: GPL-3.0-or-later
#include "clistores.h"

#include "app/services/appservices.h"

namespace supadesk::cli {

std::unique_ptr<UptimeStore> openUptimeStore(QTextStream &err)
{
    auto store = std::make_unique<UptimeStore>(AppLocations::forCurrentProfile().dataDir);
    if (const Status opened = store->open(); !opened.ok()) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    if (!store->recoveryMessage().isEmpty())
        err << store->recoveryMessage() << Qt::endl;
    return store;
}

} // namespace supadesk::cli
