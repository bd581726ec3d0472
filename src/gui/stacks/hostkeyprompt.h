// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ssh/hostkeyverifier.h"

class QWidget;

namespace supadesk {

class StackConnection;

// The two host-key conversations, as OpenSSH has them:
// - an unknown key: show its type and SHA256 fingerprint and ask whether to trust it; when the host
//   is known by keys of other types, say which, instead of calling it a first connection;
// - a changed key: a man-in-the-middle warning with no way to connect from the same screen; the user
//   may remove the old entry in a second, explicit step that names the file and line.
class HostKeyPrompt
{
public:
    // Returns true when the user trusted the key (it is then recorded) and a new attempt may start.
    static bool askToTrust(QWidget *parent, StackConnection *connection, const HostKeyCheck &check);
    static void warnChanged(QWidget *parent, StackConnection *connection, const HostKeyCheck &check);
};

} // namespace supadesk
