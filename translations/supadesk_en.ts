<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
        <source>max_connections</source>
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
