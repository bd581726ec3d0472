// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellquote.h"

namespace supadesk {

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace supadesk
