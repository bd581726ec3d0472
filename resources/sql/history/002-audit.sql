-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2 of the local history file: the audit's runs (AuditHistoryStore). One row per stack and run:
-- when it started, its score (NULL when nothing could be checked) and the whole report as the JSON the
-- CLI prints (auditReportToJson), so an older run is shown exactly as it was found.
CREATE TABLE IF NOT EXISTS audit_run (id INTEGER PRIMARY KEY, stack TEXT NOT NULL,
                                      started_ms INTEGER NOT NULL, finished_ms INTEGER NOT NULL,
                                      score INTEGER, cancelled INTEGER NOT NULL DEFAULT 0,
                                      report TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS audit_run_stack_time ON audit_run (stack, started_ms);
