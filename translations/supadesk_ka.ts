<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE" sourcelanguage="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Usage: supadesk-cli [--profile NAME] COMMAND [--help] ...</source>
        <translation>გამოყენება: supadesk-cli [--profile სახელი] ბრძანება [--help] ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>ბრძანებები:</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>ვერსიის ჩვენება</translation>
    </message>
    <message>
        <source>Invalid profile name "%1".</source>
        <translation>პროფილის სახელი „%1“ არასწორია.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>უცნობი პარამეტრი %1.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>უცნობი ბრძანება „%1“.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON-ის გამოტანა.</translation>
    </message>
    <message>
        <source>No stacks yet. Add one with: supadesk-cli stacks add --name NAME --host HOST</source>
        <translation>სტეკები ჯერ არ არის. დაამატეთ ასე: supadesk-cli stacks add --name სახელი --host ჰოსტი</translation>
    </message>
    <message>
        <source>Stack name.</source>
        <translation>სტეკის სახელი.</translation>
    </message>
    <message>
        <source>Group, e.g. Production.</source>
        <translation>ჯგუფი, მაგ. Production.</translation>
    </message>
    <message>
        <source>SSH host.</source>
        <translation>SSH ჰოსტი.</translation>
    </message>
    <message>
        <source>SSH port.</source>
        <translation>SSH პორტი.</translation>
    </message>
    <message>
        <source>SSH user.</source>
        <translation>SSH მომხმარებელი.</translation>
    </message>
    <message>
        <source>agent, key or password.</source>
        <translation>agent, key ან password.</translation>
    </message>
    <message>
        <source>Private key file.</source>
        <translation>პირადი გასაღების ფაილი.</translation>
    </message>
    <message>
        <source>Install directory on the server.</source>
        <translation>ინსტალაციის საქაღალდე სერვერზე.</translation>
    </message>
    <message>
        <source>Database host as seen from the server.</source>
        <translation>მონაცემთა ბაზის ჰოსტი, როგორც მას სერვერი ხედავს.</translation>
    </message>
    <message>
        <source>Database port.</source>
        <translation>მონაცემთა ბაზის პორტი.</translation>
    </message>
    <message>
        <source>API gateway port.</source>
        <translation>API შლუზის პორტი.</translation>
    </message>
    <message>
        <source>Pooler port.</source>
        <translation>პულერის პორტი.</translation>
    </message>
    <message>
        <source>Database name.</source>
        <translation>მონაცემთა ბაზის სახელი.</translation>
    </message>
    <message>
        <source>Database user.</source>
        <translation>მონაცემთა ბაზის მომხმარებელი.</translation>
    </message>
    <message>
        <source>Unknown authentication method "%1": use agent, key or password.</source>
        <translation>ავთენტიფიკაციის უცნობი მეთოდი „%1“: გამოიყენეთ agent, key ან password.</translation>
    </message>
    <message>
        <source>Added stack "%1".</source>
        <translation>სტეკი „%1“ დაემატა.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks remove NAME</source>
        <translation>გამოყენება: supadesk-cli stacks remove სახელი</translation>
    </message>
    <message>
        <source>There is no stack called "%1".</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>The stack was kept because its secrets could not be removed: %1</source>
        <translation>სტეკი არ წაიშალა, რადგან მისი საიდუმლოებების წაშლა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Removed stack "%1".</source>
        <translation>სტეკი „%1“ წაიშალა.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks import FILE</source>
        <translation>გამოყენება: supadesk-cli stacks import ფაილი</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stack(s).</source>
        <translation>
            <numerusform>იმპორტირებულია %n სტეკი.</numerusform><numerusform>იმპორტირებულია %n სტეკი.</numerusform></translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks list|add|remove|export|import ...</source>
        <translation>გამოყენება: supadesk-cli stacks list|add|remove|export|import ...</translation>
    </message>
    <message>
        <source>List, add, remove, import and export stacks</source>
        <translation>სტეკების ჩამონათვალი, დამატება, წაშლა, იმპორტი და ექსპორტი</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>გასაღებების საცავში ასეთი საიდუმლო არ არის.</translation>
    </message>
    <message>
        <source>No OS keychain is available. Start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation>სისტემის გასაღებების საცავი მიუწვდომელია. გაუშვით Secret Service-ის მომწოდებელი, მაგალითად GNOME Keyring ან KWallet.</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>გასაღებების საცავმა მოთხოვნა უარყო: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::AboutDialog</name>
    <message>
        <source>not available</source>
        <translation>მიუწვდომელია</translation>
    </message>
    <message>
        <source>Qt %1
