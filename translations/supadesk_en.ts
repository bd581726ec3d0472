<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AvailabilityCalculator</name>
    <message>
        <source>No probe results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: supadesk-cli [--profile NAME] COMMAND [--help] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid profile name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stacks yet. Add one with: supadesk-cli stacks add --name NAME --host HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group, e.g. Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent, key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install directory on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database host as seen from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API gateway port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;: use agent, key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added stack &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack was kept because its secrets could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed stack &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stack(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks list|add|remove|export|import ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, add, remove, import and export stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect when Supadesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run on the server, after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli exec --stack NAME -- COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --accept-new-host-key to trust this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command on a stack&apos;s server over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no timing (EXPLAIN without ANALYZE); nodes are ranked by cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers: %1, together %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top nodes by exclusive time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads an EXPLAIN plan (JSON or text) and prints where the time went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the per-node analysis as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli explain FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise an EXPLAIN plan (JSON or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli plan --ram 16GiB --cpus 4 --storage ssd|hdd --connections N --workload web|oltp|analytics|mixed [--env-in FILE] --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM of the server, e.g. 16GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssd or hdd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected PostgreSQL connections (max_connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web, oltp, analytics or mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s .env to edit in place (comments and other keys are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every secret, not only example, weak or broken ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s current shared_preload_libraries (comma-separated), to extend instead of merging on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory inside the db container for WAL archiving (PITR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port the firewall must keep open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory to write the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cpus, --connections, --ssh-port and --retention-days take positive whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a setup bundle: tuning, secrets, pooler, firewall, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URI, e.g. postgresql://postgres@127.0.0.1:5432/postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between samples (1 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of samples; 0 samples until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stats --dsn postgresql://USER@HOST:PORT/DB [--interval S] [--count N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count must be 0 or a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample live database statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCALPORT:REMOTEHOST:REMOTEPORT, as the server sees REMOTEHOST (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between keepalives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to forward: give --forward LOCALPORT:REMOTEHOST:REMOTEPORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward local ports through SSH until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime for %1 (%2), target %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 min) %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More probe logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe log (YYYY-MM.log); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month to report, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the report&apos;s month and days (default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability target in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive failures before a component counts as down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance window START/END (ISO 8601); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How time without probe results counts: down or exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime --log FILE... --month YYYY-MM [--time-zone ZONE] [--target PERCENT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Asia/Tbilisi or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a percentage above 0 and below 100, e.g. 99.9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--failures must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gaps must be &quot;down&quot; or &quot;exclude&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the maintenance window &quot;%1&quot;: use START/END, e.g. 2026-11-07T02:00/2026-11-07T03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) in the logs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The logs hold no probe results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability per component from uptime probe logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainRunner</name>
    <message>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement ran but rolling it back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask for the backend process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not cancel the query (it may have finished).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not register a new series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not start writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not store a sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not start pruning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not be pruned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKey</name>
    <message>
        <source>The host key is not valid base64 key data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyVerifier</name>
    <message>
        <source>The old key is in %1, line %2. Supadesk does not edit that file: remove the line yourself, e.g. with ssh-keygen -R.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownHostsFile</name>
    <message>
        <source>Cannot read the known hosts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the known hosts file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 no longer names %3; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalListener</name>
    <message>
        <source>Cannot create a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port %1 is already in use by another program. Choose another port, or leave it empty to pick a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgBouncerAdmin</name>
    <message>
        <source>Cannot connect to the PgBouncer admin console on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Supadesk has no PostgreSQL client library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PgBouncer SHOW command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHOW %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanAnalyzer</name>
    <message>
        <source>%1 returned %2 times more rows than planned (%3 instead of %4): the planner&apos;s statistics are off; ANALYZE the tables or add extended statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned %2 times fewer rows than planned (%3 instead of %4): the planner&apos;s statistics are off; ANALYZE the tables or add extended statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read %2 rows and its filter removed %3 of them (%4 %): an index on the filtered columns would read far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spilled %2 kB to disk: a work_mem above that would keep the sort in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was split into %2 batches written to disk (planned: %3): more work_mem would let the hash table fit in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spilled %2 kB to disk: more work_mem (or hash_mem_multiplier) would keep it in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had to visit the table %2 times for %3 rows: VACUUM the table so its visibility map lets the index answer alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 became lossy on %2 blocks, so every row in them was rechecked: more work_mem keeps the bitmap exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found only %2 % of its %3 blocks in shared buffers; the rest came from disk or the OS cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 planned %2 parallel workers but launched %3: raise max_parallel_workers or max_worker_processes, or run fewer parallel queries at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JIT compilation took %1 ms (in all processes) for a query that ran %2 ms: for a query this short, raise jit_above_cost or set jit = off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran its inner side %2 times, once for each of %3 outer rows: a hash or merge join is usually faster for inputs this large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJsonParser</name>
    <message>
        <source>%1 has no &quot;Node Type&quot;: this is not an EXPLAIN plan node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;Plans&quot; is not a list of nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plan node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON list is empty or does not hold a plan object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON has no &quot;Plan&quot; object: this is not EXPLAIN (FORMAT JSON) output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanParser</name>
    <message>
        <source>The plan is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTextParser</name>
    <message>
        <source>Line %1: the value of &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the buffer counts &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the I/O timings &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the heap block counts &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the JIT options &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the JIT timing &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the cost figures of the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: cannot read the actual figures of the node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the node has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 does not look like the first node of an EXPLAIN plan: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this node is not indented under any other node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a second plan starts here; paste one plan at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the value of &quot;%2&quot; has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDsn</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection URI (postgresql://user@host:port/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name in &quot;%1&quot; contains a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in &quot;%1&quot; is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available. Start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SftpClient</name>
    <message>
        <source>The server refused file transfer (SFTP): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new file into place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshCliOptions</name>
    <message>
        <source>Use the SSH settings of this stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file (implies key authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent, key or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk&apos;s known_hosts file to read and write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and record the key of a host seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed for connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a forward: use LOCALPORT:REMOTEHOST:REMOTEPORT, e.g. 5433:127.0.0.1:5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --stack NAME, or --host HOST for an ad hoc connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;: use agent, key or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>The host name %1 could not be resolved (%2). Check the spelling and your DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on port %2. Check the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the host, the port and any firewall in between.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but the SSH handshake did not finish within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed. Someone may be intercepting the connection (man-in-the-middle), or the server was reinstalled. The server now presents %2 key %3. The old key is in %4, line %5. Supadesk refused to connect; remove the old key only if you know why it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked as revoked in %4, line %5. Supadesk refused to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established. Its %2 key fingerprint is %3. Trust it only if it is the fingerprint of your server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a further authentication step, which Supadesk does not support yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set). Start ssh-agent and add your key with ssh-add, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH agent socket %1 does not exist: the agent has stopped. Start it again, or choose a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted none of the SSH agent&apos;s keys for user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key file is set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key %1 is protected by a passphrase. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a private key Supadesk can read (ed25519, ecdsa or rsa in OpenSSH or PEM format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the key %2 for user %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the password for user %2 (or does not allow password log-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a remote command failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackConnection</name>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2 (timeout %3 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no new host key to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changed host key was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, reconnecting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>time      TPS  commit/s  rollback/s  hit%  active idle idle-tx waiting total/max  lag  rtt-ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsSampler</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 is too old for the dashboard: version 10 or newer is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is missing from pg_stat_database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics sample failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TunnelWorker</name>
    <message>
        <source>The SSH connection was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering (no reply for %n second(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::AboutDialog</name>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1
libssh %2
PostgreSQL client (libpq) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Supadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for self-hosted Supabase stacks: set-up, query analysis, live statistics and uptime, over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AnalyzerWorkspace</name>
    <message>
        <source>The statement could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query analyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selection or the statement under the cursor (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running statement on the server (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements run in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect “%1” to run queries (Stack ▸ Connect, Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 on “%2”. Ctrl+Enter runs the statement under the cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error after %1 ms: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) in %1 ms; more load as you scroll.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 ms; %n row(s) affected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open SQL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SQL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan without running the statement (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the statement and show the plan with real times (Shift+F7). It runs inside a transaction that is always rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an EXPLAIN plan saved as JSON or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain Analyze changes data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement changes data. EXPLAIN ANALYZE really runs it, inside a transaction that Supadesk always rolls back afterwards, so nothing is kept. Locks are held while it runs and triggers fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run and Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n node(s): %1 ms in total, %2 finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated plan of %n node(s), %1 finding(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN plans (*.json *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupScriptWriter</name>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and _ . / : @ + -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DashboardWorkspace</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99% target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size %1 · longest transaction %2 s · oldest idle in transaction %3 s · %4 of %5 connections in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect “%1” to see its live statistics (Stack ▸ Connect, Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live: a sample every %n second(s); the last one took %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::EnvFile</name>
    <message>
        <source>Line %1 is not KEY=VALUE (or has an unclosed quote): &quot;%2&quot;. Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set again on line %2 (first on line %3); Docker Compose uses the last one. Remove the extra line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FirewallPlanner</name>
    <message>
        <source>%1 is not a TCP port (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port %1 is also in the list of ports to close; that would lock you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is both opened and closed; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic revert needs at least 60 seconds to leave time for the proof.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HostKeyPrompt</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk has not connected to %1 before. The server presented this %2 key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust it only if it matches the fingerprint the server&apos;s administrator gives you (on the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed. Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled. Supadesk refused to connect and sent nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;New %1 key: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;The old key is in &lt;tt&gt;%3&lt;/tt&gt;, line %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Old Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line %2 of %1? Do this only if you know why the key changed. The next connection will ask whether to trust the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host key not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HostProfile</name>
    <message>
        <source>&quot;%1&quot; is not a memory size. Write it like 16GiB, 16GB or 2048MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown storage &quot;%1&quot;: use ssd or hdd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown workload &quot;%1&quot;: use web, oltp, analytics or mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM must be between 1 GiB and 4 TiB; %1 MiB was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs must be between 1 and 1024; %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections must be between 20 and 10000; %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAL archive directory must be an absolute path of letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::Jwt</name>
    <message>
        <source>This is not a JSON Web Token (expected three base64url parts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::MainWindow</name>
    <message>
        <source>Supadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk — profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Stacks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Stacks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No stacks yet&lt;/h2&gt;&lt;p&gt;A stack is one self-hosted Supabase server that Supadesk reaches over SSH.&lt;br&gt;Add your first one to set it up, analyse its queries and watch its uptime.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack was saved, but its secret could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added stack “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack not duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stack “%1” and the passwords Supadesk keeps for it in the keychain?

Nothing on the server is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed stack “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secrets could not be removed from the keychain, so the stack was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stack(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stack(s) without secrets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Database &amp;Connection String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postgresql:// address of the database through this stack&apos;s tunnel, for psql and other tools (without the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” connected: database on 127.0.0.1:%2, gateway on 127.0.0.1:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PgConfigWriter</name>
    <message>
        <source>PostgreSQL settings generated by Supadesk. Run with: psql -f tuning.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER SYSTEM keeps them in postgresql.auto.conf in the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These take effect only after a restart of PostgreSQL (docker compose restart db): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL settings generated by Supadesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include it from postgresql.conf with: include_if_exists = &apos;postgresql.tuning.conf&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(needs a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the existing %2 list; this file cannot know it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PgTuner</name>
    <message>
        <source>expected connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is a server process with its own memory. Supabase&apos;s services hold their own connections; application clients should come through the pooler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM / 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s own page cache. A quarter of RAM leaves the rest to the operating system&apos;s cache, which PostgreSQL also relies on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM × 3/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells the planner how much data the OS and PostgreSQL can cache together; it allocates nothing, and a realistic value makes index scans look as cheap as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min(RAM / 8, 2GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min(RAM / 16, 2GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for VACUUM, CREATE INDEX and ALTER TABLE ADD FOREIGN KEY. More makes them faster; beyond 2GB there is little gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RAM − shared_buffers) / (connections × 3) / parallel workers per gather / 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(RAM − shared_buffers) / (connections × 3) / parallel workers per gather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for each sort or hash step of a query, and one query can run several. Kept small enough that every connection sorting at once still fits in RAM beside shared_buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3% of shared_buffers, at most 16MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL written by concurrent transactions is gathered here before it goes to disk; 16MB covers busy servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by workload: web and mixed 1GB/4GB, OLTP 2GB/8GB, analytics 4GB/16GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL kept for reuse instead of being deleted and created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much WAL may build up before a checkpoint is forced. Write-heavy work needs more room so that checkpoints come from the timer, not from WAL volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreads each checkpoint&apos;s writes over 90% of the interval instead of writing in a burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer checkpoints mean fewer full-page images in WAL; 15 minutes keeps crash recovery short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD: 1.1, HDD: 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SSDs a random read costs about as much as a sequential one; the default of 4 is for spinning disks and makes the planner avoid useful indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD: 200, HDD: 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many reads PostgreSQL issues ahead during bitmap heap scans; SSDs serve many at once, a spinning disk only a few.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics: 500, otherwise 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finer statistics help the planner with large, skewed tables in analytical queries, at the cost of slower ANALYZE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs + 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel query workers come from this pool; 8 more stay free for the background workers of Supabase&apos;s extensions (pg_cron, pg_net) and logical replication for Realtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one parallel worker per vCPU across all queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs / 2 (none with one vCPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min(vCPUs / 2, 4) (none with one vCPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers one query may use. Many short web queries gain little from parallelism, so it stays moderate unless the workload is analytical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers for CREATE INDEX and VACUUM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs / 2, between 3 and 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tables can be vacuumed at once on hosts with the cores to spare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics: 0.1, otherwise 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacuum after 5% of a table changed instead of 20%, so busy tables do not bloat between runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half the vacuum scale factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh statistics keep plans right as tables grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD: 2000, HDD: 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default throttles autovacuum for spinning disks; an SSD can let it finish ten times faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analytics: 10s, otherwise 1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs statements slower than this, with their duration, for the query analyzer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, process, user and database on every log line, as log analysers (pgBadger) expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs waits on locks longer than deadlock_timeout: the usual cause of sudden slow requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs every temporary file: a sign that work_mem is too small for a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether checkpoints come from the timer or from WAL volume (then raise max_wal_size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs autovacuum runs that take long, to find tables that need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds I/O time to pg_stat_statements and EXPLAIN (ANALYZE, BUFFERS); cheap on modern kernels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements records every statement&apos;s calls and time: the dashboard and the query analyzer read it. Loading a library needs a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current list + pg_stat_statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps every WAL segment so that the database can be restored to any moment after a base backup (point-in-time recovery).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy to the archive directory, never overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies each finished WAL segment to the archive; refusing to overwrite protects an archive that another server also writes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives a segment at least every five minutes on a quiet server, which bounds how much can be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PlanGraphView</name>
    <message>
        <source>%1 rows planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PlanTreeModel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dirtied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp read / written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers launched / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PlannedWorkspace</name>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query analyzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The first-install wizard for this server: preflight checks of the host, fresh secrets (including ANON_KEY and SERVICE_ROLE_KEY signed as real JWTs), PostgreSQL tuned for the host&apos;s memory, CPUs and disks, the pooler in transaction mode, a firewall that cannot lock you out, and tested backups.&lt;/p&gt;&lt;p&gt;Every file is shown as a diff and every command in order before anything is applied over SSH.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A SQL editor with EXPLAIN (ANALYZE, BUFFERS) drawn as a plan you can read at a glance: the time each node takes on its own, misestimated row counts, spills to disk and other findings, each pointing at its node.&lt;/p&gt;&lt;p&gt;The slowest statements from pg_stat_statements are one click away.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Live charts of this stack&apos;s database, read over its SSH tunnel: transactions per second, cache hit ratio, connections by state, replication lag, WAL and checkpoints, and the pooler&apos;s figures.&lt;/p&gt;&lt;p&gt;Samples are kept locally, so the last hours and days are there after a restart.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Availability of this stack over days and months against its SLA target, with every incident, which component failed and for how long, and the error budget left this month.&lt;/p&gt;&lt;p&gt;A probe on the server records uptime even while Supadesk is closed; the monthly report is exported as PDF.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For stack “%1” (%2@%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PoolerPlanner</name>
    <message>
        <source>The REST API (PostgREST), Auth, Storage and Realtime connect directly and need the rest of max_connections; with an API-heavy workload the pooler keeps to 40%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With most traffic coming through the pooler it may use up to 80% of max_connections; the rest stays for Supabase&apos;s own services and administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_connections × %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs × 5, at least 10, at most max_db_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transaction mode a server connection is busy only while a transaction runs; a few per vCPU keep the cores busy without queueing inside PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 5, within max_db_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra connections for bursts, used after a client has waited reserve_pool_timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_db_connections × 10, at least 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client connections are cheap for the pooler; many clients share each server connection. The pooler needs as many open files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer settings generated by Supadesk: transaction pooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction mode: session state (SET, LISTEN, advisory locks, temporary tables, SQL PREPARE) does not survive between transactions, because the next transaction may run on another server connection. Drivers that prepare statements at protocol level need max_prepared_statements (PgBouncer 1.21 or newer) or prepared statements switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDBC and other drivers send extra_float_digits at login; PgBouncer must not refuse them for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface switches language at once; no restart is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SecretAudit</name>
    <message>
        <source>%1 is not a JSON Web Token. Generate new API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not signed with this JWT_SECRET, so every service will reject it. Generate new API keys from the current JWT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Supabase&apos;s public demo key; it stops working on %2. Generate a new JWT_SECRET and new API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2: clients using it are refused. Generate new API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires on %2. Generate new API keys before then and update your clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still has the example value from Supabase&apos;s env.example, which anyone can look up. Generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Generate a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; use at least %3. Generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT_SECRET has %1 characters; it needs at least %2. Generate a new one (and new API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAULT_ENC_KEY has %1 characters; Supavisor needs exactly %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SecretPromptDialog</name>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SSH password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SetupBundle</name>
    <message>
        <source>| Setting | Value | Formula | Restart | Why |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Setting | Value | Formula | Why |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yes |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> no |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase server setup bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1 for a host with %2 MiB RAM, %3 vCPUs, %4 storage, %5 connections and a %6 workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply, in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the install directory (%1), keep a copy of what is there: `cp .env .env.before-supadesk`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy `.env` and `docker-compose.override.yml` into it, then recreate the containers: `docker compose up -d`. The override needs Docker Compose 2.24.4 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the PostgreSQL settings as a superuser: `docker exec -i supabase-db psql -U supabase_admin -d postgres &lt; tuning.sql`. If the file lists settings that need a restart: `docker compose restart db`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall: `sudo ./firewall.sh`, then open a NEW SSH connection and run `sudo ./firewall.sh --confirm` in it. Without the confirmation the firewall switches itself off after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: `sudo install -m 700 backup.sh %1`, install the cron entry with `(crontab -l 2&gt;/dev/null | grep -v &apos;%2&apos;; cat crontab.txt) | crontab -` and run it once by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New values for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY: every client needs the new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new POSTGRES_PASSWORD works only on a stack that has never started. On a running stack the passwords of the internal roles (authenticator, supabase_auth_admin, supabase_storage_admin, supabase_admin, ...) must be changed too, or the services cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction pooling does not keep session state between transactions (SET, LISTEN, advisory locks, SQL PREPARE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`.env` line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection pooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor reads POOLER_DEFAULT_POOL_SIZE=%1 and POOLER_MAX_CLIENT_CONN=%2 from `.env`; `pgbouncer.ini` holds the same sizes for a PgBouncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env cannot be edited safely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets for a self-hosted Supabase stack, generated by Supadesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge these lines into the stack&apos;s .env; keep this file private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StackDialog</name>
    <message>
        <source>Add stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ooler port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name, address or ~/.ssh/config alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored only in the operating system&apos;s keychain, never in Supadesk&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect when Supadesk starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder on the server that holds Supabase&apos;s docker-compose.yml and .env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the database listens, as seen from the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StackJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Supadesk stack export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer Supadesk (format version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no list of stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not a stack definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack &quot;%1&quot; has an unknown authentication method &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack &quot;%1&quot; cannot be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StackRepository</name>
    <message>
        <source>The stack no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stack with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StackStore</name>
    <message>
        <source>The stack list could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StackTreeModel</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StackValidator</name>
    <message>
        <source>Give the stack a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another stack is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SSH host name or address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user to log in as over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install directory must be an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database host as seen from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pooler port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
