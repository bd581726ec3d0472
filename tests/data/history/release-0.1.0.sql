-- SPDX-License-Identifier: GPL-3.0-or-later
-- The history file as Supadesk 0.1.0 (the last release before schema versions) makes it: the statements
-- HistoryStore::createSchema() and UptimeStore::createSchema() ran at every open, copied verbatim, in the
-- order the app runs them (the dashboard's store first), including the ALTER TABLEs that the uptime
-- store's PRAGMA table_info check adds to a new file. user_version stays 0.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS series (id INTEGER PRIMARY KEY, stack TEXT NOT NULL, metric TEXT NOT NULL, UNIQUE (stack, metric));
CREATE TABLE IF NOT EXISTS raw (series INTEGER NOT NULL, t INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollup_minute (series INTEGER NOT NULL, t INTEGER NOT NULL, min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rollup_hour (series INTEGER NOT NULL, t INTEGER NOT NULL, min REAL NOT NULL, max REAL NOT NULL, sum REAL NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID;
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE IF NOT EXISTS uptime_series (id INTEGER PRIMARY KEY, stack TEXT NOT NULL, component TEXT NOT NULL, UNIQUE (stack, component));
CREATE TABLE IF NOT EXISTS uptime_probe (series INTEGER NOT NULL, t INTEGER NOT NULL, source TEXT NOT NULL, ok INTEGER NOT NULL, latency INTEGER, reason TEXT, PRIMARY KEY (series, t, source)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_interval (series INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, state INTEGER NOT NULL, reason TEXT, PRIMARY KEY (series, start)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_day (series INTEGER NOT NULL, day INTEGER NOT NULL, up_ms INTEGER NOT NULL, down_ms INTEGER NOT NULL, gap_ms INTEGER NOT NULL, maintenance_ms INTEGER NOT NULL, unknown_ms INTEGER NOT NULL, probes INTEGER NOT NULL, failed INTEGER NOT NULL, latency BLOB, PRIMARY KEY (series, day)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_hour (series INTEGER NOT NULL, hour INTEGER NOT NULL, probes INTEGER NOT NULL, failed INTEGER NOT NULL, latency BLOB, PRIMARY KEY (series, hour)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS uptime_maintenance (id INTEGER PRIMARY KEY, stack TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS uptime_maintenance_stack ON uptime_maintenance (stack, start);
CREATE TABLE IF NOT EXISTS uptime_stack (stack TEXT PRIMARY KEY, target REAL, cursor_file TEXT, cursor_offset INTEGER, cursor_first_line BLOB, cursor_inode INTEGER, pulled_at INTEGER);
ALTER TABLE uptime_stack ADD COLUMN probe_interval INTEGER;
ALTER TABLE uptime_stack ADD COLUMN down_after INTEGER;
ALTER TABLE uptime_stack ADD COLUMN probe_log_dir TEXT;