libssh %2
PostgreSQL client (libpq) %3</source>
        <translation>Qt %1
libssh %2
PostgreSQL კლიენტი (libpq) %3</translation>
    </message>
    <message>
        <source>About Supadesk</source>
        <translation>Supadesk-ის შესახებ</translation>
    </message>
    <message>
        <source>A desktop console for self-hosted Supabase stacks: set-up, query analysis, live statistics and uptime, over SSH.</source>
        <translation>სამუშაო მაგიდის კონსოლი საკუთარ სერვერებზე გაშვებული Supabase სტეკებისთვის: გამართვა, მოთხოვნების ანალიზი, ცოცხალი სტატისტიკა და ხელმისაწვდომობა, SSH-ით.</translation>
    </message>
</context>
<context>
    <name>supadesk::MainWindow</name>
    <message>
        <source>Supadesk</source>
        <translation>Supadesk</translation>
    </message>
    <message>
        <source>Supadesk — profile “%1”</source>
        <translation>Supadesk — პროფილი „%1“</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ფაილი</translation>
    </message>
    <message>
        <source>&amp;Stack</source>
        <translation>&amp;სტეკი</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;ხედი</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;დახმარება</translation>
    </message>
    <message>
        <source>&amp;Import Stacks…</source>
        <translation>სტეკების &amp;იმპორტი…</translation>
    </message>
    <message>
        <source>&amp;Export Stacks…</source>
        <translation>სტეკების &amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;პარამეტრები…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;გასვლა</translation>
    </message>
    <message>
        <source>&amp;Add Stack…</source>
        <translation>სტეკის &amp;დამატება…</translation>
    </message>
    <message>
        <source>&amp;Edit Stack…</source>
        <translation>სტეკის &amp;რედაქტირება…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Stack</source>
        <translation>სტეკის &amp;დუბლირება</translation>
    </message>
    <message>
        <source>&amp;Remove Stack…</source>
        <translation>სტეკის &amp;წაშლა…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;ზემოთ გადატანა</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;ქვემოთ გადატანა</translation>
    </message>
    <message>
        <source>&amp;About Supadesk</source>
        <translation>Supadesk-ის &amp;შესახებ</translation>
    </message>
    <message>
        <source>Stacks</source>
        <translation>სტეკები</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>დამატება</translation>
    </message>
    <message>
        <source>Add a stack (%1)</source>
        <translation>სტეკის დამატება (%1)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No stacks yet&lt;/h2&gt;&lt;p&gt;A stack is one self-hosted Supabase server that Supadesk reaches over SSH.&lt;br&gt;Add your first one to set it up, analyse its queries and watch its uptime.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;სტეკები ჯერ არ არის&lt;/h2&gt;&lt;p&gt;სტეკი არის ერთი საკუთარი Supabase სერვერი, რომელსაც Supadesk SSH-ით უკავშირდება.&lt;br&gt;დაამატეთ პირველი, რომ გამართოთ, გააანალიზოთ მისი მოთხოვნები და თვალი ადევნოთ ხელმისაწვდომობას.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first stack…</source>
        <translation>დაამატეთ პირველი სტეკი…</translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s)</source>
        <translation>
            <numerusform>%n სტეკი</numerusform><numerusform>%n სტეკი</numerusform></translation>
    </message>
    <message>
        <source>Secret not saved</source>
        <translation>საიდუმლო არ შეინახა</translation>
    </message>
    <message>
        <source>The stack was saved, but its secret could not be stored in the keychain: %1</source>
        <translation>სტეკი შეინახა, მაგრამ მისი საიდუმლოს შენახვა გასაღებების საცავში ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Stack not added</source>
        <translation>სტეკი არ დაემატა</translation>
    </message>
    <message>
        <source>Added stack “%1”.</source>
        <translation>სტეკი „%1“ დაემატა.</translation>
    </message>
    <message>
        <source>Stack not saved</source>
        <translation>სტეკი არ შეინახა</translation>
    </message>
    <message>
        <source>Stack not duplicated</source>
        <translation>სტეკი არ დუბლირდა</translation>
    </message>
    <message>
        <source>Remove stack</source>
        <translation>სტეკის წაშლა</translation>
    </message>
    <message>
        <source>Remove the stack “%1” and the passwords Supadesk keeps for it in the keychain?

Nothing on the server is changed.</source>
        <translation>წავშალოთ სტეკი „%1“ და პაროლები, რომლებსაც Supadesk მისთვის გასაღებების საცავში ინახავს?

