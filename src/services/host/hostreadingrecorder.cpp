// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostreadingrecorder.h"

#include "core/host/hostrates.h"
#include "core/host/hostsampleparser.h"

namespace supadesk {

QStringList HostReadingRecorder::open(const QString &historyDirectory, const QString &key)
{
    close();
    m_key = key;
    return m_history.open(historyDirectory, key);
}

void HostReadingRecorder::close()
{
    m_history.close();
    m_previous.reset();
    m_forecaster.clear();
}

HostReading HostReadingRecorder::record(const QByteArray &output, qint64 tMs, qint64 roundTripUs,
                                        QString *notice)
{
    HostReading reading;
    reading.sample = HostSampleParser::parse(output);
    reading.sample.tMs = tMs;
    reading.roundTripUs = roundTripUs;
    if (m_previous)
        reading.rates = HostRatesCalculator::rates(*m_previous, reading.sample);
    m_previous = reading.sample;
    const QString stored = m_history.append(tMs, HostSeries::values(reading.sample, reading.rates));
    if (notice)
        *notice = stored;
    reading.daysUntilFull = m_forecaster.forecast(reading.sample, m_history.store(), m_key);
    return reading;
}

} // namespace supadesk
