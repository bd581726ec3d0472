<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE" sourcelanguage="en_US">
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Delivered through &quot;%1&quot;: %2</source>
        <translation>მიწოდებულია არხით „%1“: %2</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; refused the message: %2</source>
        <translation>არხმა „%1“ შეტყობინება უარყო: %2</translation>
    </message>
    <message>
        <source>There is no alert channel &quot;%1&quot; on this server.</source>
        <translation>ამ სერვერზე განგაშის არხი „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; could not be reached: %2</source>
        <translation>არხთან „%1“ დაკავშირება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cannot write the alerter to a temporary file.</source>
        <translation>განგაშის გამგზავნის დროებით ფაილში ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The alerter did not finish.</source>
        <translation>განგაშის გამგზავნმა მუშაობა არ დაასრულა.</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>The alerter is not installed on &quot;%1&quot; or cannot run: %2</source>
        <translation>განგაშის გამგზავნი „%1“-ზე დაყენებული არ არის ან ვერ ეშვება: %2</translation>
    </message>
    <message>
        <source>The channel&apos;s id.</source>
        <translation>არხის იდენტიფიკატორი.</translation>
    </message>
    <message>
        <source>An alerts.conf to send from this computer instead of the stack&apos;s server (its secrets file is the one it names).</source>
        <translation>alerts.conf, რომლითაც შეტყობინება ამ კომპიუტერიდან გაიგზავნება სტეკის სერვერის ნაცვლად (საიდუმლოების ფაილი ის არის, რომელსაც ის ასახელებს).</translation>
    </message>
    <message>
        <source>The alerter was installed under DIR instead of / (supadesk-cli uptime install-probe --root).</source>
        <translation>განგაშის გამგზავნი დაყენებულია DIR-ში / -ის ნაცვლად (supadesk-cli uptime install-probe --root).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel id.</source>
        <translation>„%1“ არხის იდენტიფიკატორი არ არის.</translation>
    </message>
    <message>
        <source>Give the channel&apos;s secret on standard input.</source>
        <translation>მიუთითეთ არხის საიდუმლო სტანდარტულ შესასვლელზე.</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; is in the keychain.</source>
        <translation>„%1“-ის საიდუმლო გასაღებების საცავშია.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli alerts test (--stack NAME | --config FILE) --channel ID
       supadesk-cli alerts set-secret --stack NAME --channel ID &lt; SECRET
       supadesk-cli alerts history --stack NAME [--json]</source>
        <translation>გამოყენება: supadesk-cli alerts test (--stack NAME | --config FILE) --channel ID
       supadesk-cli alerts set-secret --stack NAME --channel ID &lt; SECRET
       supadesk-cli alerts history --stack NAME [--json]</translation>
    </message>
    <message>
        <source>The alerter has sent nothing yet.</source>
        <translation>განგაშის გამგზავნს ჯერ არაფერი გაუგზავნია.</translation>
    </message>
    <message>
        <source>test: send a test message through one channel; set-secret: keep a channel&apos;s secret, read from standard input, in the stack&apos;s keychain entries; history: what the server&apos;s alerter sent and whether it arrived.</source>
        <translation>test: საცდელი შეტყობინების გაგზავნა ერთი არხით; set-secret: სტანდარტული შესასვლელიდან წაკითხული არხის საიდუმლოს შენახვა სტეკის ჩანაწერებში გასაღებების საცავში; history (ისტორია): რა გაგზავნა სერვერის განგაშის გამგზავნმა და მივიდა თუ არა.</translation>
    </message>
    <message>
        <source>history: print JSON.</source>
        <translation>history (ისტორია): JSON-ის გამოტანა.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>pass</source>
        <translation>კარგია</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>გაფრთხილება</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ჩავარდა</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>ვერ შემოწმდა</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>The database port must be a number from 1 to 65535.</source>
        <translation>მონაცემთა ბაზის პორტი უნდა იყოს რიცხვი 1-დან 65535-მდე.</translation>
    </message>
    <message>
        <source>The gateway port must be a number from 1 to 65535.</source>
        <translation>API შლუზის პორტი უნდა იყოს რიცხვი 1-დან 65535-მდე.</translation>
    </message>
    <message>
        <source>Audit of %1, %2</source>
        <translation>%1-ის აუდიტი, %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>გამოსწორება: %1</translation>
    </message>
    <message>
        <source>Score: %1 of 100; %2 failed, %3 warnings, %4 could not be checked, %5 passed.</source>
        <translation>ქულა: %1 100-დან; ჩავარდა: %2, გაფრთხილება: %3, ვერ შემოწმდა: %4, კარგია: %5.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <source>The audit was cancelled before every check had run.</source>
        <translation>აუდიტი გაუქმდა, სანამ ყველა შემოწმება შესრულდებოდა.</translation>
    </message>
    <message>
        <source>Run only this check (repeatable); see --list-checks.</source>
        <translation>მხოლოდ ამ შემოწმების გაშვება (შეიძლება გამეორება); იხ. --list-checks.</translation>
    </message>
    <message>
        <source>Print the ids of every check and exit.</source>
        <translation>ყველა შემოწმების იდენტიფიკატორის დაბეჭდვა და გასვლა.</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>ანგარიშის დაბეჭდვა ერთ JSON ობიექტად.</translation>
    </message>
    <message>
        <source>Without --stack: the folder of the server&apos;s docker-compose.yml and .env.</source>
        <translation>--stack-ის გარეშე: სერვერზე docker-compose.yml-ისა და .env-ის საქაღალდე.</translation>
    </message>
    <message>
        <source>Without --stack: the database port on the server.</source>
        <translation>--stack-ის გარეშე: მონაცემთა ბაზის პორტი სერვერზე.</translation>
    </message>
    <message>
        <source>Without --stack: the API gateway&apos;s port on the server.</source>
        <translation>--stack-ის გარეშე: API შლუზის პორტი სერვერზე.</translation>
    </message>
    <message>
        <source>There is no audit check &quot;%1&quot;; supadesk-cli audit --list-checks lists them.</source>
        <translation>აუდიტის შემოწმება „%1“ არ არსებობს; სიას აჩვენებს supadesk-cli audit --list-checks.</translation>
    </message>
</context>
<context>
    <name>AvailabilityCalculator</name>
    <message>
        <source>No probe results</source>
        <translation>ზონდის შედეგები არ არის</translation>
    </message>
</context>
<context>
    <name>BackendSignaller</name>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The server refused to signal session %1: %2</source>
        <translation>სერვერმა უარი თქვა სესიისთვის %1 სიგნალის გაგზავნაზე: %2</translation>
    </message>
    <message>
        <source>Session %1 no longer exists on the server.</source>
        <translation>სესია %1 სერვერზე აღარ არსებობს.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Restore drill passed</source>
        <translation>საცდელი აღდგენა წარმატებით დასრულდა</translation>
    </message>
    <message>
        <source>Restore drill FAILED</source>
        <translation>საცდელი აღდგენა ვერ შესრულდა</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>ცხრილი</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>მოქმედი</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>აღდგენილი</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>დასკვნა</translation>
    </message>
    <message>
        <source>The live database the dump was taken from (read only), as for psql: postgresql://USER@HOST:PORT/DB or service=NAME. The password comes from PGPASSWORD, the password file or the service file, never from this option.</source>
        <translation>მოქმედი მონაცემთა ბაზა, რომლიდანაც დამპი აიღეს (მხოლოდ წაკითხვით), როგორც psql-ისთვის: postgresql://USER@HOST:PORT/DB ან service=NAME. პაროლი მოდის PGPASSWORD-იდან, პაროლების ფაილიდან ან სერვისების ფაილიდან და არასოდეს ამ პარამეტრიდან.</translation>
    </message>
    <message>
        <source>The custom-format pg_dump file to restore.</source>
        <translation>pg_dump-ის custom ფორმატის ფაილი აღდგენისთვის.</translation>
    </message>
    <message>
        <source>The pg_dumpall --globals-only file with the roles.</source>
        <translation>pg_dumpall --globals-only ფაილი როლებით.</translation>
    </message>
    <message>
        <source>A query that must return rows in the restore (repeatable).</source>
        <translation>მოთხოვნა, რომელმაც აღდგენილ ბაზაში მწკრივები უნდა დააბრუნოს (შეიძლება რამდენჯერმე მიეთითოს).</translation>
    </message>
    <message>
        <source>Where the scratch cluster is made (default: the temporary folder).</source>
        <translation>სად შეიქმნას დროებითი კლასტერი (ნაგულისხმევად: დროებითი ფაილების საქაღალდე).</translation>
    </message>
    <message>
        <source>Keep the result in this stack&apos;s drill history (the Audit reads it).</source>
        <translation>შედეგის შენახვა ამ სტეკის საცდელი აღდგენების ისტორიაში (მას აუდიტი კითხულობს).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>შედეგის დაბეჭდვა ერთ JSON ობიექტად.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup drill --dsn DSN --dump FILE [--globals FILE] [--query SQL]... [--scratch-dir DIR] [--stack NAME] [--json]</source>
        <translation>გამოყენება: supadesk-cli backup drill --dsn DSN --dump ფაილი [--globals ფაილი] [--query SQL]... [--scratch-dir საქაღალდე] [--stack სახელი] [--json]</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>წარმატებული</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ვერ შესრულდა</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>დაუსრულებელი</translation>
    </message>
    <message>
        <source>The backup folder (BACKUP_DIR of the nightly script).</source>
        <translation>სარეზერვო ასლების საქაღალდე (ღამის სკრიპტის BACKUP_DIR).</translation>
    </message>
    <message>
        <source>The backup log (LOG_FILE of the nightly script; default %1).</source>
        <translation>სარეზერვო ასლების ჟურნალი (ღამის სკრიპტის LOG_FILE; ნაგულისხმევად %1).</translation>
    </message>
    <message>
        <source>Print the catalogue as one JSON object.</source>
        <translation>კატალოგის დაბეჭდვა ერთ JSON ობიექტად.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup list --dir DIR [--log FILE] [--json]</source>
        <translation>გამოყენება: supadesk-cli backup list --dir საქაღალდე [--log ფაილი] [--json]</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist.</source>
        <translation>სარეზერვო ასლების საქაღალდე %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>The backup log %1 cannot be read.</source>
        <translation>სარეზერვო ასლების ჟურნალის %1 წაკითხვა შეუძლებელია.</translation>
    </message>
    <message>
        <source>Backups in %1:</source>
        <translation>სარეზერვო ასლები საქაღალდეში %1:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <source>Runs in %1:</source>
        <translation>გაშვებები ფაილში %1:</translation>
    </message>
    <message>
        <source>Newest good dump: %1, %2.</source>
        <translation>უახლესი გამართული დამპი: %1, %2.</translation>
    </message>
    <message>
        <source>No good dump.</source>
        <translation>გამართული დამპი არ არის.</translation>
    </message>
    <message>
        <source>The connection string holds a password, which ps shows to every user of this machine: give it in PGPASSWORD or a password file.</source>
        <translation>კავშირის სტრიქონში პაროლია, რომელსაც ps ამ კომპიუტერის ყველა მომხმარებელს აჩვენებს: მიუთითეთ ის PGPASSWORD-ში ან პაროლების ფაილში.</translation>
    </message>
    <message>
        <source>The nightly backup script on the server (default %1); its settings name the backup folder, the log and the database.</source>
        <translation>ღამის სარეზერვო სკრიპტი სერვერზე (ნაგულისხმევად %1); მისი პარამეტრები ასახელებს სარეზერვო ასლების საქაღალდეს, ჟურნალსა და მონაცემთა ბაზას.</translation>
    </message>
    <message>
        <source>Where the scratch cluster is made on the server (default %1).</source>
        <translation>სად შეიქმნას დროებითი კლასტერი სერვერზე (ნაგულისხმევად %1).</translation>
    </message>
    <message>
        <source>A folder put first on the server&apos;s PATH (a docker stand-in).</source>
        <translation>საქაღალდე, რომელიც სერვერის PATH-ში პირველი ჩაისმება (docker-ის შემცვლელისთვის).</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>შედეგის დაბეჭდვა JSON-ად.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup list --stack NAME [--backup-script FILE] [--json]</source>
        <translation>გამოყენება: supadesk-cli backup list --stack სახელი [--backup-script ფაილი] [--json]</translation>
    </message>
    <message>
        <source>Backups are NOT healthy.</source>
        <translation>სარეზერვო ასლები წესრიგში არ არის.</translation>
    </message>
    <message>
        <source>Backups are healthy.</source>
        <translation>სარეზერვო ასლები წესრიგშია.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup run --stack NAME [--backup-script FILE] [--json]</source>
        <translation>გამოყენება: supadesk-cli backup run --stack სახელი [--backup-script ფაილი] [--json]</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>სარეზერვო ასლის შექმნა გაუქმდა.</translation>
    </message>
    <message>
        <source>The backup finished.</source>
        <translation>სარეზერვო ასლი შეიქმნა.</translation>
    </message>
    <message>
        <source>The backup FAILED.</source>
        <translation>სარეზერვო ასლის შექმნა ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>The dump on the server to restore (default: the newest).</source>
        <translation>სერვერზე არსებული დამპი, რომელიც უნდა აღდგეს (ნაგულისხმევად: უახლესი).</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup drill --stack NAME [--dump FILE] [--scratch-dir DIR] [--json]</source>
        <translation>გამოყენება: supadesk-cli backup drill --stack სახელი [--dump ფაილი] [--scratch-dir საქაღალდე] [--json]</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup list|run|drill ...</source>
        <translation>გამოყენება: supadesk-cli backup list|run|drill ...</translation>
    </message>
    <message>
        <source>With --stack NAME and without --dsn, the drill runs on the stack&apos;s server instead (backup drill --stack NAME --help).</source>
        <translation>--stack სახელით და --dsn-ის გარეშე საცდელი აღდგენა სტეკის სერვერზე სრულდება (backup drill --stack სახელი --help).</translation>
    </message>
</context>
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
        <source>Invalid profile name &quot;%1&quot;.</source>
        <translation>პროფილის სახელი „%1“ არასწორია.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>უცნობი პარამეტრი %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
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
        <translation>დაყენების საქაღალდე სერვერზე.</translation>
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
        <source>Unknown authentication method &quot;%1&quot;: use agent, key or password.</source>
        <translation>ავთენტიფიკაციის უცნობი მეთოდი „%1“: გამოიყენეთ agent, key ან password.</translation>
    </message>
    <message>
        <source>Added stack &quot;%1&quot;.</source>
        <translation>სტეკი „%1“ დაემატა.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks remove NAME</source>
        <translation>გამოყენება: supadesk-cli stacks remove სახელი</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>The stack was kept because its secrets could not be removed: %1</source>
        <translation>სტეკი არ წაიშალა, რადგან მისი საიდუმლოების წაშლა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Removed stack &quot;%1&quot;.</source>
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
            <numerusform>იმპორტირებულია %n სტეკი.</numerusform>
            <numerusform>იმპორტირებულია %n სტეკი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stacks list|add|remove|export|import ...</source>
        <translation>გამოყენება: supadesk-cli stacks list|add|remove|export|import ...</translation>
    </message>
    <message>
        <source>List, add, remove, import and export stacks</source>
        <translation>სტეკების ჩამონათვალი, დამატება, წაშლა, იმპორტი და ექსპორტი</translation>
    </message>
    <message>
        <source>Connect when Supadesk starts.</source>
        <translation>დაკავშირება Supadesk-ის გაშვებისას.</translation>
    </message>
    <message>
        <source>The command to run on the server, after --.</source>
        <translation>სერვერზე გასაშვები ბრძანება, -- ნიშნის შემდეგ.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli exec --stack NAME -- COMMAND [ARGS...]</source>
        <translation>გამოყენება: supadesk-cli exec --stack სახელი -- ბრძანება [არგუმენტები...]</translation>
    </message>
    <message>
        <source>Run again with --accept-new-host-key to trust this key.</source>
        <translation>ამ გასაღების სანდოდ მისაჩნევად გაუშვით ხელახლა --accept-new-host-key პარამეტრით.</translation>
    </message>
    <message>
        <source>Run a command on a stack&apos;s server over SSH</source>
        <translation>ბრძანების გაშვება სტეკის სერვერზე SSH-ით</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>კვანძები: %1</translation>
    </message>
    <message>
        <source>Total time: %1 ms</source>
        <translation>სულ დრო: %1 მწმ</translation>
    </message>
    <message>
        <source>The plan has no timing (EXPLAIN without ANALYZE); nodes are ranked by cost.</source>
        <translation>გეგმაში დრო არ არის (EXPLAIN ANALYZE-ის გარეშე); კვანძები ღირებულებით არის დალაგებული.</translation>
    </message>
    <message>
        <source>Execution time: %1 ms</source>
        <translation>შესრულების დრო: %1 მწმ</translation>
    </message>
    <message>
        <source>Planning time: %1 ms</source>
        <translation>დაგეგმვის დრო: %1 მწმ</translation>
    </message>
    <message>
        <source>Triggers: %1, together %2 ms</source>
        <translation>ტრიგერები: %1, ჯამში %2 მწმ</translation>
    </message>
    <message>
        <source>Top nodes by exclusive time:</source>
        <translation>ყველაზე ხანგრძლივი კვანძები საკუთარი დროით:</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>ღირებულება %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>მიგნებები არ არის.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>მიგნებები:</translation>
    </message>
    <message>
        <source>Reads an EXPLAIN plan (JSON or text) and prints where the time went.</source>
        <translation>კითხულობს EXPLAIN-ის გეგმას (JSON ან ტექსტი) და ბეჭდავს, სად დაიხარჯა დრო.</translation>
    </message>
    <message>
        <source>Print the per-node analysis as JSON.</source>
        <translation>თითოეული კვანძის ანალიზის JSON-ად დაბეჭდვა.</translation>
    </message>
    <message>
        <source>Plan file; - reads standard input.</source>
        <translation>გეგმის ფაილი; - კითხულობს სტანდარტულ შესავალს.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli explain FILE [--json]</source>
        <translation>გამოყენება: supadesk-cli explain FILE [--json]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summarise an EXPLAIN plan (JSON or text)</source>
        <translation>EXPLAIN-ის გეგმის შეჯამება (JSON ან ტექსტი)</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli plan --ram 16GiB --cpus 4 --storage ssd|hdd --connections N --workload web|oltp|analytics|mixed [--env-in FILE] --out DIR</source>
        <translation>გამოყენება: supadesk-cli plan --ram 16GiB --cpus 4 --storage ssd|hdd --connections N --workload web|oltp|analytics|mixed [--env-in ფაილი] --out საქაღალდე</translation>
    </message>
    <message>
        <source>RAM of the server, e.g. 16GiB.</source>
        <translation>სერვერის ოპერატიული მეხსიერება, მაგ. 16GiB.</translation>
    </message>
    <message>
        <source>vCPUs of the server.</source>
        <translation>სერვერის ვირტუალური პროცესორების (vCPU) რაოდენობა.</translation>
    </message>
    <message>
        <source>ssd or hdd.</source>
        <translation>ssd ან hdd.</translation>
    </message>
    <message>
        <source>Expected PostgreSQL connections (max_connections).</source>
        <translation>PostgreSQL-ის მოსალოდნელი კავშირები (max_connections).</translation>
    </message>
    <message>
        <source>web, oltp, analytics or mixed.</source>
        <translation>web, oltp, analytics ან mixed.</translation>
    </message>
    <message>
        <source>The server&apos;s .env to edit in place (comments and other keys are kept).</source>
        <translation>სერვერის .env, რომელიც ადგილზე ჩასწორდება (კომენტარები და სხვა გასაღებები რჩება).</translation>
    </message>
    <message>
        <source>Replace every secret, not only example, weak or broken ones.</source>
        <translation>ყველა საიდუმლოს შეცვლა და არა მხოლოდ სანიმუშო, სუსტი ან გაუმართავი მნიშვნელობების.</translation>
    </message>
    <message>
        <source>The server&apos;s current shared_preload_libraries (comma-separated), to extend instead of merging on the server.</source>
        <translation>სერვერის ამჟამინდელი shared_preload_libraries (მძიმით გამოყოფილი), რომ სია აქ გაფართოვდეს და არა სერვერზე შერწყმით.</translation>
    </message>
    <message>
        <source>SSH port the firewall must keep open.</source>
        <translation>SSH პორტი, რომელიც ფაიერვოლმა ღია უნდა დატოვოს.</translation>
    </message>
    <message>
        <source>Days to keep backups.</source>
        <translation>რამდენი დღე შეინახოს სარეზერვო ასლები.</translation>
    </message>
    <message>
        <source>Directory to write the bundle to.</source>
        <translation>საქაღალდე, სადაც პაკეტი ჩაიწერება.</translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation>აკლია --%1.</translation>
    </message>
    <message>
        <source>--cpus, --connections, --ssh-port and --retention-days take positive whole numbers.</source>
        <translation>--cpus, --connections, --ssh-port და --retention-days დადებით მთელ რიცხვებს იღებს.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>საქაღალდის შექმნა ვერ მოხერხდა: %1.</translation>
    </message>
    <message>
        <source>.env line %1: %2</source>
        <translation>.env, სტრიქონი %1: %2</translation>
    </message>
    <message>
        <source>New secrets: %1</source>
        <translation>ახალი საიდუმლოები: %1</translation>
    </message>
    <message>
        <source>Write a setup bundle: tuning, secrets, pooler, firewall, backups</source>
        <translation>გამართვის პაკეტის ჩაწერა: მორგება, საიდუმლოები, პულერი, ფაიერვოლი, სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Seconds between samples (1 to 3600).</source>
        <translation>წამები ანაზომებს შორის (1-დან 3600-მდე).</translation>
    </message>
    <message>
        <source>Number of samples; 0 samples until interrupted.</source>
        <translation>ანაზომების რაოდენობა; 0 — შეწყვეტამდე.</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>თითო სტრიქონზე ერთი JSON ობიექტის დაბეჭდვა.</translation>
    </message>
    <message>
        <source>The interval must be a number of seconds from 1 to 3600.</source>
        <translation>ინტერვალი უნდა იყოს წამების რაოდენობა 1-დან 3600-მდე.</translation>
    </message>
    <message>
        <source>The count must be 0 or a positive whole number.</source>
        <translation>რაოდენობა უნდა იყოს 0 ან დადებითი მთელი რიცხვი.</translation>
    </message>
    <message>
        <source>Sample live database statistics</source>
        <translation>მონაცემთა ბაზის მიმდინარე სტატისტიკის ანაზომების აღება</translation>
    </message>
    <message>
        <source>LOCALPORT:REMOTEHOST:REMOTEPORT, as the server sees REMOTEHOST (repeatable).</source>
        <translation>ლოკალურიპორტი:დისტანციურიჰოსტი:დისტანციურიპორტი, ისე, როგორც სერვერი ხედავს დისტანციურ ჰოსტს (შეიძლება რამდენჯერმე მიეთითოს).</translation>
    </message>
    <message>
        <source>Seconds between keepalives.</source>
        <translation>წამები keepalive შეტყობინებებს შორის.</translation>
    </message>
    <message>
        <source>Nothing to forward: give --forward LOCALPORT:REMOTEHOST:REMOTEPORT.</source>
        <translation>გადასამისამართებელი არაფერია: მიუთითეთ --forward ლოკალურიპორტი:დისტანციურიჰოსტი:დისტანციურიპორტი.</translation>
    </message>
    <message>
        <source>Reconnected.</source>
        <translation>კავშირი აღდგა.</translation>
    </message>
    <message>
        <source>Forward local ports through SSH until interrupted</source>
        <translation>ლოკალური პორტების გადამისამართება SSH-ით შეწყვეტამდე</translation>
    </message>
    <message>
        <source>component</source>
        <translation>კომპონენტი</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>ხელმისაწვდომობა</translation>
    </message>
    <message>
        <source>down min</source>
        <translation>გათიშვა, წთ</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>ინციდენტები</translation>
    </message>
    <message>
        <source>budget left</source>
        <translation>დარჩ. ბიუჯეტი</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 მწმ</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 მწმ</translation>
    </message>
    <message>
        <source>whole stack</source>
        <translation>მთელი სტეკი</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>ინციდენტები:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 min) %4: %5</source>
        <translation>%1 — %2 (%3 წთ) %4: %5</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>მიზეზი ჩაწერილი არ არის</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>ინციდენტები არ ყოფილა.</translation>
    </message>
    <message>
        <source>More probe logs.</source>
        <translation>დამატებითი ზონდის ჟურნალები.</translation>
    </message>
    <message>
        <source>A probe log (YYYY-MM.log); may be repeated.</source>
        <translation>ზონდის ჟურნალი (YYYY-MM.log); შეიძლება რამდენჯერმე მიეთითოს.</translation>
    </message>
    <message>
        <source>The month to report, e.g. 2026-11.</source>
        <translation>საანგარიშო თვე, მაგ. 2026-11.</translation>
    </message>
    <message>
        <source>Time zone of the report&apos;s month and days (default: this computer&apos;s).</source>
        <translation>ანგარიშის თვისა და დღეების დროის სარტყელი (ნაგულისხმევად — ამ კომპიუტერისა).</translation>
    </message>
    <message>
        <source>Availability target in percent.</source>
        <translation>ხელმისაწვდომობის სამიზნე პროცენტებში.</translation>
    </message>
    <message>
        <source>Consecutive failures before a component counts as down.</source>
        <translation>ზედიზედ წარუმატებელი შემოწმებების რაოდენობა, რის შემდეგაც კომპონენტი გათიშულად ითვლება.</translation>
    </message>
    <message>
        <source>Seconds between probes.</source>
        <translation>წამები ზონდის გაშვებებს შორის.</translation>
    </message>
    <message>
        <source>A maintenance window START/END (ISO 8601); may be repeated.</source>
        <translation>ტექნიკური მომსახურების ფანჯარა START/END (ISO 8601); შეიძლება რამდენჯერმე მიეთითოს.</translation>
    </message>
    <message>
        <source>How time without probe results counts: down or exclude.</source>
        <translation>როგორ ჩაითვალოს დრო ზონდის შედეგების გარეშე: down (გათიშვად) ან exclude (არ ჩაითვალოს).</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; use an IANA name such as Asia/Tbilisi or UTC.</source>
        <translation>უცნობი დროის სარტყელი „%1“; გამოიყენეთ IANA-ს სახელი, მაგალითად Asia/Tbilisi ან UTC.</translation>
    </message>
    <message>
        <source>The target must be a percentage above 0 and below 100, e.g. 99.9.</source>
        <translation>სამიზნე უნდა იყოს პროცენტი, 0-ზე მეტი და 100-ზე ნაკლები, მაგ. 99.9.</translation>
    </message>
    <message>
        <source>--failures must be a whole number of at least 1.</source>
        <translation>--failures უნდა იყოს მთელი რიცხვი, არანაკლებ 1-ისა.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds.</source>
        <translation>--interval უნდა იყოს წამების მთელი რიცხვი.</translation>
    </message>
    <message>
        <source>--gaps must be &quot;down&quot; or &quot;exclude&quot;.</source>
        <translation>--gaps უნდა იყოს „down“ ან „exclude“.</translation>
    </message>
    <message>
        <source>Cannot read the maintenance window &quot;%1&quot;: use START/END, e.g. 2026-11-07T02:00/2026-11-07T03:00.</source>
        <translation>ტექნიკური მომსახურების ფანჯრის „%1“ წაკითხვა ვერ მოხერხდა: გამოიყენეთ START/END, მაგ. 2026-11-07T02:00/2026-11-07T03:00.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) in the logs.</source>
        <translation>
            <numerusform>ჟურნალებში გამოტოვებულია %n წაუკითხავი სტრიქონი.</numerusform>
            <numerusform>ჟურნალებში გამოტოვებულია %n წაუკითხავი სტრიქონი.</numerusform>
        </translation>
    </message>
    <message>
        <source>The logs hold no probe results.</source>
        <translation>ჟურნალებში ზონდის შედეგები არ არის.</translation>
    </message>
    <message>
        <source>Availability per component from uptime probe logs</source>
        <translation>ხელმისაწვდომობა კომპონენტების მიხედვით, ზონდის ჟურნალებიდან</translation>
    </message>
    <message>
        <source>The bundle folder %1 does not exist.</source>
        <translation>პაკეტის საქაღალდე %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>The folder `supadesk-cli plan` wrote.</source>
        <translation>საქაღალდე, რომელიც `supadesk-cli plan`-მა შექმნა.</translation>
    </message>
    <message>
        <source>Where Supabase lives on the server (default: the stack&apos;s install directory).</source>
        <translation>სად არის Supabase სერვერზე (ნაგულისხმევად: სტეკის დაყენების საქაღალდე).</translation>
    </message>
    <message>
        <source>Show every diff and command without changing anything.</source>
        <translation>ყველა განსხვავებისა და ბრძანების ჩვენება ისე, რომ არაფერი შეიცვალოს.</translation>
    </message>
    <message>
        <source>Leave out a step: env, compose-override, backup, recreate or tuning (repeatable).</source>
        <translation>ნაბიჯის გამოტოვება: env, compose-override, backup, recreate ან tuning (შეიძლება რამდენჯერმე).</translation>
    </message>
    <message>
        <source>The command that runs SQL from standard input on the server.</source>
        <translation>ბრძანება, რომელიც სერვერზე SQL-ს სტანდარტული შესასვლელიდან უშვებს.</translation>
    </message>
    <message>
        <source>The Docker Compose command on the server (default: docker compose).</source>
        <translation>Docker Compose-ის ბრძანება სერვერზე (ნაგულისხმევად: docker compose).</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;: use %2.</source>
        <translation>უცნობი ნაბიჯი „%1“: გამოიყენეთ %2.</translation>
    </message>
    <message>
        <source>Nothing to apply: every step was skipped.</source>
        <translation>გამოსაყენებელი არაფერია: ყველა ნაბიჯი გამოტოვებულია.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Apply a setup bundle to a stack&apos;s server over SSH</source>
        <translation>გამართვის პაკეტის გამოყენება სტეკის სერვერზე SSH-ით</translation>
    </message>
    <message>
        <source>The SSH connection timed out.</source>
        <translation>SSH კავშირის ლოდინის დრო ამოიწურა.</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n new probe result(s) from the server.</source>
        <translation>
            <numerusform>სერვერიდან მიღებულია ზონდის %n ახალი შედეგი.</numerusform>
            <numerusform>სერვერიდან მიღებულია ზონდის %n ახალი შედეგი.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --stack: first fetch the new lines of the server&apos;s probe logs.</source>
        <translation>--stack-თან ერთად: ჯერ ჩამოტვირთეთ სერვერის ზონდის ჟურნალების ახალი სტრიქონები.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime (--stack NAME [--pull] | --log FILE...) --month YYYY-MM [--time-zone ZONE] [--target PERCENT] [--json]</source>
        <translation>გამოყენება: supadesk-cli uptime (--stack სახელი [--pull] | --log ფაილი...) --month YYYY-MM [--time-zone ზონა] [--target პროცენტი] [--json]</translation>
    </message>
    <message>
        <source>--maintenance, --failures and --interval apply to --log; with --stack the stack&apos;s own maintenance windows and settings count.</source>
        <translation>--maintenance, --failures და --interval ეხება --log-ს; --stack-ის შემთხვევაში მოქმედებს სტეკის საკუთარი ტექნიკური მომსახურების ფანჯრები და პარამეტრები.</translation>
    </message>
    <message>
        <source>No probe results are stored for this stack yet.</source>
        <translation>ამ სტეკისთვის ზონდის შედეგები ჯერ არ არის შენახული.</translation>
    </message>
    <message>
        <source>After the tuning, restart the db container when a changed setting needs it, and wait until PostgreSQL accepts connections again.</source>
        <translation>პარამეტრების მორგების შემდეგ db კონტეინერის გადატვირთვა, თუ შეცვლილ პარამეტრს ეს სჭირდება, და ლოდინი, სანამ PostgreSQL კვლავ მიიღებს კავშირებს.</translation>
    </message>
    <message>
        <source>How long to wait for PostgreSQL after a restart (default: 120).</source>
        <translation>რამდენ ხანს დაველოდოთ PostgreSQL-ს გადატვირთვის შემდეგ (ნაგულისხმევად: 120).</translation>
    </message>
    <message>
        <source>The stack runs PgBouncer: install the bundle&apos;s pgbouncer.ini at PATH on the server (the old one is backed up first).</source>
        <translation>სტეკი PgBouncer-ს იყენებს: პაკეტის pgbouncer.ini სერვერზე PATH-ში დაყენდება (ძველის სარეზერვო ასლი ჯერ შეინახება).</translation>
    </message>
    <message>
        <source>The compose service of PgBouncer, restarted so that it reads the new pgbouncer.ini.</source>
        <translation>PgBouncer-ის compose სერვისი, რომელიც გადაიტვირთება, რათა ახალი pgbouncer.ini წაიკითხოს.</translation>
    </message>
    <message>
        <source>The login user may run docker itself (docker group): docker commands do not go through sudo.</source>
        <translation>შესულ მომხმარებელს docker-ის გაშვება თავად შეუძლია (docker ჯგუფი): docker-ის ბრძანებები sudo-ს გარეშე სრულდება.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli apply --stack NAME --bundle DIR [--dry-run] [--install-dir PATH] [--restart-db-if-needed] [--pgbouncer-ini PATH [--pgbouncer-service NAME]]</source>
        <translation>გამოყენება: supadesk-cli apply --stack სახელი --bundle საქაღალდე [--dry-run] [--install-dir გზა] [--restart-db-if-needed] [--pgbouncer-ini გზა [--pgbouncer-service სახელი]]</translation>
    </message>
    <message>
        <source>--restart-wait needs a number of seconds (1 or more).</source>
        <translation>--restart-wait-ს სჭირდება წამების რაოდენობა (1 ან მეტი).</translation>
    </message>
    <message>
        <source>--pgbouncer-service needs --pgbouncer-ini.</source>
        <translation>--pgbouncer-service-ს სჭირდება --pgbouncer-ini.</translation>
    </message>
    <message>
        <source>Port of Supavisor&apos;s metrics on the server&apos;s loopback (0: none).</source>
        <translation>Supavisor-ის მეტრიკების პორტი სერვერის loopback-ზე (0: არცერთი).</translation>
    </message>
    <message>
        <source>Uptime for %1 (%2), target %3</source>
        <translation>ხელმისაწვდომობა: %1 (%2), სამიზნე %3</translation>
    </message>
    <message>
        <source>Print only the names, one per line (for shell completion).</source>
        <translation>მხოლოდ სახელების ჩვენება, თითო სტრიქონზე ერთი (გარსის ავტოდასრულებისთვის).</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI or key=value string, as for psql, e.g. postgresql://postgres@127.0.0.1:5432/postgres or service=NAME.</source>
        <translation>PostgreSQL-თან დაკავშირების URI ან key=value სტრიქონი, როგორც psql-ისთვის, მაგ. postgresql://postgres@127.0.0.1:5432/postgres ან service=NAME.</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli stats (--stack NAME | --dsn postgresql://USER@HOST:PORT/DB | --dsn service=NAME) [--interval S] [--count N] [--json]</source>
        <translation>გამოყენება: supadesk-cli stats (--stack NAME | --dsn postgresql://USER@HOST:PORT/DB | --dsn service=NAME) [--interval S] [--count N] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) in the server&apos;s probe logs.</source>
        <translation>
            <numerusform>სერვერის ზონდის ჟურნალებში გამოტოვებულია %n წაუკითხავი სტრიქონი.</numerusform>
            <numerusform>სერვერის ზონდის ჟურნალებში გამოტოვებულია %n წაუკითხავი სტრიქონი.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --pull: where the probe writes its logs on the server (default: where it was installed, else %1).</source>
        <translation>--pull-თან ერთად: სად წერს ზონდი ჟურნალებს სერვერზე (ნაგულისხმევად — სადაც დაყენდა, სხვა შემთხვევაში %1).</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime remove-probe --stack NAME [--root DIR]</source>
        <translation>გამოყენება: supadesk-cli uptime remove-probe --stack NAME [--root DIR]</translation>
    </message>
    <message>
        <source>Seconds between probes, %1 to %2 (default: the stack&apos;s probe interval); kept as the stack&apos;s probe interval.</source>
        <translation>წამები ზონდის გაშვებებს შორის, %1-დან %2-მდე (ნაგულისხმევად — სტეკის ზონდის ინტერვალი); ინახება სტეკის ზონდის ინტერვალად.</translation>
    </message>
    <message>
        <source>The API gateway&apos;s port on the server (default: the stack&apos;s); 0: probe the database only.</source>
        <translation>API შლუზის პორტი სერვერზე (ნაგულისხმევად — სტეკისა); 0: ზონდი მხოლოდ მონაცემთა ბაზას ამოწმებს.</translation>
    </message>
    <message>
        <source>What runs the probe: auto (a systemd timer where systemd runs, else cron), systemd or cron.</source>
        <translation>რა უშვებს ზონდს: auto (systemd-ის ტაიმერი, სადაც systemd მუშაობს, სხვაგან cron), systemd ან cron.</translation>
    </message>
    <message>
        <source>Install under DIR instead of / (a scratch server for a test or a demo).</source>
        <translation>დაყენება DIR-ში / -ის ნაცვლად (დროებითი სერვერი ტესტისთვის ან დემოსთვის).</translation>
    </message>
    <message>
        <source>--interval and --gateway-port apply to install-probe.</source>
        <translation>--interval და --gateway-port მხოლოდ install-probe-ს ეხება.</translation>
    </message>
    <message>
        <source>--scheduler must be auto, systemd or cron.</source>
        <translation>--scheduler უნდა იყოს auto, systemd ან cron.</translation>
    </message>
    <message>
        <source>--root must be an absolute path on the server.</source>
        <translation>--root უნდა იყოს აბსოლუტური გზა სერვერზე.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from %1 to %2.</source>
        <translation>--interval უნდა იყოს წამების მთელი რიცხვი %1-დან %2-მდე.</translation>
    </message>
    <message>
        <source>--gateway-port must be a port from 0 to 65535.</source>
        <translation>--gateway-port უნდა იყოს პორტი 0-დან 65535-მდე.</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3: %4</translation>
    </message>
    <message>
        <source>done</source>
        <translation>შესრულდა</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ჩავარდა</translation>
    </message>
    <message>
        <source>The earlier file was kept as %1.</source>
        <translation>წინა ფაილი შენახულია როგორც %1.</translation>
    </message>
    <message>
        <source>The uptime probe was removed from &quot;%1&quot;; its log stays in %2.</source>
        <translation>ხელმისაწვდომობის ზონდი წაიშალა „%1“-დან; მისი ჟურნალი რჩება %2-ში.</translation>
    </message>
    <message>
        <source>The uptime probe is installed on &quot;%1&quot;.</source>
        <translation>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე.</translation>
    </message>
    <message>
        <source>Check a stack against the production checklist</source>
        <translation>სტეკის შემოწმება საწარმოო გარემოს საკონტროლო სიით</translation>
    </message>
    <message>
        <source>Add, watch, promote and re-join streaming standbys</source>
        <translation>რეზერვული სერვერების (სტრიმინგული რეპლიკაციის) დამატება, მეთვალყურეობა, დაწინაურება და ხელახლა მიერთება</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no host figures (is it Linux, with /proc?).</source>
        <translation>სერვერის პასუხში ჰოსტის მონაცემები არ არის (Linux-ია და აქვს /proc?).</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>დატვირთვა</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <source>of %n CPU(s)</source>
        <translation>
            <numerusform>%n CPU-დან</numerusform>
            <numerusform>%n CPU-დან</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>მეხსიერება</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>სვოპი</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არ არის</translation>
    </message>
    <message>
        <source>Disk %1: %2 used of %3 (%4), %5 free</source>
        <translation>დისკი %1: გამოყენებულია %2 %3-დან (%4), თავისუფალია %5</translation>
    </message>
    <message>
        <source>Network: in %1/s, out %2/s</source>
        <translation>ქსელი: შემომავალი %1/წმ, გამავალი %2/წმ</translation>
    </message>
    <message>
        <source>Containers: docker is not installed on the server.</source>
        <translation>კონტეინერები: docker სერვერზე დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>Containers: docker did not answer: %1</source>
        <translation>კონტეინერები: docker-მა არ უპასუხა: %1</translation>
    </message>
    <message numerus="yes">
        <source>Containers: %n</source>
        <translation>
            <numerusform>კონტეინერები: %n</numerusform>
            <numerusform>კონტეინერები: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s)</source>
        <translation>
            <numerusform>%n გადატვირთვა</numerusform>
            <numerusform>%n გადატვირთვა</numerusform>
        </translation>
    </message>
    <message>
        <source>OOM-killed</source>
        <translation>შეწყვეტილია OOM-ით</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>მეხსიერება %1</translation>
    </message>
    <message>
        <source>Cost of this reading on the server: %1 CPU time</source>
        <translation>ამ ანაზომის ფასი სერვერზე: %1 პროცესორის დრო</translation>
    </message>
    <message>
        <source>The stack&apos;s install directory on the server (its containers are those started from there); default: the stack&apos;s.</source>
        <translation>სტეკის დაყენების საქაღალდე სერვერზე (მისი კონტეინერები იქიდან გაშვებულებია); ნაგულისხმევად სტეკისა.</translation>
    </message>
    <message>
        <source>Read this machine instead of a server.</source>
        <translation>ამ კომპიუტერის წაკითხვა სერვერის ნაცვლად.</translation>
    </message>
    <message>
        <source>Print the reading as one JSON object.</source>
        <translation>ანაზომის დაბეჭდვა ერთ JSON ობიექტად.</translation>
    </message>
    <message>
        <source>The host&apos;s figures could not be read: %1</source>
        <translation>ჰოსტის მონაცემების წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Show a stack&apos;s server: CPU, memory, disks, network and containers</source>
        <translation>სტეკის სერვერის ჩვენება: CPU, მეხსიერება, დისკები, ქსელი და კონტეინერები</translation>
    </message>
    <message>
        <source>Send a test alert through a channel</source>
        <translation>საცდელი განგაშის გაგზავნა არხით</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime install-probe --stack NAME [--interval S] [--gateway-port PORT] [--scheduler auto|systemd|cron] [--root DIR] [--alerts FILE]</source>
        <translation>გამოყენება: supadesk-cli uptime install-probe --stack NAME [--interval S] [--gateway-port PORT] [--scheduler auto|systemd|cron] [--root DIR] [--alerts FILE]</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 JSON ობიექტი არ არის: %2</translation>
    </message>
    <message>
        <source>The keychain has no secret for the channel &quot;%1&quot;: supadesk-cli alerts set-secret --stack %2 --channel %1</source>
        <translation>გასაღებების საცავში არხის „%1“ საიდუმლო არ არის: supadesk-cli alerts set-secret --stack %2 --channel %1</translation>
    </message>
    <message>
        <source>Install the alerter with the rules and channels of FILE (JSON); the channels&apos; secrets come from the stack&apos;s keychain entries (supadesk-cli alerts set-secret).</source>
        <translation>განგაშის გამგზავნის დაყენება FILE-ის (JSON) წესებითა და არხებით; არხების საიდუმლოები სტეკის ჩანაწერებიდან აიღება გასაღებების საცავში (supadesk-cli alerts set-secret).</translation>
    </message>
    <message>
        <source>A stack&apos;s backups: list them, back up now, restore drills</source>
        <translation>სტეკის სარეზერვო ასლები: სია, ახალი ასლი, საცდელი აღდგენები</translation>
    </message>
    <message>
        <source>Point-in-time recovery: archiver status, restore to a time</source>
        <translation>დროის მომენტზე აღდგენა: დამარქივებლის მდგომარეობა, აღდგენა მოცემულ დრომდე</translation>
    </message>
    <message>
        <source>Turn on WAL archiving (PITR) into this folder inside the db container (e.g. %1): WAL goes to DIR/wal, base backups to DIR/base.</source>
        <translation>WAL-ის დაარქივების (PITR) ჩართვა db კონტეინერის ამ საქაღალდეში (მაგ. %1): WAL მიდის DIR/wal-ში, საბაზისო სარეზერვო ასლები — DIR/base-ში.</translation>
    </message>
    <message>
        <source>The server&apos;s folder mounted at --wal-archive by the compose override (default %1).</source>
        <translation>სერვერის საქაღალდე, რომელსაც compose-ის override --wal-archive-ზე მიამაგრებს (ნაგულისხმევად %1).</translation>
    </message>
</context>
<context>
    <name>DatabaseStatsReader</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1-თან დაკავშირება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot read the server version: %1</source>
        <translation>სერვერის ვერსიის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is too old for the dashboard: version 10 or newer is needed.</source>
        <translation>PostgreSQL %1 დაფისთვის ძალიან ძველია: საჭიროა ვერსია 10 ან უფრო ახალი.</translation>
    </message>
    <message>
        <source>The database %1 is missing from pg_stat_database.</source>
        <translation>მონაცემთა ბაზა %1 pg_stat_database-ში არ არის.</translation>
    </message>
    <message>
        <source>The statistics sample failed: %1</source>
        <translation>სტატისტიკის ანაზომის აღება ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>ExplainRunner</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>მონაცემთა ბაზასთან კავშირი გახსნილი არ არის.</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>გეგმის საჩვენებელი ბრძანება არ არის.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>ტრანზაქციის დაწყება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The statement ran but rolling it back failed: %1</source>
        <translation>ბრძანება შესრულდა, მაგრამ მისი უკან დაბრუნება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>EXPLAIN failed: %1</source>
        <translation>EXPLAIN ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>Could not ask for the backend process: %1</source>
        <translation>სერვერის პროცესის მოთხოვნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Could not cancel the query: %1</source>
        <translation>მოთხოვნის გაუქმება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The server did not cancel the query (it may have finished).</source>
        <translation>სერვერმა მოთხოვნა არ გააუქმა (შესაძლოა, უკვე დასრულდა).</translation>
    </message>
    <message>
        <source>Only one statement can be explained at a time, and the text holds several. Select the one to explain and try again.</source>
        <translation>ერთ ჯერზე მხოლოდ ერთი ბრძანების ახსნა შეიძლება, ტექსტში კი რამდენიმეა. მონიშნეთ ასახსნელი ბრძანება და სცადეთ თავიდან.</translation>
    </message>
    <message>
        <source>EXPLAIN returned no plan.</source>
        <translation>EXPLAIN-მა გეგმა არ დააბრუნა.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>საქაღალდის %1 შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cannot open the local history %1: %2</source>
        <translation>ლოკალური ისტორიის (%1) გახსნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot read the local history %1: %2</source>
        <translation>ლოკალური ისტორიის (%1) წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The local history %1 is damaged and could not be moved aside.</source>
        <translation>ლოკალური ისტორია (%1) დაზიანებულია და მისი გვერდზე გადადება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The local history was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation>ლოკალური ისტორია დაზიანებული იყო (%1). ის გადატანილია აქ: %2, და დაიწყო ახალი, ცარიელი ისტორია.</translation>
    </message>
    <message>
        <source>The local history could not be prepared: %1</source>
        <translation>ლოკალური ისტორიის მომზადება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local history could not register a new series: %1</source>
        <translation>ლოკალურ ისტორიაში ახალი მონაცემთა რიგის რეგისტრაცია ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local history is not open.</source>
        <translation>ლოკალური ისტორია გახსნილი არ არის.</translation>
    </message>
    <message>
        <source>The local history could not start writing: %1</source>
        <translation>ლოკალურ ისტორიაში ჩაწერის დაწყება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local history could not store a sample: %1</source>
        <translation>ლოკალურ ისტორიაში ანაზომის შენახვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local history could not be read: %1</source>
        <translation>ლოკალური ისტორიის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local history could not start pruning: %1</source>
        <translation>ლოკალური ისტორიის გასუფთავების დაწყება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local history could not be pruned: %1</source>
        <translation>ლოკალური ისტორიის გასუფთავება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>No history has been recorded yet.</source>
        <translation>ისტორია ჯერ არ ჩაწერილა.</translation>
    </message>
</context>
<context>
    <name>HostKey</name>
    <message>
        <source>The host key is not valid base64 key data.</source>
        <translation>ჰოსტის გასაღები არ არის სწორი base64 გასაღების მონაცემი.</translation>
    </message>
</context>
<context>
    <name>HostKeyVerifier</name>
    <message>
        <source>The old key is in %1, line %2. Supadesk does not edit that file: remove the line yourself, e.g. with ssh-keygen -R.</source>
        <translation>ძველი გასაღები არის ფაილში %1, სტრიქონი %2. Supadesk ამ ფაილს არ არედაქტირებს: წაშალეთ ეს სტრიქონი თავად, მაგალითად ბრძანებით ssh-keygen -R.</translation>
    </message>
</context>
<context>
    <name>HypotheticalIndexAdvisor</name>
    <message>
        <source>Cannot check for hypopg: %1</source>
        <translation>hypopg-ის შემოწმება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The hypopg extension is not installed on this server. Install the package postgresql-%1-hypopg on the database host (Debian and Ubuntu), then try again.</source>
        <translation>hypopg გაფართოება ამ სერვერზე დაყენებული არ არის. დააყენეთ პაკეტი postgresql-%1-hypopg მონაცემთა ბაზის ჰოსტზე (Debian და Ubuntu), შემდეგ სცადეთ ხელახლა.</translation>
    </message>
    <message>
        <source>hypopg is installed but not created in the database “%1”.</source>
        <translation>hypopg დაყენებულია, მაგრამ მონაცემთა ბაზაში „%1“ შექმნილი არ არის.</translation>
    </message>
    <message>
        <source>Cannot create hypopg in “%1”: %2</source>
        <translation>„%1“-ში hypopg-ის შექმნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot try the index %1: %2</source>
        <translation>ინდექსის %1 მოსინჯვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>JumpBridge</name>
    <message>
        <source>Jump host %1: %2</source>
        <translation>შუალედური ჰოსტი %1: %2</translation>
    </message>
    <message>
        <source>The jump host %1 could not open a connection to %2:%3 (%4). Check that it can reach the server and allows TCP forwarding.</source>
        <translation>შუალედურმა ჰოსტმა %1 ვერ გახსნა კავშირი %2:%3-თან (%4). შეამოწმეთ, მიუწვდება თუ არა მას ხელი სერვერამდე და ნებადართულია თუ არა მასზე TCP გადამისამართება.</translation>
    </message>
    <message>
        <source>No local socket for the jump host: %1.</source>
        <translation>შუალედური ჰოსტისთვის ლოკალური სოკეტი ვერ შეიქმნა: %1.</translation>
    </message>
</context>
<context>
    <name>JumpHostList</name>
    <message>
        <source>&quot;%1&quot; is not a jump host: use [user@]host[:port], several separated by commas.</source>
        <translation>„%1“ არ არის შუალედური ჰოსტი: გამოიყენეთ [user@]host[:port], რამდენიმე — მძიმით გამოყოფილი.</translation>
    </message>
</context>
<context>
    <name>KnownHostsFile</name>
    <message>
        <source>Cannot read the known hosts file %1: %2</source>
        <translation>ცნობილი ჰოსტების ფაილის %1 წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>საქაღალდის %1 შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cannot write the known hosts file %1: %2</source>
        <translation>ცნობილი ჰოსტების ფაილში %1 ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 no longer names %3; the file was not changed.</source>
        <translation>ფაილის %2 სტრიქონი %1 აღარ შეიცავს ჰოსტს %3; ფაილი არ შეცვლილა.</translation>
    </message>
</context>
<context>
    <name>LocalListener</name>
    <message>
        <source>Cannot create a socket: %1</source>
        <translation>სოკეტის შექმნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Local port %1 is already in use by another program. Choose another port, or leave it empty to pick a free one.</source>
        <translation>ლოკალურ პორტს %1 უკვე იყენებს სხვა პროგრამა. აირჩიეთ სხვა პორტი, ან დატოვეთ ველი ცარიელი, რომ თავისუფალი პორტი ავტომატურად შეირჩეს.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 მისამართზე მოსმენა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>PgBouncerAdmin</name>
    <message>
        <source>Cannot connect to the PgBouncer admin console on %1:%2: %3</source>
        <translation>PgBouncer-ის ადმინისტრირების კონსოლთან (%1:%2) დაკავშირება ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>This build of Supadesk has no PostgreSQL client library.</source>
        <translation>Supadesk-ის ამ ანაწყობში PostgreSQL-ის კლიენტის ბიბლიოთეკა არ არის.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PgBouncer SHOW command.</source>
        <translation>„%1“ არ არის PgBouncer-ის SHOW ბრძანება.</translation>
    </message>
    <message>
        <source>SHOW %1 failed: %2</source>
        <translation>SHOW %1 ვერ შესრულდა: %2</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL connection string: %2</source>
        <translation>„%1“ PostgreSQL-თან დაკავშირების სტრიქონი არ არის: %2</translation>
    </message>
    <message>
        <source>The connection string is empty.</source>
        <translation>დაკავშირების სტრიქონი ცარიელია.</translation>
    </message>
    <message>
        <source>libpq could not read &quot;%1&quot;.</source>
        <translation>libpq-მ ვერ წაიკითხა „%1“.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in &quot;%2&quot; is not a valid port.</source>
        <translation>პორტი „%1“ სტრიქონში „%2“ სწორი პორტი არ არის.</translation>
    </message>
    <message>
        <source>The value of %1 in &quot;%2&quot; contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on.</source>
        <translation>%1-ის მნიშვნელობა სტრიქონში „%2“ წერტილ-მძიმეს შეიცავს, რომელსაც Qt-ის PostgreSQL-ის დრაივერი ვერ გადასცემს.</translation>
    </message>
</context>
<context>
    <name>PitrCommand</name>
    <message>
        <source>The PITR folder on this machine: wal/ holds the WAL archive, base/ the base backups.</source>
        <translation>PITR საქაღალდე ამ კომპიუტერზე: wal/ შეიცავს WAL-ის არქივს, base/ — საბაზისო სარეზერვო ასლებს.</translation>
    </message>
    <message>
        <source>The server whose archiver to read, as for psql; the password comes from PGPASSWORD or the password file, never from this option.</source>
        <translation>სერვერი, რომლის დამარქივებელიც უნდა წავიკითხოთ, როგორც psql-ში; პაროლი მოდის PGPASSWORD-იდან ან პაროლების ფაილიდან, არასოდეს ამ პარამეტრიდან.</translation>
    </message>
    <message>
        <source>Print the status as one JSON object.</source>
        <translation>მდგომარეობის ერთ JSON ობიექტად გამოტანა.</translation>
    </message>
    <message>
        <source>Point-in-time recovery: %1</source>
        <translation>დროის მომენტზე აღდგენა: %1</translation>
    </message>
    <message>
        <source>Base backup %1: %2 to %3</source>
        <translation>საბაზისო სარეზერვო ასლი %1: %2-დან %3-მდე</translation>
    </message>
    <message>
        <source>The moment to restore to, ISO 8601 (e.g. 2026-12-07T14:03:00Z); without an offset, this computer&apos;s local time.</source>
        <translation>მომენტი, რომელზეც უნდა აღდგეს, ISO 8601 (მაგ. 2026-12-07T14:03:00Z); წანაცვლების გარეშე — ამ კომპიუტერის ადგილობრივი დრო.</translation>
    </message>
    <message>
        <source>Where to restore: only &quot;scratch&quot; (a private cluster, never the live database).</source>
        <translation>სად აღდგეს: მხოლოდ „scratch“ (დახურული კლასტერი, არასოდეს ცოცხალი მონაცემთა ბაზა).</translation>
    </message>
    <message>
        <source>Where the scratch cluster is made (default: the temporary folder).</source>
        <translation>სად შეიქმნება დროებითი კლასტერი (ნაგულისხმევად: დროებითი საქაღალდე).</translation>
    </message>
    <message>
        <source>A query to run in the restore and print (repeatable).</source>
        <translation>მოთხოვნა, რომელიც აღდგენილ ბაზაში შესრულდება და გამოჩნდება (შეიძლება გამეორდეს).</translation>
    </message>
    <message>
        <source>Leave the scratch cluster running for inspection; the output says how to connect and how to remove it.</source>
        <translation>დროებითი კლასტერი დარჩეს გაშვებული შესამოწმებლად; გამონატანი გეტყვით, როგორ დაუკავშირდეთ და როგორ წაშალოთ.</translation>
    </message>
    <message>
        <source>Accepted for symmetry with status; the restore reads only the folder.</source>
        <translation>მიიღება status-თან სიმეტრიისთვის; აღდგენა მხოლოდ საქაღალდეს კითხულობს.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>შედეგის ერთ JSON ობიექტად გამოტანა.</translation>
    </message>
    <message>
        <source>Only --into scratch is supported: replacing the live database needs the typed confirmation of the Backups workspace.</source>
        <translation>მხარდაჭერილია მხოლოდ --into scratch: ცოცხალი მონაცემთა ბაზის ჩანაცვლებას „სარეზერვო ასლების“ სამუშაო სივრცეში აკრეფილი დადასტურება სჭირდება.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>„%1“ არ არის ISO 8601 დრო.</translation>
    </message>
    <message>
        <source>Restored to %1 from base backup %2.</source>
        <translation>აღდგა %1-ის მდგომარეობამდე საბაზისო სარეზერვო ასლიდან %2.</translation>
    </message>
    <message>
        <source>The scratch cluster keeps running: psql -h %1 -U postgres postgres</source>
        <translation>დროებითი კლასტერი კვლავ მუშაობს: psql -h %1 -U postgres postgres</translation>
    </message>
    <message>
        <source>Remove it with: %1 -D %2/data -m fast stop &amp;&amp; rm -rf %2</source>
        <translation>წაშალეთ ასე: %1 -D %2/data -m fast stop &amp;&amp; rm -rf %2</translation>
    </message>
    <message>
        <source>The scratch cluster was removed.</source>
        <translation>დროებითი კლასტერი წაიშალა.</translation>
    </message>
    <message>
        <source>Run again with --accept-new-host-key to trust this key.</source>
        <translation>ამ გასაღების სანდოდ მისაჩნევად გაუშვით ხელახლა --accept-new-host-key პარამეტრით.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>სერვერთან მიმართვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read in %1: %2</source>
        <translation>pg_stat_archiver ვერ წავიკითხეთ %1-ში: %2</translation>
    </message>
    <message>
        <source>With --stack: the server&apos;s PITR folder (default %1).</source>
        <translation>--stack-თან ერთად: სერვერის PITR საქაღალდე (ნაგულისხმევად %1).</translation>
    </message>
    <message>
        <source>With --stack: the database container (default %1).</source>
        <translation>--stack-თან ერთად: მონაცემთა ბაზის კონტეინერი (ნაგულისხმევად %1).</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli pitr status (--dsn DSN --data-dir DIR | --stack NAME [--pitr-dir DIR]) [--json]
       supadesk-cli pitr restore --data-dir DIR --target-time ISO --into scratch [--query SQL]... [--keep] [--json]
       supadesk-cli pitr restore --stack NAME --target-time ISO (--into scratch [--keep] | --into live --confirm NAME) [--json]</source>
        <translation>გამოყენება: supadesk-cli pitr status (--dsn DSN --data-dir საქაღალდე | --stack სახელი [--pitr-dir საქაღალდე]) [--json]
       supadesk-cli pitr restore --data-dir საქაღალდე --target-time ISO --into scratch [--query SQL]... [--keep] [--json]
       supadesk-cli pitr restore --stack სახელი --target-time ISO (--into scratch [--keep] | --into live --confirm სახელი) [--json]</translation>
    </message>
    <message>
        <source>Replacing the live database needs --stack NAME and --confirm with the same name, typed.</source>
        <translation>მოქმედი მონაცემთა ბაზის ჩანაცვლებას სჭირდება --stack სახელი და --confirm იმავე, აკრეფილი სახელით.</translation>
    </message>
    <message>
        <source>The scratch instance was removed.</source>
        <translation>დროებითი ეგზემპლარი წაიშალა.</translation>
    </message>
    <message>
        <source>With --into live: the stack&apos;s name, typed to confirm that the live database is replaced.</source>
        <translation>--into live-თან ერთად: სტეკის სახელი, აკრეფილი იმის დასადასტურებლად, რომ მოქმედი მონაცემთა ბაზა ჩანაცვლდება.</translation>
    </message>
    <message>
        <source>With --stack: the stack&apos;s .env on the server; its folder is the compose project (default %1).</source>
        <translation>--stack-თან ერთად: სტეკის .env სერვერზე; მისი საქაღალდე compose-ის პროექტია (ნაგულისხმევად %1).</translation>
    </message>
    <message>
        <source>With --stack: the live data directory (default: volumes/db/data beside the .env).</source>
        <translation>--stack-თან ერთად: მოქმედი მონაცემთა საქაღალდე (ნაგულისხმევად: volumes/db/data .env-ის გვერდით).</translation>
    </message>
    <message>
        <source>With --stack: PostgreSQL&apos;s programs on the server.</source>
        <translation>--stack-თან ერთად: PostgreSQL-ის პროგრამები სერვერზე.</translation>
    </message>
    <message>
        <source>With --stack: a folder put first on the server&apos;s PATH (a docker stand-in).</source>
        <translation>--stack-თან ერთად: საქაღალდე, რომელიც სერვერის PATH-ში პირველად ჩაისმება (docker-ის შემცვლელი).</translation>
    </message>
    <message>
        <source>With --into live: how long the restarted database has to answer.</source>
        <translation>--into live-თან ერთად: რამდენ ხანში უნდა უპასუხოს გადატვირთულმა მონაცემთა ბაზამ.</translation>
    </message>
</context>
<context>
    <name>PlanAnalyzer</name>
    <message>
        <source>%1 returned %2 times more rows than planned (%3 instead of %4): the planner&apos;s statistics are off; ANALYZE the tables or add extended statistics.</source>
        <translation>%1-მა დაგეგმილზე %2-ჯერ მეტი მწკრივი დააბრუნა (%3 %4-ის ნაცვლად): დამგეგმავის სტატისტიკა მცდარია; გაუშვით ANALYZE ცხრილებზე ან დაამატეთ გაფართოებული სტატისტიკა.</translation>
    </message>
    <message>
        <source>%1 returned %2 times fewer rows than planned (%3 instead of %4): the planner&apos;s statistics are off; ANALYZE the tables or add extended statistics.</source>
        <translation>%1-მა დაგეგმილზე %2-ჯერ ნაკლები მწკრივი დააბრუნა (%3 %4-ის ნაცვლად): დამგეგმავის სტატისტიკა მცდარია; გაუშვით ANALYZE ცხრილებზე ან დაამატეთ გაფართოებული სტატისტიკა.</translation>
    </message>
    <message>
        <source>%1 read %2 rows and its filter removed %3 of them (%4 %): an index on the filtered columns would read far fewer.</source>
        <translation>%1-მა წაიკითხა %2 მწკრივი და ფილტრმა მათგან %3 მოაშორა (%4 %): ინდექსი გაფილტრულ სვეტებზე გაცილებით ნაკლებს წაიკითხავდა.</translation>
    </message>
    <message>
        <source>%1 spilled %2 kB to disk: a work_mem above that would keep the sort in memory.</source>
        <translation>%1-მა დისკზე %2 კბ გადაიტანა: ამაზე დიდი work_mem დახარისხებას მეხსიერებაში დატოვებდა.</translation>
    </message>
    <message>
        <source>%1 was split into %2 batches written to disk (planned: %3): more work_mem would let the hash table fit in memory.</source>
        <translation>%1 დაიყო დისკზე ჩაწერილ %2 ნაწილად (დაგეგმილი იყო %3): მეტი work_mem ჰეშ-ცხრილს მეხსიერებაში დაატევდა.</translation>
    </message>
    <message>
        <source>%1 spilled %2 kB to disk: more work_mem (or hash_mem_multiplier) would keep it in memory.</source>
        <translation>%1-მა დისკზე %2 კბ გადაიტანა: მეტი work_mem (ან hash_mem_multiplier) მას მეხსიერებაში დატოვებდა.</translation>
    </message>
    <message>
        <source>%1 had to visit the table %2 times for %3 rows: VACUUM the table so its visibility map lets the index answer alone.</source>
        <translation>%1-ს %3 მწკრივისთვის ცხრილთან %2-ჯერ მიმართვა დასჭირდა: გაუშვით VACUUM ცხრილზე, რომ ხილვადობის რუკამ ინდექსს დამოუკიდებლად პასუხის გაცემის საშუალება მისცეს.</translation>
    </message>
    <message>
        <source>%1 became lossy on %2 blocks, so every row in them was rechecked: more work_mem keeps the bitmap exact.</source>
        <translation>%1 %2 ბლოკზე არაზუსტი (lossy) გახდა, ამიტომ მათში ყველა მწკრივი ხელახლა შემოწმდა: მეტი work_mem ბიტურ რუკას ზუსტს დატოვებს.</translation>
    </message>
    <message>
        <source>%1 planned %2 parallel workers but launched %3: raise max_parallel_workers or max_worker_processes, or run fewer parallel queries at once.</source>
        <translation>%1-მა დაგეგმა %2 პარალელური პროცესი, მაგრამ გაუშვა %3: გაზარდეთ max_parallel_workers ან max_worker_processes, ან ერთდროულად ნაკლები პარალელური მოთხოვნა გაუშვით.</translation>
    </message>
    <message>
        <source>JIT compilation took %1 ms (in all processes) for a query that ran %2 ms: for a query this short, raise jit_above_cost or set jit = off.</source>
        <translation>JIT-კომპილაციამ (ყველა პროცესში) %1 მწმ დაიკავა მოთხოვნისთვის, რომელიც %2 მწმ სრულდებოდა: ასეთი მოკლე მოთხოვნისთვის გაზარდეთ jit_above_cost ან დააყენეთ jit = off.</translation>
    </message>
    <message>
        <source>%1 ran its inner side %2 times, once for each of %3 outer rows: a hash or merge join is usually faster for inputs this large.</source>
        <translation>%1-მა შიდა მხარე %2-ჯერ შეასრულა, თითოჯერ %3 გარე მწკრივიდან თითოეულისთვის: ასეთი დიდი შემავალი მონაცემებისთვის hash ან merge join ჩვეულებრივ უფრო სწრაფია.</translation>
    </message>
    <message>
        <source>%1 found only %2 of its %3 blocks in shared buffers; the rest came from disk or the OS cache.</source>
        <translation>%1-მა თავისი %3 ბლოკიდან საერთო ბუფერებში მხოლოდ %2 იპოვა; დანარჩენი დისკიდან ან ოპერაციული სისტემის ქეშიდან მოვიდა.</translation>
    </message>
</context>
<context>
    <name>PlanJsonParser</name>
    <message>
        <source>%1 has no &quot;Node Type&quot;: this is not an EXPLAIN plan node.</source>
        <translation>%1-ს არ აქვს &quot;Node Type&quot;: ეს EXPLAIN-ის გეგმის კვანძი არ არის.</translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; has the wrong type.</source>
        <translation>%1: &quot;%2&quot;-ის მნიშვნელობას არასწორი ტიპი აქვს.</translation>
    </message>
    <message>
        <source>%1: &quot;Plans&quot; is not a list of nodes.</source>
        <translation>%1: &quot;Plans&quot; კვანძების სია არ არის.</translation>
    </message>
    <message>
        <source>%1 is not a plan node.</source>
        <translation>%1 გეგმის კვანძი არ არის.</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at line %2, column %3.</source>
        <translation>გეგმა არასწორი JSON-ია: %1, სტრიქონი %2, სვეტი %3.</translation>
    </message>
    <message>
        <source>The JSON list is empty or does not hold a plan object.</source>
        <translation>JSON-ის სია ცარიელია ან გეგმის ობიექტს არ შეიცავს.</translation>
    </message>
    <message>
        <source>The JSON has no &quot;Plan&quot; object: this is not EXPLAIN (FORMAT JSON) output.</source>
        <translation>JSON-ში &quot;Plan&quot; ობიექტი არ არის: ეს EXPLAIN (FORMAT JSON)-ის გამონატანი არ არის.</translation>
    </message>
</context>
<context>
    <name>PlanParser</name>
    <message>
        <source>The plan is empty.</source>
        <translation>გეგმა ცარიელია.</translation>
    </message>
</context>
<context>
    <name>PlanTextParser</name>
    <message>
        <source>Line %1: the value of &quot;%2&quot; is not a number.</source>
        <translation>სტრიქონი %1: &quot;%2&quot;-ის მნიშვნელობა რიცხვი არ არის.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the buffer counts &quot;%2&quot;.</source>
        <translation>სტრიქონი %1: ბუფერების რაოდენობების &quot;%2&quot; წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the I/O timings &quot;%2&quot;.</source>
        <translation>სტრიქონი %1: I/O-ის დროების &quot;%2&quot; წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the heap block counts &quot;%2&quot;.</source>
        <translation>სტრიქონი %1: heap-ის ბლოკების რაოდენობების &quot;%2&quot; წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read &quot;%2&quot;.</source>
        <translation>სტრიქონი %1: &quot;%2&quot;-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the JIT options &quot;%2&quot;.</source>
        <translation>სტრიქონი %1: JIT-ის პარამეტრების &quot;%2&quot; წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the JIT timing &quot;%2&quot;.</source>
        <translation>სტრიქონი %1: JIT-ის დროების &quot;%2&quot; წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the cost figures of the node.</source>
        <translation>სტრიქონი %1: კვანძის ღირებულების მაჩვენებლების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the actual figures of the node.</source>
        <translation>სტრიქონი %1: კვანძის ფაქტობრივი მაჩვენებლების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: the node has no name.</source>
        <translation>სტრიქონი %1: კვანძს სახელი არ აქვს.</translation>
    </message>
    <message>
        <source>Line %1 does not look like the first node of an EXPLAIN plan: &quot;%2&quot;.</source>
        <translation>სტრიქონი %1 EXPLAIN-ის გეგმის პირველ კვანძს არ ჰგავს: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Line %1: this node is not indented under any other node.</source>
        <translation>სტრიქონი %1: ეს კვანძი არცერთი სხვა კვანძის ქვეშ არ არის შეწეული.</translation>
    </message>
    <message>
        <source>Line %1: a second plan starts here; paste one plan at a time.</source>
        <translation>სტრიქონი %1: აქ მეორე გეგმა იწყება; ჩასვით ერთ ჯერზე ერთი გეგმა.</translation>
    </message>
    <message>
        <source>The text holds no plan.</source>
        <translation>ტექსტი გეგმას არ შეიცავს.</translation>
    </message>
    <message>
        <source>Line %1: the value of &quot;%2&quot; has the wrong type.</source>
        <translation>სტრიქონი %1: &quot;%2&quot;-ის მნიშვნელობას არასწორი ტიპი აქვს.</translation>
    </message>
</context>
<context>
    <name>PoolerProblem</name>
    <message>
        <source>The stack&apos;s connection has no pooler port. Set the pooler port in the stack&apos;s settings (Stack ▸ Edit Stack…) and connect again.</source>
        <translation>სტეკის კავშირს პულერის პორტი არ აქვს. მიუთითეთ პულერის პორტი სტეკის პარამეტრებში (სტეკი ▸ სტეკის რედაქტირება…) და ხელახლა დაუკავშირდით.</translation>
    </message>
    <message>
        <source>Nothing answers on the pooler port %1 on the server. Check that the pooler container runs and that the stack&apos;s pooler port is right (Stack ▸ Edit Stack…).</source>
        <translation>სერვერზე პულერის პორტზე %1 არაფერი პასუხობს. შეამოწმეთ, მუშაობს თუ არა პულერის კონტეინერი და სწორია თუ არა სტეკის პულერის პორტი (სტეკი ▸ სტეკის რედაქტირება…).</translation>
    </message>
    <message>
        <source>PgBouncer does not let %1 read its admin console (%2). Add %1 to stats_users in pgbouncer.ini and reload PgBouncer.</source>
        <translation>PgBouncer არ აძლევს %1-ს მისი ადმინისტრირების კონსოლის წაკითხვის უფლებას (%2). დაამატეთ %1 stats_users-ში pgbouncer.ini-ში და გადატვირთეთ PgBouncer-ის კონფიგურაცია.</translation>
    </message>
    <message>
        <source>The pooler&apos;s figures could not be read: %1</source>
        <translation>პულერის მონაცემების წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>This stack&apos;s pooler is Supavisor, which has no PgBouncer admin console: its figures come from its metrics endpoint. Set the stack&apos;s Supavisor metrics port (Stack ▸ Edit Stack…) and connect again.</source>
        <translation>ამ სტეკის პულერი Supavisor-ია, რომელსაც PgBouncer-ის ადმინისტრირების კონსოლი არ აქვს: მისი მაჩვენებლები მეტრიკების წერტილიდან მოდის. მიუთითეთ სტეკის Supavisor-ის მეტრიკების პორტი (სტეკი ▸ სტეკის რედაქტირება…) და ხელახლა დაუკავშირდით.</translation>
    </message>
    <message>
        <source>Supavisor&apos;s metrics need a token signed with the stack&apos;s JWT secret, and the keychain holds none for this stack. The Setup wizard stores it when it applies the stack&apos;s configuration.</source>
        <translation>Supavisor-ის მეტრიკებს სჭირდება სტეკის JWT საიდუმლოთი ხელმოწერილი ტოკენი, გასაღებების საცავში კი ამ სტეკისთვის ასეთი არ არის. გამართვის ოსტატი მას ინახავს, როცა სტეკის კონფიგურაციას გამოიყენებს.</translation>
    </message>
    <message>
        <source>Supavisor&apos;s metrics do not answer on port %1 of the server (%2). Supabase&apos;s compose file does not publish them: add &quot;127.0.0.1:%1:4000&quot; to the supavisor service&apos;s ports (the Setup wizard&apos;s docker-compose.override.yml does), or correct the stack&apos;s Supavisor metrics port.</source>
        <translation>Supavisor-ის მეტრიკები სერვერის პორტზე %1 არ პასუხობს (%2). Supabase-ის compose ფაილი მათ არ აქვეყნებს: დაამატეთ &quot;127.0.0.1:%1:4000&quot; supavisor სერვისის პორტებში (გამართვის ოსტატის docker-compose.override.yml ამას აკეთებს), ან შეასწორეთ სტეკის Supavisor-ის მეტრიკების პორტი.</translation>
    </message>
    <message>
        <source>Supavisor refused the metrics token: the stack&apos;s JWT secret in the keychain is not the METRICS_JWT_SECRET the pooler runs with.</source>
        <translation>Supavisor-მა მეტრიკების ტოკენი უარყო: გასაღებების საცავში შენახული სტეკის JWT საიდუმლო არ ემთხვევა METRICS_JWT_SECRET-ს, რომლითაც პულერი მუშაობს.</translation>
    </message>
</context>
<context>
    <name>PoolerSamplerWorker</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 წმ-ში პასუხი არ მოსულა</translation>
    </message>
</context>
<context>
    <name>PrometheusText</name>
    <message>
        <source>The answer is not in Prometheus&apos; metrics format.</source>
        <translation>პასუხი Prometheus-ის მეტრიკების ფორმატში არ არის.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>კარგი</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>გახსნა</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>გამოყენება</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;დიახ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;არა</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>გაუქმება შენახვის გარეშე</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>დახმარება</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ჩამოყრა</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ხელახლა ცდა</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>შეწყვეტა</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>იგნორირება</translation>
    </message>
</context>
<context>
    <name>ReplicaCommand</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 აუცილებელია.</translation>
    </message>
    <message>
        <source>--%1 must be a port number from 1 to 65535.</source>
        <translation>--%1 უნდა იყოს პორტის ნომერი 1-დან 65535-მდე.</translation>
    </message>
    <message>
        <source>--standby-data-dir is required.</source>
        <translation>--standby-data-dir აუცილებელია.</translation>
    </message>
    <message>
        <source>The standby setup will run these steps:</source>
        <translation>რეზერვული სერვერის გამართვა შეასრულებს ამ ნაბიჯებს:</translation>
    </message>
    <message>
        <source>Copy: %1%</source>
        <translation>ასლი: %1%</translation>
    </message>
    <message>
        <source>The standby at %1 streams from the primary on the slot %2.</source>
        <translation>რეზერვული სერვერი (%1) WAL-ს ძირითადი სერვერიდან სლოტით %2 იღებს.</translation>
    </message>
    <message>
        <source>Standbys of the primary: %1</source>
        <translation>ძირითადი სერვერის რეზერვული სერვერები: %1</translation>
    </message>
    <message>
        <source>replay lag %1, %2 behind</source>
        <translation>WAL-ის გამოყენების ჩამორჩენა %1, ჩამორჩება %2-ით</translation>
    </message>
    <message>
        <source>  slot %1: %2, holds %3 of WAL</source>
        <translation>  სლოტი %1: %2, ინახავს %3 WAL-ს</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>გამოიყენება</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>არ გამოიყენება</translation>
    </message>
    <message>
        <source>Standby: WAL receiver %1, last transaction replayed %2 ago</source>
        <translation>რეზერვული სერვერი: WAL-ის მიმღები — %1, ბოლო ტრანზაქცია გამოიყენა %2 წინ</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>არ მუშაობს</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>პრობლემა: %1</translation>
    </message>
    <message>
        <source>--old-data-dir is required.</source>
        <translation>--old-data-dir აუცილებელია.</translation>
    </message>
    <message>
        <source>The old primary streams from the new one on the slot %1.</source>
        <translation>ძველი ძირითადი სერვერი WAL-ს ახალი ძირითადი სერვერიდან სლოტით %1 იღებს.</translation>
    </message>
    <message>
        <source>The primary as a superuser (with rejoin: the new primary).</source>
        <translation>ძირითადი სერვერი სუპერმომხმარებლის სახელით (rejoin-ისას: ახალი ძირითადი სერვერი).</translation>
    </message>
    <message>
        <source>The primary&apos;s address as the standby reaches it (default: the DSN&apos;s host).</source>
        <translation>ძირითადი სერვერის მისამართი, როგორც მას რეზერვული სერვერი აღწევს (ნაგულისხმევად: DSN-ის ჰოსტი).</translation>
    </message>
    <message>
        <source>add: the standby&apos;s data directory on this machine (empty or absent).</source>
        <translation>add: რეზერვული სერვერის მონაცემების საქაღალდე ამ კომპიუტერზე (ცარიელი ან არარსებული).</translation>
    </message>
    <message>
        <source>The standby&apos;s port on this machine.</source>
        <translation>რეზერვული სერვერის პორტი ამ კომპიუტერზე.</translation>
    </message>
    <message>
        <source>The standby as a superuser (default: the primary&apos;s DSN on the standby&apos;s port).</source>
        <translation>რეზერვული სერვერი სუპერმომხმარებლის სახელით (ნაგულისხმევად: ძირითადი სერვერის DSN რეზერვული სერვერის პორტით).</translation>
    </message>
    <message>
        <source>The standby&apos;s address as the primary sees it (default 127.0.0.1).</source>
        <translation>რეზერვული სერვერის მისამართი, როგორც მას ძირითადი სერვერი ხედავს (ნაგულისხმევად 127.0.0.1).</translation>
    </message>
    <message>
        <source>The replication role (default replicator).</source>
        <translation>რეპლიკაციის როლი (ნაგულისხმევად replicator).</translation>
    </message>
    <message>
        <source>The replication slot (default: supadesk_ and the data directory&apos;s name).</source>
        <translation>რეპლიკაციის სლოტი (ნაგულისხმევად: supadesk_ და მონაცემების საქაღალდის სახელი).</translation>
    </message>
    <message>
        <source>add: commits on the primary wait for the standby.</source>
        <translation>add: ძირითად სერვერზე ტრანზაქციის დასრულება რეზერვულ სერვერს ელოდება.</translation>
    </message>
    <message>
        <source>add: check both sides and show the steps; change nothing.</source>
        <translation>add: ორივე მხარის შემოწმება და ნაბიჯების ჩვენება; არაფერი შეიცვლება.</translation>
    </message>
    <message>
        <source>promote: the old primary&apos;s data directory, to stop it (fencing).</source>
        <translation>promote: ძველი ძირითადი სერვერის მონაცემების საქაღალდე, მის გასაჩერებლად (იზოლაცია).</translation>
    </message>
    <message>
        <source>promote: the primary&apos;s host:port, to promote while it still answers.</source>
        <translation>promote: ძირითადი სერვერის host:port — დაწინაურებისთვის, სანამ ის ჯერ კიდევ პასუხობს.</translation>
    </message>
    <message>
        <source>rejoin: the old primary&apos;s data directory.</source>
        <translation>rejoin: ძველი ძირითადი სერვერის მონაცემების საქაღალდე.</translation>
    </message>
    <message>
        <source>rejoin: the old primary&apos;s port.</source>
        <translation>rejoin: ძველი ძირითადი სერვერის პორტი.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s programs (default /usr/lib/postgresql/15/bin).</source>
        <translation>PostgreSQL-ის პროგრამები (ნაგულისხმევად /usr/lib/postgresql/15/bin).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>შედეგის გამოტანა ერთ JSON ობიექტად.</translation>
    </message>
    <message>
        <source>The replication password could not be kept in the keychain (%1); the standby has it in its own configuration.</source>
        <translation>რეპლიკაციის პაროლის შენახვა გასაღებების საცავში ვერ მოხერხდა (%1); რეზერვულ სერვერს ის საკუთარ კონფიგურაციაში აქვს.</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>--standby NAME is required with --stack.</source>
        <translation>--stack-თან ერთად --standby NAME აუცილებელია.</translation>
    </message>
    <message>
        <source>The standby must be another stack than the primary.</source>
        <translation>რეზერვული სერვერი ძირითადი სერვერისგან განსხვავებული სტეკი უნდა იყოს.</translation>
    </message>
    <message>
        <source>The primary as a stack entry, reached over its SSH endpoint (the stack form).</source>
        <translation>ძირითადი სერვერი სტეკის ჩანაწერად, მისი SSH წერტილით (სტეკების ფორმა).</translation>
    </message>
    <message>
        <source>With --stack: the stack entry whose server runs (or will run) the standby.</source>
        <translation>--stack-თან ერთად: სტეკი, რომლის სერვერზეც რეზერვული სერვერი მუშაობს (ან იმუშავებს).</translation>
    </message>
    <message>
        <source>With --stack: the primary&apos;s address as the standby&apos;s server reaches it (default: the primary stack&apos;s SSH host). A private network address is best.</source>
        <translation>--stack-თან ერთად: ძირითადი სერვერის მისამართი, როგორც მას რეზერვული სერვერი აღწევს (ნაგულისხმევად: ძირითადი სტეკის SSH ჰოსტი). საუკეთესოა კერძო ქსელის მისამართი.</translation>
    </message>
    <message>
        <source>With --stack: the standby&apos;s address as the primary sees it, for pg_hba.conf and the firewall (default: the source address of its route to the primary).</source>
        <translation>--stack-თან ერთად: რეზერვული სერვერის მისამართი, როგორც მას ძირითადი სერვერი ხედავს, pg_hba.conf-ისა და ფაიერვოლისთვის (ნაგულისხმევად: ძირითადი სერვერისკენ მარშრუტის წყარო მისამართი).</translation>
    </message>
    <message>
        <source>Supadesk&apos;s known_hosts file to read and write.</source>
        <translation>Supadesk-ის known_hosts ფაილი წასაკითხად და ჩასაწერად.</translation>
    </message>
    <message>
        <source>Trust and record the key of a host seen for the first time.</source>
        <translation>პირველად ნანახი ჰოსტის გასაღების ნდობა და ჩაწერა.</translation>
    </message>
    <message>
        <source>An ssh_config file to read instead of the usual ones.</source>
        <translation>ssh_config ფაილი, რომელიც ჩვეულებრივის ნაცვლად წაიკითხება.</translation>
    </message>
    <message>
        <source>Seconds allowed for each SSH connection.</source>
        <translation>თითოეული SSH კავშირისთვის დაშვებული წამები.</translation>
    </message>
    <message>
        <source>%1 is the primary now.</source>
        <translation>%1 ახლა ძირითადი სერვერია.</translation>
    </message>
    <message>
        <source>Point the stack&apos;s services at it (POSTGRES_HOST in .env, or the pooler&apos;s upstream).</source>
        <translation>მიმართეთ სტეკის სერვისები მასზე (POSTGRES_HOST .env-ში, ან პულერის ზედა სერვერი).</translation>
    </message>
    <message>
        <source>history needs --stack NAME.</source>
        <translation>history-ს (გადართვების ისტორიას) სჭირდება --stack NAME.</translation>
    </message>
    <message>
        <source>No failover recorded for %1.</source>
        <translation>%1-ისთვის გადართვა არ არის ჩაწერილი.</translation>
    </message>
    <message>
        <source>lag %1 bytes</source>
        <translation>ჩამორჩენა %1 ბაიტი</translation>
    </message>
    <message>
        <source>add, status, promote, rejoin or history</source>
        <translation>add, status, promote, rejoin ან history (გადართვების ისტორია)</translation>
    </message>
    <message>
        <source>promote: leave the stack&apos;s services pointing where they do (.env, pooler).</source>
        <translation>promote: სტეკის სერვისები დარჩეს იქ მიმართული, სადაც ახლაა (.env, პულერი).</translation>
    </message>
    <message>
        <source>promote: how the stack&apos;s services are restarted (default docker compose).</source>
        <translation>promote: როგორ გადაიტვირთება სტეკის სერვისები (ნაგულისხმევად docker compose).</translation>
    </message>
    <message>
        <source>promote: the services to recreate, comma-separated (default: all that changed).</source>
        <translation>promote: ხელახლა შესაქმნელი სერვისები, მძიმით გამოყოფილი (ნაგულისხმევად: ყველა შეცვლილი).</translation>
    </message>
    <message>
        <source>promote: a PgBouncer ini on the stack&apos;s server whose [databases] follow the new primary.</source>
        <translation>promote: PgBouncer-ის ini სტეკის სერვერზე, რომლის [databases] სექციის მონაცემთა ბაზები ახალ ძირითად სერვერზე გადაიმართება.</translation>
    </message>
    <message>
        <source>Name one action: add, status, promote, rejoin or history.</source>
        <translation>მიუთითეთ ერთი მოქმედება: add, status, promote, rejoin ან history (გადართვების ისტორია).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: add, status, promote, rejoin or history.</source>
        <translation>უცნობი მოქმედება „%1“: add, status, promote, rejoin ან history (გადართვების ისტორია).</translation>
    </message>
    <message>
        <source>rejoin --stack NEW --standby OLD: --standby names the old primary&apos;s stack.</source>
        <translation>rejoin --stack NEW --standby OLD: --standby ძველი ძირითადი სერვერის სტეკს ასახელებს.</translation>
    </message>
    <message>
        <source>%1 streams from %2 now.</source>
        <translation>%1 ახლა WAL-ს %2-დან იღებს.</translation>
    </message>
</context>
<context>
    <name>RunbookCommand</name>
    <message>
        <source>The stack the runbook is for.</source>
        <translation>სტეკი, რომლისთვისაც სახელმძღვანელო იწერება.</translation>
    </message>
    <message>
        <source>en or ka (default: the interface&apos;s).</source>
        <translation>en ან ka (ნაგულისხმევად: ინტერფეისის ენა).</translation>
    </message>
    <message>
        <source>Write to FILE instead of printing.</source>
        <translation>ჩაწერა ფაილში გამოტანის ნაცვლად.</translation>
    </message>
    <message>
        <source>A contact: name, role, phone or e-mail (repeatable).</source>
        <translation>საკონტაქტო პირი: სახელი, როლი, ტელეფონი ან ელფოსტა (შეიძლება გამეორდეს).</translation>
    </message>
    <message>
        <source>The server&apos;s backup folder (default %1).</source>
        <translation>სერვერის სარეზერვო ასლების საქაღალდე (ნაგულისხმევად %1).</translation>
    </message>
    <message>
        <source>The rclone remote of the off-site copy, if any.</source>
        <translation>rclone-ის დაშორებული საცავი სერვერის გარეთ შენახული ასლისთვის, თუ არის.</translation>
    </message>
    <message>
        <source>The server&apos;s PITR folder, when point-in-time recovery is set up (e.g. %1).</source>
        <translation>სერვერის PITR საქაღალდე, თუ დროის მომენტზე აღდგენა გამართულია (მაგ. %1).</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელად „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>md (default) or pdf (needs --output).</source>
        <translation>md (ნაგულისხმევად) ან pdf (საჭიროა --output).</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli backup runbook --stack NAME [--format md|pdf] [--lang en|ka] [--output FILE] [--contact TEXT]... [--pitr-dir DIR]</source>
        <translation>გამოყენება: supadesk-cli backup runbook --stack სახელი [--format md|pdf] [--lang en|ka] [--output ფაილი] [--contact ტექსტი]... [--pitr-dir საქაღალდე]</translation>
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
    <name>SftpClient</name>
    <message>
        <source>The server refused file transfer (SFTP): %1</source>
        <translation>სერვერმა უარი თქვა ფაილების გადაცემაზე (SFTP): %1</translation>
    </message>
    <message>
        <source>Cannot open %1 on the server: %2</source>
        <translation>სერვერზე %1 ვერ გაიხსნა: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 on the server: %2</source>
        <translation>სერვერზე %1 ვერ წაიკითხა: %2</translation>
    </message>
    <message>
        <source>Cannot create %1 on the server: %2</source>
        <translation>სერვერზე %1 ვერ შეიქმნა: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 on the server: %2</source>
        <translation>სერვერზე %1 ვერ ჩაიწერა: %2</translation>
    </message>
    <message>
        <source>Cannot move the new file into place at %1: %2</source>
        <translation>ახალი ფაილის გადატანა %1 მისამართზე ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1 does not exist on the server: %2</source>
        <translation>%1 სერვერზე არ არსებობს: %2</translation>
    </message>
    <message>
        <source>Cannot list %1 on the server: %2</source>
        <translation>სერვერზე %1-ის შიგთავსის ჩამოთვლა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1 with its owner and group kept (user %2, group %3): only root can. Log in as root or use sudo.</source>
        <translation>%1 ვერ ჩანაცვლდება მფლობელისა და ჯგუფის შენარჩუნებით (მომხმარებელი %2, ჯგუფი %3): ამის გაკეთება მხოლოდ root-ს შეუძლია. შედით root-ით ან გამოიყენეთ sudo.</translation>
    </message>
</context>
<context>
    <name>SingleStatementQuery</name>
    <message>
        <source>The PostgreSQL connection is not open.</source>
        <translation>PostgreSQL-თან კავშირი გახსნილი არ არის.</translation>
    </message>
</context>
<context>
    <name>SshCliOptions</name>
    <message>
        <source>Use the SSH settings of this stack.</source>
        <translation>ამ სტეკის SSH პარამეტრების გამოყენება.</translation>
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
        <source>Private key file (implies key authentication).</source>
        <translation>პირადი გასაღების ფაილი (ნიშნავს გასაღებით ავთენტიფიკაციას).</translation>
    </message>
    <message>
        <source>agent, key or password.</source>
        <translation>agent, key ან password.</translation>
    </message>
    <message>
        <source>Supadesk&apos;s known_hosts file to read and write.</source>
        <translation>Supadesk-ის known_hosts ფაილი წასაკითხად და ჩასაწერად.</translation>
    </message>
    <message>
        <source>Trust and record the key of a host seen for the first time.</source>
        <translation>პირველად ნანახი ჰოსტის გასაღების სანდოდ მიჩნევა და შენახვა.</translation>
    </message>
    <message>
        <source>Seconds allowed for connecting.</source>
        <translation>დასაკავშირებლად დაშვებული წამები.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a forward: use LOCALPORT:REMOTEHOST:REMOTEPORT, e.g. 5433:127.0.0.1:5432.</source>
        <translation>„%1“ არ არის გადამისამართება: გამოიყენეთ ლოკალურიპორტი:დისტანციურიჰოსტი:დისტანციურიპორტი, მაგალითად 5433:127.0.0.1:5432.</translation>
    </message>
    <message>
        <source>There is no stack called &quot;%1&quot;.</source>
        <translation>სტეკი სახელით „%1“ არ არსებობს.</translation>
    </message>
    <message>
        <source>Give --stack NAME, or --host HOST for an ad hoc connection.</source>
        <translation>მიუთითეთ --stack სახელი, ან --host ჰოსტი ერთჯერადი კავშირისთვის.</translation>
    </message>
    <message>
        <source>The SSH port must be a number from 1 to 65535.</source>
        <translation>SSH პორტი უნდა იყოს რიცხვი 1-დან 65535-მდე.</translation>
    </message>
    <message>
        <source>Unknown authentication method &quot;%1&quot;: use agent, key or password.</source>
        <translation>ავთენტიფიკაციის უცნობი მეთოდი „%1“: გამოიყენეთ agent, key ან password.</translation>
    </message>
    <message>
        <source>Jump hosts to pass through, as ssh -J: [user@]host[:port], comma-separated.</source>
        <translation>შუალედური ჰოსტები, რომლებზეც კავშირი გაივლის, როგორც ssh -J-ში: [user@]host[:port], მძიმით გამოყოფილი.</translation>
    </message>
    <message>
        <source>An ssh_config file to read instead of ~/.ssh/config and /etc/ssh/ssh_config, as ssh -F.</source>
        <translation>ssh_config ფაილი, რომელიც ~/.ssh/config-ისა და /etc/ssh/ssh_config-ის ნაცვლად წაიკითხება, როგორც ssh -F.</translation>
    </message>
</context>
<context>
    <name>SshConfigResolver</name>
    <message>
        <source>&quot;%1&quot; is not a host name: it starts with &quot;-&quot;, which ssh would read as an option.</source>
        <translation>„%1“ ჰოსტის სახელი არ არის: ის „-“-ით იწყება, რასაც ssh პარამეტრად წაიკითხავდა.</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>The host name %1 could not be resolved (%2). Check the spelling and your DNS settings.</source>
        <translation>ჰოსტის სახელი %1 ვერ გაირკვა (%2). შეამოწმეთ მართლწერა და DNS-ის პარამეტრები.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>დაკავშირება გაუქმდა.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on port %2. Check the port.</source>
        <translation>%1-მა უარყო კავშირი: პორტზე %2 SSH სერვერი არ უსმენს. შეამოწმეთ პორტი.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Check the host, the port and any firewall in between.</source>
        <translation>
            <numerusform>%1-მა არ უპასუხა %n წამში. შეამოწმეთ ჰოსტი, პორტი და შუალედში არსებული ფაიერვოლი.</numerusform>
            <numerusform>%1-მა არ უპასუხა %n წამში. შეამოწმეთ ჰოსტი, პორტი და შუალედში არსებული ფაიერვოლი.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 მიუწვდომელია: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but the SSH handshake did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1-მა მიიღო კავშირი, მაგრამ SSH-ით კავშირის დამყარება (handshake) %n წამში არ დასრულდა.</numerusform>
            <numerusform>%1-მა მიიღო კავშირი, მაგრამ SSH-ით კავშირის დამყარება (handshake) %n წამში არ დასრულდა.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation>SSH-ით კავშირის დამყარება (handshake) %1-თან ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1 sent no host key: %2</source>
        <translation>%1-მა ჰოსტის გასაღები არ გამოგზავნა: %2</translation>
    </message>
    <message>
        <source>The host key of %1 cannot be read.</source>
        <translation>%1-ის ჰოსტის გასაღების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed. Someone may be intercepting the connection (man-in-the-middle), or the server was reinstalled. The server now presents %2 key %3. The old key is in %4, line %5. Supadesk refused to connect; remove the old key only if you know why it changed.</source>
        <translation>გაფრთხილება: %1-ის ჰოსტის გასაღები შეიცვალა. შესაძლოა კავშირი ვიღაცამ ჩაჭრა (შუამავლის შეტევა), ან სერვერი ხელახლა დაყენდა. სერვერი ახლა გვაწვდის %2 გასაღებს %3. ძველი გასაღები არის ფაილში %4, სტრიქონი %5. Supadesk-მა დაკავშირებაზე უარი თქვა; ძველი გასაღები წაშალეთ მხოლოდ მაშინ, თუ იცით, რატომ შეიცვალა.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is marked as revoked in %4, line %5. Supadesk refused to connect.</source>
        <translation>%1-ის ჰოსტის გასაღები (%2 %3) გაუქმებულად არის მონიშნული ფაილში %4, სტრიქონი %5. Supadesk-მა დაკავშირებაზე უარი თქვა.</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established. Its %2 key fingerprint is %3. Trust it only if it is the fingerprint of your server.</source>
        <translation>%1-ის ნამდვილობის დადგენა შეუძლებელია. მისი %2 გასაღების ანაბეჭდია %3. ენდეთ მას მხოლოდ მაშინ, თუ ეს თქვენი სერვერის ანაბეჭდია.</translation>
    </message>
    <message>
        <source>%1 asks for a further authentication step, which Supadesk does not support yet.</source>
        <translation>%1 ითხოვს ავთენტიფიკაციის დამატებით ნაბიჯს, რომელსაც Supadesk ჯერ არ უჭერს მხარს.</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation>ავთენტიფიკაცია %1-თან ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set). Start ssh-agent and add your key with ssh-add, or choose a key file.</source>
        <translation>SSH აგენტი გაშვებული არ არის (SSH_AUTH_SOCK არ არის მითითებული). გაუშვით ssh-agent და დაამატეთ გასაღები ssh-add-ით, ან აირჩიეთ გასაღების ფაილი.</translation>
    </message>
    <message>
        <source>The SSH agent socket %1 does not exist: the agent has stopped. Start it again, or choose a key file.</source>
        <translation>SSH აგენტის სოკეტი %1 არ არსებობს: აგენტი გაჩერდა. გაუშვით ის ხელახლა, ან აირჩიეთ გასაღების ფაილი.</translation>
    </message>
    <message>
        <source>%1 accepted none of the SSH agent&apos;s keys for user %2.</source>
        <translation>%1-მა მომხმარებლისთვის %2 SSH აგენტის არცერთი გასაღები არ მიიღო.</translation>
    </message>
    <message>
        <source>No private key file is set for this connection.</source>
        <translation>ამ კავშირისთვის პირადი გასაღების ფაილი მითითებული არ არის.</translation>
    </message>
    <message>
        <source>The private key file %1 does not exist.</source>
        <translation>პირადი გასაღების ფაილი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation>პირადი გასაღების ფაილის %1 წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The private key %1 is protected by a passphrase. Enter the passphrase.</source>
        <translation>პირადი გასაღები %1 დაცულია საიდუმლო ფრაზით. შეიყვანეთ საიდუმლო ფრაზა.</translation>
    </message>
    <message>
        <source>The passphrase for the private key %1 is wrong.</source>
        <translation>პირადი გასაღების %1 საიდუმლო ფრაზა არასწორია.</translation>
    </message>
    <message>
        <source>%1 is not a private key Supadesk can read (ed25519, ecdsa or rsa in OpenSSH or PEM format).</source>
        <translation>%1 არ არის პირადი გასაღები, რომლის წაკითხვაც Supadesk-ს შეუძლია (ed25519, ecdsa ან rsa, OpenSSH ან PEM ფორმატში).</translation>
    </message>
    <message>
        <source>%1 did not accept the key %2 for user %3.</source>
        <translation>%1-მა მომხმარებლისთვის %3 გასაღები %2 არ მიიღო.</translation>
    </message>
    <message>
        <source>%1 did not accept the password for user %2 (or does not allow password log-in).</source>
        <translation>%1-მა მომხმარებლის %2 პაროლი არ მიიღო (ან პაროლით შესვლას არ უშვებს).</translation>
    </message>
    <message>
        <source>Running a remote command failed (%1): %2</source>
        <translation>დისტანციური ბრძანების გაშვება ვერ მოხერხდა (%1): %2</translation>
    </message>
    <message>
        <source>%1 is known by its %2 key, but now presents a %3 key that is not known for it (fingerprint %4). The server may have gained a new key, or someone may be intercepting the connection. Supadesk refused to connect and did not record the key; trust it only after checking the fingerprint with the server&apos;s administrator.</source>
        <translation>%1 ცნობილია თავისი %2 გასაღებით, მაგრამ ახლა გვაწვდის %3 გასაღებს, რომელიც მისთვის ცნობილი არ არის (ანაბეჭდი %4). შესაძლოა სერვერს ახალი გასაღები დაემატა, ან კავშირი ვიღაცამ ჩაჭრა. Supadesk-მა დაკავშირებაზე უარი თქვა და გასაღები არ ჩაიწერა; ენდეთ მას მხოლოდ მას შემდეგ, რაც ანაბეჭდს სერვერის ადმინისტრატორთან გადაამოწმებთ.</translation>
    </message>
</context>
<context>
    <name>StackConnection</name>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>გათიშულია</translation>
    </message>
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
        <source>Failed</source>
        <translation>ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 (timeout %3 s)…</source>
        <translation>დაკავშირება %1:%2-თან (ვადა %3 წმ)…</translation>
    </message>
    <message>
        <source>There is no new host key to trust.</source>
        <translation>სანდოდ მისაჩნევი ახალი ჰოსტის გასაღები არ არის.</translation>
    </message>
    <message>
        <source>No changed host key was found.</source>
        <translation>შეცვლილი ჰოსტის გასაღები ვერ მოიძებნა.</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation>ხელახლა დაკავშირება %1 წამში: %2</translation>
    </message>
    <message>
        <source>The connection ended.</source>
        <translation>კავშირი დასრულდა.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting: %1</source>
        <translation>კავშირი გაწყდა, ხელახლა უკავშირდება: %1</translation>
    </message>
</context>
<context>
    <name>StatStatementsReader</name>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Cannot read the statistics: %1</source>
        <translation>სტატისტიკის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded by the server but not created in the database “%1”. Run CREATE EXTENSION pg_stat_statements; in that database (as a superuser), then refresh.</source>
        <translation>pg_stat_statements სერვერზე ჩატვირთულია, მაგრამ მონაცემთა ბაზაში „%1“ შექმნილი არ არის. გაუშვით CREATE EXTENSION pg_stat_statements; ამ ბაზაში (სუპერმომხმარებლის სახელით), შემდეგ განაახლეთ.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not enabled on this server. Add it to postgresql.conf:
shared_preload_libraries = &apos;pg_stat_statements&apos;
restart PostgreSQL, run CREATE EXTENSION pg_stat_statements; in the database “%1”, then refresh.</source>
        <translation>pg_stat_statements ამ სერვერზე ჩართული არ არის. დაამატეთ postgresql.conf-ში:
shared_preload_libraries = &apos;pg_stat_statements&apos;
გადატვირთეთ PostgreSQL, გაუშვით CREATE EXTENSION pg_stat_statements; ბაზაში „%1“, შემდეგ განაახლეთ.</translation>
    </message>
    <message>
        <source>Cannot reset the statistics: %1</source>
        <translation>სტატისტიკის განულება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Cannot create pg_stat_statements: %1</source>
        <translation>pg_stat_statements-ის შექმნა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>SupavisorFigures</name>
    <message>
        <source>The answer holds no Supavisor metrics: another program may be listening on that port.</source>
        <translation>პასუხში Supavisor-ის მეტრიკები არ არის: შესაძლოა, ამ პორტს სხვა პროგრამა უსმენს.</translation>
    </message>
</context>
<context>
    <name>TunnelWorker</name>
    <message>
        <source>The SSH connection was closed: %1</source>
        <translation>SSH კავშირი დაიხურა: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering (no reply for %n second(s)).</source>
        <translation>
            <numerusform>სერვერმა პასუხის გაცემა შეწყვიტა (პასუხი არ ყოფილა %n წამის განმავლობაში).</numerusform>
            <numerusform>სერვერმა პასუხის გაცემა შეწყვიტა (პასუხი არ ყოფილა %n წამის განმავლობაში).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UptimeLogPuller</name>
    <message>
        <source>The probe logs are already being fetched.</source>
        <translation>ზონდის ჟურნალები უკვე ჩამოიტვირთება.</translation>
    </message>
    <message>
        <source>Connect to the stack first: its probe logs are fetched over SSH.</source>
        <translation>ჯერ დაუკავშირდით სტეკს: მისი ზონდის ჟურნალები SSH-ით ჩამოიტვირთება.</translation>
    </message>
    <message>
        <source>Fetching the probe logs was cancelled.</source>
        <translation>ზონდის ჟურნალების ჩამოტვირთვა გაუქმდა.</translation>
    </message>
    <message>
        <source>The connection to the stack was closed.</source>
        <translation>სტეკთან კავშირი დაიხურა.</translation>
    </message>
</context>
<context>
    <name>UptimeStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>საქაღალდის %1 შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cannot open the local history %1: %2</source>
        <translation>ლოკალური ისტორიის %1 გახსნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot read the local history %1: %2</source>
        <translation>ლოკალური ისტორიის %1 წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The local history %1 is damaged and could not be moved aside.</source>
        <translation>ლოკალური ისტორია %1 დაზიანებულია და მისი გვერდზე გადატანა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The local history was damaged (%1). It was moved to %2 and a new, empty history was started.</source>
        <translation>ლოკალური ისტორია დაზიანებული იყო (%1). ის გადატანილია აქ: %2 და დაიწყო ახალი, ცარიელი ისტორია.</translation>
    </message>
    <message>
        <source>The local uptime history could not be prepared: %1</source>
        <translation>ხელმისაწვდომობის ლოკალური ისტორიის მომზადება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local uptime history is not open.</source>
        <translation>ხელმისაწვდომობის ლოკალური ისტორია არ არის გახსნილი.</translation>
    </message>
    <message>
        <source>The local uptime history could not start writing: %1</source>
        <translation>ხელმისაწვდომობის ლოკალურ ისტორიაში ჩაწერის დაწყება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local uptime history could not be written: %1</source>
        <translation>ხელმისაწვდომობის ლოკალურ ისტორიაში ჩაწერა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local uptime history could not be read: %1</source>
        <translation>ხელმისაწვდომობის ლოკალური ისტორიის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local uptime history could not store a probe: %1</source>
        <translation>ხელმისაწვდომობის ლოკალურ ისტორიაში ზონდის შედეგის შენახვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>A maintenance window must end after it starts.</source>
        <translation>ტექნიკური მომსახურების ფანჯარა უნდა დასრულდეს დაწყების შემდეგ.</translation>
    </message>
    <message>
        <source>There is no such maintenance window.</source>
        <translation>ასეთი ტექნიკური მომსახურების ფანჯარა არ არსებობს.</translation>
    </message>
    <message>
        <source>The availability target must be above 0% and below 100%.</source>
        <translation>ხელმისაწვდომობის მიზანი უნდა იყოს 0%-ზე მეტი და 100%-ზე ნაკლები.</translation>
    </message>
    <message>
        <source>The local uptime history could not be pruned: %1</source>
        <translation>ხელმისაწვდომობის ლოკალური ისტორიის გასუფთავება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Probes run every %1 to %2 seconds, and a component is down after %3 to %4 consecutive failures.</source>
        <translation>ზონდი შეიძლება ეშვებოდეს ყოველ %1–%2 წამში, ხოლო კომპონენტი გათიშულად ითვლება ზონდის %3–%4 ზედიზედ წარუმატებელი შემოწმების შემდეგ.</translation>
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
        <translation>სამაგიდო კონსოლი საკუთარ სერვერებზე გაშვებული Supabase სტეკებისთვის: გამართვა, მოთხოვნების ანალიზი, სტატისტიკა რეალურ დროში და ხელმისაწვდომობა, SSH-ით.</translation>
    </message>
    <message>
        <source>Supadesk is free software: you can redistribute it and modify it under the terms of the %1, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Supadesk თავისუფალი პროგრამაა: შეგიძლიათ გაავრცელოთ და შეცვალოთ ის შემდეგი ლიცენზიის პირობებით: %1, ვერსია 3 ან (თქვენი არჩევანით) ნებისმიერი უფრო ახალი ვერსია. პროგრამა ვრცელდება ყოველგვარი გარანტიის გარეშე.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU-ს ზოგადი საჯარო ლიცენზია</translation>
    </message>
</context>
<context>
    <name>supadesk::AcmeOutcome</name>
    <message>
        <source>certbot ended with status %1 and said nothing.</source>
        <translation>certbot დასრულდა სტატუსით %1 და არაფერი უთქვამს.</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s rate limit was reached: wait before asking again (Let&apos;s Encrypt allows 5 failed validations per name an hour and 50 certificates per domain a week).</source>
        <translation>სერტიფიკატების ცენტრის ლიმიტი ამოიწურა: ხელახლა ცდამდე დაელოდეთ (Let&apos;s Encrypt ერთ სახელზე საათში 5 წარუმატებელ შემოწმებას და ერთ დომენზე კვირაში 50 სერტიფიკატს უშვებს).</translation>
    </message>
    <message>
        <source>The certificate authority refused the e-mail address: give one at a real domain you read.</source>
        <translation>სერტიფიკატების ცენტრმა ელფოსტის მისამართი არ მიიღო: მიუთითეთ ნამდვილ დომენზე არსებული მისამართი, რომელსაც კითხულობთ.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>სახელი</translation>
    </message>
    <message>
        <source>The certificate authority did not issue the certificate.</source>
        <translation>სერტიფიკატების ცენტრმა სერტიფიკატი არ გასცა.</translation>
    </message>
    <message>
        <source>The domain&apos;s CAA record does not allow this certificate authority to issue for %1: add a CAA record for it (e.g. 0 issue &quot;letsencrypt.org&quot;) or remove the restriction.</source>
        <translation>დომენის CAA ჩანაწერი ამ სერტიფიკატების ცენტრს %1-ისთვის სერტიფიკატის გაცემის უფლებას არ აძლევს: დაამატეთ მისთვის CAA ჩანაწერი (მაგ. 0 issue &quot;letsencrypt.org&quot;) ან მოხსენით შეზღუდვა.</translation>
    </message>
    <message>
        <source>%1 does not resolve to this server for the certificate authority: add an A (or AAAA) record with the server&apos;s public address and wait until it is visible before trying again.</source>
        <translation>%1 სერტიფიკატების ცენტრისთვის ამ სერვერზე არ მიუთითებს: დაამატეთ A (ან AAAA) ჩანაწერი სერვერის საჯარო მისამართით და დაელოდეთ, სანამ ის ხილული გახდება, შემდეგ კი კვლავ სცადეთ.</translation>
    </message>
    <message>
        <source>Nothing answered the certificate authority on port 80 of %1: open port 80 to the internet (ufw, the provider&apos;s firewall or security group, a router&apos;s forwarding) — the check comes from outside.</source>
        <translation>სერტიფიკატების ცენტრს %1-ის 80-ე პორტზე არავინ უპასუხა: გახსენით 80-ე პორტი ინტერნეტისთვის (ufw, პროვაიდერის ფაიერვოლი ან უსაფრთხოების ჯგუფი, როუტერის გადამისამართება) — შემოწმება გარედან ხდება.</translation>
    </message>
    <message>
        <source>Another server answered the certificate authority for %1 on port 80: the name points at a different address, or port 80 reaches another program than the proxy.</source>
        <translation>სერტიფიკატების ცენტრს %1-ისთვის 80-ე პორტზე სხვა სერვერმა უპასუხა: სახელი სხვა მისამართზე მიუთითებს, ან 80-ე პორტი პროქსის ნაცვლად სხვა პროგრამას მიეწოდება.</translation>
    </message>
    <message>
        <source>The certificate authority will not issue for %1 (its policy).</source>
        <translation>სერტიფიკატების ცენტრი %1-ისთვის სერტიფიკატს არ გასცემს (მისი წესების გამო).</translation>
    </message>
</context>
<context>
    <name>supadesk::ActivityPanel</name>
    <message>
        <source>Hide idle sessions</source>
        <translation>უქმი სესიების დამალვა</translation>
    </message>
    <message>
        <source>Cancel Query</source>
        <translation>მოთხოვნის გაუქმება</translation>
    </message>
    <message>
        <source>Cancel the selected session&apos;s running statement (pg_cancel_backend), Ctrl+.</source>
        <translation>არჩეულ სესიაში მიმდინარე ბრძანების გაუქმება (pg_cancel_backend), Ctrl+.</translation>
    </message>
    <message>
        <source>Terminate Session</source>
        <translation>სესიის დასრულება</translation>
    </message>
    <message>
        <source>End the selected session and roll back its transaction (pg_terminate_backend), Ctrl+Shift+Del</source>
        <translation>არჩეული სესიის დასრულება და მისი ტრანზაქციის დაბრუნება (pg_terminate_backend), Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Blocked sessions and what blocks them</source>
        <translation>დაბლოკილი სესიები და ის, რაც მათ ბლოკავს</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>მომხმარებელი</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>აპლიკაცია</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Wait event</source>
        <translation>მოლოდინის მოვლენა</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ხანგრძლივობა</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>მოთხოვნა</translation>
    </message>
    <message>
        <source>Blocked PID</source>
        <translation>დაბლოკილი PID</translation>
    </message>
    <message>
        <source>Blocked user</source>
        <translation>დაბლოკილი მომხმარებელი</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>ელოდება</translation>
    </message>
    <message>
        <source>Blocking PID</source>
        <translation>დამბლოკავი PID</translation>
    </message>
    <message>
        <source>Blocking user</source>
        <translation>დამბლოკავი მომხმარებელი</translation>
    </message>
    <message>
        <source>Blocking query</source>
        <translation>დამბლოკავი მოთხოვნა</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 წმ</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(დამალულია)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n სესია</numerusform>
            <numerusform>%n სესია</numerusform>
        </translation>
    </message>
    <message>
        <source>No session is waiting for a lock.</source>
        <translation>არცერთი სესია არ ელოდება ბლოკირების მოხსნას.</translation>
    </message>
    <message>
        <source>End session %1 of “%2”? Its open transaction is rolled back and the client is disconnected.</source>
        <translation>დავასრულოთ „%2“-ის სესია %1? მისი ღია ტრანზაქცია დაბრუნდება და კლიენტი გაითიშება.</translation>
    </message>
    <message>
        <source>Cancel the statement session %1 of “%2” is running? The client gets an error.</source>
        <translation>გავაუქმოთ ბრძანება, რომელსაც „%2“-ის სესია %1 ასრულებს? კლიენტი მიიღებს შეცდომას.</translation>
    </message>
    <message>
        <source>Terminating session %1…</source>
        <translation>სესია %1 სრულდება…</translation>
    </message>
    <message>
        <source>Cancelling session %1…</source>
        <translation>სესია %1-ის ბრძანება უქმდება…</translation>
    </message>
    <message>
        <source>Session %1 was terminated.</source>
        <translation>სესია %1 დასრულდა.</translation>
    </message>
    <message>
        <source>The statement of session %1 was cancelled.</source>
        <translation>სესია %1-ის ბრძანება გაუქმდა.</translation>
    </message>
</context>
<context>
    <name>supadesk::AddStandbyDialog</name>
    <message>
        <source>Add Standby</source>
        <translation>რეზერვული სერვერის დამატება</translation>
    </message>
    <message>
        <source>Make a streaming copy of this stack&apos;s database on another stack&apos;s server. Both servers are checked first and nothing changes before you press Run; if a step fails, the steps done are undone.</source>
        <translation>ამ სტეკის მონაცემთა ბაზის ნაკადური ასლის შექმნა სხვა სტეკის სერვერზე. ჯერ ორივე სერვერი შემოწმდება და „გაშვებაზე“ დაჭერამდე არაფერი შეიცვლება; თუ ნაბიჯი ვერ შესრულდა, შესრულებული ნაბიჯები დაბრუნდება.</translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation>ძირითადი სერვერი:</translation>
    </message>
    <message>
        <source>Standby server (a stack):</source>
        <translation>რეზერვული სერვერი (სტეკი):</translation>
    </message>
    <message>
        <source>Data directory on the standby:</source>
        <translation>მონაცემების საქაღალდე რეზერვულ სერვერზე:</translation>
    </message>
    <message>
        <source>Synchronous replication</source>
        <translation>სინქრონული რეპლიკაცია</translation>
    </message>
    <message>
        <source>Each commit on the primary waits until the standby has it: a failover loses no committed write. The price: every write takes a round trip longer, and writes stop while the standby is down.</source>
        <translation>ძირითად სერვერზე ყოველი ტრანზაქციის დასრულება ელოდება, სანამ ის რეზერვულ სერვერს მიაღწევს: სერვერის შეცვლისას დასრულებული ჩანაწერი არ იკარგება. ფასი: ყოველი ჩაწერა ერთი მიმოსვლით მეტხანს გრძელდება, ხოლო სანამ რეზერვული სერვერი მიუწვდომელია, ჩაწერა ჩერდება.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ნაბიჯები:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ნაბიჯი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Check and Show Steps</source>
        <translation>შემოწმება და ნაბიჯების ჩვენება</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>გაშვება</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Add the standby&apos;s server as a stack first: it needs an SSH endpoint of its own.</source>
        <translation>ჯერ რეზერვული სერვერი სტეკად დაამატეთ: მას საკუთარი SSH წერტილი სჭირდება.</translation>
    </message>
    <message>
        <source>Cancelling: the step under way finishes, then the steps done are undone.</source>
        <translation>უქმდება: მიმდინარე ნაბიჯი დასრულდება, შემდეგ შესრულებული ნაბიჯები დაბრუნდება.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Checking both servers…</source>
        <translation>ორივე სერვერის შემოწმება…</translation>
    </message>
    <message>
        <source>Setting up the standby…</source>
        <translation>რეზერვული სერვერის გამართვა…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>სრულდება</translation>
    </message>
    <message>
        <source>Refused before any change: %1</source>
        <translation>უარყოფილია ცვლილებამდე: %1</translation>
    </message>
    <message>
        <source>The standby was not set up: %1</source>
        <translation>რეზერვული სერვერის გამართვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Both servers passed the checks. These steps run when you press Run.</source>
        <translation>ორივე სერვერმა შემოწმება გაიარა. ეს ნაბიჯები „გაშვებაზე“ დაჭერისას შესრულდება.</translation>
    </message>
    <message>
        <source>%1 streams from %2.</source>
        <translation>%1 WAL-ს %2-დან ნაკადით იღებს.</translation>
    </message>
</context>
<context>
    <name>supadesk::AdvisorFixApplier</name>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>ტრანზაქციის დაწყება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The fix failed at “%1”: %2. Nothing was changed.</source>
        <translation>შესწორება ჩავარდა ბრძანებაზე „%1“: %2. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The fix could not be committed: %1. Nothing was changed.</source>
        <translation>შესწორების დადასტურება (commit) ვერ მოხერხდა: %1. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>%1 is not a database advisor.</source>
        <translation>%1 მონაცემთა ბაზის მრჩეველი არ არის.</translation>
    </message>
    <message>
        <source>%1 has no SQL fix to apply.</source>
        <translation>%1-ს გამოსაყენებელი SQL შესწორება არ აქვს.</translation>
    </message>
    <message>
        <source>No database connection: the stack has no database forward.</source>
        <translation>მონაცემთა ბაზასთან კავშირი არ არის: სტეკს მონაცემთა ბაზის პორტის გადამისამართება არ აქვს.</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The fix has no SQL to apply.</source>
        <translation>გამოსწორებას გამოსაყენებელი SQL არ აქვს.</translation>
    </message>
</context>
<context>
    <name>supadesk::AlertChannelTester</name>
    <message>
        <source>A test message is on its way already.</source>
        <translation>საცდელი შეტყობინება უკვე იგზავნება.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the test.</source>
        <translation>შემოწმებისთვის დროებითი საქაღალდის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1-ის ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The alerter stopped unexpectedly.</source>
        <translation>განგაშის გამგზავნი მოულოდნელად გაჩერდა.</translation>
    </message>
    <message>
        <source>The alerter could not start: %1</source>
        <translation>განგაშის გამგზავნი ვერ გაეშვა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::AlertChannels</name>
    <message>
        <source>Webhook (JSON)</source>
        <translation>ვებჰუკი (JSON)</translation>
    </message>
    <message>
        <source>Slack-compatible webhook</source>
        <translation>Slack-თან თავსებადი ვებჰუკი</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-ის ბოტი</translation>
    </message>
    <message>
        <source>E-mail (SMTP)</source>
        <translation>ელფოსტა (SMTP)</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>ვებჰუკის URL</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>ბოტის ტოკენი</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP პაროლი</translation>
    </message>
    <message>
        <source>The channel id &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores (at most 32).</source>
        <translation>არხის იდენტიფიკატორი „%1“ პატარა ლათინური ასოთი უნდა იწყებოდეს და მხოლოდ პატარა ასოებს, ციფრებსა და ქვედა ტირეებს უნდა შეიცავდეს (არაუმეტეს 32-ისა).</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has a value with a line break, a double quote or a backslash.</source>
        <translation>არხის „%1“ ერთ-ერთი მნიშვნელობა შეიცავს ახალ სტრიქონს, ორმაგ ბრჭყალს ან უკუდახრილ ხაზს.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; needs an http:// or https:// URL.</source>
        <translation>არხს „%1“ სჭირდება http:// ან https:// URL.</translation>
    </message>
    <message>
        <source>The bot token of the channel &quot;%1&quot; should look like 123456:ABC… as BotFather gives it.</source>
        <translation>არხის „%1“ ბოტის ტოკენი ასე უნდა გამოიყურებოდეს: 123456:ABC…, როგორც მას BotFather იძლევა.</translation>
    </message>
    <message>
        <source>The chat id of the channel &quot;%1&quot; is a number or an @channel name.</source>
        <translation>არხის „%1“ ჩატის იდენტიფიკატორი არის რიცხვი ან @არხის სახელი.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; needs a server as smtp://host:port or smtps://host:port, without a login in it.</source>
        <translation>არხს „%1“ სჭირდება სერვერი ფორმით smtp://host:port ან smtps://host:port, მასში შესვლის მონაცემების გარეშე.</translation>
    </message>
    <message>
        <source>The sender address of the channel &quot;%1&quot; is not an e-mail address.</source>
        <translation>არხის „%1“ გამგზავნის მისამართი ელფოსტის მისამართი არ არის.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; needs at least one recipient.</source>
        <translation>არხს „%1“ ერთი მიმღები მაინც სჭირდება.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; of the channel &quot;%2&quot; is not an e-mail address.</source>
        <translation>არხის „%2“ მიმღები „%1“ ელფოსტის მისამართი არ არის.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has a login but no password.</source>
        <translation>არხს „%1“ აქვს მომხმარებლის სახელი, მაგრამ არ აქვს პაროლი.</translation>
    </message>
</context>
<context>
    <name>supadesk::AlertConfig</name>
    <message>
        <source>Failures before down must be between 1 and 100.</source>
        <translation>ჩავარდნების რაოდენობა მიუწვდომლად ჩათვლამდე 1-დან 100-მდე უნდა იყოს.</translation>
    </message>
    <message>
        <source>The interval between two messages of a rule must be between %1 seconds and a day.</source>
        <translation>წესის ორ შეტყობინებას შორის ინტერვალი %1 წამიდან ერთ დღემდე უნდა იყოს.</translation>
    </message>
    <message>
        <source>Two rules have the id &quot;%1&quot;.</source>
        <translation>ორ წესს ერთი და იგივე იდენტიფიკატორი „%1“ აქვს.</translation>
    </message>
    <message>
        <source>Two channels have the id &quot;%1&quot;.</source>
        <translation>ორ არხს ერთი და იგივე იდენტიფიკატორი „%1“ აქვს.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an unknown kind or severity.</source>
        <translation>წესს „%1“ უცნობი სახე ან სიმძიმე აქვს.</translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; has an unknown kind.</source>
        <translation>არხს „%1“ უცნობი სახე აქვს.</translation>
    </message>
</context>
<context>
    <name>supadesk::AlertRules</name>
    <message>
        <source>Component down</source>
        <translation>კომპონენტი მიუწვდომელია</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>სარეზერვო ასლის შექმნა ჩავარდა</translation>
    </message>
    <message>
        <source>Backup older than N hours</source>
        <translation>სარეზერვო ასლი N საათზე ძველია</translation>
    </message>
    <message>
        <source>Disk used above N %</source>
        <translation>დისკის დაკავებული ნაწილი N %-ზე მეტია</translation>
    </message>
    <message>
        <source>Memory used above N %</source>
        <translation>დაკავებული მეხსიერება N %-ზე მეტია</translation>
    </message>
    <message>
        <source>Connections above N % of max_connections</source>
        <translation>კავშირები max_connections-ის N %-ზე მეტია</translation>
    </message>
    <message>
        <source>Replication lag above N bytes</source>
        <translation>რეპლიკაციის ჩამორჩენა N ბაიტზე მეტია</translation>
    </message>
    <message>
        <source>WAL archiving failing</source>
        <translation>WAL-ის დაარქივება ვერ ხერხდება</translation>
    </message>
    <message>
        <source>Certificate expiring within N days</source>
        <translation>სერტიფიკატის ვადა N დღეში იწურება</translation>
    </message>
    <message>
        <source>Transaction open longer than N minutes</source>
        <translation>ტრანზაქცია N წუთზე მეტხანს არის ღია</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>ინფორმაცია</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>გაფრთხილება</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>კრიტიკული</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 მიუწვდომელია</translation>
    </message>
    <message>
        <source>The last backup failed</source>
        <translation>ბოლო სარეზერვო ასლის შექმნა ჩავარდა</translation>
    </message>
    <message>
        <source>The newest backup is older than %1 hours</source>
        <translation>უახლესი სარეზერვო ასლი %1 საათზე ძველია</translation>
    </message>
    <message>
        <source>Disk of %1 is more than %2 % full</source>
        <translation>%1-ის დისკი %2 %-ზე მეტად არის სავსე</translation>
    </message>
    <message>
        <source>More than %1 % of memory is in use</source>
        <translation>მეხსიერების %1 %-ზე მეტი დაკავებულია</translation>
    </message>
    <message>
        <source>Connections are above %1 % of max_connections</source>
        <translation>კავშირები max_connections-ის %1 %-ს აღემატება</translation>
    </message>
    <message>
        <source>Replication lag is above %1 bytes</source>
        <translation>რეპლიკაციის ჩამორჩენა %1 ბაიტს აღემატება</translation>
    </message>
    <message>
        <source>WAL archiving is failing</source>
        <translation>WAL-ის დაარქივება ვერ ხერხდება</translation>
    </message>
    <message>
        <source>The certificate %1 expires within %2 days</source>
        <translation>სერტიფიკატის %1 ვადა %2 დღეში იწურება</translation>
    </message>
    <message>
        <source>A transaction has been open for more than %1 minutes</source>
        <translation>ტრანზაქცია %1 წუთზე მეტია ღიაა</translation>
    </message>
    <message>
        <source>%1 is up again</source>
        <translation>%1 კვლავ ხელმისაწვდომია</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>მოგვარდა: %1</translation>
    </message>
    <message>
        <source>The rule id &quot;%1&quot; must start with a lower-case letter and hold only lower-case letters, digits and underscores (at most 32).</source>
        <translation>წესის იდენტიფიკატორი „%1“ პატარა ლათინური ასოთი უნდა იწყებოდეს და მხოლოდ პატარა ასოებს, ციფრებსა და ქვედა ტირეებს უნდა შეიცავდეს (არაუმეტეს 32-ისა).</translation>
    </message>
    <message>
        <source>The threshold of the rule &quot;%1&quot; (%2) must be between %3 and %4.</source>
        <translation>წესის „%1“ ზღვარი (%2) %3-სა და %4-ს შორის უნდა იყოს.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; must hold for between 0 seconds and a day before it fires.</source>
        <translation>წესის „%1“ პირობა ამოქმედებამდე 0 წამიდან ერთ დღემდე უნდა გრძელდებოდეს.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs a target (a component, a path or a file).</source>
        <translation>წესს „%1“ სამიზნე სჭირდება (კომპონენტი, გზა ან ფაილი).</translation>
    </message>
    <message>
        <source>The target of the rule &quot;%1&quot; may hold only letters, digits and . _ / : @ + -</source>
        <translation>წესის „%1“ სამიზნე მხოლოდ ასოებს, ციფრებს და . _ / : @ + - სიმბოლოებს შეიძლება შეიცავდეს</translation>
    </message>
    <message>
        <source>The target of the rule &quot;%1&quot; must be an absolute path on the server.</source>
        <translation>წესის „%1“ სამიზნე სერვერზე აბსოლუტური გზა უნდა იყოს.</translation>
    </message>
    <message>
        <source>The resolved message of the rule &quot;%1&quot; must be one line of at most 300 characters.</source>
        <translation>წესის „%1“ მოგვარების შეტყობინება ერთი სტრიქონი უნდა იყოს, არაუმეტეს 300 სიმბოლოსი.</translation>
    </message>
    <message>
        <source>Container restarting, out of memory or stopped</source>
        <translation>კონტეინერი გადაიტვირთება, მეხსიერება ამოეწურა ან გაჩერებულია</translation>
    </message>
    <message>
        <source>Demo JWT keys, or keys expiring within N days</source>
        <translation>სადემონსტრაციო JWT გასაღებები, ან გასაღებები, რომელთა ვადა N დღეში იწურება</translation>
    </message>
    <message>
        <source>A container of the stack is restarting, was killed for lack of memory or has stopped</source>
        <translation>სტეკის კონტეინერი გადაიტვირთება, მეხსიერების ნაკლებობის გამო შეწყდა ან გაჩერებულია</translation>
    </message>
    <message>
        <source>The stack&apos;s JWT keys are Supabase&apos;s public demo keys or expire within %1 days</source>
        <translation>სტეკის JWT გასაღებები Supabase-ის საჯარო სადემონსტრაციო გასაღებებია, ან მათი ვადა %1 დღეში იწურება</translation>
    </message>
</context>
<context>
    <name>supadesk::AlertTray</name>
    <message>
        <source>Supadesk: no alert is firing</source>
        <translation>Supadesk: აქტიური განგაში არ არის</translation>
    </message>
    <message numerus="yes">
        <source>Supadesk: %n alert(s) firing</source>
        <translation>
            <numerusform>Supadesk: აქტიური განგაში: %n</numerusform>
            <numerusform>Supadesk: აქტიური განგაში: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert is firing</source>
        <translation>აქტიური განგაში არ არის</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Show Supadesk</source>
        <translation>Supadesk-ის ჩვენება</translation>
    </message>
</context>
<context>
    <name>supadesk::AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>განგაშები</translation>
    </message>
    <message>
        <source>Use the fleet defaults</source>
        <translation>ფლოტის ნაგულისხმევი პარამეტრების გამოყენება</translation>
    </message>
    <message>
        <source>At most one message per rule every</source>
        <translation>თითო წესზე არაუმეტეს ერთი შეტყობინება ყოველ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> წმ</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>წესები</translation>
    </message>
    <message>
        <source>On</source>
        <translation>ჩართ.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>იდენტიფიკატორი</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>წესი</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>სიმძიმე</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>ზღვარი</translation>
    </message>
    <message>
        <source>For at least</source>
        <translation>არანაკლებ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>სამიზნე</translation>
    </message>
    <message>
        <source>Resolved message</source>
        <translation>მოგვარების შეტყობინება</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>წესის დამატება</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>წესის წაშლა</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>არხები</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>არხის დამატება</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>იდენტიფიკატორი:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>სახეობა:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>საიდუმლო:</translation>
    </message>
    <message>
        <source>Chat id:</source>
        <translation>ჩატის იდენტიფიკატორი:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP სერვერი:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>მომხმარებელი:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>დაშიფვრა:</translation>
    </message>
    <message>
        <source>Require STARTTLS</source>
        <translation>STARTTLS სავალდებულოა</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>გამგზავნი:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>მიმღები:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>აქტიური:</translation>
    </message>
    <message>
        <source>Send alerts through this channel</source>
        <translation>განგაშების გაგზავნა ამ არხით</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>საცდელი განგაშის გაგზავნა</translation>
    </message>
    <message>
        <source>Save and install on the server…</source>
        <translation>შენახვა და სერვერზე დაყენება…</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> h</source>
        <translation> სთ</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> ბაიტი</translation>
    </message>
    <message>
        <source> days</source>
        <translation> დღე</translation>
    </message>
    <message>
        <source> min</source>
        <translation> წთ</translation>
    </message>
    <message>
        <source>Sending a test message through “%1” from this computer…</source>
        <translation>საცდელი შეტყობინება იგზავნება არხით „%1“ ამ კომპიუტერიდან…</translation>
    </message>
    <message>
        <source>Delivered. The channel answered: %1</source>
        <translation>მიწოდებულია. არხის პასუხი: %1</translation>
    </message>
    <message>
        <source>Refused. The channel answered: %1</source>
        <translation>უარყოფილია. არხის პასუხი: %1</translation>
    </message>
    <message>
        <source>Not reached: %1</source>
        <translation>არხთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be kept in the keychain: %2</source>
        <translation>„%1“-ის საიდუმლოს შენახვა გასაღებების საცავში ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>There is no keychain to keep the channels&apos; secrets in.</source>
        <translation>არხების საიდუმლოების შესანახად გასაღებების საცავი არ არის.</translation>
    </message>
    <message>
        <source>Alerts of “%1”</source>
        <translation>„%1“-ის განგაშები</translation>
    </message>
    <message>
        <source>The server&apos;s uptime probe checks these rules every round and tells the channels, so alerts arrive while no desktop is open. A rule fires once after its condition has held for the time given, and sends its resolved message once when it clears; maintenance windows silence it.</source>
        <translation>სერვერის ხელმისაწვდომობის ზონდი ამ წესებს ყოველ შემოწმებაზე ამოწმებს და არხებს ატყობინებს, ასე რომ განგაშები მაშინაც მოდის, როცა არცერთი სამუშაო მაგიდის აპლიკაცია არ არის გახსნილი. წესი ერთხელ ამოქმედდება, როცა მისი პირობა მითითებულ დროზე მეტხანს გაგრძელდება, და ერთხელ გაგზავნის მოგვარების შეტყობინებას, როცა პირობა მოიხსნება; ტექნიკური მომსახურების ფანჯრები მას აჩუმებს.</translation>
    </message>
    <message>
        <source>These are the fleet defaults: every stack without its own settings uses them. Clear the box to give “%1” its own.</source>
        <translation>ეს ფლოტის ნაგულისხმევი პარამეტრებია: მათ იყენებს ყველა სტეკი, რომელსაც საკუთარი პარამეტრები არ აქვს. მოხსენით მონიშვნა, რომ „%1“-ს საკუთარი მისცეთ.</translation>
    </message>
    <message>
        <source>“%1” has its own rules and channels.</source>
        <translation>„%1“-ს საკუთარი წესები და არხები აქვს.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>შენახვა</translation>
    </message>
</context>
<context>
    <name>supadesk::AnalyzerWorkspace</name>
    <message>
        <source>The statement could not be cancelled: %1</source>
        <translation>ბრძანების გაუქმება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Query analyzer</source>
        <translation>მოთხოვნების ანალიზატორი</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>გაშვება</translation>
    </message>
    <message>
        <source>Run the selection or the statement under the cursor (Ctrl+Enter)</source>
        <translation>მონიშნულის ან კურსორის ქვეშ მდებარე ბრძანების გაშვება (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Cancel the running statement on the server (Esc)</source>
        <translation>სერვერზე მიმდინარე ბრძანების გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ისტორია</translation>
    </message>
    <message>
        <source>Statements run in this session</source>
        <translation>ამ სესიაში გაშვებული ბრძანებები</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>სრულდება…</translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation>აირჩიეთ სტეკი მარცხნივ სიაში.</translation>
    </message>
    <message>
        <source>Connect “%1” to run queries (Stack ▸ Connect, Ctrl+K).</source>
        <translation>მოთხოვნების გასაშვებად დააკავშირეთ „%1“ (სტეკი ▸ დაკავშირება, Ctrl+K).</translation>
    </message>
    <message>
        <source>Connected to %1 on “%2”. Ctrl+Enter runs the statement under the cursor.</source>
        <translation>დაკავშირებულია %1-თან „%2“-ზე. Ctrl+Enter უშვებს კურსორის ქვეშ მდებარე ბრძანებას.</translation>
    </message>
    <message>
        <source>Error after %1 ms: %2</source>
        <translation>შეცდომა %1 მწმ-ის შემდეგ: %2</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) in %1 ms; more load as you scroll.</source>
        <translation>
            <numerusform>პირველი %n მწკრივი %1 მწმ-ში; დანარჩენი ჩაიტვირთება გადახვევისას.</numerusform>
            <numerusform>პირველი %n მწკრივი %1 მწმ-ში; დანარჩენი ჩაიტვირთება გადახვევისას.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n მწკრივი %1 მწმ-ში.</numerusform>
            <numerusform>%n მწკრივი %1 მწმ-ში.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 ms; %n row(s) affected.</source>
        <translation>
            <numerusform>შესრულდა %1 მწმ-ში; შეიცვალა %n მწკრივი.</numerusform>
            <numerusform>შესრულდა %1 მწმ-ში; შეიცვალა %n მწკრივი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open SQL file</source>
        <translation>SQL ფაილის გახსნა</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL ფაილები (*.sql);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation>გახსნა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Save SQL file</source>
        <translation>SQL ფაილის შენახვა</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>შენახვა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>გეგმა (EXPLAIN)</translation>
    </message>
    <message>
        <source>Show the plan without running the statement (F7)</source>
        <translation>გეგმის ჩვენება ბრძანების გაშვების გარეშე (F7)</translation>
    </message>
    <message>
        <source>Explain Analyze</source>
        <translation>ანალიზი (EXPLAIN ANALYZE)</translation>
    </message>
    <message>
        <source>Run the statement and show the plan with real times (Shift+F7). It runs inside a transaction that is always rolled back.</source>
        <translation>ბრძანების გაშვება და გეგმის ჩვენება რეალური დროებით (Shift+F7). ის სრულდება ტრანზაქციაში, რომელიც ყოველთვის უკან ბრუნდება.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>პარამეტრები</translation>
    </message>
    <message>
        <source>EXPLAIN options</source>
        <translation>EXPLAIN-ის პარამეტრები</translation>
    </message>
    <message>
        <source>Open Plan…</source>
        <translation>გეგმის გახსნა…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>შედეგები</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>გეგმა</translation>
    </message>
    <message>
        <source>Plan table</source>
        <translation>გეგმის ცხრილი</translation>
    </message>
    <message>
        <source>Explain Analyze changes data</source>
        <translation>EXPLAIN ANALYZE მონაცემებს ცვლის</translation>
    </message>
    <message>
        <source>This statement changes data. EXPLAIN ANALYZE really runs it, inside a transaction that Supadesk always rolls back afterwards, so nothing is kept. Locks are held while it runs and triggers fire.</source>
        <translation>ეს ბრძანება მონაცემებს ცვლის. EXPLAIN ANALYZE მას ნამდვილად უშვებს ტრანზაქციაში, რომელსაც Supadesk შემდეგ ყოველთვის აბრუნებს, ამიტომ არაფერი შეინახება. შესრულებისას ბლოკირებები მოქმედებს და ტრიგერები ეშვება.</translation>
    </message>
    <message>
        <source>Run and Roll Back</source>
        <translation>გაშვება და დაბრუნება</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n node(s): %1 ms in total, %2 finding(s).</source>
        <translation>
            <numerusform>გეგმა %n კვანძით: სულ %1 მწმ, მიგნებები: %2.</numerusform>
            <numerusform>გეგმა %n კვანძით: სულ %1 მწმ, მიგნებები: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estimated plan of %n node(s), %1 finding(s).</source>
        <translation>
            <numerusform>შეფასებული გეგმა %n კვანძით, მიგნებები: %1.</numerusform>
            <numerusform>შეფასებული გეგმა %n კვანძით, მიგნებები: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>გეგმის გახსნა</translation>
    </message>
    <message>
        <source>EXPLAIN plans (*.json *.txt);;All files (*)</source>
        <translation>EXPLAIN გეგმები (*.json *.txt);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>ეს გეგმა არ არის</translation>
    </message>
    <message>
        <source>Open SQL File…</source>
        <translation>SQL ფაილის გახსნა…</translation>
    </message>
    <message>
        <source>Save SQL File…</source>
        <translation>SQL ფაილის შენახვა…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ფაილი</translation>
    </message>
    <message>
        <source>Open and save statements and plans</source>
        <translation>ბრძანებებისა და გეგმების გახსნა და შენახვა</translation>
    </message>
    <message>
        <source>Open an EXPLAIN plan saved as JSON or text (Ctrl+Shift+O)</source>
        <translation>JSON-ად ან ტექსტად შენახული EXPLAIN-ის გეგმის გახსნა (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Save Plan…</source>
        <translation>გეგმის შენახვა…</translation>
    </message>
    <message>
        <source>Save the plan and its statement as EXPLAIN JSON, which PEV2 also reads (Ctrl+Shift+S)</source>
        <translation>გეგმისა და მისი ბრძანების შენახვა EXPLAIN JSON-ად, რომელსაც PEV2-იც კითხულობს (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Slow queries</source>
        <translation>ნელი მოთხოვნები</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>შედარება</translation>
    </message>
    <message>
        <source>Index advice</source>
        <translation>ინდექსების რჩევა</translation>
    </message>
    <message>
        <source>Compare two plans of this session side by side (Ctrl+Shift+C)</source>
        <translation>ამ სესიის ორი გეგმის გვერდიგვერდ შედარება (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>%1 · %2 ms · %3</source>
        <translation>%1 · %2 მწმ · %3</translation>
    </message>
    <message>
        <source>%1 · estimated · %2</source>
        <translation>%1 · შეფასებული · %2</translation>
    </message>
    <message>
        <source>Node %1 (%2): %3</source>
        <translation>კვანძი %1 (%2): %3</translation>
    </message>
    <message>
        <source>Its statement is now in the editor; Ctrl+Z brings back what was there.</source>
        <translation>მისი ბრძანება ახლა რედაქტორშია; Ctrl+Z წინა ტექსტს დააბრუნებს.</translation>
    </message>
    <message>
        <source>“%1” could not be read as an EXPLAIN plan. Nothing was changed.

%2</source>
        <translation>„%1“ EXPLAIN-ის გეგმად ვერ წაიკითხა. არაფერი შეცვლილა.

%2</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>გეგმის შენახვა</translation>
    </message>
    <message>
        <source>EXPLAIN JSON (*.json);;All files (*)</source>
        <translation>EXPLAIN JSON (*.json);;ყველა ფაილი (*)</translation>
    </message>
    <message>
        <source>There is no plan to save.</source>
        <translation>შესანახი გეგმა არ არის.</translation>
    </message>
    <message>
        <source>%1 The statement ran in a transaction that was rolled back.</source>
        <translation>%1 ბრძანება შესრულდა ტრანზაქციაში, რომელიც უკან დაბრუნდა.</translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyPlan</name>
    <message>
        <source>Write %1 (mode %2).</source>
        <translation>%1-ის ჩაწერა (უფლებები %2).</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>%1-ის ჩაწერა.</translation>
    </message>
    <message>
        <source>Set %1 in %2, keeping its comments, order and other keys.</source>
        <translation>%1-ის დაყენება %2-ში; კომენტარები, რიგი და სხვა გასაღებები უცვლელი რჩება.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>გაშვება: %1</translation>
    </message>
    <message>
        <source>Run SQL through: %1</source>
        <translation>SQL-ის გაშვება ამით: %1</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to edit. Create it from .env.example first.</source>
        <translation>%1 არ არსებობს, ამიტომ შესაცვლელი არაფერია. ჯერ შექმენით ის .env.example-იდან.</translation>
    </message>
    <message>
        <source>%1 cannot be edited safely, line %2: %3</source>
        <translation>%1-ის უსაფრთხოდ შეცვლა შეუძლებელია, სტრიქონი %2: %3</translation>
    </message>
    <message>
        <source>This step does not change a file.</source>
        <translation>ეს ნაბიჯი ფაილს არ ცვლის.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyPlanBuilder</name>
    <message>
        <source>The bundle has no %1. Write it again with `supadesk-cli plan`.</source>
        <translation>პაკეტში %1 არ არის. შექმენით ის ხელახლა `supadesk-cli plan`-ით.</translation>
    </message>
    <message>
        <source>The bundle&apos;s .env has a line that cannot be applied (line %1): %2</source>
        <translation>პაკეტის .env-ში არის სტრიქონი, რომლის გამოყენებაც შეუძლებელია (სტრიქონი %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Update %n key(s) of %1 (secrets and pooler sizes); comments, order and other keys stay as they are.</source>
        <translation>
            <numerusform>%1-ის %n გასაღების განახლება (საიდუმლოები და პულერის ზომები); კომენტარები, რიგი და სხვა გასაღებები უცვლელი რჩება.</numerusform>
            <numerusform>%1-ის %n გასაღების განახლება (საიდუმლოები და პულერის ზომები); კომენტარები, რიგი და სხვა გასაღებები უცვლელი რჩება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write %1: the pooler&apos;s ports are published on 127.0.0.1 only.</source>
        <translation>%1-ის ჩაწერა: პულერის პორტები მხოლოდ 127.0.0.1-ზე გამოქვეყნდება.</translation>
    </message>
    <message>
        <source>Install the backup script as %1 (mode 0700).</source>
        <translation>სარეზერვო ასლის სკრიპტის დაყენება როგორც %1 (უფლებები 0700).</translation>
    </message>
    <message>
        <source>Install the nightly backup in root&apos;s crontab (an earlier Supadesk entry is replaced, other entries stay).</source>
        <translation>ღამის სარეზერვო ასლის დაყენება root-ის crontab-ში (Supadesk-ის ძველი ჩანაწერი იცვლება, სხვები რჩება).</translation>
    </message>
    <message>
        <source>Recreate the containers that the new .env and override change (`docker compose up -d`).</source>
        <translation>იმ კონტეინერების ხელახლა შექმნა, რომლებსაც ახალი .env და override ცვლის (`docker compose up -d`).</translation>
    </message>
    <message>
        <source>Store the PostgreSQL settings with ALTER SYSTEM (kept in the data volume) and reload; settings marked as needing a restart take effect at the next restart.</source>
        <translation>PostgreSQL-ის პარამეტრების შენახვა ALTER SYSTEM-ით (ინახება მონაცემთა ტომში) და ხელახლა ჩატვირთვა; გადატვირთვის საჭიროების მქონე პარამეტრები მომდევნო გადატვირთვისას ამოქმედდება.</translation>
    </message>
    <message>
        <source>Write %1: PgBouncer&apos;s transaction pooling sized for this server.</source>
        <translation>%1-ის ჩაწერა: PgBouncer-ის ტრანზაქციული პულინგი, ამ სერვერზე მორგებული.</translation>
    </message>
    <message>
        <source>Restart the %1 service so that PgBouncer reads the new pgbouncer.ini (its clients reconnect).</source>
        <translation>%1 სერვისის გადატვირთვა, რათა PgBouncer-მა ახალი pgbouncer.ini წაიკითხოს (მისი კლიენტები ხელახლა დაუკავშირდებიან).</translation>
    </message>
    <message numerus="yes">
        <source>If a changed setting needs it, restart the db container (`%1 restart db`) and wait up to %n second(s) until PostgreSQL accepts connections again; connections drop for a moment.</source>
        <translation>
            <numerusform>თუ შეცვლილ პარამეტრს ეს სჭირდება, db კონტეინერის გადატვირთვა (`%1 restart db`) და არაუმეტეს %n წამი ლოდინი, სანამ PostgreSQL კვლავ მიიღებს კავშირებს; კავშირები წამიერად გაწყდება.</numerusform>
            <numerusform>თუ შეცვლილ პარამეტრს ეს სჭირდება, db კონტეინერის გადატვირთვა (`%1 restart db`) და არაუმეტეს %n წამი ლოდინი, სანამ PostgreSQL კვლავ მიიღებს კავშირებს; კავშირები წამიერად გაწყდება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the WAL archive folder %1, mounted into the db container, and hand it to postgres.</source>
        <translation>WAL-ის არქივის საქაღალდის %1 შექმნა, რომელიც db კონტეინერზეა მიმაგრებული, და მისი postgres-ისთვის გადაცემა.</translation>
    </message>
    <message>
        <source>Install the base backup script as %1 (mode 0700).</source>
        <translation>საბაზისო სარეზერვო ასლის სკრიპტის დაყენება როგორც %1 (უფლებები 0700).</translation>
    </message>
    <message>
        <source>Install the daily base backup in root&apos;s crontab (an earlier Supadesk entry is replaced, other entries stay).</source>
        <translation>ყოველდღიური საბაზისო სარეზერვო ასლის დაყენება root-ის crontab-ში (Supadesk-ის წინა ჩანაწერი ჩანაცვლდება, სხვა ჩანაწერები რჩება).</translation>
    </message>
    <message>
        <source>Install the backup key&apos;s public half as %1: the nightly backup encrypts to it.</source>
        <translation>სარეზერვო ასლების გასაღების საჯარო ნაწილის დაყენება როგორც %1: ღამის სარეზერვო ასლი ამ გასაღებით იშიფრება.</translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyPrivileges</name>
    <message>
        <source>Add a NOPASSWD sudo rule for %1 (for example the line &quot;%1 ALL=(ALL) NOPASSWD: ALL&quot; in /etc/sudoers.d/supadesk, written with visudo), or log in as root.</source>
        <translation>დაამატეთ NOPASSWD sudo-წესი %1-ისთვის (მაგალითად, სტრიქონი &quot;%1 ALL=(ALL) NOPASSWD: ALL&quot; ფაილში /etc/sudoers.d/supadesk, visudo-თი ჩაწერილი), ან შედით root-ით.</translation>
    </message>
    <message>
        <source>The login user</source>
        <translation>შესული მომხმარებელი</translation>
    </message>
    <message>
        <source>%1 could not be identified on the server (id -u did not answer).</source>
        <translation>%1 სერვერზე ვერ იდენტიფიცირდა (id -u არ უპასუხა).</translation>
    </message>
    <message>
        <source>%1 is not root and sudo is not installed on the server.</source>
        <translation>%1 არ არის root, სერვერზე კი sudo დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>%1 is not root and cannot use sudo without a password.</source>
        <translation>%1 არ არის root და sudo-ს პაროლის გარეშე ვერ იყენებს.</translation>
    </message>
    <message>
        <source>%1 Step %2 needs root, so nothing was changed. %3</source>
        <translation>%1 ნაბიჯს %2 root სჭირდება, ამიტომ არაფერი შეცვლილა. %3</translation>
    </message>
    <message>
        <source>%1 Steps %2 need root, so nothing was changed. %3</source>
        <translation>%1 ნაბიჯებს %2 root სჭირდება, ამიტომ არაფერი შეცვლილა. %3</translation>
    </message>
</context>
<context>
    <name>supadesk::ApplyReport</name>
    <message>
        <source>pending</source>
        <translation>მოლოდინში</translation>
    </message>
    <message>
        <source>running</source>
        <translation>მიმდინარეობს</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>გამოყენებულია</translation>
    </message>
    <message>
        <source>previewed</source>
        <translation>შემოწმებულია</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ვერ შესრულდა</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>დაბრუნებულია</translation>
    </message>
    <message>
        <source>rollback failed</source>
        <translation>დაბრუნება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>არ გაშვებულა</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n step(s) checked, nothing was changed on the server.</source>
        <translation>
            <numerusform>საცდელი გაშვება: შემოწმდა %n ნაბიჯი, სერვერზე არაფერი შეცვლილა.</numerusform>
            <numerusform>საცდელი გაშვება: შემოწმდა %n ნაბიჯი, სერვერზე არაფერი შეცვლილა.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) were applied.</source>
        <translation>
            <numerusform>ყველა %n ნაბიჯი გამოყენებულია.</numerusform>
            <numerusform>ყველა %n ნაბიჯი გამოყენებულია.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 failed (%2): %3</source>
        <translation>ნაბიჯი %1 ვერ შესრულდა (%2): %3</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>გაშვება გაუქმდა.</translation>
    </message>
    <message>
        <source>Applied and still in place: steps %1.</source>
        <translation>გამოყენებულია და ისევ ძალაშია: ნაბიჯები %1.</translation>
    </message>
    <message>
        <source>Rolled back: steps %1.</source>
        <translation>დაბრუნებულია: ნაბიჯები %1.</translation>
    </message>
    <message>
        <source>Step %1 could not be rolled back: %2</source>
        <translation>ნაბიჯი %1 ვერ დაბრუნდა: %2</translation>
    </message>
    <message>
        <source>Not run: steps %1.</source>
        <translation>არ გაშვებულა: ნაბიჯები %1.</translation>
    </message>
    <message>
        <source>Nothing was changed on the server (dry run).</source>
        <translation>სერვერზე არაფერი შეცვლილა (საცდელი გაშვება).</translation>
    </message>
    <message>
        <source>The server is as it was before.</source>
        <translation>სერვერი ისეთივეა, როგორიც ადრე იყო.</translation>
    </message>
    <message>
        <source>The server is NOT as it was before: check the steps above by hand; the backups are next to each file.</source>
        <translation>სერვერი ისეთი აღარ არის, როგორიც ადრე იყო: ზემოთ ჩამოთვლილი ნაბიჯები ხელით შეამოწმეთ; სარეზერვო ასლები თითოეული ფაილის გვერდითაა.</translation>
    </message>
    <message>
        <source>These settings wait for a restart of the database to take effect: %1.</source>
        <translation>ეს პარამეტრები ძალაში შესასვლელად მონაცემთა ბაზის გადატვირთვას ელოდება: %1.</translation>
    </message>
</context>
<context>
    <name>supadesk::ApplySession</name>
    <message>
        <source>Backup of the previous file: %1</source>
        <translation>წინა ფაილის სარეზერვო ასლი: %1</translation>
    </message>
    <message>
        <source>Compared with the server: select a step to see its diff.</source>
        <translation>სერვერთან შედარებულია: აირჩიეთ ნაბიჯი მისი განსხვავებების სანახავად.</translation>
    </message>
    <message>
        <source>Not installed: the steps above were not all applied.</source>
        <translation>არ დაყენდა: ზემოთ მოცემული ყველა ნაბიჯი არ გამოყენებულა.</translation>
    </message>
    <message>
        <source>The uptime probe is installed: it checks the stack every minute and logs to %1.</source>
        <translation>ხელმისაწვდომობის ზონდი დაყენებულია: სტეკს ყოველ წუთს ამოწმებს და ჟურნალს წერს აქ: %1.</translation>
    </message>
    <message>
        <source>The uptime probe was not installed: %1 The applied steps stay as they are.</source>
        <translation>ხელმისაწვდომობის ზონდი არ დაყენდა: %1 გამოყენებული ნაბიჯები უცვლელი რჩება.</translation>
    </message>
</context>
<context>
    <name>supadesk::AtRestAuditChecks</name>
    <message>
        <source>lsblk is not installed on the server (util-linux).</source>
        <translation>სერვერზე lsblk დაყენებული არ არის (util-linux).</translation>
    </message>
    <message>
        <source>lsblk failed: %1</source>
        <translation>lsblk ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1 copies to %2, but rclone is not installed on the server.</source>
        <translation>%1 ასლს %2-ში აგზავნის, მაგრამ სერვერზე rclone დაყენებული არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::AtRestVerdicts</name>
    <message>
        <source>Database encrypted at rest</source>
        <translation>მონაცემთა ბაზა დისკზე დაშიფრულია</translation>
    </message>
    <message>
        <source>The checklist asks for the database encrypted at rest: a disk that leaves the data centre, or a snapshot of it, must not be readable.</source>
        <translation>საწარმოო სია მოითხოვს, რომ მონაცემთა ბაზა დისკზე დაშიფრული იყოს: მონაცემთა ცენტრიდან გატანილი დისკი ან მისი სნეპშოტი წაკითხვადი არ უნდა იყოს.</translation>
    </message>
    <message>
        <source>%1 is on %2, mounted at %3, which lsblk does not list as a block device (a network or container file system): its encryption cannot be seen from here.</source>
        <translation>%1 მდებარეობს %2-ზე, მიმაგრებულია %3-ზე, რომელსაც lsblk ბლოკურ მოწყობილობად არ ასახელებს (ქსელური ან კონტეინერის ფაილური სისტემა): მისი დაშიფვრა აქედან არ ჩანს.</translation>
    </message>
    <message>
        <source>%1 is on %2, mounted at %3: %4.</source>
        <translation>%1 მდებარეობს %2-ზე, მიმაგრებულია %3-ზე: %4.</translation>
    </message>
    <message>
        <source>%1 is on %2, mounted at %3, with no dm-crypt or LUKS layer: %4.</source>
        <translation>%1 მდებარეობს %2-ზე, მიმაგრებულია %3-ზე, dm-crypt-ის ან LUKS-ის ფენის გარეშე: %4.</translation>
    </message>
    <message>
        <source>Put the data volume on an encrypted device: your provider&apos;s encrypted volumes (which lsblk does not show; then this warning can be accepted), or LUKS set up when the server is built and the data copied over. Supadesk does not encrypt a disk in use.</source>
        <translation>მონაცემთა ტომი დაშიფრულ მოწყობილობაზე განათავსეთ: თქვენი პროვაიდერის დაშიფრული ტომები (lsblk მათ არ აჩვენებს; მაშინ ეს გაფრთხილება შეიძლება მიიღოთ) ან LUKS, რომელიც სერვერის აწყობისას იმართება და მონაცემები მასზე გადაიტანება. Supadesk გამოყენებაში მყოფ დისკს არ შიფრავს.</translation>
    </message>
    <message>
        <source>Backups encrypted off the server</source>
        <translation>სერვერს გარეთ გატანილი სარეზერვო ასლები დაშიფრულია</translation>
    </message>
    <message>
        <source>A dump holds every row and every password hash: a copy that leaves the server must be encrypted before it goes.</source>
        <translation>დამპი ყველა მწკრივსა და პაროლის ყველა ჰეშს შეიცავს: სერვერიდან გასული ასლი გასვლამდე უნდა დაიშიფროს.</translation>
    </message>
    <message>
        <source>No backup script at %1: nothing is copied off the server by Supadesk&apos;s backup.</source>
        <translation>%1-ში სარეზერვო ასლის სკრიპტი არ არის: Supadesk-ის სარეზერვო ასლი სერვერიდან არაფერს აგზავნის.</translation>
    </message>
    <message>
        <source>%1 copies nothing off the server (RCLONE_REMOTE is empty).</source>
        <translation>%1 სერვერიდან არაფერს აგზავნის (RCLONE_REMOTE ცარიელია).</translation>
    </message>
    <message>
        <source>%1 copies to %2, but rclone has no remote called %3 for root.</source>
        <translation>%1 ასლს %2-ში აგზავნის, მაგრამ root-ის rclone-ს %3 სახელის დაშორებული საცავი არ აქვს.</translation>
    </message>
    <message>
        <source>%1 copies to %2, an rclone crypt remote: files are encrypted before they leave.</source>
        <translation>%1 ასლს %2-ში აგზავნის, rclone-ის crypt საცავში: ფაილები გასვლამდე იშიფრება.</translation>
    </message>
    <message>
        <source>%1 copies to %2, an rclone remote of type %3: the dumps leave the server unencrypted.</source>
        <translation>%1 ასლს %2-ში აგზავნის, %3 ტიპის rclone საცავში: დამპები სერვერს დაუშიფრავად ტოვებს.</translation>
    </message>
    <message>
        <source>Wrap the remote in an rclone crypt remote (rclone config, type crypt, pointing at %1) and name that one on the Backups page.</source>
        <translation>მოაქციეთ საცავი rclone-ის crypt საცავში (rclone config, ტიპი crypt, რომელიც %1-ზე მიუთითებს) და სარეზერვო ასლების გვერდზე ის მიუთითეთ.</translation>
    </message>
    <message>
        <source>%1 encrypts every backup with gpg to the public key %2 before it is kept or copied; the secret key is not on the server.</source>
        <translation>%1 ყოველ სარეზერვო ასლს gpg-ით შიფრავს საჯარო გასაღებით %2, სანამ შეინახავს ან გადააკოპირებს; საიდუმლო გასაღები სერვერზე არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditChecksModel</name>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>შემოწმება</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>მტკიცებულება</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditContextReader</name>
    <message>
        <source>There is no .env in %1.</source>
        <translation>%1-ში .env არ არის.</translation>
    </message>
    <message>
        <source>%1 could not be read (reading it needs passwordless sudo): %2</source>
        <translation>%1 ვერ წაიკითხა (წასაკითხად საჭიროა sudo პაროლის გარეშე): %2</translation>
    </message>
    <message>
        <source>The install directory %1 does not exist.</source>
        <translation>დაყენების საქაღალდე %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>There is no docker-compose.yml in %1.</source>
        <translation>%1-ში docker-compose.yml არ არის.</translation>
    </message>
    <message>
        <source>The compose files named by COMPOSE_FILE are missing in %1: %2</source>
        <translation>COMPOSE_FILE-ში დასახელებული compose ფაილები %1-ში არ არის: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditExportDialog</name>
    <message>
        <source>Export audit report</source>
        <translation>აუდიტის ანგარიშის ექსპორტი</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ენა:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>შენახვა როგორც:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ექსპორტი</translation>
    </message>
    <message>
        <source>Save audit report</source>
        <translation>აუდიტის ანგარიშის შენახვა</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF დოკუმენტები (*.pdf)</translation>
    </message>
    <message>
        <source>The results are also written as CSV to %1.</source>
        <translation>შედეგები CSV ფორმატშიც ჩაიწერება აქ: %1.</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditFixService</name>
    <message>
        <source>The fix needs the stack&apos;s database: connect the stack first.</source>
        <translation>გამოსწორებას სტეკის მონაცემთა ბაზა სჭირდება: ჯერ დაუკავშირდით სტეკს.</translation>
    </message>
    <message>
        <source>The SQL ran and was committed.</source>
        <translation>SQL შესრულდა და დადასტურდა (COMMIT).</translation>
    </message>
    <message>
        <source>The fix runs on the server: connect the stack first.</source>
        <translation>გამოსწორება სერვერზე სრულდება: ჯერ დაუკავშირდით სტეკს.</translation>
    </message>
    <message>
        <source>The command ended with status %1.</source>
        <translation>ბრძანება დასრულდა სტატუსით %1.</translation>
    </message>
    <message>
        <source>The command ended with status %1: %2</source>
        <translation>ბრძანება დასრულდა სტატუსით %1: %2</translation>
    </message>
    <message>
        <source>The command ran without errors.</source>
        <translation>ბრძანება შეცდომების გარეშე შესრულდა.</translation>
    </message>
    <message>
        <source>This check has no fix that runs from here.</source>
        <translation>ამ შემოწმებას აქედან გასაშვები გამოსწორება არ აქვს.</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditHistoryStore</name>
    <message>
        <source>The local audit history is not open.</source>
        <translation>აუდიტის ლოკალური ისტორია არ არის გახსნილი.</translation>
    </message>
    <message>
        <source>The audit run could not be stored: %1</source>
        <translation>აუდიტის შედეგის შენახვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local audit history could not be read: %1</source>
        <translation>აუდიტის ლოკალური ისტორიის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The audit runs could not be removed: %1</source>
        <translation>აუდიტის შედეგების წაშლა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditMatrixModel</name>
    <message>
        <source>Nothing could be checked</source>
        <translation>ვერაფრის შემოწმება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Score of %1 out of 100</source>
        <translation>ქულა: %1 100-დან</translation>
    </message>
    <message>
        <source>Not run on this stack</source>
        <translation>ამ სტეკზე არ გაშვებულა</translation>
    </message>
    <message>
        <source>Double-click a cell to open this stack&apos;s checks</source>
        <translation>ორჯერ დააწკაპუნეთ უჯრაზე ამ სტეკის შემოწმებების გასახსნელად</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ქულა</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditReportPdf</name>
    <message>
        <source>Audit report · %1</source>
        <translation>აუდიტის ანგარიში · %1</translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1</source>
        <translation>შექმნილია Supadesk-ით: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>გვერდი %1 / %2</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>აუდიტის ანგარიში</translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) · generated on %1</source>
        <translation>
            <numerusform>%n სტეკი · შექმნილია: %1</numerusform>
            <numerusform>%n სტეკი · შექმნილია: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stack checked against the production checklist. A pass counts 1, a warning ½ and a failure 0; checks that could not run are left out of the score.</source>
        <translation>ყველა სტეკი შემოწმდა საწარმოო ჩეკლისტის მიხედვით. გავლილი შემოწმება ითვლება 1 ქულად, გაფრთხილება — ½-ად, ჩავარდნილი — 0-ად; შემოწმებები, რომელთა გაშვებაც ვერ მოხერხდა, ქულაში არ ითვლება.</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>ფლოტი</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>შემოწმება</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ქულა</translation>
    </message>
    <message>
        <source>Audited on %1. Nothing could be checked.</source>
        <translation>აუდიტი ჩატარდა: %1. ვერაფრის შემოწმება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Audited on %1. Score %2 of 100: %3 passed, %4 warnings, %5 failed, %6 could not be checked.</source>
        <translation>აუდიტი ჩატარდა: %1. ქულა: %2 100-დან. გავიდა: %3, გაფრთხილება: %4, ჩავარდა: %5, ვერ შემოწმდა: %6.</translation>
    </message>
    <message>
        <source>The run was cancelled: the checks after it are missing.</source>
        <translation>გაშვება გაუქმდა: შემდგომი შემოწმებები აკლია.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>მტკიცებულება</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>გამოსწორება</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditRunner</name>
    <message>
        <source>The connection to the stack was closed while a check ran.</source>
        <translation>სტეკთან კავშირი შემოწმების დროს დაიხურა.</translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation>აუდიტი გაუქმდა.</translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>სერვერმა %1 წამში არ უპასუხა.</translation>
    </message>
    <message>
        <source>Not connected: the stack&apos;s SSH session is not open.</source>
        <translation>არ არის დაკავშირებული: სტეკის SSH სესია გახსნილი არ არის.</translation>
    </message>
    <message>
        <source>The check gave no answer.</source>
        <translation>შემოწმებამ პასუხი არ გასცა.</translation>
    </message>
    <message>
        <source>Connect the stack, then run the audit again.</source>
        <translation>დააკავშირეთ სტეკი და აუდიტი ხელახლა გაუშვით.</translation>
    </message>
    <message>
        <source>The audit could not start.</source>
        <translation>აუდიტი ვერ დაიწყო.</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditStatusText</name>
    <message>
        <source>Pass</source>
        <translation>გავიდა</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>გაფრთხილება</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>ჩავარდა</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>ვერ შემოწმდა</translation>
    </message>
    <message>
        <source>Fail · new</source>
        <translation>ჩავარდა · ახალი</translation>
    </message>
    <message>
        <source>Database checks</source>
        <translation>მონაცემთა ბაზის შემოწმებები</translation>
    </message>
    <message>
        <source>Host checks</source>
        <translation>ჰოსტის შემოწმებები</translation>
    </message>
</context>
<context>
    <name>supadesk::AuditWorkspace</name>
    <message>
        <source>Fleet</source>
        <translation>ფლოტი</translation>
    </message>
    <message>
        <source>No audit yet — press Run audit.</source>
        <translation>აუდიტი ჯერ არ ჩატარებულა — დააჭირეთ „აუდიტის გაშვებას“.</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>სტეკი</translation>
    </message>
    <message>
        <source>Score over time:</source>
        <translation>ქულა დროში:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>მტკიცებულება:</translation>
    </message>
    <message>
        <source>Why it matters:</source>
        <translation>რატომ არის მნიშვნელოვანი:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>გამოსწორება:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>აუდიტი</translation>
    </message>
    <message>
        <source>Cancelling after the check that runs…</source>
        <translation>გაუქმება მიმდინარე შემოწმების შემდეგ…</translation>
    </message>
    <message>
        <source>Starting the audit…</source>
        <translation>აუდიტი იწყება…</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>%1-ის აუდიტი…</translation>
    </message>
    <message>
        <source>Auditing %1: %2</source>
        <translation>%1-ის აუდიტი: %2</translation>
    </message>
    <message>
        <source>The audit was cancelled; the checks done so far are shown.</source>
        <translation>აუდიტი გაუქმდა; ნაჩვენებია აქამდე შესრულებული შემოწმებები.</translation>
    </message>
    <message numerus="yes">
        <source>Audit finished: %n stack(s) checked.</source>
        <translation>
            <numerusform>აუდიტი დასრულდა: შემოწმდა %n სტეკი.</numerusform>
            <numerusform>აუდიტი დასრულდა: შემოწმდა %n სტეკი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a stack to see its checks.</source>
        <translation>აირჩიეთ სტეკი მისი შემოწმებების სანახავად.</translation>
    </message>
    <message>
        <source>No audit of %1 yet — press Run audit.</source>
        <translation>%1-ის აუდიტი ჯერ არ ჩატარებულა — დააჭირეთ „აუდიტის გაშვებას“.</translation>
    </message>
    <message>
        <source>%1 · nothing could be checked · %2</source>
        <translation>%1 · ვერაფრის შემოწმება ვერ მოხერხდა · %2</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3 failed, %4 warnings · %5</source>
        <translation>%1 · ქულა %2 · ჩავარდა: %3, გაფრთხილება: %4 · %5</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>საჩვენებელი არაფერია.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>არაფრის გაკეთება არ არის საჭირო.</translation>
    </message>
    <message>
        <source>Open in Setup</source>
        <translation>გამართვაში გახსნა</translation>
    </message>
    <message>
        <source>Review the SQL…</source>
        <translation>SQL-ის გადახედვა…</translation>
    </message>
    <message>
        <source>Review the command…</source>
        <translation>ბრძანების გადახედვა…</translation>
    </message>
    <message>
        <source>Rotate the password…</source>
        <translation>პაროლის როტაცია…</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>გამოსწორების გამოყენება</translation>
    </message>
    <message>
        <source>This SQL will run in the database of %1, in one transaction:</source>
        <translation>ეს SQL შესრულდება %1-ის მონაცემთა ბაზაში, ერთ ტრანზაქციაში:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>კოპირება</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>გამოყენება</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Report written to %1 and %2.</source>
        <translation>ანგარიში ჩაიწერა: %1 და %2.</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>აუდიტის გაშვება</translation>
    </message>
    <message>
        <source>Audit the selected stack (%1).</source>
        <translation>არჩეული სტეკის აუდიტი (%1).</translation>
    </message>
    <message>
        <source>Run fleet</source>
        <translation>ფლოტის აუდიტი</translation>
    </message>
    <message>
        <source>Audit every stack in the list (%1).</source>
        <translation>სიის ყველა სტეკის აუდიტი (%1).</translation>
    </message>
    <message>
        <source>Stop after the check that runs (%1).</source>
        <translation>შეჩერება მიმდინარე შემოწმების შემდეგ (%1).</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>ანგარიშის ექსპორტი…</translation>
    </message>
    <message>
        <source>Write the audit report as PDF and CSV (%1).</source>
        <translation>აუდიტის ანგარიშის ჩაწერა PDF და CSV ფორმატში (%1).</translation>
    </message>
    <message>
        <source>The fix was not applied: %1</source>
        <translation>გამოსწორება არ იქნა გამოყენებული: %1</translation>
    </message>
    <message>
        <source>The fix was applied; checking %1 again.</source>
        <translation>გამოსწორება გამოყენებულია; %1 ხელახლა მოწმდება.</translation>
    </message>
    <message>
        <source>This command will run on the server of %1, exactly as shown:</source>
        <translation>ეს ბრძანება %1-ის სერვერზე ზუსტად ისე შესრულდება, როგორც ნაჩვენებია:</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupCatalogueReader</name>
    <message>
        <source>The newest nightly backup failed: %1</source>
        <translation>უახლესი ღამის სარეზერვო ასლი ვერ შეიქმნა: %1</translation>
    </message>
    <message numerus="yes">
        <source>No nightly backup for %n hour(s).</source>
        <translation>
            <numerusform>ღამის სარეზერვო ასლი არ შექმნილა %n საათია.</numerusform>
            <numerusform>ღამის სარეზერვო ასლი არ შექმნილა %n საათია.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup in %1.</source>
        <translation>%1-ში გამართული სარეზერვო ასლი არ არის.</translation>
    </message>
    <message>
        <source>the database (%1, also off-site)</source>
        <translation>მონაცემთა ბაზა (%1, ასევე სერვერის გარეთ)</translation>
    </message>
    <message>
        <source>the database (%1)</source>
        <translation>მონაცემთა ბაზა (%1)</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>მონაცემთა ბაზა</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>როლები</translation>
    </message>
    <message>
        <source>Storage files (%1)</source>
        <translation>Storage-ის ფაილები (%1)</translation>
    </message>
    <message>
        <source>Storage files</source>
        <translation>Storage-ის ფაილები</translation>
    </message>
    <message>
        <source>any point in time from %1 to %2</source>
        <translation>ნებისმიერი დროის მომენტი %1-დან %2-მდე</translation>
    </message>
    <message>
        <source>a point in time</source>
        <translation>დროის მომენტი</translation>
    </message>
    <message>
        <source>Nothing is covered.</source>
        <translation>არაფერია დაფარული.</translation>
    </message>
    <message>
        <source>Covered: %1.</source>
        <translation>დაფარულია: %1.</translation>
    </message>
    <message>
        <source>Not covered: %1.</source>
        <translation>დაფარული არ არის: %1.</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupKey</name>
    <message>
        <source>gpg is not installed on this computer: it makes and reads the backup key (apt-get install gnupg).</source>
        <translation>ამ კომპიუტერზე gpg არ არის დაყენებული: ის ქმნის და კითხულობს სარეზერვო ასლების გასაღებს (apt-get install gnupg).</translation>
    </message>
    <message>
        <source>No private folder for gpg: %1</source>
        <translation>gpg-ისთვის პირადი საქაღალდე ვერ შეიქმნა: %1</translation>
    </message>
    <message>
        <source>gpg could not make the backup key: %1</source>
        <translation>gpg-მა სარეზერვო ასლების გასაღები ვერ შექმნა: %1</translation>
    </message>
    <message>
        <source>The backup key in the keychain is not a gpg key gpg can read: %1</source>
        <translation>გასაღებების საცავში არსებული სარეზერვო ასლების გასაღები gpg-ისთვის წაკითხვადი გასაღები არ არის: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupPage</name>
    <message>
        <source>Backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>&amp;Every day at:</source>
        <translation>&amp;ყოველდღე, დრო:</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;შენახვის ვადა:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> დღე</translation>
    </message>
    <message>
        <source>&amp;Directory on the server:</source>
        <translation>&amp;საქაღალდე სერვერზე:</translation>
    </message>
    <message>
        <source>&amp;rclone remote:</source>
        <translation>&amp;rclone-ის საცავი:</translation>
    </message>
    <message>
        <source>optional, e.g. b2:my-bucket/supabase</source>
        <translation>არასავალდებულო, მაგ. b2:my-bucket/supabase</translation>
    </message>
    <message>
        <source>A copy on the same server is lost with the server: name a remote that `rclone config` set up on it.</source>
        <translation>იმავე სერვერზე შენახული ასლი სერვერთან ერთად იკარგება: მიუთითეთ საცავი, რომელიც სერვერზე `rclone config`-ით არის გამართული.</translation>
    </message>
    <message>
        <source>Line in root&apos;s crontab:</source>
        <translation>სტრიქონი root-ის crontab-ში:</translation>
    </message>
    <message>
        <source>R&amp;un now</source>
        <translation>ახლავე &amp;გაშვება</translation>
    </message>
    <message>
        <source>Run backup.sh on the server once, now, and show the dump it wrote</source>
        <translation>backup.sh-ის ერთხელ, ახლავე გაშვება სერვერზე და მის მიერ ჩაწერილი დამპის ჩვენება</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Stop the backup and remove its partial dump (Esc)</source>
        <translation>სარეზერვო ასლის შეჩერება და მისი ნაწილობრივი დამპის წაშლა (Esc)</translation>
    </message>
    <message>
        <source>The backup runs on the server…</source>
        <translation>სარეზერვო ასლი სერვერზე კეთდება…</translation>
    </message>
    <message>
        <source>Connect the stack to run a backup from here.</source>
        <translation>დააკავშირეთ სტეკი, რომ სარეზერვო ასლი აქედან გაუშვათ.</translation>
    </message>
    <message numerus="yes">
        <source>Backup written: %1
Size: %2
Verified: pg_restore --list read %n entry(ies) back.</source>
        <translation>
            <numerusform>სარეზერვო ასლი ჩაიწერა: %1
ზომა: %2
შემოწმდა: pg_restore --list-მა %n ჩანაწერი წაიკითხა.</numerusform>
            <numerusform>სარეზერვო ასლი ჩაიწერა: %1
ზომა: %2
შემოწმდა: pg_restore --list-მა %n ჩანაწერი წაიკითხა.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>სარეზერვო ასლი ვერ შეიქმნა: %1</translation>
    </message>
    <message>
        <source>&amp;Encrypt the backups with gpg</source>
        <translation>სარეზერვო ასლების gpg-ით &amp;დაშიფვრა</translation>
    </message>
    <message>
        <source>Encrypted on the server with a key made here: the server gets only its public half, the secret half stays in this computer&apos;s keychain. Without it no backup can be restored: keep a copy somewhere safe.</source>
        <translation>ასლები სერვერზე აქ შექმნილი გასაღებით იშიფრება: სერვერი მხოლოდ საჯარო ნაწილს იღებს, საიდუმლო კი ამ კომპიუტერის გასაღებების საცავში რჩება. მის გარეშე სარეზერვო ასლებს ვერ აღადგენთ: გასაღების ასლი უსაფრთხო ადგილას შეინახეთ.</translation>
    </message>
    <message>
        <source>A nightly pg_dump in custom format taken inside the db container, checked with pg_restore --list before it counts, with the roles and the Storage files beside it, sizes logged, optionally encrypted with gpg, old backups removed after the retention period and, if you name an rclone remote, copied off the server.</source>
        <translation>ღამის pg_dump custom ფორმატში, db კონტეინერის შიგნით აღებული და pg_restore --list-ით შემოწმებული, სანამ ჩაითვლება; მის გვერდით როლები და Storage-ის ფაილები, ზომები ჟურნალში, სურვილისამებრ gpg-ით დაშიფრული; ძველი სარეზერვო ასლები შენახვის ვადის შემდეგ იშლება, ხოლო თუ rclone საცავს მიუთითებთ, ასლი სერვერს გარეთაც გადაიგზავნება.</translation>
    </message>
    <message>
        <source>Choose the stack first: its backup key is kept in the keychain under its name.</source>
        <translation>ჯერ სტეკი აირჩიეთ: მისი სარეზერვო ასლების გასაღები გასაღებების საცავში მისი სახელით ინახება.</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupRun</name>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Checking that Docker answers and that the container %1 runs.</source>
        <translation>მოწმდება, პასუხობს თუ არა Docker და მუშაობს თუ არა კონტეინერი %1.</translation>
    </message>
    <message>
        <source>Cancelled before the backup started.</source>
        <translation>გაუქმდა სარეზერვო ასლის დაწყებამდე.</translation>
    </message>
    <message>
        <source>Cannot check the server: %1</source>
        <translation>სერვერის შემოწმება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Docker is not installed on the server. The backup runs pg_dump inside the db container: install Docker and start the stack first.</source>
        <translation>სერვერზე Docker არ არის დაყენებული. სარეზერვო ასლი pg_dump-ს db კონტეინერში უშვებს: ჯერ დააყენეთ Docker და გაუშვით სტეკი.</translation>
    </message>
    <message>
        <source>Docker on the server cannot reach the container %1: %2</source>
        <translation>სერვერის Docker ვერ წვდება კონტეინერს %1: %2</translation>
    </message>
    <message>
        <source>The container %1 is not running: start the stack (docker compose up -d) first.</source>
        <translation>კონტეინერი %1 არ მუშაობს: ჯერ გაუშვით სტეკი (docker compose up -d).</translation>
    </message>
    <message>
        <source>Cannot run commands as root on the server: log in as root, or give this user sudo without a password.</source>
        <translation>სერვერზე ბრძანებების root-ით გაშვება ვერ ხერხდება: შედით root-ით ან მიეცით ამ მომხმარებელს sudo პაროლის გარეშე.</translation>
    </message>
    <message>
        <source>Uploading backup.sh to %1.</source>
        <translation>backup.sh იტვირთება %1-ში.</translation>
    </message>
    <message>
        <source>Cannot upload backup.sh: %1</source>
        <translation>backup.sh-ის ატვირთვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Running the backup: pg_dump in the container, then pg_restore --list reads it back.</source>
        <translation>სარეზერვო ასლი კეთდება: pg_dump კონტეინერში, შემდეგ pg_restore --list მას უკან კითხულობს.</translation>
    </message>
    <message>
        <source>The connection was lost while the backup ran: %1</source>
        <translation>სარეზერვო ასლის შექმნისას კავშირი გაწყდა: %1</translation>
    </message>
    <message>
        <source>Cancelled: the backup was stopped and its partial dump removed.</source>
        <translation>გაუქმდა: სარეზერვო ასლი შეჩერდა და ნაწილობრივი დამპი წაიშალა.</translation>
    </message>
    <message>
        <source>Cancelling the backup…</source>
        <translation>სარეზერვო ასლი უქმდება…</translation>
    </message>
    <message>
        <source>Stopping the backup on the server failed: %1</source>
        <translation>სერვერზე სარეზერვო ასლის შეჩერება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server to stop the backup: %1</source>
        <translation>სარეზერვო ასლის შესაჩერებლად სერვერთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The backup printed no result line.</source>
        <translation>სარეზერვო ასლმა შედეგის სტრიქონი არ დაბეჭდა.</translation>
    </message>
    <message>
        <source>backup.sh stopped with status %1: %2</source>
        <translation>backup.sh შეჩერდა სტატუსით %1: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupRunCommands</name>
    <message>
        <source>The server gave no scratch folder for the backup: %1</source>
        <translation>სერვერმა სარეზერვო ასლისთვის დროებითი საქაღალდე არ შექმნა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupScriptWriter</name>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and _ . / : @ + -.</source>
        <translation>„%1“ შეიძლება შეიცავდეს მხოლოდ ასოებს, ციფრებს და _ . / : @ + - სიმბოლოებს.</translation>
    </message>
    <message>
        <source>Keep backups between 1 and 3650 days.</source>
        <translation>სარეზერვო ასლები შეინახეთ 1-დან 3650 დღემდე.</translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1–65535).</source>
        <translation>%1 არ არის TCP პორტი (1–65535).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path on the server.</source>
        <translation>„%1“ სერვერზე აბსოლუტური ბილიკი არ არის.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be run from a crontab line: use an absolute path without line breaks.</source>
        <translation>„%1“ crontab-ის სტრიქონიდან ვერ გაეშვება: გამოიყენეთ აბსოლუტური ბილიკი სტრიქონის გადატანების გარეშე.</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupServerScripts</name>
    <message>
        <source>The drill was cancelled; its scratch cluster was removed.</source>
        <translation>საცდელი აღდგენა გაუქმდა; მისი დროებითი კლასტერი წაიშალა.</translation>
    </message>
    <message>
        <source>There is no nightly backup script %1 on the server: install it on the Setup wizard&apos;s Backups page.</source>
        <translation>სერვერზე ღამის სარეზერვო სკრიპტი %1 არ არის: დააყენეთ ის გამართვის ოსტატის „სარეზერვო ასლების“ გვერდზე.</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist on the server.</source>
        <translation>სარეზერვო ასლების საქაღალდე %1 სერვერზე არ არსებობს.</translation>
    </message>
    <message>
        <source>The backup folder %1 holds no dump.</source>
        <translation>სარეზერვო ასლების საქაღალდეში %1 დამპი არ არის.</translation>
    </message>
    <message>
        <source>The dump %1 does not exist on the server.</source>
        <translation>დამპი %1 სერვერზე არ არსებობს.</translation>
    </message>
    <message>
        <source>The server has no PostgreSQL programs (initdb, pg_ctl, pg_restore) for a scratch cluster: install postgresql-client and postgresql of the stack&apos;s major version.</source>
        <translation>სერვერზე არ არის PostgreSQL-ის პროგრამები (initdb, pg_ctl, pg_restore) დროებითი კლასტერისთვის: დააყენეთ სტეკის მთავარი ვერსიის postgresql-client და postgresql.</translation>
    </message>
    <message>
        <source>No scratch folder could be made in %1.</source>
        <translation>%1-ში დროებითი საქაღალდის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The scratch cluster could not be started (%1).</source>
        <translation>დროებითი კლასტერის გაშვება ვერ მოხერხდა (%1).</translation>
    </message>
    <message>
        <source>Reading the backups needs root: the login needs passwordless sudo.</source>
        <translation>სარეზერვო ასლების წასაკითხად root-ის უფლებებია საჭირო: მომხმარებელს პაროლის გარეშე sudo სჭირდება.</translation>
    </message>
    <message>
        <source>Reading the dump&apos;s table of contents</source>
        <translation>დამპის სარჩევის წაკითხვა</translation>
    </message>
    <message>
        <source>Checking the free disk for the scratch restore</source>
        <translation>დროებითი აღდგენისთვის თავისუფალი ადგილის შემოწმება</translation>
    </message>
    <message>
        <source>Counting the live database&apos;s tables</source>
        <translation>მოქმედი მონაცემთა ბაზის ცხრილების დათვლა</translation>
    </message>
    <message>
        <source>Creating the scratch cluster</source>
        <translation>დროებითი კლასტერის შექმნა</translation>
    </message>
    <message>
        <source>Restoring the roles and globals</source>
        <translation>როლებისა და გლობალური ობიექტების აღდგენა</translation>
    </message>
    <message>
        <source>Restoring the dump</source>
        <translation>დამპის აღდგენა</translation>
    </message>
    <message>
        <source>Comparing the restore with the live database</source>
        <translation>აღდგენილი ბაზის შედარება მოქმედ მონაცემთა ბაზასთან</translation>
    </message>
    <message>
        <source>Removing the scratch cluster</source>
        <translation>დროებითი კლასტერის წაშლა</translation>
    </message>
    <message>
        <source>A restore drill needs root on the server: the login needs passwordless sudo.</source>
        <translation>საცდელ აღდგენას სერვერზე root-ის უფლებები სჭირდება: მომხმარებელს პაროლის გარეშე sudo სჭირდება.</translation>
    </message>
    <message>
        <source>The drill ended before it read the dump (%1).</source>
        <translation>საცდელი აღდგენა დამპის წაკითხვამდე დასრულდა (%1).</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>დასრულების სტატუსი არ არის</translation>
    </message>
    <message>
        <source>PostgreSQL %1&apos;s pg_restore on the server cannot read %2, which a newer pg_dump wrote: %3</source>
        <translation>სერვერზე PostgreSQL %1-ის pg_restore ვერ კითხულობს %2-ს, რომელიც უფრო ახალმა pg_dump-მა ჩაწერა: %3</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump %1: %2</source>
        <translation>pg_restore ვერ კითხულობს დამპს %1: %2</translation>
    </message>
    <message>
        <source>(on the server)</source>
        <translation>(სერვერზე)</translation>
    </message>
    <message>
        <source>The drill ended early (exit status %1).</source>
        <translation>საცდელი აღდგენა ნაადრევად დასრულდა (დასრულების სტატუსი %1).</translation>
    </message>
    <message>
        <source>The live database could not be read through the container: %1</source>
        <translation>მოქმედი მონაცემთა ბაზის წაკითხვა კონტეინერის გავლით ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Scratch cluster: PostgreSQL %1 on the server.</source>
        <translation>დროებითი კლასტერი: PostgreSQL %1 სერვერზე.</translation>
    </message>
    <message>
        <source>pg_restore exited with status %1: %2</source>
        <translation>pg_restore დასრულდა სტატუსით %1: %2</translation>
    </message>
    <message>
        <source>The restore&apos;s tables could not be listed: %1</source>
        <translation>აღდგენილი ბაზის ცხრილების ჩამოთვლა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The scratch cluster was removed.</source>
        <translation>დროებითი კლასტერი წაიშალა.</translation>
    </message>
    <message>
        <source>The backup is encrypted, and the server has no gpg to decrypt it for the drill (apt-get install gnupg).</source>
        <translation>სარეზერვო ასლი დაშიფრულია, სერვერზე კი საცდელი აღდგენისთვის მის გასაშიფრად gpg არ არის დაყენებული (apt-get install gnupg).</translation>
    </message>
    <message>
        <source>The backup is encrypted: a drill needs the stack&apos;s backup key from this computer&apos;s keychain. Run the drill from Supadesk on the computer that made the key.</source>
        <translation>სარეზერვო ასლი დაშიფრულია: საცდელ აღდგენას სჭირდება სტეკის სარეზერვო ასლების გასაღები ამ კომპიუტერის გასაღებების საცავიდან. საცდელი აღდგენა გაუშვით Supadesk-იდან იმ კომპიუტერზე, რომელმაც გასაღები შექმნა.</translation>
    </message>
    <message>
        <source>The backup could not be decrypted with the stack&apos;s backup key:</source>
        <translation>სარეზერვო ასლი სტეკის სარეზერვო ასლების გასაღებით ვერ გაიშიფრა:</translation>
    </message>
    <message>
        <source>A scratch container from %1 could not be started:</source>
        <translation>%1 იმიჯიდან დროებითი კონტეინერი ვერ გაეშვა:</translation>
    </message>
    <message>
        <source>Decrypting the backup with the key from the keychain</source>
        <translation>სარეზერვო ასლის გაშიფვრა გასაღებების საცავის გასაღებით</translation>
    </message>
    <message>
        <source>Scratch container from the db service&apos;s image %1 (PostgreSQL %2).</source>
        <translation>დროებითი კონტეინერი db სერვისის იმიჯიდან %1 (PostgreSQL %2).</translation>
    </message>
    <message>
        <source>The scratch container %1 was removed.</source>
        <translation>დროებითი კონტეინერი %1 წაიშალა.</translation>
    </message>
    <message>
        <source>rclone is not installed on the server: the copies on %1 cannot be listed.</source>
        <translation>სერვერზე rclone დაყენებული არ არის: %1-ში შენახული ასლების ჩამოთვლა შეუძლებელია.</translation>
    </message>
    <message>
        <source>rclone could not list %1: %2</source>
        <translation>rclone-მა ვერ ჩამოთვალა %1: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::BackupsWorkspace</name>
    <message>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>სარეზერვო ასლი ახლავე</translation>
    </message>
    <message>
        <source>Run drill</source>
        <translation>საცდელი აღდგენა</translation>
    </message>
    <message>
        <source>Restores the selected dump (or the newest good one) into a scratch cluster on the server and compares it with the live database. The live database is only read.</source>
        <translation>აღადგენს არჩეულ დამპს (ან უახლეს გამართულს) სერვერზე დროებით კლასტერში და ადარებს მოქმედ მონაცემთა ბაზას. მოქმედი ბაზა მხოლოდ იკითხება.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Schedule monthly drill</source>
        <translation>ყოველთვიური საცდელი აღდგენა</translation>
    </message>
    <message>
        <source>Installs the drill on the server with a monthly timer (or cron), so it runs with Supadesk closed; its results come into the drill history on the next refresh.</source>
        <translation>სერვერზე დააყენებს საცდელ აღდგენას ყოველთვიური ტაიმერით (ან cron-ით), რომ Supadesk-ის დახურვისას შესრულდეს; შედეგები საცდელი აღდგენების ისტორიაში შემდეგი განახლებისას მოხვდება.</translation>
    </message>
    <message>
        <source>Backups on the server</source>
        <translation>სარეზერვო ასლები სერვერზე</translation>
    </message>
    <message>
        <source>Nightly runs</source>
        <translation>ღამის გაშვებები</translation>
    </message>
    <message>
        <source>Restore drills</source>
        <translation>საცდელი აღდგენები</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>გამონატანი</translation>
    </message>
    <message>
        <source>Database dump</source>
        <translation>მონაცემთა ბაზის დამპი</translation>
    </message>
    <message>
        <source>Roles and globals</source>
        <translation>როლები და გლობალური ობიექტები</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>დაუსრულებელი</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>სხვა ფაილი</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>წარმატებული</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ვერ შესრულდა</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n წუთის წინ</numerusform>
            <numerusform>%n წუთის წინ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n საათის წინ</numerusform>
            <numerusform>%n საათის წინ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n დღის წინ</numerusform>
            <numerusform>%n დღის წინ</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Select a stack to see its backups.</source>
        <translation>აირჩიეთ სტეკი მისი სარეზერვო ასლების სანახავად.</translation>
    </message>
    <message>
        <source>The stack&apos;s backups could not be read.</source>
        <translation>სტეკის სარეზერვო ასლების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Reading the backups on the server…</source>
        <translation>სერვერზე სარეზერვო ასლების წაკითხვა…</translation>
    </message>
    <message>
        <source>Connect the stack to see its backups.</source>
        <translation>დაუკავშირდით სტეკს მისი სარეზერვო ასლების სანახავად.</translation>
    </message>
    <message>
        <source>Newest good backup: %1 (%2).</source>
        <translation>უახლესი გამართული სარეზერვო ასლი: %1 (%2).</translation>
    </message>
    <message>
        <source>The newest nightly run FAILED: %1</source>
        <translation>უახლესი ღამის გაშვება ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>No nightly backup for %1: the newest good one is from %2.</source>
        <translation>ღამის სარეზერვო ასლი არ შექმნილა (%1): უახლესი გამართული ასლი არის %2-ის.</translation>
    </message>
    <message>
        <source>There is no good backup in %1.</source>
        <translation>%1-ში გამართული სარეზერვო ასლი არ არის.</translation>
    </message>
    <message>
        <source>Last restore drill passed on %1.</source>
        <translation>ბოლო საცდელი აღდგენა წარმატებით დასრულდა %1-ს.</translation>
    </message>
    <message>
        <source>Last restore drill FAILED on %1.</source>
        <translation>ბოლო საცდელი აღდგენა ვერ შესრულდა %1-ს.</translation>
    </message>
    <message>
        <source>Running the backup needs root: the login needs passwordless sudo.</source>
        <translation>სარეზერვო ასლის შესაქმნელად root-ის უფლებებია საჭირო: მომხმარებელს პაროლის გარეშე sudo სჭირდება.</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>სარეზერვო ასლის შექმნა გაუქმდა.</translation>
    </message>
    <message>
        <source>The backup finished.</source>
        <translation>სარეზერვო ასლი შეიქმნა.</translation>
    </message>
    <message>
        <source>The backup failed (exit status %1); its output says why.</source>
        <translation>სარეზერვო ასლის შექმნა ვერ შესრულდა (დასრულების სტატუსი %1); მიზეზი გამონატანშია.</translation>
    </message>
    <message>
        <source>The drill was cancelled; its scratch cluster was removed.</source>
        <translation>საცდელი აღდგენა გაუქმდა; მისი დროებითი კლასტერი წაიშალა.</translation>
    </message>
    <message>
        <source>The restore drill passed.</source>
        <translation>საცდელი აღდგენა წარმატებით დასრულდა.</translation>
    </message>
    <message>
        <source>The restore drill FAILED: %1</source>
        <translation>საცდელი აღდგენა ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>Scheduling the drill needs root: the login needs passwordless sudo.</source>
        <translation>საცდელი აღდგენის დასაგეგმად root-ის უფლებებია საჭირო: მომხმარებელს პაროლის გარეშე sudo სჭირდება.</translation>
    </message>
    <message>
        <source>The monthly drill is scheduled with a systemd timer (the 1st, 04:41); its results go to %1.</source>
        <translation>ყოველთვიური საცდელი აღდგენა დაიგეგმა systemd-ის ტაიმერით (ყოველი თვის 1-ში, 04:41); შედეგები ინახება %1-ში.</translation>
    </message>
    <message>
        <source>The monthly drill is scheduled with cron (the 1st, 04:41); its results go to %1.</source>
        <translation>ყოველთვიური საცდელი აღდგენა დაიგეგმა cron-ით (ყოველი თვის 1-ში, 04:41); შედეგები ინახება %1-ში.</translation>
    </message>
    <message>
        <source>The monthly drill could not be scheduled: %1</source>
        <translation>ყოველთვიური საცდელი აღდგენის დაგეგმვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Scheduled on the server (%1).</source>
        <translation>დაგეგმილი, სერვერზე (%1).</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>წარმატებული</translation>
    </message>
    <message>
        <source>No restore drill yet.</source>
        <translation>საცდელი აღდგენა ჯერ არ ჩატარებულა.</translation>
    </message>
    <message>
        <source>%1: %2 live, %3 restored (%4)</source>
        <translation>%1: %2 მოქმედში, %3 აღდგენილში (%4)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>შექმნის დრო</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>სახე</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ზომა</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>გაშვება</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ფაილი</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>დაწყება</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>Dump or reason</source>
        <translation>დამპი ან მიზეზი</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ხანგრძლივობა</translation>
    </message>
    <message>
        <source>Dump</source>
        <translation>დამპი</translation>
    </message>
    <message>
        <source>Runbook…</source>
        <translation>სახელმძღვანელო…</translation>
    </message>
    <message>
        <source>Saves the stack&apos;s disaster-recovery runbook as PDF or Markdown: where its backups are, the commands for each scenario and the last drill.</source>
        <translation>ინახავს სტეკის ავარიული აღდგენის სახელმძღვანელოს PDF-ად ან Markdown-ად: სად არის მისი სარეზერვო ასლები, ბრძანებები თითოეული სცენარისთვის და ბოლო საცდელი აღდგენა.</translation>
    </message>
    <message>
        <source>Base backup</source>
        <translation>საბაზისო სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>WAL range</source>
        <translation>WAL-ის დიაპაზონი</translation>
    </message>
    <message>
        <source>Storage files</source>
        <translation>Storage-ის ფაილები</translation>
    </message>
    <message>
        <source>%1, encrypted</source>
        <translation>%1, დაშიფრული</translation>
    </message>
    <message>
        <source>%1 (remote copy)</source>
        <translation>%1 (ასლი დაშორებულ საცავში)</translation>
    </message>
    <message>
        <source>Select a stack first.</source>
        <translation>ჯერ აირჩიეთ სტეკი.</translation>
    </message>
    <message>
        <source>Save disaster-recovery runbook</source>
        <translation>ავარიული აღდგენის სახელმძღვანელოს შენახვა</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Markdown (*.md)</source>
        <translation>PDF დოკუმენტები (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The runbook was saved to %1.</source>
        <translation>სახელმძღვანელო შენახულია: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n segment(s))</source>
        <translation>
            <numerusform>%1 (%n სეგმენტი)</numerusform>
            <numerusform>%1 (%n სეგმენტი)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>დროის მომენტზე აღდგენა</translation>
    </message>
</context>
<context>
    <name>supadesk::BundleExporter</name>
    <message>
        <source>The probe&apos;s files are missing from this build.</source>
        <translation>ზონდის ფაილები ამ ანაწყობში არ არის.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>ვერ შეიქმნა %1.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1-ის ჩანაცვლება ვერ ხერხდება.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ის ჩაწერა ვერ ხერხდება: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>კავშირი</translation>
    </message>
    <message>
        <source>Supadesk sets up the stack selected on the left over its SSH connection. Connect it so that the next pages can read the server; without a connection you can still make a plan and export it as a bundle.</source>
        <translation>Supadesk მარცხნივ არჩეულ სტეკს მისი SSH კავშირით აწყობს. დაუკავშირდით, რომ შემდეგმა გვერდებმა სერვერის მონაცემები წაიკითხონ; კავშირის გარეშეც შეგიძლიათ გეგმის შედგენა და მისი პაკეტად ექსპორტი.</translation>
    </message>
    <message>
        <source>Stack:</source>
        <translation>სტეკი:</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH:</translation>
    </message>
    <message>
        <source>Install directory:</source>
        <translation>დაყენების საქაღალდე:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>კავშირი:</translation>
    </message>
    <message>
        <source>Server .env:</source>
        <translation>სერვერის .env:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;დაკავშირება</translation>
    </message>
    <message>
        <source>Open the SSH connection and the tunnels of this stack.</source>
        <translation>ამ სტეკის SSH კავშირისა და გვირაბების გახსნა.</translation>
    </message>
    <message>
        <source>Host keys are checked as in the rest of Supadesk: an unknown key is shown for you to trust, a changed one is refused.</source>
        <translation>ჰოსტის გასაღებები ისევე მოწმდება, როგორც Supadesk-ის სხვა ნაწილებში: უცნობი გასაღები გეჩვენებათ, რომ ენდოთ, შეცვლილი კი უარყოფილია.</translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation>აირჩიეთ სტეკი მარცხნივ, სიაში.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>არ არის დაკავშირებული.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>დაკავშირებულია.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>უკავშირდება…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Not read yet: it is read once the stack is connected.</source>
        <translation>ჯერ არ წაკითხულა: წაიკითხება, როგორც კი სტეკი დაუკავშირდება.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>იკითხება…</translation>
    </message>
    <message numerus="yes">
        <source>Read: %n line(s). Its secrets are checked on the Secrets page.</source>
        <translation>
            <numerusform>წაკითხულია: %n სტრიქონი. მისი საიდუმლოები საიდუმლოების გვერდზე მოწმდება.</numerusform>
            <numerusform>წაკითხულია: %n სტრიქონი. მისი საიდუმლოები საიდუმლოების გვერდზე მოწმდება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read (%1). Every secret will be generated.</source>
        <translation>ვერ წაიკითხა (%1). ყველა საიდუმლო ახლიდან შეიქმნება.</translation>
    </message>
</context>
<context>
    <name>supadesk::ContainerActions</name>
    <message>
        <source>Container %1 could not be restarted: %2</source>
        <translation>კონტეინერის %1 გადატვირთვა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::ContainerLogsDialog</name>
    <message>
        <source>Filter:</source>
        <translation>ფილტრი:</translation>
    </message>
    <message>
        <source>Show only lines that contain this text</source>
        <translation>მხოლოდ ამ ტექსტის შემცველი სტრიქონების ჩვენება</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>პაუზა</translation>
    </message>
    <message>
        <source>The log ended.</source>
        <translation>ჟურნალი დასრულდა.</translation>
    </message>
    <message>
        <source>The log stopped: %1</source>
        <translation>ჟურნალი შეწყდა: %1</translation>
    </message>
    <message>
        <source>Log of %1</source>
        <translation>%1: ჟურნალი</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>გაგრძელება</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) waiting.</source>
        <translation>
            <numerusform>პაუზაზეა: %n ახალი სტრიქონი ელოდება.</numerusform>
            <numerusform>პაუზაზეა: %n ახალი სტრიქონი ელოდება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following: %n line(s).</source>
        <translation>
            <numerusform>თვალყურის დევნება: %n სტრიქონი.</numerusform>
            <numerusform>თვალყურის დევნება: %n სტრიქონი.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::DashboardWorkspace</name>
    <message>
        <source>Dashboard</source>
        <translation>დაფა</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>გაგრძელება</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>პაუზა</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>ყოველ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> წმ</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>ტრანზაქციები წამში</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>ტრანზაქცია/წმ</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>დადასტურებები</translation>
    </message>
    <message>
        <source>Rollbacks</source>
        <translation>დაბრუნებები</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>ქეშის მოხვედრის წილი</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>მოხვედრის წილი</translation>
    </message>
    <message>
        <source>99% target</source>
        <translation>99%-იანი მიზანი</translation>
    </message>
    <message>
        <source>Connections by state</source>
        <translation>კავშირები მდგომარეობის მიხედვით</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>კავშირი</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>აქტიური</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>უქმი</translation>
    </message>
    <message>
        <source>Idle in transaction</source>
        <translation>უქმი ტრანზაქციაში</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>მოლოდინში</translation>
    </message>
    <message>
        <source>Rows per second</source>
        <translation>მწკრივები წამში</translation>
    </message>
    <message>
        <source>rows/s</source>
        <translation>სტრიქონი/წმ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>დაბრუნებული</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>მოპოვებული</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>ჩასმული</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>განახლებული</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>წაშლილი</translation>
    </message>
    <message>
        <source>Database size %1 · longest transaction %2 s · oldest idle in transaction %3 s · %4 of %5 connections in use</source>
        <translation>ბაზის ზომა %1 · ყველაზე გრძელი ტრანზაქცია %2 წმ · ყველაზე ძველი უქმი ტრანზაქციაში %3 წმ · გამოყენებულია %4 კავშირი %5-დან</translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation>აირჩიეთ სტეკი მარცხნივ სიაში.</translation>
    </message>
    <message>
        <source>Connect “%1” to see its live statistics (Stack ▸ Connect, Ctrl+K).</source>
        <translation>ცოცხალი სტატისტიკის სანახავად დააკავშირეთ „%1“ (სტეკი ▸ დაკავშირება, Ctrl+K).</translation>
    </message>
    <message>
        <source>Sampling failed: %1</source>
        <translation>ანაზომის აღება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>პირველი ანაზომის მოლოდინი…</translation>
    </message>
    <message numerus="yes">
        <source>Live: a sample every %n second(s); the last one took %1 ms.</source>
        <translation>
            <numerusform>პირდაპირ: ანაზომი ყოველ %n წამში; ბოლო ანაზომს %1 მწმ დასჭირდა.</numerusform>
            <numerusform>პირდაპირ: ანაზომი ყოველ %n წამში; ბოლო ანაზომს %1 მწმ დასჭირდა.</numerusform>
        </translation>
    </message>
    <message>
        <source>Freeze the charts; samples are still recorded in the history (Ctrl+Shift+P)</source>
        <translation>დიაგრამების გაყინვა; ანაზომები ისტორიაში მაინც ჩაიწერება (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>დიაპაზონი</translation>
    </message>
    <message>
        <source>Live (last 5 minutes)</source>
        <translation>პირდაპირ (ბოლო 5 წუთი)</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>ბოლო საათი</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>ბოლო 24 საათი</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>ბოლო 7 დღე</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ბოლო 30 დღე</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>მასშტაბის აღდგენა</translation>
    </message>
    <message>
        <source>Show the whole range again (Ctrl+0). Zoom with the mouse wheel, pan by dragging; right-click a chart to export it.</source>
        <translation>მთელი დიაპაზონის ხელახლა ჩვენება (Ctrl+0). მასშტაბი შეცვალეთ თაგვის ბორბლით, გადააადგილეთ გადათრევით; დიაგრამის ექსპორტისთვის დააწკაპუნეთ მასზე მარჯვენა ღილაკით.</translation>
    </message>
    <message>
        <source>Fleet Overview</source>
        <translation>ფლოტის მიმოხილვა</translation>
    </message>
    <message>
        <source>All stacks at a glance (Ctrl+Shift+F)</source>
        <translation>ყველა სტეკი ერთი შეხედვით (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>დიაგრამები</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>აქტივობა</translation>
    </message>
    <message>
        <source>WAL and temporary files written</source>
        <translation>ჩაწერილი WAL და დროებითი ფაილები</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/წმ</translation>
    </message>
    <message>
        <source>WAL</source>
        <translation>WAL</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>დროებითი ფაილები</translation>
    </message>
    <message>
        <source>Replication lag and slot retention</source>
        <translation>რეპლიკაციის ჩამორჩენა და სლოტის მიერ შენახული WAL</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Largest standby lag</source>
        <translation>რეზერვულის მაქს. ჩამორჩენა</translation>
    </message>
    <message>
        <source>WAL held by a slot</source>
        <translation>სლოტის WAL</translation>
    </message>
    <message>
        <source>Replication delay</source>
        <translation>რეპლიკაციის დაყოვნება</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>წამი</translation>
    </message>
    <message>
        <source>Largest standby replay delay</source>
        <translation>რეზერვულ სერვერზე WAL-ის გამოყენების უდიდესი დაყოვნება</translation>
    </message>
    <message>
        <source>Checkpoints per sample</source>
        <translation>საკონტროლო წერტილები ანაზომზე</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>რაოდენობა</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>განრიგით</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>მოთხოვნით</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>ბაზის ზომა</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ზომა</translation>
    </message>
    <message>
        <source>Oldest transactions</source>
        <translation>უძველესი ტრანზაქციები</translation>
    </message>
    <message>
        <source>Longest running transaction</source>
        <translation>ყველაზე ხანგრძლივი ტრანზაქცია</translation>
    </message>
    <message>
        <source>Oldest idle in transaction</source>
        <translation>ყველაზე ძველი უქმი ტრანზაქციაში</translation>
    </message>
    <message>
        <source>Replication figures are visible to superusers and members of pg_read_all_stats only: GRANT pg_read_all_stats TO the dashboard&apos;s role.</source>
        <translation>რეპლიკაციის მონაცემებს ხედავენ მხოლოდ სუპერმომხმარებლები და pg_read_all_stats-ის წევრები: მიანიჭეთ დაფის როლს GRANT pg_read_all_stats.</translation>
    </message>
    <message>
        <source>This server is a standby: lag is shown on its primary.</source>
        <translation>ეს სერვერი რეზერვული სერვერია: ჩამორჩენა მის ძირითად სერვერზე ჩანს.</translation>
    </message>
    <message>
        <source>No standby is connected and no replication slot exists.</source>
        <translation>არცერთი რეზერვული სერვერი არ არის დაკავშირებული და რეპლიკაციის სლოტი არ არსებობს.</translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation>არცერთი რეზერვული სერვერი არ არის დაკავშირებული.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of other roles are hidden from this role: GRANT pg_read_all_stats to see their state.</source>
        <translation>
            <numerusform>სხვა როლების %n სესია ამ როლისთვის დამალულია: მათი მდგომარეობის სანახავად მიანიჭეთ GRANT pg_read_all_stats.</numerusform>
            <numerusform>სხვა როლების %n სესია ამ როლისთვის დამალულია: მათი მდგომარეობის სანახავად მიანიჭეთ GRANT pg_read_all_stats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleet overview: %n stack(s).</source>
        <translation>
            <numerusform>ფლოტის მიმოხილვა: %n სტეკი.</numerusform>
            <numerusform>ფლოტის მიმოხილვა: %n სტეკი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: the charts are frozen; samples are still recorded in the history.</source>
        <translation>შეჩერებულია: დიაგრამები გაყინულია; ანაზომები ისტორიაში მაინც იწერება.</translation>
    </message>
    <message>
        <source>History Retention…</source>
        <translation>ისტორიის შენახვის ვადა…</translation>
    </message>
    <message>
        <source>How long the local history keeps samples and summaries</source>
        <translation>რამდენ ხანს ინახავს ლოკალური ისტორია ანაზომებსა და შეჯამებებს</translation>
    </message>
    <message>
        <source>Pooler: clients and server connections</source>
        <translation>პულერი: კლიენტები და სერვერული კავშირები</translation>
    </message>
    <message>
        <source>Clients active</source>
        <translation>კლ. აქტიური</translation>
    </message>
    <message>
        <source>Clients waiting</source>
        <translation>კლ. მომლოდინე</translation>
    </message>
    <message>
        <source>Servers active</source>
        <translation>სერვ. აქტიური</translation>
    </message>
    <message>
        <source>Servers idle</source>
        <translation>სერვ. უქმი</translation>
    </message>
    <message>
        <source>Pooler: client wait time</source>
        <translation>პულერი: კლიენტების ლოდინის დრო</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>მწმ</translation>
    </message>
    <message>
        <source>Average wait per transaction</source>
        <translation>საშუალო ლოდინი ტრანზაქციაზე</translation>
    </message>
    <message>
        <source>Longest current wait</source>
        <translation>უგრძესი მიმდინარე ლოდინი</translation>
    </message>
    <message>
        <source>Reconnecting to “%1”… The charts show what was known %2 s ago.</source>
        <translation>„%1“-თან ხელახლა დაკავშირება… დიაგრამები აჩვენებს %2 წმ-ის წინანდელ მდგომარეობას.</translation>
    </message>
    <message>
        <source>Reconnecting to “%1”… No sample has arrived yet.</source>
        <translation>„%1“-თან ხელახლა დაკავშირება… ანაზომი ჯერ არ მოსულა.</translation>
    </message>
    <message>
        <source>Pooler (Supavisor): client connections</source>
        <translation>პულერი (Supavisor): კლიენტების კავშირები</translation>
    </message>
    <message>
        <source>Clients connected</source>
        <translation>დაკავშირებული კლიენტები</translation>
    </message>
    <message>
        <source>Pooler (Supavisor): wait for a database connection</source>
        <translation>პულერი (Supavisor): ბაზასთან კავშირის ლოდინი</translation>
    </message>
    <message>
        <source>Average wait per checkout</source>
        <translation>საშუალო ლოდინი კავშირის გაცემაზე</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ჰოსტი</translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseAdvisors</name>
    <message>
        <source>Row level security on exposed tables</source>
        <translation>მწკრივების დონის უსაფრთხოება API-სთვის ღია ცხრილებზე</translation>
    </message>
    <message>
        <source>Tables in a schema the API serves that anon or authenticated can reach without row level security are readable (and, with the grants, writable) by anyone holding the public anon key.</source>
        <translation>სქემის ცხრილებს, რომელსაც API ემსახურება, თუ anon ან authenticated მათ მწკრივების დონის უსაფრთხოების გარეშე წვდება, კითხულობს (და შესაბამისი უფლებებით ცვლის) ყველა, ვისაც საჯარო anon გასაღები აქვს.</translation>
    </message>
    <message>
        <source>Enable row level security on each table, then add policies for what each role may do; until then the API returns no rows from it.</source>
        <translation>ჩართეთ მწკრივების დონის უსაფრთხოება თითოეულ ცხრილზე, შემდეგ დაამატეთ პოლიტიკები იმისთვის, რისი გაკეთებაც თითოეულ როლს შეუძლია; მანამდე API ამ ცხრილიდან მწკრივებს არ აბრუნებს.</translation>
    </message>
    <message>
        <source>Policies on tables without row level security</source>
        <translation>პოლიტიკები ცხრილებზე მწკრივების დონის უსაფრთხოების გარეშე</translation>
    </message>
    <message>
        <source>Policies are ignored while row level security is off: the table looks protected and is not.</source>
        <translation>სანამ მწკრივების დონის უსაფრთხოება გამორთულია, პოლიტიკები იგნორირდება: ცხრილი დაცული ჩანს, მაგრამ არ არის.</translation>
    </message>
    <message>
        <source>Enable row level security on each table so its policies take effect.</source>
        <translation>ჩართეთ მწკრივების დონის უსაფრთხოება თითოეულ ცხრილზე, რომ მისმა პოლიტიკებმა იმოქმედოს.</translation>
    </message>
    <message>
        <source>Row level security without policies</source>
        <translation>მწკრივების დონის უსაფრთხოება პოლიტიკების გარეშე</translation>
    </message>
    <message>
        <source>A table with row level security and no policy returns nothing through the API: safe, but often an unfinished table.</source>
        <translation>ცხრილი მწკრივების დონის უსაფრთხოებით და პოლიტიკის გარეშე API-ით არაფერს აბრუნებს: ეს უსაფრთხოა, მაგრამ ხშირად დაუმთავრებელ ცხრილზე მიუთითებს.</translation>
    </message>
    <message>
        <source>Add the policies the application needs, or leave the table closed on purpose.</source>
        <translation>დაამატეთ აპლიკაციისთვის საჭირო პოლიტიკები, ან ცხრილი განზრახ დახურული დატოვეთ.</translation>
    </message>
    <message>
        <source>auth.users exposed through a view</source>
        <translation>auth.users ხედის გავლით გახსნილია</translation>
    </message>
    <message>
        <source>A view over auth.users in a schema the API serves hands every user&apos;s e-mail and metadata to anyone the view is granted to.</source>
        <translation>auth.users-ზე აგებული ხედი სქემაში, რომელსაც API ემსახურება, ყველა მომხმარებლის ელფოსტასა და მეტამონაცემებს გადასცემს ყველას, ვისაც ამ ხედზე უფლება აქვს.</translation>
    </message>
    <message>
        <source>Revoke the view from anon and authenticated, or move it to a schema the API does not serve.</source>
        <translation>ჩამოართვით ხედზე უფლებები anon-ს და authenticated-ს, ან გადაიტანეთ ის სქემაში, რომელსაც API არ ემსახურება.</translation>
    </message>
    <message>
        <source>Views running with their owner&apos;s rights</source>
        <translation>ხედები, რომლებიც მფლობელის უფლებებით მუშაობს</translation>
    </message>
    <message>
        <source>A view without security_invoker reads its tables with its owner&apos;s rights, past the row level security of the caller.</source>
        <translation>ხედი security_invoker-ის გარეშე თავის ცხრილებს მფლობელის უფლებებით კითხულობს და გამომძახებლის მწკრივების დონის უსაფრთხოებას გვერდს უვლის.</translation>
    </message>
    <message>
        <source>Make each view run with the caller&apos;s rights (security_invoker = on; PostgreSQL 15 or later).</source>
        <translation>ყოველი ხედი გამომძახებლის უფლებებით გაუშვით (security_invoker = on; PostgreSQL 15 ან უფრო ახალი).</translation>
    </message>
    <message>
        <source>Functions without a fixed search_path</source>
        <translation>ფუნქციები ფიქსირებული search_path-ის გარეშე</translation>
    </message>
    <message>
        <source>A function that resolves names through the caller&apos;s search_path can be made to call objects the caller chose, with the function&apos;s rights.</source>
        <translation>ფუნქცია, რომელიც სახელებს გამომძახებლის search_path-ით ეძებს, შეიძლება აიძულონ, გამომძახებლის არჩეული ობიექტები ფუნქციის უფლებებით გამოიძახოს.</translation>
    </message>
    <message>
        <source>Pin each function&apos;s search_path (the fix sets pg_catalog, the function&apos;s own schema, pg_temp; use an empty path and qualified names for the strictest setting).</source>
        <translation>დააფიქსირეთ ყოველი ფუნქციის search_path (შესწორება უთითებს pg_catalog-ს, ფუნქციის საკუთარ სქემას და pg_temp-ს; ყველაზე მკაცრი ვარიანტისთვის მიუთითეთ ცარიელი გზა და სრული სახელები).</translation>
    </message>
    <message>
        <source>Policies trusting user_metadata</source>
        <translation>user_metadata-ს მინდობილი პოლიტიკები</translation>
    </message>
    <message>
        <source>Every signed-in user can edit their own user_metadata, so a policy that decides on it lets users grant themselves access.</source>
        <translation>ყოველ ავტორიზებულ მომხმარებელს საკუთარი user_metadata-ს შეცვლა შეუძლია, ამიტომ პოლიტიკა, რომელიც მასზე დაყრდნობით წყვეტს, მომხმარებლებს საშუალებას აძლევს, წვდომა თავად მისცენ საკუთარ თავს.</translation>
    </message>
    <message>
        <source>Decide on app_metadata, which only the service role can change: set it for the users first, then apply the rewritten policies.</source>
        <translation>გადაწყვეტილება app_metadata-ზე დააფუძნეთ, რომელსაც მხოლოდ service role ცვლის: ჯერ მომხმარებლებს ის შეუვსეთ, შემდეგ გამოიყენეთ გადაწერილი პოლიტიკები.</translation>
    </message>
    <message>
        <source>Write policies that allow everything</source>
        <translation>ჩაწერის პოლიტიკები, რომლებიც ყველაფერს უშვებს</translation>
    </message>
    <message>
        <source>An INSERT, UPDATE or DELETE policy whose condition is just true lets any caller change any row.</source>
        <translation>INSERT, UPDATE ან DELETE პოლიტიკა, რომლის პირობაც უბრალოდ true-ა, ნებისმიერ გამომძახებელს ნებისმიერი მწკრივის შეცვლის საშუალებას აძლევს.</translation>
    </message>
    <message>
        <source>Drop the policy (the action is refused until a real one replaces it) and write one that compares the row&apos;s owner with (select auth.uid()).</source>
        <translation>წაშალეთ პოლიტიკა (მოქმედება უარყოფილი იქნება, სანამ მას ნამდვილი პირობის მქონე არ ჩაანაცვლებს) და დაწერეთ ისეთი, რომელიც მწკრივის მფლობელს (select auth.uid())-ს ადარებს.</translation>
    </message>
    <message>
        <source>Policies calling auth functions per row</source>
        <translation>პოლიტიკები, რომლებიც auth ფუნქციებს ყოველ მწკრივზე იძახებს</translation>
    </message>
    <message>
        <source>auth.uid(), auth.jwt() or current_setting() written bare in a policy runs once per row; wrapped as (select auth.uid()) it runs once per query.</source>
        <translation>პოლიტიკაში პირდაპირ ჩაწერილი auth.uid(), auth.jwt() ან current_setting() ყოველ მწკრივზე ერთხელ სრულდება; (select auth.uid())-ში შეფუთული კი — მოთხოვნაზე ერთხელ.</translation>
    </message>
    <message>
        <source>Wrap each call in a sub-select; the fix rewrites the policies that way.</source>
        <translation>შეფუთეთ ყოველი გამოძახება ქვემოთხოვნაში (sub-select); შესწორება პოლიტიკებს ასე გადაწერს.</translation>
    </message>
    <message>
        <source>Several permissive policies for one role and action</source>
        <translation>რამდენიმე ნებადამრთველი პოლიტიკა ერთი როლისა და მოქმედებისთვის</translation>
    </message>
    <message>
        <source>PostgreSQL evaluates every permissive policy for every row, so several for the same role and action slow every query on the table.</source>
        <translation>PostgreSQL ყოველ ნებადამრთველ პოლიტიკას ყოველ მწკრივზე ამოწმებს, ამიტომ რამდენიმე პოლიტიკა ერთი როლისა და მოქმედებისთვის ცხრილზე ყოველ მოთხოვნას ანელებს.</translation>
    </message>
    <message>
        <source>Merge them into one policy whose condition joins theirs with OR.</source>
        <translation>გააერთიანეთ ისინი ერთ პოლიტიკაში, რომლის პირობაც მათ პირობებს OR-ით აერთებს.</translation>
    </message>
    <message>
        <source>Foreign keys without an index</source>
        <translation>გარე გასაღებები ინდექსის გარეშე</translation>
    </message>
    <message>
        <source>Without an index on its columns a foreign key makes every delete of a referenced row scan the whole table, and joins along it cannot use an index.</source>
        <translation>თუ გარე გასაღების სვეტებზე ინდექსი არ არის, მიმართული მწკრივის ყოველი წაშლა მთელ ცხრილს ათვალიერებს, ხოლო ამ გასაღებით შეერთებები ინდექსს ვერ იყენებს.</translation>
    </message>
    <message>
        <source>Create an index on the foreign key&apos;s columns (the fix builds it in one transaction; on a large, busy table build it CONCURRENTLY by hand instead).</source>
        <translation>შექმენით ინდექსი გარე გასაღების სვეტებზე (შესწორება მას ერთ ტრანზაქციაში აგებს; დიდ, დატვირთულ ცხრილზე ის ხელით, CONCURRENTLY-ით ააგეთ).</translation>
    </message>
    <message>
        <source>Duplicate indexes</source>
        <translation>დუბლირებული ინდექსები</translation>
    </message>
    <message>
        <source>Identical indexes cost every write twice and the space twice, and only one is ever used.</source>
        <translation>იდენტური ინდექსები ყოველ ჩაწერასაც და ადგილსაც ორმაგად ხარჯავს, გამოიყენება კი მხოლოდ ერთი.</translation>
    </message>
    <message>
        <source>Drop the copies; the primary key&apos;s or a constraint&apos;s index is kept.</source>
        <translation>წაშალეთ ასლები; პირველადი გასაღების ან შეზღუდვის ინდექსი რჩება.</translation>
    </message>
    <message>
        <source>Unused indexes</source>
        <translation>გამოუყენებელი ინდექსები</translation>
    </message>
    <message>
        <source>An index never scanned costs every write and buys no read; the count is only as old as the statistics.</source>
        <translation>ინდექსი, რომელიც არასოდეს წაკითხულა, ყოველ ჩაწერას აძვირებს და კითხვას არ აჩქარებს; მთვლელი მხოლოდ სტატისტიკის ბოლო განულებიდან ითვლის.</translation>
    </message>
    <message>
        <source>Drop the indexes that stay unused over a full business cycle.</source>
        <translation>წაშალეთ ინდექსები, რომლებიც სრული სამუშაო ციკლის განმავლობაში გამოუყენებელი რჩება.</translation>
    </message>
    <message>
        <source>Tables without a primary key</source>
        <translation>ცხრილები პირველადი გასაღების გარეშე</translation>
    </message>
    <message>
        <source>Without a primary key rows cannot be addressed one by one: Realtime, replication and editors cannot update or delete a single row, and duplicates go unnoticed.</source>
        <translation>პირველადი გასაღების გარეშე მწკრივებს ცალ-ცალკე ვერ მიმართავთ: Realtime, რეპლიკაცია და რედაქტორები ცალკეულ მწკრივს ვერ განაახლებს ან წაშლის, დუბლიკატები კი შეუმჩნეველი რჩება.</translation>
    </message>
    <message>
        <source>Add a primary key (an existing unique, not-null column, or a new identity column).</source>
        <translation>დაამატეთ პირველადი გასაღები (არსებული უნიკალური, NOT NULL სვეტი ან ახალი identity სვეტი).</translation>
    </message>
    <message>
        <source>Extensions in the public schema</source>
        <translation>გაფართოებები public სქემაში</translation>
    </message>
    <message>
        <source>An extension in public puts its functions in the schema the API serves and every role searches first.</source>
        <translation>public-ში მოთავსებული გაფართოება თავის ფუნქციებს იმ სქემაში ათავსებს, რომელსაც API ემსახურება და რომელშიც ყოველი როლი პირველად ეძებს.</translation>
    </message>
    <message>
        <source>Move relocatable extensions to the schema extensions; drop and create the others there.</source>
        <translation>გადაადგილებადი გაფართოებები გადაიტანეთ სქემაში extensions; დანარჩენები წაშალეთ და იქ თავიდან შექმენით.</translation>
    </message>
    <message>
        <source>Extensions not at the installed version</source>
        <translation>გაფართოებები, რომლებიც დაყენებულ ვერსიამდე არ არის განახლებული</translation>
    </message>
    <message>
        <source>Fixes that the server&apos;s packages already carry are not in effect until the extension is updated in the database.</source>
        <translation>შესწორებები, რომლებსაც სერვერის პაკეტები უკვე შეიცავს, არ მოქმედებს, სანამ გაფართოება მონაცემთა ბაზაში არ განახლდება.</translation>
    </message>
    <message>
        <source>Update each extension to its default version.</source>
        <translation>განაახლეთ ყოველი გაფართოება მის ნაგულისხმევ ვერსიამდე.</translation>
    </message>
    <message>
        <source>Materialized views reachable over the API</source>
        <translation>API-ით მისაწვდომი მატერიალიზებული ხედები</translation>
    </message>
    <message>
        <source>Materialized views have no row level security: every row they hold is readable by the roles they are granted to.</source>
        <translation>მატერიალიზებულ ხედებს მწკრივების დონის უსაფრთხოება არ აქვს: მათ ყოველ მწკრივს კითხულობს ყველა როლი, ვისაც მათზე უფლება აქვს.</translation>
    </message>
    <message>
        <source>Revoke them from anon and authenticated, or move them to a schema the API does not serve.</source>
        <translation>ჩამოართვით მათზე უფლებები anon-ს და authenticated-ს, ან გადაიტანეთ ისინი სქემაში, რომელსაც API არ ემსახურება.</translation>
    </message>
    <message>
        <source>Foreign tables reachable over the API</source>
        <translation>API-ით მისაწვდომი გარე ცხრილები</translation>
    </message>
    <message>
        <source>Foreign tables have no row level security: the remote rows are readable by the roles they are granted to.</source>
        <translation>გარე ცხრილებს მწკრივების დონის უსაფრთხოება არ აქვს: დისტანციურ მწკრივებს კითხულობს ყველა როლი, ვისაც მათზე უფლება აქვს.</translation>
    </message>
    <message>
        <source>SECURITY DEFINER functions callable by anon</source>
        <translation>SECURITY DEFINER ფუნქციები, რომელთა გამოძახებაც anon-ს შეუძლია</translation>
    </message>
    <message>
        <source>Anyone holding the public anon key can call these functions over the API, with their owner&apos;s rights and past row level security.</source>
        <translation>ყველას, ვისაც საჯარო anon გასაღები აქვს, შეუძლია ეს ფუნქციები API-ით გამოიძახოს მათი მფლობელის უფლებებით, მწკრივების დონის უსაფრთხოების გვერდის ავლით.</translation>
    </message>
    <message>
        <source>Revoke EXECUTE from PUBLIC and anon (the fix grants it back to the other roles that hold it), or make the function SECURITY INVOKER.</source>
        <translation>ჩამოართვით EXECUTE PUBLIC-ს და anon-ს (შესწორება მას უბრუნებს სხვა როლებს, რომლებსაც ის ახლა აქვს), ან ფუნქცია SECURITY INVOKER გახადეთ.</translation>
    </message>
    <message>
        <source>SECURITY DEFINER functions callable by signed-in users</source>
        <translation>SECURITY DEFINER ფუნქციები, რომელთა გამოძახებაც ავტორიზებულ მომხმარებლებს შეუძლიათ</translation>
    </message>
    <message>
        <source>Every signed-in user can call these functions over the API, with their owner&apos;s rights and past row level security.</source>
        <translation>ყოველ ავტორიზებულ მომხმარებელს შეუძლია ეს ფუნქციები API-ით გამოიძახოს მათი მფლობელის უფლებებით, მწკრივების დონის უსაფრთხოების გვერდის ავლით.</translation>
    </message>
    <message>
        <source>Revoke EXECUTE from PUBLIC, anon and authenticated unless every user is meant to call them, or make the function SECURITY INVOKER.</source>
        <translation>ჩამოართვით EXECUTE PUBLIC-ს, anon-ს და authenticated-ს, თუ ფუნქციები ყველა მომხმარებლისთვის არ არის განკუთვნილი, ან ფუნქცია SECURITY INVOKER გახადეთ.</translation>
    </message>
    <message>
        <source>Sensitive columns readable over the API</source>
        <translation>API-ით წაკითხვადი მგრძნობიარე სვეტები</translation>
    </message>
    <message>
        <source>Columns named like passwords, tokens or personal data in a table without row level security are readable with the public anon key.</source>
        <translation>სვეტები, რომელთა სახელები პაროლებს, ტოკენებს ან პერსონალურ მონაცემებს ჰგავს, ცხრილში მწკრივების დონის უსაფრთხოების გარეშე საჯარო anon გასაღებით იკითხება.</translation>
    </message>
    <message>
        <source>Enable row level security on the table (and keep secrets out of tables the API serves).</source>
        <translation>ჩართეთ ცხრილზე მწკრივების დონის უსაფრთხოება (და ნუ ინახავთ საიდუმლო მონაცემებს ცხრილებში, რომლებსაც API ემსახურება).</translation>
    </message>
    <message>
        <source>Public buckets that allow listing</source>
        <translation>საჯარო ბაკეტები, რომელთა შიგთავსის ჩამოთვლაც შესაძლებელია</translation>
    </message>
    <message>
        <source>A public bucket serves its files by URL without any policy; a SELECT policy for anon only adds that anyone can list every file.</source>
        <translation>საჯარო ბაკეტი ფაილებს URL-ით ყოველგვარი პოლიტიკის გარეშე გასცემს; anon-ისთვის SELECT პოლიტიკა მხოლოდ იმას ამატებს, რომ ნებისმიერს ყველა ფაილის ჩამოთვლა შეუძლია.</translation>
    </message>
    <message>
        <source>Drop the policy; the files&apos; public URLs keep working.</source>
        <translation>წაშალეთ პოლიტიკა; ფაილების საჯარო URL-ები კვლავ იმუშავებს.</translation>
    </message>
    <message>
        <source>Table bloat</source>
        <translation>ცხრილის გაბერვა</translation>
    </message>
    <message>
        <source>Space left by deleted and updated rows that nothing reused: scans and backups read the empty pages too.</source>
        <translation>წაშლილი და განახლებული მწკრივების დატოვებული ადგილი, რომელიც არაფერს გამოუყენებია: სკანირებები და სარეზერვო ასლები ცარიელ გვერდებსაც კითხულობს.</translation>
    </message>
    <message>
        <source>Rewrite the table with VACUUM FULL (locks it while it runs; it cannot run inside the fix transaction) or pg_repack without the lock.</source>
        <translation>გადაწერეთ ცხრილი VACUUM FULL-ით (შესრულებისას ცხრილს ბლოკავს; შესწორების ტრანზაქციაში ვერ გაეშვება) ან pg_repack-ით ბლოკირების გარეშე.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s):</source>
        <translation>
            <numerusform>%n მიგნება:</numerusform>
            <numerusform>%n მიგნება:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… და კიდევ %n</numerusform>
            <numerusform>… და კიდევ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Supabase database (no anon role).</source>
        <translation>ეს Supabase-ის მონაცემთა ბაზა არ არის (anon როლი არ არსებობს).</translation>
    </message>
    <message>
        <source>The check&apos;s query failed: %1</source>
        <translation>შემოწმების მოთხოვნა ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>%1 does not exist in this database: nothing to check.</source>
        <translation>%1 ამ მონაცემთა ბაზაში არ არსებობს: შესამოწმებელი არაფერია.</translation>
    </message>
    <message>
        <source>The check&apos;s query is missing: %1</source>
        <translation>შემოწმების მოთხოვნა აკლია: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>არაფერი მოიძებნა.</translation>
    </message>
    <message>
        <source>No such database advisor.</source>
        <translation>მონაცემთა ბაზის ასეთი მრჩეველი არ არსებობს.</translation>
    </message>
    <message>
        <source>No database connection: the stack has no database forward.</source>
        <translation>მონაცემთა ბაზასთან კავშირი არ არის: სტეკს მონაცემთა ბაზის პორტის გადამისამართება არ აქვს.</translation>
    </message>
    <message>
        <source>The keychain holds no database password for this stack.</source>
        <translation>გასაღებების საცავში ამ სტეკის მონაცემთა ბაზის პაროლი არ არის.</translation>
    </message>
    <message>
        <source>Cannot connect to the database: %1</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseAuditChecks</name>
    <message>
        <source>The stack has no database forward.</source>
        <translation>სტეკს მონაცემთა ბაზის პორტის გადამისამართება არ აქვს.</translation>
    </message>
    <message>
        <source>The keychain holds no database password for this stack.</source>
        <translation>გასაღებების საცავში ამ სტეკისთვის მონაცემთა ბაზის პაროლი არ არის.</translation>
    </message>
    <message>
        <source>Cannot connect to the database as %1: %2</source>
        <translation>მონაცემთა ბაზასთან დაკავშირება %1-ის სახელით ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The server refused to let the login %1 read %2: %3</source>
        <translation>სერვერმა როლს %1 არ მისცა %2-ის წაკითხვის უფლება: %3</translation>
    </message>
    <message>
        <source>Reading %1 needs %2, which the login %3 does not have.</source>
        <translation>%1-ის წასაკითხად საჭიროა %2, რაც როლს %3 არ აქვს.</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The setting %1 is not visible to this login: reading it needs pg_read_all_settings (or a superuser).</source>
        <translation>პარამეტრი %1 ამ როლისთვის არ ჩანს: მის წასაკითხად საჭიროა pg_read_all_settings (ან სუპერმომხმარებელი).</translation>
    </message>
    <message>
        <source>PgBouncer&apos;s SHOW CONFIG has no pool_mode.</source>
        <translation>PgBouncer-ის SHOW CONFIG-ში pool_mode არ არის.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>a superuser</source>
        <translation>სუპერმომხმარებლის უფლება</translation>
    </message>
    <message>
        <source>There is no %1 on the host.</source>
        <translation>ჰოსტზე %1 არ არის.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, სტრიქონი %2</translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseAuditEvaluator</name>
    <message>
        <source>Default passwords</source>
        <translation>ნაგულისხმევი პაროლები</translation>
    </message>
    <message>
        <source>PostgreSQL tuning</source>
        <translation>PostgreSQL-ის მორგება</translation>
    </message>
    <message>
        <source>Pooler in transaction mode</source>
        <translation>პულერი ტრანზაქციის რეჟიმში</translation>
    </message>
    <message>
        <source>WAL archiving</source>
        <translation>WAL-ის დაარქივება</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>რეპლიკაცია</translation>
    </message>
    <message>
        <source>SSL for database connections</source>
        <translation>SSL მონაცემთა ბაზის კავშირებისთვის</translation>
    </message>
    <message>
        <source>The production checklist asks for all default passwords changed: env.example&apos;s values are public, so anyone who reaches the stack can log in with them.</source>
        <translation>საწარმოო გარემოს საკონტროლო სია მოითხოვს, რომ ყველა ნაგულისხმევი პაროლი შეიცვალოს: env.example-ის მნიშვნელობები საჯაროა, ამიტომ ნებისმიერს, ვინც სტეკს მიწვდება, მათით შესვლა შეუძლია.</translation>
    </message>
    <message>
        <source>The production checklist asks for PostgreSQL tuned to the host: the defaults use a fraction of the memory and plan for spinning disks.</source>
        <translation>საწარმოო გარემოს საკონტროლო სია მოითხოვს, რომ PostgreSQL ჰოსტზე იყოს მორგებული: ნაგულისხმევი პარამეტრები მეხსიერების მცირე ნაწილს იყენებს და მბრუნავი დისკებისთვისაა გათვლილი.</translation>
    </message>
    <message>
        <source>The production checklist asks for the pooler in transaction mode, so that many clients share a few server connections.</source>
        <translation>საწარმოო გარემოს საკონტროლო სია მოითხოვს პულერს ტრანზაქციის რეჟიმში, რომ ბევრმა კლიენტმა სერვერის რამდენიმე კავშირი გაიზიაროს.</translation>
    </message>
    <message>
        <source>Monitoring needs query statistics: without pg_stat_statements, slow queries cannot be found after the fact.</source>
        <translation>მონიტორინგს მოთხოვნების სტატისტიკა სჭირდება: pg_stat_statements-ის გარეშე ნელი მოთხოვნების მოგვიანებით პოვნა შეუძლებელია.</translation>
    </message>
    <message>
        <source>Backups and a tested restore need archived WAL for point-in-time recovery; a failing archiver also fills the disk with WAL.</source>
        <translation>სარეზერვო ასლებსა და შემოწმებულ აღდგენას დროის კონკრეტულ მომენტზე აღდგენისთვის დაარქივებული WAL სჭირდება; გაუმართავი არქივატორი კი დისკს WAL-ით ავსებს.</translation>
    </message>
    <message>
        <source>The production checklist asks for replication: a standby takes over when the server fails, and an abandoned slot keeps WAL until the disk is full.</source>
        <translation>საწარმოო გარემოს საკონტროლო სია მოითხოვს რეპლიკაციას: სერვერის მწყობრიდან გამოსვლისას მის ადგილს რეზერვული სერვერი იკავებს, მიტოვებული სლოტი კი WAL-ს მანამ ინახავს, სანამ დისკი არ გაივსება.</translation>
    </message>
    <message>
        <source>The production checklist asks for encryption in transit: without SSL, passwords and data cross the network in clear text.</source>
        <translation>საწარმოო გარემოს საკონტროლო სია მოითხოვს გადაცემისას დაშიფვრას: SSL-ის გარეშე პაროლები და მონაცემები ქსელში ღია ტექსტად გადის.</translation>
    </message>
    <message>
        <source>%1 in %2 (line %3) still has env.example&apos;s value.</source>
        <translation>%1-ს %2-ში (სტრიქონი %3) ისევ env.example-ის მნიშვნელობა აქვს.</translation>
    </message>
    <message>
        <source>%1 in %2 still has env.example&apos;s value.</source>
        <translation>%1-ს %2-ში ისევ env.example-ის მნიშვნელობა აქვს.</translation>
    </message>
    <message>
        <source>The .env could not be read: %1</source>
        <translation>.env-ის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>No login was tried: %1</source>
        <translation>შესვლა არ უცდია: %1</translation>
    </message>
    <message>
        <source>The server accepts any password for %1 from here (trust), so its password cannot be tested.</source>
        <translation>სერვერი აქედან %1-ისთვის ნებისმიერ პაროლს იღებს (trust), ამიტომ მისი პაროლის შემოწმება შეუძლებელია.</translation>
    </message>
    <message>
        <source>The login as %1 could not be tried: %2</source>
        <translation>%1-ის სახელით შესვლის ცდა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>None of Supabase&apos;s internal roles can log in on this server.</source>
        <translation>Supabase-ის შიდა როლებიდან ვერცერთი ვერ შედის ამ სერვერზე.</translation>
    </message>
    <message>
        <source>The example password is refused for: %1.</source>
        <translation>სანიმუშო პაროლი უარყოფილია როლებისთვის: %1.</translation>
    </message>
    <message>
        <source>Rotate the database password: every internal role gets a new one, the .env follows and the services restart. Replace the other example values on the Setup wizard&apos;s Secrets page.</source>
        <translation>შეცვალეთ მონაცემთა ბაზის პაროლი: ყველა შიდა როლი ახალს მიიღებს, .env განახლდება და სერვისები გადაიტვირთება. დანარჩენი სანიმუშო მნიშვნელობები შეცვალეთ გამართვის ოსტატის საიდუმლოების გვერდზე.</translation>
    </message>
    <message>
        <source>Generate new values for these keys on the Setup wizard&apos;s Secrets page.</source>
        <translation>შექმენით ამ გასაღებების ახალი მნიშვნელობები გამართვის ოსტატის საიდუმლოების გვერდზე.</translation>
    </message>
    <message>
        <source>No example value of env.example is left in %1.</source>
        <translation>%1-ში env.example-ის არცერთი სანიმუშო მნიშვნელობა აღარ დარჩა.</translation>
    </message>
    <message>
        <source>The host&apos;s size (CPUs and memory) is unknown.</source>
        <translation>ჰოსტის ზომა (პროცესორები და მეხსიერება) უცნობია.</translation>
    </message>
    <message>
        <source>The host&apos;s size is unknown: %1</source>
        <translation>ჰოსტის ზომა უცნობია: %1</translation>
    </message>
    <message>
        <source>%1: %2 (recommended %3)</source>
        <translation>%1: %2 (რეკომენდებული %3)</translation>
    </message>
    <message>
        <source>max_connections: %1 (the recommendation is sized for it)</source>
        <translation>max_connections: %1 (რეკომენდაცია ამ მნიშვნელობაზეა გათვლილი)</translation>
    </message>
    <message>
        <source>The server reported none of the tuned settings.</source>
        <translation>სერვერმა მორგებული პარამეტრებიდან არცერთი არ მოგვაწოდა.</translation>
    </message>
    <message>
        <source>Host: %1 vCPU, %2 RAM, %3.</source>
        <translation>ჰოსტი: %1 vCPU, %2 RAM, %3.</translation>
    </message>
    <message>
        <source>HDD</source>
        <translation>HDD</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>Not reported by the server: %1.</source>
        <translation>სერვერმა არ მოგვაწოდა: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ from the recommendation by more than a factor of %1: %2.</source>
        <translation>
            <numerusform>%n პარამეტრი რეკომენდაციისგან %1-ჯერ მეტით განსხვავდება: %2.</numerusform>
            <numerusform>%n პარამეტრი რეკომენდაციისგან %1-ჯერ მეტით განსხვავდება: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the recommended settings on the Setup wizard&apos;s Tuning page (some need a restart of the database).</source>
        <translation>გამოიყენეთ რეკომენდებული პარამეტრები გამართვის ოსტატის მორგების გვერდზე (ზოგიერთს მონაცემთა ბაზის გადატვირთვა სჭირდება).</translation>
    </message>
    <message>
        <source>Supavisor runs, but the .env could not be read: %1</source>
        <translation>Supavisor მუშაობს, მაგრამ .env-ის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Supavisor serves transaction mode on port %1 (%2).</source>
        <translation>Supavisor ტრანზაქციის რეჟიმს პორტზე %1 ემსახურება (%2).</translation>
    </message>
    <message>
        <source>Supavisor runs, but its compose service publishes no transaction-mode port (container port 6543).</source>
        <translation>Supavisor მუშაობს, მაგრამ მისი compose სერვისი ტრანზაქციის რეჟიმის პორტს არ აქვეყნებს (კონტეინერის პორტი 6543).</translation>
    </message>
    <message>
        <source>Supavisor runs, but the .env sets no POOLER_PROXY_PORT_TRANSACTION: no transaction-mode port is published.</source>
        <translation>Supavisor მუშაობს, მაგრამ .env-ში POOLER_PROXY_PORT_TRANSACTION მითითებული არ არის: ტრანზაქციის რეჟიმის პორტი გამოქვეყნებული არ არის.</translation>
    </message>
    <message>
        <source>Publish Supavisor&apos;s transaction port (6543) on the Setup wizard&apos;s Pooling page.</source>
        <translation>გამოაქვეყნეთ Supavisor-ის ტრანზაქციის პორტი (6543) გამართვის ოსტატის პულინგის გვერდზე.</translation>
    </message>
    <message>
        <source>PgBouncer&apos;s pool_mode is %1 (%2).</source>
        <translation>PgBouncer-ის pool_mode არის %1 (%2).</translation>
    </message>
    <message>
        <source>Set pool_mode = transaction on the Setup wizard&apos;s Pooling page.</source>
        <translation>მიუთითეთ pool_mode = transaction გამართვის ოსტატის პულინგის გვერდზე.</translation>
    </message>
    <message>
        <source>PgBouncer runs, but its pool_mode could not be read: %1</source>
        <translation>PgBouncer მუშაობს, მაგრამ მისი pool_mode-ის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The compose files run no pooler (neither Supavisor nor PgBouncer), and no PgBouncer was found on the host.</source>
        <translation>compose ფაილებში პულერი არ არის (არც Supavisor, არც PgBouncer) და ჰოსტზე PgBouncer ვერ მოიძებნა.</translation>
    </message>
    <message>
        <source>Set up a transaction pooler on the Setup wizard&apos;s Pooling page.</source>
        <translation>გამართეთ ტრანზაქციული პულერი გამართვის ოსტატის პულინგის გვერდზე.</translation>
    </message>
    <message>
        <source>The compose files could not be read.</source>
        <translation>compose ფაილების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The compose files could not be read: %1</source>
        <translation>compose ფაილების წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The pg_stat_statements view answers, so the library is loaded.</source>
        <translation>ხედი pg_stat_statements პასუხობს, ესე იგი ბიბლიოთეკა ჩატვირთულია.</translation>
    </message>
    <message>
        <source>The pg_stat_statements view refuses to answer: the library is not loaded.</source>
        <translation>ხედი pg_stat_statements პასუხზე უარს ამბობს: ბიბლიოთეკა ჩატვირთული არ არის.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not in shared_preload_libraries.</source>
        <translation>pg_stat_statements shared_preload_libraries-ში არ არის.</translation>
    </message>
    <message>
        <source>The Setup wizard&apos;s Tuning page adds pg_stat_statements to shared_preload_libraries; the database must restart once.</source>
        <translation>გამართვის ოსტატის მორგების გვერდი pg_stat_statements-ს shared_preload_libraries-ში ამატებს; მონაცემთა ბაზა ერთხელ უნდა გადაიტვირთოს.</translation>
    </message>
    <message>
        <source>The extension pg_stat_statements is not created in this database.</source>
        <translation>გაფართოება pg_stat_statements ამ მონაცემთა ბაზაში შექმნილი არ არის.</translation>
    </message>
    <message>
        <source>Create the extension (one statement, no restart).</source>
        <translation>შექმენით გაფართოება (ერთი ბრძანება, გადატვირთვის გარეშე).</translation>
    </message>
    <message>
        <source>The extension is created in the schema %1.</source>
        <translation>გაფართოება შექმნილია სქემაში %1.</translation>
    </message>
    <message>
        <source>archive_mode was not reported.</source>
        <translation>სერვერმა archive_mode არ მოგვაწოდა.</translation>
    </message>
    <message>
        <source>archive_mode = off: WAL is not archived, so point-in-time recovery is not possible.</source>
        <translation>archive_mode = off: WAL არ არქივდება, ამიტომ დროის კონკრეტულ მომენტზე აღდგენა შეუძლებელია.</translation>
    </message>
    <message>
        <source>Turn on WAL archiving to a backup location on the Setup wizard&apos;s Backups page.</source>
        <translation>ჩართეთ WAL-ის დაარქივება სარეზერვო ადგილას გამართვის ოსტატის სარეზერვო ასლების გვერდზე.</translation>
    </message>
    <message>
        <source>Archiving is on but nothing archives: WAL piles up in pg_wal until the disk is full.</source>
        <translation>დაარქივება ჩართულია, მაგრამ არაფერი არქივდება: WAL pg_wal-ში გროვდება, სანამ დისკი არ გაივსება.</translation>
    </message>
    <message>
        <source>Set an archive_command on the Setup wizard&apos;s Backups page, or turn archiving off.</source>
        <translation>მიუთითეთ archive_command გამართვის ოსტატის სარეზერვო ასლების გვერდზე, ან გამორთეთ დაარქივება.</translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read.</source>
        <translation>pg_stat_archiver-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>%1 WAL file(s) archived, %2 failure(s) since the statistics were reset.</source>
        <translation>სტატისტიკის განულების შემდეგ დაარქივებული WAL ფაილები: %1, წარუმატებელი მცდელობები: %2.</translation>
    </message>
    <message>
        <source>Last archived: %1 at %2.</source>
        <translation>ბოლოს დაარქივდა: %1 (%2).</translation>
    </message>
    <message>
        <source>WAL files waiting for the archiver: %1.</source>
        <translation>არქივატორის მომლოდინე WAL ფაილები: %1.</translation>
    </message>
    <message>
        <source>The archiver is failing: %1 could not be archived at %2, after the last success.</source>
        <translation>არქივატორი ვერ მუშაობს: ბოლო წარმატების შემდეგ %1-ის დაარქივება ვერ მოხერხდა (%2).</translation>
    </message>
    <message>
        <source>Read the database log for the archive_command&apos;s error and fix the command or its target (space, permissions, credentials).</source>
        <translation>მოძებნეთ archive_command-ის შეცდომა მონაცემთა ბაზის ჟურნალში და გაასწორეთ ბრძანება ან მისი სამიზნე (თავისუფალი ადგილი, უფლებები, ავტორიზაციის მონაცემები).</translation>
    </message>
    <message>
        <source>WAL is waiting, but nothing has been archived yet.</source>
        <translation>WAL ელოდება, მაგრამ ჯერ არაფერი დაარქივებულა.</translation>
    </message>
    <message>
        <source>The last WAL file was archived %1 ago, while WAL is waiting.</source>
        <translation>ბოლო WAL ფაილი %1-ის წინ დაარქივდა, თან WAL ელოდება.</translation>
    </message>
    <message>
        <source>Check that the archiver keeps up: the archive_command may be slow or stuck.</source>
        <translation>შეამოწმეთ, ასწრებს თუ არა არქივატორი: archive_command შეიძლება ნელია ან გაჭედილია.</translation>
    </message>
    <message>
        <source>Standby %1 (%2): %3, %4.</source>
        <translation>რეზერვული სერვერი %1 (%2): %3, %4.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(უსახელო)</translation>
    </message>
    <message>
        <source>address hidden</source>
        <translation>მისამართი დამალულია</translation>
    </message>
    <message>
        <source>state hidden</source>
        <translation>მდგომარეობა დამალულია</translation>
    </message>
    <message>
        <source>Slot %1 (%2): %3.</source>
        <translation>სლოტი %1 (%2): %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>აქტიური</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>არააქტიური</translation>
    </message>
    <message>
        <source>Reconnect the standby or consumer of the slot, or drop the slot if nothing uses it any more.</source>
        <translation>ხელახლა დააკავშირეთ სლოტის რეზერვული სერვერი ან მომხმარებელი, ან წაშალეთ სლოტი, თუ მას აღარაფერი იყენებს.</translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation>არცერთი რეზერვული სერვერი არ არის დაკავშირებული.</translation>
    </message>
    <message>
        <source>Set up a streaming standby (or a managed replica) and a runbook to promote it.</source>
        <translation>გამართეთ ნაკადური რეზერვული სერვერი (ან მართვადი რეპლიკა) და მისი ძირითად სერვერად გადაყვანის ინსტრუქცია.</translation>
    </message>
    <message>
        <source>The setting ssl was not reported.</source>
        <translation>სერვერმა პარამეტრი ssl არ მოგვაწოდა.</translation>
    </message>
    <message>
        <source>ssl = %1: the server accepts no encrypted connections.</source>
        <translation>ssl = %1: სერვერი დაშიფრულ კავშირებს არ იღებს.</translation>
    </message>
    <message>
        <source>Give PostgreSQL a certificate (ssl_cert_file, ssl_key_file), set ssl = on and reload; then make remote pg_hba rules hostssl.</source>
        <translation>მიეცით PostgreSQL-ს სერტიფიკატი (ssl_cert_file, ssl_key_file), მიუთითეთ ssl = on და ხელახლა ჩატვირთეთ კონფიგურაცია; შემდეგ დისტანციური pg_hba წესები hostssl-ად აქციეთ.</translation>
    </message>
    <message>
        <source>pg_hba.conf line %1: %2 %3 %4 %5 %6 allows connections without SSL.</source>
        <translation>pg_hba.conf, სტრიქონი %1: %2 %3 %4 %5 %6 უშვებს კავშირებს SSL-ის გარეშე.</translation>
    </message>
    <message>
        <source>ssl = on, and every rule for remote connections requires SSL (hostssl).</source>
        <translation>ssl = on და დისტანციური კავშირების ყველა წესი SSL-ს მოითხოვს (hostssl).</translation>
    </message>
    <message numerus="yes">
        <source>ssl = on, but %n rule(s) for remote connections accept them unencrypted.</source>
        <translation>
            <numerusform>ssl = on, მაგრამ დისტანციური კავშირების %n წესი მათ დაუშიფრავად იღებს.</numerusform>
            <numerusform>ssl = on, მაგრამ დისტანციური კავშირების %n წესი მათ დაუშიფრავად იღებს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change these pg_hba.conf rules from host to hostssl and reload PostgreSQL, once every client connects with sslmode=require.</source>
        <translation>როცა ყველა კლიენტი sslmode=require-ით დაუკავშირდება, შეცვალეთ ეს pg_hba.conf წესები host-იდან hostssl-ზე და ხელახლა ჩატვირთეთ PostgreSQL-ის კონფიგურაცია.</translation>
    </message>
    <message>
        <source>Slot %1 (%2) is inactive and retains %3 of WAL.</source>
        <translation>სლოტი %1 (%2) არააქტიურია და %3 WAL-ს აკავებს.</translation>
    </message>
    <message>
        <source>Query statistics (pg_stat_statements)</source>
        <translation>მოთხოვნების სტატისტიკა (pg_stat_statements)</translation>
    </message>
    <message>
        <source>The role %1 can log in with env.example&apos;s POSTGRES_PASSWORD.</source>
        <translation>როლს %1 env.example-ის POSTGRES_PASSWORD-ით შესვლა შეუძლია.</translation>
    </message>
</context>
<context>
    <name>supadesk::DatabaseRestart</name>
    <message>
        <source>No changed setting needs a restart of the database.</source>
        <translation>არცერთ შეცვლილ პარამეტრს მონაცემთა ბაზის გადატვირთვა არ სჭირდება.</translation>
    </message>
    <message>
        <source>Restarting the database for these settings:</source>
        <translation>მონაცემთა ბაზა გადაიტვირთება ამ პარამეტრების გამო:</translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL did not accept connections within %n second(s) after the restart; check the db container (docker compose logs db).</source>
        <translation>
            <numerusform>PostgreSQL-მა გადატვირთვიდან %n წამში კავშირები ვერ მიიღო; შეამოწმეთ db კონტეინერი (docker compose logs db).</numerusform>
            <numerusform>PostgreSQL-მა გადატვირთვიდან %n წამში კავშირები ვერ მიიღო; შეამოწმეთ db კონტეინერი (docker compose logs db).</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL accepts connections again.</source>
        <translation>PostgreSQL კვლავ იღებს კავშირებს.</translation>
    </message>
</context>
<context>
    <name>supadesk::DesktopNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: მოგვარდა</translation>
    </message>
    <message>
        <source>%1 alert since %2</source>
        <translation>%1 განგაში, დაწყება: %2</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (დაწყება: %2)</translation>
    </message>
</context>
<context>
    <name>supadesk::DisasterRunbook</name>
    <message>
        <source>Disaster-recovery runbook: %1</source>
        <translation>ავარიული აღდგენის სახელმძღვანელო: %1</translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1. Server: `%2` (SSH port %3), install directory `%4`, database container `%5`. Keep a printed copy where the team can reach it without the server.</source>
        <translation>შექმნილია Supadesk-ით %1-ზე. სერვერი: `%2` (SSH პორტი %3), დაყენების საქაღალდე `%4`, მონაცემთა ბაზის კონტეინერი `%5`. შეინახეთ დაბეჭდილი ასლი იქ, სადაც გუნდი სერვერის გარეშეც მიწვდება.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>საკონტაქტო პირები</translation>
    </message>
    <message>
        <source>No contacts are recorded: add who decides, who restores and who tells the users.</source>
        <translation>საკონტაქტო პირები არ არის ჩაწერილი: დაამატეთ, ვინ იღებს გადაწყვეტილებას, ვინ აღადგენს და ვინ აცნობებს მომხმარებლებს.</translation>
    </message>
    <message>
        <source>Where the backups are</source>
        <translation>სად არის სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>Nightly dump at %1:%2 UTC by `%3` (cron): `%4/%5-STAMP.dump` (custom format) and `%4/%5-STAMP.globals.sql` (roles); kept %6 days; log `%7`.</source>
        <translation>ღამის დამპი %1:%2 UTC-ზე, `%3`-ით (cron): `%4/%5-STAMP.dump` (custom ფორმატი) და `%4/%5-STAMP.globals.sql` (როლები); ინახება %6 დღე; ჟურნალი `%7`.</translation>
    </message>
    <message>
        <source>**No off-site copy is configured**: a lost server takes its backups with it. Set an rclone remote in the backup settings.</source>
        <translation>**სერვერის გარეთ ასლი არ არის გამართული**: დაკარგულ სერვერს თავის სარეზერვო ასლებიც მიჰყვება. მიუთითეთ rclone-ის დაშორებული საცავი სარეზერვო ასლის პარამეტრებში.</translation>
    </message>
    <message>
        <source>Off-site copy of every dump: `%1` (rclone).</source>
        <translation>ყოველი დამპის ასლი სერვერის გარეთ: `%1` (rclone).</translation>
    </message>
    <message>
        <source>Point-in-time recovery: WAL archive `%1`, base backups `%2` (daily at %3:%4 UTC by `%5`, the newest %6 kept; log `%7`). Inside the container the folder is `%8`.</source>
        <translation>დროის მომენტზე აღდგენა: WAL-ის არქივი `%1`, საბაზისო სარეზერვო ასლები `%2` (ყოველდღე %3:%4 UTC-ზე, `%5`-ით, ინახება უახლესი %6; ჟურნალი `%7`). კონტეინერის შიგნით საქაღალდეა `%8`.</translation>
    </message>
    <message>
        <source>Point-in-time recovery is not set up: the newest dump is the latest moment that can be restored.</source>
        <translation>დროის მომენტზე აღდგენა არ არის გამართული: აღდგენა შესაძლებელია მხოლოდ უახლესი დამპის მომენტამდე.</translation>
    </message>
    <message>
        <source>The secrets (`.env`: JWT_SECRET, API keys, POSTGRES_PASSWORD) are not in the dumps: keep a copy in the team&apos;s password manager.</source>
        <translation>საიდუმლოები (`.env`: JWT_SECRET, API გასაღებები, POSTGRES_PASSWORD) დამპებში არ არის: შეინახეთ ასლი გუნდის პაროლების მენეჯერში.</translation>
    </message>
    <message>
        <source>Last restore drill</source>
        <translation>ბოლო საცდელი აღდგენა</translation>
    </message>
    <message>
        <source>**No restore drill is on record**: nobody knows yet whether the dumps restore. Run one now:</source>
        <translation>**საცდელი აღდგენა არ ჩატარებულა**: ჯერ არავინ იცის, აღდგება თუ არა დამპები. ჩაატარეთ ახლავე:</translation>
    </message>
    <message>
        <source>Passed on %1: %2 restored.</source>
        <translation>წარმატებული იყო %1-ზე: %2 აღდგა.</translation>
    </message>
    <message>
        <source>**FAILED** on %1: %2 did not restore as it should.</source>
        <translation>**ვერ შესრულდა** %1-ზე: %2 ისე არ აღდგა, როგორც უნდა.</translation>
    </message>
    <message>
        <source>Tables that did not match: %1.</source>
        <translation>ცხრილები, რომლებიც არ დაემთხვა: %1.</translation>
    </message>
    <message>
        <source>roles that exist already are reported and skipped</source>
        <translation>უკვე არსებული როლები ჩანს შეტყობინებაში და გამოტოვებულია</translation>
    </message>
    <message>
        <source>Scenario 1: the database is corrupted, the server is fine</source>
        <translation>სცენარი 1: მონაცემთა ბაზა დაზიანდა, სერვერი გამართულია</translation>
    </message>
    <message>
        <source>Stop the stack so that nothing writes, and keep the damaged data directory:</source>
        <translation>გააჩერეთ სტეკი, რომ არაფერი ჩაიწეროს, და შეინახეთ დაზიანებული მონაცემების საქაღალდე:</translation>
    </message>
    <message>
        <source>Pick the newest dump whose nightly run succeeded, and prove it restores:</source>
        <translation>აირჩიეთ უახლესი დამპი, რომლის ღამის გაშვებაც წარმატებით დასრულდა, და დაამტკიცეთ, რომ ის აღდგება:</translation>
    </message>
    <message>
        <source>Start an empty database (the image creates Supabase&apos;s roles), then restore the roles and the dump into it:</source>
        <translation>გაუშვით ცარიელი მონაცემთა ბაზა (იმიჯი Supabase-ის როლებს ქმნის), შემდეგ აღადგინეთ მასში როლები და დამპი:</translation>
    </message>
    <message>
        <source>Start everything and check the stack:</source>
        <translation>გაუშვით ყველაფერი და შეამოწმეთ სტეკი:</translation>
    </message>
    <message>
        <source>Scenario 2: the server is lost</source>
        <translation>სცენარი 2: სერვერი დაიკარგა</translation>
    </message>
    <message>
        <source>Set up a new server with Supadesk&apos;s Setup workspace (or `supadesk-cli plan` and `supadesk-cli apply`), using the `.env` from the password manager: new secrets would invalidate every client&apos;s keys.</source>
        <translation>გამართეთ ახალი სერვერი Supadesk-ის „გამართვის“ სამუშაო სივრცით (ან `supadesk-cli plan` და `supadesk-cli apply`), პაროლების მენეჯერში შენახული `.env`-ით: ახალი საიდუმლოები ყველა კლიენტის გასაღებს გააუქმებდა.</translation>
    </message>
    <message>
        <source>Fetch the newest dump and its globals from the off-site copy:</source>
        <translation>ჩამოტვირთეთ უახლესი დამპი და მისი გლობალური ობიექტები სერვერის გარეთ შენახული ასლიდან:</translation>
    </message>
    <message>
        <source>Restore as in scenario 1, steps 3 and 4; then move the DNS name to the new server and add it to Supadesk.</source>
        <translation>აღადგინეთ ისე, როგორც სცენარი 1-ის მე-3 და მე-4 ნაბიჯებში; შემდეგ DNS სახელი გადაიტანეთ ახალ სერვერზე და დაამატეთ ის Supadesk-ში.</translation>
    </message>
    <message>
        <source>Scenario 3: a bad migration (undo it with PITR)</source>
        <translation>სცენარი 3: ცუდი მიგრაცია (გააუქმეთ PITR-ით)</translation>
    </message>
    <message>
        <source>Without point-in-time recovery, restore the newest dump taken before the migration as in scenario 1: everything written since that dump is lost.</source>
        <translation>დროის მომენტზე აღდგენის გარეშე აღადგინეთ მიგრაციამდე აღებული უახლესი დამპი, როგორც სცენარი 1-ში: ამ დამპის შემდეგ ჩაწერილი ყველაფერი დაიკარგება.</translation>
    </message>
    <message>
        <source>Find the moment just before the migration (the deploy log, or `supabase_migrations.schema_migrations`), in UTC.</source>
        <translation>იპოვეთ მომენტი მიგრაციამდე ცოტა ხნით ადრე (განთავსების ჟურნალი ან `supabase_migrations.schema_migrations`), UTC-ში.</translation>
    </message>
    <message>
        <source>On the server, restore to that moment into a scratch cluster, never the live database, and look at it:</source>
        <translation>სერვერზე აღადგინეთ ამ მომენტის მდგომარეობა დროებით კლასტერში, არასოდეს ცოცხალ მონაცემთა ბაზაში, და დაათვალიერეთ:</translation>
    </message>
    <message>
        <source>When only some tables were damaged, copy them back from the scratch cluster (the socket the restore printed):</source>
        <translation>თუ მხოლოდ რამდენიმე ცხრილი დაზიანდა, გადმოიტანეთ ისინი დროებითი კლასტერიდან (სოკეტი, რომელიც აღდგენამ გამოიტანა):</translation>
    </message>
    <message>
        <source>To put the whole database back to that moment: stop the stack, keep the current data directory aside, unpack the base backup, let PostgreSQL replay the archive up to the time, then remove the recovery settings:</source>
        <translation>მთელი მონაცემთა ბაზის ამ მომენტზე დასაბრუნებლად: გააჩერეთ სტეკი, მიმდინარე მონაცემების საქაღალდე გვერდზე გადადეთ, გახსენით საბაზისო სარეზერვო ასლი, PostgreSQL-ს მიეცით არქივის ამ დრომდე გამოყენების საშუალება, შემდეგ წაშალეთ აღდგენის პარამეტრები:</translation>
    </message>
    <message>
        <source>wait for `ready to accept connections`</source>
        <translation>დაელოდეთ `ready to accept connections`-ს</translation>
    </message>
    <message>
        <source>Take a new base backup right after (`sudo %1`): the restored database starts a new timeline.</source>
        <translation>მაშინვე აიღეთ ახალი საბაზისო სარეზერვო ასლი (`sudo %1`): აღდგენილი მონაცემთა ბაზა ახალ დროის ხაზს იწყებს.</translation>
    </message>
</context>
<context>
    <name>supadesk::DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 მწმ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 წმ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 წთ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 სთ %2 წთ</translation>
    </message>
</context>
<context>
    <name>supadesk::DrillHistoryStore</name>
    <message>
        <source>The local drill history is not open.</source>
        <translation>საცდელი აღდგენების ლოკალური ისტორია არ არის გახსნილი.</translation>
    </message>
    <message>
        <source>The drill could not be stored: %1</source>
        <translation>საცდელი აღდგენის შენახვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The local drill history could not be read: %1</source>
        <translation>საცდელი აღდგენების ლოკალური ისტორიის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::DrillInventory</name>
    <message>
        <source>The tables of %1 could not be listed: %2</source>
        <translation>%1-ის ცხრილების ჩამოთვლა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation>საცდელი აღდგენა გაუქმდა.</translation>
    </message>
    <message>
        <source>The rows of %1.%2 could not be counted: %3</source>
        <translation>%1.%2-ის მწკრივების დათვლა ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>The roles could not be listed: %1</source>
        <translation>როლების ჩამოთვლა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::DrillRules</name>
    <message>
        <source>The scratch restore needs about %1 of free disk (%2 times the dump&apos;s %3, plus %4 for the cluster itself); %5 is free.</source>
        <translation>დროებით აღდგენას დისკზე დაახლოებით %1 თავისუფალი ადგილი სჭირდება (დამპის ზომაზე, %3-ზე, %2-ჯერ მეტი და დამატებით %4 თავად კლასტერისთვის); თავისუფალია %5.</translation>
    </message>
    <message>
        <source>pg_restore listed no archive header: this is not a custom-format dump.</source>
        <translation>pg_restore-მა არქივის სათაური ვერ აჩვენა: ეს custom ფორმატის დამპი არ არის.</translation>
    </message>
    <message>
        <source>The dump comes from PostgreSQL %1 (pg_dump %2); this machine restores with PostgreSQL %3. Run the drill with PostgreSQL %4 or newer.</source>
        <translation>დამპი PostgreSQL %1-დან არის (pg_dump %2); ეს კომპიუტერი PostgreSQL %3-ით აღადგენს. გაუშვით საცდელი აღდგენა PostgreSQL %4-ით ან უფრო ახლით.</translation>
    </message>
    <message numerus="yes">
        <source>The restore reported %n error(s); the first: %1</source>
        <translation>
            <numerusform>აღდგენისას %n შეცდომა მოხდა; პირველი: %1</numerusform>
            <numerusform>აღდგენისას %n შეცდომა მოხდა; პირველი: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore exited cleanly.</source>
        <translation>აღდგენა შეცდომების გარეშე დასრულდა.</translation>
    </message>
    <message>
        <source>%1: %2 rows live, %3 restored</source>
        <translation>%1: მოქმედ ბაზაში %2 მწკრივი, აღდგენილში %3</translation>
    </message>
    <message>
        <source>Missing from the restore: %1.</source>
        <translation>აღდგენილ ბაზას აკლია: %1.</translation>
    </message>
    <message>
        <source>In the restore but no longer in the live database: %1.</source>
        <translation>აღდგენილ ბაზაშია, მაგრამ მოქმედ მონაცემთა ბაზაში აღარ არის: %1.</translation>
    </message>
    <message>
        <source>Row counts differ by more than changed since the dump: %1.</source>
        <translation>მწკრივების რაოდენობა იმაზე მეტად განსხვავდება, ვიდრე დამპის შემდეგ შეიცვალა: %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) of the live database are in the restore.</source>
        <translation>
            <numerusform>მოქმედი მონაცემთა ბაზის ყველა ცხრილი (%n) აღდგენილ ბაზაშია.</numerusform>
            <numerusform>მოქმედი მონაცემთა ბაზის ყველა ცხრილი (%n) აღდგენილ ბაზაშია.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row counts agree for %n table(s).</source>
        <translation>
            <numerusform>მწკრივების რაოდენობა ემთხვევა %n ცხრილში.</numerusform>
            <numerusform>მწკრივების რაოდენობა ემთხვევა %n ცხრილში.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) changed since the dump, within what the statistics record.</source>
        <translation>
            <numerusform>დამპის შემდეგ %n ცხრილი შეიცვალა, სტატისტიკაში აღრიცხულის ფარგლებში.</numerusform>
            <numerusform>დამპის შემდეგ %n ცხრილი შეიცვალა, სტატისტიკაში აღრიცხულის ფარგლებში.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n role(s) of the globals exist in the restore.</source>
        <translation>
            <numerusform>გლობალური ობიექტების ყველა როლი (%n) აღდგენილ ბაზაში არსებობს.</numerusform>
            <numerusform>გლობალური ობიექტების ყველა როლი (%n) აღდგენილ ბაზაში არსებობს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles of the globals missing from the restore: %1.</source>
        <translation>გლობალური ობიექტების როლები, რომლებიც აღდგენილ ბაზას აკლია: %1.</translation>
    </message>
    <message>
        <source>No globals file: roles were not restored, objects were restored without owners and privileges.</source>
        <translation>გლობალური ობიექტების ფაილი არ არის: როლები არ აღდგა, ობიექტები აღდგა მფლობელებისა და პრივილეგიების გარეშე.</translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; failed: %2</source>
        <translation>მოთხოვნა „%1“ ვერ შესრულდა: %2</translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; returned no rows.</source>
        <translation>მოთხოვნამ „%1“ მწკრივები არ დააბრუნა.</translation>
    </message>
    <message>
        <source>The query &quot;%1&quot; returned %2 rows.</source>
        <translation>მოთხოვნამ „%1“ დააბრუნა %2 მწკრივი.</translation>
    </message>
</context>
<context>
    <name>supadesk::EndpointAuditChecks</name>
    <message>
        <source>timed out</source>
        <translation>ლოდინის დრო ამოიწურა</translation>
    </message>
    <message>
        <source>The .env sets none of SUPABASE_PUBLIC_URL, API_EXTERNAL_URL and SITE_URL.</source>
        <translation>.env-ში არცერთი არ არის მითითებული: SUPABASE_PUBLIC_URL, API_EXTERNAL_URL, SITE_URL.</translation>
    </message>
    <message>
        <source>The stack has no gateway forward.</source>
        <translation>სტეკს კარიბჭის გადამისამართება არ აქვს.</translation>
    </message>
    <message>
        <source>The .env has no ANON_KEY to call the gateway with.</source>
        <translation>.env-ში არ არის ANON_KEY, რომლითაც კარიბჭეს მივმართავთ.</translation>
    </message>
    <message>
        <source>The server&apos;s listening sockets are unknown.</source>
        <translation>სერვერის მოსმენის სოკეტები უცნობია.</translation>
    </message>
</context>
<context>
    <name>supadesk::EndpointVerdicts</name>
    <message>
        <source>TLS certificate of the public URL</source>
        <translation>საჯარო URL-ის TLS სერტიფიკატი</translation>
    </message>
    <message>
        <source>The production checklist asks for TLS certificates installed and renewing themselves: keys and passwords otherwise cross the internet in clear text.</source>
        <translation>საწარმოო სიის მიხედვით TLS სერტიფიკატები უნდა იყოს დაყენებული და თავად უნდა განახლდეს: წინააღმდეგ შემთხვევაში გასაღებები და პაროლები ინტერნეტში ღია ტექსტად გადის.</translation>
    </message>
    <message>
        <source>Health endpoints</source>
        <translation>ჯანმრთელობის ბოლოწერტილები</translation>
    </message>
    <message>
        <source>The production checklist asks for verified health endpoints: a service that does not answer through the gateway is an outage the users see first.</source>
        <translation>საწარმოო სიის მიხედვით ჯანმრთელობის ბოლოწერტილები შემოწმებული უნდა იყოს: სერვისი, რომელიც კარიბჭით არ პასუხობს, გათიშვაა, რომელსაც პირველად მომხმარებლები ხედავენ.</translation>
    </message>
    <message>
        <source>Studio exposure</source>
        <translation>Studio-ს ხილვადობა</translation>
    </message>
    <message>
        <source>Studio holds the service role key: reachable without the gateway&apos;s basic auth or on a public port, it hands the whole database to anyone who finds it.</source>
        <translation>Studio-ს აქვს service role გასაღები: თუ ის კარიბჭის basic auth-ის გარეშე ან საჯარო პორტზე მისაწვდომია, მთელ მონაცემთა ბაზას ყველას აძლევს, ვინც მას იპოვის.</translation>
    </message>
    <message>
        <source>Put Supabase&apos;s Caddy overlay (docker-compose.caddy.yml, PROXY_DOMAIN) in front of the gateway, or a reverse proxy with a certificate from Let&apos;s Encrypt that renews itself.</source>
        <translation>კარიბჭის წინ დააყენეთ Supabase-ის Caddy-ის დანამატი (docker-compose.caddy.yml, PROXY_DOMAIN) ან უკუპროქსი Let&apos;s Encrypt-ის სერტიფიკატით, რომელიც თავად ახლდება.</translation>
    </message>
    <message>
        <source>%1 (%2) is served without TLS.</source>
        <translation>%1 (%2) TLS-ის გარეშე მიეწოდება.</translation>
    </message>
    <message>
        <source>%1 is not an https:// URL: %2</source>
        <translation>%1 არ არის https:// URL: %2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 მიუწვდომელია: %2</translation>
    </message>
    <message>
        <source>Certificate of %1 (%2), issued by %3.</source>
        <translation>%1-ის სერტიფიკატი (%2), გამცემი: %3.</translation>
    </message>
    <message>
        <source>protocol unknown</source>
        <translation>პროტოკოლი უცნობია</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>უსახელო გამცემი</translation>
    </message>
    <message>
        <source>Names: %1.</source>
        <translation>სახელები: %1.</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>ვადა ამოიწურა %1-ს.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>ვადა ამოწურულია</translation>
    </message>
    <message numerus="yes">
        <source>Expires on %1: %n day(s) left.</source>
        <translation>
            <numerusform>ვადა იწურება %1-ს: დარჩა %n დღე.</numerusform>
            <numerusform>ვადა იწურება %1-ს: დარჩა %n დღე.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>ვადა იწურება %n დღეში</numerusform>
            <numerusform>ვადა იწურება %n დღეში</numerusform>
        </translation>
    </message>
    <message>
        <source>does not name %1</source>
        <translation>%1 არ არის დასახელებული</translation>
    </message>
    <message>
        <source>not trusted (%1)</source>
        <translation>არ არის სანდო (%1)</translation>
    </message>
    <message>
        <source>Trusted by this computer&apos;s certificate store.</source>
        <translation>სანდოა ამ კომპიუტერის სერტიფიკატების საცავისთვის.</translation>
    </message>
    <message>
        <source>Auto-renewal: %1.</source>
        <translation>ავტომატური განახლება: %1.</translation>
    </message>
    <message>
        <source>no auto-renewal found (no certbot timer, no Caddy service or container)</source>
        <translation>ავტომატური განახლება ვერ მოიძებნა (არც certbot-ის ტაიმერი, არც Caddy-ის სერვისი ან კონტეინერი)</translation>
    </message>
    <message>
        <source>Could not tell whether something renews it.</source>
        <translation>ვერ დადგინდა, ანახლებს თუ არა მას რამე.</translation>
    </message>
    <message>
        <source>Fails: %1.</source>
        <translation>ჩავარდა: %1.</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>გაფრთხილება: %1.</translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation>%1: HTTP %2, %3 მწმ</translation>
    </message>
    <message>
        <source>%1: no answer after %2 ms (%3)</source>
        <translation>%1: პასუხი არ არის %2 მწმ-ის შემდეგ (%3)</translation>
    </message>
    <message>
        <source>The gateway did not answer.</source>
        <translation>კარიბჭემ არ უპასუხა.</translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation>არ მუშაობს: %1.</translation>
    </message>
    <message>
        <source>Look at the failing service&apos;s container (`docker compose ps`, `docker compose logs`) and restart it; check that its database role can log in.</source>
        <translation>შეამოწმეთ გაუმართავი სერვისის კონტეინერი (`docker compose ps`, `docker compose logs`) და გადატვირთეთ ის; შეამოწმეთ, შეუძლია თუ არა მის მონაცემთა ბაზის როლს შესვლა.</translation>
    </message>
    <message>
        <source>The gateway did not answer GET /: %1</source>
        <translation>კარიბჭემ GET /-ზე არ უპასუხა: %1</translation>
    </message>
    <message>
        <source>Studio answers GET / through the gateway without credentials (HTTP 200).</source>
        <translation>Studio კარიბჭით GET /-ზე ავტორიზაციის გარეშე პასუხობს (HTTP 200).</translation>
    </message>
    <message>
        <source>The gateway asks for credentials at / (HTTP 401).</source>
        <translation>კარიბჭე /-ზე ავტორიზაციას ითხოვს (HTTP 401).</translation>
    </message>
    <message>
        <source>The gateway answers GET / with HTTP %1, not Studio.</source>
        <translation>კარიბჭე GET /-ზე HTTP %1-ით პასუხობს და ეს Studio არ არის.</translation>
    </message>
    <message>
        <source>Studio&apos;s port %1 listens on %2.</source>
        <translation>Studio-ს პორტი %1 უსმენს მისამართზე %2.</translation>
    </message>
    <message>
        <source>Port %1 does not listen on a public address.</source>
        <translation>პორტი %1 საჯარო მისამართზე არ უსმენს.</translation>
    </message>
    <message>
        <source>Studio&apos;s port is published on %1:%2 (%3, line %4), past the firewall.</source>
        <translation>Studio-ს პორტი გამოქვეყნებულია მისამართზე %1:%2 (%3, სტრიქონი %4), ფაიერვოლის გვერდის ავლით.</translation>
    </message>
    <message>
        <source>Keep Studio behind the gateway&apos;s basic auth (DASHBOARD_USERNAME and DASHBOARD_PASSWORD) and publish no Studio port on a public address.</source>
        <translation>Studio დატოვეთ კარიბჭის basic auth-ის უკან (DASHBOARD_USERNAME და DASHBOARD_PASSWORD) და Studio-ს პორტი საჯარო მისამართზე ნუ გამოაქვეყნებთ.</translation>
    </message>
</context>
<context>
    <name>supadesk::EnvFile</name>
    <message>
        <source>%1 is set again on line %2 (first on line %3); Docker Compose uses the last one. Remove the extra line.</source>
        <translation>%1 ხელახლაა მითითებული სტრიქონზე %2 (პირველად — სტრიქონზე %3); Docker Compose ბოლოს იყენებს. წაშალეთ ზედმეტი სტრიქონი.</translation>
    </message>
    <message>
        <source>Line %1 is not KEY=VALUE; its content is not shown, as it may hold a secret. Fix or remove it.</source>
        <translation>სტრიქონი %1 არ არის KEY=VALUE ფორმატის; მისი შიგთავსი არ ჩანს, რადგან შეიძლება საიდუმლოს შეიცავდეს. შეასწორეთ ან წაშალეთ.</translation>
    </message>
    <message>
        <source>Line %1 (%2) has an unclosed quote; its value is not shown. Fix or remove it.</source>
        <translation>სტრიქონს %1 (%2) დაუხურავი ბრჭყალი აქვს; მისი მნიშვნელობა არ ჩანს. შეასწორეთ ან წაშალეთ.</translation>
    </message>
</context>
<context>
    <name>supadesk::ErrorCatalogue</name>
    <message>
        <source>The bundle&apos;s .env has a line that cannot be applied.</source>
        <translation>პაკეტის .env-ში არის სტრიქონი, რომლის გამოყენებაც შეუძლებელია.</translation>
    </message>
    <message>
        <source>The bundle lacks a file a step needs.</source>
        <translation>პაკეტს აკლია ფაილი, რომელიც ნაბიჯს სჭირდება.</translation>
    </message>
    <message>
        <source>The bundle folder does not exist.</source>
        <translation>პაკეტის საქაღალდე არ არსებობს.</translation>
    </message>
    <message>
        <source>A file of the bundle cannot be read.</source>
        <translation>პაკეტის ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server&apos;s .env has lines that cannot be edited safely.</source>
        <translation>სერვერის .env-ში არის სტრიქონები, რომელთა უსაფრთხოდ რედაქტირება შეუძლებელია.</translation>
    </message>
    <message>
        <source>There is no .env on the server to edit.</source>
        <translation>სერვერზე დასარედაქტირებელი .env არ არის.</translation>
    </message>
    <message>
        <source>A step needs root and the login user cannot get it.</source>
        <translation>ნაბიჯს root სჭირდება, შესვლის მომხმარებელი კი მას ვერ იღებს.</translation>
    </message>
    <message>
        <source>The step does not change a file.</source>
        <translation>ნაბიჯი ფაილს არ ცვლის.</translation>
    </message>
    <message>
        <source>A backup path is not an absolute path on the server.</source>
        <translation>სარეზერვო ასლის გზა სერვერზე აბსოლუტური გზა არ არის.</translation>
    </message>
    <message>
        <source>The database port of the backup is not a TCP port.</source>
        <translation>სარეზერვო ასლის მონაცემთა ბაზის პორტი TCP პორტი არ არის.</translation>
    </message>
    <message>
        <source>The backup retention is outside 1 to 3650 days.</source>
        <translation>სარეზერვო ასლების შენახვის ვადა 1-დან 3650 დღემდე არ არის.</translation>
    </message>
    <message>
        <source>The server gave no scratch folder for a backup run.</source>
        <translation>სერვერმა სარეზერვო ასლის გაშვებისთვის დროებითი საქაღალდე არ მისცა.</translation>
    </message>
    <message>
        <source>A backup setting holds characters a script cannot take.</source>
        <translation>სარეზერვო ასლის პარამეტრი შეიცავს სიმბოლოებს, რომლებსაც სკრიპტი ვერ მიიღებს.</translation>
    </message>
    <message>
        <source>The .env given to the plan cannot be edited safely.</source>
        <translation>გეგმისთვის მიცემული .env-ის უსაფრთხოდ რედაქტირება შეუძლებელია.</translation>
    </message>
    <message>
        <source>The chart&apos;s data cannot be saved as CSV.</source>
        <translation>დიაგრამის მონაცემების CSV-ად შენახვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The chart cannot be saved as a PNG file.</source>
        <translation>დიაგრამის PNG ფაილად შენახვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A --forward value is not LOCALPORT:REMOTEHOST:REMOTEPORT.</source>
        <translation>--forward-ის მნიშვნელობა LOCALPORT:REMOTEHOST:REMOTEPORT არ არის.</translation>
    </message>
    <message>
        <source>There is no stack with the given name.</source>
        <translation>მოცემული სახელით სტეკი არ არსებობს.</translation>
    </message>
    <message>
        <source>The SSH tunnel to the stack&apos;s database could not be opened.</source>
        <translation>სტეკის მონაცემთა ბაზამდე SSH გვირაბის გახსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The command line is incomplete or wrong.</source>
        <translation>ბრძანების სტრიქონი არასრული ან არასწორია.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection string cannot be read.</source>
        <translation>PostgreSQL-ის კავშირის სტრიქონის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server did not cancel the running query.</source>
        <translation>სერვერმა გაშვებული მოთხოვნა არ გააუქმა.</translation>
    </message>
    <message>
        <source>The database connection for EXPLAIN is not open.</source>
        <translation>EXPLAIN-ისთვის მონაცემთა ბაზასთან კავშირი ღია არ არის.</translation>
    </message>
    <message>
        <source>There is no statement to explain.</source>
        <translation>გეგმის საჩვენებელი ბრძანება არ არის.</translation>
    </message>
    <message>
        <source>EXPLAIN failed or returned no plan.</source>
        <translation>EXPLAIN ვერ შესრულდა ან გეგმა არ დააბრუნა.</translation>
    </message>
    <message>
        <source>The backend process ID of the EXPLAIN connection could not be read.</source>
        <translation>EXPLAIN-ის კავშირის სერვერული პროცესის ID-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The transaction around EXPLAIN ANALYZE could not be rolled back.</source>
        <translation>EXPLAIN ANALYZE-ის ტრანზაქციის დაბრუნება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>More than one statement was given to EXPLAIN.</source>
        <translation>EXPLAIN-ს ერთზე მეტი ბრძანება მიეცა.</translation>
    </message>
    <message>
        <source>The transaction for EXPLAIN ANALYZE could not be started.</source>
        <translation>EXPLAIN ANALYZE-ისთვის ტრანზაქციის დაწყება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A port is both opened and closed.</source>
        <translation>პორტი ერთდროულად გახსნილიც არის და დახურულიც.</translation>
    </message>
    <message>
        <source>A firewall port is not a TCP port.</source>
        <translation>ფაიერვოლის პორტი TCP პორტი არ არის.</translation>
    </message>
    <message>
        <source>The automatic firewall revert is shorter than 60 seconds.</source>
        <translation>ფაიერვოლის ავტომატური დაბრუნება 60 წამზე მოკლეა.</translation>
    </message>
    <message>
        <source>The SSH port is among the ports to close.</source>
        <translation>SSH პორტი დასახურ პორტებს შორისაა.</translation>
    </message>
    <message>
        <source>The dashboard history is not open.</source>
        <translation>დაფის ისტორია ღია არ არის.</translation>
    </message>
    <message>
        <source>The dashboard history file is damaged.</source>
        <translation>დაფის ისტორიის ფაილი დაზიანებულია.</translation>
    </message>
    <message>
        <source>The folder for the dashboard history cannot be created.</source>
        <translation>დაფის ისტორიის საქაღალდის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>There is no dashboard history file yet.</source>
        <translation>დაფის ისტორიის ფაილი ჯერ არ არსებობს.</translation>
    </message>
    <message>
        <source>The dashboard history file cannot be opened.</source>
        <translation>დაფის ისტორიის ფაილის გახსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A damaged dashboard history file cannot be set aside.</source>
        <translation>დაზიანებული დაფის ისტორიის ფაილის გვერდზე გადადება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Reading or writing the dashboard history failed.</source>
        <translation>დაფის ისტორიის წაკითხვა ან ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The number of connections is outside 20 to 10000.</source>
        <translation>კავშირების რაოდენობა 20-დან 10000-მდე არ არის.</translation>
    </message>
    <message>
        <source>The number of vCPUs is outside 1 to 1024.</source>
        <translation>vCPU-ების რაოდენობა 1-დან 1024-მდე არ არის.</translation>
    </message>
    <message>
        <source>The RAM is not written as a memory size.</source>
        <translation>RAM მეხსიერების ზომად არ არის ჩაწერილი.</translation>
    </message>
    <message>
        <source>The RAM is outside 1 GiB to 4 TiB.</source>
        <translation>RAM 1 GiB-დან 4 TiB-მდე არ არის.</translation>
    </message>
    <message>
        <source>The storage kind is neither ssd nor hdd.</source>
        <translation>მეხსიერების ტიპი არც ssd არის და არც hdd.</translation>
    </message>
    <message>
        <source>The WAL archive directory is not a plain absolute path.</source>
        <translation>WAL-ის არქივის საქაღალდე მარტივი აბსოლუტური გზა არ არის.</translation>
    </message>
    <message>
        <source>The workload is not web, oltp, analytics or mixed.</source>
        <translation>დატვირთვა არ არის web, oltp, analytics ან mixed.</translation>
    </message>
    <message>
        <source>The database cannot be reached to try hypothetical indexes.</source>
        <translation>ჰიპოთეტური ინდექსების საცდელად მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The hypopg extension could not be created.</source>
        <translation>hypopg გაფართოების შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A hypothetical index could not be created.</source>
        <translation>ჰიპოთეტური ინდექსის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The hypopg extension is available but not created in the database.</source>
        <translation>hypopg გაფართოება ხელმისაწვდომია, მაგრამ მონაცემთა ბაზაში შექმნილი არ არის.</translation>
    </message>
    <message>
        <source>A query with hypothetical indexes failed.</source>
        <translation>ჰიპოთეტური ინდექსებით მოთხოვნა ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>The hypopg extension is not installed on the server.</source>
        <translation>hypopg გაფართოება სერვერზე დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>The file is not a valid stack export.</source>
        <translation>ფაილი სტეკების სწორი ექსპორტი არ არის.</translation>
    </message>
    <message>
        <source>The text is not a JSON Web Token.</source>
        <translation>ტექსტი JSON Web Token არ არის.</translation>
    </message>
    <message>
        <source>A PgBouncer admin command failed.</source>
        <translation>PgBouncer-ის ადმინისტრირების ბრძანება ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>The PgBouncer admin console cannot be reached.</source>
        <translation>PgBouncer-ის ადმინისტრირების კონსოლთან დაკავშირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>This build has no PostgreSQL client library.</source>
        <translation>ამ ანაწყობს PostgreSQL-ის კლიენტის ბიბლიოთეკა არ აქვს.</translation>
    </message>
    <message>
        <source>A SHOW command of the PgBouncer admin console failed.</source>
        <translation>PgBouncer-ის ადმინისტრირების კონსოლის SHOW ბრძანება ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>The plan file is empty.</source>
        <translation>გეგმის ფაილი ცარიელია.</translation>
    </message>
    <message>
        <source>The plan is not EXPLAIN JSON that can be read.</source>
        <translation>გეგმა წაკითხვადი EXPLAIN JSON არ არის.</translation>
    </message>
    <message>
        <source>There is no plan to save.</source>
        <translation>შესანახი გეგმა არ არის.</translation>
    </message>
    <message>
        <source>The plan file cannot be read.</source>
        <translation>გეგმის ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The plan is not EXPLAIN text that can be read.</source>
        <translation>გეგმა წაკითხვადი EXPLAIN ტექსტი არ არის.</translation>
    </message>
    <message>
        <source>A file cannot be written.</source>
        <translation>ფაილის ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server could not run the preflight commands.</source>
        <translation>სერვერმა წინასწარი შემოწმების ბრძანებები ვერ გაუშვა.</translation>
    </message>
    <message>
        <source>The metrics text is not in the Prometheus format.</source>
        <translation>მეტრიკების ტექსტი Prometheus-ის ფორმატში არ არის.</translation>
    </message>
    <message>
        <source>The keychain refused to read, store or remove a secret.</source>
        <translation>გასაღებების საცავმა საიდუმლოს წაკითხვა, შენახვა ან წაშლა უარყო.</translation>
    </message>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>გასაღებების საცავში ასეთი საიდუმლო არ არის.</translation>
    </message>
    <message>
        <source>No keychain is available on this desktop.</source>
        <translation>ამ სამუშაო მაგიდაზე გასაღებების საცავი ხელმისაწვდომი არ არის.</translation>
    </message>
    <message>
        <source>The stack list cannot be saved.</source>
        <translation>სტეკების სიის შენახვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>There is no plan to export.</source>
        <translation>საექსპორტო გეგმა არ არის.</translation>
    </message>
    <message>
        <source>The probe&apos;s files are missing from this build.</source>
        <translation>ზონდის ფაილები ამ ანაწყობში არ არის.</translation>
    </message>
    <message>
        <source>An exported file cannot be written.</source>
        <translation>ექსპორტირებული ფაილის ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A folder on the server cannot be listed over SFTP.</source>
        <translation>SFTP-ით სერვერზე საქაღალდის ჩამონათვალის მიღება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The folder on the server does not exist.</source>
        <translation>სერვერზე საქაღალდე არ არსებობს.</translation>
    </message>
    <message>
        <source>The new file cannot be given the old file&apos;s owner.</source>
        <translation>ახალ ფაილს ძველი ფაილის მფლობელის მინიჭება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A file on the server cannot be read over SFTP.</source>
        <translation>SFTP-ით სერვერზე ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The new file cannot be moved into place.</source>
        <translation>ახალი ფაილის თავის ადგილზე გადატანა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The SFTP subsystem cannot be started.</source>
        <translation>SFTP ქვესისტემის გაშვება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A file on the server cannot be written over SFTP.</source>
        <translation>SFTP-ით სერვერზე ფაილის ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The database cannot be reached to signal a session.</source>
        <translation>სესიისთვის სიგნალის გასაგზავნად მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>სესია აღარ არსებობს.</translation>
    </message>
    <message>
        <source>The server refused to cancel or end the session.</source>
        <translation>სერვერმა სესიის გაუქმებაზე ან დასრულებაზე უარი თქვა.</translation>
    </message>
    <message>
        <source>The PostgreSQL connection is not open.</source>
        <translation>PostgreSQL-თან კავშირი გახსნილი არ არის.</translation>
    </message>
    <message>
        <source>An SQL statement failed.</source>
        <translation>SQL ბრძანება ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>No SSH agent is running, or it holds no key.</source>
        <translation>SSH აგენტი არ არის გაშვებული, ან მასში გასაღები არ არის.</translation>
    </message>
    <message>
        <source>Authentication ended in an error.</source>
        <translation>ავთენტიფიკაცია შეცდომით დასრულდა.</translation>
    </message>
    <message>
        <source>The server refused the login.</source>
        <translation>სერვერმა შესვლა უარყო.</translation>
    </message>
    <message>
        <source>The passphrase of the private key is wrong.</source>
        <translation>პირადი გასაღების საიდუმლო ფრაზა არასწორია.</translation>
    </message>
    <message>
        <source>The private key file cannot be used.</source>
        <translation>პირადი გასაღების ფაილის გამოყენება შეუძლებელია.</translation>
    </message>
    <message>
        <source>No private key file is set, or it does not exist.</source>
        <translation>პირადი გასაღების ფაილი მითითებული არ არის ან არ არსებობს.</translation>
    </message>
    <message>
        <source>The private key needs a passphrase.</source>
        <translation>პირად გასაღებს საიდუმლო ფრაზა სჭირდება.</translation>
    </message>
    <message>
        <source>The private key file cannot be read.</source>
        <translation>პირადი გასაღების ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server wants a further authentication method.</source>
        <translation>სერვერს ავთენტიფიკაციის კიდევ ერთი მეთოდი სჭირდება.</translation>
    </message>
    <message>
        <source>The SSH password is needed and not stored.</source>
        <translation>SSH პაროლი საჭიროა და შენახული არ არის.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>დაკავშირება გაუქმდა.</translation>
    </message>
    <message>
        <source>The host name from ssh_config is not usable.</source>
        <translation>ssh_config-ის ჰოსტის სახელის გამოყენება შეუძლებელია.</translation>
    </message>
    <message>
        <source>The host name cannot be resolved.</source>
        <translation>ჰოსტის სახელის ამოხსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A remote command could not be run.</source>
        <translation>დისტანციური ბრძანების გაშვება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The local port cannot be listened on.</source>
        <translation>ლოკალურ პორტზე მოსმენა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The local port is already in use.</source>
        <translation>ლოკალური პორტი უკვე გამოიყენება.</translation>
    </message>
    <message>
        <source>No local socket can be created.</source>
        <translation>ლოკალური სოკეტის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The SSH handshake failed.</source>
        <translation>SSH-ით კავშირის დამყარება (handshake) ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The host key differs from the recorded one.</source>
        <translation>ჰოსტის გასაღები ჩაწერილისგან განსხვავდება.</translation>
    </message>
    <message>
        <source>The host key cannot be read.</source>
        <translation>ჰოსტის გასაღების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server sent no host key.</source>
        <translation>სერვერმა ჰოსტის გასაღები არ გამოგზავნა.</translation>
    </message>
    <message>
        <source>There is no new or changed host key to act on.</source>
        <translation>ახალი ან შეცვლილი ჰოსტის გასაღები არ არის.</translation>
    </message>
    <message>
        <source>The host key is of a type not recorded, while keys of other types are.</source>
        <translation>ჰოსტის გასაღები ჩაუწერელი ტიპისაა, სხვა ტიპის გასაღებები კი ჩაწერილია.</translation>
    </message>
    <message>
        <source>The host key is marked as revoked.</source>
        <translation>ჰოსტის გასაღები გაუქმებულად არის მონიშნული.</translation>
    </message>
    <message>
        <source>The host key is not yet trusted; --accept-new-host-key records it.</source>
        <translation>ჰოსტის გასაღები ჯერ სანდო არ არის; --accept-new-host-key მას ჩაწერს.</translation>
    </message>
    <message>
        <source>No channel through the jump host could be opened.</source>
        <translation>შუალედური ჰოსტის გავლით არხის გახსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>No local socket for the jump host could be made.</source>
        <translation>შუალედური ჰოსტისთვის ლოკალური სოკეტის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A jump host is not written as [user@]host[:port].</source>
        <translation>შუალედური ჰოსტი [user@]host[:port] სახით არ არის ჩაწერილი.</translation>
    </message>
    <message>
        <source>The known hosts file changed while it was being updated.</source>
        <translation>ცნობილი ჰოსტების ფაილი განახლებისას შეიცვალა.</translation>
    </message>
    <message>
        <source>The known hosts file that holds the key cannot be changed.</source>
        <translation>ცნობილი ჰოსტების ფაილის, რომელიც გასაღებს შეიცავს, შეცვლა შეუძლებელია.</translation>
    </message>
    <message>
        <source>A known hosts file cannot be read.</source>
        <translation>ცნობილი ჰოსტების ფაილის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The known hosts file cannot be written.</source>
        <translation>ცნობილი ჰოსტების ფაილის ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The SSH connection was lost.</source>
        <translation>SSH კავშირი გაწყდა.</translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Waiting on the SSH connection failed.</source>
        <translation>SSH კავშირის მოლოდინი ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>სერვერმა კავშირი უარყო.</translation>
    </message>
    <message>
        <source>Connecting timed out.</source>
        <translation>დაკავშირების დრო ამოიწურა.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>სერვერთან დაკავშირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A stack with this id already exists.</source>
        <translation>ამ იდენტიფიკატორით სტეკი უკვე არსებობს.</translation>
    </message>
    <message>
        <source>The stack&apos;s settings are not valid.</source>
        <translation>სტეკის პარამეტრები არასწორია.</translation>
    </message>
    <message>
        <source>The stack no longer exists.</source>
        <translation>ეს სტეკი აღარ არსებობს.</translation>
    </message>
    <message>
        <source>The database cannot be reached to read pg_stat_statements.</source>
        <translation>pg_stat_statements-ის წასაკითხად მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The pg_stat_statements extension could not be created.</source>
        <translation>pg_stat_statements გაფართოების შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>pg_stat_statements is loaded but not created in the database.</source>
        <translation>pg_stat_statements ჩატვირთულია, მაგრამ მონაცემთა ბაზაში შექმნილი არ არის.</translation>
    </message>
    <message>
        <source>pg_stat_statements is not in shared_preload_libraries.</source>
        <translation>pg_stat_statements shared_preload_libraries-ში არ არის.</translation>
    </message>
    <message>
        <source>The statement statistics cannot be read.</source>
        <translation>ბრძანებების სტატისტიკის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The statement statistics cannot be reset.</source>
        <translation>ბრძანებების სტატისტიკის განულება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The database cannot be reached for statistics.</source>
        <translation>სტატისტიკისთვის მონაცემთა ბაზასთან დაკავშირება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Taking a sample of the statistics failed.</source>
        <translation>სტატისტიკის ანაზომის აღება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The server&apos;s PostgreSQL version is not supported.</source>
        <translation>სერვერის PostgreSQL-ის ვერსია მხარდაჭერილი არ არის.</translation>
    </message>
    <message>
        <source>Supavisor&apos;s metrics cannot be read.</source>
        <translation>Supavisor-ის მეტრიკების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The uptime history is not open.</source>
        <translation>ხელმისაწვდომობის ისტორია ღია არ არის.</translation>
    </message>
    <message>
        <source>The uptime history file is damaged.</source>
        <translation>ხელმისაწვდომობის ისტორიის ფაილი დაზიანებულია.</translation>
    </message>
    <message>
        <source>The folder for the uptime history cannot be created.</source>
        <translation>ხელმისაწვდომობის ისტორიის საქაღალდის შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The probe is being installed already.</source>
        <translation>ზონდი უკვე ყენდება.</translation>
    </message>
    <message>
        <source>Installing the probe was cancelled.</source>
        <translation>ზონდის დაყენება გაუქმდა.</translation>
    </message>
    <message>
        <source>The probe needs curl on the server.</source>
        <translation>ზონდს სერვერზე curl სჭირდება.</translation>
    </message>
    <message>
        <source>The server did not name the user Supadesk connects as.</source>
        <translation>სერვერმა არ დაასახელა მომხმარებელი, რომლითაც Supadesk უკავშირდება.</translation>
    </message>
    <message>
        <source>A probe file is missing from this build.</source>
        <translation>ზონდის ფაილი ამ ანაწყობში არ არის.</translation>
    </message>
    <message>
        <source>A step of installing or removing the probe failed.</source>
        <translation>ზონდის დაყენების ან წაშლის ნაბიჯი ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>Installing the probe needs root and sudo asks for a password.</source>
        <translation>ზონდის დაყენებას root სჭირდება, sudo კი პაროლს ითხოვს.</translation>
    </message>
    <message>
        <source>There is nothing to install yet.</source>
        <translation>დასაყენებელი ჯერ არაფერია.</translation>
    </message>
    <message>
        <source>The maintenance window ends before it starts.</source>
        <translation>ტექნიკური მომსახურების ფანჯარა დაწყებამდე მთავრდება.</translation>
    </message>
    <message>
        <source>The maintenance window no longer exists.</source>
        <translation>ტექნიკური მომსახურების ფანჯარა აღარ არსებობს.</translation>
    </message>
    <message>
        <source>There is no such maintenance window.</source>
        <translation>ასეთი ტექნიკური მომსახურების ფანჯარა არ არსებობს.</translation>
    </message>
    <message>
        <source>The uptime history file cannot be opened.</source>
        <translation>ხელმისაწვდომობის ისტორიის ფაილის გახსნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The probe logs are being fetched already.</source>
        <translation>ზონდის ჟურნალები უკვე მოიტანება.</translation>
    </message>
    <message>
        <source>Fetching the probe logs was cancelled.</source>
        <translation>ზონდის ჟურნალების ჩამოტვირთვა გაუქმდა.</translation>
    </message>
    <message>
        <source>The stack is not connected, so its probe logs cannot be fetched.</source>
        <translation>სტეკი დაკავშირებული არ არის, ამიტომ მისი ზონდის ჟურნალების მოტანა შეუძლებელია.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>ანგარიში გაუქმდა.</translation>
    </message>
    <message>
        <source>The report&apos;s language could not be loaded.</source>
        <translation>ანგარიშის ენის ჩატვირთვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>No stack was chosen for the report.</source>
        <translation>ანგარიშისთვის სტეკი არ აირჩიეს.</translation>
    </message>
    <message>
        <source>The report file cannot be written.</source>
        <translation>ანგარიშის ფაილის ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A damaged uptime history file cannot be set aside.</source>
        <translation>დაზიანებული ხელმისაწვდომობის ისტორიის ფაილის გვერდზე გადადება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Reading or writing the uptime history failed.</source>
        <translation>ხელმისაწვდომობის ისტორიის წაკითხვა ან ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The availability target is outside 0% to 100%.</source>
        <translation>ხელმისაწვდომობის მიზანი 0%-დან 100%-მდე არ არის.</translation>
    </message>
    <message>
        <source>A schema change of the local history failed and was rolled back.</source>
        <translation>ადგილობრივი ისტორიის სქემის ცვლილება ვერ შესრულდა და დაბრუნდა.</translation>
    </message>
    <message>
        <source>The local history was written by a newer release of Supadesk.</source>
        <translation>ადგილობრივი ისტორია Supadesk-ის უფრო ახალმა ვერსიამ ჩაწერა.</translation>
    </message>
    <message>
        <source>The local history&apos;s schema cannot be read.</source>
        <translation>ადგილობრივი ისტორიის სქემის წაკითხვა ვერ ხერხდება.</translation>
    </message>
    <message>
        <source>The built-in schema scripts are missing or out of order.</source>
        <translation>ჩაშენებული სქემის სკრიპტები აკლია ან არასწორი რიგითაა.</translation>
    </message>
    <message>
        <source>An advisor&apos;s fix failed and was rolled back; nothing was changed.</source>
        <translation>მრჩევლის შესწორება ვერ შესრულდა და დაბრუნდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The audit was cancelled before every check had run.</source>
        <translation>აუდიტი გაუქმდა, სანამ ყველა შემოწმება შესრულდებოდა.</translation>
    </message>
    <message>
        <source>There is no audit check with the given id.</source>
        <translation>მითითებული იდენტიფიკატორით აუდიტის შემოწმება არ არსებობს.</translation>
    </message>
    <message>
        <source>The stack is not connected; the audit needs its SSH session.</source>
        <translation>სტეკი დაკავშირებული არ არის; აუდიტს მისი SSH სესია სჭირდება.</translation>
    </message>
    <message>
        <source>The audit report cannot be written.</source>
        <translation>აუდიტის ანგარიშის ჩაწერა ვერ ხერხდება.</translation>
    </message>
    <message>
        <source>The server&apos;s .env could not be updated with the new password; the old password was put back.</source>
        <translation>სერვერის .env-ში ახალი პაროლის ჩაწერა ვერ მოხერხდა; ძველი პაროლი აღდგა.</translation>
    </message>
    <message>
        <source>The stack was not healthy after the password change; the old password was put back.</source>
        <translation>პაროლის შეცვლის შემდეგ სტეკი გამართულად არ მუშაობდა; ძველი პაროლი აღდგა.</translation>
    </message>
    <message>
        <source>A database role&apos;s password could not be changed; every role keeps its old password.</source>
        <translation>მონაცემთა ბაზის როლის პაროლის შეცვლა ვერ მოხერხდა; ყველა როლს ძველი პაროლი დარჩა.</translation>
    </message>
    <message>
        <source>The password change failed and could not be fully undone; the report says which roles have which password.</source>
        <translation>პაროლის შეცვლა ვერ მოხერხდა და ბოლომდე ვერ გაუქმდა; ანგარიში აჩვენებს, რომელ როლს რომელი პაროლი აქვს.</translation>
    </message>
    <message>
        <source>The new password could not be saved in the keychain; nothing was changed.</source>
        <translation>ახალი პაროლის გასაღებების საცავში შენახვა ვერ მოხერხდა; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The alert channel refused the message or did not answer.</source>
        <translation>განგაშის არხმა შეტყობინება არ მიიღო ან არ უპასუხა.</translation>
    </message>
    <message>
        <source>There is no alert channel with the given id.</source>
        <translation>მითითებული იდენტიფიკატორით განგაშის არხი არ არსებობს.</translation>
    </message>
    <message>
        <source>The server-side alerter could not be installed.</source>
        <translation>სერვერის მხარის განგაშის სერვისის დაყენება ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>An alert rule has an impossible threshold or duration.</source>
        <translation>განგაშის წესს შეუძლებელი ზღვარი ან ხანგრძლივობა აქვს.</translation>
    </message>
    <message>
        <source>The backup or drill was cancelled; its scratch instance was removed.</source>
        <translation>სარეზერვო ასლის შექმნა ან საცდელი აღდგენა გაუქმდა; დროებითი ეგზემპლარი წაიშალა.</translation>
    </message>
    <message>
        <source>There is not enough free disk for the scratch restore.</source>
        <translation>დროებითი აღდგენისთვის დისკზე საკმარისი ადგილი არ არის.</translation>
    </message>
    <message>
        <source>The restore drill could not run to its end.</source>
        <translation>საცდელი აღდგენა ბოლომდე ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>The backup or the backup folder does not exist.</source>
        <translation>სარეზერვო ასლი ან სარეზერვო ასლების საქაღალდე არ არსებობს.</translation>
    </message>
    <message>
        <source>The dump was made by a newer PostgreSQL than the one restoring it.</source>
        <translation>დამპი შექმნილია PostgreSQL-ის უფრო ახალი ვერსიით, ვიდრე ის, რომელიც მას აღადგენს.</translation>
    </message>
    <message>
        <source>The action on the container failed.</source>
        <translation>კონტეინერზე მოქმედება ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>The host and its containers could not be read.</source>
        <translation>ჰოსტისა და მისი კონტეინერების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>WAL archiving could not be set up, or it is failing.</source>
        <translation>WAL-ის არქივაციის გამართვა ვერ მოხერხდა, ან ის შეცდომით მუშაობს.</translation>
    </message>
    <message>
        <source>The point-in-time restore failed; the live database was not touched.</source>
        <translation>დროის მოცემულ მომენტზე აღდგენა ვერ მოხერხდა; მოქმედ მონაცემთა ბაზას არაფერი შეხებია.</translation>
    </message>
    <message>
        <source>The recovery target lies outside what the base backups and WAL cover.</source>
        <translation>აღდგენის სამიზნე სცდება იმას, რასაც საბაზო სარეზერვო ასლები და WAL ფარავს.</translation>
    </message>
    <message>
        <source>A WAL segment the recovery needs is missing from the archive.</source>
        <translation>აღდგენისთვის საჭირო WAL-ის სეგმენტი არქივში არ არის.</translation>
    </message>
    <message>
        <source>The standby could not log in to the primary for replication.</source>
        <translation>რეზერვულმა სერვერმა რეპლიკაციისთვის ძირითად სერვერზე შესვლა ვერ შეძლო.</translation>
    </message>
    <message>
        <source>The standby host lacks the disk its data directory needs.</source>
        <translation>რეზერვული სერვერის ჰოსტს მონაცემთა საქაღალდისთვის საკმარისი დისკი არ აქვს.</translation>
    </message>
    <message>
        <source>The standby cannot reach the primary&apos;s replication port.</source>
        <translation>რეზერვული სერვერი ვერ აღწევს ძირითადი სერვერის რეპლიკაციის პორტს.</translation>
    </message>
    <message>
        <source>The standby&apos;s data directory is not empty.</source>
        <translation>რეზერვული სერვერის მონაცემთა საქაღალდე ცარიელი არ არის.</translation>
    </message>
    <message>
        <source>Promotion was refused: the primary still answers and was not confirmed and fenced.</source>
        <translation>დაწინაურებაზე უარი ითქვა: ძირითადი სერვერი ჯერ კიდევ პასუხობს და არც დადასტურებულა, არც იზოლირებულა.</translation>
    </message>
    <message>
        <source>The old primary could not be turned into a standby of the new one.</source>
        <translation>ძველი ძირითადი სერვერის ახლის რეზერვულ სერვერად გადაქცევა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The replication slot exists already or could not be made.</source>
        <translation>რეპლიკაციის სლოტი უკვე არსებობს ან მისი შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>A step of the standby setup failed and was rolled back.</source>
        <translation>რეზერვული სერვერის გამართვის ნაბიჯი ვერ შესრულდა და დაბრუნდა.</translation>
    </message>
    <message>
        <source>The primary and the standby run different PostgreSQL major versions.</source>
        <translation>ძირითად და რეზერვულ სერვერებზე PostgreSQL-ის სხვადასხვა ძირითადი ვერსია მუშაობს.</translation>
    </message>
    <message>
        <source>The certificate authority refused or failed to issue the certificate.</source>
        <translation>სერტიფიკაციის ცენტრმა სერტიფიკატის გაცემაზე უარი თქვა ან ვერ გასცა.</translation>
    </message>
    <message>
        <source>The proxy&apos;s own check refused the generated configuration.</source>
        <translation>პროქსის საკუთარმა შემოწმებამ შექმნილი კონფიგურაცია არ მიიღო.</translation>
    </message>
    <message>
        <source>A host name does not resolve to this server&apos;s address.</source>
        <translation>ჰოსტის სახელი ამ სერვერის მისამართზე არ მიუთითებს.</translation>
    </message>
    <message>
        <source>Port 80 or 443 is taken by another program.</source>
        <translation>პორტი 80 ან 443 სხვა პროგრამას უკავია.</translation>
    </message>
    <message>
        <source>A host name or e-mail address is not valid.</source>
        <translation>ჰოსტის სახელი ან ელფოსტის მისამართი არასწორია.</translation>
    </message>
    <message>
        <source>HTTPS could not be proven to work; the old configuration was restored.</source>
        <translation>HTTPS-ის მუშაობა ვერ დადასტურდა; ძველი კონფიგურაცია აღდგა.</translation>
    </message>
</context>
<context>
    <name>supadesk::ExportReportDialog</name>
    <message>
        <source>Export uptime report</source>
        <translation>ხელმისაწვდომობის ანგარიშის ექსპორტი</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>არჩევა…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ექსპორტი</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>თვე:</translation>
    </message>
    <message>
        <source>Stacks:</source>
        <translation>სტეკები:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ენა:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>შენახვა როგორც:</translation>
    </message>
    <message>
        <source>Save uptime report</source>
        <translation>ხელმისაწვდომობის ანგარიშის შენახვა</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF დოკუმენტები (*.pdf)</translation>
    </message>
    <message>
        <source>The figures are also written as CSV to %1.</source>
        <translation>მონაცემები CSV ფორმატშიც ჩაიწერება აქ: %1.</translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverDialog</name>
    <message>
        <source>Fail Over</source>
        <translation>რეზერვულზე გადართვა</translation>
    </message>
    <message>
        <source>Make a standby the stack&apos;s primary when the primary is gone. First Check confirms that the primary really is down and shows every step; nothing changes before you press Promote.</source>
        <translation>როცა ძირითადი სერვერი აღარ მუშაობს, რეზერვული სერვერი ხდება სტეკის ძირითადი სერვერი. ჯერ „შემოწმება“ ადასტურებს, რომ ძირითადი სერვერი მართლაც გათიშულია, და აჩვენებს ყველა ნაბიჯს; „დაწინაურებაზე“ დაჭერამდე არაფერი იცვლება.</translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation>ძირითადი სერვერი:</translation>
    </message>
    <message>
        <source>Standby to promote (a stack):</source>
        <translation>დასაწინაურებელი რეზერვული სერვერი (სტეკი):</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>ნაბიჯები:</translation>
    </message>
    <message>
        <source>The primary still answers. To stop it and promote the standby anyway, type the stack&apos;s name:</source>
        <translation>ძირითადი სერვერი ჯერ კიდევ პასუხობს. მის გასაჩერებლად და რეზერვული სერვერის მაინც დასაწინაურებლად აკრიფეთ სტეკის სახელი:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>შემოწმება</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>დაწინაურება</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Ready: these steps run when you press Promote.</source>
        <translation>მზადაა: ეს ნაბიჯები შესრულდება „დაწინაურებაზე“ დაჭერისას.</translation>
    </message>
    <message>
        <source>Add the standby&apos;s server as a stack first: it is promoted over its own SSH endpoint.</source>
        <translation>ჯერ დაამატეთ რეზერვული სერვერი სტეკად: ის საკუთარი SSH მისამართით დაწინაურდება.</translation>
    </message>
    <message>
        <source>Check first.</source>
        <translation>ჯერ შეამოწმეთ.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>უარყოფილია: %1</translation>
    </message>
    <message>
        <source>Promotion refused: %1</source>
        <translation>დაწინაურება უარყოფილია: %1</translation>
    </message>
    <message>
        <source>Failover of %1 to %2 started.</source>
        <translation>დაიწყო %1-დან %2-ზე გადართვა.</translation>
    </message>
    <message>
        <source>Promoting the standby…</source>
        <translation>რეზერვული სერვერის დაწინაურება…</translation>
    </message>
    <message>
        <source>Checking whether %1 answers.</source>
        <translation>მოწმდება, პასუხობს თუ არა %1.</translation>
    </message>
    <message>
        <source>Checking both servers…</source>
        <translation>ორივე სერვერის შემოწმება…</translation>
    </message>
    <message>
        <source>Failover finished: %1 is the primary now.</source>
        <translation>გადართვა დასრულდა: %1 ახლა ძირითადი სერვერია.</translation>
    </message>
    <message>
        <source>Failover failed: %1</source>
        <translation>გადართვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The standby was not promoted: %1</source>
        <translation>რეზერვული სერვერი არ დაწინაურდა: %1</translation>
    </message>
    <message>
        <source>%1 answers from this computer.</source>
        <translation>%1 პასუხობს ამ კომპიუტერიდან.</translation>
    </message>
    <message>
        <source>%1 does not answer from this computer.</source>
        <translation>%1 არ პასუხობს ამ კომპიუტერიდან.</translation>
    </message>
    <message>
        <source>%1 answers from the standby&apos;s host.</source>
        <translation>%1 პასუხობს რეზერვული სერვერის ჰოსტიდან.</translation>
    </message>
    <message>
        <source>%1 does not answer from the standby&apos;s host.</source>
        <translation>%1 არ პასუხობს რეზერვული სერვერის ჰოსტიდან.</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>შემოწმება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Refused before any change: %1</source>
        <translation>უარყოფილია ცვლილებამდე: %1</translation>
    </message>
    <message>
        <source>Afterwards, point the stack&apos;s services at the new primary (.env changed with a copy kept, docker compose up -d)</source>
        <translation>შემდეგ სტეკის სერვისები ახალ ძირითად სერვერზე მიმართეთ (.env შეიცვლება, ასლი შეინახება, docker compose up -d)</translation>
    </message>
    <message>
        <source>Past failovers of this stack:</source>
        <translation>ამ სტეკის წინა გადართვები:</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>არცერთი არ არის ჩაწერილი.</translation>
    </message>
    <message>
        <source>%1 is the primary now and the stack&apos;s services use it.</source>
        <translation>%1 ახლა ძირითადი სერვერია და სტეკის სერვისები მას იყენებენ.</translation>
    </message>
    <message>
        <source>%1 is the primary now (%2). Point the stack&apos;s services at it (POSTGRES_HOST in .env, or the pooler&apos;s upstream).</source>
        <translation>%1 ახლა ძირითადი სერვერია (%2). მიმართეთ სტეკის სერვისები მასზე (POSTGRES_HOST .env-ში, ან პულერის ზედა სერვერი).</translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverHistory</name>
    <message>
        <source>The failover history %1 cannot be read: %2</source>
        <translation>გადართვების ისტორიის %1 წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The failover history %1 is damaged.</source>
        <translation>გადართვების ისტორია %1 დაზიანებულია.</translation>
    </message>
    <message>
        <source>The failover could not be recorded in %1: %2</source>
        <translation>გადართვის ჩაწერა %1-ში ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverPlan</name>
    <message>
        <source>The standby is not a standby: it already takes writes.</source>
        <translation>ეს რეზერვული სერვერი რეზერვული არ არის: ის უკვე იღებს ჩაწერას.</translation>
    </message>
    <message>
        <source>The primary still answers. Type the stack&apos;s name &quot;%1&quot; to stop it and promote the standby.</source>
        <translation>ძირითადი სერვერი ჯერ კიდევ პასუხობს. აკრიფეთ სტეკის სახელი „%1“, რომ ის გაჩერდეს და რეზერვული სერვერი დაწინაურდეს.</translation>
    </message>
    <message>
        <source>Check once more that the primary “%1” does not answer, from this computer and from the standby&apos;s host.</source>
        <translation>კიდევ ერთხელ შემოწმდება, რომ ძირითადი სერვერი „%1“ არ პასუხობს — ამ კომპიუტერიდან და რეზერვული სერვერის ჰოსტიდან.</translation>
    </message>
    <message>
        <source>Stop the old primary “%1” (pg_ctl stop) so that it cannot take writes any more, and check that it no longer answers.</source>
        <translation>ძველი ძირითადი სერვერი „%1“ გაჩერდება (pg_ctl stop), რომ ჩაწერა ვეღარ მიიღოს, და შემოწმდება, რომ აღარ პასუხობს.</translation>
    </message>
    <message>
        <source>Promote the standby “%1” (pg_promote) and wait up to 60 seconds.</source>
        <translation>რეზერვული სერვერი „%1“ დაწინაურდება (pg_promote), ლოდინი — 60 წამამდე.</translation>
    </message>
    <message>
        <source>Check that “%1” takes writes.</source>
        <translation>შემოწმდება, რომ „%1“ იღებს ჩაწერას.</translation>
    </message>
    <message>
        <source>Point the services of “%1” at “%2”: POSTGRES_HOST and POSTGRES_PORT in its .env (a copy kept beside it), then docker compose up -d; put back if the restart fails.</source>
        <translation>„%1“-ის სერვისების მიმართვა „%2“-ზე: POSTGRES_HOST და POSTGRES_PORT მის .env-ში (ასლი მის გვერდით შეინახება), შემდეგ docker compose up -d; თუ გადატვირთვა ვერ მოხერხდა, ყველაფერი დაბრუნდება.</translation>
    </message>
</context>
<context>
    <name>supadesk::FailoverRecord</name>
    <message>
        <source>services repointed</source>
        <translation>სერვისები გადამისამართდა</translation>
    </message>
    <message>
        <source>services already pointed there</source>
        <translation>სერვისები უკვე იქ იყო მიმართული</translation>
    </message>
    <message>
        <source>repointing failed, rolled back</source>
        <translation>გადამისამართება ვერ მოხერხდა, დაბრუნდა</translation>
    </message>
    <message>
        <source>services not repointed</source>
        <translation>სერვისები არ გადამისამართებულა</translation>
    </message>
    <message>
        <source>promoted</source>
        <translation>დაწინაურდა</translation>
    </message>
    <message>
        <source>not promoted</source>
        <translation>არ დაწინაურებულა</translation>
    </message>
    <message>
        <source>old primary fenced</source>
        <translation>ძველი ძირითადი სერვერი იზოლირებულია</translation>
    </message>
    <message>
        <source>%1  %2 → %3  by %4  (%5)</source>
        <translation>%1  %2 → %3  შემსრულებელი: %4  (%5)</translation>
    </message>
</context>
<context>
    <name>supadesk::FirewallApplier</name>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Uploading the firewall script to %1.</source>
        <translation>ფაიერვოლის სკრიპტის ატვირთვა %1-ში.</translation>
    </message>
    <message>
        <source>Cannot upload the firewall script: %1 Nothing was changed.</source>
        <translation>ფაიერვოლის სკრიპტის ატვირთვა ვერ მოხერხდა: %1 არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Allowing SSH, arming the automatic revert and enabling the firewall.</source>
        <translation>SSH-ის დაშვება, ავტომატური დაბრუნების მომზადება და ფაიერვოლის ჩართვა.</translation>
    </message>
    <message>
        <source>Proving access with a new SSH connection.</source>
        <translation>წვდომის შემოწმება ახალი SSH კავშირით.</translation>
    </message>
    <message>
        <source>A new SSH connection got through: the firewall stays on and the automatic revert is disarmed.</source>
        <translation>ახალი SSH კავშირი შედგა: ფაიერვოლი ჩართული რჩება, ავტომატური დაბრუნება კი გაუქმებულია.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n წამში პასუხი არ მოსულა.</numerusform>
            <numerusform>%n წამში პასუხი არ მოსულა.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new SSH connection did not get through: %1</source>
        <translation>ახალი SSH კავშირი ვერ შედგა: %1</translation>
    </message>
    <message>
        <source>Checking from this computer that port(s) %1 are closed on %2.</source>
        <translation>ამ კომპიუტერიდან მოწმდება, რომ პორტები %1 დახურულია %2-ზე.</translation>
    </message>
    <message>
        <source>Checked from this computer: the database and pooler ports are closed.</source>
        <translation>შემოწმდა ამ კომპიუტერიდან: მონაცემთა ბაზისა და პულერის პორტები დახურულია.</translation>
    </message>
    <message>
        <source>Warning: port(s) %1 still accept connections from this computer; publish them on 127.0.0.1 only (docker-compose.override.yml).</source>
        <translation>გაფრთხილება: პორტები %1 ამ კომპიუტერიდან კავშირებს ისევ იღებს; გამოაქვეყნეთ ისინი მხოლოდ 127.0.0.1-ზე (docker-compose.override.yml).</translation>
    </message>
    <message>
        <source>The connection was lost while enabling the firewall (%1). If the firewall was enabled, its automatic revert puts it back as it was.</source>
        <translation>ფაიერვოლის ჩართვისას კავშირი გაწყდა (%1). თუ ფაიერვოლი ჩაირთო, მისი ავტომატური დაბრუნება მას წინანდელ მდგომარეობაში დააბრუნებს.</translation>
    </message>
    <message>
        <source>The firewall script failed: %1 The firewall is as it was before.</source>
        <translation>ფაიერვოლის სკრიპტი ვერ შესრულდა: %1 ფაიერვოლი ისეთივეა, როგორიც მანამდე იყო.</translation>
    </message>
    <message>
        <source>The firewall script failed: %1 Putting the firewall back failed too; its automatic revert will do it.</source>
        <translation>ფაიერვოლის სკრიპტი ვერ შესრულდა: %1 ფაიერვოლის წინანდელ მდგომარეობაში დაბრუნებაც ვერ მოხერხდა; ამას მისი ავტომატური დაბრუნება გააკეთებს.</translation>
    </message>
    <message>
        <source>A new SSH connection did not get through (%1) and this session is gone: the automatic revert puts the firewall back as it was shortly.</source>
        <translation>ახალი SSH კავშირი ვერ შედგა (%1) და ეს სესიაც გაწყდა: ავტომატური დაბრუნება ფაიერვოლს მალე წინანდელ მდგომარეობაში დააბრუნებს.</translation>
    </message>
    <message>
        <source>A new SSH connection did not get through (%1), so the firewall was put back as it was before. Nothing stays changed.</source>
        <translation>ახალი SSH კავშირი ვერ შედგა (%1), ამიტომ ფაიერვოლი წინანდელ მდგომარეობაში დაბრუნდა. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>A new SSH connection did not get through (%1) and putting the firewall back from this session failed: the automatic revert does it shortly.</source>
        <translation>ახალი SSH კავშირი ვერ შედგა (%1) და ამ სესიიდან ფაიერვოლის წინანდელ მდგომარეობაში დაბრუნება ვერ მოხერხდა: ამას ავტომატური დაბრუნება მალე გააკეთებს.</translation>
    </message>
</context>
<context>
    <name>supadesk::FirewallPage</name>
    <message>
        <source>Firewall</source>
        <translation>ფაიერვოლი</translation>
    </message>
    <message>
        <source>ufw denies every incoming connection except SSH and the web ports. Docker-published ports bypass ufw, so the pooler ports are also closed in Docker&apos;s own DOCKER-USER chain and published on 127.0.0.1 only.</source>
        <translation>ufw კრძალავს ყველა შემომავალ კავშირს, გარდა SSH-ისა და ვებ-პორტებისა. Docker-ის მიერ გამოქვეყნებული პორტები ufw-ს გვერდს უვლის, ამიტომ პულერის პორტები Docker-ის საკუთარ DOCKER-USER ჯაჭვშიც იხურება და მხოლოდ 127.0.0.1-ზე ქვეყნდება.</translation>
    </message>
    <message>
        <source>&amp;SSH port:</source>
        <translation>&amp;SSH პორტი:</translation>
    </message>
    <message>
        <source>&amp;Open to everyone:</source>
        <translation>&amp;ღიაა ყველასთვის:</translation>
    </message>
    <message>
        <source>e.g. 80, 443</source>
        <translation>მაგ. 80, 443</translation>
    </message>
    <message>
        <source>&amp;Closed (Docker-published):</source>
        <translation>&amp;დახურული (Docker-ის პორტები):</translation>
    </message>
    <message>
        <source>&amp;Undo after:</source>
        <translation>ავტომატური &amp;დაბრუნება:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> წმ</translation>
    </message>
    <message>
        <source>This session&apos;s port: it stays open.</source>
        <translation>ამ სესიის პორტი: ღია რჩება.</translation>
    </message>
    <message>
        <source>The port Supadesk connects to: it stays open.</source>
        <translation>პორტი, რომელსაც Supadesk უკავშირდება: ღია რჩება.</translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation>პორტები 1-დან 65535-მდე რიცხვებია, მძიმით გამოყოფილი.</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>ჟურნალი:</translation>
    </message>
    <message>
        <source>&amp;Apply firewall…</source>
        <translation>ფაიერვოლის &amp;გამოყენება…</translation>
    </message>
    <message>
        <source>Enable the firewall on the server now, with the automatic undo armed</source>
        <translation>ფაიერვოლის ჩართვა სერვერზე ახლავე, ავტომატური გაუქმების მომზადებით</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Enable the firewall</source>
        <translation>ფაიერვოლის ჩართვა</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>სხვა არაფერი</translation>
    </message>
    <message>
        <source>Enable firewall</source>
        <translation>ფაიერვოლის ჩართვა</translation>
    </message>
    <message>
        <source>Checking that ufw is installed and that commands run as root.</source>
        <translation>მოწმდება, დაყენებულია თუ არა ufw და სრულდება თუ არა ბრძანებები root-ის უფლებით.</translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>გაუქმდა, სანამ რამე შეიცვლებოდა.</translation>
    </message>
    <message>
        <source>Cannot check the server: %1 Nothing was changed.</source>
        <translation>სერვერის შემოწმება ვერ მოხერხდა: %1 არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>ufw is not installed on the server. Install it there (apt-get install ufw) and apply again. Nothing was changed.</source>
        <translation>სერვერზე ufw არ არის დაყენებული. დააყენეთ იქ (apt-get install ufw) და ხელახლა გამოიყენეთ. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The firewall needs root on the server: log in as root, or give this user sudo without a password. Nothing was changed.</source>
        <translation>ფაიერვოლს სერვერზე root სჭირდება: შედით root-ით ან მიეცით ამ მომხმარებელს sudo პაროლის გარეშე. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>The stack is not connected. Nothing was changed.</source>
        <translation>სტეკი დაკავშირებული არ არის. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Cancelled, but the stack is no longer connected: the firewall stays on.</source>
        <translation>გაუქმდა, მაგრამ სტეკი აღარ არის დაკავშირებული: ფაიერვოლი ჩართული რჩება.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>უქმდება…</translation>
    </message>
    <message>
        <source>Applying the firewall…</source>
        <translation>ფაიერვოლი ირთვება…</translation>
    </message>
    <message>
        <source>Connect the stack to apply the firewall from here.</source>
        <translation>დააკავშირეთ სტეკი, რომ ფაიერვოლი აქედან გამოიყენოთ.</translation>
    </message>
    <message>
        <source>Applied: the firewall is on.</source>
        <translation>გამოყენებულია: ფაიერვოლი ჩართულია.</translation>
    </message>
    <message>
        <source>Refused: nothing was changed.</source>
        <translation>უარყოფილია: არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>გაუქმდა.</translation>
    </message>
    <message>
        <source>Checked from this computer on %1:</source>
        <translation>შემოწმდა ამ კომპიუტერიდან, %1-ზე:</translation>
    </message>
    <message>
        <source>Port %1: closed</source>
        <translation>პორტი %1: დახურულია</translation>
    </message>
    <message>
        <source>Port %1: still reachable; publish it on 127.0.0.1 only</source>
        <translation>პორტი %1: ჯერ კიდევ მისაწვდომია; გამოაქვეყნეთ მხოლოდ 127.0.0.1-ზე</translation>
    </message>
    <message>
        <source>Stop after the running step and put the firewall back as it was (Esc)</source>
        <translation>მიმდინარე ნაბიჯის შემდეგ შეჩერება და ფაიერვოლის წინანდელ მდგომარეობაში დაბრუნება (Esc)</translation>
    </message>
    <message>
        <source>&lt;b&gt;You cannot lock yourself out.&lt;/b&gt;&lt;ol&gt;&lt;li&gt;The SSH rule is added before anything is denied.&lt;/li&gt;&lt;li&gt;An automatic undo is armed on the server before ufw is enabled.&lt;/li&gt;&lt;li&gt;Open a &lt;i&gt;new&lt;/i&gt; SSH connection and run &lt;tt&gt;firewall.sh --confirm&lt;/tt&gt; in it: only a working new connection disarms the undo.&lt;/li&gt;&lt;li&gt;Without that confirmation the undo puts the firewall back as it was when the undo time set above runs out.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;b&gt;საკუთარ თავს ვერ ჩაიკეტავთ.&lt;/b&gt;&lt;ol&gt;&lt;li&gt;SSH-ის წესი ემატება მანამ, სანამ რამე აიკრძალება.&lt;/li&gt;&lt;li&gt;ufw-ის ჩართვამდე სერვერზე ავტომატური გაუქმება იმართება.&lt;/li&gt;&lt;li&gt;გახსენით &lt;i&gt;ახალი&lt;/i&gt; SSH კავშირი და მასში გაუშვით &lt;tt&gt;firewall.sh --confirm&lt;/tt&gt;: გაუქმებას მხოლოდ მოქმედი ახალი კავშირი აჩერებს.&lt;/li&gt;&lt;li&gt;ამ დადასტურების გარეშე, ზემოთ მითითებული დროის გასვლისას, გაუქმება ფაიერვოლს წინანდელ მდგომარეობაში აბრუნებს.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Enable the firewall on “%1”?

SSH port %2 stays open: it is the port this session uses. Open to everyone: %3. Every other incoming connection is refused.

A new SSH connection must get through afterwards, or the firewall is put back as it was.</source>
        <translation>ჩაირთოს ფაიერვოლი „%1“-ზე?

SSH პორტი %2 ღია რჩება: ამ სესიას ეს პორტი იყენებს. ყველასთვის ღიაა: %3. ყველა სხვა შემომავალი კავშირი უარყოფილი იქნება.

ამის შემდეგ ახალმა SSH კავშირმა უნდა გაიაროს, თორემ ფაიერვოლი წინანდელ მდგომარეობაში დაბრუნდება.</translation>
    </message>
    <message>
        <source>Cancelled: putting the firewall back as it was.</source>
        <translation>გაუქმდა: ფაიერვოლი წინანდელ მდგომარეობაში ბრუნდება.</translation>
    </message>
    <message>
        <source>Cancelled: the firewall was put back as it was.</source>
        <translation>გაუქმდა: ფაიერვოლი წინანდელ მდგომარეობაში დაბრუნდა.</translation>
    </message>
    <message>
        <source>Cancelled, but putting the firewall back failed (%1): the firewall stays on.</source>
        <translation>გაუქმდა, მაგრამ ფაიერვოლის წინანდელ მდგომარეობაში დაბრუნება ვერ მოხერხდა (%1): ფაიერვოლი ჩართული რჩება.</translation>
    </message>
    <message>
        <source>Cancelling: the firewall is put back as it was after the running step.</source>
        <translation>უქმდება: მიმდინარე ნაბიჯის შემდეგ ფაიერვოლი წინანდელ მდგომარეობაში დაბრუნდება.</translation>
    </message>
    <message>
        <source>Reverted: the proof failed, the firewall is as it was before.</source>
        <translation>დაბრუნდა: შემოწმება ვერ გავიდა, ფაიერვოლი ისეთივეა, როგორიც მანამდე იყო.</translation>
    </message>
    <message>
        <source>Not proven: the automatic undo puts the firewall back shortly.</source>
        <translation>ვერ დადასტურდა: ავტომატური გაუქმება ფაიერვოლს მალე წინანდელ მდგომარეობაში დააბრუნებს.</translation>
    </message>
</context>
<context>
    <name>supadesk::FirewallPlanner</name>
    <message>
        <source>%1 is not a TCP port (1–65535).</source>
        <translation>%1 არ არის TCP პორტი (1–65535).</translation>
    </message>
    <message>
        <source>The SSH port %1 is also in the list of ports to close; that would lock you out.</source>
        <translation>SSH პორტი %1 დასახურ პორტებშიც არის; ეს სერვერიდან გარეთ დაგტოვებდათ.</translation>
    </message>
    <message>
        <source>Port %1 is both opened and closed; choose one.</source>
        <translation>პორტი %1 ერთდროულად იხსნება და იხურება; აირჩიეთ ერთი.</translation>
    </message>
    <message>
        <source>The automatic revert needs at least 60 seconds to leave time for the proof.</source>
        <translation>ავტომატურ დაბრუნებას სულ მცირე 60 წამი სჭირდება, რომ შემოწმებისთვის დრო დარჩეს.</translation>
    </message>
</context>
<context>
    <name>supadesk::FleetOverview</name>
    <message>
        <source>All stacks, the one that needs attention most first. Click a tile to open its dashboard.</source>
        <translation>ყველა სტეკი; პირველია ის, რომელიც ყველაზე მეტ ყურადღებას საჭიროებს. დააწკაპუნეთ ფილაზე მისი დაფის გასახსნელად.</translation>
    </message>
    <message>
        <source>There are no stacks yet. Add one with Stack ▸ Add Stack (Ctrl+N).</source>
        <translation>სტეკები ჯერ არ არის. დაამატეთ: სტეკი ▸ სტეკის დამატება (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>supadesk::FleetTableModel</name>
    <message>
        <source>Stack</source>
        <translation>სტეკი</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>თვე</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>მიზანი</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 სთ</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 დღე</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 დღე</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 დღე</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ინციდენტები</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>ბიუჯეტის ნაშთი</translation>
    </message>
</context>
<context>
    <name>supadesk::FleetTile</name>
    <message>
        <source>Down: no sample yet</source>
        <translation>მიუწვდომელია: ანაზომი ჯერ არ არის</translation>
    </message>
    <message>
        <source>Down: %1</source>
        <translation>მიუწვდომელია: %1</translation>
    </message>
    <message>
        <source>No sample for %1 s</source>
        <translation>%1 წმ ანაზომის გარეშე</translation>
    </message>
    <message>
        <source>Up, needs attention</source>
        <translation>მუშაობს, ყურადღებას საჭიროებს</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>მუშაობს</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>დაკავშირებული არ არის</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>ტრანზაქცია/წმ</translation>
    </message>
    <message>
        <source>Connections used</source>
        <translation>გამოყენებული კავშირები</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>ქეშის მოხვედრა</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>რეპლიკაციის ჩამორჩენა</translation>
    </message>
    <message>
        <source>no standby</source>
        <translation>რეზერვული სერვერი არ არის</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>ბაზის ზომა</translation>
    </message>
    <message>
        <source>Last sample</source>
        <translation>ბოლო ანაზომი</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 წმ-ის წინ</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>ხელახლა უკავშირდება…</translation>
    </message>
    <message>
        <source>Host load</source>
        <translation>ჰოსტის დატვირთვა</translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation>დაკავებული მეხსიერება</translation>
    </message>
    <message>
        <source>Fullest disk</source>
        <translation>ყველაზე სავსე დისკი</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>კონტეინერები</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>არ წაკითხულა</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n CPU(s)</source>
        <translation>
            <numerusform>%1, %n CPU</numerusform>
            <numerusform>%1, %n CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, full within a day</source>
        <translation>%1: %2, შეივსება ერთ დღეში</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, full in %n day(s)</source>
        <translation>
            <numerusform>%1: %2, შეივსება %n დღეში</numerusform>
            <numerusform>%1: %2, შეივსება %n დღეში</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n in trouble</source>
        <translation>
            <numerusform>%1 %n-დან პრობლემურია</numerusform>
            <numerusform>%1 %n-დან პრობლემურია</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n fine</source>
        <translation>
            <numerusform>ყველა %n რიგზეა</numerusform>
            <numerusform>ყველა %n რიგზეა</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::HistoryFile</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>საქაღალდის %1 შექმნა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Cannot open the local history %1: %2</source>
        <translation>ლოკალური ისტორიის %1 გახსნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The local history %1 is damaged: %2</source>
        <translation>ლოკალური ისტორია %1 დაზიანებულია: %2</translation>
    </message>
    <message>
        <source>Cannot read the local history %1: %2</source>
        <translation>ლოკალური ისტორიის %1 წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The local history could not be prepared: %1</source>
        <translation>ლოკალური ისტორიის მომზადება ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::HistoryRetentionDialog</name>
    <message>
        <source>History Retention</source>
        <translation>ისტორიის შენახვის ვადა</translation>
    </message>
    <message>
        <source>The dashboard keeps every sample for a while, then only per-minute and per-hour summaries (minimum, maximum, mean). Older data is deleted.</source>
        <translation>დაფა ყოველ ანაზომს გარკვეული დროით ინახავს, შემდეგ კი მხოლოდ წუთობრივ და საათობრივ შეჯამებებს (მინიმუმი, მაქსიმუმი, საშუალო). უფრო ძველი მონაცემები იშლება.</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>ნაგულისხმევის &amp;აღდგენა</translation>
    </message>
    <message>
        <source>Keep &amp;every sample for:</source>
        <translation>&amp;ყოველი ანაზომის შენახვა:</translation>
    </message>
    <message>
        <source>Keep &amp;minute summaries for:</source>
        <translation>&amp;წუთობრივი შეჯამებების შენახვა:</translation>
    </message>
    <message>
        <source>Keep &amp;hour summaries for:</source>
        <translation>&amp;საათობრივი შეჯამებების შენახვა:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> დღე</translation>
    </message>
    <message>
        <source>“Last hour” and “Last 24 hours” are drawn from minute summaries, “Last 7 days” and “Last 30 days” from hour summaries. Shorter times take effect with the next sample.</source>
        <translation>„ბოლო საათი“ და „ბოლო 24 საათი“ წუთობრივი შეჯამებებით იხატება, „ბოლო 7 დღე“ და „ბოლო 30 დღე“ — საათობრივით. შემოკლებული ვადა მომდევნო ანაზომიდან მოქმედებს.</translation>
    </message>
</context>
<context>
    <name>supadesk::HostAuditChecks</name>
    <message>
        <source>Docker is not installed on the server.</source>
        <translation>სერვერზე Docker დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>docker ps failed (the login may need the docker group or passwordless sudo): %1</source>
        <translation>docker ps ვერ შესრულდა (მომხმარებელს შეიძლება docker ჯგუფი ან sudo პაროლის გარეშე სჭირდებოდეს): %1</translation>
    </message>
    <message>
        <source>Reading ufw&apos;s rules needs root: the login %1 needs passwordless sudo.</source>
        <translation>ufw-ის წესების წასაკითხად root-ია საჭირო: მომხმარებელს %1 სჭირდება sudo პაროლის გარეშე.</translation>
    </message>
    <message>
        <source>ufw is not installed (Supadesk reads ufw only; another firewall may be in place).</source>
        <translation>ufw დაყენებული არ არის (Supadesk მხოლოდ ufw-ს კითხულობს; შესაძლოა, სხვა ფაიერვოლი მუშაობს).</translation>
    </message>
    <message>
        <source>ufw status failed: %1</source>
        <translation>ufw status ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>%1 could not be listed: reading it needs root (passwordless sudo).</source>
        <translation>%1-ის შიგთავსი ვერ ჩამოითვალა: წასაკითხად root-ია საჭირო (sudo პაროლის გარეშე).</translation>
    </message>
</context>
<context>
    <name>supadesk::HostAuditEvaluator</name>
    <message>
        <source>%1 is listening on every interface or a public address (ss -ltn).</source>
        <translation>%1 ყველა ინტერფეისზე ან საჯარო მისამართზე უსმენს (ss -ltn).</translation>
    </message>
    <message>
        <source>Container %1 publishes %2 (Docker&apos;s own iptables rules bypass ufw).</source>
        <translation>კონტეინერი %1 აქვეყნებს %2-ს (Docker-ის საკუთარი iptables-წესები ufw-ს გვერდს უვლის).</translation>
    </message>
    <message>
        <source>%1:%2 publishes &quot;%3&quot; for %4 on every interface.</source>
        <translation>%1:%2 აქვეყნებს „%3“-ს %4-ისთვის ყველა ინტერფეისზე.</translation>
    </message>
    <message>
        <source>ss is not installed on the server.</source>
        <translation>სერვერზე ss დაყენებული არ არის.</translation>
    </message>
    <message>
        <source>Publish %1 on 127.0.0.1 only (the Setup wizard&apos;s compose override does this) and reach it through an SSH tunnel; a ufw rule alone does not close a port Docker publishes.</source>
        <translation>გამოაქვეყნეთ %1 მხოლოდ 127.0.0.1-ზე (ამას გამართვის ოსტატის compose override აკეთებს) და მიწვდით SSH გვირაბით; მარტო ufw-ის წესი Docker-ის მიერ გამოქვეყნებულ პორტს ვერ დახურავს.</translation>
    </message>
    <message>
        <source>Nothing is listening there now; it is public as soon as the stack runs.</source>
        <translation>ახლა იქ არაფერი უსმენს; სტეკის გაშვებისთანავე საჯარო გახდება.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 on a public address.</source>
        <translation>პორტ %1-ზე საჯარო მისამართზე არაფერი უსმენს.</translation>
    </message>
    <message>
        <source>Port %1 listens on loopback only: %2.</source>
        <translation>პორტი %1 მხოლოდ loopback-ზე უსმენს: %2.</translation>
    </message>
    <message>
        <source>(ss is missing: only Docker&apos;s ports were read.)</source>
        <translation>(ss არ არის: წაკითხულია მხოლოდ Docker-ის პორტები.)</translation>
    </message>
    <message>
        <source>This is not a host check.</source>
        <translation>ეს ჰოსტის შემოწმება არ არის.</translation>
    </message>
    <message>
        <source>Example API keys</source>
        <translation>სანიმუშო API გასაღებები</translation>
    </message>
    <message>
        <source>The checklist asks for every default secret to be changed: the demo keys of env.example are public, so anyone can sign in with them as service_role, and they stop working on %1.</source>
        <translation>საკონტროლო სია მოითხოვს, რომ ყველა ნაგულისხმევი საიდუმლო შეიცვალოს: env.example-ის სადემონსტრაციო გასაღებები საჯაროა, ამიტომ მათით ნებისმიერს შეუძლია service_role-ის სახელით მოქმედება, ხოლო %1-დან ისინი აღარ იმუშავებს.</translation>
    </message>
    <message>
        <source>%1 (%2) is the example token from env.example (iss supabase-demo, expires %3).</source>
        <translation>%1 (%2) env.example-ის სანიმუშო ტოკენია (iss supabase-demo, ვადა იწურება %3).</translation>
    </message>
    <message>
        <source>%1 (%2) is not a JSON Web Token.</source>
        <translation>%1 (%2) არ არის JSON Web Token.</translation>
    </message>
    <message>
        <source>%1 (%2) was issued by supabase-demo, Supabase&apos;s public demo issuer.</source>
        <translation>%1 (%2) გაცემულია supabase-demo-ს მიერ, რომელიც Supabase-ის საჯარო სადემონსტრაციო გამცემია.</translation>
    </message>
    <message>
        <source>%1 (%2) expired on %3.</source>
        <translation>%1-ის (%2) ვადა ამოიწურა %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>%1-ის (%2) ვადა იწურება %3, %n დღეში.</numerusform>
            <numerusform>%1-ის (%2) ვადა იწურება %3, %n დღეში.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the stack&apos;s own key, valid until %2.</source>
        <translation>%1 სტეკის საკუთარი გასაღებია, მოქმედებს %2-მდე.</translation>
    </message>
    <message>
        <source>%1 is the stack&apos;s own key and does not expire.</source>
        <translation>%1 სტეკის საკუთარი გასაღებია და ვადა არ აქვს.</translation>
    </message>
    <message>
        <source>%1 has no ANON_KEY or SERVICE_ROLE_KEY.</source>
        <translation>%1-ში არც ANON_KEY არის და არც SERVICE_ROLE_KEY.</translation>
    </message>
    <message>
        <source>Generate a new JWT_SECRET and new API keys on the Setup wizard&apos;s Secrets page, then update every client that uses the old keys.</source>
        <translation>შექმენით ახალი JWT_SECRET და ახალი API გასაღებები გამართვის ოსტატის „საიდუმლოები“ გვერდზე, შემდეგ განაახლეთ ყველა კლიენტი, რომელიც ძველ გასაღებებს იყენებს.</translation>
    </message>
    <message>
        <source>Generate new API keys before they expire (Setup wizard, Secrets page) and update your clients.</source>
        <translation>შექმენით ახალი API გასაღებები ვადის ამოწურვამდე (გამართვის ოსტატი, „საიდუმლოები“ გვერდი) და განაახლეთ თქვენი კლიენტები.</translation>
    </message>
    <message>
        <source>JWT secret strength</source>
        <translation>JWT საიდუმლოს სიმტკიცე</translation>
    </message>
    <message>
        <source>The checklist asks for JWT secrets with enough entropy: whoever guesses JWT_SECRET can sign any key, service_role included.</source>
        <translation>საკონტროლო სია მოითხოვს JWT საიდუმლოებს საკმარისი ენტროპიით: ვინც JWT_SECRET-ს გამოიცნობს, ნებისმიერ გასაღებს მოაწერს ხელს, service_role-ისასაც კი.</translation>
    </message>
    <message>
        <source>%1 has no JWT_SECRET (the stack may sign with asymmetric keys only).</source>
        <translation>%1-ში JWT_SECRET არ არის (სტეკი შესაძლოა მხოლოდ ასიმეტრიული გასაღებებით აწერს ხელს).</translation>
    </message>
    <message>
        <source>Generate a new JWT_SECRET (and new API keys signed with it) on the Setup wizard&apos;s Secrets page.</source>
        <translation>შექმენით ახალი JWT_SECRET (და მისით ხელმოწერილი ახალი API გასაღებები) გამართვის ოსტატის „საიდუმლოები“ გვერდზე.</translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) is the example value from env.example.</source>
        <translation>JWT_SECRET (%1) env.example-ის სანიმუშო მნიშვნელობაა.</translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) has %2 characters; it needs at least %3.</source>
        <translation>JWT_SECRET-ს (%1) %2 სიმბოლო აქვს; საჭიროა მინიმუმ %3.</translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) has %2 characters but only about %3 bits of entropy; a random one has well over %4.</source>
        <translation>JWT_SECRET-ს (%1) %2 სიმბოლო აქვს, მაგრამ ენტროპია მხოლოდ დაახლოებით %3 ბიტია; შემთხვევითს %4-ზე გაცილებით მეტი აქვს.</translation>
    </message>
    <message>
        <source>JWT_SECRET (%1) has %2 characters, about %3 bits of entropy.</source>
        <translation>JWT_SECRET-ს (%1) %2 სიმბოლო და დაახლოებით %3 ბიტი ენტროპია აქვს.</translation>
    </message>
    <message>
        <source>Database port reachable from outside</source>
        <translation>მონაცემთა ბაზის პორტი გარედან მისაწვდომია</translation>
    </message>
    <message>
        <source>The checklist allows only the necessary ports through the firewall: PostgreSQL on a public address invites password guessing against postgres and every role that shares its password.</source>
        <translation>საკონტროლო სია ფაიერვოლში მხოლოდ აუცილებელ პორტებს უშვებს: საჯარო მისამართზე PostgreSQL პაროლის გამოცნობის მცდელობებს იწვევს postgres-ისა და ყველა იმ როლის წინააღმდეგ, რომელიც მის პაროლს იზიარებს.</translation>
    </message>
    <message>
        <source>the database port (%1)</source>
        <translation>მონაცემთა ბაზის პორტი (%1)</translation>
    </message>
    <message>
        <source>Pooler port reachable from outside</source>
        <translation>პულერის პორტი გარედან მისაწვდომია</translation>
    </message>
    <message>
        <source>The checklist allows only the necessary ports through the firewall: the pooler&apos;s transaction port accepts the same database logins as PostgreSQL itself.</source>
        <translation>საკონტროლო სია ფაიერვოლში მხოლოდ აუცილებელ პორტებს უშვებს: პულერის ტრანზაქციის პორტი მონაცემთა ბაზის იმავე მომხმარებლებს იღებს, რასაც თავად PostgreSQL.</translation>
    </message>
    <message>
        <source>the pooler port (%1)</source>
        <translation>პულერის პორტი (%1)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ფაიერვოლი</translation>
    </message>
    <message>
        <source>The checklist asks for a firewall that lets in only the necessary ports, SSH among them.</source>
        <translation>საკონტროლო სია მოითხოვს ფაიერვოლს, რომელიც მხოლოდ აუცილებელ პორტებს უშვებს, მათ შორის SSH-ს.</translation>
    </message>
    <message>
        <source>ufw is installed but inactive (ufw status: inactive).</source>
        <translation>ufw დაყენებულია, მაგრამ გამორთულია (ufw status: inactive).</translation>
    </message>
    <message>
        <source>Plan the rules on the Setup wizard&apos;s Firewall page (SSH first), then enable ufw.</source>
        <translation>დაგეგმეთ წესები გამართვის ოსტატის ფაიერვოლის გვერდზე (ჯერ SSH), შემდეგ ჩართეთ ufw.</translation>
    </message>
    <message>
        <source>ufw is active; incoming default: %1.</source>
        <translation>ufw ჩართულია; შემომავლის ნაგულისხმევი წესი: %1.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>არ ჩანს</translation>
    </message>
    <message>
        <source>No ALLOW rules.</source>
        <translation>ALLOW წესები არ არის.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>დაშვებულია: %1.</translation>
    </message>
    <message>
        <source>Set the incoming default to deny (`ufw default deny incoming`) after allowing SSH; the Setup wizard&apos;s Firewall page does both.</source>
        <translation>SSH-ის დაშვების შემდეგ შემომავლის ნაგულისხმევ წესად მიუთითეთ deny (`ufw default deny incoming`); გამართვის ოსტატის ფაიერვოლის გვერდი ორივეს აკეთებს.</translation>
    </message>
    <message>
        <source>No rule allows SSH on port %1: the next connection may be locked out.</source>
        <translation>არცერთი წესი არ უშვებს SSH-ს პორტზე %1: შემდეგი კავშირი შეიძლება დაიბლოკოს.</translation>
    </message>
    <message>
        <source>Allow SSH before anything else: `ufw allow %1/tcp`.</source>
        <translation>ყველაფერზე ადრე დაუშვით SSH: `ufw allow %1/tcp`.</translation>
    </message>
    <message>
        <source>Log rotation</source>
        <translation>ჟურნალების როტაცია</translation>
    </message>
    <message>
        <source>The checklist asks for log rotation: container and backup logs that are never rotated fill the disk and stop the database.</source>
        <translation>საკონტროლო სია ჟურნალების როტაციას მოითხოვს: კონტეინერებისა და სარეზერვო ასლების ჟურნალები, რომლებიც არასოდეს როტირდება, დისკს ავსებს და მონაცემთა ბაზას აჩერებს.</translation>
    </message>
    <message>
        <source>Docker is not installed, so no container logs.</source>
        <translation>Docker დაყენებული არ არის, ამიტომ კონტეინერების ჟურნალები არ არსებობს.</translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json does not exist: containers log with json-file and no size limit.</source>
        <translation>/etc/docker/daemon.json არ არსებობს: კონტეინერები ჟურნალს json-file-ით, ზომის ლიმიტის გარეშე წერენ.</translation>
    </message>
    <message>
        <source>/etc/docker/daemon.json is not valid JSON.</source>
        <translation>/etc/docker/daemon.json სწორი JSON არ არის.</translation>
    </message>
    <message>
        <source>daemon.json sets log-driver %1, which rotates or forwards logs itself.</source>
        <translation>daemon.json-ში log-driver არის %1, რომელიც ჟურნალების როტაციას ან გადაგზავნას თავად აკეთებს.</translation>
    </message>
    <message>
        <source>daemon.json sets no log-opts max-size (log-driver %1).</source>
        <translation>daemon.json-ში log-opts max-size მითითებული არ არის (log-driver %1).</translation>
    </message>
    <message>
        <source>%1 is rotated by logrotate.</source>
        <translation>%1-ის როტაციას logrotate აკეთებს.</translation>
    </message>
    <message>
        <source>No file in /etc/logrotate.d rotates %1.</source>
        <translation>/etc/logrotate.d-ში არცერთი ფაილი არ აკეთებს %1-ის როტაციას.</translation>
    </message>
    <message>
        <source>Rotate the backup log with logrotate.</source>
        <translation>სარეზერვო ასლის ჟურნალის როტაცია logrotate-ით მოაწყვეთ.</translation>
    </message>
    <message>
        <source>Write /etc/docker/daemon.json with {&quot;log-driver&quot;: &quot;json-file&quot;, &quot;log-opts&quot;: {&quot;max-size&quot;: &quot;10m&quot;, &quot;max-file&quot;: &quot;3&quot;}}, restart Docker and recreate the containers; rotate the backup log with logrotate.</source>
        <translation>ჩაწერეთ /etc/docker/daemon.json შიგთავსით {&quot;log-driver&quot;: &quot;json-file&quot;, &quot;log-opts&quot;: {&quot;max-size&quot;: &quot;10m&quot;, &quot;max-file&quot;: &quot;3&quot;}}, გადატვირთეთ Docker და თავიდან შექმენით კონტეინერები; სარეზერვო ასლის ჟურნალის როტაცია logrotate-ით მოაწყვეთ.</translation>
    </message>
    <message>
        <source>Container memory limits</source>
        <translation>კონტეინერების მეხსიერების ლიმიტები</translation>
    </message>
    <message>
        <source>The checklist asks for resource limits for Docker: one container that grows without a limit makes the kernel kill the database.</source>
        <translation>საკონტროლო სია Docker-ისთვის რესურსების ლიმიტებს მოითხოვს: ერთი კონტეინერი, რომელიც ლიმიტის გარეშე იზრდება, ბირთვს მონაცემთა ბაზის პროცესის მოკვლას აიძულებს.</translation>
    </message>
    <message>
        <source>No container of this stack is running.</source>
        <translation>ამ სტეკის არცერთი კონტეინერი არ მუშაობს.</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) without a memory limit: %1.</source>
        <translation>
            <numerusform>მეხსიერების ლიმიტის გარეშე %n კონტეინერი: %1.</numerusform>
            <numerusform>მეხსიერების ლიმიტის გარეშე %n კონტეინერი: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Limited: %1.</source>
        <translation>ლიმიტით: %1.</translation>
    </message>
    <message>
        <source>Give each service a memory limit (`mem_limit:` in docker-compose.override.yml), sized so that their sum leaves room for PostgreSQL&apos;s shared_buffers and the page cache, then recreate the containers.</source>
        <translation>მიეცით თითოეულ სერვისს მეხსიერების ლიმიტი (`mem_limit:` docker-compose.override.yml-ში) ისეთი ზომით, რომ მათმა ჯამმა ადგილი დატოვოს PostgreSQL-ის shared_buffers-ისა და გვერდების ქეშისთვის, შემდეგ თავიდან შექმენით კონტეინერები.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>თავისუფალი ადგილი დისკზე</translation>
    </message>
    <message>
        <source>A full disk stops PostgreSQL from writing WAL and the backups from running; the checklist&apos;s monitoring starts here.</source>
        <translation>სავსე დისკი PostgreSQL-ს WAL-ის ჩაწერას და სარეზერვო ასლების გაშვებას უშლის; საკონტროლო სიის მონიტორინგი აქედან იწყება.</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3) on %4, mounted at %5 (holds %6).</source>
        <translation>თავისუფალია %1, სულ %2 (%3) — %4, მიმაგრებულია %5-ზე (შეიცავს %6-ს).</translation>
    </message>
    <message>
        <source>Free space or grow the volume: old dumps in the backup directory, unused Docker images (`docker image prune`) and container logs are the usual culprits.</source>
        <translation>გაათავისუფლეთ ადგილი ან გაზარდეთ ტომი: ჩვეულებრივ, ადგილს სარეზერვო ასლების საქაღალდეში ძველი დამპები, გამოუყენებელი Docker-ის იმიჯები (`docker image prune`) და კონტეინერების ჟურნალები იკავებს.</translation>
    </message>
    <message>
        <source>Recent backup</source>
        <translation>ბოლო სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>The checklist asks for daily backups: without a dump from the last day, a lost disk loses more than a day of data.</source>
        <translation>საკონტროლო სია ყოველდღიურ სარეზერვო ასლებს მოითხოვს: ბოლო დღის დამპის გარეშე დისკის დაკარგვა ერთ დღეზე მეტი მონაცემის დაკარგვას ნიშნავს.</translation>
    </message>
    <message>
        <source>Install the daily backup on the Setup wizard&apos;s Backups page and check its log.</source>
        <translation>დააყენეთ ყოველდღიური სარეზერვო ასლი გამართვის ოსტატის სარეზერვო ასლების გვერდზე და შეამოწმეთ მისი ჟურნალი.</translation>
    </message>
    <message>
        <source>There is no backup directory %1.</source>
        <translation>სარეზერვო ასლების საქაღალდე %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>%1 holds no dump.</source>
        <translation>%1-ში დამპი არ არის.</translation>
    </message>
    <message numerus="yes">
        <source>Newest dump: %1/%2, %3, %4 (%n hour(s) old).</source>
        <translation>
            <numerusform>უახლესი დამპი: %1/%2, %3, %4 (%n საათის წინანდელი).</numerusform>
            <numerusform>უახლესი დამპი: %1/%2, %3, %4 (%n საათის წინანდელი).</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup log at %1.</source>
        <translation>%1-ზე სარეზერვო ასლის ჟურნალი არ არის.</translation>
    </message>
    <message>
        <source>%1 records no finished backup.</source>
        <translation>%1-ში დასრულებული სარეზერვო ასლი არ ჩანს.</translation>
    </message>
    <message>
        <source>The last run failed (%1): %2</source>
        <translation>ბოლო გაშვება ვერ შესრულდა (%1): %2</translation>
    </message>
    <message>
        <source>The last run succeeded (%1): %2</source>
        <translation>ბოლო გაშვება წარმატებით დასრულდა (%1): %2</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>აღდგენა შემოწმებულია</translation>
    </message>
    <message>
        <source>The checklist asks for backups that are tested: a dump that was never restored is a hope, not a backup.</source>
        <translation>საკონტროლო სია შემოწმებულ სარეზერვო ასლებს მოითხოვს: დამპი, რომლიდანაც აღდგენა არასოდეს უცდიათ, იმედია და არა სარეზერვო ასლი.</translation>
    </message>
    <message>
        <source>Release layout and versions</source>
        <translation>რელიზის სტრუქტურა და ვერსიები</translation>
    </message>
    <message>
        <source>Supabase ships fixes as tagged releases; a stack on an old layout misses them and needs a planned upgrade from tag to tag.</source>
        <translation>Supabase შესწორებებს ტეგირებული რელიზებით ავრცელებს; ძველ სტრუქტურაზე მყოფ სტეკს ისინი აკლია და ტეგიდან ტეგზე დაგეგმილი განახლება სჭირდება.</translation>
    </message>
    <message>
        <source>No compose file was read from %1.</source>
        <translation>%1-დან compose ფაილი არ წაკითხულა.</translation>
    </message>
    <message>
        <source>The compose files (%1) run neither Kong nor Envoy.</source>
        <translation>compose ფაილები (%1) არც Kong-ს უშვებს და არც Envoy-ს.</translation>
    </message>
    <message>
        <source>Layout: %1; gateway service %2, port %3=%4.</source>
        <translation>სტრუქტურა: %1; შლუზის სერვისი %2, პორტი %3=%4.</translation>
    </message>
    <message>
        <source>unset</source>
        <translation>არ არის მითითებული</translation>
    </message>
    <message>
        <source>PostgreSQL image %1 (major version not in its tag).</source>
        <translation>PostgreSQL-ის იმიჯი %1 (მთავარი ვერსია ტეგში არ არის).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <source>Pooler: %1.</source>
        <translation>პულერი: %1.</translation>
    </message>
    <message>
        <source>Compose files: %1.</source>
        <translation>Compose ფაილები: %1.</translation>
    </message>
    <message>
        <source>Newer layout known: %1.</source>
        <translation>ცნობილია უფრო ახალი სტრუქტურა: %1.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 is older than any release Supabase supports.</source>
        <translation>PostgreSQL %1 უფრო ძველია, ვიდრე Supabase-ის მიერ მხარდაჭერილი ნებისმიერი რელიზი.</translation>
    </message>
    <message>
        <source>Fresh installs start on PostgreSQL %1; moving there needs pg_upgrade.</source>
        <translation>ახალი დაყენებები PostgreSQL %1-ით იწყება; მასზე გადასვლას pg_upgrade სჭირდება.</translation>
    </message>
    <message>
        <source>Upgrade release by release: back up, compare docker-compose.yml and .env.example between the tags, pull, recreate and check health.</source>
        <translation>განაახლეთ რელიზიდან რელიზზე: შექმენით სარეზერვო ასლი, შეადარეთ docker-compose.yml და .env.example ტეგებს შორის, ჩამოტვირთეთ იმიჯები, თავიდან შექმენით კონტეინერები და შეამოწმეთ მდგომარეობა.</translation>
    </message>
    <message>
        <source>ufw&apos;s status was not read.</source>
        <translation>ufw-ის მდგომარეობა არ წაკითხულა.</translation>
    </message>
    <message>
        <source>daemon.json limits each container log to %1 and keeps %2 file(s).</source>
        <translation>daemon.json თითოეული კონტეინერის ჟურნალს %1-ით ზღუდავს და %2 ფაილს ინახავს.</translation>
    </message>
    <message>
        <source>docker inspect did not show the containers&apos; limits.</source>
        <translation>docker inspect-მა კონტეინერების ლიმიტები არ აჩვენა.</translation>
    </message>
    <message>
        <source>df gave no figures for the file system of %1.</source>
        <translation>df-მა %1-ის ფაილური სისტემის მონაცემები არ მოგვცა.</translation>
    </message>
    <message>
        <source>PostgreSQL %1 (image %2).</source>
        <translation>PostgreSQL %1 (იმიჯი %2).</translation>
    </message>
    <message>
        <source>Run a restore drill: Backups ▸ Run drill, or supadesk-cli backup drill.</source>
        <translation>გაუშვით საცდელი აღდგენა: სარეზერვო ასლები ▸ საცდელი აღდგენის გაშვება, ან supadesk-cli backup drill.</translation>
    </message>
    <message>
        <source>No restore drill recorded yet for this stack.</source>
        <translation>ამ სტეკისთვის საცდელი აღდგენა ჯერ არ ჩაწერილა.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>უცნობ დროს</translation>
    </message>
    <message>
        <source>The last restore drill (%1, %2) failed.</source>
        <translation>ბოლო საცდელი აღდგენა (%1, %2) ვერ შესრულდა.</translation>
    </message>
    <message>
        <source>Tables: %1.</source>
        <translation>ცხრილები: %1.</translation>
    </message>
    <message>
        <source>The last restore drill passed on %1, more than %2 days ago.</source>
        <translation>ბოლო საცდელი აღდგენა წარმატებით დასრულდა %1-ს, %2 დღეზე მეტი ხნის წინ.</translation>
    </message>
    <message>
        <source>The last restore drill passed on %1 (%2).</source>
        <translation>ბოლო საცდელი აღდგენა წარმატებით დასრულდა %1-ს (%2).</translation>
    </message>
    <message>
        <source>%1, %2 entries</source>
        <translation>%1, %2 ჩანაწერი</translation>
    </message>
</context>
<context>
    <name>supadesk::HostCommandRunner</name>
    <message>
        <source>this computer</source>
        <translation>ეს კომპიუტერი</translation>
    </message>
    <message>
        <source>A command could not be started: %1</source>
        <translation>ბრძანების გაშვება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::HostKeyPrompt</name>
    <message>
        <source>Unknown host key</source>
        <translation>უცნობი ჰოსტის გასაღები</translation>
    </message>
    <message>
        <source>Supadesk has not connected to %1 before. The server presented this %2 key:</source>
        <translation>Supadesk ადრე %1-ს არ დაკავშირებია. სერვერმა წარმოადგინა ეს %2 გასაღები:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust it only if it matches the fingerprint the server&apos;s administrator gives you (on the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;ენდეთ მხოლოდ მაშინ, თუ ის ემთხვევა იმ ანაბეჭდს, რომელსაც სერვერის ადმინისტრატორი გაძლევთ (სერვერზე: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;ნდობა და დაკავშირება</translation>
    </message>
    <message>
        <source>Host key not saved</source>
        <translation>ჰოსტის გასაღები არ შეინახა</translation>
    </message>
    <message>
        <source>Host key has changed</source>
        <translation>ჰოსტის გასაღები შეიცვალა</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has changed. Someone may be intercepting the connection (a man-in-the-middle attack), or the server was reinstalled. Supadesk refused to connect and sent nothing.</source>
        <translation>გაფრთხილება: %1-ის ჰოსტის გასაღები შეიცვალა. შესაძლოა კავშირი ვიღაცამ ჩაჭრა (შუამავლის შეტევა), ან სერვერი ხელახლა დაყენდა. Supadesk-მა დაკავშირებაზე უარი თქვა და არაფერი გაუგზავნია.</translation>
    </message>
    <message>
        <source>&lt;p&gt;New %1 key: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;The old key is in &lt;tt&gt;%3&lt;/tt&gt;, line %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ახალი %1 გასაღები: &lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;ძველი გასაღები არის &lt;tt&gt;%3&lt;/tt&gt;-ში, სტრიქონი %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Remove Old Key…</source>
        <translation>ძველი გასაღების &amp;წაშლა…</translation>
    </message>
    <message>
        <source>Remove old host key</source>
        <translation>ძველი ჰოსტის გასაღების წაშლა</translation>
    </message>
    <message>
        <source>Remove line %2 of %1? Do this only if you know why the key changed. The next connection will ask whether to trust the new key.</source>
        <translation>წავშალოთ %1-ის სტრიქონი %2? ეს გააკეთეთ მხოლოდ მაშინ, თუ იცით, რატომ შეიცვალა გასაღები. შემდეგი დაკავშირებისას Supadesk გკითხავთ, ენდობით თუ არა ახალ გასაღებს.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Host key not removed</source>
        <translation>ჰოსტის გასაღები არ წაიშალა</translation>
    </message>
    <message>
        <source>New type of host key</source>
        <translation>ჰოსტის გასაღების ახალი ტიპი</translation>
    </message>
    <message>
        <source>%1 is known by its %2 key, but the server now presented this %3 key, which is not known for it:</source>
        <translation>%1 ცნობილია თავისი %2 გასაღებით, მაგრამ სერვერმა ახლა წარმოადგინა ეს %3 გასაღები, რომელიც მისთვის ცნობილი არ არის:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server may have gained a new key, or someone may be intercepting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;შესაძლოა სერვერს ახალი გასაღები დაემატა, ან კავშირი ვიღაცამ ჩაჭრა.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>supadesk::HostPanel</name>
    <message>
        <source>Host</source>
        <translation>ჰოსტი</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Load (1, 5, 15 min)</source>
        <translation>დატვირთვა (1, 5, 15 წთ)</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>მეხსიერება</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>სვოპი</translation>
    </message>
    <message>
        <source>Network in / out</source>
        <translation>ქსელი: შემ. / გამ.</translation>
    </message>
    <message>
        <source>Cost of a reading</source>
        <translation>ანაზომის ფასი</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>დისკები</translation>
    </message>
    <message>
        <source>Mount point</source>
        <translation>მიმაგრების წერტილი</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>დაკავებული</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>თავისუფალი</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>წილი</translation>
    </message>
    <message>
        <source>Full in</source>
        <translation>გაივსება</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>კონტეინერები</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>კონტეინერი</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ჯანმრთელობა</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>გადატვირთვები</translation>
    </message>
    <message>
        <source>OOM kill</source>
        <translation>OOM შეწყვეტა</translation>
    </message>
    <message>
        <source>Logs…</source>
        <translation>ჟურნალი…</translation>
    </message>
    <message>
        <source>Follow the selected container&apos;s log</source>
        <translation>არჩეული კონტეინერის ჟურნალის თვალყურის დევნება</translation>
    </message>
    <message>
        <source>Restart…</source>
        <translation>გადატვირთვა…</translation>
    </message>
    <message>
        <source>Restart the selected container</source>
        <translation>არჩეული კონტეინერის გადატვირთვა</translation>
    </message>
    <message>
        <source>running</source>
        <translation>მუშაობს</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>დასრულდა</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>გადაიტვირთება</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>პაუზაზეა</translation>
    </message>
    <message>
        <source>created</source>
        <translation>შექმნილია</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>მკვდარია</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>იშლება</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>ჯანსაღი</translation>
    </message>
    <message>
        <source>unhealthy</source>
        <translation>არაჯანსაღი</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>ეშვება</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>შემოწმების გარეშე</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n CPU(s)</source>
        <translation>
            <numerusform>%1, %n CPU</numerusform>
            <numerusform>%1, %n CPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CPU(s), measuring…</source>
        <translation>
            <numerusform>%n CPU, იზომება…</numerusform>
            <numerusform>%n CPU, იზომება…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 / %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no swap</source>
        <translation>სვოპი არ არის</translation>
    </message>
    <message>
        <source>%1/s in, %2/s out</source>
        <translation>შემ. %1/წმ, გამ. %2/წმ</translation>
    </message>
    <message>
        <source>%1 CPU on the server, %2 round trip</source>
        <translation>სერვერზე %1 CPU, ორმხრივი გზა %2</translation>
    </message>
    <message>
        <source>not filling up</source>
        <translation>არ ივსება</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>ერთ დღეში</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n დღეში</numerusform>
            <numerusform>%n დღეში</numerusform>
        </translation>
    </message>
    <message>
        <source>From the trend of the last 7 days of the history (least squares); no forecast while the disk is flat or shrinking.</source>
        <translation>ისტორიის ბოლო 7 დღის ტენდენციით (უმცირესი კვადრატები); პროგნოზი არ არის, სანამ დისკის შევსება არ იზრდება ან მცირდება.</translation>
    </message>
    <message>
        <source>Docker is not installed on this server (no docker command).</source>
        <translation>Docker ამ სერვერზე დაყენებული არ არის (docker ბრძანება არ არსებობს).</translation>
    </message>
    <message>
        <source>Docker did not answer: %1</source>
        <translation>Docker-მა არ უპასუხა: %1</translation>
    </message>
    <message>
        <source>No containers on this server.</source>
        <translation>ამ სერვერზე კონტეინერები არ არის.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>The kernel killed its last run for lack of memory.</source>
        <translation>ბირთვმა მისი ბოლო გაშვება მეხსიერების ნაკლებობის გამო შეწყვიტა.</translation>
    </message>
    <message>
        <source>Select a stack to see its server and containers.</source>
        <translation>აირჩიეთ სტეკი მისი სერვერისა და კონტეინერების სანახავად.</translation>
    </message>
    <message>
        <source>Connect to %1 to see its server and containers.</source>
        <translation>დაუკავშირდით %1-ს მისი სერვერისა და კონტეინერების სანახავად.</translation>
    </message>
    <message>
        <source>The host could not be read: %1</source>
        <translation>ჰოსტის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Reading the host…</source>
        <translation>ჰოსტის წაკითხვა…</translation>
    </message>
    <message numerus="yes">
        <source>Read at %1 over the stack&apos;s SSH session, every %n second(s).</source>
        <translation>
            <numerusform>წაკითხულია %1-ზე სტეკის SSH სესიით, ყოველ %n წამში.</numerusform>
            <numerusform>წაკითხულია %1-ზე სტეკის SSH სესიით, ყოველ %n წამში.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart container</source>
        <translation>კონტეინერის გადატვირთვა</translation>
    </message>
    <message>
        <source>Restart container %1 on %2? Its service is unavailable until it is back.</source>
        <translation>გადაიტვირთოს კონტეინერი %1 სტეკზე %2? მისი სერვისი მიუწვდომელი იქნება, სანამ არ აღდგება.</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 გადაიტვირთება…</translation>
    </message>
    <message>
        <source>%1 was restarted.</source>
        <translation>%1 გადაიტვირთა.</translation>
    </message>
</context>
<context>
    <name>supadesk::HostProfile</name>
    <message>
        <source>&quot;%1&quot; is not a memory size. Write it like 16GiB, 16GB or 2048MiB.</source>
        <translation>„%1“ მეხსიერების ზომა არ არის. დაწერეთ ასე: 16GiB, 16GB ან 2048MiB.</translation>
    </message>
    <message>
        <source>Unknown storage &quot;%1&quot;: use ssd or hdd.</source>
        <translation>უცნობი დისკი „%1“: გამოიყენეთ ssd ან hdd.</translation>
    </message>
    <message>
        <source>Unknown workload &quot;%1&quot;: use web, oltp, analytics or mixed.</source>
        <translation>უცნობი დატვირთვა „%1“: გამოიყენეთ web, oltp, analytics ან mixed.</translation>
    </message>
    <message>
        <source>RAM must be between 1 GiB and 4 TiB; %1 MiB was given.</source>
        <translation>RAM უნდა იყოს 1 GiB-დან 4 TiB-მდე; მითითებულია %1 MiB.</translation>
    </message>
    <message>
        <source>vCPUs must be between 1 and 1024; %1 was given.</source>
        <translation>vCPU-ების რაოდენობა უნდა იყოს 1-დან 1024-მდე; მითითებულია %1.</translation>
    </message>
    <message>
        <source>Connections must be between 20 and 10000; %1 was given.</source>
        <translation>კავშირების რაოდენობა უნდა იყოს 20-დან 10000-მდე; მითითებულია %1.</translation>
    </message>
    <message>
        <source>The WAL archive directory must be an absolute path of letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;; &quot;%1&quot; is not.</source>
        <translation>WAL-ის არქივის საქაღალდე უნდა იყოს აბსოლუტური გზა ასოებით, ციფრებით და &apos;_&apos;, &apos;.&apos;, &apos;-&apos;, &apos;/&apos; სიმბოლოებით; „%1“ ასეთი არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::IncidentTableModel</name>
    <message>
        <source>No probe results: the server or its probe was down</source>
        <translation>შემოწმების შედეგები არ არის: სერვერი ან მისი ზონდი გათიშული იყო</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>მიზეზი არ არის ჩაწერილი</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>დასაწყისი</translation>
    </message>
    <message>
        <source>End</source>
        <translation>დასასრული</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ხანგრძლივობა</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>კომპონენტები</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
</context>
<context>
    <name>supadesk::IndexAdvicePanel</name>
    <message>
        <source>Try Indexes</source>
        <translation>ინდექსების მოსინჯვა</translation>
    </message>
    <message>
        <source>Plan the statement again with hypothetical indexes (hypopg); nothing is built</source>
        <translation>ბრძანების გეგმის ხელახლა შედგენა ჰიპოთეტური ინდექსებით (hypopg); არაფერი იქმნება</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>ინდექსი</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>კვანძი</translation>
    </message>
    <message>
        <source>Cost without</source>
        <translation>ღირებულება მის გარეშე</translation>
    </message>
    <message>
        <source>Cost with</source>
        <translation>ღირებულება მასთან</translation>
    </message>
    <message>
        <source>Cheaper by</source>
        <translation>იაფდება</translation>
    </message>
    <message>
        <source>Planning with hypothetical indexes…</source>
        <translation>გეგმა ჰიპოთეტური ინდექსებით დგება…</translation>
    </message>
    <message>
        <source>Explain a statement to get index advice for its sequential scans.</source>
        <translation>აჩვენეთ ბრძანების გეგმა, რომ მისი მიმდევრობითი სკანირებებისთვის ინდექსების რჩევა მიიღოთ.</translation>
    </message>
    <message>
        <source>This plan has no sequential scan with a filter, so there is no index to try.</source>
        <translation>ამ გეგმაში ფილტრიანი მიმდევრობითი სკანირება არ არის, ამიტომ მოსასინჯი ინდექსი არ არის.</translation>
    </message>
    <message>
        <source>The statement of this plan is not known: explain it from the editor to try indexes.</source>
        <translation>ამ გეგმის ბრძანება უცნობია: ინდექსების მოსასინჯად აჩვენეთ მისი გეგმა რედაქტორიდან.</translation>
    </message>
    <message>
        <source>Connect the stack to try indexes.</source>
        <translation>ინდექსების მოსასინჯად დააკავშირეთ სტეკი.</translation>
    </message>
    <message numerus="yes">
        <source>%n index(es) to try for the sequential scans of this plan.</source>
        <translation>
            <numerusform>ამ გეგმის მიმდევრობითი სკანირებებისთვის მოსასინჯია %n ინდექსი.</numerusform>
            <numerusform>ამ გეგმის მიმდევრობითი სკანირებებისთვის მოსასინჯია %n ინდექსი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create hypopg</source>
        <translation>hypopg-ის შექმნა</translation>
    </message>
    <message>
        <source>Create the extension now? It adds functions only; hypothetical indexes exist only for Supadesk&apos;s session and no index is built.</source>
        <translation>შეიქმნას გაფართოება ახლა? ის მხოლოდ ფუნქციებს ამატებს; ჰიპოთეტური ინდექსები მხოლოდ Supadesk-ის სესიაში არსებობს და არცერთი ინდექსი არ იქმნება.</translation>
    </message>
    <message>
        <source>Create Extension</source>
        <translation>გაფართოების შექმნა</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>არ გამოიყენება</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n index(es) would make the statement cheaper. Costs are the planner&apos;s estimates; nothing was built.</source>
        <translation>
            <numerusform>%n ინდექსიდან %1 ბრძანებას გააიაფებს. ღირებულებები დამგეგმავის შეფასებებია; არაფერი შექმნილა.</numerusform>
            <numerusform>%n ინდექსიდან %1 ბრძანებას გააიაფებს. ღირებულებები დამგეგმავის შეფასებებია; არაფერი შექმნილა.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::Jwt</name>
    <message>
        <source>This is not a JSON Web Token (expected three base64url parts).</source>
        <translation>ეს არ არის JSON Web Token (მოსალოდნელია სამი base64url ნაწილი).</translation>
    </message>
</context>
<context>
    <name>supadesk::LiveChart</name>
    <message>
        <source>Reset zoom</source>
        <translation>მასშტაბის აღდგენა</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>დიაგრამის PNG-ად ექსპორტი…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>მონაცემების CSV-ად ექსპორტი…</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1.</source>
        <translation>დიაგრამის შენახვა ფაილად %1 ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The data could not be saved as %1: %2</source>
        <translation>მონაცემების შენახვა ფაილად %1 ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>დიაგრამის PNG-ად ექსპორტი</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG გამოსახულებები (*.png)</translation>
    </message>
    <message>
        <source>Export Data as CSV</source>
        <translation>მონაცემების CSV-ად ექსპორტი</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ფაილები (*.csv)</translation>
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
        <translation>სტეკის და&amp;მატება…</translation>
    </message>
    <message>
        <source>&amp;Edit Stack…</source>
        <translation>სტეკის &amp;რედაქტირება…</translation>
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
            <numerusform>%n სტეკი</numerusform>
            <numerusform>%n სტეკი</numerusform>
        </translation>
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
        <translation>მისი საიდუმლოების წაშლა გასაღებების საცავიდან ვერ მოხერხდა, ამიტომ სტეკი დარჩა: %1</translation>
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
            <numerusform>იმპორტირებულია %n სტეკი.</numerusform>
            <numerusform>იმპორტირებულია %n სტეკი.</numerusform>
        </translation>
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
            <numerusform>ექსპორტირებულია %n სტეკი, საიდუმლოების გარეშე.</numerusform>
            <numerusform>ექსპორტირებულია %n სტეკი, საიდუმლოების გარეშე.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;დაკავშირება</translation>
    </message>
    <message>
        <source>A postgresql:// address of the database through this stack&apos;s tunnel, for psql and other tools (without the password).</source>
        <translation>ბაზის postgresql:// მისამართი ამ სტეკის გვირაბით, psql-ისა და სხვა ხელსაწყოებისთვის (პაროლის გარეშე).</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>დაკოპირდა %1</translation>
    </message>
    <message>
        <source>“%1” connected: database on 127.0.0.1:%2, gateway on 127.0.0.1:%3</source>
        <translation>„%1“ დაკავშირებულია: ბაზა 127.0.0.1:%2-ზე, შლუზი 127.0.0.1:%3-ზე</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Du&amp;plicate Stack</source>
        <translation>სტეკის დუ&amp;ბლირება</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>კავშირის &amp;გაწყვეტა</translation>
    </message>
    <message>
        <source>Copy Database Connection &amp;String</source>
        <translation>ბაზასთან დაკავშირების სტრიქონის &amp;კოპირება</translation>
    </message>
    <message>
        <source>Connect %1 first: the password rotation runs over its SSH session and database.</source>
        <translation>ჯერ დაუკავშირდით %1-ს: პაროლის როტაცია მისი SSH სესიითა და მონაცემთა ბაზით სრულდება.</translation>
    </message>
</context>
<context>
    <name>supadesk::MaintenanceDialog</name>
    <message>
        <source>Add maintenance window</source>
        <translation>ტექნიკური მომსახურების ფანჯრის დამატება</translation>
    </message>
    <message>
        <source>e.g. PostgreSQL upgrade</source>
        <translation>მაგ. PostgreSQL-ის განახლება</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>დამატება</translation>
    </message>
    <message>
        <source>Downtime inside a maintenance window of “%1” is not counted against its availability target. Times are in %2.</source>
        <translation>„%1“-ის ტექნიკური მომსახურების ფანჯარაში მომხდარი გათიშვა ხელმისაწვდომობის მიზანში არ ითვლება. დრო მითითებულია სასაათო სარტყელში %2.</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>დასაწყისი:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>დასასრული:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>შენიშვნა:</translation>
    </message>
    <message>
        <source>The maintenance window must end after it starts.</source>
        <translation>ტექნიკური მომსახურების ფანჯარა დაწყების შემდეგ უნდა მთავრდებოდეს.</translation>
    </message>
    <message>
        <source>That maintenance window no longer exists.</source>
        <translation>ეს ტექნიკური მომსახურების ფანჯარა აღარ არსებობს.</translation>
    </message>
</context>
<context>
    <name>supadesk::NodeDetailsPanel</name>
    <message>
        <source>Properties</source>
        <translation>თვისებები</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>ნედლი JSON</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>თვისება</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>მნიშვნელობა</translation>
    </message>
    <message>
        <source>Select a node to see all of its properties.</source>
        <translation>აირჩიეთ კვანძი, რომ ნახოთ მისი ყველა თვისება.</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>კვანძი %1: %2</translation>
    </message>
    <message>
        <source>Node %1: %2 on %3</source>
        <translation>კვანძი %1: %2 — %3</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>ანალიზი</translation>
    </message>
    <message>
        <source>Self time</source>
        <translation>საკუთარი დრო</translation>
    </message>
    <message>
        <source>Share of the total time</source>
        <translation>წილი მთლიან დროში</translation>
    </message>
    <message>
        <source>Time with children</source>
        <translation>დრო ქვეკვანძებთან ერთად</translation>
    </message>
    <message>
        <source>Self cost</source>
        <translation>საკუთარი ღირებულება</translation>
    </message>
    <message>
        <source>Rows (all loops)</source>
        <translation>მწკრივები (ყველა ციკლი)</translation>
    </message>
    <message>
        <source>Rows planned (all loops)</source>
        <translation>დაგეგმილი მწკრივები (ყველა ციკლი)</translation>
    </message>
    <message>
        <source>Misestimate</source>
        <translation>შეფასების ცდომილება</translation>
    </message>
    <message>
        <source>Rows removed by filter (all loops)</source>
        <translation>ფილტრით მოცილებული მწკრივები (ყველა ციკლი)</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>პროცესები</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>მიგნებები</translation>
    </message>
    <message>
        <source>EXPLAIN properties</source>
        <translation>EXPLAIN-ის თვისებები</translation>
    </message>
</context>
<context>
    <name>supadesk::ParameterValuesDialog</name>
    <message>
        <source>Parameter values</source>
        <translation>პარამეტრების მნიშვნელობები</translation>
    </message>
    <message>
        <source>This server plans a statement only with values for its parameters (PostgreSQL 16 and later can plan it without them). Enter a typical value for each; type NULL for a null value.</source>
        <translation>ეს სერვერი ბრძანების გეგმას მხოლოდ პარამეტრების მნიშვნელობებით ადგენს (PostgreSQL 16 და უფრო ახალი მათ გარეშეც ახერხებს). შეიყვანეთ თითოეულის ტიპური მნიშვნელობა; ცარიელი მნიშვნელობისთვის აკრიფეთ NULL.</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>გეგმა (EXPLAIN)</translation>
    </message>
</context>
<context>
    <name>supadesk::PasswordRotation</name>
    <message>
        <source>Reading the roles, the .env and the containers</source>
        <translation>როლების, .env-ისა და კონტეინერების წაკითხვა</translation>
    </message>
    <message>
        <source>Changing the roles&apos; passwords in one transaction</source>
        <translation>როლების პაროლების შეცვლა ერთ ტრანზაქციაში</translation>
    </message>
    <message>
        <source>Writing the new password to the .env (with a backup)</source>
        <translation>ახალი პაროლის ჩაწერა .env-ში (სარეზერვო ასლით)</translation>
    </message>
    <message>
        <source>Restarting the containers that use the password</source>
        <translation>პაროლის მომხმარებელი კონტეინერების გადატვირთვა</translation>
    </message>
    <message>
        <source>Checking that the stack is healthy</source>
        <translation>სტეკის გამართულობის შემოწმება</translation>
    </message>
    <message>
        <source>Saving the new password in the keychain</source>
        <translation>ახალი პაროლის შენახვა გასაღებების საცავში</translation>
    </message>
    <message>
        <source>Putting the old password back</source>
        <translation>ძველი პაროლის დაბრუნება</translation>
    </message>
</context>
<context>
    <name>supadesk::PasswordRotationDialog</name>
    <message>
        <source>Rotate the database password</source>
        <translation>მონაცემთა ბაზის პაროლის როტაცია</translation>
    </message>
    <message>
        <source>Supadesk gives postgres and every internal role that shares its password one new, generated password; writes it to the server&apos;s .env (keeping a backup); restarts the services that use it; checks that they are healthy; and keeps the new password only in your keychain. The API is unavailable for a short time while its services restart. Any failure puts the old password back.</source>
        <translation>Supadesk postgres-ს და ყველა შიდა როლს, რომელსაც იგივე პაროლი აქვს, ერთ ახალ, გენერირებულ პაროლს აძლევს; წერს მას სერვერის .env-ში (სარეზერვო ასლს ინახავს); გადატვირთავს სერვისებს, რომლებიც მას იყენებენ; ამოწმებს, რომ ისინი გამართულად მუშაობენ; ახალ პაროლს კი მხოლოდ თქვენს გასაღებების საცავში ინახავს. სერვისების გადატვირთვისას API მცირე ხნით მიუწვდომელია. ნებისმიერი შეცდომისას ძველი პაროლი აღდგება.</translation>
    </message>
    <message>
        <source>What is done appears here, step by step.</source>
        <translation>აქ ნაბიჯ-ნაბიჯ გამოჩნდება, რა შესრულდა.</translation>
    </message>
    <message>
        <source>Rotate the database password of %1</source>
        <translation>%1-ის მონაცემთა ბაზის პაროლის როტაცია</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;როტაცია</translation>
    </message>
    <message>
        <source>Cancelling: the rotation stops if the roles have not changed yet.</source>
        <translation>უქმდება: როტაცია შეწყდება, თუ როლები ჯერ არ შეცვლილა.</translation>
    </message>
    <message>
        <source>Done: every role has the new password, the services are healthy and the keychain holds it.</source>
        <translation>მზადაა: ყველა როლს ახალი პაროლი აქვს, სერვისები გამართულად მუშაობს და პაროლი გასაღებების საცავშია.</translation>
    </message>
    <message>
        <source>What the server has now:</source>
        <translation>რა არის ახლა სერვერზე:</translation>
    </message>
</context>
<context>
    <name>supadesk::PasswordRotator</name>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>გაუქმდა, სანამ რამე შეიცვლებოდა.</translation>
    </message>
    <message>
        <source>No keychain to store the new password in.</source>
        <translation>ახალი პაროლის შესანახად გასაღებების საცავი არ არის.</translation>
    </message>
    <message>
        <source>The keychain did not take the new password: %1</source>
        <translation>გასაღებების საცავმა ახალი პაროლი არ მიიღო: %1</translation>
    </message>
    <message>
        <source>The new password is in the keychain.</source>
        <translation>ახალი პაროლი გასაღებების საცავშია.</translation>
    </message>
    <message>
        <source>Cannot log in to the database as %1 with the current password: %2</source>
        <translation>მონაცემთა ბაზაში %1-ად მიმდინარე პაროლით შესვლა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot read the database roles: %1</source>
        <translation>მონაცემთა ბაზის როლების წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1 in %2 is not the password Supadesk uses to log in; nothing was changed.</source>
        <translation>%1 ფაილში %2 არ არის ის პაროლი, რომლითაც Supadesk შესვლას ახორციელებს; არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Cannot list the stack&apos;s containers (%1); nothing was changed.</source>
        <translation>სტეკის კონტეინერების ჩამოთვლა ვერ მოხერხდა (%1); არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>No database role of the stack uses the password.</source>
        <translation>სტეკის მონაცემთა ბაზის არცერთი როლი ამ პაროლს არ იყენებს.</translation>
    </message>
    <message>
        <source>Roles to change: %1.</source>
        <translation>შესაცვლელი როლები: %1.</translation>
    </message>
    <message>
        <source>Roles with a password of their own, left alone: %1.</source>
        <translation>საკუთარი პაროლის მქონე როლები ხელუხლებლად დარჩა: %1.</translation>
    </message>
    <message>
        <source>Cannot log in to the database as %1: %2</source>
        <translation>მონაცემთა ბაზაში %1-ად შესვლა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot begin a transaction: %1</source>
        <translation>ტრანზაქციის დაწყება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>ALTER ROLE %1 failed: %2</source>
        <translation>ALTER ROLE %1 ვერ შესრულდა: %2</translation>
    </message>
    <message>
        <source>Every role keeps the password it had.</source>
        <translation>ყველა როლს თავისი ძველი პაროლი რჩება.</translation>
    </message>
    <message>
        <source>The roles&apos; transaction did not commit: %1</source>
        <translation>როლების ტრანზაქცია ვერ დადასტურდა: %1</translation>
    </message>
    <message numerus="yes">
        <source>The old password is back on %n role(s).</source>
        <translation>
            <numerusform>ძველი პაროლი დაბრუნდა %n როლზე.</numerusform>
            <numerusform>ძველი პაროლი დაბრუნდა %n როლზე.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the password of %n role(s) in one transaction.</source>
        <translation>
            <numerusform>ერთ ტრანზაქციაში შეიცვალა %n როლის პაროლი.</numerusform>
            <numerusform>ერთ ტრანზაქციაში შეიცვალა %n როლის პაროლი.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Wrote %1; the previous one is kept as %2.</source>
        <translation>%1 ჩაიწერა; წინა ვერსია შენახულია როგორც %2.</translation>
    </message>
    <message>
        <source>Could not remove older backups of %1.</source>
        <translation>%1-ის ძველი სარეზერვო ასლების წაშლა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation>%1-ის გადატვირთვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>გადაიტვირთა: %1.</translation>
    </message>
    <message>
        <source>the database refuses the new password for %1: %2</source>
        <translation>მონაცემთა ბაზა %1-ისთვის ახალ პაროლს არ იღებს: %2</translation>
    </message>
    <message>
        <source>the pooler refuses the new password for %1: %2</source>
        <translation>პულერი %1-ისთვის ახალ პაროლს არ იღებს: %2</translation>
    </message>
    <message>
        <source>The stack answers with the new password.</source>
        <translation>სტეკი ახალი პაროლით პასუხობს.</translation>
    </message>
    <message>
        <source>The stack is not healthy after the change: %1</source>
        <translation>ცვლილების შემდეგ სტეკი გამართული არ არის: %1</translation>
    </message>
    <message>
        <source>Cannot put back %1 from %2: %3</source>
        <translation>%1-ის დაბრუნება %2-დან ვერ მოხერხდა: %3</translation>
    </message>
    <message>
        <source>Put back %1 from %2.</source>
        <translation>%1 დაბრუნდა %2-დან.</translation>
    </message>
    <message>
        <source>%1: the old password</source>
        <translation>%1: ძველი პაროლი</translation>
    </message>
    <message>
        <source>%1: the new password</source>
        <translation>%1: ახალი პაროლი</translation>
    </message>
    <message>
        <source>%1: could not tell (%2)</source>
        <translation>%1: ვერ დადგინდა (%2)</translation>
    </message>
    <message>
        <source>the old password</source>
        <translation>ძველი პაროლი</translation>
    </message>
    <message>
        <source>the new password</source>
        <translation>ახალი პაროლი</translation>
    </message>
    <message>
        <source>neither password (unreadable?)</source>
        <translation>არცერთი პაროლი (წაუკითხავია?)</translation>
    </message>
    <message>
        <source>%1: %2 holds %3</source>
        <translation>%1: %2 შეიცავს — %3</translation>
    </message>
</context>
<context>
    <name>supadesk::PgConfigWriter</name>
    <message>
        <source>PostgreSQL settings generated by Supadesk. Run with: psql -f tuning.sql</source>
        <translation>PostgreSQL-ის პარამეტრები, შექმნილი Supadesk-ის მიერ. გაუშვით: psql -f tuning.sql</translation>
    </message>
    <message>
        <source>ALTER SYSTEM keeps them in postgresql.auto.conf in the data directory.</source>
        <translation>ALTER SYSTEM მათ მონაცემთა საქაღალდის postgresql.auto.conf-ში ინახავს.</translation>
    </message>
    <message>
        <source>These take effect only after a restart of PostgreSQL (docker compose restart db): %1</source>
        <translation>ეს პარამეტრები მხოლოდ PostgreSQL-ის გადატვირთვის შემდეგ ამოქმედდება (docker compose restart db): %1</translation>
    </message>
    <message>
        <source>PostgreSQL settings generated by Supadesk.</source>
        <translation>PostgreSQL-ის პარამეტრები, შექმნილი Supadesk-ის მიერ.</translation>
    </message>
    <message>
        <source>Include it from postgresql.conf with: include_if_exists = &apos;postgresql.tuning.conf&apos;</source>
        <translation>ჩართეთ postgresql.conf-დან ასე: include_if_exists = &apos;postgresql.tuning.conf&apos;</translation>
    </message>
    <message>
        <source>(needs a restart)</source>
        <translation>(გადატვირთვა სჭირდება)</translation>
    </message>
    <message>
        <source>Add %1 to the existing %2 list; this file cannot know it.</source>
        <translation>დაამატეთ %1 არსებულ %2 სიას; ეს ფაილი მას ვერ იცნობს.</translation>
    </message>
</context>
<context>
    <name>supadesk::PgPasswordEncryption</name>
    <message>
        <source>No open PostgreSQL connection to compute the verifier with.</source>
        <translation>ვერიფიკატორის გამოსათვლელად PostgreSQL-თან ღია კავშირი არ არის.</translation>
    </message>
    <message>
        <source>libpq could not compute the password verifier: %1</source>
        <translation>libpq-მ პაროლის ვერიფიკატორი ვერ გამოთვალა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::PgSslConfig</name>
    <message>
        <source>line %1: %2 → %3</source>
        <translation>სტრიქონი %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>supadesk::PgTransitPlanner</name>
    <message>
        <source>PostgreSQL can reuse the proxy&apos;s certificate only where certbot obtains it (nginx as a host package): choose a self-signed certificate instead.</source>
        <translation>PostgreSQL-ს პროქსის სერტიფიკატის გამოყენება მხოლოდ იქ შეუძლია, სადაც მას certbot იღებს (nginx ჰოსტის პაკეტად): სანაცვლოდ აირჩიეთ თვითხელმოწერილი სერტიფიკატი.</translation>
    </message>
    <message>
        <source>The certificate&apos;s name is not a host name.</source>
        <translation>სერტიფიკატის სახელი ჰოსტის სახელი არ არის.</translation>
    </message>
    <message>
        <source>Make PostgreSQL a self-signed certificate in its data directory (%1, %2); Supadesk pins its fingerprint. A rollback puts back what was there.</source>
        <translation>PostgreSQL-ისთვის თვითხელმოწერილი სერტიფიკატის შექმნა მის მონაცემთა საქაღალდეში (%1, %2); Supadesk მის ანაბეჭდს იმახსოვრებს. დაბრუნება აღადგენს იმას, რაც იქ იყო.</translation>
    </message>
    <message>
        <source>Copy the proxy&apos;s certificate into PostgreSQL&apos;s data directory (%1, %2), and again after each renewal (a certbot deploy hook). A rollback puts back what was there.</source>
        <translation>პროქსის სერტიფიკატის კოპირება PostgreSQL-ის მონაცემთა საქაღალდეში (%1, %2) და ხელახლა ყოველი განახლების შემდეგ (certbot-ის deploy hook). დაბრუნება აღადგენს იმას, რაც იქ იყო.</translation>
    </message>
    <message>
        <source>Turn SSL on in PostgreSQL (ALTER SYSTEM: ssl = on, the certificate, TLS 1.2 or newer) and reload; the step fails when PostgreSQL does not take it.</source>
        <translation>PostgreSQL-ში SSL-ის ჩართვა (ALTER SYSTEM: ssl = on, სერტიფიკატი, TLS 1.2 ან უფრო ახალი) და ხელახლა ჩატვირთვა; ნაბიჯი ჩავარდება, თუ PostgreSQL მას არ მიიღებს.</translation>
    </message>
    <message numerus="yes">
        <source>Require SSL and a SCRAM password in pg_hba.conf for connections from other addresses (%n rule(s) change); the server&apos;s own and the containers&apos; rules stay. A backup is kept.</source>
        <translation>
            <numerusform>pg_hba.conf-ში სხვა მისამართებიდან კავშირებისთვის SSL-ისა და SCRAM პაროლის მოთხოვნა (იცვლება %n წესი); სერვერის საკუთარი და კონტეინერების წესები რჩება. სარეზერვო ასლი ინახება.</numerusform>
            <numerusform>pg_hba.conf-ში სხვა მისამართებიდან კავშირებისთვის SSL-ისა და SCRAM პაროლის მოთხოვნა (იცვლება %n წესი); სერვერის საკუთარი და კონტეინერების წესები რჩება. სარეზერვო ასლი ინახება.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::PgTuner</name>
    <message>
        <source>expected connections</source>
        <translation>მოსალოდნელი კავშირები</translation>
    </message>
    <message>
        <source>Each connection is a server process with its own memory. Supabase&apos;s services hold their own connections; application clients should come through the pooler.</source>
        <translation>ყოველი კავშირი სერვერის ცალკე პროცესია საკუთარი მეხსიერებით. Supabase-ის სერვისებს საკუთარი კავშირები აქვთ; აპლიკაციის კლიენტები პულერის გავლით უნდა მოდიოდნენ.</translation>
    </message>
    <message>
        <source>RAM / 4</source>
        <translation>RAM / 4</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s own page cache. A quarter of RAM leaves the rest to the operating system&apos;s cache, which PostgreSQL also relies on.</source>
        <translation>PostgreSQL-ის საკუთარი გვერდების ქეში. RAM-ის მეოთხედი დანარჩენს ოპერაციული სისტემის ქეშს უტოვებს, რომელსაც PostgreSQL ასევე ეყრდნობა.</translation>
    </message>
    <message>
        <source>RAM × 3/4</source>
        <translation>RAM × 3/4</translation>
    </message>
    <message>
        <source>Tells the planner how much data the OS and PostgreSQL can cache together; it allocates nothing, and a realistic value makes index scans look as cheap as they are.</source>
        <translation>დამგეგმავს ეუბნება, რამდენი მონაცემის დაქეშვა შეუძლიათ ერთად ოპერაციულ სისტემას და PostgreSQL-ს; მეხსიერებას არ იკავებს, ხოლო რეალისტური მნიშვნელობით ინდექსით ძებნა ისეთივე იაფად ჩანს, როგორიც სინამდვილეშია.</translation>
    </message>
    <message>
        <source>min(RAM / 8, 2GB)</source>
        <translation>min(RAM / 8, 2GB)</translation>
    </message>
    <message>
        <source>min(RAM / 16, 2GB)</source>
        <translation>min(RAM / 16, 2GB)</translation>
    </message>
    <message>
        <source>Memory for VACUUM, CREATE INDEX and ALTER TABLE ADD FOREIGN KEY. More makes them faster; beyond 2GB there is little gain.</source>
        <translation>მეხსიერება VACUUM-ის, CREATE INDEX-ისა და ALTER TABLE ADD FOREIGN KEY-სთვის. მეტი მეხსიერება მათ აჩქარებს; 2GB-ის ზემოთ სარგებელი მცირეა.</translation>
    </message>
    <message>
        <source>(RAM − shared_buffers) / (connections × 3) / parallel workers per gather / 2</source>
        <translation>(RAM − shared_buffers) / (კავშირები × 3) / პარალელური დამმუშავებლები ერთ gather-ზე / 2</translation>
    </message>
    <message>
        <source>(RAM − shared_buffers) / (connections × 3) / parallel workers per gather</source>
        <translation>(RAM − shared_buffers) / (კავშირები × 3) / პარალელური დამმუშავებლები ერთ gather-ზე</translation>
    </message>
    <message>
        <source>Memory for each sort or hash step of a query, and one query can run several. Kept small enough that every connection sorting at once still fits in RAM beside shared_buffers.</source>
        <translation>მეხსიერება მოთხოვნის ყოველი დახარისხების ან ჰეშის ნაბიჯისთვის; ერთ მოთხოვნას რამდენიმე ასეთი ნაბიჯი შეიძლება ჰქონდეს. იმდენად მცირეა, რომ ყველა კავშირის ერთდროული დახარისხებაც კი shared_buffers-თან ერთად RAM-ში ეტევა.</translation>
    </message>
    <message>
        <source>3% of shared_buffers, at most 16MB</source>
        <translation>shared_buffers-ის 3%, მაქსიმუმ 16MB</translation>
    </message>
    <message>
        <source>WAL written by concurrent transactions is gathered here before it goes to disk; 16MB covers busy servers.</source>
        <translation>პარალელური ტრანზაქციების WAL აქ გროვდება დისკზე ჩაწერამდე; 16MB დატვირთულ სერვერებსაც ჰყოფნის.</translation>
    </message>
    <message>
        <source>by workload: web and mixed 1GB/4GB, OLTP 2GB/8GB, analytics 4GB/16GB</source>
        <translation>დატვირთვის მიხედვით: web და mixed 1GB/4GB, OLTP 2GB/8GB, ანალიტიკა 4GB/16GB</translation>
    </message>
    <message>
        <source>WAL kept for reuse instead of being deleted and created again.</source>
        <translation>WAL, რომელიც ხელახლა გამოსაყენებლად ინახება, ნაცვლად წაშლისა და თავიდან შექმნისა.</translation>
    </message>
    <message>
        <source>How much WAL may build up before a checkpoint is forced. Write-heavy work needs more room so that checkpoints come from the timer, not from WAL volume.</source>
        <translation>რამდენი WAL შეიძლება დაგროვდეს, სანამ საკონტროლო წერტილი იძულებით შესრულდება. ჩაწერით დატვირთულ სამუშაოს მეტი ადგილი სჭირდება, რომ საკონტროლო წერტილები ტაიმერით მოდიოდეს და არა WAL-ის მოცულობით.</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>მუდმივა</translation>
    </message>
    <message>
        <source>Spreads each checkpoint&apos;s writes over 90% of the interval instead of writing in a burst.</source>
        <translation>ყოველი საკონტროლო წერტილის ჩაწერას ინტერვალის 90%-ზე ანაწილებს, ნაცვლად ერთბაშად ჩაწერისა.</translation>
    </message>
    <message>
        <source>Fewer checkpoints mean fewer full-page images in WAL; 15 minutes keeps crash recovery short.</source>
        <translation>ნაკლები საკონტროლო წერტილი WAL-ში ნაკლებ სრულ გვერდის ასლს ნიშნავს; 15 წუთი ავარიის შემდეგ აღდგენას ხანმოკლედ ტოვებს.</translation>
    </message>
    <message>
        <source>SSD: 1.1, HDD: 4</source>
        <translation>SSD: 1.1, HDD: 4</translation>
    </message>
    <message>
        <source>On SSDs a random read costs about as much as a sequential one; the default of 4 is for spinning disks and makes the planner avoid useful indexes.</source>
        <translation>SSD-ზე შემთხვევითი წაკითხვა დაახლოებით იმდენივე ჯდება, რამდენიც მიმდევრობითი; ნაგულისხმევი 4 მბრუნავი დისკებისთვისაა და დამგეგმავს სასარგებლო ინდექსებს აარიდებს.</translation>
    </message>
    <message>
        <source>SSD: 200, HDD: 2</source>
        <translation>SSD: 200, HDD: 2</translation>
    </message>
    <message>
        <source>How many reads PostgreSQL issues ahead during bitmap heap scans; SSDs serve many at once, a spinning disk only a few.</source>
        <translation>რამდენ წაკითხვას გასცემს PostgreSQL წინასწარ bitmap heap scan-ის დროს; SSD ბევრს ერთდროულად ემსახურება, მბრუნავი დისკი — მხოლოდ რამდენიმეს.</translation>
    </message>
    <message>
        <source>analytics: 500, otherwise 100</source>
        <translation>ანალიტიკა: 500, სხვა შემთხვევაში 100</translation>
    </message>
    <message>
        <source>Finer statistics help the planner with large, skewed tables in analytical queries, at the cost of slower ANALYZE.</source>
        <translation>უფრო დეტალური სტატისტიკა დამგეგმავს ეხმარება დიდ, არათანაბარ ცხრილებზე ანალიტიკურ მოთხოვნებში, ნელი ANALYZE-ის ფასად.</translation>
    </message>
    <message>
        <source>vCPUs + 8</source>
        <translation>vCPU + 8</translation>
    </message>
    <message>
        <source>Parallel query workers come from this pool; 8 more stay free for the background workers of Supabase&apos;s extensions (pg_cron, pg_net) and logical replication for Realtime.</source>
        <translation>პარალელური მოთხოვნების დამმუშავებლები ამ პულიდან მოდის; კიდევ 8 თავისუფალი რჩება Supabase-ის გაფართოებების (pg_cron, pg_net) ფონური პროცესებისა და Realtime-ის ლოგიკური რეპლიკაციისთვის.</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>At most one parallel worker per vCPU across all queries.</source>
        <translation>ყველა მოთხოვნაზე ჯამში მაქსიმუმ ერთი პარალელური დამმუშავებელი ერთ vCPU-ზე.</translation>
    </message>
    <message>
        <source>vCPUs / 2 (none with one vCPU)</source>
        <translation>vCPU / 2 (ერთი vCPU-ით — არც ერთი)</translation>
    </message>
    <message>
        <source>min(vCPUs / 2, 4) (none with one vCPU)</source>
        <translation>min(vCPU / 2, 4) (ერთი vCPU-ით — არც ერთი)</translation>
    </message>
    <message>
        <source>Workers one query may use. Many short web queries gain little from parallelism, so it stays moderate unless the workload is analytical.</source>
        <translation>დამმუშავებლები, რომლებიც ერთ მოთხოვნას შეუძლია გამოიყენოს. ბევრი მოკლე ვებ-მოთხოვნა პარალელიზმით ცოტას იგებს, ამიტომ მნიშვნელობა ზომიერია, თუ დატვირთვა ანალიტიკური არ არის.</translation>
    </message>
    <message>
        <source>Workers for CREATE INDEX and VACUUM.</source>
        <translation>დამმუშავებლები CREATE INDEX-ისა და VACUUM-ისთვის.</translation>
    </message>
    <message>
        <source>vCPUs / 2, between 3 and 8</source>
        <translation>vCPU / 2, 3-დან 8-მდე</translation>
    </message>
    <message>
        <source>More tables can be vacuumed at once on hosts with the cores to spare.</source>
        <translation>საკმარისი ბირთვების მქონე ჰოსტზე ერთდროულად მეტი ცხრილის გაწმენდაა შესაძლებელი.</translation>
    </message>
    <message>
        <source>analytics: 0.1, otherwise 0.05</source>
        <translation>ანალიტიკა: 0.1, სხვა შემთხვევაში 0.05</translation>
    </message>
    <message>
        <source>Vacuum after 5% of a table changed instead of 20%, so busy tables do not bloat between runs.</source>
        <translation>გაწმენდა ცხრილის 5%-ის შეცვლის შემდეგ და არა 20%-ის, რომ დატვირთული ცხრილები გაშვებებს შორის არ გაიბეროს.</translation>
    </message>
    <message>
        <source>half the vacuum scale factor</source>
        <translation>გაწმენდის კოეფიციენტის ნახევარი</translation>
    </message>
    <message>
        <source>Fresh statistics keep plans right as tables grow.</source>
        <translation>ახალი სტატისტიკა გეგმებს სწორად ინახავს ცხრილების ზრდისას.</translation>
    </message>
    <message>
        <source>SSD: 2000, HDD: 400</source>
        <translation>SSD: 2000, HDD: 400</translation>
    </message>
    <message>
        <source>The default throttles autovacuum for spinning disks; an SSD can let it finish ten times faster.</source>
        <translation>ნაგულისხმევი მნიშვნელობა autovacuum-ს მბრუნავი დისკებისთვის ზღუდავს; SSD-ზე მას ათჯერ უფრო სწრაფად დასრულება შეუძლია.</translation>
    </message>
    <message>
        <source>analytics: 10s, otherwise 1s</source>
        <translation>ანალიტიკა: 10s, სხვა შემთხვევაში 1s</translation>
    </message>
    <message>
        <source>Logs statements slower than this, with their duration, for the query analyzer.</source>
        <translation>ამაზე ნელ ბრძანებებს ხანგრძლივობასთან ერთად ჟურნალში წერს მოთხოვნების ანალიზატორისთვის.</translation>
    </message>
    <message>
        <source>Time, process, user and database on every log line, as log analysers (pgBadger) expect.</source>
        <translation>დრო, პროცესი, მომხმარებელი და მონაცემთა ბაზა ჟურნალის ყოველ სტრიქონზე, როგორც ამას ჟურნალის ანალიზატორები (pgBadger) ელიან.</translation>
    </message>
    <message>
        <source>Logs waits on locks longer than deadlock_timeout: the usual cause of sudden slow requests.</source>
        <translation>ჟურნალში წერს ბლოკირებებზე deadlock_timeout-ზე მეტ ლოდინს: მოულოდნელად ნელი მოთხოვნების ჩვეულებრივ მიზეზს.</translation>
    </message>
    <message>
        <source>Logs every temporary file: a sign that work_mem is too small for a query.</source>
        <translation>ჟურნალში წერს ყოველ დროებით ფაილს: ნიშანს, რომ work_mem მოთხოვნისთვის ძალიან მცირეა.</translation>
    </message>
    <message>
        <source>Shows whether checkpoints come from the timer or from WAL volume (then raise max_wal_size).</source>
        <translation>აჩვენებს, საკონტროლო წერტილები ტაიმერით მოდის თუ WAL-ის მოცულობით (მაშინ max_wal_size გაზარდეთ).</translation>
    </message>
    <message>
        <source>Logs autovacuum runs that take long, to find tables that need attention.</source>
        <translation>ჟურნალში წერს autovacuum-ის ხანგრძლივ გაშვებებს, რომ ყურადღების საჭირო ცხრილები გამოჩნდეს.</translation>
    </message>
    <message>
        <source>Adds I/O time to pg_stat_statements and EXPLAIN (ANALYZE, BUFFERS); cheap on modern kernels.</source>
        <translation>I/O-ს დროს ამატებს pg_stat_statements-სა და EXPLAIN (ANALYZE, BUFFERS)-ში; თანამედროვე ბირთვებზე იაფია.</translation>
    </message>
    <message>
        <source>pg_stat_statements records every statement&apos;s calls and time: the dashboard and the query analyzer read it. Loading a library needs a restart.</source>
        <translation>pg_stat_statements ყოველი ბრძანების გამოძახებებსა და დროს აღრიცხავს: მას დაფა და მოთხოვნების ანალიზატორი კითხულობენ. ბიბლიოთეკის ჩატვირთვას გადატვირთვა სჭირდება.</translation>
    </message>
    <message>
        <source>current list + pg_stat_statements</source>
        <translation>მიმდინარე სია + pg_stat_statements</translation>
    </message>
    <message>
        <source>WAL archiving chosen</source>
        <translation>არჩეულია WAL-ის დაარქივება</translation>
    </message>
    <message>
        <source>Keeps every WAL segment so that the database can be restored to any moment after a base backup (point-in-time recovery).</source>
        <translation>ინახავს WAL-ის ყოველ სეგმენტს, რომ მონაცემთა ბაზა საბაზო სარეზერვო ასლის შემდეგ ნებისმიერ მომენტზე აღდგეს (point-in-time recovery).</translation>
    </message>
    <message>
        <source>copy to the archive directory, never overwrite</source>
        <translation>კოპირება არქივის საქაღალდეში, გადაწერის გარეშე</translation>
    </message>
    <message>
        <source>Copies each finished WAL segment to the archive; refusing to overwrite protects an archive that another server also writes to.</source>
        <translation>WAL-ის ყოველ დასრულებულ სეგმენტს არქივში აკოპირებს; გადაწერაზე უარი იცავს არქივს, რომელშიც სხვა სერვერიც წერს.</translation>
    </message>
    <message>
        <source>Archives a segment at least every five minutes on a quiet server, which bounds how much can be lost.</source>
        <translation>მშვიდ სერვერზე სეგმენტს სულ მცირე ყოველ ხუთ წუთში აარქივებს, რაც დაკარგვის შესაძლო მოცულობას ზღუდავს.</translation>
    </message>
</context>
<context>
    <name>supadesk::PitrArchive</name>
    <message>
        <source>%1 holds no WAL archive (wal/): is point-in-time recovery set up?</source>
        <translation>%1 WAL-ის არქივს (wal/) არ შეიცავს: გამართულია დროის მომენტზე აღდგენა?</translation>
    </message>
    <message>
        <source>The database %1 could not be reached: %2</source>
        <translation>მონაცემთა ბაზა %1 მიუწვდომელია: %2</translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read: %1</source>
        <translation>pg_stat_archiver-ის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::PitrPage</name>
    <message>
        <source>WAL archiving:</source>
        <translation>WAL-ის დაარქივება:</translation>
    </message>
    <message>
        <source>Last archived:</source>
        <translation>ბოლოს დაარქივდა:</translation>
    </message>
    <message>
        <source>Last failure:</source>
        <translation>ბოლო შეცდომა:</translation>
    </message>
    <message>
        <source>Restorable:</source>
        <translation>აღდგენადი:</translation>
    </message>
    <message>
        <source>Base backups kept on the server:</source>
        <translation>სერვერზე შენახული საბაზისო სარეზერვო ასლები:</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>ხელახლა წაკითხვა</translation>
    </message>
    <message>
        <source>Restore to a point in time…</source>
        <translation>დროის მომენტზე აღდგენა…</translation>
    </message>
    <message>
        <source>Restores a base backup and replays the WAL archive up to a moment you pick, into a scratch instance on the server. The live database is replaced only afterwards, and only when you type the stack&apos;s name.</source>
        <translation>აღადგენს საბაზისო სარეზერვო ასლს და WAL-ის არქივს თქვენ მიერ არჩეულ მომენტამდე გამოიყენებს, სერვერზე დროებით ეგზემპლარში. მოქმედი მონაცემთა ბაზა მხოლოდ ამის შემდეგ ჩანაცვლდება და მხოლოდ მაშინ, როცა სტეკის სახელს აკრეფთ.</translation>
    </message>
    <message>
        <source>pg_stat_archiver could not be read in %1: %2</source>
        <translation>pg_stat_archiver ვერ წავიკითხეთ %1-ში: %2</translation>
    </message>
    <message>
        <source>Base backup</source>
        <translation>საბაზისო სარეზერვო ასლი</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>დაიწყო</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>დასრულდა</translation>
    </message>
    <message>
        <source>First WAL segment</source>
        <translation>პირველი WAL სეგმენტი</translation>
    </message>
    <message>
        <source>Select a stack to see its point-in-time recovery.</source>
        <translation>აირჩიეთ სტეკი მისი დროის მომენტზე აღდგენის სანახავად.</translation>
    </message>
    <message>
        <source>Connect the stack to see its point-in-time recovery.</source>
        <translation>დაუკავშირდით სტეკს მისი დროის მომენტზე აღდგენის სანახავად.</translation>
    </message>
    <message>
        <source>Reading the WAL archive on the server…</source>
        <translation>სერვერზე WAL-ის არქივის წაკითხვა…</translation>
    </message>
    <message>
        <source>%1 (archive_mode is %2)</source>
        <translation>%1 (archive_mode არის %2)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ჯერ არაფერი</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n file(s) in all)</source>
        <translation>
            <numerusform>%1, %2 (სულ %n ფაილი)</numerusform>
            <numerusform>%1, %2 (სულ %n ფაილი)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2 (%n failure(s) in all)</source>
        <translation>
            <numerusform>%1, %2 (სულ %n შეცდომა)</numerusform>
            <numerusform>%1, %2 (სულ %n შეცდომა)</numerusform>
        </translation>
    </message>
    <message>
        <source>any moment from %1 to %2</source>
        <translation>ნებისმიერი მომენტი %1-დან %2-მდე</translation>
    </message>
    <message>
        <source>nothing: a base backup and archived WAL are needed</source>
        <translation>არაფერი: საჭიროა საბაზისო სარეზერვო ასლი და დაარქივებული WAL</translation>
    </message>
</context>
<context>
    <name>supadesk::PitrRestore</name>
    <message>
        <source>The restore was cancelled; its scratch cluster was removed.</source>
        <translation>აღდგენა გაუქმდა; მისი დროებითი კლასტერი წაიშალა.</translation>
    </message>
    <message>
        <source>No target time was given.</source>
        <translation>სამიზნე დრო არ არის მითითებული.</translation>
    </message>
    <message>
        <source>Reading the archive</source>
        <translation>არქივის წაკითხვა</translation>
    </message>
    <message>
        <source>The base backup %1 has no base.tar.gz.</source>
        <translation>საბაზისო სარეზერვო ასლს %1 base.tar.gz არ აქვს.</translation>
    </message>
    <message>
        <source>Base backup %1, ended at %2.</source>
        <translation>საბაზისო სარეზერვო ასლი %1, დასრულდა %2-ზე.</translation>
    </message>
    <message>
        <source>No PostgreSQL programs (pg_ctl) were found in %1.</source>
        <translation>%1-ში PostgreSQL-ის პროგრამები (pg_ctl) ვერ მოიძებნა.</translation>
    </message>
    <message>
        <source>The scratch folder %1 does not exist.</source>
        <translation>დროებითი საქაღალდე %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(%1-ში)</translation>
    </message>
    <message>
        <source>Unpacking the base backup</source>
        <translation>საბაზისო სარეზერვო ასლის გახსნა</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 ვერ შეიქმნა.</translation>
    </message>
    <message>
        <source>%1 could not be unpacked: %2</source>
        <translation>%1 ვერ გაიხსნა: %2</translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s settings could not be written.</source>
        <translation>დროებითი კლასტერის პარამეტრების ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The scratch cluster could not be handed to postgres: %1</source>
        <translation>დროებითი კლასტერის postgres-ისთვის გადაცემა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Replaying WAL up to %1</source>
        <translation>WAL-ის გამოყენება %1-მდე</translation>
    </message>
    <message>
        <source>The server stopped before the replay ended.</source>
        <translation>სერვერი გაჩერდა, სანამ გამოყენება დასრულდებოდა.</translation>
    </message>
    <message>
        <source>The WAL segment %1 is missing from the archive %2: the replay stopped there, before %3. Restore to an earlier time, or find the segment.</source>
        <translation>WAL სეგმენტი %1 აკლია არქივს %2: გამოყენება იქ შეჩერდა, %3-მდე. აღადგინეთ უფრო ადრეულ დრომდე ან მოძებნეთ სეგმენტი.</translation>
    </message>
    <message>
        <source>The archive ends before %1 (its newest WAL segment is %2): pick an earlier time, or wait until the WAL of that time is archived.</source>
        <translation>არქივი მთავრდება %1-მდე (მისი უახლესი WAL სეგმენტია %2): აირჩიეთ უფრო ადრეული დრო ან დაელოდეთ, სანამ იმ დროის WAL დაარქივდება.</translation>
    </message>
    <message>
        <source>%1 is before the base backup %2 was complete: pick a later time.</source>
        <translation>%1 საბაზისო სარეზერვო ასლის %2 დასრულებამდეა: აირჩიეთ უფრო გვიანი დრო.</translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation>გამოყენება ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>The archive lacks %1, after the target: later times cannot be restored.</source>
        <translation>არქივს აკლია %1, სამიზნის შემდეგ: უფრო გვიანი დრო ვერ აღდგება.</translation>
    </message>
    <message>
        <source>Restored into a scratch cluster on the socket %1.</source>
        <translation>აღდგა დროებით კლასტერში, სოკეტზე %1.</translation>
    </message>
</context>
<context>
    <name>supadesk::PitrRestoreDialog</name>
    <message>
        <source>Restore to a point in time</source>
        <translation>დროის მომენტზე აღდგენა</translation>
    </message>
    <message>
        <source>Restore to (UTC):</source>
        <translation>აღდგენის მომენტი (UTC):</translation>
    </message>
    <message>
        <source>Restore into a scratch instance</source>
        <translation>დროებით ეგზემპლარში აღდგენა</translation>
    </message>
    <message>
        <source>Cancel restore</source>
        <translation>აღდგენის გაუქმება</translation>
    </message>
    <message>
        <source>Replace the live database</source>
        <translation>მოქმედი მონაცემთა ბაზის ჩანაცვლება</translation>
    </message>
    <message>
        <source>The restore was cancelled; its scratch instance was removed.</source>
        <translation>აღდგენა გაუქმდა; მისი დროებითი ეგზემპლარი წაიშალა.</translation>
    </message>
    <message>
        <source>Restored to %1 UTC from base backup %2.</source>
        <translation>აღდგა %1 UTC მომენტამდე საბაზისო სარეზერვო ასლიდან %2.</translation>
    </message>
    <message>
        <source>Last transaction replayed: %1 UTC.</source>
        <translation>ბოლო გამოყენებული ტრანზაქცია: %1 UTC.</translation>
    </message>
    <message>
        <source>No transaction was replayed after the base backup.</source>
        <translation>საბაზისო სარეზერვო ასლის შემდეგ არცერთი ტრანზაქცია არ გამოყენებულა.</translation>
    </message>
    <message>
        <source>The scratch instance is kept, stopped, in %1 on the server.</source>
        <translation>დროებითი ეგზემპლარი გაჩერებული ინახება სერვერზე, %1-ში.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the restore:</source>
        <translation>
            <numerusform>აღდგენაში %n ცხრილია:</numerusform>
            <numerusform>აღდგენაში %n ცხრილია:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 %2: %n row(s)</source>
        <translation>
            <numerusform>  %1 %2: %n მწკრივი</numerusform>
            <numerusform>  %1 %2: %n მწკრივი</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore succeeded. Check what it holds; the live database was not touched.</source>
        <translation>აღდგენა წარმატებით დასრულდა. შეამოწმეთ, რას შეიცავს; მოქმედ მონაცემთა ბაზას ხელი არ შეხებია.</translation>
    </message>
    <message>
        <source>Any moment from %1 to %2 UTC can be restored. The restore goes into a scratch instance on the server; the live database is not touched.</source>
        <translation>შესაძლებელია ნებისმიერი მომენტის აღდგენა %1-დან %2-მდე (UTC). აღდგენა ხდება სერვერზე დროებით ეგზემპლარში; მოქმედ მონაცემთა ბაზას ხელი არ ეხება.</translation>
    </message>
    <message>
        <source>Nothing can be restored yet: a base backup and archived WAL are needed.</source>
        <translation>ჯერ ვერაფერი აღდგება: საჭიროა საბაზისო სარეზერვო ასლი და დაარქივებული WAL.</translation>
    </message>
    <message>
        <source>Stops the database service, moves the live data directory aside (it is kept, not deleted), moves the restored one in and starts the service again; if the database does not answer, the old directory is moved back. Type the stack&apos;s name, %1, to confirm.</source>
        <translation>აჩერებს მონაცემთა ბაზის სერვისს, მოქმედ მონაცემთა საქაღალდეს გვერდზე გადაიტანს (ინახება, არ იშლება), აღდგენილს მის ადგილას გადმოიტანს და სერვისს ხელახლა უშვებს; თუ მონაცემთა ბაზა არ პასუხობს, ძველი საქაღალდე უკან ბრუნდება. დასადასტურებლად აკრიფეთ სტეკის სახელი, %1.</translation>
    </message>
</context>
<context>
    <name>supadesk::PitrRules</name>
    <message>
        <source>&quot;%1&quot; must be an absolute path of letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>„%1“ უნდა იყოს აბსოლუტური გზა ასოებით, ციფრებით, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; და &apos;/&apos;-ით.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path on the server.</source>
        <translation>„%1“ არ არის აბსოლუტური გზა სერვერზე.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only contain letters, digits and _ . / : @ + -.</source>
        <translation>„%1“ შეიძლება შეიცავდეს მხოლოდ ასოებს, ციფრებს და _ . / : @ + - სიმბოლოებს.</translation>
    </message>
    <message>
        <source>Keep between 1 and 100 base backups.</source>
        <translation>შეინახეთ 1-დან 100-მდე საბაზისო სარეზერვო ასლი.</translation>
    </message>
    <message>
        <source>%1 is not a TCP port (1–65535).</source>
        <translation>%1 არ არის TCP პორტი (1–65535).</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day.</source>
        <translation>%1:%2 არ არის დღის დრო.</translation>
    </message>
    <message>
        <source>There is no base backup to restore from: run the base backup first.</source>
        <translation>აღდგენისთვის საბაზისო სარეზერვო ასლი არ არსებობს: ჯერ საბაზისო სარეზერვო ასლი აიღეთ.</translation>
    </message>
    <message>
        <source>%1 is before the oldest base backup (%2, which ended at %3): the earliest time that can be restored is %3.</source>
        <translation>%1 უძველეს საბაზისო სარეზერვო ასლზე (%2, დასრულდა %3-ზე) ადრეა: ყველაზე ადრეული დრო, რომლის აღდგენაც შესაძლებელია, არის %3.</translation>
    </message>
    <message>
        <source>WAL archiving is off: the database can only be restored to its last dump.</source>
        <translation>WAL-ის დაარქივება გამორთულია: მონაცემთა ბაზის აღდგენა მხოლოდ ბოლო დამპამდეა შესაძლებელი.</translation>
    </message>
    <message numerus="yes">
        <source>%n WAL file(s) archived, the last %1 at %2.</source>
        <translation>
            <numerusform>დაარქივდა %n WAL ფაილი, ბოლო — %1, %2-ზე.</numerusform>
            <numerusform>დაარქივდა %n WAL ფაილი, ბოლო — %1, %2-ზე.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archive attempt(s) failed, the last for %1 at %2.</source>
        <translation>
            <numerusform>დაარქივების %n მცდელობა ვერ შესრულდა, ბოლო — %1-ისთვის, %2-ზე.</numerusform>
            <numerusform>დაარქივების %n მცდელობა ვერ შესრულდა, ბოლო — %1-ისთვის, %2-ზე.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) in the archive.</source>
        <translation>
            <numerusform>არქივში %n სეგმენტია.</numerusform>
            <numerusform>არქივში %n სეგმენტია.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n base backup(s); the newest ended at %1, the oldest at %2.</source>
        <translation>
            <numerusform>%n საბაზისო სარეზერვო ასლი; უახლესი დასრულდა %1-ზე, უძველესი — %2-ზე.</numerusform>
            <numerusform>%n საბაზისო სარეზერვო ასლი; უახლესი დასრულდა %1-ზე, უძველესი — %2-ზე.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving fails: %1 could not be archived (last attempt %2). WAL piles up in the data directory until the archive_command works again.</source>
        <translation>დაარქივება ვერ ხერხდება: %1 ვერ დაარქივდა (ბოლო მცდელობა %2). WAL მონაცემების საქაღალდეში გროვდება, სანამ archive_command ისევ არ იმუშავებს.</translation>
    </message>
    <message>
        <source>Archiving is on but nothing has been archived yet.</source>
        <translation>დაარქივება ჩართულია, მაგრამ ჯერ არაფერი დაარქივებულა.</translation>
    </message>
    <message>
        <source>WAL is archived, but there is no base backup to replay it on.</source>
        <translation>WAL არქივდება, მაგრამ არ არსებობს საბაზისო სარეზერვო ასლი, რომელზეც მისი გამოყენება შეიძლება.</translation>
    </message>
    <message numerus="yes">
        <source>The newest base backup is %n day(s) old: a restore would replay all the WAL since.</source>
        <translation>
            <numerusform>უახლესი საბაზისო სარეზერვო ასლი %n დღისაა: აღდგენა მას შემდეგ დაგროვილ მთელ WAL-ს გამოიყენებს.</numerusform>
            <numerusform>უახლესი საბაზისო სარეზერვო ასლი %n დღისაა: აღდგენა მას შემდეგ დაგროვილ მთელ WAL-ს გამოიყენებს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving works: any moment since %1 can be restored.</source>
        <translation>დაარქივება მუშაობს: აღდგენა შესაძლებელია %1-ის შემდეგ ნებისმიერ მომენტზე.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>კარგია</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>გაფრთხილება</translation>
    </message>
    <message>
        <source>FAILING</source>
        <translation>ვერ ხერხდება</translation>
    </message>
    <message>
        <source>off</source>
        <translation>გამორთულია</translation>
    </message>
</context>
<context>
    <name>supadesk::PitrServerRestore</name>
    <message>
        <source>%1 is not a scratch instance of a point-in-time restore.</source>
        <translation>%1 არ არის დროის მომენტზე აღდგენის დროებითი ეგზემპლარი.</translation>
    </message>
    <message>
        <source>The restore was cancelled; its scratch instance was removed.</source>
        <translation>აღდგენა გაუქმდა; მისი დროებითი ეგზემპლარი წაიშალა.</translation>
    </message>
    <message>
        <source>The restore needs about %1 free in %2, which has %3.</source>
        <translation>აღდგენას სჭირდება დაახლოებით %1 თავისუფალი ადგილი %2-ში, სადაც არის %3.</translation>
    </message>
    <message>
        <source>The base backup %1 has no base.tar.gz on the server.</source>
        <translation>საბაზისო სარეზერვო ასლს %1 სერვერზე base.tar.gz არ აქვს.</translation>
    </message>
    <message>
        <source>The scratch folder %1 does not exist on the server.</source>
        <translation>დროებითი საქაღალდე %1 სერვერზე არ არსებობს.</translation>
    </message>
    <message>
        <source>The server has no PostgreSQL programs (pg_ctl, psql) for a scratch instance: install postgresql of the stack&apos;s major version.</source>
        <translation>სერვერზე არ არის PostgreSQL-ის პროგრამები (pg_ctl, psql) დროებითი ეგზემპლარისთვის: დააყენეთ სტეკის მთავარი ვერსიის postgresql.</translation>
    </message>
    <message>
        <source>The scratch folder %1 could not be made.</source>
        <translation>დროებითი საქაღალდე %1 ვერ შეიქმნა.</translation>
    </message>
    <message>
        <source>%1 could not be unpacked.</source>
        <translation>%1 ვერ გაიხსნა.</translation>
    </message>
    <message>
        <source>The scratch instance did not stop cleanly after the restore.</source>
        <translation>დროებითი ეგზემპლარი აღდგენის შემდეგ წესიერად ვერ გაჩერდა.</translation>
    </message>
    <message>
        <source>There is no restored instance in %1: restore into a scratch instance first.</source>
        <translation>%1-ში აღდგენილი ეგზემპლარი არ არის: ჯერ დროებით ეგზემპლარში აღადგინეთ.</translation>
    </message>
    <message>
        <source>The scratch instance in %1 is still running.</source>
        <translation>დროებითი ეგზემპლარი %1-ში ჯერ კიდევ მუშაობს.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL data directory: the live database was not touched.</source>
        <translation>%1 არ არის PostgreSQL-ის მონაცემთა საქაღალდე: მოქმედ მონაცემთა ბაზას ხელი არ შეხებია.</translation>
    </message>
    <message>
        <source>The restore is PostgreSQL %1, the live database %2: the live database was not touched.</source>
        <translation>აღდგენილი არის PostgreSQL %1, მოქმედი მონაცემთა ბაზა — %2: მოქმედ მონაცემთა ბაზას ხელი არ შეხებია.</translation>
    </message>
    <message>
        <source>The database service could not be stopped; nothing was moved.</source>
        <translation>მონაცემთა ბაზის სერვისი ვერ გაჩერდა; არაფერი გადატანილა.</translation>
    </message>
    <message>
        <source>%1 could not be moved; the live database was put back and started.</source>
        <translation>%1 ვერ გადავიტანეთ; მოქმედი მონაცემთა ბაზა თავის ადგილას დაბრუნდა და გაეშვა.</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>აღდგენა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>There is no base backup to restore from: point-in-time recovery needs one.</source>
        <translation>აღსადგენი საბაზისო სარეზერვო ასლი არ არის: დროის მომენტზე აღდგენას ის სჭირდება.</translation>
    </message>
    <message>
        <source>No target time was given.</source>
        <translation>სამიზნე დრო არ არის მითითებული.</translation>
    </message>
    <message>
        <source>%1 is after the newest archived WAL (%2): the times that can be restored are %3 to %2.</source>
        <translation>%1 უახლესი დაარქივებული WAL-ის (%2) შემდეგაა: აღდგენადია დრო %3-დან %2-მდე.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base backup of Supadesk.</source>
        <translation>„%1“ არ არის Supadesk-ის საბაზისო სარეზერვო ასლი.</translation>
    </message>
    <message>
        <source>A restore needs root on the server: the login needs passwordless sudo.</source>
        <translation>აღდგენას სერვერზე root სჭირდება: მომხმარებელს პაროლის გარეშე sudo სჭირდება.</translation>
    </message>
    <message>
        <source>The WAL segment %1 is missing from the archive: the replay stopped there, before %2. Restore to an earlier time, or find the segment.</source>
        <translation>WAL სეგმენტი %1 არქივში არ არის: გამოყენება იქ შეჩერდა, %2-მდე. აღადგინეთ უფრო ადრეულ დრომდე ან მოძებნეთ სეგმენტი.</translation>
    </message>
    <message>
        <source>The archive ends before %1: pick an earlier time, or wait until the WAL of that time is archived.</source>
        <translation>არქივი %1-მდე მთავრდება: აირჩიეთ უფრო ადრეული დრო ან დაელოდეთ, სანამ იმ დროის WAL დაარქივდება.</translation>
    </message>
    <message>
        <source>%1 is before the base backup %2 was complete: pick a later time.</source>
        <translation>%1 საბაზისო სარეზერვო ასლის %2 დასრულებამდეა: აირჩიეთ უფრო გვიანი დრო.</translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation>გამოყენება ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>გასვლის სტატუსი %1</translation>
    </message>
    <message>
        <source>Base backup %1, ended at %2.</source>
        <translation>საბაზისო სარეზერვო ასლი %1, დასრულდა %2-ზე.</translation>
    </message>
    <message>
        <source>The restored instance is kept, stopped, in %1 on the server.</source>
        <translation>აღდგენილი ეგზემპლარი გაჩერებული ინახება სერვერზე, %1-ში.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute path of letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>„%1“ უნდა იყოს აბსოლუტური გზა ასოებით, ციფრებით, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; და &apos;/&apos; სიმბოლოებით.</translation>
    </message>
    <message>
        <source>Replacing the database needs root on the server: the login needs passwordless sudo.</source>
        <translation>მონაცემთა ბაზის ჩანაცვლებას სერვერზე root სჭირდება: მომხმარებელს პაროლის გარეშე sudo სჭირდება.</translation>
    </message>
    <message>
        <source>The restored database runs in place of the live one.</source>
        <translation>აღდგენილი მონაცემთა ბაზა მუშაობს მოქმედის ნაცვლად.</translation>
    </message>
    <message>
        <source>The old data directory is kept in %1; remove it once you are sure.</source>
        <translation>ძველი მონაცემთა საქაღალდე ინახება %1-ში; წაშალეთ, როცა დარწმუნდებით.</translation>
    </message>
    <message>
        <source>Take a base backup now: the restored database starts a new WAL timeline.</source>
        <translation>ახლავე გააკეთეთ საბაზისო სარეზერვო ასლი: აღდგენილი მონაცემთა ბაზა WAL-ის ახალ დროის ხაზს იწყებს.</translation>
    </message>
    <message>
        <source>The restored database did not answer, so the old one was moved back and runs again. The restored data directory is kept in %1. %2</source>
        <translation>აღდგენილმა მონაცემთა ბაზამ არ უპასუხა, ამიტომ ძველი დაბრუნდა და ისევ მუშაობს. აღდგენილი მონაცემთა საქაღალდე ინახება %1-ში. %2</translation>
    </message>
    <message>
        <source>The old data directory is still in %1.</source>
        <translation>ძველი მონაცემთა საქაღალდე ისევ %1-შია.</translation>
    </message>
    <message>
        <source>The old data directory is back in place; the restored one is kept in %1.</source>
        <translation>ძველი მონაცემთა საქაღალდე თავის ადგილას დაბრუნდა; აღდგენილი ინახება %1-ში.</translation>
    </message>
    <message>
        <source>The restored database did not answer, and after the rollback the database does not answer either. %1 Start the db service by hand and read its log. %2</source>
        <translation>აღდგენილმა მონაცემთა ბაზამ არ უპასუხა და დაბრუნების შემდეგაც მონაცემთა ბაზა არ პასუხობს. %1 db სერვისი ხელით გაუშვით და წაიკითხეთ მისი ჟურნალი. %2</translation>
    </message>
    <message>
        <source>Checking free disk space</source>
        <translation>თავისუფალი ადგილის შემოწმება დისკზე</translation>
    </message>
    <message>
        <source>Unpacking the base backup</source>
        <translation>საბაზისო სარეზერვო ასლის გახსნა</translation>
    </message>
    <message>
        <source>Replaying WAL up to the target time</source>
        <translation>WAL-ის გამოყენება სამიზნე დრომდე</translation>
    </message>
    <message>
        <source>Counting the rows of the restored tables</source>
        <translation>აღდგენილი ცხრილების მწკრივების დათვლა</translation>
    </message>
    <message>
        <source>Stopping the database service</source>
        <translation>მონაცემთა ბაზის სერვისის გაჩერება</translation>
    </message>
    <message>
        <source>Moving the live data directory aside and the restored one in</source>
        <translation>მოქმედი მონაცემთა საქაღალდის გვერდზე გადატანა და აღდგენილის ჩასმა</translation>
    </message>
    <message>
        <source>Starting the database service</source>
        <translation>მონაცემთა ბაზის სერვისის გაშვება</translation>
    </message>
    <message>
        <source>Checking that the database answers</source>
        <translation>შემოწმება, პასუხობს თუ არა მონაცემთა ბაზა</translation>
    </message>
    <message>
        <source>Moving the old data directory back</source>
        <translation>ძველი მონაცემთა საქაღალდის დაბრუნება</translation>
    </message>
</context>
<context>
    <name>supadesk::PlanComparePanel</name>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;ადრე:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;შემდეგ:</translation>
    </message>
    <message>
        <source>Run or open two plans to compare them: each plan shown in this session is listed here.</source>
        <translation>შესადარებლად გაუშვით ან გახსენით ორი გეგმა: ამ სესიაში ნაჩვენები ყველა გეგმა აქ ჩამოთვლილია.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) matched.</source>
        <translation>
            <numerusform>%n კვანძიდან %1 დაემთხვა.</numerusform>
            <numerusform>%n კვანძიდან %1 დაემთხვა.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one plan has no timing (EXPLAIN without ANALYZE), so only its nodes are compared.</source>
        <translation>ერთ-ერთ გეგმას დრო არ აქვს (EXPLAIN ANALYZE-ის გარეშე), ამიტომ მხოლოდ კვანძები შედარდა.</translation>
    </message>
    <message>
        <source>%1× slower</source>
        <translation>%1-ჯერ ნელა</translation>
    </message>
    <message>
        <source>%1× faster</source>
        <translation>%1-ჯერ სწრაფად</translation>
    </message>
    <message>
        <source>the same time</source>
        <translation>იგივე დრო</translation>
    </message>
    <message>
        <source>Before: %1 ms. After: %2 ms. Change: %3 ms, %4.</source>
        <translation>ადრე: %1 მწმ. შემდეგ: %2 მწმ. ცვლილება: %3 მწმ, %4.</translation>
    </message>
</context>
<context>
    <name>supadesk::PlanComparisonModel</name>
    <message>
        <source>Only in the plan before</source>
        <translation>მხოლოდ წინა გეგმაში</translation>
    </message>
    <message>
        <source>Only in the plan after</source>
        <translation>მხოლოდ ახალ გეგმაში</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>კვანძი</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ადრე</translation>
    </message>
    <message>
        <source>After</source>
        <translation>შემდეგ</translation>
    </message>
    <message>
        <source>Self ms before</source>
        <translation>საკუთარი მწმ ადრე</translation>
    </message>
    <message>
        <source>Self ms after</source>
        <translation>საკუთარი მწმ შემდეგ</translation>
    </message>
    <message>
        <source>Change ms</source>
        <translation>ცვლილება მწმ</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>მწკრივები ადრე</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>მწკრივები შემდეგ</translation>
    </message>
</context>
<context>
    <name>supadesk::PlanGraphView</name>
    <message>
        <source>%1 rows planned</source>
        <translation>დაგეგმილია %1 მწკრივი</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>არასოდეს შესრულებულა</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 მწკრივი</translation>
    </message>
    <message>
        <source>%1 loops</source>
        <translation>%1 ციკლი</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>ღირებულება %1</translation>
    </message>
</context>
<context>
    <name>supadesk::PlanTreeModel</name>
    <message>
        <source>Node</source>
        <translation>კვანძი</translation>
    </message>
    <message>
        <source>Self (ms)</source>
        <translation>საკუთარი (მწმ)</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>საკუთარი %</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>სულ (მწმ)</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>ციკლები</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>მწკრივები</translation>
    </message>
    <message>
        <source>Planned rows</source>
        <translation>დაგეგმილი მწკრივები</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>შეფასება</translation>
    </message>
    <message>
        <source>Removed by filter</source>
        <translation>ფილტრით მოშორებული</translation>
    </message>
    <message>
        <source>Shared hit</source>
        <translation>საერთო, ნაპოვნი</translation>
    </message>
    <message>
        <source>Shared read</source>
        <translation>საერთო, წაკითხული</translation>
    </message>
    <message>
        <source>Dirtied</source>
        <translation>შეცვლილი</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>ჩაწერილი</translation>
    </message>
    <message>
        <source>Temp read / written</source>
        <translation>დროებითი წაკითხ. / ჩაწერ.</translation>
    </message>
    <message>
        <source>I/O (ms)</source>
        <translation>I/O (მწმ)</translation>
    </message>
    <message>
        <source>Workers launched / planned</source>
        <translation>პროცესები გაშვებული / დაგეგმილი</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ღირებულება</translation>
    </message>
</context>
<context>
    <name>supadesk::PoolerPlanner</name>
    <message>
        <source>The REST API (PostgREST), Auth, Storage and Realtime connect directly and need the rest of max_connections; with an API-heavy workload the pooler keeps to 40%.</source>
        <translation>REST API (PostgREST), Auth, Storage და Realtime პირდაპირ უკავშირდებიან და max_connections-ის დანარჩენი ნაწილი სჭირდებათ; API-ით დატვირთულ სამუშაოზე პულერი 40%-ს არ სცდება.</translation>
    </message>
    <message>
        <source>With most traffic coming through the pooler it may use up to 80% of max_connections; the rest stays for Supabase&apos;s own services and administration.</source>
        <translation>როცა ტრაფიკის უმეტესი ნაწილი პულერით მოდის, მას max_connections-ის 80%-მდე შეუძლია გამოიყენოს; დანარჩენი Supabase-ის საკუთარ სერვისებსა და ადმინისტრირებას რჩება.</translation>
    </message>
    <message>
        <source>vCPUs × 5, at least 10, at most max_db_connections</source>
        <translation>vCPU × 5, სულ მცირე 10, მაქსიმუმ max_db_connections</translation>
    </message>
    <message>
        <source>In transaction mode a server connection is busy only while a transaction runs; a few per vCPU keep the cores busy without queueing inside PostgreSQL.</source>
        <translation>ტრანზაქციულ რეჟიმში სერვერის კავშირი მხოლოდ ტრანზაქციის მსვლელობისას არის დაკავებული; რამდენიმე კავშირი ერთ vCPU-ზე ბირთვებს ტვირთავს PostgreSQL-ში რიგების გარეშე.</translation>
    </message>
    <message>
        <source>up to 5, within max_db_connections</source>
        <translation>5-მდე, max_db_connections-ის ფარგლებში</translation>
    </message>
    <message>
        <source>Extra connections for bursts, used after a client has waited reserve_pool_timeout.</source>
        <translation>დამატებითი კავშირები პიკური დატვირთვისთვის; გამოიყენება, როცა კლიენტი reserve_pool_timeout-ზე მეტხანს ელოდება.</translation>
    </message>
    <message>
        <source>max_db_connections × 10, at least 100</source>
        <translation>max_db_connections × 10, სულ მცირე 100</translation>
    </message>
    <message>
        <source>Client connections are cheap for the pooler; many clients share each server connection. The pooler needs as many open files.</source>
        <translation>კლიენტის კავშირები პულერისთვის იაფია; ბევრი კლიენტი ერთ სერვერის კავშირს იზიარებს. პულერს იმდენივე ღია ფაილი სჭირდება.</translation>
    </message>
    <message>
        <source>PgBouncer settings generated by Supadesk: transaction pooling.</source>
        <translation>PgBouncer-ის პარამეტრები, შექმნილი Supadesk-ის მიერ: ტრანზაქციული პულინგი.</translation>
    </message>
    <message>
        <source>Transaction mode: session state (SET, LISTEN, advisory locks, temporary tables, SQL PREPARE) does not survive between transactions, because the next transaction may run on another server connection. Drivers that prepare statements at protocol level need max_prepared_statements (PgBouncer 1.21 or newer) or prepared statements switched off.</source>
        <translation>ტრანზაქციული რეჟიმი: სესიის მდგომარეობა (SET, LISTEN, advisory ბლოკირებები, დროებითი ცხრილები, SQL PREPARE) ტრანზაქციებს შორის არ ნარჩუნდება, რადგან შემდეგი ტრანზაქცია შეიძლება სერვერის სხვა კავშირზე შესრულდეს. დრაივერებს, რომლებიც ბრძანებებს პროტოკოლის დონეზე ამზადებენ, max_prepared_statements (PgBouncer 1.21 ან უფრო ახალი) ან მომზადებული ბრძანებების გამორთვა სჭირდებათ.</translation>
    </message>
    <message>
        <source>JDBC and other drivers send extra_float_digits at login; PgBouncer must not refuse them for it.</source>
        <translation>JDBC და სხვა დრაივერები შესვლისას extra_float_digits-ს აგზავნიან; PgBouncer-მა ამის გამო უარი არ უნდა თქვას.</translation>
    </message>
    <message>
        <source>max_connections × %1</source>
        <translation>max_connections-ის %1</translation>
    </message>
</context>
<context>
    <name>supadesk::PoolingPage</name>
    <message>
        <source>Connection pooling</source>
        <translation>კავშირების პულინგი</translation>
    </message>
    <message>
        <source>Applications should reach PostgreSQL through a pooler in transaction mode: many client connections share a few server connections. The pool is sized from max_connections and the vCPUs, leaving room for Supabase&apos;s own services.</source>
        <translation>აპლიკაციები PostgreSQL-ს ტრანზაქციის რეჟიმში მომუშავე პულერით უნდა მიწვდნენ: ბევრი კლიენტის კავშირი რამდენიმე სერვერულ კავშირს იყოფს. პულის ზომა max_connections-ისა და vCPU-ების მიხედვით ითვლება და Supabase-ის საკუთარ სერვისებს ადგილს უტოვებს.</translation>
    </message>
    <message>
        <source>&amp;Pooler:</source>
        <translation>&amp;პულერი:</translation>
    </message>
    <message>
        <source>Supavisor (current Supabase)</source>
        <translation>Supavisor (ახალი Supabase)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>პარამეტრი</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>მნიშვნელობა</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>ფორმულა</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>რატომ</translation>
    </message>
    <message>
        <source>Transaction mode gives a client a server connection only for one transaction. Session state does not survive between transactions: SET, LISTEN, advisory locks and SQL PREPARE do not work as expected. Protocol-level prepared statements need PgBouncer 1.21 or newer (max_prepared_statements) or Supavisor; otherwise turn them off in the client (e.g. prepareThreshold=0 for JDBC, statement_cache_size=0 for asyncpg).</source>
        <translation>ტრანზაქციის რეჟიმში კლიენტი სერვერულ კავშირს მხოლოდ ერთი ტრანზაქციის განმავლობაში იღებს. სესიის მდგომარეობა ტრანზაქციებს შორის არ ინახება: SET, LISTEN, advisory locks და SQL PREPARE მოსალოდნელად არ იმუშავებს. პროტოკოლის დონის მომზადებულ ბრძანებებს PgBouncer 1.21 ან უფრო ახალი (max_prepared_statements) ან Supavisor სჭირდება; სხვა შემთხვევაში გამორთეთ ისინი კლიენტში (მაგ. prepareThreshold=0 JDBC-სთვის, statement_cache_size=0 asyncpg-სთვის).</translation>
    </message>
    <message>
        <source>Lines in .env (Supavisor reads them when its container is recreated):</source>
        <translation>სტრიქონები .env-ში (Supavisor მათ კონტეინერის ხელახლა შექმნისას კითხულობს):</translation>
    </message>
    <message>
        <source>Transaction mode. The pooler may hold %1 server connections (%2 of max_connections %3): %4 per database and user, %5 in reserve, for up to %6 clients.</source>
        <translation>ტრანზაქციის რეჟიმი. პულერს შეუძლია %1 სერვერული კავშირის დაკავება (max_connections %3-ის %2): %4 თითო ბაზასა და მომხმარებელზე, %5 რეზერვში, %6 კლიენტამდე.</translation>
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
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;თემა:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>სისტემის მიხედვით</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ღია</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>მუქი</translation>
    </message>
</context>
<context>
    <name>supadesk::PreflightEvaluator</name>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობია</translation>
    </message>
    <message>
        <source>The number of processors could not be read (nproc did not answer).</source>
        <translation>პროცესორების რაოდენობის წაკითხვა ვერ მოხერხდა (nproc-მა არ უპასუხა).</translation>
    </message>
    <message>
        <source>Check with `nproc` on the server and enter the number on the tuning page.</source>
        <translation>შეამოწმეთ სერვერზე `nproc`-ით და რიცხვი მორგების გვერდზე შეიყვანეთ.</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Production needs at least %1 vCPUs: a dozen containers share them with PostgreSQL.</source>
        <translation>საწარმოო გარემოს სჭირდება მინიმუმ %1 vCPU: მათ ათზე მეტი კონტეინერი PostgreSQL-თან ერთად იყოფს.</translation>
    </message>
    <message>
        <source>Resize the server to %1 vCPUs or more before it takes production traffic.</source>
        <translation>სანამ სერვერი საწარმოო ტრაფიკს მიიღებს, გაზარდეთ ის %1 ან მეტ vCPU-მდე.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>მეხსიერება</translation>
    </message>
    <message>
        <source>/proc/meminfo could not be read.</source>
        <translation>/proc/meminfo-ს წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Check with `free -g` on the server and enter the size on the tuning page.</source>
        <translation>შეამოწმეთ სერვერზე `free -g`-ით და ზომა მორგების გვერდზე შეიყვანეთ.</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Production needs at least %1 GB of RAM: PostgreSQL&apos;s cache and the other containers compete for it.</source>
        <translation>საწარმოო გარემოს სჭირდება მინიმუმ %1 GB ოპერატიული მეხსიერება: მისთვის PostgreSQL-ის ქეში და სხვა კონტეინერები ეჯიბრებიან ერთმანეთს.</translation>
    </message>
    <message>
        <source>Resize the server to %1 GB of RAM or more.</source>
        <translation>გაზარდეთ სერვერის ოპერატიული მეხსიერება %1 GB-მდე ან მეტად.</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>დისკის ზომა</translation>
    </message>
    <message>
        <source>`df` did not report the file system of %1.</source>
        <translation>`df`-მა %1-ის ფაილური სისტემის შესახებ არ შეგვატყობინა.</translation>
    </message>
    <message>
        <source>Check with `df -h` on the server.</source>
        <translation>შეამოწმეთ სერვერზე `df -h`-ით.</translation>
    </message>
    <message>
        <source>%1 GB on %2</source>
        <translation>%1 GB, %2</translation>
    </message>
    <message>
        <source>Production needs at least %1 GB for the database, its WAL, backups and container images.</source>
        <translation>საწარმოო გარემოს სჭირდება მინიმუმ %1 GB მონაცემთა ბაზისთვის, მისი WAL-ისთვის, სარეზერვო ასლებისა და კონტეინერების იმიჯებისთვის.</translation>
    </message>
    <message>
        <source>Attach a larger volume and keep the install directory on it.</source>
        <translation>მიაერთეთ უფრო დიდი ტომი და დაყენების საქაღალდე მასზე განათავსეთ.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>თავისუფალი ადგილი დისკზე</translation>
    </message>
    <message>
        <source>`df` did not report the free space.</source>
        <translation>`df`-მა თავისუფალი ადგილის შესახებ არ შეგვატყობინა.</translation>
    </message>
    <message>
        <source>%1 GB free</source>
        <translation>თავისუფალია %1 GB</translation>
    </message>
    <message>
        <source>The container images alone need several gigabytes; PostgreSQL stops when the disk is full.</source>
        <translation>მხოლოდ კონტეინერების იმიჯებს რამდენიმე გიგაბაიტი სჭირდება; დისკის გავსებისას PostgreSQL ჩერდება.</translation>
    </message>
    <message>
        <source>Free space or grow the volume before installing.</source>
        <translation>დაყენებამდე გაათავისუფლეთ ადგილი ან გაზარდეთ ტომი.</translation>
    </message>
    <message>
        <source>Little room is left for the database to grow and for local backups.</source>
        <translation>მონაცემთა ბაზის ზრდისა და ადგილობრივი სარეზერვო ასლებისთვის ცოტა ადგილი რჩება.</translation>
    </message>
    <message>
        <source>Free space, grow the volume, or keep backups off-site (rclone).</source>
        <translation>გაათავისუფლეთ ადგილი, გაზარდეთ ტომი ან სარეზერვო ასლები სხვაგან შეინახეთ (rclone).</translation>
    </message>
    <message>
        <source>Disk type</source>
        <translation>დისკის ტიპი</translation>
    </message>
    <message>
        <source>lsblk could not tell whether the disk is an SSD.</source>
        <translation>lsblk-მა ვერ დაადგინა, არის თუ არა დისკი SSD.</translation>
    </message>
    <message>
        <source>Check with `lsblk -d -o NAME,ROTA` (0 is an SSD) and choose the storage on the tuning page.</source>
        <translation>შეამოწმეთ `lsblk -d -o NAME,ROTA`-ით (0 ნიშნავს SSD-ს) და საცავის ტიპი მორგების გვერდზე აირჩიეთ.</translation>
    </message>
    <message>
        <source>spinning disk (HDD)</source>
        <translation>მბრუნავი დისკი (HDD)</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s random reads are many times slower on a spinning disk.</source>
        <translation>მბრუნავ დისკზე PostgreSQL-ის შემთხვევითი წაკითხვა ბევრჯერ ნელია.</translation>
    </message>
    <message>
        <source>Move the install directory to an SSD or NVMe volume; the tuning page assumes an HDD meanwhile.</source>
        <translation>გადაიტანეთ დაყენების საქაღალდე SSD ან NVMe ტომზე; მანამდე მორგების გვერდი HDD-ს ვარაუდობს.</translation>
    </message>
    <message>
        <source>SSD</source>
        <translation>SSD</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>ოპერაციული სისტემა</translation>
    </message>
    <message>
        <source>Install Ubuntu %1 LTS or Debian %2 or newer.</source>
        <translation>დააყენეთ Ubuntu %1 LTS ან Debian %2 ან უფრო ახალი ვერსია.</translation>
    </message>
    <message>
        <source>/etc/os-release could not be read.</source>
        <translation>/etc/os-release-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>This release no longer gets security updates or is older than what Supabase&apos;s images are tested on.</source>
        <translation>ეს ვერსია უსაფრთხოების განახლებებს აღარ იღებს ან უფრო ძველია, ვიდრე ის, რაზეც Supabase-ის იმიჯები მოწმდება.</translation>
    </message>
    <message>
        <source>Only Ubuntu and Debian are checked; this distribution may work but is not what the production guide assumes.</source>
        <translation>მოწმდება მხოლოდ Ubuntu და Debian; ეს დისტრიბუცია შეიძლება იმუშავებს, მაგრამ საწარმოო სახელმძღვანელო მას არ ითვალისწინებს.</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>ბირთვი</translation>
    </message>
    <message>
        <source>`uname -r` did not answer.</source>
        <translation>`uname -r`-მა არ უპასუხა.</translation>
    </message>
    <message>
        <source>Check with `uname -r` on the server.</source>
        <translation>შეამოწმეთ სერვერზე `uname -r`-ით.</translation>
    </message>
    <message>
        <source>Install Docker Engine from Docker&apos;s repository (https://docs.docker.com/engine/install/), then `systemctl enable --now docker`.</source>
        <translation>დააყენეთ Docker Engine Docker-ის რეპოზიტორიიდან (https://docs.docker.com/engine/install/), შემდეგ გაუშვით `systemctl enable --now docker`.</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>დაყენებული არ არის</translation>
    </message>
    <message>
        <source>Supabase runs as Docker containers.</source>
        <translation>Supabase Docker-ის კონტეინერებად მუშაობს.</translation>
    </message>
    <message>
        <source>client %1, daemon not reachable</source>
        <translation>კლიენტი %1, დემონი მიუწვდომელია</translation>
    </message>
    <message>
        <source>The Docker daemon did not answer.</source>
        <translation>Docker-ის დემონმა არ უპასუხა.</translation>
    </message>
    <message>
        <source>The Docker daemon did not answer: %1</source>
        <translation>Docker-ის დემონმა არ უპასუხა: %1</translation>
    </message>
    <message>
        <source>Start it with `systemctl enable --now docker`, and log in as root or as a member of the docker group.</source>
        <translation>გაუშვით ის `systemctl enable --now docker`-ით და შედით root-ად ან docker ჯგუფის წევრად.</translation>
    </message>
    <message>
        <source>Docker older than %1 lacks features Supabase&apos;s compose file uses.</source>
        <translation>%1-ზე ძველ Docker-ს აკლია შესაძლებლობები, რომლებსაც Supabase-ის compose ფაილი იყენებს.</translation>
    </message>
    <message>
        <source>Install the Compose plugin (`apt-get install docker-compose-plugin` from Docker&apos;s repository) so that `docker compose` works.</source>
        <translation>დააყენეთ Compose-ის დამატება (`apt-get install docker-compose-plugin` Docker-ის რეპოზიტორიიდან), რომ `docker compose` იმუშაოს.</translation>
    </message>
    <message>
        <source>Compose v1 is no longer maintained and cannot read Supabase&apos;s compose file.</source>
        <translation>Compose v1 აღარ ვითარდება და Supabase-ის compose ფაილს ვერ კითხულობს.</translation>
    </message>
    <message>
        <source>docker-compose %1 only</source>
        <translation>მხოლოდ docker-compose %1</translation>
    </message>
    <message>
        <source>Only the standalone docker-compose binary is installed; Supadesk runs `docker compose`.</source>
        <translation>დაყენებულია მხოლოდ ცალკე docker-compose პროგრამა; Supadesk `docker compose`-ს იყენებს.</translation>
    </message>
    <message>
        <source>Supabase&apos;s containers are started with Docker Compose v2.</source>
        <translation>Supabase-ის კონტეინერები Docker Compose v2-ით ეშვება.</translation>
    </message>
    <message>
        <source>Docker log rotation</source>
        <translation>Docker-ის ჟურნალების როტაცია</translation>
    </message>
    <message>
        <source>Write /etc/docker/daemon.json with {&quot;log-driver&quot;: &quot;json-file&quot;, &quot;log-opts&quot;: {&quot;max-size&quot;: &quot;10m&quot;, &quot;max-file&quot;: &quot;3&quot;}}, then `systemctl restart docker` and recreate the containers.</source>
        <translation>ჩაწერეთ /etc/docker/daemon.json შიგთავსით {&quot;log-driver&quot;: &quot;json-file&quot;, &quot;log-opts&quot;: {&quot;max-size&quot;: &quot;10m&quot;, &quot;max-file&quot;: &quot;3&quot;}}, შემდეგ გაუშვით `systemctl restart docker` და კონტეინერები ხელახლა შექმენით.</translation>
    </message>
    <message>
        <source>daemon.json is not valid JSON</source>
        <translation>daemon.json სწორი JSON არ არის</translation>
    </message>
    <message>
        <source>Docker refuses to start with a malformed /etc/docker/daemon.json.</source>
        <translation>დაზიანებული /etc/docker/daemon.json-ით Docker არ ეშვება.</translation>
    </message>
    <message>
        <source>%1, at most %2 per file</source>
        <translation>%1, ფაილზე მაქსიმუმ %2</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>არ არის მორგებული</translation>
    </message>
    <message>
        <source>Docker&apos;s default json-file logs grow without limit until the disk is full.</source>
        <translation>Docker-ის ნაგულისხმევი json-file ჟურნალები შეუზღუდავად იზრდება, სანამ დისკი არ გაივსება.</translation>
    </message>
    <message>
        <source>Listening ports</source>
        <translation>მოსმენის პორტები</translation>
    </message>
    <message>
        <source>`ss -ltn` did not answer.</source>
        <translation>`ss -ltn`-მა არ უპასუხა.</translation>
    </message>
    <message>
        <source>Install iproute2 (`apt-get install iproute2`).</source>
        <translation>დააყენეთ iproute2 (`apt-get install iproute2`).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <source>The database or pooler listens on every interface (%1); Docker-published ports bypass ufw.</source>
        <translation>მონაცემთა ბაზა ან პულერი ყველა ინტერფეისზე უსმენს (%1); Docker-ის მიერ გამოქვეყნებული პორტები ufw-ს გვერდს უვლის.</translation>
    </message>
    <message>
        <source>Let the firewall page publish them on 127.0.0.1 only and verify from outside that they are closed.</source>
        <translation>ფაიერვოლის გვერდმა ისინი მხოლოდ 127.0.0.1-ზე გამოაქვეყნოს და გარედან შეამოწმოს, რომ დახურულია.</translation>
    </message>
    <message>
        <source>Time synchronisation</source>
        <translation>დროის სინქრონიზაცია</translation>
    </message>
    <message>
        <source>Turn it on with `timedatectl set-ntp true` (or install chrony).</source>
        <translation>ჩართეთ ის `timedatectl set-ntp true`-ით (ან დააყენეთ chrony).</translation>
    </message>
    <message>
        <source>Neither timedatectl nor chrony answered.</source>
        <translation>არც timedatectl-მა და არც chrony-მ არ უპასუხა.</translation>
    </message>
    <message>
        <source>synchronised (%1)</source>
        <translation>სინქრონიზებულია (%1)</translation>
    </message>
    <message>
        <source>not synchronised</source>
        <translation>არ არის სინქრონიზებული</translation>
    </message>
    <message>
        <source>A drifting clock makes freshly issued tokens look not yet valid or expired.</source>
        <translation>აცდენილი საათის გამო ახლად გაცემული ტოკენები ჯერ არაძალმოსილად ან უკვე ვადაგასულად ჩანს.</translation>
    </message>
    <message>
        <source>Install directory</source>
        <translation>დაყენების საქაღალდე</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 არ არსებობს</translation>
    </message>
    <message>
        <source>Supabase is not installed there yet, so there is no .env or compose file to edit.</source>
        <translation>იქ Supabase ჯერ დაყენებული არ არის, ამიტომ შესაცვლელი .env ან compose ფაილი არ არსებობს.</translation>
    </message>
    <message>
        <source>Copy the docker folder of github.com/supabase/supabase to %1 and `cp .env.example .env`, or correct the stack&apos;s install directory.</source>
        <translation>დააკოპირეთ github.com/supabase/supabase-ის docker საქაღალდე %1-ში და გაუშვით `cp .env.example .env`, ან შეასწორეთ სტეკის დაყენების საქაღალდე.</translation>
    </message>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1-ში არ არის %2</translation>
    </message>
    <message>
        <source>The wizard edits the .env in place and reads the compose file.</source>
        <translation>ოსტატი .env-ს ადგილზე ცვლის და compose ფაილს კითხულობს.</translation>
    </message>
    <message>
        <source>Copy Supabase&apos;s docker folder into %1.</source>
        <translation>დააკოპირეთ Supabase-ის docker საქაღალდე %1-ში.</translation>
    </message>
    <message>
        <source>Create it from the example: `cp .env.example .env` in %1.</source>
        <translation>შექმენით ის ნიმუშიდან: `cp .env.example .env` საქაღალდეში %1.</translation>
    </message>
    <message>
        <source>Compose file</source>
        <translation>Compose ფაილი</translation>
    </message>
    <message>
        <source>no db service</source>
        <translation>db სერვისი არ არის</translation>
    </message>
    <message>
        <source>The compose file has no `db` service, so there is no PostgreSQL to tune or back up.</source>
        <translation>compose ფაილში `db` სერვისი არ არის, ამიტომ მოსარგები ან დასაარქივებელი PostgreSQL არ არსებობს.</translation>
    </message>
    <message>
        <source>Use Supabase&apos;s own docker-compose.yml from the same release as the .env.</source>
        <translation>გამოიყენეთ Supabase-ის საკუთარი docker-compose.yml იმავე გამოშვებიდან, საიდანაც .env-ია.</translation>
    </message>
    <message>
        <source>db and Supavisor</source>
        <translation>db და Supavisor</translation>
    </message>
    <message>
        <source>db and PgBouncer</source>
        <translation>db და PgBouncer</translation>
    </message>
    <message>
        <source>db without a pooler</source>
        <translation>db პულერის გარეშე</translation>
    </message>
    <message>
        <source>Without a transaction pooler every client connection is a PostgreSQL backend.</source>
        <translation>ტრანზაქციების პულერის გარეშე კლიენტის ყოველი კავშირი PostgreSQL-ის ცალკე პროცესია.</translation>
    </message>
    <message>
        <source>The pooling page adds PgBouncer through docker-compose.override.yml.</source>
        <translation>პულინგის გვერდი PgBouncer-ს docker-compose.override.yml-ით დაამატებს.</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>უფლებები</translation>
    </message>
    <message>
        <source>`id -u` did not answer.</source>
        <translation>`id -u`-მ არ უპასუხა.</translation>
    </message>
    <message>
        <source>Log in as root or as a user with sudo.</source>
        <translation>შედით root-ად ან sudo-ს უფლების მქონე მომხმარებლად.</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>sudo პაროლის გარეშე</translation>
    </message>
    <message>
        <source>Firewall tool</source>
        <translation>ფაიერვოლის ხელსაწყო</translation>
    </message>
    <message>
        <source>ufw not installed</source>
        <translation>ufw დაყენებული არ არის</translation>
    </message>
    <message>
        <source>The firewall page configures ufw.</source>
        <translation>ფაიერვოლის გვერდი ufw-ს მართავს.</translation>
    </message>
    <message>
        <source>Install it with `apt-get install ufw`.</source>
        <translation>დააყენეთ ის `apt-get install ufw`-ით.</translation>
    </message>
    <message>
        <source>%1 with sudo without a password</source>
        <translation>%1, sudo პაროლის გარეშე</translation>
    </message>
    <message>
        <source>not root, and sudo is not installed</source>
        <translation>არ არის root, sudo კი დაყენებული არ არის</translation>
    </message>
    <message>
        <source>%1: not root, and sudo is not installed</source>
        <translation>%1: არ არის root, sudo კი დაყენებული არ არის</translation>
    </message>
    <message>
        <source>not root, no sudo without a password</source>
        <translation>არ არის root, პაროლის გარეშე sudo არ აქვს</translation>
    </message>
    <message>
        <source>%1: not root, no sudo without a password</source>
        <translation>%1: არ არის root, პაროლის გარეშე sudo არ აქვს</translation>
    </message>
    <message>
        <source>Docker, the firewall, root&apos;s crontab and files the login user cannot write need root; Supadesk runs them through `sudo -n`, which never asks for a password, so Apply would refuse to start.</source>
        <translation>Docker-ს, ფაიერვოლს, root-ის crontab-სა და ფაილებს, რომლებშიც შესულ მომხმარებელს ჩაწერა არ შეუძლია, root სჭირდება; Supadesk მათ `sudo -n`-ით უშვებს, რომელიც პაროლს არასდროს ითხოვს, ამიტომ გამოყენება ვერ დაიწყება.</translation>
    </message>
</context>
<context>
    <name>supadesk::PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>წინასწარი შემოწმება</translation>
    </message>
    <message>
        <source>Reads the server: vCPUs, RAM, disks, operating system, Docker and compose, log rotation, listening ports, time sync and the install directory. Each finding is measured against the production minimum (4 vCPUs, 8 GB RAM, 100 GB SSD) and says how to fix it.</source>
        <translation>კითხულობს სერვერს: vCPU-ები, ოპერატიული მეხსიერება, დისკები, ოპერაციული სისტემა, Docker და compose, ჟურნალების როტაცია, მოსმენადი პორტები, დროის სინქრონიზაცია და დაყენების საქაღალდე. თითოეული მიგნება საწარმოო გარემოს მინიმუმს (4 vCPU, 8 GB RAM, 100 GB SSD) შედარდება და გეუბნებათ, როგორ გამოასწოროთ.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>გამოსწორება: %1</translation>
    </message>
    <message>
        <source>&amp;Re-run</source>
        <translation>&amp;ხელახლა</translation>
    </message>
    <message>
        <source>Read the server again (F5)</source>
        <translation>სერვერის ხელახლა წაკითხვა (F5)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>დონე</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>შემოწმება</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>ნაპოვნი</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>რატომ</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>გამოსწორება</translation>
    </message>
    <message>
        <source>Reading the server…</source>
        <translation>სერვერი იკითხება…</translation>
    </message>
    <message>
        <source>Preflight could not run: %1</source>
        <translation>წინასწარი შემოწმება ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red.</source>
        <translation>%1 მწვანე, %2 ყვითელი, %3 წითელი.</translation>
    </message>
    <message>
        <source>Fix the red findings before the server goes into production.</source>
        <translation>გამოასწორეთ წითელი მიგნებები, სანამ სერვერი წარმოებაში გავა.</translation>
    </message>
    <message>
        <source>The server meets the production minimum.</source>
        <translation>სერვერი საწარმოო გარემოს მინიმუმს აკმაყოფილებს.</translation>
    </message>
    <message>
        <source>Select a stack in the list on the left.</source>
        <translation>აირჩიეთ სტეკი მარცხნივ, სიაში.</translation>
    </message>
    <message>
        <source>Connect the stack on the first page to read the server. Without it the next pages use the production minimum as the host.</source>
        <translation>სერვერის წასაკითხად დაუკავშირდით სტეკს პირველ გვერდზე. მის გარეშე შემდეგი გვერდები ჰოსტად საწარმოო გარემოს მინიმუმს იყენებს.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>ჯერ არ გაშვებულა.</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>მწვანე</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>ყვითელი</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>წითელი</translation>
    </message>
    <message>
        <source>gateway port %1</source>
        <translation>შლუზის პორტი %1</translation>
    </message>
    <message>
        <source>gateway port %1 from %2</source>
        <translation>შლუზის პორტი %1 (%2-დან)</translation>
    </message>
    <message>
        <source>Supavisor transaction port %1</source>
        <translation>Supavisor-ის ტრანზაქციის პორტი %1</translation>
    </message>
    <message>
        <source>PgBouncer port %1</source>
        <translation>PgBouncer-ის პორტი %1</translation>
    </message>
    <message>
        <source>Supabase layout: %1</source>
        <translation>Supabase-ის განლაგება: %1</translation>
    </message>
    <message>
        <source>Use the server&apos;s ports</source>
        <translation>სერვერის პორტების გამოყენება</translation>
    </message>
    <message>
        <source>The stack “%1” uses gateway port %2 and pooler port %3; the server&apos;s .env says %4 and %5.</source>
        <translation>სტეკი „%1“ იყენებს შლუზის პორტს %2 და პულერის პორტს %3; სერვერის .env-ში წერია %4 და %5.</translation>
    </message>
    <message>
        <source>Change the stack “%1” to gateway port %2 and pooler port %3, as the server&apos;s .env says?

Nothing on the server is changed.</source>
        <translation>შევცვალოთ სტეკი „%1“ შლუზის პორტზე %2 და პულერის პორტზე %3, როგორც სერვერის .env-შია?

სერვერზე არაფერი შეიცვლება.</translation>
    </message>
</context>
<context>
    <name>supadesk::PreflightRunner</name>
    <message>
        <source>The server could not run the preflight commands (exit status %1): %2</source>
        <translation>სერვერმა წინასწარი შემოწმების ბრძანებები ვერ გაუშვა (გასვლის კოდი %1): %2</translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::ProbeExport</name>
    <message>
        <source>Uptime probe</source>
        <translation>ხელმისაწვდომობის ზონდი</translation>
    </message>
    <message>
        <source>The `uptime-probe` folder holds the server-side uptime probe: it checks the stack every minute and appends one line per check to a monthly log in %1, which Supadesk collects. As root, in this folder&apos;s parent:</source>
        <translation>საქაღალდე `uptime-probe` შეიცავს სერვერის მხარის ხელმისაწვდომობის ზონდს: ის სტეკს ყოველ წუთს ამოწმებს და ყოველ შემოწმებაზე თითო სტრიქონს უმატებს თვიურ ჟურნალს აქ: %1, რომელსაც Supadesk აგროვებს. root-ის უფლებებით, ამ საქაღალდის მშობელ საქაღალდეში:</translation>
    </message>
    <message>
        <source>On a server without systemd, a cron entry instead:</source>
        <translation>systemd-ის გარეშე სერვერზე — ამის ნაცვლად cron-ის ჩანაწერი:</translation>
    </message>
</context>
<context>
    <name>supadesk::ProbeInstallDialog</name>
    <message>
        <source>%1 (the previous file was kept as %2)</source>
        <translation>%1 (წინა ფაილი შენახულია როგორც %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Install uptime probe</source>
        <translation>ხელმისაწვდომობის ზონდის დაყენება</translation>
    </message>
    <message>
        <source>Remove uptime probe</source>
        <translation>ხელმისაწვდომობის ზონდის წაშლა</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>დაყენება</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>დახურვა</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>შეჩერება</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Asking “%1” which user Supadesk logs in as and whether systemd runs there…</source>
        <translation>„%1“-ს ვეკითხებით, რომელი მომხმარებლით შედის Supadesk და მუშაობს თუ არა იქ systemd…</translation>
    </message>
    <message>
        <source>Supadesk will make these changes on “%1”. Installing again later replaces the files and keeps a copy of any that changed.</source>
        <translation>Supadesk „%1“-ზე ამ ცვლილებებს შეიტანს. მოგვიანებით ხელახლა დაყენება ფაილებს ჩაანაცვლებს და ყველა შეცვლილის ასლს შეინახავს.</translation>
    </message>
    <message>
        <source>Supadesk will remove the uptime probe from “%1”:</source>
        <translation>Supadesk „%1“-დან ხელმისაწვდომობის ზონდს წაშლის:</translation>
    </message>
    <message>
        <source>Installing the uptime probe on “%1”…</source>
        <translation>ხელმისაწვდომობის ზონდი ყენდება „%1“-ზე…</translation>
    </message>
    <message>
        <source>Removing the uptime probe from “%1”…</source>
        <translation>ხელმისაწვდომობის ზონდი იშლება „%1“-დან…</translation>
    </message>
    <message>
        <source>The uptime probe is installed on “%1” and runs every minute; its first round is in the log already. Use “Pull now” to fetch it.</source>
        <translation>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე და ყოველ წუთს ეშვება; მისი პირველი შემოწმების შედეგები უკვე ჟურნალშია. ჩამოსატვირთად გამოიყენეთ „ახლავე ჩამოტვირთვა“.</translation>
    </message>
    <message numerus="yes">
        <source>The uptime probe is installed on “%1” and runs every %n minute(s); its first round is in the log already. Use “Pull now” to fetch it.</source>
        <translation>
            <numerusform>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე და ყოველ %n წუთში ეშვება; მისი პირველი შემოწმების შედეგები უკვე ჟურნალშია. ჩამოსატვირთად გამოიყენეთ „ახლავე ჩამოტვირთვა“.</numerusform>
            <numerusform>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე და ყოველ %n წუთში ეშვება; მისი პირველი შემოწმების შედეგები უკვე ჟურნალშია. ჩამოსატვირთად გამოიყენეთ „ახლავე ჩამოტვირთვა“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The uptime probe was removed from “%1”. Its log in %2 was kept.</source>
        <translation>ხელმისაწვდომობის ზონდი წაიშალა „%1“-დან. მისი ჟურნალი %2-ში შენარჩუნებულია.</translation>
    </message>
    <message numerus="yes">
        <source>The uptime probe is installed on “%1” and runs every %n second(s); its first round is in the log already. Use “Pull now” to fetch it.</source>
        <translation>
            <numerusform>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე და ყოველ %n წამში ეშვება; მისი პირველი შემოწმების შედეგები უკვე ჟურნალშია. ჩამოსატვირთად გამოიყენეთ „ახლავე ჩამოტვირთვა“.</numerusform>
            <numerusform>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე და ყოველ %n წამში ეშვება; მისი პირველი შემოწმების შედეგები უკვე ჟურნალშია. ჩამოსატვირთად გამოიყენეთ „ახლავე ჩამოტვირთვა“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supadesk::ProbeReason</name>
    <message>
        <source>connection refused</source>
        <translation>კავშირი უარყოფილია</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>პასუხი არ მოვიდა %1 წამში</translation>
    </message>
    <message>
        <source>the port does not answer as an SSH server</source>
        <translation>პორტი SSH სერვერივით არ პასუხობს</translation>
    </message>
    <message>
        <source>SELECT 1 did not answer 1</source>
        <translation>SELECT 1-მა 1 არ დააბრუნა</translation>
    </message>
    <message>
        <source>cannot resolve host</source>
        <translation>ჰოსტის სახელის გარკვევა ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-ის დამყარება ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>curl is not installed</source>
        <translation>curl დაყენებული არ არის</translation>
    </message>
    <message>
        <source>neither psql nor pg_isready is installed</source>
        <translation>არც psql და არც pg_isready დაყენებული არ არის</translation>
    </message>
    <message>
        <source>curl failed with status %1</source>
        <translation>curl-მა შეცდომით დაასრულა, სტატუსი %1</translation>
    </message>
</context>
<context>
    <name>supadesk::ProxyInstallScript</name>
    <message>
        <source>The proxy refused the new configuration; the previous one is back in place.
%1</source>
        <translation>პროქსიმ ახალი კონფიგურაცია არ მიიღო; წინა კონფიგურაცია თავის ადგილზე დაბრუნდა.
%1</translation>
    </message>
    <message>
        <source>The proxy did not reload with the new configuration; the previous one is back in place.
%1</source>
        <translation>პროქსიმ ახალი კონფიგურაცია ვერ ჩატვირთა; წინა კონფიგურაცია თავის ადგილზე დაბრუნდა.
%1</translation>
    </message>
    <message>
        <source>The configuration could not be written (status %1); nothing was changed.
%2</source>
        <translation>კონფიგურაცია ვერ ჩაიწერა (სტატუსი %1); არაფერი შეცვლილა.
%2</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaDb</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1-თან დაკავშირება ვერ ხერხდება: %2</translation>
    </message>
    <message>
        <source>The server returned no row.</source>
        <translation>სერვერმა არცერთი მწკრივი არ დააბრუნა.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaHba</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1-ის წაკითხვა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>%1 cannot be copied: %2</source>
        <translation>%1-ის კოპირება შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1-ში ჩაწერა შეუძლებელია: %2</translation>
    </message>
    <message>
        <source>The server finds errors in %1 after the change; the old file is kept as %2.</source>
        <translation>ცვლილების შემდეგ სერვერი %1-ში შეცდომებს პოულობს; ძველი ფაილი შენახულია როგორც %2.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaPlan</name>
    <message>
        <source>Create the replication role %1 with a generated password; the standby keeps it in its own configuration, readable by its owner only.</source>
        <translation>რეპლიკაციის როლის %1 შექმნა გენერირებული პაროლით; რეზერვული სერვერი მას საკუთარ კონფიგურაციაში ინახავს, რომლის წაკითხვაც მხოლოდ მის მფლობელს შეუძლია.</translation>
    </message>
    <message>
        <source>Create the physical replication slot %1, so the primary keeps the WAL the standby has not received.</source>
        <translation>რეპლიკაციის ფიზიკური სლოტის %1 შექმნა, რათა ძირითადმა სერვერმა შეინახოს WAL, რომელიც რეზერვულ სერვერს ჯერ არ მიუღია.</translation>
    </message>
    <message>
        <source>Let %1 replicate from %2 only, with a password (pg_hba.conf: &quot;%3&quot;), and reload the primary&apos;s configuration. The old file is kept next to it.</source>
        <translation>%1-ისთვის რეპლიკაციის ნების დართვა მხოლოდ %2-დან, პაროლით (pg_hba.conf: „%3“), და ძირითადი სერვერის კონფიგურაციის ხელახლა ჩატვირთვა. ძველი ფაილი გვერდით ინახება.</translation>
    </message>
    <message>
        <source>Copy the primary to %1 on the standby host with pg_basebackup, streaming the WAL and writing the standby&apos;s connection settings.</source>
        <translation>ძირითადი სერვერის კოპირება რეზერვული სერვერის ჰოსტზე, %1-ში, pg_basebackup-ით (სარეზერვო ასლი WAL-ის ნაკადით), და რეზერვული სერვერის კავშირის პარამეტრების ჩაწერა.</translation>
    </message>
    <message>
        <source>Set the standby&apos;s own port (%1) in its postgresql.auto.conf.</source>
        <translation>რეზერვული სერვერის საკუთარი პორტის (%1) მითითება მის postgresql.auto.conf-ში.</translation>
    </message>
    <message>
        <source>Start the standby.</source>
        <translation>რეზერვული სერვერის გაშვება.</translation>
    </message>
    <message>
        <source>Make commits on the primary wait until the standby has the WAL (synchronous_standby_names): no committed write is lost with the primary, but every write waits for the standby, and stops while it is down.</source>
        <translation>ძირითად სერვერზე ტრანზაქციის დასრულება დაელოდება, სანამ WAL რეზერვულ სერვერს მიაღწევს (synchronous_standby_names): ძირითადი სერვერის დაკარგვისას დასრულებული ჩანაწერი არ იკარგება, მაგრამ ყოველი ჩაწერა რეზერვულ სერვერს ელოდება და ჩერდება, სანამ ის მიუწვდომელია.</translation>
    </message>
    <message>
        <source>Check that the standby streams: pg_stat_replication on the primary, pg_stat_wal_receiver on the standby, and a marker row written on the primary read back on the standby.</source>
        <translation>შემოწმება, რომ რეზერვული სერვერი WAL-ს ნაკადით იღებს: pg_stat_replication ძირითად სერვერზე, pg_stat_wal_receiver რეზერვულ სერვერზე და ძირითად სერვერზე ჩაწერილი საკონტროლო მწკრივის წაკითხვა რეზერვულ სერვერზე.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>ძირითადი სერვერი</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>რეზერვული სერვერი</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ორივე</translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <translation>%1. [%2] %3</translation>
    </message>
    <message>
        <source>Open the primary&apos;s port %1 to %2 only: a ufw rule when ufw is active, and an exception in Docker&apos;s DOCKER-USER chain when Docker runs there.</source>
        <translation>ძირითადი სერვერის პორტის %1 გახსნა მხოლოდ %2-ისთვის: ufw-ის წესი, როცა ფაიერვოლი (ufw) აქტიურია, და გამონაკლისი Docker-ის DOCKER-USER ჯაჭვში, როცა იქ Docker მუშაობს.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaPromote</name>
    <message>
        <source>%1 is not a standby: it already accepts writes.</source>
        <translation>%1 რეზერვული სერვერი არ არის: ის უკვე იღებს ჩაწერას.</translation>
    </message>
    <message>
        <source>The primary %1 still answers. Promoting the standby now would leave two primaries. Confirm with &quot;%2&quot; to stop the old primary first and then promote.</source>
        <translation>ძირითადი სერვერი %1 ჯერ კიდევ პასუხობს. რეზერვული სერვერის ახლა დაწინაურება ორ ძირითად სერვერს დატოვებდა. დაადასტურეთ „%2“-ით, რომ ჯერ ძველი ძირითადი სერვერი გაჩერდეს და შემდეგ მოხდეს დაწინაურება.</translation>
    </message>
    <message>
        <source>The primary still answers and cannot be fenced: its host and data directory are not known. Stop it yourself, then promote.</source>
        <translation>ძირითადი სერვერი ჯერ კიდევ პასუხობს და მისი იზოლაცია შეუძლებელია: მისი ჰოსტი და მონაცემების საქაღალდე უცნობია. თავად გააჩერეთ, შემდეგ დააწინაურეთ.</translation>
    </message>
    <message>
        <source>Fencing the old primary: stopping it.</source>
        <translation>ძველი ძირითადი სერვერის იზოლაცია: მისი გაჩერება.</translation>
    </message>
    <message>
        <source>The old primary could not be stopped (%1); nothing was promoted.</source>
        <translation>ძველი ძირითადი სერვერის გაჩერება ვერ მოხერხდა (%1); არაფერი დაწინაურებულა.</translation>
    </message>
    <message>
        <source>The old primary still answers after it was stopped; nothing was promoted.</source>
        <translation>ძველი ძირითადი სერვერი გაჩერების შემდეგაც პასუხობს; არაფერი დაწინაურებულა.</translation>
    </message>
    <message>
        <source>The primary does not answer.</source>
        <translation>ძირითადი სერვერი არ პასუხობს.</translation>
    </message>
    <message>
        <source>Promoting the standby.</source>
        <translation>რეზერვული სერვერის დაწინაურება.</translation>
    </message>
    <message>
        <source>The standby did not finish its promotion within 60 seconds.</source>
        <translation>რეზერვულმა სერვერმა დაწინაურება 60 წამში ვერ დაასრულა.</translation>
    </message>
    <message>
        <source>The promoted server does not take writes: %1</source>
        <translation>დაწინაურებული სერვერი ჩაწერას არ იღებს: %1</translation>
    </message>
    <message>
        <source>The standby is the primary now and takes writes.</source>
        <translation>რეზერვული სერვერი ახლა ძირითადი სერვერია და ჩაწერას იღებს.</translation>
    </message>
    <message>
        <source>The primary does not answer from here, but it does from the standby&apos;s host.</source>
        <translation>ძირითადი სერვერი აქედან არ პასუხობს, მაგრამ რეზერვული სერვერის ჰოსტიდან პასუხობს.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaRejoin</name>
    <message>
        <source>Role and slot names are lower-case letters, digits and underscores (at most 63).</source>
        <translation>როლისა და სლოტის სახელები შედგება პატარა ლათინური ასოებისგან, ციფრებისა და ქვედა ტირეებისგან (არაუმეტეს 63 სიმბოლოსი).</translation>
    </message>
    <message>
        <source>%1 is still a standby: promote it first.</source>
        <translation>%1 ჯერ კიდევ რეზერვული სერვერია: ჯერ დააწინაურეთ.</translation>
    </message>
    <message>
        <source>The replication role&apos;s password is not known: give it.</source>
        <translation>რეპლიკაციის როლის პაროლი უცნობია: მიუთითეთ.</translation>
    </message>
    <message>
        <source>Stopping the old primary.</source>
        <translation>ძველი ძირითადი სერვერის გაჩერება.</translation>
    </message>
    <message>
        <source>Rewinding the old primary to the new primary&apos;s timeline (pg_rewind).</source>
        <translation>ძველი ძირითადი სერვერის დაბრუნება ახალი ძირითადი სერვერის დროის ხაზზე (pg_rewind).</translation>
    </message>
    <message>
        <source>pg_rewind failed: %1</source>
        <translation>pg_rewind ვერ შესრულდა: %1</translation>
    </message>
    <message>
        <source>Starting the old primary as a standby.</source>
        <translation>ძველი ძირითადი სერვერის გაშვება რეზერვული სერვერის როლში.</translation>
    </message>
    <message>
        <source>The old primary streams, but its leftover slot %1 could not be dropped: %2</source>
        <translation>ძველი ძირითადი სერვერი WAL-ს იღებს, მაგრამ მისი დარჩენილი სლოტის %1 წაშლა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Dropped the old primary&apos;s leftover slot %1.</source>
        <translation>ძველი ძირითადი სერვერის დარჩენილი სლოტი %1 წაიშალა.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaRepoint</name>
    <message>
        <source>%1 kept as %2</source>
        <translation>%1 შენახულია როგორც %2</translation>
    </message>
    <message>
        <source>%1 could not be read on %2: %3</source>
        <translation>%1 ვერ წაიკითხა %2-ზე: %3</translation>
    </message>
    <message>
        <source>The stack&apos;s services already point at %1:%2.</source>
        <translation>სტეკის სერვისები უკვე %1:%2-ზეა მიმართული.</translation>
    </message>
    <message>
        <source>%1 could not be put back from %2: restore it by hand.</source>
        <translation>%1 ვერ დაბრუნდა %2-დან: აღადგინეთ ხელით.</translation>
    </message>
    <message>
        <source>%1 put back as it was.</source>
        <translation>%1 დაბრუნდა წინა მდგომარეობაში.</translation>
    </message>
    <message>
        <source>%1 could not be copied to %2: %3</source>
        <translation>%1 ვერ დაკოპირდა %2-ში: %3</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 ვერ ჩაიწერა: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restarting the stack&apos;s services: %1</source>
        <translation>სტეკის სერვისების გადატვირთვა: %1</translation>
    </message>
    <message>
        <source>The services could not be restarted on their old settings either.</source>
        <translation>სერვისები ძველი პარამეტრებითაც ვერ გადაიტვირთა.</translation>
    </message>
    <message>
        <source>The services did not restart on the new primary (%1); their settings were put back.</source>
        <translation>სერვისები ახალ ძირითად სერვერზე ვერ გადაიტვირთა (%1); მათი პარამეტრები დაბრუნდა.</translation>
    </message>
    <message>
        <source>The stack&apos;s services point at %1:%2 now.</source>
        <translation>სტეკის სერვისები ახლა %1:%2-ზეა მიმართული.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaRules</name>
    <message>
        <source>The primary runs PostgreSQL %1 and the standby host has PostgreSQL %2: streaming replication needs the same major version on both.</source>
        <translation>ძირითად სერვერზე მუშაობს PostgreSQL %1, რეზერვული სერვერის ჰოსტზე კი PostgreSQL %2: სტრიმინგულ რეპლიკაციას ორივეზე ერთი და იგივე მთავარი ვერსია სჭირდება.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობი</translation>
    </message>
    <message>
        <source>The standby host has %1 free for %2, and the copy of the primary needs %3.</source>
        <translation>რეზერვული სერვერის ჰოსტზე %2-ისთვის თავისუფალია %1, ძირითადი სერვერის ასლს კი %3 სჭირდება.</translation>
    </message>
    <message>
        <source>The standby host cannot reach the primary at %1. Open that port for the standby&apos;s address only (a private network is best), then try again.</source>
        <translation>რეზერვული სერვერის ჰოსტი ვერ აღწევს ძირითად სერვერს მისამართზე %1. გახსენით ეს პორტი მხოლოდ რეზერვული სერვერის მისამართისთვის (საუკეთესოა კერძო ქსელი) და სცადეთ ხელახლა.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on the standby host is not empty (%n entries). A standby starts from an empty data directory; choose another one or empty it yourself.</source>
        <translation>
            <numerusform>%1 რეზერვული სერვერის ჰოსტზე ცარიელი არ არის (%n ჩანაწერი). რეზერვული სერვერი ცარიელი მონაცემების საქაღალდით იწყება; აირჩიეთ სხვა ან თავად დაცალეთ.</numerusform>
            <numerusform>%1 რეზერვული სერვერის ჰოსტზე ცარიელი არ არის (%n ჩანაწერი). რეზერვული სერვერი ცარიელი მონაცემების საქაღალდით იწყება; აირჩიეთ სხვა ან თავად დაცალეთ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The primary already has a replication slot called &quot;%1&quot;. Another standby may use it; choose another name, or drop the slot if it is left over.</source>
        <translation>ძირითად სერვერს უკვე აქვს რეპლიკაციის სლოტი „%1“. შესაძლოა მას სხვა რეზერვული სერვერი იყენებს; აირჩიეთ სხვა სახელი ან წაშალეთ სლოტი, თუ ის დარჩენილია.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; exists on the primary already. Give its password, or choose another role name for the new one.</source>
        <translation>როლი „%1“ ძირითად სერვერზე უკვე არსებობს. მიუთითეთ მისი პაროლი ან ახალი როლისთვის აირჩიეთ სხვა სახელი.</translation>
    </message>
    <message>
        <source>The old primary has neither wal_log_hints nor data checksums, so pg_rewind cannot bring it back. Turn on wal_log_hints (it needs a restart) before the next failover, and make this one a standby again from a fresh base backup.</source>
        <translation>ძველ ძირითად სერვერზე არც wal_log_hints და არც მონაცემების საკონტროლო ჯამებია ჩართული, ამიტომ pg_rewind მას ვერ დააბრუნებს. შემდეგ გადართვამდე ჩართეთ wal_log_hints (საჭიროებს გადატვირთვას), ეს კი ხელახლა აქციეთ რეზერვულ სერვერად ახალი საბაზისო სარეზერვო ასლიდან.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaSetup</name>
    <message>
        <source>Role and slot names are lower-case letters, digits and underscores (at most 63).</source>
        <translation>როლისა და სლოტის სახელები შედგება პატარა ლათინური ასოებისგან, ციფრებისა და ქვედა ტირეებისგან (არაუმეტეს 63 სიმბოლოსი).</translation>
    </message>
    <message>
        <source>The standby&apos;s data directory must be an absolute path.</source>
        <translation>რეზერვული სერვერის მონაცემების საქაღალდე აბსოლუტური ბილიკი უნდა იყოს.</translation>
    </message>
    <message>
        <source>The primary could not be read: %1</source>
        <translation>ძირითადი სერვერის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The standby host could not be read: %1</source>
        <translation>რეზერვული სერვერის ჰოსტის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ნაბიჯი %1 / %2: %3</translation>
    </message>
    <message>
        <source>Step %1 failed (%2); the steps before it were rolled back.</source>
        <translation>ნაბიჯი %1 ვერ შესრულდა (%2); მანამდე შესრულებული ნაბიჯები დაბრუნდა.</translation>
    </message>
    <message>
        <source>The standby could not log in to the primary as the replication role: %1</source>
        <translation>რეზერვულმა სერვერმა ძირითად სერვერზე რეპლიკაციის როლით შესვლა ვერ შეძლო: %1</translation>
    </message>
    <message>
        <source>The command ended with status %1.</source>
        <translation>ბრძანება დასრულდა სტატუსით %1.</translation>
    </message>
    <message>
        <source>pg_hba.conf kept as %1.</source>
        <translation>pg_hba.conf შენახულია როგორც %1.</translation>
    </message>
    <message>
        <source>Cancelled before this step.</source>
        <translation>გაუქმდა ამ ნაბიჯამდე.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStackFailover</name>
    <message>
        <source>Not asked for.</source>
        <translation>არ მოთხოვნილა.</translation>
    </message>
    <message>
        <source>The primary stack&apos;s server cannot be reached: point its services at %1 once it is back.</source>
        <translation>ძირითადი სტეკის სერვერი მიუწვდომელია: როცა დაბრუნდება, მისი სერვისები %1-ზე მიმართეთ.</translation>
    </message>
    <message>
        <source>The old primary&apos;s data directory is not known (no failover of %1 to %2 is recorded with it): give it.</source>
        <translation>ძველი ძირითადი სერვერის მონაცემების საქაღალდე უცნობია (%1-დან %2-ზე გადართვა მასთან ერთად ჩაწერილი არ არის): მიუთითეთ იგი.</translation>
    </message>
    <message>
        <source>Re-joining %1 (%2 on its server) as a standby of %3 on the slot %4.</source>
        <translation>%1-ის (%2 მის სერვერზე) ხელახლა მიერთება %3-ის რეზერვულ სერვერად, სლოტზე %4.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStackLink</name>
    <message>
        <source>The stack %1 could not be reached over SSH: %2</source>
        <translation>სტეკთან %1 SSH-ით დაკავშირება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>კავშირის დრო ამოიწურა</translation>
    </message>
    <message>
        <source>The standby&apos;s host has no route to %1: %2</source>
        <translation>რეზერვული სერვერის ჰოსტს %1-მდე მარშრუტი არ აქვს: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStackSetup</name>
    <message>
        <source>The standby must be another stack than the primary.</source>
        <translation>რეზერვული სერვერი ძირითადი სერვერისგან განსხვავებული სტეკი უნდა იყოს.</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>დაკავშირება: %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>გაუქმდა; არაფერი შეცვლილა.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReplicaStatus</name>
    <message>
        <source>The slot %1 is not in use and holds %2 of WAL on the primary.</source>
        <translation>სლოტი %1 არ გამოიყენება და ძირითად სერვერზე %2 WAL-ს ინახავს.</translation>
    </message>
    <message>
        <source>The slot %1 has lost WAL its standby still needs: that standby must be made again.</source>
        <translation>სლოტმა %1 დაკარგა WAL, რომელიც მის რეზერვულ სერვერს ჯერ კიდევ სჭირდება: ეს რეზერვული სერვერი თავიდან უნდა შეიქმნას.</translation>
    </message>
    <message>
        <source>The standby %1 is %2, not streaming.</source>
        <translation>რეზერვული სერვერი %1 არის მდგომარეობაში %2 და WAL-ს ნაკადით არ იღებს.</translation>
    </message>
    <message>
        <source>The standby %1 replays %2 s behind the primary.</source>
        <translation>რეზერვული სერვერი %1 WAL-ს ძირითად სერვერზე %2 წმ-ით გვიან იყენებს.</translation>
    </message>
    <message>
        <source>The standby receives no WAL from the primary.</source>
        <translation>რეზერვული სერვერი ძირითადი სერვერიდან WAL-ს არ იღებს.</translation>
    </message>
    <message>
        <source>The standby is not in recovery: it runs as a primary.</source>
        <translation>რეზერვული სერვერი აღდგენის რეჟიმში არ არის: ის ძირითადი სერვერივით მუშაობს.</translation>
    </message>
</context>
<context>
    <name>supadesk::RestoreDrill</name>
    <message>
        <source>The drill was cancelled; its scratch cluster was removed.</source>
        <translation>საცდელი აღდგენა გაუქმდა; მისი დროებითი კლასტერი წაიშალა.</translation>
    </message>
    <message>
        <source>The dump %1 does not exist.</source>
        <translation>დამპი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>The globals file %1 does not exist.</source>
        <translation>გლობალური ობიექტების ფაილი %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>No PostgreSQL programs (initdb, pg_ctl, pg_restore) were found in %1.</source>
        <translation>%1-ში PostgreSQL-ის პროგრამები (initdb, pg_ctl, pg_restore) ვერ მოიძებნა.</translation>
    </message>
    <message>
        <source>Reading the dump&apos;s table of contents</source>
        <translation>დამპის სარჩევის წაკითხვა</translation>
    </message>
    <message>
        <source>PostgreSQL %1&apos;s pg_restore cannot read %2, which a newer pg_dump wrote: %3</source>
        <translation>PostgreSQL %1-ის pg_restore ვერ კითხულობს %2-ს, რომელიც უფრო ახალმა pg_dump-მა ჩაწერა: %3</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump %1: %2</source>
        <translation>pg_restore ვერ კითხულობს დამპს %1: %2</translation>
    </message>
    <message>
        <source>The scratch folder %1 does not exist.</source>
        <translation>დროებითი საქაღალდე %1 არ არსებობს.</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(%1-ში)</translation>
    </message>
    <message>
        <source>Counting the live database&apos;s tables</source>
        <translation>მოქმედი მონაცემთა ბაზის ცხრილების დათვლა</translation>
    </message>
    <message>
        <source>The live database %1 could not be reached: %2</source>
        <translation>მოქმედ მონაცემთა ბაზასთან %1 დაკავშირება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Creating the scratch cluster</source>
        <translation>დროებითი კლასტერის შექმნა</translation>
    </message>
    <message>
        <source>Scratch cluster: PostgreSQL %1 in %2.</source>
        <translation>დროებითი კლასტერი: PostgreSQL %1, საქაღალდეში %2.</translation>
    </message>
    <message>
        <source>Restoring the roles and globals</source>
        <translation>როლებისა და გლობალური ობიექტების აღდგენა</translation>
    </message>
    <message>
        <source>The globals file %1 cannot be read.</source>
        <translation>გლობალური ობიექტების ფაილის %1 წაკითხვა შეუძლებელია.</translation>
    </message>
    <message>
        <source>Restoring the dump</source>
        <translation>დამპის აღდგენა</translation>
    </message>
    <message>
        <source>pg_restore exited with status %1: %2</source>
        <translation>pg_restore დასრულდა სტატუსით %1: %2</translation>
    </message>
    <message>
        <source>Comparing the restore with the live database</source>
        <translation>აღდგენილი ბაზის შედარება მოქმედ მონაცემთა ბაზასთან</translation>
    </message>
    <message>
        <source>The scratch cluster could not be reached: %1</source>
        <translation>დროებით კლასტერთან დაკავშირება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Running the query %1</source>
        <translation>მოთხოვნის გაშვება: %1</translation>
    </message>
    <message>
        <source>Removing the scratch cluster</source>
        <translation>დროებითი კლასტერის წაშლა</translation>
    </message>
    <message>
        <source>The scratch cluster was removed.</source>
        <translation>დროებითი კლასტერი წაიშალა.</translation>
    </message>
</context>
<context>
    <name>supadesk::ReviewPage</name>
    <message>
        <source>Review &amp; apply</source>
        <translation>გადახედვა და გამოყენება</translation>
    </message>
    <message>
        <source>Apply:</source>
        <translation>გამოყენება:</translation>
    </message>
    <message>
        <source>.env</source>
        <translation>.env</translation>
    </message>
    <message>
        <source>Compose override</source>
        <translation>Compose-ის გადაფარვა</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>PostgreSQL settings</source>
        <translation>PostgreSQL-ის პარამეტრები</translation>
    </message>
    <message>
        <source>Recreate containers</source>
        <translation>კონტეინერების ხელახლა შექმნა</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ნაბიჯი</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>სტატუსი</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>ჟურნალი:</translation>
    </message>
    <message>
        <source>&amp;Preview on server</source>
        <translation>&amp;სერვერზე შედარება</translation>
    </message>
    <message>
        <source>Read the server&apos;s files and show every diff; nothing is changed.</source>
        <translation>სერვერის ფაილების წაკითხვა და ყველა განსხვავების ჩვენება; არაფერი იცვლება.</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;გამოყენება…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Stop before the next step and roll back what was applied (Esc)</source>
        <translation>შეჩერება შემდეგ ნაბიჯამდე და გამოყენებულის დაბრუნება (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>პაკეტის &amp;ექსპორტი…</translation>
    </message>
    <message>
        <source>Write the files and a README of the commands to a local folder (%1)</source>
        <translation>ფაილებისა და ბრძანებების README-ს ჩაწერა ლოკალურ საქაღალდეში (%1)</translation>
    </message>
    <message>
        <source>No change: the file on the server already holds this.</source>
        <translation>ცვლილება არ არის: სერვერზე ფაილი ამას უკვე შეიცავს.</translation>
    </message>
    <message>
        <source>Keys set in place (comments, order and other keys stay):</source>
        <translation>გასაღებები ადგილზე იცვლება (კომენტარები, რიგი და სხვა გასაღებები რჩება):</translation>
    </message>
    <message>
        <source>Undo on rollback:</source>
        <translation>დაბრუნებისას გაუქმება:</translation>
    </message>
    <message>
        <source>The plan is not valid: %1</source>
        <translation>გეგმა არასწორია: %1</translation>
    </message>
    <message>
        <source>Reading the server&apos;s files…</source>
        <translation>სერვერის ფაილები იკითხება…</translation>
    </message>
    <message>
        <source>Applying… Cancel stops before the next step.</source>
        <translation>მიმდინარეობს გამოყენება… „გაუქმება“ შემდეგ ნაბიჯამდე აჩერებს.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Not connected: export the bundle, or connect the stack to apply.</source>
        <translation>
            <numerusform>%n ნაბიჯი. არ არის დაკავშირებული: გააკეთეთ პაკეტის ექსპორტი ან გამოსაყენებლად დაუკავშირდით სტეკს.</numerusform>
            <numerusform>%n ნაბიჯი. არ არის დაკავშირებული: გააკეთეთ პაკეტის ექსპორტი ან გამოსაყენებლად დაუკავშირდით სტეკს.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will be applied in this order.</source>
        <translation>
            <numerusform>%n ნაბიჯი გამოიყენება ამ რიგით.</numerusform>
            <numerusform>%n ნაბიჯი გამოიყენება ამ რიგით.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n step(s) to “%1”? Every file is backed up before it changes, and a failed step rolls back the ones before it.</source>
        <translation>
            <numerusform>გამოვიყენოთ %n ნაბიჯი „%1“-ზე? ყოველი ფაილის სარეზერვო ასლი შეცვლამდე იქმნება, ჩავარდნილი ნაბიჯი კი წინა ნაბიჯებს უკან აბრუნებს.</numerusform>
            <numerusform>გამოვიყენოთ %n ნაბიჯი „%1“-ზე? ყოველი ფაილის სარეზერვო ასლი შეცვლამდე იქმნება, ჩავარდნილი ნაბიჯი კი წინა ნაბიჯებს უკან აბრუნებს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to the server</source>
        <translation>სერვერზე გამოყენება</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>გამოყენება</translation>
    </message>
    <message>
        <source>A step failed or was cancelled: rolling back.</source>
        <translation>ნაბიჯი ჩავარდა ან გაუქმდა: მიმდინარეობს დაბრუნება.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n step(s) to %1.</source>
        <translation>
            <numerusform>%n ნაბიჯის გამოყენება %1-ზე.</numerusform>
            <numerusform>%n ნაბიჯის გამოყენება %1-ზე.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the running step…</source>
        <translation>გაუქმება მიმდინარე ნაბიჯის შემდეგ…</translation>
    </message>
    <message>
        <source>Done: every step was applied.</source>
        <translation>დასრულდა: ყველა ნაბიჯი გამოყენებულია.</translation>
    </message>
    <message>
        <source>Export bundle to folder</source>
        <translation>პაკეტის ექსპორტი საქაღალდეში</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>პაკეტის ექსპორტი</translation>
    </message>
    <message>
        <source>%1 is not empty. Files of the same name are replaced.</source>
        <translation>%1 ცარიელი არ არის. იგივე სახელის ფაილები ჩანაცვლდება.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>ჩანაცვლება</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ექსპორტი ვერ მოხერხდა</translation>
    </message>
    <message>
        <source>Bundle written to %1.</source>
        <translation>პაკეტი ჩაიწერა: %1.</translation>
    </message>
    <message>
        <source>Install the uptime probe (runs every minute, logs on the server)</source>
        <translation>ხელმისაწვდომობის ზონდის დაყენება (ეშვება ყოველ წუთს, ჟურნალს სერვერზე წერს)</translation>
    </message>
    <message>
        <source>Runs after every step above has been applied. On a server without systemd a cron entry takes the place of the timer; a login that is not root uses sudo. If the installation fails, the steps above stay applied.</source>
        <translation>სრულდება მას შემდეგ, რაც ზემოთ მოცემული ყველა ნაბიჯი გამოიყენება. systemd-ის გარეშე სერვერზე ტაიმერის ნაცვლად cron-ის ჩანაწერი დაყენდება; არა-root მომხმარებელი sudo-ს იყენებს. თუ დაყენება ჩავარდა, ზემოთ გამოყენებული ნაბიჯები უცვლელი რჩება.</translation>
    </message>
    <message>
        <source>Restart the database container if a changed setting needs it</source>
        <translation>მონაცემთა ბაზის კონტეინერის გადატვირთვა, თუ შეცვლილ პარამეტრს ეს სჭირდება</translation>
    </message>
    <message>
        <source>Install the uptime probe (checks the stack every minute and keeps a log on the server)</source>
        <translation>ხელმისაწვდომობის ზონდის დაყენება (სტეკს ყოველ წუთს ამოწმებს და ჟურნალს სერვერზე ინახავს)</translation>
    </message>
    <message>
        <source>A small script run by a systemd timer or cron on the server appends one line per check to a monthly log, which the Uptime tab collects.</source>
        <translation>პატარა სკრიპტი, რომელსაც სერვერზე systemd-ის ტაიმერი ან cron უშვებს, ყოველ შემოწმებაზე თითო სტრიქონს უმატებს თვიურ ჟურნალს, რომელსაც ხელმისაწვდომობის ჩანართი აგროვებს.</translation>
    </message>
    <message>
        <source>After the settings are stored, restart the db container only when one of them waits for a restart, and wait until PostgreSQL accepts connections again. Every connection is dropped for a moment.</source>
        <translation>პარამეტრების შენახვის შემდეგ db კონტეინერი გადაიტვირთება მხოლოდ მაშინ, როცა რომელიმე მათგანი გადატვირთვას ელოდება, და დაელოდება, სანამ PostgreSQL კვლავ მიიღებს კავშირებს. ყველა კავშირი წამიერად გაწყდება.</translation>
    </message>
    <message>
        <source>None of the changed settings needs a restart.</source>
        <translation>არცერთ შეცვლილ პარამეტრს გადატვირთვა არ სჭირდება.</translation>
    </message>
    <message>
        <source>Need a restart: %1</source>
        <translation>გადატვირთვა სჭირდება: %1</translation>
    </message>
    <message>
        <source>Need a restart if they change: %1</source>
        <translation>შეცვლის შემთხვევაში გადატვირთვა სჭირდება: %1</translation>
    </message>
    <message>
        <source>Installing the uptime probe… Cancel stops before the next step.</source>
        <translation>ხელმისაწვდომობის ზონდი ყენდება… გაუქმება შემდეგ ნაბიჯამდე აჩერებს.</translation>
    </message>
    <message>
        <source>The firewall is not applied here: apply it on the Firewall page, or run firewall.sh from the exported bundle.</source>
        <translation>ფაიერვოლი აქ არ გამოიყენება: გამოიყენეთ იგი ფაიერვოლის გვერდზე ან გაუშვით firewall.sh ექსპორტირებული პაკეტიდან.</translation>
    </message>
    <message>
        <source>The db container is restarted at the end only if a changed setting needs it: every connection to the database drops for a moment.</source>
        <translation>ბოლოს db კონტეინერი გადაიტვირთება მხოლოდ მაშინ, თუ შეცვლილ პარამეტრს ეს სჭირდება: მონაცემთა ბაზასთან ყველა კავშირი წამიერად გაწყდება.</translation>
    </message>
    <message>
        <source>The db container is restarted at the end if a changed setting needs it (%1): every connection to the database drops for a moment.</source>
        <translation>ბოლოს db კონტეინერი გადაიტვირთება, თუ შეცვლილ პარამეტრს ეს სჭირდება (%1): მონაცემთა ბაზასთან ყველა კავშირი წამიერად გაწყდება.</translation>
    </message>
    <message>
        <source>Then the uptime probe is installed on the server. If that fails, the applied steps stay as they are.</source>
        <translation>შემდეგ სერვერზე ხელმისაწვდომობის ზონდი დაყენდება. თუ ეს ჩავარდა, გამოყენებული ნაბიჯები უცვლელი რჩება.</translation>
    </message>
    <message>
        <source>Cancelling the probe&apos;s installation after the running step…</source>
        <translation>ზონდის დაყენება გაუქმდება მიმდინარე ნაბიჯის შემდეგ…</translation>
    </message>
    <message>
        <source>The uptime probe was not installed: %1 The applied steps stay as they are.</source>
        <translation>ხელმისაწვდომობის ზონდი არ დაყენდა: %1 გამოყენებული ნაბიჯები უცვლელი რჩება.</translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Uptime probe, step %1 of %2: %3</source>
        <translation>ხელმისაწვდომობის ზონდი, ნაბიჯი %1 / %2: %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>ჩავარდა: %1</translation>
    </message>
    <message>
        <source>Installing the uptime probe on %1.</source>
        <translation>ხელმისაწვდომობის ზონდი ყენდება %1-ზე.</translation>
    </message>
    <message numerus="yes">
        <source>Every change in the order it is made: each file as a diff against what the server holds now, each command. Before a file changes its backup is written; if a step fails, the earlier steps are rolled back. Of the .env, whose backups hold the replaced secrets, only the newest %n backup(s) are kept. Export bundle writes the same files and a README for a server Supadesk cannot reach.</source>
        <translation>
            <numerusform>ყველა ცვლილება შესრულების რიგით: თითოეული ფაილი — სერვერზე ახლა არსებულთან შედარებით (diff), თითოეული ბრძანება. ფაილის შეცვლამდე მისი სარეზერვო ასლი იწერება; თუ ნაბიჯი ჩავარდა, წინა ნაბიჯები უკან ბრუნდება. .env-ის სარეზერვო ასლებიდან, რომლებიც შეცვლილ საიდუმლოებს შეიცავს, მხოლოდ %n უახლესი ინახება. პაკეტის ექსპორტი იმავე ფაილებსა და README-ს წერს სერვერისთვის, რომელსაც Supadesk ვერ უკავშირდება.</numerusform>
            <numerusform>ყველა ცვლილება შესრულების რიგით: თითოეული ფაილი — სერვერზე ახლა არსებულთან შედარებით (diff), თითოეული ბრძანება. ფაილის შეცვლამდე მისი სარეზერვო ასლი იწერება; თუ ნაბიჯი ჩავარდა, წინა ნაბიჯები უკან ბრუნდება. .env-ის სარეზერვო ასლებიდან, რომლებიც შეცვლილ საიდუმლოებს შეიცავს, მხოლოდ %n უახლესი ინახება. პაკეტის ექსპორტი იმავე ფაილებსა და README-ს წერს სერვერისთვის, რომელსაც Supadesk ვერ უკავშირდება.</numerusform>
        </translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s certificate pinned: SHA-256 %1</source>
        <translation>PostgreSQL-ის სერტიფიკატი დამახსოვრებულია: SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>supadesk::RunbookPdf</name>
    <message>
        <source>The runbook could not be written to %1: %2</source>
        <translation>სახელმძღვანელოს ჩაწერა %1-ში ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::SchemaMigrator</name>
    <message>
        <source>The schema script %1 could not be read.</source>
        <translation>სქემის სკრიპტის (%1) წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The schema scripts in %1 must be numbered 001, 002, … without gaps; %2 is out of place.</source>
        <translation>სქემის სკრიპტები საქაღალდეში %1 გამოტოვების გარეშე უნდა იყოს დანომრილი: 001, 002, …; %2 თავის ადგილზე არ არის.</translation>
    </message>
    <message>
        <source>There are no schema scripts in %1.</source>
        <translation>საქაღალდეში %1 სქემის სკრიპტები არ არის.</translation>
    </message>
    <message>
        <source>The schema version of %1 could not be read: %2</source>
        <translation>ფაილის (%1) სქემის ვერსიის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Supadesk (schema version %2; this version knows up to %3). Open it with that version, or move the file away to start anew.</source>
        <translation>ფაილი %1 ჩაწერილია Supadesk-ის უფრო ახალი ვერსიით (სქემის ვერსია %2; ეს ვერსია მხოლოდ %3-მდე ვერსიებს იცნობს). გახსენით ის იმ ვერსიით, ან გადაიტანეთ ფაილი სხვაგან და დაიწყეთ თავიდან.</translation>
    </message>
    <message>
        <source>%1 could not be brought to schema version %2 (%3) and was left as it was: %4</source>
        <translation>ფაილის %1 სქემის %2 ვერსიამდე განახლება (%3) ვერ მოხერხდა და ფაილი უცვლელი დარჩა: %4</translation>
    </message>
    <message>
        <source>the file is at version %1</source>
        <translation>ფაილის ვერსიაა %1</translation>
    </message>
    <message>
        <source>the table %1 lacks the column %2, which cannot be added</source>
        <translation>ცხრილს %1 აკლია სვეტი %2, რომლის დამატებაც შეუძლებელია</translation>
    </message>
</context>
<context>
    <name>supadesk::ScoreSparkline</name>
    <message>
        <source>%1: score %2</source>
        <translation>%1: ქულა %2</translation>
    </message>
</context>
<context>
    <name>supadesk::ScratchCluster</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1-ის გაშვება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>No scratch directory could be made in %1: %2</source>
        <translation>%1-ში დროებითი საქაღალდის შექმნა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>The drill was cancelled.</source>
        <translation>საცდელი აღდგენა გაუქმდა.</translation>
    </message>
    <message>
        <source>initdb could not create the scratch cluster: %1</source>
        <translation>initdb-მა დროებითი კლასტერი ვერ შექმნა: %1</translation>
    </message>
    <message>
        <source>The scratch cluster&apos;s settings could not be written.</source>
        <translation>დროებითი კლასტერის პარამეტრების ჩაწერა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>The scratch cluster did not start: %1</source>
        <translation>დროებითი კლასტერი არ გაეშვა: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::SecretAudit</name>
    <message>
        <source>%1 is not a JSON Web Token. Generate new API keys.</source>
        <translation>%1 არ არის JSON Web Token. შექმენით ახალი API გასაღებები.</translation>
    </message>
    <message>
        <source>%1 was not signed with this JWT_SECRET, so every service will reject it. Generate new API keys from the current JWT_SECRET.</source>
        <translation>%1 ამ JWT_SECRET-ით არ არის ხელმოწერილი, ამიტომ ყველა სერვისი უარყოფს. შექმენით ახალი API გასაღებები მიმდინარე JWT_SECRET-ით.</translation>
    </message>
    <message>
        <source>%1 is Supabase&apos;s public demo key; it stops working on %2. Generate a new JWT_SECRET and new API keys.</source>
        <translation>%1 Supabase-ის საჯარო სადემონსტრაციო გასაღებია; ის %2-ს წყვეტს მუშაობას. შექმენით ახალი JWT_SECRET და ახალი API გასაღებები.</translation>
    </message>
    <message>
        <source>%1 expired on %2: clients using it are refused. Generate new API keys.</source>
        <translation>%1-ს ვადა %2-ს გაუვიდა: მისი მომხმარებელი კლიენტები უარს იღებენ. შექმენით ახალი API გასაღებები.</translation>
    </message>
    <message>
        <source>%1 expires on %2. Generate new API keys before then and update your clients.</source>
        <translation>%1-ს ვადა %2-ს გასდის. მანამდე შექმენით ახალი API გასაღებები და განაახლეთ კლიენტები.</translation>
    </message>
    <message>
        <source>%1 still has the example value from Supabase&apos;s env.example, which anyone can look up. Generate a new one.</source>
        <translation>%1-ს ჯერ კიდევ Supabase-ის env.example-ის სანიმუშო მნიშვნელობა აქვს, რომლის ნახვაც ყველას შეუძლია. შექმენით ახალი.</translation>
    </message>
    <message>
        <source>%1 is empty. Generate a value.</source>
        <translation>%1 ცარიელია. შექმენით მნიშვნელობა.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; use at least %3. Generate a new one.</source>
        <translation>%1-ში %2 სიმბოლოა; გამოიყენეთ სულ მცირე %3. შექმენით ახალი.</translation>
    </message>
    <message>
        <source>JWT_SECRET has %1 characters; it needs at least %2. Generate a new one (and new API keys).</source>
        <translation>JWT_SECRET-ში %1 სიმბოლოა; საჭიროა სულ მცირე %2. შექმენით ახალი (და ახალი API გასაღებები).</translation>
    </message>
    <message>
        <source>VAULT_ENC_KEY has %1 characters; Supavisor needs exactly %2.</source>
        <translation>VAULT_ENC_KEY-ში %1 სიმბოლოა; Supavisor-ს ზუსტად %2 სჭირდება.</translation>
    </message>
</context>
<context>
    <name>supadesk::SecretPromptDialog</name>
    <message>
        <source>SSH password</source>
        <translation>SSH პაროლი</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>გასაღების საიდუმლო ფრაზა</translation>
    </message>
    <message>
        <source>Enter the SSH password for %1.</source>
        <translation>შეიყვანეთ SSH პაროლი %1-ისთვის.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the key file %1.</source>
        <translation>შეიყვანეთ გასაღების ფაილის %1 საიდუმლო ფრაზა.</translation>
    </message>
    <message>
        <source>The server refused the password.</source>
        <translation>სერვერმა პაროლი უარყო.</translation>
    </message>
    <message>
        <source>The passphrase was not accepted.</source>
        <translation>საიდუმლო ფრაზა არ იქნა მიღებული.</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;დამახსოვრება სისტემის გასაღებების საცავში</translation>
    </message>
</context>
<context>
    <name>supadesk::SecretsPage</name>
    <message>
        <source>Secrets</source>
        <translation>საიდუმლოები</translation>
    </message>
    <message>
        <source>Every secret the stack&apos;s .env needs, drawn from the operating system&apos;s secure random generator. Example values from Supabase&apos;s env.example are replaced; values that already look right are kept. Secrets stay in memory and go only to the server or to an exported bundle.</source>
        <translation>ყველა საიდუმლო, რაც სტეკის .env-ს სჭირდება, ოპერაციული სისტემის უსაფრთხო შემთხვევითი გენერატორით. Supabase-ის env.example-ის სანიმუშო მნიშვნელობები ჩანაცვლდება; სწორი მნიშვნელობები რჩება. საიდუმლოები მხოლოდ მეხსიერებაში ინახება და მხოლოდ სერვერზე ან ექსპორტირებულ პაკეტში ხვდება.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>საიდუმლო</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>მნიშვნელობა</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>მოქმედებები</translation>
    </message>
    <message>
        <source>Rotating JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY: every app and client that uses the old keys stops working until it gets the new ones. A new POSTGRES_PASSWORD works only on a stack that has never started.</source>
        <translation>JWT_SECRET-ის შეცვლა ANON_KEY-სა და SERVICE_ROLE_KEY-ს აუქმებს: ძველი გასაღებების მქონე ყველა აპლიკაცია და კლიენტი წყვეტს მუშაობას, სანამ ახალს არ მიიღებს. ახალი POSTGRES_PASSWORD მხოლოდ ისეთ სტეკზე მუშაობს, რომელიც ჯერ არასდროს გაშვებულა.</translation>
    </message>
    <message>
        <source>Kept: the server&apos;s value looks right.</source>
        <translation>რჩება: სერვერზე სწორი მნიშვნელობაა.</translation>
    </message>
    <message>
        <source>New.</source>
        <translation>ახალი.</translation>
    </message>
    <message>
        <source>New: missing on the server.</source>
        <translation>ახალი: სერვერზე არ არის.</translation>
    </message>
    <message>
        <source>Example default on the server: replaced.</source>
        <translation>სერვერზე სანიმუშო მნიშვნელობაა: ჩანაცვლდება.</translation>
    </message>
    <message>
        <source>Rotated by you.</source>
        <translation>თქვენ შეცვალეთ.</translation>
    </message>
    <message>
        <source>Signed again with the new JWT_SECRET.</source>
        <translation>ხელახლა ხელმოწერილია ახალი JWT_SECRET-ით.</translation>
    </message>
    <message>
        <source>Replaced.</source>
        <translation>ჩანაცვლდება.</translation>
    </message>
    <message>
        <source>The server&apos;s .env was not read: every secret below is new.</source>
        <translation>სერვერის .env არ წაკითხულა: ქვემოთ ყველა საიდუმლო ახალია.</translation>
    </message>
    <message numerus="yes">
        <source>%n example default(s) from env.example are in use on the server; they are replaced below.</source>
        <translation>
            <numerusform>სერვერზე env.example-ის %n სანიმუშო მნიშვნელობა გამოიყენება; ქვემოთ ისინი ჩანაცვლებულია.</numerusform>
            <numerusform>სერვერზე env.example-ის %n სანიმუშო მნიშვნელობა გამოიყენება; ქვემოთ ისინი ჩანაცვლებულია.</numerusform>
        </translation>
    </message>
    <message>
        <source>No example defaults are in use on the server.</source>
        <translation>სერვერზე სანიმუშო მნიშვნელობები არ გამოიყენება.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>დამალვა</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ჩვენება</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>მნიშვნელობის ჩვენება ან დამალვა</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>კოპირება</translation>
    </message>
    <message numerus="yes">
        <source>Copy the value to the clipboard (cleared after %n second(s))</source>
        <translation>
            <numerusform>მნიშვნელობის ბუფერში კოპირება (%n წამში წაიშლება)</numerusform>
            <numerusform>მნიშვნელობის ბუფერში კოპირება (%n წამში წაიშლება)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>ახლის შექმნა</translation>
    </message>
    <message>
        <source>Sign a new key with JWT_SECRET</source>
        <translation>ახალი გასაღების ხელმოწერა JWT_SECRET-ით</translation>
    </message>
    <message>
        <source>Draw a new random value</source>
        <translation>ახალი შემთხვევითი მნიშვნელობის შექმნა</translation>
    </message>
    <message>
        <source>Rotate %1?</source>
        <translation>შევცვალოთ %1?</translation>
    </message>
    <message>
        <source>A new JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY. Every app and client that uses them stops working until it gets the new keys.</source>
        <translation>ახალი JWT_SECRET ANON_KEY-სა და SERVICE_ROLE_KEY-ს აუქმებს. მათი მომხმარებელი ყველა აპლიკაცია და კლიენტი წყვეტს მუშაობას, სანამ ახალ გასაღებებს არ მიიღებს.</translation>
    </message>
    <message>
        <source>A new POSTGRES_PASSWORD on a running stack also needs the password of every internal role changed, or the services cannot log in.</source>
        <translation>გაშვებულ სტეკზე ახალი POSTGRES_PASSWORD ყველა შიდა როლის პაროლის შეცვლასაც მოითხოვს, თორემ სერვისები ვეღარ შევლენ.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>შეცვლა</translation>
    </message>
    <message>
        <source>Kept: saved in the keychain when it was applied.</source>
        <translation>დარჩა: გამოყენებისას გასაღებების საცავში შეინახა.</translation>
    </message>
    <message>
        <source>The server&apos;s .env was not read: the secrets saved in the keychain when they were applied are kept, the others are new.</source>
        <translation>სერვერის .env არ წაკითხულა: გამოყენებისას გასაღებების საცავში შენახული საიდუმლოები რჩება, დანარჩენი ახალია.</translation>
    </message>
</context>
<context>
    <name>supadesk::ServerScriptRun</name>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>The server did not confirm the cancel.</source>
        <translation>სერვერმა გაუქმება არ დაადასტურა.</translation>
    </message>
    <message>
        <source>Cancelled; what the script had made on the server was removed.</source>
        <translation>გაუქმდა; რაც სკრიპტმა სერვერზე შექმნა, წაიშალა.</translation>
    </message>
</context>
<context>
    <name>supadesk::SetupApplier</name>
    <message numerus="yes">
        <source>Dry run of %n step(s): nothing will be changed.</source>
        <translation>
            <numerusform>%n ნაბიჯის საცდელი გაშვება: არაფერი შეიცვლება.</numerusform>
            <numerusform>%n ნაბიჯის საცდელი გაშვება: არაფერი შეიცვლება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n step(s).</source>
        <translation>
            <numerusform>%n ნაბიჯის გამოყენება.</numerusform>
            <numerusform>%n ნაბიჯის გამოყენება.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>გაუქმება მიმდინარე ნაბიჯის შემდეგ…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ნაბიჯი %1 / %2: %3</translation>
    </message>
    <message>
        <source>The stack is not connected.</source>
        <translation>სტეკი დაკავშირებული არ არის.</translation>
    </message>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>%1-ის შემოწმება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1-ის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>%1 is already up to date.</source>
        <translation>%1 უკვე განახლებულია.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ის ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Kept the previous %1 as %2.</source>
        <translation>წინა %1 შენახულია როგორც %2.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation>%1-ის უფლებების დაყენება ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Would run through %1:
%2</source>
        <translation>გაეშვებოდა ამით: %1:
%2</translation>
    </message>
    <message>
        <source>Would run: %1</source>
        <translation>გაეშვებოდა: %1</translation>
    </message>
    <message>
        <source>The command ended with exit status %1.</source>
        <translation>ბრძანება დასრულდა გასვლის კოდით %1.</translation>
    </message>
    <message>
        <source>The command ended with exit status %1: %2</source>
        <translation>ბრძანება დასრულდა გასვლის კოდით %1: %2</translation>
    </message>
    <message>
        <source>Step %1 checked.</source>
        <translation>ნაბიჯი %1 შემოწმებულია.</translation>
    </message>
    <message>
        <source>Step %1 applied.</source>
        <translation>ნაბიჯი %1 გამოყენებულია.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>ნაბიჯი %1 ვერ შესრულდა: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rolling back %n step(s).</source>
        <translation>
            <numerusform>%n ნაბიჯის დაბრუნება.</numerusform>
            <numerusform>%n ნაბიჯის დაბრუნება.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup of %1 was kept.</source>
        <translation>%1-ის სარეზერვო ასლი არ შენახულა.</translation>
    </message>
    <message>
        <source>This command has no undo; what it did is still in place.</source>
        <translation>ამ ბრძანებას გაუქმება არ აქვს; რაც მან გააკეთა, ისევ ძალაშია.</translation>
    </message>
    <message>
        <source>The undo ended with exit status %1: %2</source>
        <translation>გაუქმება დასრულდა გასვლის კოდით %1: %2</translation>
    </message>
    <message>
        <source>Its file was restored.</source>
        <translation>მისი ფაილი აღდგენილია.</translation>
    </message>
    <message>
        <source>Step %1 rolled back.</source>
        <translation>ნაბიჯი %1 დაბრუნებულია.</translation>
    </message>
    <message>
        <source>Step %1 could not be rolled back: %2</source>
        <translation>ნაბიჯი %1 ვერ დაბრუნდა: %2</translation>
    </message>
    <message>
        <source>Running step %1 again with the restored files: %2</source>
        <translation>ნაბიჯი %1 ხელახლა ეშვება აღდგენილი ფაილებით: %2</translation>
    </message>
    <message>
        <source>It ran again with the restored files.</source>
        <translation>ის ხელახლა გაეშვა აღდგენილი ფაილებით.</translation>
    </message>
    <message>
        <source>Running it again with the restored files failed too: %1</source>
        <translation>აღდგენილი ფაილებით ხელახლა გაშვებაც ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The stack is not connected. Nothing was changed.</source>
        <translation>სტეკი დაკავშირებული არ არის. არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Cannot tell what the login may do on the server (%1). Nothing was changed.</source>
        <translation>ვერ დადგინდა, რისი უფლება აქვს შესულ მომხმარებელს სერვერზე (%1). არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Logged in as %1: step %2 runs as root through sudo.</source>
        <translation>შესულია %1: ნაბიჯი %2 root-ად, sudo-თი სრულდება.</translation>
    </message>
    <message>
        <source>Logged in as %1: steps %2 run as root through sudo.</source>
        <translation>შესულია %1: ნაბიჯები %2 root-ად, sudo-თი სრულდება.</translation>
    </message>
    <message>
        <source>Would run as root (through sudo) through %1:
%2</source>
        <translation>root-ად (sudo-თი) გაეშვებოდა %1-ით:
%2</translation>
    </message>
    <message>
        <source>Would run as root (through sudo): %1</source>
        <translation>root-ად (sudo-თი) გაეშვებოდა: %1</translation>
    </message>
    <message>
        <source>Cannot read the current values of the settings before changing them: %1</source>
        <translation>პარამეტრების მიმდინარე მნიშვნელობები შეცვლამდე ვერ წავიკითხეთ: %1</translation>
    </message>
    <message>
        <source>the query returned nothing.</source>
        <translation>მოთხოვნამ არაფერი დააბრუნა.</translation>
    </message>
    <message>
        <source>Recorded the current values for a rollback:
%1</source>
        <translation>დაბრუნებისთვის ჩაიწერა მიმდინარე მნიშვნელობები:
%1</translation>
    </message>
    <message>
        <source>Could not ask PostgreSQL which settings wait for a restart: %1</source>
        <translation>ვერ გავარკვიეთ PostgreSQL-ისგან, რომელი პარამეტრები ელოდება გადატვირთვას: %1</translation>
    </message>
    <message>
        <source>These settings wait for a restart of the database to take effect: %1.</source>
        <translation>ეს პარამეტრები ძალაში შესასვლელად მონაცემთა ბაზის გადატვირთვას ელოდება: %1.</translation>
    </message>
    <message>
        <source>Could not remove older backups of %1: %2</source>
        <translation>%1-ის ძველი სარეზერვო ასლების წაშლა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>What it had changed before failing was undone.</source>
        <translation>ის, რაც ჩავარდნამდე შეცვალა, გაუქმდა.</translation>
    </message>
</context>
<context>
    <name>supadesk::SetupBundle</name>
    <message>
        <source>| Setting | Value | Formula | Restart | Why |</source>
        <translation>| პარამეტრი | მნიშვნელობა | ფორმულა | გადატვირთვა | რატომ |</translation>
    </message>
    <message>
        <source>| Setting | Value | Formula | Why |</source>
        <translation>| პარამეტრი | მნიშვნელობა | ფორმულა | რატომ |</translation>
    </message>
    <message>
        <source> yes |</source>
        <translation> დიახ |</translation>
    </message>
    <message>
        <source> no |</source>
        <translation> არა |</translation>
    </message>
    <message>
        <source>Supabase server setup bundle</source>
        <translation>Supabase სერვერის გამართვის პაკეტი</translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1 for a host with %2 MiB RAM, %3 vCPUs, %4 storage, %5 connections and a %6 workload.</source>
        <translation>შექმნილია Supadesk-ის მიერ %1-ს ჰოსტისთვის: %2 MiB RAM, %3 vCPU, %4 დისკი, %5 კავშირი, დატვირთვა: %6.</translation>
    </message>
    <message>
        <source>Apply, in this order</source>
        <translation>გამოყენება, ამ თანმიმდევრობით</translation>
    </message>
    <message>
        <source>In the install directory (%1), keep a copy of what is there: `cp .env .env.before-supadesk`.</source>
        <translation>დაყენების საქაღალდეში (%1) შეინახეთ იქ არსებულის ასლი: `cp .env .env.before-supadesk`.</translation>
    </message>
    <message>
        <source>Copy `.env` and `docker-compose.override.yml` into it, then recreate the containers: `docker compose up -d`. The override needs Docker Compose 2.24.4 or newer.</source>
        <translation>დააკოპირეთ მასში `.env` და `docker-compose.override.yml`, შემდეგ თავიდან შექმენით კონტეინერები: `docker compose up -d`. override-ს Docker Compose 2.24.4 ან უფრო ახალი სჭირდება.</translation>
    </message>
    <message>
        <source>Apply the PostgreSQL settings as a superuser: `docker exec -i supabase-db psql -U supabase_admin -d postgres &lt; tuning.sql`. If the file lists settings that need a restart: `docker compose restart db`.</source>
        <translation>გამოიყენეთ PostgreSQL-ის პარამეტრები სუპერმომხმარებლის სახელით: `docker exec -i supabase-db psql -U supabase_admin -d postgres &lt; tuning.sql`. თუ ფაილში გადატვირთვის საჭირო პარამეტრებია ჩამოთვლილი: `docker compose restart db`.</translation>
    </message>
    <message>
        <source>Backups: `sudo install -m 700 backup.sh %1`, install the cron entry with `(crontab -l 2&gt;/dev/null | grep -v &apos;%2&apos;; cat crontab.txt) | crontab -` and run it once by hand.</source>
        <translation>სარეზერვო ასლები: `sudo install -m 700 backup.sh %1`, დააყენეთ cron-ის ჩანაწერი ბრძანებით `(crontab -l 2&gt;/dev/null | grep -v &apos;%2&apos;; cat crontab.txt) | crontab -` და ერთხელ ხელით გაუშვით.</translation>
    </message>
    <message>
        <source>Before you apply</source>
        <translation>გამოყენებამდე</translation>
    </message>
    <message>
        <source>New values for: %1.</source>
        <translation>ახალი მნიშვნელობები: %1.</translation>
    </message>
    <message>
        <source>A new JWT_SECRET invalidates ANON_KEY and SERVICE_ROLE_KEY: every client needs the new keys.</source>
        <translation>ახალი JWT_SECRET ANON_KEY-სა და SERVICE_ROLE_KEY-ს აუქმებს: ყველა კლიენტს ახალი გასაღებები სჭირდება.</translation>
    </message>
    <message>
        <source>A new POSTGRES_PASSWORD works only on a stack that has never started. On a running stack the passwords of the internal roles (authenticator, supabase_auth_admin, supabase_storage_admin, supabase_admin, ...) must be changed too, or the services cannot log in.</source>
        <translation>ახალი POSTGRES_PASSWORD მხოლოდ იმ სტეკზე მუშაობს, რომელიც არასდროს გაშვებულა. მომუშავე სტეკზე შიდა როლების (authenticator, supabase_auth_admin, supabase_storage_admin, supabase_admin, ...) პაროლებიც უნდა შეიცვალოს, თორემ სერვისები ვერ შევლენ.</translation>
    </message>
    <message>
        <source>Transaction pooling does not keep session state between transactions (SET, LISTEN, advisory locks, SQL PREPARE).</source>
        <translation>ტრანზაქციული პულინგი სესიის მდგომარეობას ტრანზაქციებს შორის არ ინახავს (SET, LISTEN, advisory ბლოკირებები, SQL PREPARE).</translation>
    </message>
    <message>
        <source>`.env` line %1: %2</source>
        <translation>`.env`, სტრიქონი %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL settings</source>
        <translation>PostgreSQL-ის პარამეტრები</translation>
    </message>
    <message>
        <source>Connection pooler</source>
        <translation>კავშირების პულერი</translation>
    </message>
    <message>
        <source>Supavisor reads POOLER_DEFAULT_POOL_SIZE=%1 and POOLER_MAX_CLIENT_CONN=%2 from `.env`; `pgbouncer.ini` holds the same sizes for a PgBouncer.</source>
        <translation>Supavisor `.env`-დან კითხულობს POOLER_DEFAULT_POOL_SIZE=%1 და POOLER_MAX_CLIENT_CONN=%2; `pgbouncer.ini` იგივე ზომებს შეიცავს PgBouncer-ისთვის.</translation>
    </message>
    <message>
        <source>The .env cannot be edited safely: %1</source>
        <translation>.env-ის უსაფრთხოდ ჩასწორება შეუძლებელია: %1</translation>
    </message>
    <message>
        <source>Secrets for a self-hosted Supabase stack, generated by Supadesk.</source>
        <translation>საკუთარ სერვერზე განთავსებული Supabase სტეკის საიდუმლოები, შექმნილი Supadesk-ის მიერ.</translation>
    </message>
    <message>
        <source>Merge these lines into the stack&apos;s .env; keep this file private.</source>
        <translation>შეურწყით ეს სტრიქონები სტეკის .env-ს; ეს ფაილი არავის აჩვენოთ.</translation>
    </message>
    <message>
        <source>Firewall: `sudo ./firewall.sh`, then open a NEW SSH connection and run `sudo ./firewall.sh --confirm` in it. Without the confirmation the firewall is put back as it was after %1 seconds.</source>
        <translation>ფაიერვოლი: `sudo ./firewall.sh`, შემდეგ გახსენით ახალი SSH კავშირი და მასში გაუშვით `sudo ./firewall.sh --confirm`. დადასტურების გარეშე ფაიერვოლი %1 წამის შემდეგ წინანდელ მდგომარეობაში დაბრუნდება.</translation>
    </message>
    <message>
        <source>Point-in-time recovery: step 2 mounted %1 on the server at %2 in the db container. Run `sudo ./pitr-setup.sh` after step 2 and before step 3: it creates the archive folder and hands it to the container&apos;s postgres user. Step 3 turns archiving on and needs the restart. Then `sudo install -m 700 pitr-basebackup.sh %3`, add pitr-crontab.txt to root&apos;s crontab the same way and run it once by hand: WAL can only be replayed on a base backup.</source>
        <translation>დროის მომენტზე აღდგენა: მე-2 ნაბიჯმა სერვერის %1 db კონტეინერში %2-ზე მიამაგრა. გაუშვით `sudo ./pitr-setup.sh` მე-2 ნაბიჯის შემდეგ და მე-3-მდე: ის ქმნის არქივის საქაღალდეს და გადასცემს კონტეინერის postgres მომხმარებელს. მე-3 ნაბიჯი დაარქივებას რთავს და გადატვირთვას საჭიროებს. შემდეგ `sudo install -m 700 pitr-basebackup.sh %3`, pitr-crontab.txt იმავე წესით დაამატეთ root-ის crontab-ში და ერთხელ ხელით გაუშვით: WAL-ის გამოყენება მხოლოდ საბაზისო სარეზერვო ასლზეა შესაძლებელი.</translation>
    </message>
</context>
<context>
    <name>supadesk::SetupWorkspace</name>
    <message>
        <source>Setup</source>
        <translation>გამართვა</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;უკან</translation>
    </message>
    <message>
        <source>Previous page (%1)</source>
        <translation>წინა გვერდი (%1)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;შემდეგი &gt;</translation>
    </message>
    <message>
        <source>Next page (%1)</source>
        <translation>შემდეგი გვერდი (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>გვერდი %1 / %2</translation>
    </message>
</context>
<context>
    <name>supadesk::SlowQueriesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>განახლება</translation>
    </message>
    <message>
        <source>Read pg_stat_statements again (F5)</source>
        <translation>pg_stat_statements-ის ხელახლა წაკითხვა (F5)</translation>
    </message>
    <message>
        <source>Reset…</source>
        <translation>განულება…</translation>
    </message>
    <message>
        <source>Forget the statistics of every statement (pg_stat_statements_reset)</source>
        <translation>ყველა ბრძანების სტატისტიკის წაშლა (pg_stat_statements_reset)</translation>
    </message>
    <message>
        <source>Filter statements</source>
        <translation>ბრძანებების გაფილტვრა</translation>
    </message>
    <message>
        <source>Create Extension…</source>
        <translation>გაფართოების შექმნა…</translation>
    </message>
    <message>
        <source>CREATE EXTENSION pg_stat_statements in this database</source>
        <translation>CREATE EXTENSION pg_stat_statements ამ მონაცემთა ბაზაში</translation>
    </message>
    <message>
        <source>Connect the stack to see its slowest statements.</source>
        <translation>დააკავშირეთ სტეკი, რომ ნახოთ მისი ყველაზე ნელი ბრძანებები.</translation>
    </message>
    <message>
        <source>Reading pg_stat_statements…</source>
        <translation>pg_stat_statements იკითხება…</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) by total time. Double-click one to open it in the editor and explain it.</source>
        <translation>
            <numerusform>%n ბრძანება, დალაგებული მთლიანი დროით. ორჯერ დააწკაპუნეთ, რომ რედაქტორში გაიხსნას და მისი გეგმა აჩვენოს.</numerusform>
            <numerusform>%n ბრძანება, დალაგებული მთლიანი დროით. ორჯერ დააწკაპუნეთ, რომ რედაქტორში გაიხსნას და მისი გეგმა აჩვენოს.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset statement statistics</source>
        <translation>ბრძანებების სტატისტიკის განულება</translation>
    </message>
    <message>
        <source>Reset the statistics of every statement on this server? Calls, times and blocks start again from zero, for every tool that reads pg_stat_statements.</source>
        <translation>განულდეს ამ სერვერზე ყველა ბრძანების სტატისტიკა? გამოძახებები, დროები და ბლოკები ნულიდან დაიწყება ყველა ხელსაწყოსთვის, რომელიც pg_stat_statements-ს კითხულობს.</translation>
    </message>
    <message>
        <source>Reset Statistics</source>
        <translation>სტატისტიკის განულება</translation>
    </message>
    <message>
        <source>Create pg_stat_statements</source>
        <translation>pg_stat_statements-ის შექმნა</translation>
    </message>
    <message>
        <source>Create the pg_stat_statements extension in the database “%1”? It adds a view of the statistics the server already collects.</source>
        <translation>შეიქმნას pg_stat_statements გაფართოება მონაცემთა ბაზაში „%1“? ის ამატებს ხედს იმ სტატისტიკაზე, რომელსაც სერვერი უკვე აგროვებს.</translation>
    </message>
    <message>
        <source>Create Extension</source>
        <translation>გაფართოების შექმნა</translation>
    </message>
    <message>
        <source>Open Setup…</source>
        <translation>გამართვის გახსნა…</translation>
    </message>
    <message>
        <source>Open the Setup workspace: its tuning page adds pg_stat_statements to shared_preload_libraries (PostgreSQL needs a restart to load it)</source>
        <translation>გამართვის სამუშაო სივრცის გახსნა: მისი მორგების გვერდი pg_stat_statements-ს ამატებს shared_preload_libraries-ში (ჩასატვირთად PostgreSQL-ის გადატვირთვაა საჭირო)</translation>
    </message>
    <message>
        <source>Open Setup… leads to the Setup wizard, whose tuning page adds pg_stat_statements to shared_preload_libraries; preloading takes effect only after PostgreSQL restarts.</source>
        <translation>„გამართვის გახსნა…“ გადაგიყვანთ გამართვის ოსტატზე, რომლის მორგების გვერდი pg_stat_statements-ს ამატებს shared_preload_libraries-ში; წინასწარი ჩატვირთვა მხოლოდ PostgreSQL-ის გადატვირთვის შემდეგ ამოქმედდება.</translation>
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
        <translation>&amp;დაყენების საქაღალდე:</translation>
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
        <source>Stored only in the operating system&apos;s keychain, never in Supadesk&apos;s settings.</source>
        <translation>ინახება მხოლოდ ოპერაციული სისტემის გასაღებების საცავში და არასდროს Supadesk-ის პარამეტრებში.</translation>
    </message>
    <message>
        <source>Connect when Supadesk starts</source>
        <translation>დაკავშირება Supadesk-ის გაშვებისას</translation>
    </message>
    <message>
        <source>The folder on the server that holds Supabase&apos;s docker-compose.yml and .env.</source>
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
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>&amp;შუალედური ჰოსტები:</translation>
    </message>
    <message>
        <source>none: connect directly</source>
        <translation>არცერთი: პირდაპირი კავშირი</translation>
    </message>
    <message>
        <source>SSH servers to pass through, as ssh&apos;s ProxyJump: user@bastion:22, several separated by commas. A ProxyJump in ~/.ssh/config is used when this is empty.</source>
        <translation>SSH სერვერები, რომლებზეც კავშირი გაივლის, როგორც ssh-ის ProxyJump-ში: user@bastion:22, რამდენიმე — მძიმით გამოყოფილი. თუ ველი ცარიელია, გამოიყენება ProxyJump ფაილიდან ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Supavisor &amp;metrics port:</source>
        <translation>Supavisor-ის &amp;მეტრიკების პორტი:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <source>Where Supavisor&apos;s metrics are published on the server&apos;s loopback, for the dashboard&apos;s pooler charts (0: none).</source>
        <translation>სად ქვეყნდება Supavisor-ის მეტრიკები სერვერის loopback-ზე, დაფის პულერის დიაგრამებისთვის (0: არცერთი).</translation>
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
        <source>Stack &quot;%1&quot; has an unknown authentication method &quot;%2&quot;.</source>
        <translation>სტეკს „%1“ ავთენტიფიკაციის უცნობი მეთოდი „%2“ აქვს.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>ჩანაწერი %1</translation>
    </message>
    <message>
        <source>Stack &quot;%1&quot; cannot be imported:
%2</source>
        <translation>სტეკის „%1“ იმპორტი შეუძლებელია:
%2</translation>
    </message>
</context>
<context>
    <name>supadesk::StackLayoutReader</name>
    <message>
        <source>Kong gateway (before self-hosted/v0.8.0)</source>
        <translation>Kong-ის შლუზი (self-hosted/v0.8.0-მდე)</translation>
    </message>
    <message>
        <source>Envoy gateway api-gw (self-hosted/v0.8.0 and later)</source>
        <translation>Envoy-ის შლუზი api-gw (self-hosted/v0.8.0 და შემდეგ)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>უცნობი</translation>
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
        <source>Another stack is already called &quot;%1&quot;.</source>
        <translation>სხვა სტეკს უკვე ჰქვია „%1“.</translation>
    </message>
    <message>
        <source>Enter the SSH host name or address of the server.</source>
        <translation>შეიყვანეთ სერვერის SSH ჰოსტის სახელი ან მისამართი.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or address.</source>
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
        <source>The key file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>გასაღების ფაილი „%1“ არ არსებობს ან ვერ იკითხება.</translation>
    </message>
    <message>
        <source>The install directory must be an absolute path on the server.</source>
        <translation>დაყენების საქაღალდე სერვერზე აბსოლუტური გზა უნდა იყოს.</translation>
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
    <message>
        <source>The Supavisor metrics port must be between 1 and 65535, or 0 for none.</source>
        <translation>Supavisor-ის მეტრიკების პორტი უნდა იყოს 1-დან 65535-მდე, ან 0, თუ არ არის.</translation>
    </message>
</context>
<context>
    <name>supadesk::StandbyTable</name>
    <message>
        <source>Standbys</source>
        <translation>რეზერვული სერვერები</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>აპლიკაცია</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>კლიენტის მისამართი</translation>
    </message>
    <message>
        <source>State</source>
        <translation>მდგომარეობა</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>სინქრონიზაციის რეჟიმი</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>ჩაწერის ჩამორჩენა</translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation>დისკზე ჩაწერის ჩამორჩენა</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>გამოყენების ჩამორჩენა</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 წმ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 bytes behind</source>
        <translation>%1 ბაიტით ჩამორჩება</translation>
    </message>
    <message>
        <source>Standby details are shown to superusers and members of pg_monitor or pg_read_all_stats only; %1 is neither. To see them: GRANT pg_monitor TO %1;</source>
        <translation>რეზერვული სერვერების დეტალებს ხედავენ მხოლოდ სუპერმომხმარებლები და pg_monitor-ის ან pg_read_all_stats-ის წევრები; %1 არც ერთია. მათ სანახავად: GRANT pg_monitor TO %1;</translation>
    </message>
    <message>
        <source>No standby is connected.</source>
        <translation>არცერთი რეზერვული სერვერი არ არის დაკავშირებული.</translation>
    </message>
    <message>
        <source>Seconds are measured by the standbys&apos; replies and stay empty while a standby is idle.</source>
        <translation>წამები რეზერვული სერვერების პასუხებით იზომება და ცარიელი რჩება, სანამ რეზერვული სერვერი უქმადაა.</translation>
    </message>
    <message>
        <source>Add Standby…</source>
        <translation>რეზერვული სერვერის დამატება…</translation>
    </message>
    <message>
        <source>Slot retains</source>
        <translation>სლოტი ინახავს</translation>
    </message>
    <message>
        <source>Last replay</source>
        <translation>ბოლო გამოყენება</translation>
    </message>
    <message>
        <source>WAL the standby&apos;s replication slot keeps on the primary until the standby has it.</source>
        <translation>WAL, რომელსაც რეზერვული სერვერის რეპლიკაციის სლოტი ძირითად სერვერზე ინახავს, სანამ რეზერვული სერვერი მას მიიღებს.</translation>
    </message>
    <message>
        <source>Time since the standby replayed its last transaction. Only the standby knows it: it shows on the standby&apos;s own stack.</source>
        <translation>დრო მას შემდეგ, რაც რეზერვულმა სერვერმა ბოლო ტრანზაქცია გამოიყენა. ეს მხოლოდ რეზერვულმა სერვერმა იცის: ჩანს რეზერვული სერვერის საკუთარ სტეკზე.</translation>
    </message>
    <message>
        <source>No replication slot: the primary may remove WAL this standby still needs.</source>
        <translation>რეპლიკაციის სლოტი არ არის: ძირითადმა სერვერმა შეიძლება წაშალოს WAL, რომელიც ამ რეზერვულ სერვერს ჯერ კიდევ სჭირდება.</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>სლოტი %1</translation>
    </message>
    <message>
        <source>no slot</source>
        <translation>სლოტის გარეშე</translation>
    </message>
    <message>
        <source>this server (standby)</source>
        <translation>ეს სერვერი (რეზერვული სერვერი)</translation>
    </message>
    <message>
        <source>not receiving</source>
        <translation>არ იღებს</translation>
    </message>
    <message>
        <source>The slot this standby streams on, on its primary.</source>
        <translation>სლოტი ძირითად სერვერზე, რომლითაც ეს რეზერვული სერვერი WAL-ს იღებს.</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 წინ</translation>
    </message>
    <message>
        <source>This server is a standby itself: its lag is shown on its primary. &quot;Last replay&quot; stays old while the primary has no writes.</source>
        <translation>ეს სერვერი თავად რეზერვული სერვერია: მისი ჩამორჩენა მის ძირითად სერვერზე ჩანს. „ბოლო გამოყენება“ ძველი რჩება, სანამ ძირითად სერვერზე ჩაწერა არ ხდება.</translation>
    </message>
    <message>
        <source>Fail Over…</source>
        <translation>რეზერვულზე გადართვა…</translation>
    </message>
</context>
<context>
    <name>supadesk::StatementStatsModel</name>
    <message>
        <source>Shared blocks found in PostgreSQL&apos;s cache, of all shared blocks the statement touched</source>
        <translation>PostgreSQL-ის ქეშში ნაპოვნი საერთო ბლოკების წილი ყველა იმ საერთო ბლოკიდან, რომელსაც ბრძანება შეეხო</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ბრძანება</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>გამოძახებები</translation>
    </message>
    <message>
        <source>Total ms</source>
        <translation>სულ მწმ</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>საშუალო მწმ</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>მაქს. მწმ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>მწკრივები</translation>
    </message>
    <message>
        <source>Shared hit</source>
        <translation>ქეშიდან</translation>
    </message>
    <message>
        <source>Shared read</source>
        <translation>დისკიდან</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>ქეშის მოხვედრა</translation>
    </message>
</context>
<context>
    <name>supadesk::StatsReport</name>
    <message>
        <source>time</source>
        <translation>დრო</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>ტრ/წმ</translation>
    </message>
    <message>
        <source>commit/s</source>
        <translation>დადასტ/წმ</translation>
    </message>
    <message>
        <source>rollback/s</source>
        <translation>გაუქმ/წმ</translation>
    </message>
    <message>
        <source>hit%</source>
        <translation>ქეში%</translation>
    </message>
    <message>
        <source>active</source>
        <translation>აქტიური</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>უქმი</translation>
    </message>
    <message>
        <source>idle-tx</source>
        <translation>უქმი-ტრ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ელოდება</translation>
    </message>
    <message>
        <source>total/max</source>
        <translation>სულ/მაქს</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>ჩამორჩ</translation>
    </message>
    <message>
        <source>rtt-ms</source>
        <translation>დაყოვნ-მწმ</translation>
    </message>
</context>
<context>
    <name>supadesk::StreamingCheck</name>
    <message>
        <source>The primary does not list a streaming standby on the slot %1 (state: %2).</source>
        <translation>ძირითად სერვერზე სლოტით %1 WAL-ის მიმღები რეზერვული სერვერი არ ჩანს (მდგომარეობა: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>არცერთი</translation>
    </message>
    <message>
        <source>The primary streams to the standby on the slot %1.</source>
        <translation>ძირითადი სერვერი WAL-ს რეზერვულ სერვერს სლოტით %1 გადასცემს.</translation>
    </message>
    <message>
        <source>The standby&apos;s WAL receiver does not stream (status: %1).</source>
        <translation>რეზერვული სერვერის WAL-ის მიმღები ნაკადს არ იღებს (სტატუსი: %1).</translation>
    </message>
    <message>
        <source>The standby receives WAL.</source>
        <translation>რეზერვული სერვერი WAL-ს იღებს.</translation>
    </message>
    <message numerus="yes">
        <source>A row written on the primary did not arrive on the standby within %n second(s).</source>
        <translation>
            <numerusform>ძირითად სერვერზე ჩაწერილი მწკრივი რეზერვულ სერვერს %n წამში არ მიუღწევია.</numerusform>
            <numerusform>ძირითად სერვერზე ჩაწერილი მწკრივი რეზერვულ სერვერს %n წამში არ მიუღწევია.</numerusform>
        </translation>
    </message>
    <message>
        <source>A row written on the primary was read back on the standby.</source>
        <translation>ძირითად სერვერზე ჩაწერილი მწკრივი რეზერვულ სერვერზე წაიკითხა.</translation>
    </message>
</context>
<context>
    <name>supadesk::StudioProxyAuth</name>
    <message>
        <source>The server did not hash Studio&apos;s password: %1</source>
        <translation>სერვერმა Studio-ს პაროლის ჰეში ვერ შექმნა: %1</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>გამოტანა არ არის</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsEnvPlanner</name>
    <message>
        <source>SITE_URL is not set: set it to your application&apos;s address; Auth sends users back to it after they sign in.</source>
        <translation>SITE_URL მითითებული არ არის: მიუთითეთ თქვენი აპლიკაციის მისამართი; Auth მომხმარებლებს შესვლის შემდეგ მასზე აბრუნებს.</translation>
    </message>
    <message>
        <source>SITE_URL is %1, which only this computer can open: set it to your application&apos;s public https address.</source>
        <translation>SITE_URL არის %1, რომლის გახსნაც მხოლოდ ამ კომპიუტერს შეუძლია: მიუთითეთ თქვენი აპლიკაციის საჯარო https მისამართი.</translation>
    </message>
    <message>
        <source>Supabase&apos;s %1 serves one name (PROXY_DOMAIN): Studio is reached at %2 behind its password, not at %3.</source>
        <translation>Supabase-ის %1 ერთ სახელს ემსახურება (PROXY_DOMAIN): Studio გაიხსნება მისამართზე %2, პაროლით, და არა %3-ზე.</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsPage</name>
    <message>
        <source>Set up &amp;HTTPS in front of the gateway</source>
        <translation>კარიბჭის წინ &amp;HTTPS-ის გამართვა</translation>
    </message>
    <message>
        <source>&amp;API name:</source>
        <translation>&amp;API-ის სახელი:</translation>
    </message>
    <message>
        <source>S&amp;tudio name:</source>
        <translation>S&amp;tudio-ს სახელი:</translation>
    </message>
    <message>
        <source>optional: studio.example.com</source>
        <translation>არასავალდებულო: studio.example.com</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;ელფოსტა:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>პროქსი:</translation>
    </message>
    <message>
        <source>Caddy obtains and renews the certificate itself; Debian packages it</source>
        <translation>Caddy სერტიფიკატს თავად იღებს და ანახლებს; Debian-ს მისი პაკეტი აქვს</translation>
    </message>
    <message>
        <source>&amp;Caddy (automatic HTTPS, renews itself)</source>
        <translation>&amp;Caddy (ავტომატური HTTPS, თავად ახლდება)</translation>
    </message>
    <message>
        <source>nginx serves HTTPS; certbot obtains the certificate and its timer renews it</source>
        <translation>nginx ემსახურება HTTPS-ს; certbot იღებს სერტიფიკატს, მისი ტაიმერი კი ანახლებს</translation>
    </message>
    <message>
        <source>&amp;nginx with certbot</source>
        <translation>&amp;nginx certbot-ით</translation>
    </message>
    <message>
        <source>Runs as:</source>
        <translation>მუშაობს როგორც:</translation>
    </message>
    <message>
        <source>Installed from the distribution&apos;s packages, with the configuration Supadesk writes</source>
        <translation>დაყენებულია დისტრიბუტივის პაკეტებიდან, Supadesk-ის დაწერილი კონფიგურაციით</translation>
    </message>
    <message>
        <source>Host &amp;package</source>
        <translation>ჰოსტის &amp;პაკეტი</translation>
    </message>
    <message>
        <source>Supabase&apos;s docker-compose.caddy.yml or docker-compose.nginx.yml, when the stack&apos;s directory has it</source>
        <translation>Supabase-ის docker-compose.caddy.yml ან docker-compose.nginx.yml, თუ ის სტეკის საქაღალდეშია</translation>
    </message>
    <message>
        <source>Compose &amp;service (Supabase&apos;s overlay)</source>
        <translation>Compose-ის &amp;სერვისი (Supabase-ის დანამატი)</translation>
    </message>
    <message>
        <source>Close from &amp;outside:</source>
        <translation>&amp;გარედან დახურვა:</translation>
    </message>
    <message>
        <source>Check that the names resolve to this server and that ports 80 and 443 are free or already the proxy&apos;s</source>
        <translation>შემოწმება, რომ სახელები ამ სერვერზე მიუთითებს და 80 და 443 პორტები თავისუფალია ან უკვე პროქსისაა</translation>
    </message>
    <message>
        <source>Chec&amp;k names and ports</source>
        <translation>სახელებისა და პორტების შემოწ&amp;მება</translation>
    </message>
    <message>
        <source>After apply: check the certificate, the redirect and the gateway through HTTPS from this computer</source>
        <translation>გამოყენების შემდეგ: სერტიფიკატის, გადამისამართებისა და კარიბჭის შემოწმება HTTPS-ით ამ კომპიუტერიდან</translation>
    </message>
    <message>
        <source>&amp;Verify HTTPS</source>
        <translation>HTTPS-ის &amp;დადასტურება</translation>
    </message>
    <message>
        <source>Proxy configuration:</source>
        <translation>პროქსის კონფიგურაცია:</translation>
    </message>
    <message>
        <source>Changes to the .env:</source>
        <translation>.env-ის ცვლილებები:</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS-ის გამართვა</translation>
    </message>
    <message>
        <source>A reverse proxy in front of the gateway serves HTTPS with a certificate that renews itself, redirects HTTP and passes Realtime&apos;s WebSockets on. Once HTTPS answers, the gateway&apos;s own ports are closed from outside and the .env&apos;s public addresses become https.</source>
        <translation>კარიბჭის წინ მდგომი უკუპროქსი HTTPS-ს ემსახურება სერტიფიკატით, რომელიც თავად ახლდება, HTTP-ს გადაამისამართებს და Realtime-ის WebSocket-ებს გადასცემს. როცა HTTPS უპასუხებს, კარიბჭის საკუთარი პორტები გარედან დაიხურება, .env-ის საჯარო მისამართები კი https გახდება.</translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535, separated by commas.</source>
        <translation>პორტები 1-დან 65535-მდე რიცხვებია, მძიმით გამოყოფილი.</translation>
    </message>
    <message>
        <source>Enter the public name to see the configuration.</source>
        <translation>კონფიგურაციის სანახავად შეიყვანეთ საჯარო სახელი.</translation>
    </message>
    <message>
        <source>Proxy configuration (%1):</source>
        <translation>პროქსის კონფიგურაცია (%1):</translation>
    </message>
    <message>
        <source>Supabase&apos;s %1 runs the proxy as a service of the stack; it is configured through the .env (PROXY_DOMAIN) below.</source>
        <translation>Supabase-ის %1 პროქსის სტეკის სერვისად უშვებს; მისი კონფიგურაცია ქვემოთ მოცემული .env-ით (PROXY_DOMAIN) ხდება.</translation>
    </message>
    <message>
        <source>Checking names and ports…</source>
        <translation>სახელებისა და პორტების შემოწმება…</translation>
    </message>
    <message>
        <source>Cannot check the server: %1</source>
        <translation>სერვერის შემოწმება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The names resolve to this server and ports 80 and 443 are free or the proxy&apos;s.</source>
        <translation>სახელები ამ სერვერზე მიუთითებს, 80 და 443 პორტები კი თავისუფალია ან პროქსისაა.</translation>
    </message>
    <message>
        <source>Verifying HTTPS from this computer…</source>
        <translation>HTTPS-ის დადასტურება ამ კომპიუტერიდან…</translation>
    </message>
    <message>
        <source>HTTPS works.</source>
        <translation>HTTPS მუშაობს.</translation>
    </message>
    <message>
        <source>Database in transit</source>
        <translation>მონაცემთა ბაზის ტრაფიკის დაშიფვრა</translation>
    </message>
    <message>
        <source>PostgreSQL accepts encrypted connections (ssl = on); Supadesk&apos;s own connections keep going through the SSH tunnel</source>
        <translation>PostgreSQL დაშიფრულ კავშირებს იღებს (ssl = on); Supadesk-ის საკუთარი კავშირები კვლავ SSH გვირაბით გადის</translation>
    </message>
    <message>
        <source>&amp;Encrypt database connections (SSL)</source>
        <translation>მონაცემთა ბაზასთან კავშირების &amp;დაშიფვრა (SSL)</translation>
    </message>
    <message>
        <source>Self-signed certificate, its fingerprint pinned by Supadesk</source>
        <translation>თვითხელმოწერილი სერტიფიკატი, მის ანაბეჭდს Supadesk იმახსოვრებს</translation>
    </message>
    <message>
        <source>Copied again after each renewal by a certbot deploy hook</source>
        <translation>ყოველი განახლების შემდეგ ხელახლა კოპირდება certbot-ის deploy hook-ით</translation>
    </message>
    <message>
        <source>The proxy&apos;s certificate (nginx and certbot)</source>
        <translation>პროქსის სერტიფიკატი (nginx და certbot)</translation>
    </message>
    <message>
        <source>pg_hba.conf: hostssl and scram-sha-256 for every rule of another address; the server&apos;s own and the containers&apos; rules stay</source>
        <translation>pg_hba.conf: hostssl და scram-sha-256 სხვა მისამართის ყოველი წესისთვის; სერვერის საკუთარი და კონტეინერების წესები რჩება</translation>
    </message>
    <message>
        <source>Require SSL from other addresses</source>
        <translation>SSL-ის მოთხოვნა სხვა მისამართებიდან</translation>
    </message>
    <message>
        <source>Every rule for other addresses already requires SSL.</source>
        <translation>სხვა მისამართების ყველა წესი უკვე SSL-ს მოითხოვს.</translation>
    </message>
    <message>
        <source>%1 is not reachable from this computer: verifying through the SSH tunnel…</source>
        <translation>%1 ამ კომპიუტერიდან მიუწვდომელია: დადასტურება SSH გვირაბით…</translation>
    </message>
    <message>
        <source>Checked through the SSH tunnel with the public name as SNI.</source>
        <translation>შემოწმდა SSH გვირაბით, საჯარო სახელით SNI-ში.</translation>
    </message>
    <message>
        <source>Basic auth at the proxy in front of Studio, besides the gateway&apos;s: Supadesk draws the password, the server hashes it, the keychain keeps it</source>
        <translation>Basic auth პროქსიზე Studio-ს წინ, შლუზის ავთენტიფიკაციის გარდა: პაროლს Supadesk ქმნის, სერვერი მის ჰეშს ითვლის, გასაღებების საცავი კი ინახავს</translation>
    </message>
    <message>
        <source>Extra &amp;password for Studio at the proxy</source>
        <translation>Studio-ს დამატებითი &amp;პაროლი პროქსიზე</translation>
    </message>
    <message>
        <source>Studio asks for the user %1 and a password kept in the keychain (entry %2 of this stack).</source>
        <translation>Studio მოითხოვს მომხმარებელს %1 და პაროლს, რომელიც გასაღებების საცავშია (ამ სტეკის ჩანაწერი %2).</translation>
    </message>
    <message>
        <source>Connect to the server first: it hashes Studio&apos;s new password.</source>
        <translation>ჯერ საჭიროა სერვერთან დაკავშირება: ის Studio-ს ახალი პაროლის ჰეშს ითვლის.</translation>
    </message>
    <message>
        <source>Not read: the server must be connected and its database container running.</source>
        <translation>არ არის წაკითხული: საჭიროა სერვერთან კავშირი და მონაცემთა ბაზის კონტეინერის გაშვება.</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsPreflight</name>
    <message>
        <source>Port %1 is taken by a program Supadesk cannot name (listing the owner needs root): stop it, or free the port, before the proxy takes it.</source>
        <translation>პორტი %1 დაკავებულია პროგრამით, რომლის სახელსაც Supadesk ვერ ადგენს (მფლობელის ნახვას root სჭირდება): გააჩერეთ ის ან გაათავისუფლეთ პორტი, სანამ პროქსი მას დაიკავებს.</translation>
    </message>
    <message>
        <source>Port %1 is taken by %2 (process %3): stop it, or free the port, before the proxy takes it.</source>
        <translation>პორტი %1 დაკავებულია პროგრამით %2 (პროცესი %3): გააჩერეთ ის ან გაათავისუფლეთ პორტი, სანამ პროქსი მას დაიკავებს.</translation>
    </message>
    <message>
        <source>%1 does not resolve: add an A (or AAAA) record pointing at %2, and wait for it to spread, before asking for a certificate.</source>
        <translation>%1-ის DNS ჩანაწერი ვერ მოიძებნა: დაამატეთ A (ან AAAA) ჩანაწერი, რომელიც %2-ზე მიუთითებს, და დაელოდეთ მის გავრცელებას, სანამ სერტიფიკატს მოითხოვთ.</translation>
    </message>
    <message>
        <source>%1 resolves to %2, which is not this server (%3): the certificate authority would ask that address for proof.</source>
        <translation>%1 მიუთითებს %2-ზე, რომელიც ეს სერვერი არ არის (%3): სერტიფიკატების ცენტრი დასტურს იმ მისამართს მოსთხოვდა.</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsProber</name>
    <message numerus="yes">
        <source>no TLS handshake within %n second(s)</source>
        <translation>
            <numerusform>TLS-ის ხელის ჩამორთმევა %n წმ-ში არ შედგა</numerusform>
            <numerusform>TLS-ის ხელის ჩამორთმევა %n წმ-ში არ შედგა</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no HTTP answer within %n second(s)</source>
        <translation>
            <numerusform>HTTP პასუხი %n წმ-ში არ მოვიდა</numerusform>
            <numerusform>HTTP პასუხი %n წმ-ში არ მოვიდა</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 არ პასუხობს: %2</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2%3 instead of redirecting to %4.</source>
        <translation>%1 პასუხობს HTTP %2%3 და არ გადამისამართებს %4-ზე.</translation>
    </message>
    <message>
        <source>No HTTPS connection to %1: %2</source>
        <translation>HTTPS კავშირი %1-თან ვერ დამყარდა: %2</translation>
    </message>
    <message>
        <source>No answer to the WebSocket upgrade at %1.</source>
        <translation>WebSocket-ზე გადართვის მოთხოვნას (%1) პასუხი არ მოჰყოლია.</translation>
    </message>
    <message>
        <source>The WebSocket upgrade at %1 was answered with HTTP %2, not 101 Switching Protocols.</source>
        <translation>WebSocket-ზე გადართვის მოთხოვნას (%1) HTTP %2 უპასუხეს და არა 101 Switching Protocols.</translation>
    </message>
    <message>
        <source>The WebSocket at %1 did not echo the message back.</source>
        <translation>WebSocket-მა (%1) შეტყობინება უკან არ დააბრუნა.</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsSetupPlanner</name>
    <message>
        <source>The stack&apos;s directory has no %1, so the proxy cannot run as a compose service there: choose the host package, or update the stack&apos;s docker directory.</source>
        <translation>სტეკის საქაღალდეში %1 არ არის, ამიტომ პროქსი იქ compose-ის სერვისად ვერ იმუშავებს: აირჩიეთ ჰოსტის პაკეტი ან განაახლეთ სტეკის docker საქაღალდე.</translation>
    </message>
    <message>
        <source>Ports are numbers from 1 to 65535.</source>
        <translation>პორტები 1-დან 65535-მდე რიცხვებია.</translation>
    </message>
    <message>
        <source>No change: the .env already holds the https addresses.</source>
        <translation>ცვლილება არ არის: .env-ში უკვე https მისამართებია.</translation>
    </message>
    <message>
        <source>Install %1 from the distribution&apos;s packages where it is missing (a rollback removes only what this step installed).</source>
        <translation>%1-ის დაყენება დისტრიბუტივის პაკეტებიდან, სადაც აკლია (დაბრუნება მხოლოდ იმას წაშლის, რაც ამ ნაბიჯმა დააყენა).</translation>
    </message>
    <message>
        <source>Write Caddy&apos;s configuration %1: HTTPS for %2 with certificates it obtains and renews itself, HTTP redirected, HSTS, TLS 1.2 or newer.</source>
        <translation>Caddy-ის კონფიგურაციის ჩაწერა %1: HTTPS %2-სთვის სერტიფიკატებით, რომლებსაც თავად იღებს და ანახლებს, HTTP გადამისამართებით, HSTS, TLS 1.2 ან უფრო ახალი.</translation>
    </message>
    <message>
        <source>Write nginx&apos;s site %1, first stage: the HTTP server that answers the certificate authority&apos;s challenge and redirects everything else.</source>
        <translation>nginx-ის საიტის ჩაწერა %1, პირველი ეტაპი: HTTP სერვერი, რომელიც სერტიფიკატის გამცემის გამოწვევას პასუხობს და დანარჩენს გადაამისამართებს.</translation>
    </message>
    <message>
        <source>Check the configuration with %1&apos;s own test, then reload it (or start it).</source>
        <translation>კონფიგურაციის შემოწმება %1-ის საკუთარი ტესტით, შემდეგ მისი ხელახლა ჩატვირთვა (ან გაშვება).</translation>
    </message>
    <message>
        <source>Obtain the certificate for %1 with certbot (webroot); Debian&apos;s certbot.timer renews it and reloads nginx. A rollback deletes a certificate this step obtained.</source>
        <translation>სერტიფიკატის მიღება %1-სთვის certbot-ით (webroot); Debian-ის certbot.timer მას ანახლებს და nginx-ს ხელახლა ჩატვირთავს. დაბრუნება წაშლის სერტიფიკატს, რომელიც ამ ნაბიჯმა მიიღო.</translation>
    </message>
    <message>
        <source>Write nginx&apos;s full site %1: HTTPS with the certificate, HTTP redirected, HSTS, TLS 1.2 or newer, WebSocket upgrade for Realtime, uploads up to FILE_SIZE_LIMIT.</source>
        <translation>nginx-ის სრული საიტის ჩაწერა %1: HTTPS სერტიფიკატით, HTTP გადამისამართებით, HSTS, TLS 1.2 ან უფრო ახალი, WebSocket-ის upgrade Realtime-ისთვის, ატვირთვები FILE_SIZE_LIMIT-მდე.</translation>
    </message>
    <message>
        <source>Check the full site with nginx&apos;s own test, then reload nginx.</source>
        <translation>სრული საიტის შემოწმება nginx-ის საკუთარი ტესტით, შემდეგ nginx-ის ხელახლა ჩატვირთვა.</translation>
    </message>
    <message>
        <source>Set %1 in the .env to the https addresses (%2); a backup of the .env is kept first.</source>
        <translation>.env-ში %1-ის https მისამართებზე (%2) დაყენება; ჯერ .env-ის სარეზერვო ასლი ინახება.</translation>
    </message>
    <message>
        <source>Recreate the services that read these addresses (`docker compose up -d`).</source>
        <translation>იმ სერვისების ხელახლა შექმნა, რომლებიც ამ მისამართებს კითხულობენ (`docker compose up -d`).</translation>
    </message>
    <message>
        <source>Start Supabase&apos;s %1 with the stack and recreate the services that read these addresses (`docker compose up -d`).</source>
        <translation>Supabase-ის %1-ის გაშვება სტეკთან ერთად და იმ სერვისების ხელახლა შექმნა, რომლებიც ამ მისამართებს კითხულობენ (`docker compose up -d`).</translation>
    </message>
    <message>
        <source>Wait until HTTPS answers on the server for every name with a trusted certificate (up to three minutes while the certificate is issued); until then the gateway&apos;s ports stay open.</source>
        <translation>ლოდინი, სანამ HTTPS სერვერზე ყველა სახელისთვის სანდო სერტიფიკატით უპასუხებს (სამ წუთამდე, სანამ სერტიფიკატი გაიცემა); მანამდე კარიბჭის პორტები ღია რჩება.</translation>
    </message>
    <message>
        <source>Close the gateway&apos;s ports %1 from outside in Docker&apos;s DOCKER-USER chain (Docker-published ports bypass ufw); the proxy still reaches them on this server.</source>
        <translation>კარიბჭის პორტების %1 გარედან დახურვა Docker-ის DOCKER-USER ჯაჭვში (Docker-ის გამოქვეყნებული პორტები ufw-ს გვერდს უვლის); პროქსი მათ ამ სერვერზე კვლავ მიწვდება.</translation>
    </message>
    <message>
        <source>Write Studio&apos;s extra password for nginx (%1: the user and the bcrypt hash; the password itself stays in the keychain).</source>
        <translation>Studio-ს დამატებითი პაროლის ჩაწერა nginx-ისთვის (%1: მომხმარებელი და bcrypt ჰეში; თავად პაროლი გასაღებების საცავში რჩება).</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsSiteCheck</name>
    <message>
        <source>Enter the public host name of the API.</source>
        <translation>მიუთითეთ API-ის საჯარო ჰოსტის სახელი.</translation>
    </message>
    <message>
        <source>„%1“ is not a host name a certificate can be issued for: use a full DNS name such as api.example.com (no address, no wildcard, no port).</source>
        <translation>„%1“ არ არის ჰოსტის სახელი, რომელზეც სერტიფიკატის გაცემა შეიძლება: გამოიყენეთ სრული DNS სახელი, მაგალითად api.example.com (მისამართის, wildcard-ისა და პორტის გარეშე).</translation>
    </message>
    <message>
        <source>„%1“ is not an e-mail address; the certificate authority sends expiry warnings to it.</source>
        <translation>„%1“ არ არის ელფოსტის მისამართი; სერტიფიკატების ცენტრი ვადის გასვლის გაფრთხილებებს მასზე აგზავნის.</translation>
    </message>
    <message>
        <source>Port %1 is out of range.</source>
        <translation>პორტი %1 დასაშვებ დიაპაზონს სცდება.</translation>
    </message>
    <message>
        <source>HTTP and HTTPS need two different ports.</source>
        <translation>HTTP-ს და HTTPS-ს ორი სხვადასხვა პორტი სჭირდება.</translation>
    </message>
    <message>
        <source>The upload size limit must be a positive number of bytes.</source>
        <translation>ატვირთვის ზომის ლიმიტი ბაიტების დადებითი რიცხვი უნდა იყოს.</translation>
    </message>
    <message>
        <source>Studio&apos;s user name may hold letters, digits, dots, hyphens and underscores.</source>
        <translation>Studio-ს მომხმარებლის სახელი შეიძლება შეიცავდეს ასოებს, ციფრებს, წერტილებს, დეფისებს და ქვედა ტირეებს.</translation>
    </message>
    <message>
        <source>Studio&apos;s password must be given as a bcrypt hash.</source>
        <translation>Studio-ს პაროლი bcrypt ჰეშის სახით უნდა იყოს მითითებული.</translation>
    </message>
    <message>
        <source>„%1“ is not an address to listen on.</source>
        <translation>„%1“ არ არის მისამართი, რომელზეც მოსმენა შეიძლება.</translation>
    </message>
</context>
<context>
    <name>supadesk::TlsVerifier</name>
    <message>
        <source>No TLS handshake with %1: %2</source>
        <translation>TLS-ის ხელის ჩამორთმევა %1-თან არ შედგა: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>%1-ის სერტიფიკატი სანდო არ არის: %2</translation>
    </message>
    <message>
        <source>The certificate does not name %1; it names %2.</source>
        <translation>სერტიფიკატში %1 არ არის დასახელებული; მასში დასახელებულია: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>%1-ის სერტიფიკატის ვადა %n დღეში იწურება.</numerusform>
            <numerusform>%1-ის სერტიფიკატის ვადა %n დღეში იწურება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate for %1 from %2, %3, valid for %n more day(s).</source>
        <translation>
            <numerusform>%1-ის სერტიფიკატი, გამცემი: %2, %3, მოქმედებს კიდევ %n დღე.</numerusform>
            <numerusform>%1-ის სერტიფიკატი, გამცემი: %2, %3, მოქმედებს კიდევ %n დღე.</numerusform>
        </translation>
    </message>
    <message>
        <source>http:// redirects to https://.</source>
        <translation>http:// გადამისამართდება https://-ზე.</translation>
    </message>
    <message>
        <source>%1 did not answer through HTTPS: %2</source>
        <translation>%1 HTTPS-ით არ პასუხობს: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 through HTTPS.</source>
        <translation>%1 HTTPS-ით პასუხობს HTTP %2-ით.</translation>
    </message>
    <message>
        <source>%1 answers through HTTPS.</source>
        <translation>%1 HTTPS-ით პასუხობს.</translation>
    </message>
    <message>
        <source>WebSocket upgrades reach the gateway.</source>
        <translation>WebSocket-ზე გადართვა შლუზამდე აღწევს.</translation>
    </message>
    <message>
        <source>Realtime&apos;s WebSocket upgrade is answered with 101 through HTTPS.</source>
        <translation>Realtime-ის WebSocket-ზე გადართვის მოთხოვნას HTTPS-ით 101 პასუხი მოჰყვა.</translation>
    </message>
</context>
<context>
    <name>supadesk::TuningPage</name>
    <message>
        <source>PostgreSQL tuning</source>
        <translation>PostgreSQL-ის მორგება</translation>
    </message>
    <message>
        <source>Memory, WAL, planner, autovacuum and logging settings computed from the host&apos;s size, its disks, the connections you expect and the kind of work. Each value shows its formula and why; they are applied with ALTER SYSTEM, so they survive re-creating the db container.</source>
        <translation>მეხსიერების, WAL-ის, დამგეგმავის, autovacuum-ისა და ჟურნალის პარამეტრები, გამოთვლილი ჰოსტის ზომის, დისკების, მოსალოდნელი კავშირებისა და სამუშაოს ტიპის მიხედვით. თითოეული მნიშვნელობა აჩვენებს ფორმულასა და მიზეზს; ისინი ALTER SYSTEM-ით გამოიყენება, ამიტომ db კონტეინერის ხელახლა შექმნასაც უძლებს.</translation>
    </message>
    <message>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM:</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPU:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;დისკი:</translation>
    </message>
    <message>
        <source>SSD / NVMe</source>
        <translation>SSD ან NVMe</translation>
    </message>
    <message>
        <source>HDD (rotational)</source>
        <translation>HDD (მბრუნავი)</translation>
    </message>
    <message>
        <source>Co&amp;nnections:</source>
        <translation>&amp;კავშირები:</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>&amp;დატვირთვა:</translation>
    </message>
    <message>
        <source>Web application</source>
        <translation>ვებ-აპლიკაცია</translation>
    </message>
    <message>
        <source>OLTP (many short transactions)</source>
        <translation>OLTP (ბევრი მოკლე ტრანზაქცია)</translation>
    </message>
    <message>
        <source>Analytics (few large queries)</source>
        <translation>ანალიტიკა (ცოტა დიდი მოთხოვნა)</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>შერეული</translation>
    </message>
    <message>
        <source>Read &amp;current values</source>
        <translation>&amp;მიმდინარე მნიშვნელობების წაკითხვა</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>პარამეტრი</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>რეკომენდებული</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>მიმდინარე</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>გადატვირთვა</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>ფორმულა</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>რატომ</translation>
    </message>
    <message>
        <source>Reading the current values through the tunnel…</source>
        <translation>მიმდინარე მნიშვნელობები გვირაბით იკითხება…</translation>
    </message>
    <message>
        <source>The current values could not be read: %1</source>
        <translation>მიმდინარე მნიშვნელობები ვერ წაიკითხა: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) change; some need a restart of the db container.</source>
        <translation>
            <numerusform>იცვლება %n პარამეტრი; ზოგიერთს db კონტეინერის გადატვირთვა სჭირდება.</numerusform>
            <numerusform>იცვლება %n პარამეტრი; ზოგიერთს db კონტეინერის გადატვირთვა სჭირდება.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) change; a reload is enough.</source>
        <translation>
            <numerusform>იცვლება %n პარამეტრი; საკმარისია კონფიგურაციის ხელახლა ჩატვირთვა.</numerusform>
            <numerusform>იცვლება %n პარამეტრი; საკმარისია კონფიგურაციის ხელახლა ჩატვირთვა.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect the stack to compare with the values the server runs with now.</source>
        <translation>დაუკავშირდით სტეკს, რომ შეადაროთ სერვერის ამჟამინდელ მნიშვნელობებს.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>დიახ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>არა</translation>
    </message>
    <message>
        <source>Select a setting to read its formula and reason in full.</source>
        <translation>აირჩიეთ პარამეტრი, რომ მისი ფორმულა და მიზეზი სრულად წაიკითხოთ.</translation>
    </message>
    <message>
        <source>Formula: %1</source>
        <translation>ფორმულა: %1</translation>
    </message>
    <message>
        <source>The server runs with %1 now.</source>
        <translation>სერვერი ახლა %1-ით მუშაობს.</translation>
    </message>
    <message>
        <source>The server already runs with this value.</source>
        <translation>სერვერი უკვე ამ მნიშვნელობით მუშაობს.</translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeProbeInstallPlan</name>
    <message>
        <source>The server did not say which user Supadesk logs in as.</source>
        <translation>სერვერმა არ გვაცნობა, რომელი მომხმარებლით შედის Supadesk.</translation>
    </message>
    <message>
        <source>Create the probe&apos;s directories</source>
        <translation>ზონდის საქაღალდეების შექმნა</translation>
    </message>
    <message>
        <source>Install the probe script at %1</source>
        <translation>ზონდის სკრიპტის დაყენება: %1</translation>
    </message>
    <message>
        <source>Write the probe&apos;s settings to %1</source>
        <translation>ზონდის პარამეტრების ჩაწერა: %1</translation>
    </message>
    <message>
        <source>Install the systemd service at %1</source>
        <translation>systemd-ის სერვისის დაყენება: %1</translation>
    </message>
    <message>
        <source>Install the systemd timer at %1</source>
        <translation>systemd-ის ტაიმერის დაყენება: %1</translation>
    </message>
    <message>
        <source>Remove a cron entry of an earlier installation</source>
        <translation>წინა დაყენების cron-ის ჩანაწერის წაშლა</translation>
    </message>
    <message>
        <source>Reload systemd</source>
        <translation>systemd-ის თავიდან ჩატვირთვა</translation>
    </message>
    <message>
        <source>Enable and start the timer</source>
        <translation>ტაიმერის ჩართვა და გაშვება</translation>
    </message>
    <message>
        <source>Run the probe once</source>
        <translation>ზონდის ერთხელ გაშვება</translation>
    </message>
    <message>
        <source>Install the cron entry at %1</source>
        <translation>cron-ის ჩანაწერის დაყენება: %1</translation>
    </message>
    <message>
        <source>Stop and disable the timer</source>
        <translation>ტაიმერის გაჩერება და გამორთვა</translation>
    </message>
    <message>
        <source>Remove the probe&apos;s files</source>
        <translation>ზონდის ფაილების წაშლა</translation>
    </message>
    <message>
        <source>The probe&apos;s log in %1 stays, so the history already recorded is kept.</source>
        <translation>ზონდის ჟურნალი %1-ში რჩება, ასე რომ უკვე ჩაწერილი ისტორია შენარჩუნდება.</translation>
    </message>
    <message>
        <source>The probe runs every minute and appends one line per check to a monthly log in %1.</source>
        <translation>ზონდი ყოველ წუთს ეშვება და თითო შემოწმებაზე თითო სტრიქონს ამატებს თვიურ ჟურნალში, საქაღალდეში %1.</translation>
    </message>
    <message numerus="yes">
        <source>The probe runs every %n minute(s) and appends one line per check to a monthly log in %1.</source>
        <translation>
            <numerusform>ზონდი ყოველ %n წუთში ეშვება და თითო შემოწმებაზე თითო სტრიქონს ამატებს თვიურ ჟურნალში, საქაღალდეში %1.</numerusform>
            <numerusform>ზონდი ყოველ %n წუთში ეშვება და თითო შემოწმებაზე თითო სტრიქონს ამატებს თვიურ ჟურნალში, საქაღალდეში %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The commands run as root through “sudo -n”.</source>
        <translation>ბრძანებები root-ის უფლებით სრულდება „sudo -n“-ის მეშვეობით.</translation>
    </message>
    <message numerus="yes">
        <source>The probe runs every %n second(s) and appends one line per check to a monthly log in %1.</source>
        <translation>
            <numerusform>ზონდი ყოველ %n წამში ეშვება და თითო შემოწმებაზე თითო სტრიქონს ამატებს თვიურ ჟურნალში, საქაღალდეში %1.</numerusform>
            <numerusform>ზონდი ყოველ %n წამში ეშვება და თითო შემოწმებაზე თითო სტრიქონს ამატებს თვიურ ჟურნალში, საქაღალდეში %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without systemd the probe runs from cron, which starts jobs only in whole minutes: every %n minute(s) instead of every %1 seconds.</source>
        <translation>
            <numerusform>systemd-ის გარეშე ზონდს cron უშვებს, რომელიც ამოცანებს მხოლოდ მთელ წუთებში უშვებს: ყოველ %n წუთში, ყოველი %1 წამის ნაცვლად.</numerusform>
            <numerusform>systemd-ის გარეშე ზონდს cron უშვებს, რომელიც ამოცანებს მხოლოდ მთელ წუთებში უშვებს: ყოველ %n წუთში, ყოველი %1 წამის ნაცვლად.</numerusform>
        </translation>
    </message>
    <message>
        <source>The uptime probe needs curl on the server, and it is not installed there. Install it (on Debian or Ubuntu: apt-get install curl), then try again. Nothing was changed on the server.</source>
        <translation>ხელმისაწვდომობის ზონდს სერვერზე curl სჭირდება, ის კი იქ დაყენებული არ არის. დააყენეთ იგი (Debian-სა და Ubuntu-ზე: apt-get install curl) და სცადეთ ხელახლა. სერვერზე არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>Install the alerter at %1</source>
        <translation>განგაშის გამგზავნის დაყენება: %1</translation>
    </message>
    <message>
        <source>Write the alert rules and channels to %1</source>
        <translation>განგაშის წესებისა და არხების ჩაწერა: %1</translation>
    </message>
    <message>
        <source>Write the channels&apos; secrets to %1 (readable by root only)</source>
        <translation>არხების საიდუმლოების ჩაწერა: %1 (წაკითხვა მხოლოდ root-ს შეუძლია)</translation>
    </message>
    <message>
        <source>Check that the alerter is installed at %1</source>
        <translation>შემოწმება, რომ განგაშის გამგზავნი დაყენებულია: %1</translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeProbeInstaller</name>
    <message>
        <source>The probe file %1 is missing from this build of Supadesk.</source>
        <translation>ზონდის ფაილი %1 Supadesk-ის ამ ანაწყობში არ არის.</translation>
    </message>
    <message>
        <source>The probe is being installed already.</source>
        <translation>ზონდი უკვე ყენდება.</translation>
    </message>
    <message>
        <source>Connect the stack first.</source>
        <translation>ჯერ სტეკს დაუკავშირდით.</translation>
    </message>
    <message>
        <source>Supadesk logs in to this server as “%1”, which is not root, and sudo asks that user for a password. Allow “%1” to run sudo without a password (a NOPASSWD line in /etc/sudoers.d), or log in as root, then try again. Nothing was changed on the server.</source>
        <translation>Supadesk ამ სერვერზე შედის როგორც „%1“, რომელიც root არ არის, და sudo ამ მომხმარებელს პაროლს სთხოვს. მიეცით „%1“-ს sudo-ს პაროლის გარეშე გაშვების უფლება (NOPASSWD სტრიქონი /etc/sudoers.d-ში) ან შედით root-ად და სცადეთ თავიდან. სერვერზე არაფერი შეცვლილა.</translation>
    </message>
    <message>
        <source>There is nothing to install yet.</source>
        <translation>დასაყენებელი ჯერ არაფერია.</translation>
    </message>
    <message>
        <source>No scratch directory could be made on the server: %1</source>
        <translation>სერვერზე დროებითი საქაღალდის შექმნა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>The connection to the stack was closed.</source>
        <translation>სტეკთან კავშირი დაიხურა.</translation>
    </message>
    <message>
        <source>Stopped before “%1”; the steps before it were done.</source>
        <translation>შეჩერდა „%1“-მდე; მანამდე არსებული ნაბიჯები შესრულდა.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ ვერ შესრულდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeReportCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeReportPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1-ში ჩაწერა ვერ მოხერხდა: %2</translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeText</name>
    <message>
        <source>Target %1</source>
        <translation>მიზანი %1</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>მიზანი მიღწეულია</translation>
    </message>
    <message>
        <source>Slightly below target</source>
        <translation>მიზანზე ოდნავ დაბალი</translation>
    </message>
    <message>
        <source>Well below target</source>
        <translation>მიზანზე საგრძნობლად ნაკლები</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>მონაცემები არ არის</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 მწმ</translation>
    </message>
    <message>
        <source>p50 (median)</source>
        <translation>p50 (მედიანა)</translation>
    </message>
    <message>
        <source>Uptime report · %1</source>
        <translation>ხელმისაწვდომობის ანგარიში · %1</translation>
    </message>
    <message>
        <source>Generated by Supadesk on %1</source>
        <translation>შექმნილია Supadesk-ით: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>გვერდი %1 / %2</translation>
    </message>
    <message>
        <source>Uptime report</source>
        <translation>ხელმისაწვდომობის ანგარიში</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3)</source>
        <translation>პერიოდი: %1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) · generated on %1</source>
        <translation>
            <numerusform>%n სტეკი · შექმნილია: %1</numerusform>
            <numerusform>%n სტეკი · შექმნილია: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>მიმოხილვა</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>სტეკი</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>ხელმისაწვდომობა</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>მიზანი</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>გათიშვის დრო</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ინციდენტები</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>ბიუჯეტის ნაშთი</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>შედეგი</translation>
    </message>
    <message>
        <source>Availability is the share of the month the whole stack answered its probes (database, gateway and its services), leaving out declared maintenance. The error budget is the downtime the target allows.</source>
        <translation>ხელმისაწვდომობა არის თვის ის წილი, როცა მთელი სტეკი (მონაცემთა ბაზა, შლუზი და მისი სერვისები) პასუხობდა ზონდებს, გამოცხადებული ტექნიკური მომსახურების გარეშე. შეცდომის ბიუჯეტი არის გათიშვის დრო, რომელსაც მიზანი უშვებს.</translation>
    </message>
    <message>
        <source>Availability by day</source>
        <translation>ხელმისაწვდომობა დღეების მიხედვით</translation>
    </message>
    <message>
        <source>No incidents this month.</source>
        <translation>ამ თვეში ინციდენტები არ ყოფილა.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>დასაწყისი</translation>
    </message>
    <message>
        <source>End</source>
        <translation>დასასრული</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ხანგრძლივობა</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>კომპონენტები</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>მიზეზი</translation>
    </message>
    <message>
        <source>No probe results: the server or its probe was down</source>
        <translation>შემოწმების შედეგები არ არის: სერვერი ან მისი ზონდი გათიშული იყო</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>მიზეზი არ არის ჩაწერილი</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>მიღწეულია</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>ვერ მიღწეულა</translation>
    </message>
    <message>
        <source>There are no availability figures for %1 in %2: Supadesk holds no probe results of this stack for the month.</source>
        <translation>%1-ის ხელმისაწვდომობის მონაცემები პერიოდისთვის %2 არ არის: Supadesk-ს ამ თვისთვის ამ სტეკის ზონდის შედეგები არ აქვს.</translation>
    </message>
    <message>
        <source>In %1, %2 was available %3 of the time against a target of %4: the target was met.</source>
        <translation>%1: %2-ის ხელმისაწვდომობა — %3 (მიზანი: %4); მიზანი მიღწეულია.</translation>
    </message>
    <message>
        <source>In %1, %2 was available %3 of the time against a target of %4: the target was missed.</source>
        <translation>%1: %2-ის ხელმისაწვდომობა — %3 (მიზანი: %4); მიზანი ვერ იქნა მიღწეული.</translation>
    </message>
    <message>
        <source>There were no incidents.</source>
        <translation>ინციდენტები არ ყოფილა.</translation>
    </message>
    <message numerus="yes">
        <source>There were %n incident(s) with %1 of downtime in total; the longest began on %2 and lasted %3 (%4).</source>
        <translation>
            <numerusform>მოხდა %n ინციდენტი, ჯამში %1 გათიშვით; ყველაზე ხანგრძლივი დაიწყო: %2, გაგრძელდა: %3 (%4).</numerusform>
            <numerusform>მოხდა %n ინციდენტი, ჯამში %1 გათიშვით; ყველაზე ხანგრძლივი დაიწყო: %2, გაგრძელდა: %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the month&apos;s error budget of %2 remain.</source>
        <translation>თვის %2 შეცდომის ბიუჯეტიდან დარჩა %1.</translation>
    </message>
    <message>
        <source>The month&apos;s error budget of %1 was exceeded by %2.</source>
        <translation>თვის %1 შეცდომის ბიუჯეტი გადაჭარბებულია %2-ით.</translation>
    </message>
    <message>
        <source>Declared maintenance of %1 is not counted.</source>
        <translation>გამოცხადებული ტექნიკური მომსახურება (%1) არ ითვლება.</translation>
    </message>
    <message>
        <source>For %1 the server&apos;s own probe recorded nothing; that time counts as downtime.</source>
        <translation>%1-ის განმავლობაში სერვერის საკუთარ ზონდს არაფერი ჩაუწერია; ეს დრო გათიშვად ითვლება.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 წთ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>განგაშები</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>წესი</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>ამოქმედდა</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>მოგვარდა</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>ვის ეცნობა</translation>
    </message>
    <message>
        <source>still firing</source>
        <translation>ჯერ კიდევ აქტიურია</translation>
    </message>
</context>
<context>
    <name>supadesk::UptimeWorkspace</name>
    <message>
        <source>The target must be above 0% and below 100%.</source>
        <translation>მიზანი უნდა იყოს 0%-ზე მეტი და 100%-ზე ნაკლები.</translation>
    </message>
    <message>
        <source>Connect the stack first (Ctrl+K).</source>
        <translation>ჯერ დააკავშირეთ სტეკი (Ctrl+K).</translation>
    </message>
    <message>
        <source>The server&apos;s probe log was pulled.</source>
        <translation>სერვერის ზონდის ჟურნალი ჩამოტვირთულია.</translation>
    </message>
    <message>
        <source>Pulling the probe log failed: %1</source>
        <translation>ზონდის ჟურნალის ჩამოტვირთვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>ხელმისაწვდომობა</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>ჩვენება:</translation>
    </message>
    <message>
        <source>Selected stack</source>
        <translation>არჩეული სტეკი</translation>
    </message>
    <message>
        <source>All stacks</source>
        <translation>ყველა სტეკი</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>თვე:</translation>
    </message>
    <message>
        <source>SLA target:</source>
        <translation>SLA მიზანი:</translation>
    </message>
    <message>
        <source>The availability this stack should reach each month. Downtime up to what the target allows is the month&apos;s error budget.</source>
        <translation>ხელმისაწვდომობა, რომელსაც ეს სტეკი ყოველთვიურად უნდა აღწევდეს. გათიშვის დრო, რამდენსაც მიზანი უშვებს, თვის შეცდომის ბიუჯეტია.</translation>
    </message>
    <message>
        <source>Pull now</source>
        <translation>ახლავე ჩამოტვირთვა</translation>
    </message>
    <message>
        <source>Fetch the new lines of the server&apos;s probe log now (F5).</source>
        <translation>სერვერის ზონდის ჟურნალის ახალი სტრიქონების ახლავე ჩამოტვირთვა (F5).</translation>
    </message>
    <message>
        <source>Install probe on server…</source>
        <translation>ზონდის დაყენება სერვერზე…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>ანგარიშის ექსპორტი…</translation>
    </message>
    <message>
        <source>Write a month&apos;s uptime report as PDF and CSV (Ctrl+Shift+R).</source>
        <translation>თვის ხელმისაწვდომობის ანგარიშის ჩაწერა PDF და CSV ფორმატში (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>ბოლო 24 საათი</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>ბოლო 7 დღე</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>ბოლო 30 დღე</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>ბოლო 90 დღე</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>თვე</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>ბიუჯეტის ნაშთი</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ინციდენტები</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>პასუხის დრო</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>ტექნიკური მომსახურება</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>დასაწყისი</translation>
    </message>
    <message>
        <source>End</source>
        <translation>დასასრული</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ხანგრძლივობა</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>შენიშვნა</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>დამატება…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>წაშლა…</translation>
    </message>
    <message>
        <source>Some figures could not be read: %1</source>
        <translation>ზოგიერთი მონაცემის წაკითხვა ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Add a stack to see its uptime.</source>
        <translation>დაამატეთ სტეკი მისი ხელმისაწვდომობის სანახავად.</translation>
    </message>
    <message numerus="yes">
        <source>%n stack(s) missed their target in %1; the worst are listed first.</source>
        <translation>
            <numerusform>%1: მიზანს ვერ მიაღწია %n სტეკმა; ყველაზე ცუდი შედეგები სიის თავშია.</numerusform>
            <numerusform>%1: მიზანს ვერ მიაღწია %n სტეკმა; ყველაზე ცუდი შედეგები სიის თავშია.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a stack in the list on the left, or show all stacks.</source>
        <translation>აირჩიეთ სტეკი მარცხენა სიაში, ან აჩვენეთ ყველა სტეკი.</translation>
    </message>
    <message>
        <source>The uptime history of “%1” could not be read: %2</source>
        <translation>„%1“-ის ხელმისაწვდომობის ისტორიის წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n ინციდენტი</numerusform>
            <numerusform>%n ინციდენტი</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 allowed</source>
        <translation>დასაშვები %1-დან</translation>
    </message>
    <message>
        <source>Availability by day, %1 (%2)</source>
        <translation>ხელმისაწვდომობა დღეების მიხედვით, %1 (%2)</translation>
    </message>
    <message>
        <source>Downtime inside these windows is not counted against the target.</source>
        <translation>ამ ფანჯრებში მომხდარი გათიშვა მიზანში არ ითვლება.</translation>
    </message>
    <message>
        <source>No uptime history for “%1” in %2 yet. Install the probe on the server so it records availability every minute, even while Supadesk is closed.</source>
        <translation>„%1“-ის ხელმისაწვდომობის ისტორია პერიოდისთვის %2 ჯერ არ არის. დააყენეთ ზონდი სერვერზე, რომ ხელმისაწვდომობა ყოველ წუთს ჩაიწეროს, მაშინაც კი, როცა Supadesk დახურულია.</translation>
    </message>
    <message>
        <source>No uptime history for “%1” in %2 yet.</source>
        <translation>„%1“-ის ხელმისაწვდომობის ისტორია პერიოდისთვის %2 ჯერ არ არის.</translation>
    </message>
    <message>
        <source>“%1” meets its target of %2 in %3.</source>
        <translation>%3: „%1“ მიზანს (%2) აღწევს.</translation>
    </message>
    <message>
        <source>“%1” is below its target of %2 in %3.</source>
        <translation>%3: „%1“ მიზანს (%2) ვერ აღწევს.</translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>ტექნიკური მომსახურების ფანჯრის წაშლა</translation>
    </message>
    <message>
        <source>Remove the maintenance window from %1 to %2? Downtime in that time will count against the target again.</source>
        <translation>წაიშალოს ტექნიკური მომსახურების ფანჯარა %1-დან %2-მდე? ამ დროის გათიშვა კვლავ ჩაითვლება მიზანში.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>წაშლა</translation>
    </message>
    <message>
        <source>Pulling the probe log of “%1”…</source>
        <translation>მიმდინარეობს „%1“-ის ზონდის ჟურნალის ჩამოტვირთვა…</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>ანგარიში არ ჩაიწერა</translation>
    </message>
    <message>
        <source>Report written to %1 and %2.</source>
        <translation>ანგარიში ჩაიწერა: %1 და %2.</translation>
    </message>
    <message>
        <source>The %1 translation could not be loaded.</source>
        <translation>თარგმანის (%1) ჩატვირთვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Computing the report…</source>
        <translation>მიმდინარეობს ანგარიშის გამოთვლა…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>ანგარიში გაუქმდა.</translation>
    </message>
    <message>
        <source>The figures of “%1” could not be read: %2</source>
        <translation>„%1“-ის მონაცემების წაკითხვა ვერ მოხერხდა: %2</translation>
    </message>
    <message>
        <source>Choose at least one stack for the report.</source>
        <translation>ანგარიშისთვის აირჩიეთ ერთი სტეკი მაინც.</translation>
    </message>
    <message>
        <source>Supadesk does not probe auth, rest, realtime and storage of “%1” itself: the keychain holds no anon key for this stack, and Kong refuses those routes without it. The Setup wizard stores the key; the server&apos;s probe reads it from the stack&apos;s .env.</source>
        <translation>Supadesk თავად არ ამოწმებს „%1“-ის auth-ს, rest-ს, realtime-სა და storage-ს: გასაღებების საცავში ამ სტეკის anon გასაღები არ არის, მის გარეშე კი Kong ამ მარშრუტებს უარყოფს. გასაღებს გამართვის ოსტატი ინახავს; სერვერის ზონდი მას სტეკის .env ფაილიდან კითხულობს.</translation>
    </message>
    <message>
        <source>Supadesk does not probe auth, rest, realtime and storage of “%1” itself: the keychain could not be read (%2).</source>
        <translation>Supadesk თავად არ ამოწმებს „%1“-ის auth-ს, rest-ს, realtime-სა და storage-ს: გასაღებების საცავის წაკითხვა ვერ მოხერხდა (%2).</translation>
    </message>
    <message>
        <source>Supadesk does not probe auth, rest, realtime and storage of “%1” itself; the server&apos;s probe does.</source>
        <translation>Supadesk თავად არ ამოწმებს „%1“-ის auth-ს, rest-ს, realtime-სა და storage-ს; ამას სერვერის ზონდი აკეთებს.</translation>
    </message>
    <message>
        <source>Remove probe from server…</source>
        <translation>ზონდის წაშლა სერვერიდან…</translation>
    </message>
    <message>
        <source>Stop the server&apos;s probe and remove its files; the log it wrote stays.</source>
        <translation>სერვერის ზონდის გაჩერება და მისი ფაილების წაშლა; მის მიერ ჩაწერილი ჟურნალი რჩება.</translation>
    </message>
    <message>
        <source>The uptime probe was not installed on “%1”: %2</source>
        <translation>ხელმისაწვდომობის ზონდი „%1“-ზე არ დაყენდა: %2</translation>
    </message>
    <message>
        <source>The uptime probe was not removed from “%1”: %2</source>
        <translation>ხელმისაწვდომობის ზონდი „%1“-დან არ წაიშალა: %2</translation>
    </message>
    <message>
        <source>The uptime probe was removed from “%1”; its log stays on the server.</source>
        <translation>ხელმისაწვდომობის ზონდი წაიშალა „%1“-დან; მისი ჟურნალი სერვერზე რჩება.</translation>
    </message>
    <message>
        <source>The uptime probe is installed on “%1”.</source>
        <translation>ხელმისაწვდომობის ზონდი დაყენებულია „%1“-ზე.</translation>
    </message>
    <message>
        <source>These probe settings are out of range.</source>
        <translation>ზონდის ეს პარამეტრები დასაშვებ ფარგლებს სცდება.</translation>
    </message>
    <message>
        <source>How often this stack is probed: by Supadesk while it is open, and by the server&apos;s probe when it is installed again (cron there runs only in whole minutes). Applies from the next round.</source>
        <translation>რამდენად ხშირად მოწმდება ეს სტეკი: Supadesk-ის მიერ, სანამ ის გახსნილია, და სერვერის ზონდის მიერ, როცა მას ხელახლა დააყენებთ (იქ cron მხოლოდ მთელ წუთებში ეშვება). გამოიყენება შემდეგი შემოწმებიდან.</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>ზონდის გაშვება ყოველ</translation>
    </message>
    <message>
        <source>s</source>
        <translation>წმ</translation>
    </message>
    <message>
        <source>A component counts as down only after this many failed probes in a row; a shorter run is a blip and counts as up. Changing it recomputes this stack&apos;s history.</source>
        <translation>კომპონენტი გათიშულად ითვლება მხოლოდ ზონდის ამდენი ზედიზედ წარუმატებელი შემოწმების შემდეგ; უფრო მოკლე სერია მოკლევადიან შეფერხებად ითვლება და ხელმისაწვდომად აღირიცხება. ცვლილება ამ სტეკის ისტორიას თავიდან გამოითვლის.</translation>
    </message>
    <message>
        <source>Down after</source>
        <translation>გათიშვა</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>ჩავარდნაზე</translation>
    </message>
    <message>
        <source>Install the small script and timer that record this stack&apos;s availability at its probe interval on the server itself, even while Supadesk is closed.</source>
        <translation>პატარა სკრიპტისა და ტაიმერის დაყენება, რომლებიც ამ სტეკის ხელმისაწვდომობას მისი ზონდის ინტერვალით თავად სერვერზე იწერენ, მაშინაც კი, როცა Supadesk დახურულია.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now probed every %2 s and counts as down after %n failure(s) in a row, from the next round on.</source>
        <translation>
            <numerusform>„%1“ შემდეგი შემოწმებიდან მოწმდება ყოველ %2 წამში და გათიშულად ითვლება %n ზედიზედ ჩავარდნის შემდეგ.</numerusform>
            <numerusform>„%1“ შემდეგი შემოწმებიდან მოწმდება ყოველ %2 წამში და გათიშულად ითვლება %n ზედიზედ ჩავარდნის შემდეგ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts…</source>
        <translation>განგაშები…</translation>
    </message>
    <message>
        <source>The rules that alert about this stack and the channels that carry the alerts (webhook, Slack, Telegram, e-mail), sent by the server&apos;s probe.</source>
        <translation>წესები, რომლებიც ამ სტეკზე განგაშს იწვევს, და არხები, რომლებიც განგაშებს ატარებს (ვებჰუკი, Slack, Telegram, ელფოსტა); მათ სერვერის ზონდი აგზავნის.</translation>
    </message>
    <message>
        <source>The alerts of “%1” cannot be installed: %2</source>
        <translation>„%1“-ის განგაშების დაყენება ვერ ხერხდება: %2</translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer; install the probe to send them from the server.</source>
        <translation>„%1“-ის განგაშები შენახულია ამ კომპიუტერზე; დააყენეთ ზონდი, რომ ისინი სერვერიდან გაიგზავნოს.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>განგაშები</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>წესი</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>ამოქმედდა</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>მოგვარდა</translation>
    </message>
    <message>
        <source>Told</source>
        <translation>ვის ეცნობა</translation>
    </message>
    <message>
        <source>still firing</source>
        <translation>ჯერ კიდევ აქტიურია</translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer but cannot be sent to the server: %2</source>
        <translation>„%1“-ის განგაშები შენახულია ამ კომპიუტერზე, მაგრამ სერვერზე ვერ გაიგზავნება: %2</translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer; the server keeps its settings until the stack is connected and they are saved again.</source>
        <translation>„%1“-ის განგაშები შენახულია ამ კომპიუტერზე; სერვერი ძველ პარამეტრებს ინარჩუნებს, სანამ სტეკი არ დაუკავშირდება და ისინი ხელახლა არ შეინახება.</translation>
    </message>
    <message>
        <source>The alerts of “%1” are saved on this computer; the server&apos;s alerter was not updated: %2</source>
        <translation>„%1“-ის განგაშები შენახულია ამ კომპიუტერზე; სერვერის განგაშის გამგზავნი არ განახლდა: %2</translation>
    </message>
    <message>
        <source>The alerts of “%1” are in force on the server.</source>
        <translation>„%1“-ის განგაშები სერვერზე ამოქმედდა.</translation>
    </message>
    <message>
        <source>The alerts of “%1” are in force on the server; the previous settings are kept as %2.</source>
        <translation>„%1“-ის განგაშები სერვერზე ამოქმედდა; წინა პარამეტრები შენახულია აქ: %2.</translation>
    </message>
</context>
</TS>
