// SPDX-License-Identifier: GPL-3.0-or-later
#include "clistores.h"

#include "app/services/appservices.h"
#include "db/drillhistorystore.h"

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

std::optional<DrillResult> lastDrill(const QString &stackId)
{
    DrillHistoryStore store(AppLocations::forCurrentProfile().dataDir);
    if (!store.open().ok())
        return std::nullopt;
    const Result<std::optional<DrillResult>> last = store.last(stackId);
    return last.ok() ? last.value() : std::nullopt;
}

Status recordDrill(const DrillResult &drill)
{
    DrillHistoryStore store(AppLocations::forCurrentProfile().dataDir);
    if (const Status opened = store.open(); !opened.ok())
        return opened;
    return store.add(drill);
}

} // namespace supadesk::cli
