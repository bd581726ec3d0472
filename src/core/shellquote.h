// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// Quotes a value as one word for a POSIX shell: 'it'\''s'. Inside single quotes nothing is special
// ($, `, ", \, %, newlines all stay literal), so any path or value arrives unchanged.
QString shellQuote(const QString &value);

} // namespace supadesk
