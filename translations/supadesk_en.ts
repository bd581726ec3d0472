<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Usage: supadesk-cli alerts test (--stack NAME | --config FILE) --channel ID
       supadesk-cli alerts set-secret --stack NAME --channel ID &lt; SECRET
       supadesk-cli alerts history --stack NAME [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered through &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; refused the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert channel &quot;%1&quot; on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the alerter to a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerter did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerter is not installed on &quot;%1&quot; or cannot run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerter has sent nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the channel&apos;s secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: send a test message through one channel; set-secret: keep a channel&apos;s secret, read from standard input, in the stack&apos;s keychain entries; history: what the server&apos;s alerter sent and whether it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alerts.conf to send from this computer instead of the stack&apos;s server (its secrets file is the one it names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerter was installed under DIR instead of / (supadesk-cli uptime install-probe --root).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of 100; %2 failed, %3 warnings, %4 could not be checked, %5 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was cancelled before every check had run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this check (repeatable); see --list-checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the ids of every check and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --stack: the folder of the server&apos;s docker-compose.yml and .env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --stack: the database port on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --stack: the API gateway&apos;s port on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit check &quot;%1&quot;; supadesk-cli audit --list-checks lists them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityCalculator</name>
    <message>
        <source>No probe results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackendSignaller</name>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to signal session %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Restore drill passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drill FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live database the dump was taken from (read only), as for psql: postgresql://USER@HOST:PORT/DB or service=NAME. The password comes from PGPASSWORD, the password file or the service file, never from this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom-format pg_dump file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pg_dumpall --globals-only file with the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query that must return rows in the restore (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the scratch cluster is made (default: the temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the result in this stack&apos;s drill history (the Audit reads it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup drill --dsn DSN --dump FILE [--globals FILE] [--query SQL]... [--scratch-dir DIR] [--stack NAME] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string holds a password, which ps shows to every user of this machine: give it in PGPASSWORD or a password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (BACKUP_DIR of the nightly script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup log (LOG_FILE of the nightly script; default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the catalogue as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup list --dir DIR [--log FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup log %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest good dump: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly backup script on the server (default %1); its settings name the backup folder, the log and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the scratch cluster is made on the server (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder put first on the server&apos;s PATH (a docker stand-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup list --stack NAME [--backup-script FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are NOT healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup run --stack NAME [--backup-script FILE] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump on the server to restore (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup drill --stack NAME [--dump FILE] [--scratch-dir DIR] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup list|run|drill ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack NAME and without --dsn, the drill runs on the stack&apos;s server instead (backup drill --stack NAME --help).</source>
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
        <translation>
            <numerusform>Imported %n stack.</numerusform>
            <numerusform>Imported %n stacks.</numerusform>
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
        <translation>
            <numerusform>Skipped %n unreadable line in the logs.</numerusform>
            <numerusform>Skipped %n unreadable lines in the logs.</numerusform>
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
    <message>
        <source>The bundle folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder `supadesk-cli plan` wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Supabase lives on the server (default: the stack&apos;s install directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every diff and command without changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out a step: env, compose-override, backup, recreate or tuning (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command that runs SQL from standard input on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker Compose command on the server (default: docker compose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to apply: every step was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a setup bundle to a stack&apos;s server over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new probe result(s) from the server.</source>
        <translation>
            <numerusform>Fetched %n new probe result from the server.</numerusform>
            <numerusform>Fetched %n new probe results from the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --stack: first fetch the new lines of the server&apos;s probe logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime (--stack NAME [--pull] | --log FILE...) --month YYYY-MM [--time-zone ZONE] [--target PERCENT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--maintenance, --failures and --interval apply to --log; with --stack the stack&apos;s own maintenance windows and settings count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe results are stored for this stack yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the tuning, restart the db container when a changed setting needs it, and wait until PostgreSQL accepts connections again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for PostgreSQL after a restart (default: 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack runs PgBouncer: install the bundle&apos;s pgbouncer.ini at PATH on the server (the old one is backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose service of PgBouncer, restarted so that it reads the new pgbouncer.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login user may run docker itself (docker group): docker commands do not go through sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli apply --stack NAME --bundle DIR [--dry-run] [--install-dir PATH] [--restart-db-if-needed] [--pgbouncer-ini PATH [--pgbouncer-service NAME]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--restart-wait needs a number of seconds (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pgbouncer-service needs --pgbouncer-ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of Supavisor&apos;s metrics on the server&apos;s loopback (0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime for %1 (%2), target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only the names, one per line (for shell completion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URI or key=value string, as for psql, e.g. postgresql://postgres@127.0.0.1:5432/postgres or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stats (--stack NAME | --dsn postgresql://USER@HOST:PORT/DB | --dsn service=NAME) [--interval S] [--count N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) in the server&apos;s probe logs.</source>
        <translation>
            <numerusform>Skipped %n unreadable line in the server&apos;s probe logs.</numerusform>
            <numerusform>Skipped %n unreadable lines in the server&apos;s probe logs.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --pull: where the probe writes its logs on the server (default: where it was installed, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime remove-probe --stack NAME [--root DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between probes, %1 to %2 (default: the stack&apos;s probe interval); kept as the stack&apos;s probe interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API gateway&apos;s port on the server (default: the stack&apos;s); 0: probe the database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs the probe: auto (a systemd timer where systemd runs, else cron), systemd or cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install under DIR instead of / (a scratch server for a test or a demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval and --gateway-port apply to install-probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheduler must be auto, systemd or cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root must be an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gateway-port must be a port from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe was removed from &quot;%1&quot;; its log stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe is installed on &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a stack against the production checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, watch, promote and re-join streaming standbys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has no host figures (is it Linux, with /proc?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n CPU(s)</source>
        <translation>
            <numerusform>of %n CPU</numerusform>
            <numerusform>of %n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1: %2 used of %3 (%4), %5 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: in %1/s, out %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers: docker is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers: docker did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Containers: %n</source>
        <translation>
            <numerusform>Containers: %n</numerusform>
            <numerusform>Containers: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message>
        <source>OOM-killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of this reading on the server: %1 CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack&apos;s install directory on the server (its containers are those started from there); default: the stack&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this machine instead of a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the reading as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a stack&apos;s server: CPU, memory, disks, network and containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test alert through a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime install-probe --stack NAME [--interval S] [--gateway-port PORT] [--scheduler auto|systemd|cron] [--root DIR] [--alerts FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secret for the channel &quot;%1&quot;: supadesk-cli alerts set-secret --stack %2 --channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the alerter with the rules and channels of FILE (JSON); the channels&apos; secrets come from the stack&apos;s keychain entries (supadesk-cli alerts set-secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stack&apos;s backups: list them, back up now, restore drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery: archiver status, restore to a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on WAL archiving (PITR) into this folder inside the db container (e.g. %1): WAL goes to DIR/wal, base backups to DIR/base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s folder mounted at --wal-archive by the compose override (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStatsReader</name>
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
    <message>
        <source>Only one statement can be explained at a time, and the text holds several. Select the one to explain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN returned no plan.</source>
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
    <message>
        <source>No history has been recorded yet.</source>
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
    <name>HypotheticalIndexAdvisor</name>
    <message>
        <source>Cannot check for hypopg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypopg extension is not installed on this server. Install the package postgresql-%1-hypopg on the database host (Debian and Ubuntu), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypopg is installed but not created in the database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create hypopg in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot try the index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JumpBridge</name>
    <message>
        <source>Jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jump host %1 could not open a connection to %2:%3 (%4). Check that it can reach the server and allows TCP forwarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local socket for the jump host: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JumpHostList</name>
    <message>
        <source>&quot;%1&quot; is not a jump host: use [user@]host[:port], several separated by commas.</source>
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
    <name>PgConnInfo</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection string: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq could not read &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in &quot;%2&quot; is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 in &quot;%2&quot; contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PitrCommand</name>
    <message>
        <source>The PITR folder on this machine: wal/ holds the WAL archive, base/ the base backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server whose archiver to read, as for psql; the password comes from PGPASSWORD or the password file, never from this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the status as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backup %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment to restore to, ISO 8601 (e.g. 2026-12-07T14:03:00Z); without an offset, this computer&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to restore: only &quot;scratch&quot; (a private cluster, never the live database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the scratch cluster is made (default: the temporary folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query to run in the restore and print (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the scratch cluster running for inspection; the output says how to connect and how to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted for symmetry with status; the restore reads only the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only --into scratch is supported: replacing the live database needs the typed confirmation of the Backups workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1 from base backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster keeps running: psql -h %1 -U postgres postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it with: %1 -D %2/data -m fast stop &amp;&amp; rm -rf %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again with --accept-new-host-key to trust this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the server&apos;s PITR folder (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the database container (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli pitr status (--dsn DSN --data-dir DIR | --stack NAME [--pitr-dir DIR]) [--json]
       supadesk-cli pitr restore --data-dir DIR --target-time ISO --into scratch [--query SQL]... [--keep] [--json]
       supadesk-cli pitr restore --stack NAME --target-time ISO (--into scratch [--keep] | --into live --confirm NAME) [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the live database needs --stack NAME and --confirm with the same name, typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch instance was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --into live: the stack&apos;s name, typed to confirm that the live database is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the stack&apos;s .env on the server; its folder is the compose project (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the live data directory (default: volumes/db/data beside the .env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: PostgreSQL&apos;s programs on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: a folder put first on the server&apos;s PATH (a docker stand-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --into live: how long the restarted database has to answer.</source>
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
    <message>
        <source>%1 found only %2 of its %3 blocks in shared buffers; the rest came from disk or the OS cache.</source>
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
    <name>PoolerProblem</name>
    <message>
        <source>The stack&apos;s connection has no pooler port. Set the pooler port in the stack&apos;s settings (Stack ▸ Edit Stack…) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers on the pooler port %1 on the server. Check that the pooler container runs and that the stack&apos;s pooler port is right (Stack ▸ Edit Stack…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer does not let %1 read its admin console (%2). Add %1 to stats_users in pgbouncer.ini and reload PgBouncer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pooler&apos;s figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stack&apos;s pooler is Supavisor, which has no PgBouncer admin console: its figures come from its metrics endpoint. Set the stack&apos;s Supavisor metrics port (Stack ▸ Edit Stack…) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor&apos;s metrics need a token signed with the stack&apos;s JWT secret, and the keychain holds none for this stack. The Setup wizard stores it when it applies the stack&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor&apos;s metrics do not answer on port %1 of the server (%2). Supabase&apos;s compose file does not publish them: add &quot;127.0.0.1:%1:4000&quot; to the supavisor service&apos;s ports (the Setup wizard&apos;s docker-compose.override.yml does), or correct the stack&apos;s Supavisor metrics port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor refused the metrics token: the stack&apos;s JWT secret in the keychain is not the METRICS_JWT_SECRET the pooler runs with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoolerSamplerWorker</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>The answer is not in Prometheus&apos; metrics format.</source>
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
    <name>ReplicaCommand</name>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standby-data-dir is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby setup will run these steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby at %1 streams from the primary on the slot %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standbys of the primary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay lag %1, %2 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  slot %1: %2, holds %3 of WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby: WAL receiver %1, last transaction replayed %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--old-data-dir is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary streams from the new one on the slot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary as a superuser (with rejoin: the new primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary&apos;s address as the standby reaches it (default: the DSN&apos;s host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the standby&apos;s data directory on this machine (empty or absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s port on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby as a superuser (default: the primary&apos;s DSN on the standby&apos;s port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s address as the primary sees it (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication role (default replicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication slot (default: supadesk_ and the data directory&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: commits on the primary wait for the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: check both sides and show the steps; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote: the old primary&apos;s data directory, to stop it (fencing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote: the primary&apos;s host:port, to promote while it still answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejoin: the old primary&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejoin: the old primary&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs (default /usr/lib/postgresql/15/bin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication password could not be kept in the keychain (%1); the standby has it in its own configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standby NAME is required with --stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby must be another stack than the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary as a stack entry, reached over its SSH endpoint (the stack form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the stack entry whose server runs (or will run) the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the primary&apos;s address as the standby&apos;s server reaches it (default: the primary stack&apos;s SSH host). A private network address is best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --stack: the standby&apos;s address as the primary sees it, for pg_hba.conf and the firewall (default: the source address of its route to the primary).</source>
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
        <source>An ssh_config file to read instead of the usual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed for each SSH connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the stack&apos;s services at it (POSTGRES_HOST in .env, or the pooler&apos;s upstream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs --stack NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failover recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, status, promote, rejoin or history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote: leave the stack&apos;s services pointing where they do (.env, pooler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote: how the stack&apos;s services are restarted (default docker compose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote: the services to recreate, comma-separated (default: all that changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote: a PgBouncer ini on the stack&apos;s server whose [databases] follow the new primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one action: add, status, promote, rejoin or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: add, status, promote, rejoin or history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejoin --stack NEW --standby OLD: --standby names the old primary&apos;s stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams from %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunbookCommand</name>
    <message>
        <source>The stack the runbook is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en or ka (default: the interface&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact: name, role, phone or e-mail (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s backup folder (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rclone remote of the off-site copy, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s PITR folder, when point-in-time recovery is set up (e.g. %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md (default) or pdf (needs --output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup runbook --stack NAME [--format md|pdf] [--lang en|ka] [--output FILE] [--contact TEXT]... [--pitr-dir DIR]</source>
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
    <message>
        <source>%1 does not exist on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list %1 on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1 with its owner and group kept (user %2, group %3): only root can. Log in as root or use sudo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleStatementQuery</name>
    <message>
        <source>The PostgreSQL connection is not open.</source>
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
    <message>
        <source>Jump hosts to pass through, as ssh -J: [user@]host[:port], comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh_config file to read instead of ~/.ssh/config and /etc/ssh/ssh_config, as ssh -F.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConfigResolver</name>
    <message>
        <source>&quot;%1&quot; is not a host name: it starts with &quot;-&quot;, which ssh would read as an option.</source>
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
        <translation>
            <numerusform>%1 did not answer within %n second. Check the host, the port and any firewall in between.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check the host, the port and any firewall in between.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but the SSH handshake did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1 accepted the connection but the SSH handshake did not finish within %n second.</numerusform>
            <numerusform>%1 accepted the connection but the SSH handshake did not finish within %n seconds.</numerusform>
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
    <message>
        <source>%1 is known by its %2 key, but now presents a %3 key that is not known for it (fingerprint %4). The server may have gained a new key, or someone may be intercepting the connection. Supadesk refused to connect and did not record the key; trust it only after checking the fingerprint with the server&apos;s administrator.</source>
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
    <name>StatStatementsReader</name>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded by the server but not created in the database “%1”. Run CREATE EXTENSION pg_stat_statements; in that database (as a superuser), then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements is not enabled on this server. Add it to postgresql.conf:
shared_preload_libraries = &apos;pg_stat_statements&apos;
restart PostgreSQL, run CREATE EXTENSION pg_stat_statements; in the database “%1”, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reset the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create pg_stat_statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupavisorFigures</name>
    <message>
        <source>The answer holds no Supavisor metrics: another program may be listening on that port.</source>
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
        <translation>
            <numerusform>The server stopped answering (no reply for %n second).</numerusform>
            <numerusform>The server stopped answering (no reply for %n seconds).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UptimeLogPuller</name>
    <message>
        <source>The probe logs are already being fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the stack first: its probe logs are fetched over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the probe logs was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the stack was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UptimeStore</name>
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
        <source>The local uptime history could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not start writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not store a probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability target must be above 0% and below 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local uptime history could not be pruned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes run every %1 to %2 seconds, and a component is down after %3 to %4 consecutive failures.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Supadesk is free software: you can redistribute it and modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AcmeOutcome</name>
    <message>
        <source>certbot ended with status %1 and said nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority&apos;s rate limit was reached: wait before asking again (Let&apos;s Encrypt allows 5 failed validations per name an hour and 50 certificates per domain a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority refused the e-mail address: give one at a real domain you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority did not issue the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s CAA record does not allow this certificate authority to issue for %1: add a CAA record for it (e.g. 0 issue &quot;letsencrypt.org&quot;) or remove the restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve to this server for the certificate authority: add an A (or AAAA) record with the server&apos;s public address and wait until it is visible before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered the certificate authority on port 80 of %1: open port 80 to the internet (ufw, the provider&apos;s firewall or security group, a router&apos;s forwarding) — the check comes from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server answered the certificate authority for %1 on port 80: the name points at a different address, or port 80 reaches another program than the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority will not issue for %1 (its policy).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ActivityPanel</name>
    <message>
        <source>Hide idle sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected session&apos;s running statement (pg_cancel_backend), Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the selected session and roll back its transaction (pg_terminate_backend), Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked sessions and what blocks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is waiting for a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session %1 of “%2”? Its open transaction is rolled back and the client is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the statement session %1 of “%2” is running? The client gets an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating session %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling session %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 was terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of session %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AddStandbyDialog</name>
    <message>
        <source>Add Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a streaming copy of this stack&apos;s database on another stack&apos;s server. Both servers are checked first and nothing changes before you press Run; if a step fails, the steps done are undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby server (a stack):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory on the standby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each commit on the primary waits until the standby has it: a failover loses no committed write. The price: every write takes a round trip longer, and writes stop while the standby is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and Show Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
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
        <source>Add the standby&apos;s server as a stack first: it needs an SSH endpoint of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the step under way finishes, then the steps done are undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking both servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before any change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby was not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both servers passed the checks. These steps run when you press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AdvisorFixApplier</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix failed at “%1”: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix could not be committed: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SQL fix to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database connection: the stack has no database forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix has no SQL to apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AlertChannelTester</name>
    <message>
        <source>A test message is on its way already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerter stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerter could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AlertChannels</name>
    <message>
        <source>Webhook (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack-compatible webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel id &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores (at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has a value with a line break, a double quote or a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; needs an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bot token of the channel &quot;%1&quot; should look like 123456:ABC… as BotFather gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat id of the channel &quot;%1&quot; is a number or an @channel name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; needs a server as smtp://host:port or smtps://host:port, without a login in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of the channel &quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; needs at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; of the channel &quot;%2&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has a login but no password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AlertConfig</name>
    <message>
        <source>Failures before down must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval between two messages of a rule must be between %1 seconds and a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rules have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two channels have the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an unknown kind or severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AlertRules</name>
    <message>
        <source>Component down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup older than N hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk used above N %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used above N %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections above N % of max_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag above N bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiring within N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction open longer than N minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is older than %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk of %1 is more than %2 % full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 % of memory is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are above %1 % of max_connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag is above %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expires within %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction has been open for more than %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule id &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores (at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold of the rule &quot;%1&quot; (%2) must be between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; must hold for between 0 seconds and a day before it fires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs a target (a component, a path or a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of the rule &quot;%1&quot; may hold only letters, digits and . _ / : @ + -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of the rule &quot;%1&quot; must be an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolved message of the rule &quot;%1&quot; must be one line of at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container restarting, out of memory or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo JWT keys, or keys expiring within N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container of the stack is restarting, was killed for lack of memory or has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack&apos;s JWT keys are Supabase&apos;s public demo keys or expire within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AlertTray</name>
    <message>
        <source>Supadesk: no alert is firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supadesk: %n alert(s) firing</source>
        <translation>
            <numerusform>Supadesk: %n alert firing</numerusform>
            <numerusform>Supadesk: %n alerts firing</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert is firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Supadesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the fleet defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one message per rule every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send alerts through this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and install on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message through “%1” from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered. The channel answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused. The channel answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of “%1” could not be kept in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keychain to keep the channels&apos; secrets in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s uptime probe checks these rules every round and tells the channels, so alerts arrive while no desktop is open. A rule fires once after its condition has held for the time given, and sends its resolved message once when it clears; maintenance windows silence it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the fleet defaults: every stack without its own settings uses them. Clear the box to give “%1” its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has its own rules and channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
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
        <translation>
            <numerusform>First %n row in %1 ms; more load as you scroll.</numerusform>
            <numerusform>First %n rows in %1 ms; more load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n row in %1 ms.</numerusform>
            <numerusform>%n rows in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 ms; %n row(s) affected.</source>
        <translation>
            <numerusform>Done in %1 ms; %n row affected.</numerusform>
            <numerusform>Done in %1 ms; %n rows affected.</numerusform>
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
    <message numerus="yes">
        <source>Plan of %n node(s): %1 ms in total, %2 finding(s).</source>
        <translation>
            <numerusform>Plan of %n node: %1 ms in total, %2 finding(s).</numerusform>
            <numerusform>Plan of %n nodes: %1 ms in total, %2 finding(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated plan of %n node(s), %1 finding(s).</source>
        <translation>
            <numerusform>Estimated plan of %n node, %1 finding(s).</numerusform>
            <numerusform>Estimated plan of %n nodes, %1 finding(s).</numerusform>
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
    <message>
        <source>Open SQL File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SQL File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and save statements and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an EXPLAIN plan saved as JSON or text (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan and its statement as EXPLAIN JSON, which PEV2 also reads (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two plans of this session side by side (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 ms · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · estimated · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its statement is now in the editor; Ctrl+Z brings back what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read as an EXPLAIN plan. Nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The statement ran in a transaction that was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyPlan</name>
    <message>
        <source>Write %1 (mode %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in %2, keeping its comments, order and other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQL through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to edit. Create it from .env.example first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited safely, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not change a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyPlanBuilder</name>
    <message>
        <source>The bundle has no %1. Write it again with `supadesk-cli plan`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s .env has a line that cannot be applied (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update %n key(s) of %1 (secrets and pooler sizes); comments, order and other keys stay as they are.</source>
        <translation>
            <numerusform>Update %n key of %1 (secrets and pooler sizes); comments, order and other keys stay as they are.</numerusform>
            <numerusform>Update %n keys of %1 (secrets and pooler sizes); comments, order and other keys stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write %1: the pooler&apos;s ports are published on 127.0.0.1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the backup script as %1 (mode 0700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the nightly backup in root&apos;s crontab (an earlier Supadesk entry is replaced, other entries stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the containers that the new .env and override change (`docker compose up -d`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the PostgreSQL settings with ALTER SYSTEM (kept in the data volume) and reload; settings marked as needing a restart take effect at the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1: PgBouncer&apos;s transaction pooling sized for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the %1 service so that PgBouncer reads the new pgbouncer.ini (its clients reconnect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If a changed setting needs it, restart the db container (`%1 restart db`) and wait up to %n second(s) until PostgreSQL accepts connections again; connections drop for a moment.</source>
        <translation>
            <numerusform>If a changed setting needs it, restart the db container (`%1 restart db`) and wait up to %n second until PostgreSQL accepts connections again; connections drop for a moment.</numerusform>
            <numerusform>If a changed setting needs it, restart the db container (`%1 restart db`) and wait up to %n seconds until PostgreSQL accepts connections again; connections drop for a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the WAL archive folder %1, mounted into the db container, and hand it to postgres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the base backup script as %1 (mode 0700).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the daily base backup in root&apos;s crontab (an earlier Supadesk entry is replaced, other entries stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the backup key&apos;s public half as %1: the nightly backup encrypts to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyPrivileges</name>
    <message>
        <source>Add a NOPASSWD sudo rule for %1 (for example the line &quot;%1 ALL=(ALL) NOPASSWD: ALL&quot; in /etc/sudoers.d/supadesk, written with visudo), or log in as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be identified on the server (id -u did not answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not root and sudo is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not root and cannot use sudo without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Step %2 needs root, so nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Steps %2 need root, so nothing was changed. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyReport</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n step(s) checked, nothing was changed on the server.</source>
        <translation>
            <numerusform>Dry run: %n step checked, nothing was changed on the server.</numerusform>
            <numerusform>Dry run: %n steps checked, nothing was changed on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) were applied.</source>
        <translation>
            <numerusform>The %n step was applied.</numerusform>
            <numerusform>All %n steps were applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied and still in place: steps %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: steps %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 could not be rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: steps %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed on the server (dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is NOT as it was before: check the steps above by hand; the backups are next to each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings wait for a restart of the database to take effect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ApplySession</name>
    <message>
        <source>Backup of the previous file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the server: select a step to see its diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: the steps above were not all applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe is installed: it checks the stack every minute and logs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe was not installed: %1 The applied steps stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AtRestAuditChecks</name>
    <message>
        <source>lsblk is not installed on the server (util-linux).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies to %2, but rclone is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AtRestVerdicts</name>
    <message>
        <source>Database encrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for the database encrypted at rest: a disk that leaves the data centre, or a snapshot of it, must not be readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2, mounted at %3, which lsblk does not list as a block device (a network or container file system): its encryption cannot be seen from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2, mounted at %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on %2, mounted at %3, with no dm-crypt or LUKS layer: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the data volume on an encrypted device: your provider&apos;s encrypted volumes (which lsblk does not show; then this warning can be accepted), or LUKS set up when the server is built and the data copied over. Supadesk does not encrypt a disk in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups encrypted off the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dump holds every row and every password hash: a copy that leaves the server must be encrypted before it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup script at %1: nothing is copied off the server by Supadesk&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies nothing off the server (RCLONE_REMOTE is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies to %2, but rclone has no remote called %3 for root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies to %2, an rclone crypt remote: files are encrypted before they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies to %2, an rclone remote of type %3: the dumps leave the server unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the remote in an rclone crypt remote (rclone config, type crypt, pointing at %1) and name that one on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 encrypts every backup with gpg to the public key %2 before it is kept or copied; the secret key is not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditChecksModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditContextReader</name>
    <message>
        <source>There is no .env in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (reading it needs passwordless sudo): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no docker-compose.yml in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files named by COMPOSE_FILE are missing in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditExportDialog</name>
    <message>
        <source>Export audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are also written as CSV to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditFixService</name>
    <message>
        <source>The fix needs the stack&apos;s database: connect the stack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL ran and was committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix runs on the server: connect the stack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ran without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check has no fix that runs from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditHistoryStore</name>
    <message>
        <source>The local audit history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit run could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local audit history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit runs could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditMatrixModel</name>
    <message>
        <source>Nothing could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score of %1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run on this stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to open this stack&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditReportPdf</name>
    <message>
        <source>Audit report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) · generated on %1</source>
        <translation>
            <numerusform>%n stack · generated on %1</numerusform>
            <numerusform>%n stacks · generated on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stack checked against the production checklist. A pass counts 1, a warning ½ and a failure 0; checks that could not run are left out of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited on %1. Nothing could be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audited on %1. Score %2 of 100: %3 passed, %4 warnings, %5 failed, %6 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled: the checks after it are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditRunner</name>
    <message>
        <source>The connection to the stack was closed while a check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the stack&apos;s SSH session is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check gave no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack, then run the audit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditStatusText</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail · new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::AuditWorkspace</name>
    <message>
        <source>Fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit yet — press Run audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score over time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the check that runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was cancelled; the checks done so far are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit finished: %n stack(s) checked.</source>
        <translation>
            <numerusform>Audit finished: %n stack checked.</numerusform>
            <numerusform>Audit finished: %n stacks checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a stack to see its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit of %1 yet — press Run audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nothing could be checked · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · score %2 · %3 failed, %4 warnings · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQL will run in the database of %1, in one transaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit the selected stack (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit every stack in the list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the check that runs (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit report as PDF and CSV (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was applied; checking %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command will run on the server of %1, exactly as shown:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupCatalogueReader</name>
    <message>
        <source>The newest nightly backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No nightly backup for %n hour(s).</source>
        <translation>
            <numerusform>No nightly backup for %n hour.</numerusform>
            <numerusform>No nightly backup for %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (%1, also off-site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any point in time from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupKey</name>
    <message>
        <source>gpg is not installed on this computer: it makes and reads the backup key (apt-get install gnupg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private folder for gpg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpg could not make the backup key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key in the keychain is not a gpg key gpg can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupPage</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every day at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;rclone remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. b2:my-bucket/supabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy on the same server is lost with the server: name a remote that `rclone config` set up on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in root&apos;s crontab:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run backup.sh on the server once, now, and show the dump it wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the backup and remove its partial dump (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup runs on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack to run a backup from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1
Size: %2
Verified: pg_restore --list read %n entry(ies) back.</source>
        <translation>
            <numerusform>Backup written: %1
Size: %2
Verified: pg_restore --list read %n entry back.</numerusform>
            <numerusform>Backup written: %1
Size: %2
Verified: pg_restore --list read %n entries back.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt the backups with gpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nightly pg_dump in custom format taken inside the db container, checked with pg_restore --list before it counts, with the roles and the Storage files beside it, sizes logged, optionally encrypted with gpg, old backups removed after the retention period and, if you name an rclone remote, copied off the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stack first: its backup key is kept in the keychain under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted on the server with a key made here: the server gets only its public half, the secret half stays in this computer&apos;s keychain. Without it no backup can be restored: keep a copy somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupRun</name>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that Docker answers and that the container %1 runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the backup started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not installed on the server. The backup runs pg_dump inside the db container: install Docker and start the stack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker on the server cannot reach the container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container %1 is not running: start the stack (docker compose up -d) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run commands as root on the server: log in as root, or give this user sudo without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading backup.sh to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload backup.sh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the backup: pg_dump in the container, then pg_restore --list reads it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while the backup ran: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the backup was stopped and its partial dump removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the backup on the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server to stop the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup printed no result line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup.sh stopped with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupRunCommands</name>
    <message>
        <source>The server gave no scratch folder for the backup: %1</source>
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
    <message>
        <source>&quot;%1&quot; is not an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be run from a crontab line: use an absolute path without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupServerScripts</name>
    <message>
        <source>The drill was cancelled; its scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no nightly backup script %1 on the server: install it on the Setup wizard&apos;s Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 holds no dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump %1 does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no PostgreSQL programs (initdb, pg_ctl, pg_restore) for a scratch cluster: install postgresql-client and postgresql of the stack&apos;s major version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scratch folder could be made in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster could not be started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups needs root: the login needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dump&apos;s table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the free disk for the scratch restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the live database&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the scratch cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the roles and globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the restore with the live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the scratch cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore drill needs root on the server: the login needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill ended before it read the dump (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1&apos;s pg_restore on the server cannot read %2, which a newer pg_dump wrote: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill ended early (exit status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live database could not be read through the container: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch cluster: PostgreSQL %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore exited with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore&apos;s tables could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted, and the server has no gpg to decrypt it for the drill (apt-get install gnupg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted: a drill needs the stack&apos;s backup key from this computer&apos;s keychain. Run the drill from Supadesk on the computer that made the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be decrypted with the stack&apos;s backup key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scratch container from %1 could not be started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting the backup with the key from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch container from the db service&apos;s image %1 (PostgreSQL %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch container %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rclone is not installed on the server: the copies on %1 cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rclone could not list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BackupsWorkspace</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores the selected dump (or the newest good one) into a scratch cluster on the server and compares it with the live database. The live database is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule monthly drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installs the drill on the server with a monthly timer (or cron), so it runs with Supadesk closed; its results come into the drill history on the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack to see its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack&apos;s backups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack to see its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest good backup: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest nightly run FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nightly backup for %1: the newest good one is from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore drill passed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore drill FAILED on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the backup needs root: the login needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed (exit status %1); its output says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was cancelled; its scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling the drill needs root: the login needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly drill is scheduled with a systemd timer (the 1st, 04:41); its results go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly drill is scheduled with cron (the 1st, 04:41); its results go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly drill could not be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled on the server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 live, %3 restored (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the stack&apos;s disaster-recovery runbook as PDF or Markdown: where its backups are, the commands for each scenario and the last drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (remote copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n segment(s))</source>
        <translation>
            <numerusform>%1 (%n segment)</numerusform>
            <numerusform>%1 (%n segments)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save disaster-recovery runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runbook was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::BundleExporter</name>
    <message>
        <source>The probe&apos;s files are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk sets up the stack selected on the left over its SSH connection. Connect it so that the next pages can read the server; without a connection you can still make a plan and export it as a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server .env:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SSH connection and the tunnels of this stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host keys are checked as in the rest of Supadesk: an unknown key is shown for you to trust, a changed one is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet: it is read once the stack is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read: %n line(s). Its secrets are checked on the Secrets page.</source>
        <translation>
            <numerusform>Read: %n line. Its secrets are checked on the Secrets page.</numerusform>
            <numerusform>Read: %n lines. Its secrets are checked on the Secrets page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read (%1). Every secret will be generated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ContainerActions</name>
    <message>
        <source>Container %1 could not be restarted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ContainerLogsDialog</name>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) waiting.</source>
        <translation>
            <numerusform>Paused: %n new line waiting.</numerusform>
            <numerusform>Paused: %n new lines waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following: %n line(s).</source>
        <translation>
            <numerusform>Following: %n line.</numerusform>
            <numerusform>Following: %n lines.</numerusform>
        </translation>
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
        <source>Waiting for the first sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Live: a sample every %n second(s); the last one took %1 ms.</source>
        <translation>
            <numerusform>Live: a sample every %n second; the last one took %1 ms.</numerusform>
            <numerusform>Live: a sample every %n seconds; the last one took %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded in the history (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (last 5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole range again (Ctrl+0). Zoom with the mouse wheel, pan by dragging; right-click a chart to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stacks at a glance (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL and temporary files written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag and slot retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest standby lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL held by a slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest standby replay delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest running transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest idle in transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication figures are visible to superusers and members of pg_read_all_stats only: GRANT pg_read_all_stats TO the dashboard&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is a standby: lag is shown on its primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby is connected and no replication slot exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of other roles are hidden from this role: GRANT pg_read_all_stats to see their state.</source>
        <translation>
            <numerusform>%n session of another role is hidden from this role: GRANT pg_read_all_stats to see their state.</numerusform>
            <numerusform>%n sessions of other roles are hidden from this role: GRANT pg_read_all_stats to see their state.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleet overview: %n stack(s).</source>
        <translation>
            <numerusform>Fleet overview: %n stack.</numerusform>
            <numerusform>Fleet overview: %n stacks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: the charts are frozen; samples are still recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the local history keeps samples and summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler: clients and server connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler: client wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait per transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest current wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to “%1”… The charts show what was known %2 s ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to “%1”… No sample has arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler (Supavisor): client connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler (Supavisor): wait for a database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait per checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseAdvisors</name>
    <message>
        <source>Row level security on exposed tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables in a schema the API serves that anon or authenticated can reach without row level security are readable (and, with the grants, writable) by anyone holding the public anon key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable row level security on each table, then add policies for what each role may do; until then the API returns no rows from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies on tables without row level security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies are ignored while row level security is off: the table looks protected and is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable row level security on each table so its policies take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row level security without policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table with row level security and no policy returns nothing through the API: safe, but often an unfinished table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the policies the application needs, or leave the table closed on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth.users exposed through a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view over auth.users in a schema the API serves hands every user&apos;s e-mail and metadata to anyone the view is granted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the view from anon and authenticated, or move it to a schema the API does not serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views running with their owner&apos;s rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view without security_invoker reads its tables with its owner&apos;s rights, past the row level security of the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make each view run with the caller&apos;s rights (security_invoker = on; PostgreSQL 15 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions without a fixed search_path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A function that resolves names through the caller&apos;s search_path can be made to call objects the caller chose, with the function&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin each function&apos;s search_path (the fix sets pg_catalog, the function&apos;s own schema, pg_temp; use an empty path and qualified names for the strictest setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies trusting user_metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed-in user can edit their own user_metadata, so a policy that decides on it lets users grant themselves access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on app_metadata, which only the service role can change: set it for the users first, then apply the rewritten policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write policies that allow everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INSERT, UPDATE or DELETE policy whose condition is just true lets any caller change any row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the policy (the action is refused until a real one replaces it) and write one that compares the row&apos;s owner with (select auth.uid()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies calling auth functions per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth.uid(), auth.jwt() or current_setting() written bare in a policy runs once per row; wrapped as (select auth.uid()) it runs once per query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap each call in a sub-select; the fix rewrites the policies that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several permissive policies for one role and action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL evaluates every permissive policy for every row, so several for the same role and action slow every query on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one policy whose condition joins theirs with OR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys without an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an index on its columns a foreign key makes every delete of a referenced row scan the whole table, and joins along it cannot use an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an index on the foreign key&apos;s columns (the fix builds it in one transaction; on a large, busy table build it CONCURRENTLY by hand instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical indexes cost every write twice and the space twice, and only one is ever used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the copies; the primary key&apos;s or a constraint&apos;s index is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An index never scanned costs every write and buys no read; the count is only as old as the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the indexes that stay unused over a full business cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables without a primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a primary key rows cannot be addressed one by one: Realtime, replication and editors cannot update or delete a single row, and duplicates go unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a primary key (an existing unique, not-null column, or a new identity column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions in the public schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension in public puts its functions in the schema the API serves and every role searches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move relocatable extensions to the schema extensions; drop and create the others there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions not at the installed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes that the server&apos;s packages already carry are not in effect until the extension is updated in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update each extension to its default version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materialized views reachable over the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materialized views have no row level security: every row they hold is readable by the roles they are granted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke them from anon and authenticated, or move them to a schema the API does not serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign tables reachable over the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign tables have no row level security: the remote rows are readable by the roles they are granted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY DEFINER functions callable by anon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone holding the public anon key can call these functions over the API, with their owner&apos;s rights and past row level security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke EXECUTE from PUBLIC and anon (the fix grants it back to the other roles that hold it), or make the function SECURITY INVOKER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY DEFINER functions callable by signed-in users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed-in user can call these functions over the API, with their owner&apos;s rights and past row level security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke EXECUTE from PUBLIC, anon and authenticated unless every user is meant to call them, or make the function SECURITY INVOKER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive columns readable over the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns named like passwords, tokens or personal data in a table without row level security are readable with the public anon key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable row level security on the table (and keep secrets out of tables the API serves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public buckets that allow listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public bucket serves its files by URL without any policy; a SELECT policy for anon only adds that anyone can list every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the policy; the files&apos; public URLs keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space left by deleted and updated rows that nothing reused: scans and backups read the empty pages too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite the table with VACUUM FULL (locks it while it runs; it cannot run inside the fix transaction) or pg_repack without the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n finding:</numerusform>
            <numerusform>%n findings:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Supabase database (no anon role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in this database: nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s query is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such database advisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database connection: the stack has no database forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no database password for this stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseAuditChecks</name>
    <message>
        <source>The stack has no database forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no database password for this stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to let the login %1 read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 needs %2, which the login %3 does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is not visible to this login: reading it needs pg_read_all_settings (or a superuser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer&apos;s SHOW CONFIG has no pool_mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseAuditEvaluator</name>
    <message>
        <source>Default passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler in transaction mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL for database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for all default passwords changed: env.example&apos;s values are public, so anyone who reaches the stack can log in with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for PostgreSQL tuned to the host: the defaults use a fraction of the memory and plan for spinning disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for the pooler in transaction mode, so that many clients share a few server connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring needs query statistics: without pg_stat_statements, slow queries cannot be found after the fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and a tested restore need archived WAL for point-in-time recovery; a failing archiver also fills the disk with WAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for replication: a standby takes over when the server fails, and an abandoned slot keeps WAL until the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for encryption in transit: without SSL, passwords and data cross the network in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (line %3) still has env.example&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 still has env.example&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login was tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts any password for %1 from here (trust), so its password cannot be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login as %1 could not be tried: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of Supabase&apos;s internal roles can log in on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example password is refused for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the database password: every internal role gets a new one, the .env follows and the services restart. Replace the other example values on the Setup wizard&apos;s Secrets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate new values for these keys on the Setup wizard&apos;s Secrets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example value of env.example is left in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s size (CPUs and memory) is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s size is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (recommended %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_connections: %1 (the recommendation is sized for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported none of the tuned settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1 vCPU, %2 RAM, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ from the recommendation by more than a factor of %1: %2.</source>
        <translation>
            <numerusform>%n setting differs from the recommendation by more than a factor of %1: %2.</numerusform>
            <numerusform>%n settings differ from the recommendation by more than a factor of %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the recommended settings on the Setup wizard&apos;s Tuning page (some need a restart of the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor runs, but the .env could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor serves transaction mode on port %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor runs, but its compose service publishes no transaction-mode port (container port 6543).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor runs, but the .env sets no POOLER_PROXY_PORT_TRANSACTION: no transaction-mode port is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Supavisor&apos;s transaction port (6543) on the Setup wizard&apos;s Pooling page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer&apos;s pool_mode is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pool_mode = transaction on the Setup wizard&apos;s Pooling page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer runs, but its pool_mode could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files run no pooler (neither Supavisor nor PgBouncer), and no PgBouncer was found on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a transaction pooler on the Setup wizard&apos;s Pooling page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pg_stat_statements view answers, so the library is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pg_stat_statements view refuses to answer: the library is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements is not in shared_preload_libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Setup wizard&apos;s Tuning page adds pg_stat_statements to shared_preload_libraries; the database must restart once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension pg_stat_statements is not created in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the extension (one statement, no restart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension is created in the schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive_mode was not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive_mode = off: WAL is not archived, so point-in-time recovery is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on WAL archiving to a backup location on the Setup wizard&apos;s Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving is on but nothing archives: WAL piles up in pg_wal until the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an archive_command on the Setup wizard&apos;s Backups page, or turn archiving off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WAL file(s) archived, %2 failure(s) since the statistics were reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last archived: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL files waiting for the archiver: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archiver is failing: %1 could not be archived at %2, after the last success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database log for the archive_command&apos;s error and fix the command or its target (space, permissions, credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL is waiting, but nothing has been archived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last WAL file was archived %1 ago, while WAL is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the archiver keeps up: the archive_command may be slow or stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby %1 (%2): %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the standby or consumer of the slot, or drop the slot if nothing uses it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a streaming standby (or a managed replica) and a runbook to promote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting ssl was not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl = %1: the server accepts no encrypted connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give PostgreSQL a certificate (ssl_cert_file, ssl_key_file), set ssl = on and reload; then make remote pg_hba rules hostssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf line %1: %2 %3 %4 %5 %6 allows connections without SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl = on, and every rule for remote connections requires SSL (hostssl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ssl = on, but %n rule(s) for remote connections accept them unencrypted.</source>
        <translation>
            <numerusform>ssl = on, but %n rule for remote connections accepts them unencrypted.</numerusform>
            <numerusform>ssl = on, but %n rules for remote connections accept them unencrypted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change these pg_hba.conf rules from host to hostssl and reload PostgreSQL, once every client connects with sslmode=require.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 (%2) is inactive and retains %3 of WAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query statistics (pg_stat_statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 can log in with env.example&apos;s POSTGRES_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseRestart</name>
    <message>
        <source>No changed setting needs a restart of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the database for these settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL did not accept connections within %n second(s) after the restart; check the db container (docker compose logs db).</source>
        <translation>
            <numerusform>PostgreSQL did not accept connections within %n second after the restart; check the db container (docker compose logs db).</numerusform>
            <numerusform>PostgreSQL did not accept connections within %n seconds after the restart; check the db container (docker compose logs db).</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL accepts connections again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DesktopNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alert since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DisasterRunbook</name>
    <message>
        <source>Disaster-recovery runbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1. Server: `%2` (SSH port %3), install directory `%4`, database container `%5`. Keep a printed copy where the team can reach it without the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts are recorded: add who decides, who restores and who tells the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the backups are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly dump at %1:%2 UTC by `%3` (cron): `%4/%5-STAMP.dump` (custom format) and `%4/%5-STAMP.globals.sql` (roles); kept %6 days; log `%7`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**No off-site copy is configured**: a lost server takes its backups with it. Set an rclone remote in the backup settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-site copy of every dump: `%1` (rclone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery: WAL archive `%1`, base backups `%2` (daily at %3:%4 UTC by `%5`, the newest %6 kept; log `%7`). Inside the container the folder is `%8`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery is not set up: the newest dump is the latest moment that can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets (`.env`: JWT_SECRET, API keys, POSTGRES_PASSWORD) are not in the dumps: keep a copy in the team&apos;s password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**No restore drill is on record**: nobody knows yet whether the dumps restore. Run one now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on %1: %2 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**FAILED** on %1: %2 did not restore as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables that did not match: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles that exist already are reported and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario 1: the database is corrupted, the server is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the stack so that nothing writes, and keep the damaged data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the newest dump whose nightly run succeeded, and prove it restores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty database (the image creates Supabase&apos;s roles), then restore the roles and the dump into it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start everything and check the stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario 2: the server is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new server with Supadesk&apos;s Setup workspace (or `supadesk-cli plan` and `supadesk-cli apply`), using the `.env` from the password manager: new secrets would invalidate every client&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the newest dump and its globals from the off-site copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as in scenario 1, steps 3 and 4; then move the DNS name to the new server and add it to Supadesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario 3: a bad migration (undo it with PITR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without point-in-time recovery, restore the newest dump taken before the migration as in scenario 1: everything written since that dump is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the moment just before the migration (the deploy log, or `supabase_migrations.schema_migrations`), in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, restore to that moment into a scratch cluster, never the live database, and look at it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When only some tables were damaged, copy them back from the scratch cluster (the socket the restore printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To put the whole database back to that moment: stop the stack, keep the current data directory aside, unpack the base backup, let PostgreSQL replay the archive up to the time, then remove the recovery settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for `ready to accept connections`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new base backup right after (`sudo %1`): the restored database starts a new timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DrillHistoryStore</name>
    <message>
        <source>The local drill history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local drill history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DrillInventory</name>
    <message>
        <source>The tables of %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of %1.%2 could not be counted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::DrillRules</name>
    <message>
        <source>The scratch restore needs about %1 of free disk (%2 times the dump&apos;s %3, plus %4 for the cluster itself); %5 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore listed no archive header: this is not a custom-format dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump comes from PostgreSQL %1 (pg_dump %2); this machine restores with PostgreSQL %3. Run the drill with PostgreSQL %4 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The restore reported %n error(s); the first: %1</source>
        <translation>
            <numerusform>The restore reported %n error; the first: %1</numerusform>
            <numerusform>The restore reported %n errors; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore exited cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows live, %3 restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from the restore: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the restore but no longer in the live database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts differ by more than changed since the dump: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) of the live database are in the restore.</source>
        <translation>
            <numerusform>The %n table of the live database is in the restore.</numerusform>
            <numerusform>All %n tables of the live database are in the restore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts agree for %n table(s).</source>
        <translation>
            <numerusform>Row counts agree for %n table.</numerusform>
            <numerusform>Row counts agree for %n tables.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) changed since the dump, within what the statistics record.</source>
        <translation>
            <numerusform>%n table changed since the dump, within what the statistics record.</numerusform>
            <numerusform>%n tables changed since the dump, within what the statistics record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n role(s) of the globals exist in the restore.</source>
        <translation>
            <numerusform>The %n role of the globals exists in the restore.</numerusform>
            <numerusform>All %n roles of the globals exist in the restore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles of the globals missing from the restore: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No globals file: roles were not restored, objects were restored without owners and privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; returned no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; returned %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::EndpointAuditChecks</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env sets none of SUPABASE_PUBLIC_URL, API_EXTERNAL_URL and SITE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack has no gateway forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env has no ANON_KEY to call the gateway with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s listening sockets are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::EndpointVerdicts</name>
    <message>
        <source>TLS certificate of the public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for TLS certificates installed and renewing themselves: keys and passwords otherwise cross the internet in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production checklist asks for verified health endpoints: a service that does not answer through the gateway is an outage the users see first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio holds the service role key: reachable without the gateway&apos;s basic auth or on a public port, it hands the whole database to anyone who finds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Supabase&apos;s Caddy overlay (docker-compose.caddy.yml, PROXY_DOMAIN) in front of the gateway, or a reverse proxy with a certificate from Let&apos;s Encrypt that renews itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is served without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an https:// URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 (%2), issued by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires on %1: %n day(s) left.</source>
        <translation>
            <numerusform>Expires on %1: %n day left.</numerusform>
            <numerusform>Expires on %1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>does not name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted by this computer&apos;s certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renewal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auto-renewal found (no certbot timer, no Caddy service or container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether something renews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer after %2 ms (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the failing service&apos;s container (`docker compose ps`, `docker compose logs`) and restart it; check that its database role can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer GET /: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio answers GET / through the gateway without credentials (HTTP 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway asks for credentials at / (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answers GET / with HTTP %1, not Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio&apos;s port %1 listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 does not listen on a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio&apos;s port is published on %1:%2 (%3, line %4), past the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Studio behind the gateway&apos;s basic auth (DASHBOARD_USERNAME and DASHBOARD_PASSWORD) and publish no Studio port on a public address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::EnvFile</name>
    <message>
        <source>%1 is set again on line %2 (first on line %3); Docker Compose uses the last one. Remove the extra line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not KEY=VALUE; its content is not shown, as it may hold a secret. Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) has an unclosed quote; its value is not shown. Fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ErrorCatalogue</name>
    <message>
        <source>The bundle&apos;s .env has a line that cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle lacks a file a step needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of the bundle cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s .env has lines that cannot be edited safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no .env on the server to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step needs root and the login user cannot get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step does not change a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup path is not an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port of the backup is not a TCP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup retention is outside 1 to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no scratch folder for a backup run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup setting holds characters a script cannot take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env given to the plan cannot be edited safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s data cannot be saved as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be saved as a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A --forward value is not LOCALPORT:REMOTEHOST:REMOTEPORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stack with the given name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH tunnel to the stack&apos;s database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line is incomplete or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL connection string cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not cancel the running query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection for EXPLAIN is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN failed or returned no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backend process ID of the EXPLAIN connection could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction around EXPLAIN ANALYZE could not be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one statement was given to EXPLAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction for EXPLAIN ANALYZE could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is both opened and closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall port is not a TCP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic firewall revert is shorter than 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH port is among the ports to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard history file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the dashboard history cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dashboard history file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard history file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged dashboard history file cannot be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the dashboard history failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of connections is outside 20 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of vCPUs is outside 1 to 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM is not written as a memory size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM is outside 1 GiB to 4 TiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage kind is neither ssd nor hdd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAL archive directory is not a plain absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload is not web, oltp, analytics or mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached to try hypothetical indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypopg extension could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hypothetical index could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypopg extension is available but not created in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query with hypothetical indexes failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hypopg extension is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid stack export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a JSON Web Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PgBouncer admin command failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PgBouncer admin console cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no PostgreSQL client library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHOW command of the PgBouncer admin console failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not EXPLAIN JSON that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not EXPLAIN text that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not run the preflight commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics text is not in the Prometheus format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to read, store or remove a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack list cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plan to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe&apos;s files are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exported file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the server cannot be listed over SFTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder on the server does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file cannot be given the old file&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on the server cannot be read over SFTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file cannot be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP subsystem cannot be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on the server cannot be written over SFTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached to signal a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to cancel or end the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SQL statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH agent is running, or it holds no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication ended in an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the private key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key file is set, or it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a further authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH password is needed and not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name from ssh_config is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote command could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local port cannot be listened on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local port is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local socket can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key differs from the recorded one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no new or changed host key to act on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key is of a type not recorded, while keys of other types are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key is marked as revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key is not yet trusted; --accept-new-host-key records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel through the jump host could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local socket for the jump host could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jump host is not written as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file changed while it was being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file that holds the key cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known hosts file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known hosts file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the SSH connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stack with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack&apos;s settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached to read pg_stat_statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pg_stat_statements extension could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_statements is not in shared_preload_libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement statistics cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement statistics cannot be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached for statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a sample of the statistics failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s PostgreSQL version is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor&apos;s metrics cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime history file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the uptime history cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe is being installed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the probe was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe needs curl on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe file is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of installing or removing the probe failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the probe needs root and sudo asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to install yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such maintenance window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime history file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe logs are being fetched already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the probe logs was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected, so its probe logs cannot be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stack was chosen for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged uptime history file cannot be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the uptime history failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability target is outside 0% to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not name the user Supadesk connects as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema change of the local history failed and was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history was written by a newer release of Supadesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history&apos;s schema cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in schema scripts are missing or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An advisor&apos;s fix failed and was rolled back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was cancelled before every check had run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit check with the given id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected; the audit needs its SSH session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit report cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s .env could not be updated with the new password; the old password was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack was not healthy after the password change; the old password was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database role&apos;s password could not be changed; every role keeps its old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password change failed and could not be fully undone; the report says which roles have which password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert channel refused the message or did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert channel with the given id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server-side alerter could not be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alert rule has an impossible threshold or duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup or drill was cancelled; its scratch instance was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough free disk for the scratch restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore drill could not run to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup or the backup folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump was made by a newer PostgreSQL than the one restoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action on the container failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host and its containers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving could not be set up, or it is failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point-in-time restore failed; the live database was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery target lies outside what the base backups and WAL cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WAL segment the recovery needs is missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby could not log in to the primary for replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby host lacks the disk its data directory needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby cannot reach the primary&apos;s replication port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s data directory is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion was refused: the primary still answers and was not confirmed and fenced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary could not be turned into a standby of the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication slot exists already or could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of the standby setup failed and was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary and the standby run different PostgreSQL major versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority refused or failed to issue the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s own check refused the generated configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name does not resolve to this server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 80 or 443 is taken by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name or e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS could not be proven to work; the old configuration was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ExportReportDialog</name>
    <message>
        <source>Export uptime report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save uptime report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are also written as CSV to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverDialog</name>
    <message>
        <source>Fail Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a standby the stack&apos;s primary when the primary is gone. First Check confirms that the primary really is down and shows every step; nothing changes before you press Promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby to promote (a stack):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary still answers. To stop it and promote the standby anyway, type the stack&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: these steps run when you press Promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standby&apos;s server as a stack first: it is promoted over its own SSH endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover of %1 to %2 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting the standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether %1 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking both servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover finished: %1 is the primary now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby was not promoted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers from the standby&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer from the standby&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused before any change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards, point the stack&apos;s services at the new primary (.env changed with a copy kept, docker compose up -d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past failovers of this stack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary now and the stack&apos;s services use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary now (%2). Point the stack&apos;s services at it (POSTGRES_HOST in .env, or the pooler&apos;s upstream).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverHistory</name>
    <message>
        <source>The failover history %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover history %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover could not be recorded in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverPlan</name>
    <message>
        <source>The standby is not a standby: it already takes writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary still answers. Type the stack&apos;s name &quot;%1&quot; to stop it and promote the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check once more that the primary “%1” does not answer, from this computer and from the standby&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the old primary “%1” (pg_ctl stop) so that it cannot take writes any more, and check that it no longer answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote the standby “%1” (pg_promote) and wait up to 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that “%1” takes writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the services of “%1” at “%2”: POSTGRES_HOST and POSTGRES_PORT in its .env (a copy kept beside it), then docker compose up -d; put back if the restart fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverRecord</name>
    <message>
        <source>services repointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services already pointed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repointing failed, rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>services not repointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old primary fenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 → %3  by %4  (%5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FirewallApplier</name>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the firewall script to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload the firewall script: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowing SSH, arming the automatic revert and enabling the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proving access with a new SSH connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new SSH connection got through: the firewall stays on and the automatic revert is disarmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new SSH connection did not get through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking from this computer that port(s) %1 are closed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked from this computer: the database and pooler ports are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: port(s) %1 still accept connections from this computer; publish them on 127.0.0.1 only (docker-compose.override.yml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while enabling the firewall (%1). If the firewall was enabled, its automatic revert puts it back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall script failed: %1 The firewall is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall script failed: %1 Putting the firewall back failed too; its automatic revert will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new SSH connection did not get through (%1) and this session is gone: the automatic revert puts the firewall back as it was shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new SSH connection did not get through (%1), so the firewall was put back as it was before. Nothing stays changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new SSH connection did not get through (%1) and putting the firewall back from this session failed: the automatic revert does it shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FirewallPage</name>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw denies every incoming connection except SSH and the web ports. Docker-published ports bypass ufw, so the pooler ports are also closed in Docker&apos;s own DOCKER-USER chain and published on 127.0.0.1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSH port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open to everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 80, 443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed (Docker-published):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s port: it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port Supadesk connects to: it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply firewall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the firewall on the server now, with the automatic undo armed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that ufw is installed and that commands run as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the server: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is not installed on the server. Install it there (apt-get install ufw) and apply again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall needs root on the server: log in as root, or give this user sudo without a password. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, but the stack is no longer connected: the firewall stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the firewall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack to apply the firewall from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: the firewall is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked from this computer on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1: still reachable; publish it on 127.0.0.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the running step and put the firewall back as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You cannot lock yourself out.&lt;/b&gt;&lt;ol&gt;&lt;li&gt;The SSH rule is added before anything is denied.&lt;/li&gt;&lt;li&gt;An automatic undo is armed on the server before ufw is enabled.&lt;/li&gt;&lt;li&gt;Open a &lt;i&gt;new&lt;/i&gt; SSH connection and run &lt;tt&gt;firewall.sh --confirm&lt;/tt&gt; in it: only a working new connection disarms the undo.&lt;/li&gt;&lt;li&gt;Without that confirmation the undo puts the firewall back as it was when the undo time set above runs out.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the firewall on “%1”?

SSH port %2 stays open: it is the port this session uses. Open to everyone: %3. Every other incoming connection is refused.

A new SSH connection must get through afterwards, or the firewall is put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: putting the firewall back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the firewall was put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled, but putting the firewall back failed (%1): the firewall stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the firewall is put back as it was after the running step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted: the proof failed, the firewall is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not proven: the automatic undo puts the firewall back shortly.</source>
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
    <name>supadesk::FleetOverview</name>
    <message>
        <source>All stacks, the one that needs attention most first. Click a tile to open its dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no stacks yet. Add one with Stack ▸ Add Stack (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FleetTableModel</name>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::FleetTile</name>
    <message>
        <source>Down: no sample yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullest disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n CPU(s)</source>
        <translation>
            <numerusform>%1 on %n CPU</numerusform>
            <numerusform>%1 on %n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, full within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, full in %n day(s)</source>
        <translation>
            <numerusform>%1: %2, full in %n day</numerusform>
            <numerusform>%1: %2, full in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n in trouble</source>
        <translation>
            <numerusform>%1 of %n in trouble</numerusform>
            <numerusform>%1 of %n in trouble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n fine</source>
        <translation>
            <numerusform>all %n fine</numerusform>
            <numerusform>all %n fine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::HistoryFile</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the local history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the local history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HistoryRetentionDialog</name>
    <message>
        <source>History Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard keeps every sample for a while, then only per-minute and per-hour summaries (minimum, maximum, mean). Older data is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;every sample for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;minute summaries for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;hour summaries for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Last hour” and “Last 24 hours” are drawn from minute summaries, “Last 7 days” and “Last 30 days” from hour summaries. Shorter times take effect with the next sample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HostAuditChecks</name>
    <message>
        <source>Docker is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker ps failed (the login may need the docker group or passwordless sudo): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ufw&apos;s rules needs root: the login %1 needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is not installed (Supadesk reads ufw only; another firewall may be in place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw status failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be listed: reading it needs root (passwordless sudo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HostAuditEvaluator</name>
    <message>
        <source>%1 is listening on every interface or a public address (ss -ltn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 publishes %2 (Docker&apos;s own iptables rules bypass ufw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 publishes &quot;%3&quot; for %4 on every interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ss is not installed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish %1 on 127.0.0.1 only (the Setup wizard&apos;s compose override does this) and reach it through an SSH tunnel; a ufw rule alone does not close a port Docker publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening there now; it is public as soon as the stack runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on a public address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 listens on loopback only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ss is missing: only Docker&apos;s ports were read.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a host check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for every default secret to be changed: the demo keys of env.example are public, so anyone can sign in with them as service_role, and they stop working on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is the example token from env.example (iss supabase-demo, expires %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not a JSON Web Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was issued by supabase-demo, Supabase&apos;s public demo issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>%1 (%2) expires on %3, in %n day.</numerusform>
            <numerusform>%1 (%2) expires on %3, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the stack&apos;s own key, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the stack&apos;s own key and does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no ANON_KEY or SERVICE_ROLE_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new JWT_SECRET and new API keys on the Setup wizard&apos;s Secrets page, then update every client that uses the old keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate new API keys before they expire (Setup wizard, Secrets page) and update your clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT secret strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for JWT secrets with enough entropy: whoever guesses JWT_SECRET can sign any key, service_role included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no JWT_SECRET (the stack may sign with asymmetric keys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new JWT_SECRET (and new API keys signed with it) on the Setup wizard&apos;s Secrets page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) is the example value from env.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) has %2 characters; it needs at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) has %2 characters but only about %3 bits of entropy; a random one has well over %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) has %2 characters, about %3 bits of entropy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database port reachable from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist allows only the necessary ports through the firewall: PostgreSQL on a public address invites password guessing against postgres and every role that shares its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database port (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler port reachable from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist allows only the necessary ports through the firewall: the pooler&apos;s transaction port accepts the same database logins as PostgreSQL itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pooler port (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for a firewall that lets in only the necessary ports, SSH among them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is installed but inactive (ufw status: inactive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the rules on the Setup wizard&apos;s Firewall page (SSH first), then enable ufw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is active; incoming default: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ALLOW rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the incoming default to deny (`ufw default deny incoming`) after allowing SSH; the Setup wizard&apos;s Firewall page does both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule allows SSH on port %1: the next connection may be locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow SSH before anything else: `ufw allow %1/tcp`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for log rotation: container and backup logs that are never rotated fill the disk and stop the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not installed, so no container logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json does not exist: containers log with json-file and no size limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json sets log-driver %1, which rotates or forwards logs itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json sets no log-opts max-size (log-driver %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rotated by logrotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file in /etc/logrotate.d rotates %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the backup log with logrotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write /etc/docker/daemon.json with {&quot;log-driver&quot;: &quot;json-file&quot;, &quot;log-opts&quot;: {&quot;max-size&quot;: &quot;10m&quot;, &quot;max-file&quot;: &quot;3&quot;}}, restart Docker and recreate the containers; rotate the backup log with logrotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container memory limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for resource limits for Docker: one container that grows without a limit makes the kernel kill the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container of this stack is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) without a memory limit: %1.</source>
        <translation>
            <numerusform>%n container without a memory limit: %1.</numerusform>
            <numerusform>%n containers without a memory limit: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limited: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each service a memory limit (`mem_limit:` in docker-compose.override.yml), sized so that their sum leaves room for PostgreSQL&apos;s shared_buffers and the page cache, then recreate the containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full disk stops PostgreSQL from writing WAL and the backups from running; the checklist&apos;s monitoring starts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free of %2 (%3) on %4, mounted at %5 (holds %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space or grow the volume: old dumps in the backup directory, unused Docker images (`docker image prune`) and container logs are the usual culprits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for daily backups: without a dump from the last day, a lost disk loses more than a day of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the daily backup on the Setup wizard&apos;s Backups page and check its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest dump: %1/%2, %3, %4 (%n hour(s) old).</source>
        <translation>
            <numerusform>Newest dump: %1/%2, %3, %4 (%n hour old).</numerusform>
            <numerusform>Newest dump: %1/%2, %3, %4 (%n hours old).</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup log at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records no finished backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run succeeded (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist asks for backups that are tested: a dump that was never restored is a hope, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release layout and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase ships fixes as tagged releases; a stack on an old layout misses them and needs a planned upgrade from tag to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compose file was read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files (%1) run neither Kong nor Envoy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout: %1; gateway service %2, port %3=%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL image %1 (major version not in its tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooler: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer layout known: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than any release Supabase supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh installs start on PostgreSQL %1; moving there needs pg_upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade release by release: back up, compare docker-compose.yml and .env.example between the tags, pull, recreate and check health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw&apos;s status was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json limits each container log to %1 and keeps %2 file(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker inspect did not show the containers&apos; limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df gave no figures for the file system of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1 (image %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a restore drill: Backups ▸ Run drill, or supadesk-cli backup drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore drill recorded yet for this stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore drill (%1, %2) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore drill passed on %1, more than %2 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last restore drill passed on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HostCommandRunner</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
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
    <message>
        <source>New type of host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known by its %2 key, but the server now presented this %3 key, which is not known for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The server may have gained a new key, or someone may be intercepting the connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::HostPanel</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (1, 5, 15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the selected container&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CPU(s)</source>
        <translation>
            <numerusform>%1 of %n CPU</numerusform>
            <numerusform>%1 of %n CPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s), measuring…</source>
        <translation>
            <numerusform>%n CPU, measuring…</numerusform>
            <numerusform>%n CPUs, measuring…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s in, %2/s out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CPU on the server, %2 round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>From the trend of the last 7 days of the history (least squares); no forecast while the disk is flat or shrinking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker is not installed on this server (no docker command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No containers on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel killed its last run for lack of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack to see its server and containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 to see its server and containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read at %1 over the stack&apos;s SSH session, every %n second(s).</source>
        <translation>
            <numerusform>Read at %1 over the stack&apos;s SSH session, every %n second.</numerusform>
            <numerusform>Read at %1 over the stack&apos;s SSH session, every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart container %1 on %2? Its service is unavailable until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restarted.</source>
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
    <name>supadesk::IncidentTableModel</name>
    <message>
        <source>No probe results: the server or its probe was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::IndexAdvicePanel</name>
    <message>
        <source>Try Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the statement again with hypothetical indexes (hypopg); nothing is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheaper by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning with hypothetical indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain a statement to get index advice for its sequential scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no sequential scan with a filter, so there is no index to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of this plan is not known: explain it from the editor to try indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack to try indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) to try for the sequential scans of this plan.</source>
        <translation>
            <numerusform>%n index to try for the sequential scans of this plan.</numerusform>
            <numerusform>%n indexes to try for the sequential scans of this plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create hypopg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the extension now? It adds functions only; hypothetical indexes exist only for Supadesk&apos;s session and no index is built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n index(es) would make the statement cheaper. Costs are the planner&apos;s estimates; nothing was built.</source>
        <translation>
            <numerusform>%1 of %n index would make the statement cheaper. Costs are the planner&apos;s estimates; nothing was built.</numerusform>
            <numerusform>%1 of %n indexes would make the statement cheaper. Costs are the planner&apos;s estimates; nothing was built.</numerusform>
        </translation>
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
    <name>supadesk::LiveChart</name>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
        <translation>
            <numerusform>%n stack</numerusform>
            <numerusform>%n stacks</numerusform>
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
        <translation>
            <numerusform>Imported %n stack.</numerusform>
            <numerusform>Imported %n stacks.</numerusform>
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
        <translation>
            <numerusform>Exported %n stack without secrets.</numerusform>
            <numerusform>Exported %n stacks without secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect</source>
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
    <message>
        <source>Du&amp;plicate Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Database Connection &amp;String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 first: the password rotation runs over its SSH session and database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::MaintenanceDialog</name>
    <message>
        <source>Add maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PostgreSQL upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime inside a maintenance window of “%1” is not counted against its availability target. Times are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maintenance window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That maintenance window no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::NodeDetailsPanel</name>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to see all of its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time with children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (all loops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows planned (all loops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misestimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows removed by filter (all loops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPLAIN properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ParameterValuesDialog</name>
    <message>
        <source>Parameter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server plans a statement only with values for its parameters (PostgreSQL 16 and later can plan it without them). Enter a typical value for each; type NULL for a null value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PasswordRotation</name>
    <message>
        <source>Reading the roles, the .env and the containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the roles&apos; passwords in one transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new password to the .env (with a backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the containers that use the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the stack is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the old password back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PasswordRotationDialog</name>
    <message>
        <source>Rotate the database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk gives postgres and every internal role that shares its password one new, generated password; writes it to the server&apos;s .env (keeping a backup); restarts the services that use it; checks that they are healthy; and keeps the new password only in your keychain. The API is unavailable for a short time while its services restart. Any failure puts the old password back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is done appears here, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the database password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the rotation stops if the roles have not changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every role has the new password, the services are healthy and the keychain holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server has now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PasswordRotator</name>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain to store the new password in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the new password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log in to the database as %1 with the current password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not the password Supadesk uses to log in; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the stack&apos;s containers (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database role of the stack uses the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles to change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles with a password of their own, left alone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log in to the database as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER ROLE %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role keeps the password it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles&apos; transaction did not commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The old password is back on %n role(s).</source>
        <translation>
            <numerusform>The old password is back on %n role.</numerusform>
            <numerusform>The old password is back on %n roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %n role(s) in one transaction.</source>
        <translation>
            <numerusform>Changed the password of %n role in one transaction.</numerusform>
            <numerusform>Changed the password of %n roles in one transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1; the previous one is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove older backups of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refuses the new password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pooler refuses the new password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack answers with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not healthy after the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put back %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not tell (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither password (unreadable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds %3</source>
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
    <name>supadesk::PgPasswordEncryption</name>
    <message>
        <source>No open PostgreSQL connection to compute the verifier with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq could not compute the password verifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PgSslConfig</name>
    <message>
        <source>line %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PgTransitPlanner</name>
    <message>
        <source>PostgreSQL can reuse the proxy&apos;s certificate only where certbot obtains it (nginx as a host package): choose a self-signed certificate instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s name is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make PostgreSQL a self-signed certificate in its data directory (%1, %2); Supadesk pins its fingerprint. A rollback puts back what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the proxy&apos;s certificate into PostgreSQL&apos;s data directory (%1, %2), and again after each renewal (a certbot deploy hook). A rollback puts back what was there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn SSL on in PostgreSQL (ALTER SYSTEM: ssl = on, the certificate, TLS 1.2 or newer) and reload; the step fails when PostgreSQL does not take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Require SSL and a SCRAM password in pg_hba.conf for connections from other addresses (%n rule(s) change); the server&apos;s own and the containers&apos; rules stay. A backup is kept.</source>
        <translation>
            <numerusform>Require SSL and a SCRAM password in pg_hba.conf for connections from other addresses (%n rule change); the server&apos;s own and the containers&apos; rules stay. A backup is kept.</numerusform>
            <numerusform>Require SSL and a SCRAM password in pg_hba.conf for connections from other addresses (%n rules change); the server&apos;s own and the containers&apos; rules stay. A backup is kept.</numerusform>
        </translation>
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
    <name>supadesk::PitrArchive</name>
    <message>
        <source>%1 holds no WAL archive (wal/): is point-in-time recovery set up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PitrPage</name>
    <message>
        <source>WAL archiving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last failure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restorable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backups kept on the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to a point in time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a base backup and replays the WAL archive up to a moment you pick, into a scratch instance on the server. The live database is replaced only afterwards, and only when you type the stack&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First WAL segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack to see its point-in-time recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack to see its point-in-time recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the WAL archive on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n file(s) in all)</source>
        <translation>
            <numerusform>%1 at %2 (%n file in all)</numerusform>
            <numerusform>%1 at %2 (%n files in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n failure(s) in all)</source>
        <translation>
            <numerusform>%1 at %2 (%n failure in all)</numerusform>
            <numerusform>%1 at %2 (%n failures in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>any moment from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: a base backup and archived WAL are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archive_mode is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PitrRestore</name>
    <message>
        <source>The restore was cancelled; its scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target time was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base backup %1 has no base.tar.gz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backup %1, ended at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL programs (pg_ctl) were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the base backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be unpacked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s settings could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster could not be handed to postgres: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying WAL up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped before the replay ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAL segment %1 is missing from the archive %2: the replay stopped there, before %3. Restore to an earlier time, or find the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive ends before %1 (its newest WAL segment is %2): pick an earlier time, or wait until the WAL of that time is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the base backup %2 was complete: pick a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive lacks %1, after the target: later times cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into a scratch cluster on the socket %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PitrRestoreDialog</name>
    <message>
        <source>Restore to a point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a scratch instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; its scratch instance was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1 UTC from base backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last transaction replayed: %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction was replayed after the base backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch instance is kept, stopped, in %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the restore:</source>
        <translation>
            <numerusform>%n table in the restore:</numerusform>
            <numerusform>%n tables in the restore:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: %n row(s)</source>
        <translation>
            <numerusform>  %1 %2: %n row</numerusform>
            <numerusform>  %1 %2: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore succeeded. Check what it holds; the live database was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any moment from %1 to %2 UTC can be restored. The restore goes into a scratch instance on the server; the live database is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be restored yet: a base backup and archived WAL are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the database service, moves the live data directory aside (it is kept, not deleted), moves the restored one in and starts the service again; if the database does not answer, the old directory is moved back. Type the stack&apos;s name, %1, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PitrRules</name>
    <message>
        <source>&quot;%1&quot; must be an absolute path of letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and _ . / : @ + -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 100 base backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no base backup to restore from: run the base backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the oldest base backup (%2, which ended at %3): the earliest time that can be restored is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL archiving is off: the database can only be restored to its last dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n WAL file(s) archived, the last %1 at %2.</source>
        <translation>
            <numerusform>%n WAL file archived, the last %1 at %2.</numerusform>
            <numerusform>%n WAL files archived, the last %1 at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archive attempt(s) failed, the last for %1 at %2.</source>
        <translation>
            <numerusform>%n archive attempt failed, the last for %1 at %2.</numerusform>
            <numerusform>%n archive attempts failed, the last for %1 at %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) in the archive.</source>
        <translation>
            <numerusform>%n segment in the archive.</numerusform>
            <numerusform>%n segments in the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n base backup(s); the newest ended at %1, the oldest at %2.</source>
        <translation>
            <numerusform>%n base backup; the newest ended at %1, the oldest at %2.</numerusform>
            <numerusform>%n base backups; the newest ended at %1, the oldest at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving fails: %1 could not be archived (last attempt %2). WAL piles up in the data directory until the archive_command works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving is on but nothing has been archived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL is archived, but there is no base backup to replay it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest base backup is %n day(s) old: a restore would replay all the WAL since.</source>
        <translation>
            <numerusform>The newest base backup is %n day old: a restore would replay all the WAL since.</numerusform>
            <numerusform>The newest base backup is %n days old: a restore would replay all the WAL since.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving works: any moment since %1 can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PitrServerRestore</name>
    <message>
        <source>%1 is not a scratch instance of a point-in-time restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; its scratch instance was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore needs about %1 free in %2, which has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base backup %1 has no base.tar.gz on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch folder %1 does not exist on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no PostgreSQL programs (pg_ctl, psql) for a scratch instance: install postgresql of the stack&apos;s major version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch folder %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch instance did not stop cleanly after the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no restored instance in %1: restore into a scratch instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch instance in %1 is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL data directory: the live database was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is PostgreSQL %1, the live database %2: the live database was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database service could not be stopped; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved; the live database was put back and started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no base backup to restore from: point-in-time recovery needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target time was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the newest archived WAL (%2): the times that can be restored are %3 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base backup of Supadesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore needs root on the server: the login needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAL segment %1 is missing from the archive: the replay stopped there, before %2. Restore to an earlier time, or find the segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive ends before %1: pick an earlier time, or wait until the WAL of that time is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the base backup %2 was complete: pick a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base backup %1, ended at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored instance is kept, stopped, in %1 on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute path of letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the database needs root on the server: the login needs passwordless sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database runs in place of the live one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old data directory is kept in %1; remove it once you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a base backup now: the restored database starts a new WAL timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database did not answer, so the old one was moved back and runs again. The restored data directory is kept in %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old data directory is still in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old data directory is back in place; the restored one is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database did not answer, and after the rollback the database does not answer either. %1 Start the db service by hand and read its log. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the base backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying WAL up to the target time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the rows of the restored tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the database service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the live data directory aside and the restored one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the database service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the old data directory back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PlanComparePanel</name>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run or open two plans to compare them: each plan shown in this session is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) matched.</source>
        <translation>
            <numerusform>%1 of %n node matched.</numerusform>
            <numerusform>%1 of %n nodes matched.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one plan has no timing (EXPLAIN without ANALYZE), so only its nodes are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1 ms. After: %2 ms. Change: %3 ms, %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PlanComparisonModel</name>
    <message>
        <source>Only in the plan before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in the plan after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self ms before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self ms after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows after</source>
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
    <message>
        <source>max_connections × %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PoolingPage</name>
    <message>
        <source>Connection pooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications should reach PostgreSQL through a pooler in transaction mode: many client connections share a few server connections. The pool is sized from max_connections and the vCPUs, leaving room for Supabase&apos;s own services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pooler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor (current Supabase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction mode gives a client a server connection only for one transaction. Session state does not survive between transactions: SET, LISTEN, advisory locks and SQL PREPARE do not work as expected. Protocol-level prepared statements need PgBouncer 1.21 or newer (max_prepared_statements) or Supavisor; otherwise turn them off in the client (e.g. prepareThreshold=0 for JDBC, statement_cache_size=0 for asyncpg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines in .env (Supavisor reads them when its container is recreated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction mode. The pooler may hold %1 server connections (%2 of max_connections %3): %4 per database and user, %5 in reserve, for up to %6 clients.</source>
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
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PreflightEvaluator</name>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of processors could not be read (nproc did not answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with `nproc` on the server and enter the number on the tuning page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Production needs at least %1 vCPUs: a dozen containers share them with PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the server to %1 vCPUs or more before it takes production traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/meminfo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with `free -g` on the server and enter the size on the tuning page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production needs at least %1 GB of RAM: PostgreSQL&apos;s cache and the other containers compete for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the server to %1 GB of RAM or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`df` did not report the file system of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with `df -h` on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production needs at least %1 GB for the database, its WAL, backups and container images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a larger volume and keep the install directory on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`df` did not report the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container images alone need several gigabytes; PostgreSQL stops when the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space or grow the volume before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Little room is left for the database to grow and for local backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space, grow the volume, or keep backups off-site (rclone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk could not tell whether the disk is an SSD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with `lsblk -d -o NAME,ROTA` (0 is an SSD) and choose the storage on the tuning page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spinning disk (HDD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s random reads are many times slower on a spinning disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the install directory to an SSD or NVMe volume; the tuning page assumes an HDD meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Ubuntu %1 LTS or Debian %2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/os-release could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release no longer gets security updates or is older than what Supabase&apos;s images are tested on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Ubuntu and Debian are checked; this distribution may work but is not what the production guide assumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`uname -r` did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with `uname -r` on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Docker Engine from Docker&apos;s repository (https://docs.docker.com/engine/install/), then `systemctl enable --now docker`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase runs as Docker containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client %1, daemon not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker daemon did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with `systemctl enable --now docker`, and log in as root or as a member of the docker group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker older than %1 lacks features Supabase&apos;s compose file uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Compose plugin (`apt-get install docker-compose-plugin` from Docker&apos;s repository) so that `docker compose` works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose v1 is no longer maintained and cannot read Supabase&apos;s compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-compose %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the standalone docker-compose binary is installed; Supadesk runs `docker compose`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase&apos;s containers are started with Docker Compose v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker log rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write /etc/docker/daemon.json with {&quot;log-driver&quot;: &quot;json-file&quot;, &quot;log-opts&quot;: {&quot;max-size&quot;: &quot;10m&quot;, &quot;max-file&quot;: &quot;3&quot;}}, then `systemctl restart docker` and recreate the containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker refuses to start with a malformed /etc/docker/daemon.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at most %2 per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s default json-file logs grow without limit until the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`ss -ltn` did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install iproute2 (`apt-get install iproute2`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database or pooler listens on every interface (%1); Docker-published ports bypass ufw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the firewall page publish them on 127.0.0.1 only and verify from outside that they are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it on with `timedatectl set-ntp true` (or install chrony).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither timedatectl nor chrony answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchronised (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drifting clock makes freshly issued tokens look not yet valid or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase is not installed there yet, so there is no .env or compose file to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the docker folder of github.com/supabase/supabase to %1 and `cp .env.example .env`, or correct the stack&apos;s install directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard edits the .env in place and reads the compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Supabase&apos;s docker folder into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it from the example: `cp .env.example .env` in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no db service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose file has no `db` service, so there is no PostgreSQL to tune or back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Supabase&apos;s own docker-compose.yml from the same release as the .env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db and Supavisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db and PgBouncer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db without a pooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a transaction pooler every client connection is a PostgreSQL backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pooling page adds PgBouncer through docker-compose.override.yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`id -u` did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as root or as a user with sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall page configures ufw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with `apt-get install ufw`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with sudo without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not root, and sudo is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not root, and sudo is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not root, no sudo without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not root, no sudo without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker, the firewall, root&apos;s crontab and files the login user cannot write need root; Supadesk runs them through `sudo -n`, which never asks for a password, so Apply would refuse to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the server: vCPUs, RAM, disks, operating system, Docker and compose, log rotation, listening ports, time sync and the install directory. Each finding is measured against the production minimum (4 vCPUs, 8 GB RAM, 100 GB SSD) and says how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the red findings before the server goes into production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server meets the production minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack on the first page to read the server. Without it the next pages use the production minimum as the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway port %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor transaction port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgBouncer port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack “%1” uses gateway port %2 and pooler port %3; the server&apos;s .env says %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stack “%1” to gateway port %2 and pooler port %3, as the server&apos;s .env says?

Nothing on the server is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::PreflightRunner</name>
    <message>
        <source>The server could not run the preflight commands (exit status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ProbeExport</name>
    <message>
        <source>Uptime probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The `uptime-probe` folder holds the server-side uptime probe: it checks the stack every minute and appends one line per check to a monthly log in %1, which Supadesk collects. As root, in this folder&apos;s parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server without systemd, a cron entry instead:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ProbeInstallDialog</name>
    <message>
        <source>%1 (the previous file was kept as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install uptime probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove uptime probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking “%1” which user Supadesk logs in as and whether systemd runs there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk will make these changes on “%1”. Installing again later replaces the files and keeps a copy of any that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk will remove the uptime probe from “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the uptime probe on “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the uptime probe from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe is installed on “%1” and runs every minute; its first round is in the log already. Use “Pull now” to fetch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The uptime probe is installed on “%1” and runs every %n minute(s); its first round is in the log already. Use “Pull now” to fetch it.</source>
        <translation>
            <numerusform>The uptime probe is installed on “%1” and runs every %n minute; its first round is in the log already. Use “Pull now” to fetch it.</numerusform>
            <numerusform>The uptime probe is installed on “%1” and runs every %n minutes; its first round is in the log already. Use “Pull now” to fetch it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The uptime probe was removed from “%1”. Its log in %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The uptime probe is installed on “%1” and runs every %n second(s); its first round is in the log already. Use “Pull now” to fetch it.</source>
        <translation>
            <numerusform>The uptime probe is installed on “%1” and runs every %n second; its first round is in the log already. Use “Pull now” to fetch it.</numerusform>
            <numerusform>The uptime probe is installed on “%1” and runs every %n seconds; its first round is in the log already. Use “Pull now” to fetch it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::ProbeReason</name>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port does not answer as an SSH server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT 1 did not answer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither psql nor pg_isready is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl failed with status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ProxyInstallScript</name>
    <message>
        <source>The proxy refused the new configuration; the previous one is back in place.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not reload with the new configuration; the previous one is back in place.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be written (status %1); nothing was changed.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaDb</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaHba</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server finds errors in %1 after the change; the old file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaPlan</name>
    <message>
        <source>Create the replication role %1 with a generated password; the standby keeps it in its own configuration, readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the physical replication slot %1, so the primary keeps the WAL the standby has not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 replicate from %2 only, with a password (pg_hba.conf: &quot;%3&quot;), and reload the primary&apos;s configuration. The old file is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the primary to %1 on the standby host with pg_basebackup, streaming the WAL and writing the standby&apos;s connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the standby&apos;s own port (%1) in its postgresql.auto.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make commits on the primary wait until the standby has the WAL (synchronous_standby_names): no committed write is lost with the primary, but every write waits for the standby, and stops while it is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the standby streams: pg_stat_replication on the primary, pg_stat_wal_receiver on the standby, and a marker row written on the primary read back on the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the primary&apos;s port %1 to %2 only: a ufw rule when ufw is active, and an exception in Docker&apos;s DOCKER-USER chain when Docker runs there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaPromote</name>
    <message>
        <source>%1 is not a standby: it already accepts writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary %1 still answers. Promoting the standby now would leave two primaries. Confirm with &quot;%2&quot; to stop the old primary first and then promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary still answers and cannot be fenced: its host and data directory are not known. Stop it yourself, then promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing the old primary: stopping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary could not be stopped (%1); nothing was promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary still answers after it was stopped; nothing was promoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoting the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby did not finish its promotion within 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promoted server does not take writes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby is the primary now and takes writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary does not answer from here, but it does from the standby&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaRejoin</name>
    <message>
        <source>Role and slot names are lower-case letters, digits and underscores (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still a standby: promote it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication role&apos;s password is not known: give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the old primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewinding the old primary to the new primary&apos;s timeline (pg_rewind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_rewind failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the old primary as a standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary streams, but its leftover slot %1 could not be dropped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped the old primary&apos;s leftover slot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaRepoint</name>
    <message>
        <source>%1 kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack&apos;s services already point at %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be put back from %2: restore it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the stack&apos;s services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services could not be restarted on their old settings either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services did not restart on the new primary (%1); their settings were put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack&apos;s services point at %1:%2 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaRules</name>
    <message>
        <source>The primary runs PostgreSQL %1 and the standby host has PostgreSQL %2: streaming replication needs the same major version on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby host has %1 free for %2, and the copy of the primary needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby host cannot reach the primary at %1. Open that port for the standby&apos;s address only (a private network is best), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 on the standby host is not empty (%n entries). A standby starts from an empty data directory; choose another one or empty it yourself.</source>
        <translation>
            <numerusform>%1 on the standby host is not empty (%n entries). A standby starts from an empty data directory; choose another one or empty it yourself.</numerusform>
            <numerusform>%1 on the standby host is not empty (%n entries). A standby starts from an empty data directory; choose another one or empty it yourself.</numerusform>
        </translation>
    </message>
    <message>
        <source>The primary already has a replication slot called &quot;%1&quot;. Another standby may use it; choose another name, or drop the slot if it is left over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; exists on the primary already. Give its password, or choose another role name for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary has neither wal_log_hints nor data checksums, so pg_rewind cannot bring it back. Turn on wal_log_hints (it needs a restart) before the next failover, and make this one a standby again from a fresh base backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaSetup</name>
    <message>
        <source>Role and slot names are lower-case letters, digits and underscores (at most 63).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s data directory must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby host could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed (%2); the steps before it were rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby could not log in to the primary as the replication role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStackFailover</name>
    <message>
        <source>Not asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary stack&apos;s server cannot be reached: point its services at %1 once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary&apos;s data directory is not known (no failover of %1 to %2 is recorded with it): give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-joining %1 (%2 on its server) as a standby of %3 on the slot %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStackLink</name>
    <message>
        <source>The stack %1 could not be reached over SSH: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s host has no route to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStackSetup</name>
    <message>
        <source>The standby must be another stack than the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStatus</name>
    <message>
        <source>The slot %1 is not in use and holds %2 of WAL on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot %1 has lost WAL its standby still needs: that standby must be made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby %1 is %2, not streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby %1 replays %2 s behind the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby receives no WAL from the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby is not in recovery: it runs as a primary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::RestoreDrill</name>
    <message>
        <source>The drill was cancelled; its scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The globals file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL programs (initdb, pg_ctl, pg_restore) were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dump&apos;s table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1&apos;s pg_restore cannot read %2, which a newer pg_dump wrote: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the live database&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live database %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the scratch cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch cluster: PostgreSQL %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the roles and globals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The globals file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore exited with status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the restore with the live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the scratch cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ReviewPage</name>
    <message>
        <source>Review &amp; apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server&apos;s files and show every diff; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop before the next step and roll back what was applied (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files and a README of the commands to a local folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the file on the server already holds this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys set in place (comments, order and other keys stay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo on rollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying… Cancel stops before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Not connected: export the bundle, or connect the stack to apply.</source>
        <translation>
            <numerusform>%n step. Not connected: export the bundle, or connect the stack to apply.</numerusform>
            <numerusform>%n steps. Not connected: export the bundle, or connect the stack to apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will be applied in this order.</source>
        <translation>
            <numerusform>%n step will be applied in this order.</numerusform>
            <numerusform>%n steps will be applied in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n step(s) to “%1”? Every file is backed up before it changes, and a failed step rolls back the ones before it.</source>
        <translation>
            <numerusform>Apply %n step to “%1”? Every file is backed up before it changes, and a failed step rolls back the ones before it.</numerusform>
            <numerusform>Apply %n steps to “%1”? Every file is backed up before it changes, and a failed step rolls back the ones before it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step failed or was cancelled: rolling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n step(s) to %1.</source>
        <translation>
            <numerusform>Applying %n step to %1.</numerusform>
            <numerusform>Applying %n steps to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the running step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: every step was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Files of the same name are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the uptime probe (runs every minute, logs on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs after every step above has been applied. On a server without systemd a cron entry takes the place of the timer; a login that is not root uses sudo. If the installation fails, the steps above stay applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the database container if a changed setting needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the uptime probe (checks the stack every minute and keeps a log on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small script run by a systemd timer or cron on the server appends one line per check to a monthly log, which the Uptime tab collects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the settings are stored, restart the db container only when one of them waits for a restart, and wait until PostgreSQL accepts connections again. Every connection is dropped for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the changed settings needs a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need a restart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need a restart if they change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the uptime probe… Cancel stops before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall is not applied here: apply it on the Firewall page, or run firewall.sh from the exported bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The db container is restarted at the end only if a changed setting needs it: every connection to the database drops for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The db container is restarted at the end if a changed setting needs it (%1): every connection to the database drops for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the uptime probe is installed on the server. If that fails, the applied steps stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the probe&apos;s installation after the running step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe was not installed: %1 The applied steps stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime probe, step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the uptime probe on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every change in the order it is made: each file as a diff against what the server holds now, each command. Before a file changes its backup is written; if a step fails, the earlier steps are rolled back. Of the .env, whose backups hold the replaced secrets, only the newest %n backup(s) are kept. Export bundle writes the same files and a README for a server Supadesk cannot reach.</source>
        <translation>
            <numerusform>Every change in the order it is made: each file as a diff against what the server holds now, each command. Before a file changes its backup is written; if a step fails, the earlier steps are rolled back. Of the .env, whose backups hold the replaced secrets, only the newest %n backup is kept. Export bundle writes the same files and a README for a server Supadesk cannot reach.</numerusform>
            <numerusform>Every change in the order it is made: each file as a diff against what the server holds now, each command. Before a file changes its backup is written; if a step fails, the earlier steps are rolled back. Of the .env, whose backups hold the replaced secrets, only the newest %n backups are kept. Export bundle writes the same files and a README for a server Supadesk cannot reach.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s certificate pinned: SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::RunbookPdf</name>
    <message>
        <source>The runbook could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SchemaMigrator</name>
    <message>
        <source>The schema script %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema scripts in %1 must be numbered 001, 002, … without gaps; %2 is out of place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no schema scripts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Supadesk (schema version %2; this version knows up to %3). Open it with that version, or move the file away to start anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be brought to schema version %2 (%3) and was left as it was: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is at version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 lacks the column %2, which cannot be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ScoreSparkline</name>
    <message>
        <source>%1: score %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ScratchCluster</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scratch directory could be made in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initdb could not create the scratch cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s settings could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch cluster did not start: %1</source>
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
    <name>supadesk::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every secret the stack&apos;s .env needs, drawn from the operating system&apos;s secure random generator. Example values from Supabase&apos;s env.example are replaced; values that already look right are kept. Secrets stay in memory and go only to the server or to an exported bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY: every app and client that uses the old keys stops working until it gets the new ones. A new POSTGRES_PASSWORD works only on a stack that has never started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: the server&apos;s value looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: missing on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example default on the server: replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed again with the new JWT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s .env was not read: every secret below is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n example default(s) from env.example are in use on the server; they are replaced below.</source>
        <translation>
            <numerusform>%n example default from env.example is in use on the server; they are replaced below.</numerusform>
            <numerusform>%n example defaults from env.example are in use on the server; they are replaced below.</numerusform>
        </translation>
    </message>
    <message>
        <source>No example defaults are in use on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy the value to the clipboard (cleared after %n second(s))</source>
        <translation>
            <numerusform>Copy the value to the clipboard (cleared after %n second)</numerusform>
            <numerusform>Copy the value to the clipboard (cleared after %n seconds)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a new key with JWT_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new random value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY. Every app and client that uses them stops working until it gets the new keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new POSTGRES_PASSWORD on a running stack also needs the password of every internal role changed, or the services cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: saved in the keychain when it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s .env was not read: the secrets saved in the keychain when they were applied are kept, the others are new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::ServerScriptRun</name>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what the script had made on the server was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SetupApplier</name>
    <message numerus="yes">
        <source>Dry run of %n step(s): nothing will be changed.</source>
        <translation>
            <numerusform>Dry run of %n step: nothing will be changed.</numerusform>
            <numerusform>Dry run of %n steps: nothing will be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n step(s).</source>
        <translation>
            <numerusform>Applying %n step.</numerusform>
            <numerusform>Applying %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the previous %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would run through %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command ended with exit status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rolling back %n step(s).</source>
        <translation>
            <numerusform>Rolling back %n step.</numerusform>
            <numerusform>Rolling back %n steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of %1 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command has no undo; what it did is still in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo ended with exit status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its file was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 could not be rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running step %1 again with the restored files: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ran again with the restored files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running it again with the restored files failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack is not connected. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell what the login may do on the server (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1: step %2 runs as root through sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1: steps %2 run as root through sudo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would run as root (through sudo) through %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would run as root (through sudo): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the current values of the settings before changing them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the current values for a rollback:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask PostgreSQL which settings wait for a restart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings wait for a restart of the database to take effect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove older backups of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it had changed before failing was undone.</source>
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
    <message>
        <source>Firewall: `sudo ./firewall.sh`, then open a NEW SSH connection and run `sudo ./firewall.sh --confirm` in it. Without the confirmation the firewall is put back as it was after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time recovery: step 2 mounted %1 on the server at %2 in the db container. Run `sudo ./pitr-setup.sh` after step 2 and before step 3: it creates the archive folder and hands it to the container&apos;s postgres user. Step 3 turns archiving on and needs the restart. Then `sudo install -m 700 pitr-basebackup.sh %3`, add pitr-crontab.txt to root&apos;s crontab the same way and run it once by hand: WAL can only be replayed on a base backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SetupWorkspace</name>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::SlowQueriesPanel</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read pg_stat_statements again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the statistics of every statement (pg_stat_statements_reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE EXTENSION pg_stat_statements in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack to see its slowest statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pg_stat_statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) by total time. Double-click one to open it in the editor and explain it.</source>
        <translation>
            <numerusform>%n statement by total time. Double-click one to open it in the editor and explain it.</numerusform>
            <numerusform>%n statements by total time. Double-click one to open it in the editor and explain it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset statement statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the statistics of every statement on this server? Calls, times and blocks start again from zero, for every tool that reads pg_stat_statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pg_stat_statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pg_stat_statements extension in the database “%1”? It adds a view of the statistics the server already collects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Setup workspace: its tuning page adds pg_stat_statements to shared_preload_libraries (PostgreSQL needs a restart to load it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Setup… leads to the Setup wizard, whose tuning page adds pg_stat_statements to shared_preload_libraries; preloading takes effect only after PostgreSQL restarts.</source>
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
    <message>
        <source>&amp;Jump hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH servers to pass through, as ssh&apos;s ProxyJump: user@bastion:22, several separated by commas. A ProxyJump in ~/.ssh/config is used when this is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supavisor &amp;metrics port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Supavisor&apos;s metrics are published on the server&apos;s loopback, for the dashboard&apos;s pooler charts (0: none).</source>
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
    <name>supadesk::StackLayoutReader</name>
    <message>
        <source>Kong gateway (before self-hosted/v0.8.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy gateway api-gw (self-hosted/v0.8.0 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
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
    <message>
        <source>The Supavisor metrics port must be between 1 and 65535, or 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StandbyTable</name>
    <message>
        <source>Standbys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby details are shown to superusers and members of pg_monitor or pg_read_all_stats only; %1 is neither. To see them: GRANT pg_monitor TO %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds are measured by the standbys&apos; replies and stay empty while a standby is idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Standby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot retains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL the standby&apos;s replication slot keeps on the primary until the standby has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the standby replayed its last transaction. Only the standby knows it: it shows on the standby&apos;s own stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replication slot: the primary may remove WAL this standby still needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server (standby)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot this standby streams on, on its primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is a standby itself: its lag is shown on its primary. &quot;Last replay&quot; stays old while the primary has no writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Over…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StatementStatsModel</name>
    <message>
        <source>Shared blocks found in PostgreSQL&apos;s cache, of all shared blocks the statement touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
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
        <source>Cache hit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StatsReport</name>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hit%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle-tx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total/max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtt-ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StreamingCheck</name>
    <message>
        <source>The primary does not list a streaming standby on the slot %1 (state: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary streams to the standby on the slot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby&apos;s WAL receiver does not stream (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby receives WAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A row written on the primary did not arrive on the standby within %n second(s).</source>
        <translation>
            <numerusform>A row written on the primary did not arrive on the standby within %n second.</numerusform>
            <numerusform>A row written on the primary did not arrive on the standby within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A row written on the primary was read back on the standby.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::StudioProxyAuth</name>
    <message>
        <source>The server did not hash Studio&apos;s password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsEnvPlanner</name>
    <message>
        <source>SITE_URL is not set: set it to your application&apos;s address; Auth sends users back to it after they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SITE_URL is %1, which only this computer can open: set it to your application&apos;s public https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase&apos;s %1 serves one name (PROXY_DOMAIN): Studio is reached at %2 behind its password, not at %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsPage</name>
    <message>
        <source>Set up &amp;HTTPS in front of the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tudio name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: studio.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caddy obtains and renews the certificate itself; Debian packages it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caddy (automatic HTTPS, renews itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx serves HTTPS; certbot obtains the certificate and its timer renews it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed from the distribution&apos;s packages, with the configuration Supadesk writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase&apos;s docker-compose.caddy.yml or docker-compose.nginx.yml, when the stack&apos;s directory has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose &amp;service (Supabase&apos;s overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close from &amp;outside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the names resolve to this server and that ports 80 and 443 are free or already the proxy&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k names and ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After apply: check the certificate, the redirect and the gateway through HTTPS from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the .env:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reverse proxy in front of the gateway serves HTTPS with a certificate that renews itself, redirects HTTP and passes Realtime&apos;s WebSockets on. Once HTTPS answers, the gateway&apos;s own ports are closed from outside and the .env&apos;s public addresses become https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the public name to see the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy configuration (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase&apos;s %1 runs the proxy as a service of the stack; it is configured through the .env (PROXY_DOMAIN) below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking names and ports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names resolve to this server and ports 80 and 443 are free or the proxy&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying HTTPS from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;nginx with certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL accepts encrypted connections (ssl = on); Supadesk&apos;s own connections keep going through the SSH tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt database connections (SSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate, its fingerprint pinned by Supadesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied again after each renewal by a certbot deploy hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s certificate (nginx and certbot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_hba.conf: hostssl and scram-sha-256 for every rule of another address; the server&apos;s own and the containers&apos; rules stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require SSL from other addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rule for other addresses already requires SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reachable from this computer: verifying through the SSH tunnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked through the SSH tunnel with the public name as SNI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic auth at the proxy in front of Studio, besides the gateway&apos;s: Supadesk draws the password, the server hashes it, the keychain keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;password for Studio at the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio asks for the user %1 and a password kept in the keychain (entry %2 of this stack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server first: it hashes Studio&apos;s new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read: the server must be connected and its database container running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsPreflight</name>
    <message>
        <source>Port %1 is taken by a program Supadesk cannot name (listing the owner needs root): stop it, or free the port, before the proxy takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is taken by %2 (process %3): stop it, or free the port, before the proxy takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: add an A (or AAAA) record pointing at %2, and wait for it to spread, before asking for a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2, which is not this server (%3): the certificate authority would ask that address for proof.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsProber</name>
    <message numerus="yes">
        <source>no TLS handshake within %n second(s)</source>
        <translation>
            <numerusform>no TLS handshake within %n second</numerusform>
            <numerusform>no TLS handshake within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no HTTP answer within %n second(s)</source>
        <translation>
            <numerusform>no HTTP answer within %n second</numerusform>
            <numerusform>no HTTP answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP %2%3 instead of redirecting to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTPS connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer to the WebSocket upgrade at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket upgrade at %1 was answered with HTTP %2, not 101 Switching Protocols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket at %1 did not echo the message back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsSetupPlanner</name>
    <message>
        <source>The stack&apos;s directory has no %1, so the proxy cannot run as a compose service there: choose the host package, or update the stack&apos;s docker directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change: the .env already holds the https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 from the distribution&apos;s packages where it is missing (a rollback removes only what this step installed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Caddy&apos;s configuration %1: HTTPS for %2 with certificates it obtains and renews itself, HTTP redirected, HSTS, TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nginx&apos;s site %1, first stage: the HTTP server that answers the certificate authority&apos;s challenge and redirects everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the configuration with %1&apos;s own test, then reload it (or start it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain the certificate for %1 with certbot (webroot); Debian&apos;s certbot.timer renews it and reloads nginx. A rollback deletes a certificate this step obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nginx&apos;s full site %1: HTTPS with the certificate, HTTP redirected, HSTS, TLS 1.2 or newer, WebSocket upgrade for Realtime, uploads up to FILE_SIZE_LIMIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the full site with nginx&apos;s own test, then reload nginx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the .env to the https addresses (%2); a backup of the .env is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the services that read these addresses (`docker compose up -d`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Supabase&apos;s %1 with the stack and recreate the services that read these addresses (`docker compose up -d`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until HTTPS answers on the server for every name with a trusted certificate (up to three minutes while the certificate is issued); until then the gateway&apos;s ports stay open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gateway&apos;s ports %1 from outside in Docker&apos;s DOCKER-USER chain (Docker-published ports bypass ufw); the proxy still reaches them on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Studio&apos;s extra password for nginx (%1: the user and the bcrypt hash; the password itself stays in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsSiteCheck</name>
    <message>
        <source>Enter the public host name of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ is not a host name a certificate can be issued for: use a full DNS name such as api.example.com (no address, no wildcard, no port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ is not an e-mail address; the certificate authority sends expiry warnings to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP and HTTPS need two different ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload size limit must be a positive number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio&apos;s user name may hold letters, digits, dots, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studio&apos;s password must be given as a bcrypt hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>„%1“ is not an address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TlsVerifier</name>
    <message>
        <source>No TLS handshake with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not name %1; it names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day.</numerusform>
            <numerusform>The certificate of %1 expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate for %1 from %2, %3, valid for %n more day(s).</source>
        <translation>
            <numerusform>Certificate for %1 from %2, %3, valid for %n more day.</numerusform>
            <numerusform>Certificate for %1 from %2, %3, valid for %n more days.</numerusform>
        </translation>
    </message>
    <message>
        <source>http:// redirects to https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer through HTTPS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 through HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers through HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket upgrades reach the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realtime&apos;s WebSocket upgrade is answered with 101 through HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::TuningPage</name>
    <message>
        <source>PostgreSQL tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory, WAL, planner, autovacuum and logging settings computed from the host&apos;s size, its disks, the connections you expect and the kind of work. Each value shows its formula and why; they are applied with ALTER SYSTEM, so they survive re-creating the db container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSD / NVMe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HDD (rotational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLTP (many short transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics (few large queries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;current values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current values through the tunnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current values could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) change; some need a restart of the db container.</source>
        <translation>
            <numerusform>%n setting change; some need a restart of the db container.</numerusform>
            <numerusform>%n settings change; some need a restart of the db container.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) change; a reload is enough.</source>
        <translation>
            <numerusform>%n setting change; a reload is enough.</numerusform>
            <numerusform>%n settings change; a reload is enough.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect the stack to compare with the values the server runs with now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a setting to read its formula and reason in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server runs with %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already runs with this value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeProbeInstallPlan</name>
    <message>
        <source>The server did not say which user Supadesk logs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the probe&apos;s directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the probe script at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the probe&apos;s settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the systemd service at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the systemd timer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a cron entry of an earlier installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload systemd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable and start the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the probe once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the cron entry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and disable the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the probe&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe&apos;s log in %1 stays, so the history already recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe runs every minute and appends one line per check to a monthly log in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The probe runs every %n minute(s) and appends one line per check to a monthly log in %1.</source>
        <translation>
            <numerusform>The probe runs every %n minute and appends one line per check to a monthly log in %1.</numerusform>
            <numerusform>The probe runs every %n minutes and appends one line per check to a monthly log in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands run as root through “sudo -n”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The probe runs every %n second(s) and appends one line per check to a monthly log in %1.</source>
        <translation>
            <numerusform>The probe runs every %n second and appends one line per check to a monthly log in %1.</numerusform>
            <numerusform>The probe runs every %n seconds and appends one line per check to a monthly log in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without systemd the probe runs from cron, which starts jobs only in whole minutes: every %n minute(s) instead of every %1 seconds.</source>
        <translation>
            <numerusform>Without systemd the probe runs from cron, which starts jobs only in whole minutes: every %n minute instead of every %1 seconds.</numerusform>
            <numerusform>Without systemd the probe runs from cron, which starts jobs only in whole minutes: every %n minutes instead of every %1 seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The uptime probe needs curl on the server, and it is not installed there. Install it (on Debian or Ubuntu: apt-get install curl), then try again. Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the alerter at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the alert rules and channels to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the channels&apos; secrets to %1 (readable by root only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the alerter is installed at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeProbeInstaller</name>
    <message>
        <source>The probe file %1 is missing from this build of Supadesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe is being installed already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk logs in to this server as “%1”, which is not root, and sudo asks that user for a password. Allow “%1” to run sudo without a password (a NOPASSWD line in /etc/sudoers.d), or log in as root, then try again. Nothing was changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to install yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scratch directory could be made on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the stack was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before “%1”; the steps before it were done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeText</name>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slightly below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) · generated on %1</source>
        <translation>
            <numerusform>%n stack · generated on %1</numerusform>
            <numerusform>%n stacks · generated on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability is the share of the month the whole stack answered its probes (database, gateway and its services), leaving out declared maintenance. The error budget is the downtime the target allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probe results: the server or its probe was down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no availability figures for %1 in %2: Supadesk holds no probe results of this stack for the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 was available %3 of the time against a target of %4: the target was met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %2 was available %3 of the time against a target of %4: the target was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There were %n incident(s) with %1 of downtime in total; the longest began on %2 and lasted %3 (%4).</source>
        <translation>
            <numerusform>There were %n incident with %1 of downtime in total; the longest began on %2 and lasted %3 (%4).</numerusform>
            <numerusform>There were %n incidents with %1 of downtime in total; the longest began on %2 and lasted %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the month&apos;s error budget of %2 remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s error budget of %1 was exceeded by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared maintenance of %1 is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 the server&apos;s own probe recorded nothing; that time counts as downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still firing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeWorkspace</name>
    <message>
        <source>The target must be above 0% and below 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the stack first (Ctrl+K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s probe log was pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling the probe log failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability this stack should reach each month. Downtime up to what the target allows is the month&apos;s error budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the new lines of the server&apos;s probe log now (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install probe on server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a month&apos;s uptime report as PDF and CSV (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stack to see its uptime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) missed their target in %1; the worst are listed first.</source>
        <translation>
            <numerusform>%n stack missed its target in %1; the worst are listed first.</numerusform>
            <numerusform>%n stacks missed their target in %1; the worst are listed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a stack in the list on the left, or show all stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime history of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability by day, %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime inside these windows is not counted against the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uptime history for “%1” in %2 yet. Install the probe on the server so it records availability every minute, even while Supadesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uptime history for “%1” in %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” meets its target of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is below its target of %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the maintenance window from %1 to %2? Downtime in that time will count against the target again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling the probe log of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one stack for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk does not probe auth, rest, realtime and storage of “%1” itself: the keychain holds no anon key for this stack, and Kong refuses those routes without it. The Setup wizard stores the key; the server&apos;s probe reads it from the stack&apos;s .env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk does not probe auth, rest, realtime and storage of “%1” itself: the keychain could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supadesk does not probe auth, rest, realtime and storage of “%1” itself; the server&apos;s probe does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove probe from server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server&apos;s probe and remove its files; the log it wrote stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe was not installed on “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe was not removed from “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe was removed from “%1”; its log stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uptime probe is installed on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These probe settings are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often this stack is probed: by Supadesk while it is open, and by the server&apos;s probe when it is installed again (cron there runs only in whole minutes). Applies from the next round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A component counts as down only after this many failed probes in a row; a shorter run is a blip and counts as up. Changing it recomputes this stack&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the small script and timer that record this stack&apos;s availability at its probe interval on the server itself, even while Supadesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now probed every %2 s and counts as down after %n failure(s) in a row, from the next round on.</source>
        <translation>
            <numerusform>“%1” is now probed every %2 s and counts as down after %n failure in a row, from the next round on.</numerusform>
            <numerusform>“%1” is now probed every %2 s and counts as down after %n failures in a row, from the next round on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules that alert about this stack and the channels that carry the alerts (webhook, Slack, Telegram, e-mail), sent by the server&apos;s probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” cannot be installed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer; install the probe to send them from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer but cannot be sent to the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer; the server keeps its settings until the stack is connected and they are saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer; the server&apos;s alerter was not updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” are in force on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts of “%1” are in force on the server; the previous settings are kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
