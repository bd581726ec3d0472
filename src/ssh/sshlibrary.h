// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Process-wide libssh set-up and facts about the linked library.
class SshLibrary
{
public:
    static QString version();
};

} // namespace supadesk
