-- SPDX-License-Identifier: GPL-3.0-or-later
-- The server alerter's history (alerts.log) of each stack as pulled with the uptime logs: one row per
-- line, what fired or cleared, which channel was told and how it went. A line pulled again (each pull
-- reads from the last stored second on) is the same row: the unique key drops it.
CREATE TABLE IF NOT EXISTS uptime_alert_event (id INTEGER PRIMARY KEY, stack TEXT NOT NULL,
                                               at_ms INTEGER NOT NULL, rule TEXT NOT NULL,
                                               event TEXT NOT NULL, channel TEXT NOT NULL,
                                               result TEXT NOT NULL, detail TEXT NOT NULL,
                                               UNIQUE (stack, at_ms, rule, event, channel, result, detail));
