// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Puts a secret on the clipboard the way password managers do: marked with the
// x-kde-passwordManagerHint "secret", which Klipper and other clipboard managers honour by not
// keeping it in their history, and cleared after `clearAfterSeconds` unless something else was
// copied meanwhile.
class SecretClipboard
{
public:
    static constexpr int DefaultSeconds = 30;
    static void copy(const QString &secret, int clearAfterSeconds = DefaultSeconds);
};

} // namespace supadesk
