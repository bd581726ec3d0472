-- SPDX-License-Identifier: GPL-3.0-or-later
-- The restore drills (DrillHistoryStore): one row per drill of a stack, when it started, how long it
-- took, whether it passed, and the whole result as the JSON `supadesk-cli backup drill --json` prints
-- (drillResultToJson). The Audit's restore-tested check reads the newest row of a stack.
CREATE TABLE IF NOT EXISTS backup_drill (id INTEGER PRIMARY KEY, stack TEXT NOT NULL,
                                         started_ms INTEGER NOT NULL, duration_ms INTEGER NOT NULL,
                                         passed INTEGER NOT NULL, result TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS backup_drill_stack_time ON backup_drill (stack, started_ms);