სერვერზე არაფერი შეიცვლება.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Stack not removed</source>
        <translation>სტეკი არ წაიშალა</translation>
    </message>
    <message>
        <source>Removed stack “%1”.</source>
        <translation>სტეკი „%1“ წაიშალა.</translation>
    </message>
    <message>
        <source>Its secrets could not be removed from the keychain, so the stack was kept: %1</source>
        <translation>მისი საიდუმლოებების წაშლა გასაღებების საცავიდან ვერ მოხერხდა, ამიტომ სტეკი დარჩა: %1</translation>
    </message>
    <message>
        <source>Stack not moved</source>
        <translation>სტეკი არ გადაადგილდა</translation>
    </message>
    <message>
        <source>Import stacks</source>
        <translation>სტეკების იმპორტი</translation>
    </message>
    <message>
        <source>Stack definitions (*.json)</source>
        <translation>სტეკების აღწერები (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>იმპორტი ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n stack(s).</source>
        <translation>
            <numerusform>იმპორტირებულია %n სტეკი.</numerusform><numerusform>იმპორტირებულია %n სტეკი.</numerusform></translation>
    </message>
    <message>
        <source>Export stacks</source>
        <translation>სტეკების ექსპორტი</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ექსპორტი ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n stack(s) without secrets.</source>
        <translation>
            <numerusform>ექსპორტირებულია %n სტეკი, საიდუმლოებების გარეშე.</numerusform><numerusform>ექსპორტირებულია %n სტეკი, საიდუმლოებების გარეშე.</numerusform></translation>
    </message>
</context>
<context>
    <name>supadesk::PlannedWorkspace</name>
    <message>
        <source>Setup</source>
        <translation>გამართვა</translation>
    </message>
    <message>
        <source>Query analyzer</source>
        <translation>მოთხოვნების ანალიზატორი</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>დაფა</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>ხელმისაწვდომობა</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first-install wizard for this server: preflight checks of the host, fresh secrets (including ANON_KEY and SERVICE_ROLE_KEY signed as real JWTs), PostgreSQL tuned for the host's memory, CPUs and disks, the pooler in transaction mode, a firewall that cannot lock you out, and tested backups.&lt;/p&gt;&lt;p&gt;Every file is shown as a diff and every command in order before anything is applied over SSH.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ამ სერვერის პირველი ინსტალაციის ოსტატი: ჰოსტის წინასწარი შემოწმება, ახალი საიდუმლოებები (მათ შორის ANON_KEY და SERVICE_ROLE_KEY, ხელმოწერილი ნამდვილ JWT-ებად), ჰოსტის მეხსიერებაზე, პროცესორებსა და დისკებზე მორგებული PostgreSQL, პულერი ტრანზაქციის რეჟიმში, ფაიერვოლი, რომელიც თქვენ არ ჩაგკეტავთ, და შემოწმებული სარეზერვო ასლები.&lt;/p&gt;&lt;p&gt;სანამ SSH-ით რამე შესრულდება, ყოველი ფაილი ნაჩვენებია განსხვავებებად და ყოველი ბრძანება — თანმიმდევრობით.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A SQL editor with EXPLAIN (ANALYZE, BUFFERS) drawn as a plan you can read at a glance: the time each node takes on its own, misestimated row counts, spills to disk and other findings, each pointing at its node.&lt;/p&gt;&lt;p&gt;The slowest statements from pg_stat_statements are one click away.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SQL რედაქტორი, სადაც EXPLAIN (ANALYZE, BUFFERS) დახატულია ერთი შეხედვით გასაგებ გეგმად: თითოეული კვანძის საკუთარი დრო, არასწორად შეფასებული სტრიქონების რაოდენობა, დისკზე გადავსება და სხვა მიგნებები, თითოეული თავის კვანძზე მითითებით.&lt;/p&gt;&lt;p&gt;pg_stat_statements-ის ყველაზე ნელი მოთხოვნები ერთი დაწკაპუნებით იხსნება.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Live charts of this stack's database, read over its SSH tunnel: transactions per second, cache hit ratio, connections by state, replication lag, WAL and checkpoints, and the pooler's figures.&lt;/p&gt;&lt;p&gt;Samples are kept locally, so the last hours and days are there after a restart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ამ სტეკის მონაცემთა ბაზის ცოცხალი დიაგრამები, წაკითხული მისი SSH გვირაბით: ტრანზაქციები წამში, ქეშის მოხვედრის წილი, კავშირები მდგომარეობის მიხედვით, რეპლიკაციის ჩამორჩენა, WAL და საკონტროლო წერტილები და პულერის მაჩვენებლები.&lt;/p&gt;&lt;p&gt;ნიმუშები ადგილობრივად ინახება, ამიტომ ბოლო საათები და დღეები გადატვირთვის შემდეგაც ჩანს.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Availability of this stack over days and months against its SLA target, with every incident, which component failed and for how long, and the error budget left this month.&lt;/p&gt;&lt;p&gt;A probe on the server records uptime even while Supadesk is closed; the monthly report is exported as PDF.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ამ სტეკის ხელმისაწვდომობა დღეებისა და თვეების მიხედვით SLA-ს მიზნის მიმართ: ყველა ინციდენტი, რომელი კომპონენტი გაჩერდა და რამდენ ხანს, და ამ თვეში დარჩენილი შეცდომების ბიუჯეტი.&lt;/p&gt;&lt;p&gt;სერვერზე გაშვებული ზონდი ხელმისაწვდომობას მაშინაც აღრიცხავს, როცა Supadesk დახურულია; თვიური ანგარიში PDF-ად გამოიტანება.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For stack “%1” (%2@%3)</source>
        <translation>სტეკისთვის „%1“ (%2@%3)</translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation>აირჩიეთ სტეკი მარცხნივ სიაში.</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>ჯერ მიუწვდომელია.</translation>
    </message>
</context>
<context>
    <name>supadesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ენა:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>სისტემის ნაგულისხმევი</translation>
    </message>
    <message>
        <source>The interface switches language at once; no restart is needed.</source>
        <translation>ინტერფეისი ენას მაშინვე ცვლის; გადატვირთვა საჭირო არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::StackDialog</name>
    <message>
        <source>Add stack</source>
        <translation>სტეკის დამატება</translation>
    </message>
    <message>
        <source>Edit stack</source>
        <translation>სტეკის რედაქტირება</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>კავშირი</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>სერვერზე</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;სახელი:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;ჯგუფი:</translation>
    </message>
    <message>
        <source>SSH &amp;host:</source>
        <translation>SSH &amp;ჰოსტი:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH &amp;პორტი:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;მომხმარებელი:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;ავთენტიფიკაცია:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;გასაღების ფაილი:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>პა&amp;როლი:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>საიდუმლო &amp;ფრაზა:</translation>
    </message>
    <message>
        <source>&amp;Install directory:</source>
        <translation>&amp;ინსტალაციის საქაღალდე:</translation>
    </message>
    <message>
        <source>Database &amp;host:</source>
        <translation>ბაზის &amp;ჰოსტი:</translation>
    </message>
    <message>
        <source>Database &amp;port:</source>
        <translation>ბაზის &amp;პორტი:</translation>
    </message>
    <message>
        <source>&amp;Gateway port:</source>
        <translation>&amp;შლუზის პორტი:</translation>
    </message>
    <message>
        <source>P&amp;ooler port:</source>
        <translation>პ&amp;ულერის პორტი:</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>ბაზის &amp;სახელი:</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>ბაზის &amp;მომხმარებელი:</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>მაგ. Production EU</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>მაგ. Production</translation>
    </message>
    <message>
        <source>host name, address or ~/.ssh/config alias</source>
        <translation>ჰოსტის სახელი, მისამართი ან ~/.ssh/config-ის ფსევდონიმი</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH აგენტი</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>გასაღების ფაილი</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>პაროლი</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;არჩევა…</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>ინახება სისტემის გასაღებების საცავში</translation>
    </message>
    <message>
        <source>Stored only in the operating system's keychain, never in Supadesk's settings.</source>
        <translation>ინახება მხოლოდ ოპერაციული სისტემის გასაღებების საცავში და არასდროს Supadesk-ის პარამეტრებში.</translation>
    </message>
    <message>
        <source>Connect when Supadesk starts</source>
        <translation>დაკავშირება Supadesk-ის გაშვებისას</translation>
    </message>
    <message>
        <source>The folder on the server that holds Supabase's docker-compose.yml and .env.</source>
        <translation>სერვერის საქაღალდე, სადაც Supabase-ის docker-compose.yml და .env ინახება.</translation>
    </message>
    <message>
        <source>Where the database listens, as seen from the server itself.</source>
        <translation>სად უსმენს მონაცემთა ბაზა, როგორც ამას თავად სერვერი ხედავს.</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>აირჩიეთ პირადი გასაღები</translation>
    </message>
</context>
<context>
    <name>supadesk::StackJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2).</source>
        <translation>ფაილი სწორი JSON არ არის (%1, სიმბოლო %2).</translation>
    </message>
    <message>
        <source>The file is not a Supadesk stack export.</source>
        <translation>ფაილი Supadesk-ის სტეკების ექსპორტი არ არის.</translation>
    </message>
    <message>
        <source>The file was written by a newer Supadesk (format version %1).</source>
        <translation>ფაილი Supadesk-ის უფრო ახალმა ვერსიამ ჩაწერა (ფორმატის ვერსია %1).</translation>
    </message>
    <message>
        <source>The file has no list of stacks.</source>
        <translation>ფაილში სტეკების სია არ არის.</translation>
    </message>
    <message>
        <source>Entry %1 is not a stack definition.</source>
        <translation>ჩანაწერი %1 სტეკის აღწერა არ არის.</translation>
    </message>
    <message>
        <source>Stack "%1" has an unknown authentication method "%2".</source>
        <translation>სტეკს „%1“ ავთენტიფიკაციის უცნობი მეთოდი „%2“ აქვს.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>ჩანაწერი %1</translation>
    </message>
    <message>
        <source>Stack "%1" cannot be imported:
