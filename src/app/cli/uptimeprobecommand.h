// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

namespace supadesk::cli {

// `supadesk-cli uptime install-probe` (removal false) or `remove-probe`; args[0] names the subcommand.
int runUptimeProbe(CliContext &c, bool removal);

} // namespace supadesk::cli
