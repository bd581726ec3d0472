-- SPDX-License-Identifier: GPL-3.0-or-later
-- Rows that either file of a release before schema versions holds: a dashboard series with its samples and
-- roll-ups, and an uptime history of stack "prod" on 2026-11-01 (UTC): postgres up from 00:00, down
-- ("refused") from 00:03 to 00:05, up again until 00:06; a maintenance window; target and pull cursor.
-- 1793491200000 is 2026-11-01T00:00:00Z.
INSERT INTO series (id, stack, metric) VALUES (1, 'prod', 'tps');
INSERT INTO raw (series, t, value) VALUES (1, 1793491200000, 10.0), (1, 1793491201000, 30.0);
INSERT INTO rollup_minute (series, t, min, max, sum, count) VALUES (1, 1793491200000, 10.0, 30.0, 40.0, 2);
INSERT INTO rollup_hour (series, t, min, max, sum, count) VALUES (1, 1793491200000, 10.0, 30.0, 40.0, 2);
INSERT INTO uptime_series (id, stack, component) VALUES (1, 'prod', 'postgres'), (2, 'prod', '*');
INSERT INTO uptime_probe (series, t, source, ok, latency, reason) VALUES
    (1, 1793491200000, 'server', 1, 4, NULL),
    (1, 1793491260000, 'server', 1, 5, NULL),
    (1, 1793491320000, 'server', 1, 6, NULL),
    (1, 1793491380000, 'server', 0, NULL, 'refused'),
    (1, 1793491440000, 'server', 0, NULL, 'refused'),
    (1, 1793491500000, 'server', 1, 7, NULL),
    (1, 1793491560000, 'app', 1, 8, NULL);
INSERT INTO uptime_interval (series, start, end, state, reason) VALUES
    (1, 1793491200000, 1793491380000, 0, NULL),
    (1, 1793491380000, 1793491500000, 1, 'refused'),
    (1, 1793491500000, 1793491560000, 0, NULL);
INSERT INTO uptime_hour (series, hour, probes, failed, latency) VALUES (1, 1793491200000, 7, 2, NULL);
INSERT INTO uptime_day (series, day, up_ms, down_ms, gap_ms, maintenance_ms, unknown_ms, probes, failed, latency) VALUES
    (1, 1793491200000, 240000, 120000, 0, 0, 86040000, 7, 2, NULL),
    (2, 1793491200000, 240000, 120000, 0, 0, 86040000, 7, 2, NULL);
INSERT INTO uptime_maintenance (id, stack, start, end, note) VALUES (1, 'prod', 1793577600000, 1793581200000, 'upgrade');
INSERT INTO uptime_stack (stack, target, cursor_file, cursor_offset, cursor_first_line, cursor_inode, pulled_at)
    VALUES ('prod', 0.995, '2026-11.log', 4096, '2026-11-01T00:00:00Z	postgres	ok	4	-', 1234567, 1793491600000);