%2</source>
        <translation>სტეკის „%1“ იმპორტი შეუძლებელია:
%2</translation>
    </message>
</context>
<context>
    <name>supadesk::StackRepository</name>
    <message>
        <source>The stack no longer exists.</source>
        <translation>ეს სტეკი აღარ არსებობს.</translation>
    </message>
    <message>
        <source>A stack with this id already exists.</source>
        <translation>ამ იდენტიფიკატორით სტეკი უკვე არსებობს.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (ასლი)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (ასლი %2)</translation>
    </message>
</context>
<context>
    <name>supadesk::StackStore</name>
    <message>
        <source>The stack list could not be saved to %1.</source>
        <translation>სტეკების სიის შენახვა %1-ში ვერ მოხერხდა.</translation>
    </message>
</context>
<context>
    <name>supadesk::StackTreeModel</name>
    <message>
        <source>Connecting</source>
        <translation>უკავშირდება</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>დაკავშირებულია</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>ხელახლა უკავშირდება</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>დაკავშირება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>არ არის დაკავშირებული</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>უჯგუფო</translation>
    </message>
    <message>
        <source>%1@%2:%3 — %4</source>
        <translation>%1@%2:%3 — %4</translation>
    </message>
</context>
<context>
    <name>supadesk::StackValidator</name>
    <message>
        <source>Give the stack a name.</source>
        <translation>დაარქვით სტეკს სახელი.</translation>
    </message>
    <message>
        <source>Another stack is already called "%1".</source>
        <translation>სხვა სტეკს უკვე ჰქვია „%1“.</translation>
    </message>
    <message>
        <source>Enter the SSH host name or address of the server.</source>
        <translation>შეიყვანეთ სერვერის SSH ჰოსტის სახელი ან მისამართი.</translation>
    </message>
    <message>
        <source>"%1" is not a valid host name or address.</source>
        <translation>„%1“ ჰოსტის სწორი სახელი ან მისამართი არ არის.</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>SSH პორტი 1-სა და 65535-ს შორის უნდა იყოს.</translation>
    </message>
    <message>
        <source>Enter the user to log in as over SSH.</source>
        <translation>შეიყვანეთ მომხმარებელი, რომლითაც SSH-ით შეხვალთ.</translation>
    </message>
    <message>
        <source>Choose the private key file to log in with.</source>
        <translation>აირჩიეთ პირადი გასაღების ფაილი შესასვლელად.</translation>
    </message>
    <message>
        <source>The key file "%1" does not exist or cannot be read.</source>
        <translation>გასაღების ფაილი „%1“ არ არსებობს ან ვერ იკითხება.</translation>
    </message>
    <message>
        <source>The install directory must be an absolute path on the server.</source>
        <translation>ინსტალაციის საქაღალდე სერვერზე აბსოლუტური გზა უნდა იყოს.</translation>
    </message>
    <message>
        <source>Enter the database host as seen from the server.</source>
        <translation>შეიყვანეთ მონაცემთა ბაზის ჰოსტი, როგორც მას სერვერი ხედავს.</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>მონაცემთა ბაზის პორტი 1-სა და 65535-ს შორის უნდა იყოს.</translation>
    </message>
    <message>
        <source>The gateway port must be between 1 and 65535.</source>
        <translation>შლუზის პორტი 1-სა და 65535-ს შორის უნდა იყოს.</translation>
    </message>
    <message>
        <source>The pooler port must be between 1 and 65535.</source>
        <translation>პულერის პორტი 1-სა და 65535-ს შორის უნდა იყოს.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>შეიყვანეთ მონაცემთა ბაზის სახელი.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>შეიყვანეთ მონაცემთა ბაზის მომხმარებელი.</translation>
    </message>
</context>
</TS>
