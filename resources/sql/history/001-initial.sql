-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1 of the local history file (history.sqlite): the schema as releases before versioning
-- left it. Every statement says IF NOT EXISTS, as those releases did at every open, so that a file
-- they wrote (user_version 0, with some or all of these tables) is brought to version 1 by the same
-- script; SchemaMigrator then adds the columns those releases added later with ALTER TABLE.
-- Connection settings (journal_mode=WAL, synchronous=NORMAL) are not schema and stay in the stores.

-- The dashboard's figures (HistoryStore): raw samples and their 1-minute and 1-hour roll-ups.
CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, stack TEXT NOT NULL, metric TEXT NOT NULL,
                                   UNIQUE (stack, metric));
CREATE TABLE IF NOT EXISTS raw (series INTEGER NOT NULL, t INTEGER NOT NULL, value REAL NOT NULL,
                                PRIMARY KEY (series, t)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollup_minute (series INTEGER NOT NULL, t INTEGER NOT NULL, min REAL NOT NULL,
                                          max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,
                                          PRIMARY KEY (series, t)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollup_hour (series INTEGER NOT NULL, t INTEGER NOT NULL, min REAL NOT NULL,
                                        max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL,
                                        PRIMARY KEY (series, t)) WITHOUT ROWID;

-- Uptime (UptimeStore): raw probes per stack and component ("*" is the whole stack).
CREATE TABLE IF NOT EXISTS uptime_series (id INTEGER PRIMARY KEY, stack TEXT NOT NULL,
                                          component TEXT NOT NULL, UNIQUE (stack, component));
CREATE TABLE IF NOT EXISTS uptime_probe (series INTEGER NOT NULL, t INTEGER NOT NULL, source TEXT NOT NULL,
                                         ok INTEGER NOT NULL, latency INTEGER, reason TEXT,
                                         PRIMARY KEY (series, t, source)) WITHOUT ROWID;
-- The state timeline (state 0 up, 1 down, 2 gap), cut at UTC midnight: no piece is longer than a day.
CREATE TABLE IF NOT EXISTS uptime_interval (series INTEGER NOT NULL, start INTEGER NOT NULL,
                                            end INTEGER NOT NULL, state INTEGER NOT NULL, reason TEXT,
                                            PRIMARY KEY (series, start)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_day (series INTEGER NOT NULL, day INTEGER NOT NULL, up_ms INTEGER NOT NULL,
                                       down_ms INTEGER NOT NULL, gap_ms INTEGER NOT NULL,
                                       maintenance_ms INTEGER NOT NULL, unknown_ms INTEGER NOT NULL,
                                       probes INTEGER NOT NULL, failed INTEGER NOT NULL, latency BLOB,
                                       PRIMARY KEY (series, day)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_hour (series INTEGER NOT NULL, hour INTEGER NOT NULL,
                                        probes INTEGER NOT NULL, failed INTEGER NOT NULL, latency BLOB,
                                        PRIMARY KEY (series, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_maintenance (id INTEGER PRIMARY KEY, stack TEXT NOT NULL,
                                               start INTEGER NOT NULL, end INTEGER NOT NULL,
                                               note TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS uptime_maintenance_stack ON uptime_maintenance (stack, start);
-- Per stack: SLA target, pull cursor, probe settings and the installed probe's log directory.
CREATE TABLE IF NOT EXISTS uptime_stack (stack TEXT PRIMARY KEY, target REAL, cursor_file TEXT,
                                         cursor_offset INTEGER, cursor_first_line BLOB, cursor_inode INTEGER,
                                         pulled_at INTEGER, probe_interval INTEGER, down_after INTEGER,
                                         probe_log_dir TEXT);
