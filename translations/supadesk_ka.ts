<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ka_GE" sourcelanguage="en_US">
<context>
    <name>AvailabilityCalculator</name>
    <message>
        <source>No probe results</source>
        <translation>შემოწმების შედეგები არ არის</translation>
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
        <source>Run a command on a stack's server over SSH</source>
        <translation>ბრძანების გაშვება სტეკის სერვერზე SSH-ით</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>კვანძები: %1</translation>
    </message>
    <message>
        <source>Total time: %1 ms</source>
        <translation>სულ დრო: %1 მწ</translation>
    </message>
    <message>
        <source>The plan has no timing (EXPLAIN without ANALYZE); nodes are ranked by cost.</source>
        <translation>გეგმაში დრო არ არის (EXPLAIN ANALYZE-ის გარეშე); კვანძები ღირებულებით არის დალაგებული.</translation>
    </message>
    <message>
        <source>Execution time: %1 ms</source>
        <translation>შესრულების დრო: %1 მწ</translation>
    </message>
    <message>
        <source>Planning time: %1 ms</source>
        <translation>დაგეგმვის დრო: %1 მწ</translation>
    </message>
    <message>
        <source>Triggers: %1, together %2 ms</source>
        <translation>ტრიგერები: %1, ჯამში %2 მწ</translation>
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
        <translation>შენიშვნები არ არის.</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>შენიშვნები:</translation>
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
        <source>The server's .env to edit in place (comments and other keys are kept).</source>
        <translation>სერვერის .env, რომელიც ადგილზე ჩასწორდება (კომენტარები და სხვა გასაღებები რჩება).</translation>
    </message>
    <message>
        <source>Replace every secret, not only example, weak or broken ones.</source>
        <translation>ყველა საიდუმლოების შეცვლა და არა მხოლოდ სანიმუშო, სუსტი ან გაუმართავი მნიშვნელობების.</translation>
    </message>
    <message>
        <source>The server's current shared_preload_libraries (comma-separated), to extend instead of merging on the server.</source>
        <translation>სერვერის ამჟამინდელი shared_preload_libraries (მძიმით გამოყოფილი), რომ სია აქ გაფართოვდეს და არა სერვერზე შერწყმით.</translation>
    </message>
    <message>
        <source>Directory inside the db container for WAL archiving (PITR).</source>
        <translation>საქაღალდე db კონტეინერში WAL-ის დაარქივებისთვის (PITR).</translation>
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
        <translation>.env, ხაზი %1: %2</translation>
    </message>
    <message>
        <source>New secrets: %1</source>
        <translation>ახალი საიდუმლოებები: %1</translation>
    </message>
    <message>
        <source>Write a setup bundle: tuning, secrets, pooler, firewall, backups</source>
        <translation>დაყენების პაკეტის ჩაწერა: ოპტიმიზაცია, საიდუმლოებები, პულერი, ფაიერვოლი, სარეზერვო ასლები</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI, e.g. postgresql://postgres@127.0.0.1:5432/postgres.</source>
        <translation>PostgreSQL-თან დაკავშირების URI, მაგ. postgresql://postgres@127.0.0.1:5432/postgres.</translation>
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
        <source>Usage: supadesk-cli stats --dsn postgresql://USER@HOST:PORT/DB [--interval S] [--count N] [--json]</source>
        <translation>გამოყენება: supadesk-cli stats --dsn postgresql://USER@HOST:PORT/DB [--interval S] [--count N] [--json]</translation>
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
        <translation>მონაცემთა ბაზის მიმდინარე სტატისტიკის აღება</translation>
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
        <source>Uptime for %1 (%2), target %3%</source>
        <translation>ხელმისაწვდომობა: %1 (%2), სამიზნე %3%</translation>
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
        <translation>p50 მწ</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 მწ</translation>
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
        <translation>დამატებითი შემოწმების ჟურნალები.</translation>
    </message>
    <message>
        <source>A probe log (YYYY-MM.log); may be repeated.</source>
        <translation>შემოწმების ჟურნალი (YYYY-MM.log); შეიძლება რამდენჯერმე მიეთითოს.</translation>
    </message>
    <message>
        <source>The month to report, e.g. 2026-11.</source>
        <translation>საანგარიშო თვე, მაგ. 2026-11.</translation>
    </message>
    <message>
        <source>Time zone of the report's month and days (default: this computer's).</source>
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
        <translation>წამები შემოწმებებს შორის.</translation>
    </message>
    <message>
        <source>A maintenance window START/END (ISO 8601); may be repeated.</source>
        <translation>ტექნიკური მომსახურების ფანჯარა START/END (ISO 8601); შეიძლება რამდენჯერმე მიეთითოს.</translation>
    </message>
    <message>
        <source>How time without probe results counts: down or exclude.</source>
        <translation>როგორ ჩაითვალოს დრო შემოწმების შედეგების გარეშე: down (გათიშვად) ან exclude (არ ჩაითვალოს).</translation>
    </message>
    <message>
        <source>Usage: supadesk-cli uptime --log FILE... --month YYYY-MM [--time-zone ZONE] [--target PERCENT] [--json]</source>
        <translation>გამოყენება: supadesk-cli uptime --log FILE... --month YYYY-MM [--time-zone ZONE] [--target PERCENT] [--json]</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"; use an IANA name such as Asia/Tbilisi or UTC.</source>
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
        <source>--gaps must be "down" or "exclude".</source>
        <translation>--gaps უნდა იყოს „down“ ან „exclude“.</translation>
    </message>
    <message>
        <source>Cannot read the maintenance window "%1": use START/END, e.g. 2026-11-07T02:00/2026-11-07T03:00.</source>
        <translation>ტექნიკური მომსახურების ფანჯრის „%1“ წაკითხვა ვერ მოხერხდა: გამოიყენეთ START/END, მაგ. 2026-11-07T02:00/2026-11-07T03:00.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n unreadable line(s) in the logs.</source>
        <translation>
            <numerusform>ჟურნალებში გამოტოვებულია %n წაუკითხავი სტრიქონი.</numerusform><numerusform>ჟურნალებში გამოტოვებულია %n წაუკითხავი სტრიქონი.</numerusform></translation>
    </message>
    <message>
        <source>The logs hold no probe results.</source>
        <translation>ჟურნალებში შემოწმების შედეგები არ არის.</translation>
    </message>
    <message>
        <source>Availability per component from uptime probe logs</source>
        <translation>ხელმისაწვდომობა კომპონენტების მიხედვით, შემოწმების ჟურნალებიდან</translation>
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
        <translation>ასახსნელი ბრძანება არ არის.</translation>
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
        <source>"%1" is not a PgBouncer SHOW command.</source>
        <translation>„%1“ არ არის PgBouncer-ის SHOW ბრძანება.</translation>
    </message>
    <message>
        <source>SHOW %1 failed: %2</source>
        <translation>SHOW %1 ვერ შესრულდა: %2</translation>
    </message>
</context>
<context>
    <name>PlanAnalyzer</name>
    <message>
        <source>%1 returned %2 times more rows than planned (%3 instead of %4): the planner's statistics are off; ANALYZE the tables or add extended statistics.</source>
        <translation>%1-მა დაგეგმილზე %2-ჯერ მეტი სტრიქონი დააბრუნა (%3 %4-ის ნაცვლად): დამგეგმავის სტატისტიკა მცდარია; გაუშვით ANALYZE ცხრილებზე ან დაამატეთ გაფართოებული სტატისტიკა.</translation>
    </message>
    <message>
        <source>%1 returned %2 times fewer rows than planned (%3 instead of %4): the planner's statistics are off; ANALYZE the tables or add extended statistics.</source>
        <translation>%1-მა დაგეგმილზე %2-ჯერ ნაკლები სტრიქონი დააბრუნა (%3 %4-ის ნაცვლად): დამგეგმავის სტატისტიკა მცდარია; გაუშვით ANALYZE ცხრილებზე ან დაამატეთ გაფართოებული სტატისტიკა.</translation>
    </message>
    <message>
        <source>%1 read %2 rows and its filter removed %3 of them (%4 %): an index on the filtered columns would read far fewer.</source>
        <translation>%1-მა წაიკითხა %2 სტრიქონი და ფილტრმა მათგან %3 მოაშორა (%4 %): ინდექსი გაფილტრულ სვეტებზე გაცილებით ნაკლებს წაიკითხავდა.</translation>
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
        <translation>%1-ს %3 სტრიქონისთვის ცხრილთან %2-ჯერ მიმართვა დასჭირდა: გაუშვით VACUUM ცხრილზე, რომ ხილვადობის რუკამ ინდექსს დამოუკიდებლად პასუხის გაცემის საშუალება მისცეს.</translation>
    </message>
    <message>
        <source>%1 became lossy on %2 blocks, so every row in them was rechecked: more work_mem keeps the bitmap exact.</source>
        <translation>%1 %2 ბლოკზე არაზუსტი (lossy) გახდა, ამიტომ მათში ყველა სტრიქონი ხელახლა შემოწმდა: მეტი work_mem ბიტურ რუკას ზუსტს დატოვებს.</translation>
    </message>
    <message>
        <source>%1 found only %2 % of its %3 blocks in shared buffers; the rest came from disk or the OS cache.</source>
        <translation>%1-მა თავისი %3 ბლოკიდან საერთო ბუფერებში მხოლოდ %2 % იპოვა; დანარჩენი დისკიდან ან ოპერაციული სისტემის ქეშიდან მოვიდა.</translation>
    </message>
    <message>
        <source>%1 planned %2 parallel workers but launched %3: raise max_parallel_workers or max_worker_processes, or run fewer parallel queries at once.</source>
        <translation>%1-მა დაგეგმა %2 პარალელური პროცესი, მაგრამ გაუშვა %3: გაზარდეთ max_parallel_workers ან max_worker_processes, ან ერთდროულად ნაკლები პარალელური მოთხოვნა გაუშვით.</translation>
    </message>
    <message>
        <source>JIT compilation took %1 ms (in all processes) for a query that ran %2 ms: for a query this short, raise jit_above_cost or set jit = off.</source>
        <translation>JIT-კომპილაციამ (ყველა პროცესში) %1 მწ დაიკავა მოთხოვნისთვის, რომელიც %2 მწ სრულდებოდა: ასეთი მოკლე მოთხოვნისთვის გაზარდეთ jit_above_cost ან დააყენეთ jit = off.</translation>
    </message>
    <message>
        <source>%1 ran its inner side %2 times, once for each of %3 outer rows: a hash or merge join is usually faster for inputs this large.</source>
        <translation>%1-მა შიდა მხარე %2-ჯერ შეასრულა, თითოჯერ %3 გარე სტრიქონიდან თითოეულისთვის: ასეთი დიდი შემავალი მონაცემებისთვის hash ან merge join ჩვეულებრივ უფრო სწრაფია.</translation>
    </message>
</context>
<context>
    <name>PlanJsonParser</name>
    <message>
        <source>%1 has no "Node Type": this is not an EXPLAIN plan node.</source>
        <translation>%1-ს არ აქვს "Node Type": ეს EXPLAIN-ის გეგმის კვანძი არ არის.</translation>
    </message>
    <message>
        <source>%1: the value of "%2" has the wrong type.</source>
        <translation>%1: "%2"-ის მნიშვნელობას არასწორი ტიპი აქვს.</translation>
    </message>
    <message>
        <source>%1: "Plans" is not a list of nodes.</source>
        <translation>%1: "Plans" კვანძების სია არ არის.</translation>
    </message>
    <message>
        <source>%1 is not a plan node.</source>
        <translation>%1 გეგმის კვანძი არ არის.</translation>
    </message>
    <message>
        <source>The plan is not valid JSON: %1 at line %2, column %3.</source>
        <translation>გეგმა არასწორი JSON-ია: %1, ხაზი %2, სვეტი %3.</translation>
    </message>
    <message>
        <source>The JSON list is empty or does not hold a plan object.</source>
        <translation>JSON-ის სია ცარიელია ან გეგმის ობიექტს არ შეიცავს.</translation>
    </message>
    <message>
        <source>The JSON has no "Plan" object: this is not EXPLAIN (FORMAT JSON) output.</source>
        <translation>JSON-ში "Plan" ობიექტი არ არის: ეს EXPLAIN (FORMAT JSON)-ის გამონატანი არ არის.</translation>
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
        <source>Line %1: the value of "%2" is not a number.</source>
        <translation>ხაზი %1: "%2"-ის მნიშვნელობა რიცხვი არ არის.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the buffer counts "%2".</source>
        <translation>ხაზი %1: ბუფერების რაოდენობების "%2" წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the I/O timings "%2".</source>
        <translation>ხაზი %1: I/O-ის დროების "%2" წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the heap block counts "%2".</source>
        <translation>ხაზი %1: heap-ის ბლოკების რაოდენობების "%2" წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read "%2".</source>
        <translation>ხაზი %1: "%2"-ის წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the JIT options "%2".</source>
        <translation>ხაზი %1: JIT-ის პარამეტრების "%2" წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the JIT timing "%2".</source>
        <translation>ხაზი %1: JIT-ის დროების "%2" წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the cost figures of the node.</source>
        <translation>ხაზი %1: კვანძის ღირებულების მაჩვენებლების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: cannot read the actual figures of the node.</source>
        <translation>ხაზი %1: კვანძის ფაქტობრივი მაჩვენებლების წაკითხვა ვერ მოხერხდა.</translation>
    </message>
    <message>
        <source>Line %1: the node has no name.</source>
        <translation>ხაზი %1: კვანძს სახელი არ აქვს.</translation>
    </message>
    <message>
        <source>Line %1 does not look like the first node of an EXPLAIN plan: "%2".</source>
        <translation>ხაზი %1 EXPLAIN-ის გეგმის პირველ კვანძს არ ჰგავს: "%2".</translation>
    </message>
    <message>
        <source>Line %1: this node is not indented under any other node.</source>
        <translation>ხაზი %1: ეს კვანძი არცერთი სხვა კვანძის ქვეშ არ არის შეწეული.</translation>
    </message>
    <message>
        <source>Line %1: a second plan starts here; paste one plan at a time.</source>
        <translation>ხაზი %1: აქ მეორე გეგმა იწყება; ჩასვით ერთ ჯერზე ერთი გეგმა.</translation>
    </message>
    <message>
        <source>The text holds no plan.</source>
        <translation>ტექსტი გეგმას არ შეიცავს.</translation>
    </message>
    <message>
        <source>Line %1: the value of "%2" has the wrong type.</source>
        <translation>ხაზი %1: "%2"-ის მნიშვნელობას არასწორი ტიპი აქვს.</translation>
    </message>
</context>
<context>
    <name>PostgresDsn</name>
    <message>
        <source>"%1" is not a PostgreSQL connection URI (postgresql://user@host:port/database).</source>
        <translation>„%1“ არ არის PostgreSQL-თან დაკავშირების URI (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>The database name in "%1" contains a slash.</source>
        <translation>მონაცემთა ბაზის სახელი „%1“-ში დახრილ ხაზს შეიცავს.</translation>
    </message>
    <message>
        <source>The port in "%1" is not a valid port.</source>
        <translation>„%1“-ში მითითებული პორტი არასწორია.</translation>
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
        <source>Supadesk's known_hosts file to read and write.</source>
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
        <source>"%1" is not a forward: use LOCALPORT:REMOTEHOST:REMOTEPORT, e.g. 5433:127.0.0.1:5432.</source>
        <translation>„%1“ არ არის გადამისამართება: გამოიყენეთ ლოკალურიპორტი:დისტანციურიჰოსტი:დისტანციურიპორტი, მაგალითად 5433:127.0.0.1:5432.</translation>
    </message>
    <message>
        <source>There is no stack called "%1".</source>
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
        <source>Unknown authentication method "%1": use agent, key or password.</source>
        <translation>ავთენტიფიკაციის უცნობი მეთოდი „%1“: გამოიყენეთ agent, key ან password.</translation>
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
            <numerusform>%1 არ უპასუხა %n წამში. შეამოწმეთ ჰოსტი, პორტი და შუალედში არსებული ფაიერვოლი.</numerusform><numerusform>%1 არ უპასუხა %n წამში. შეამოწმეთ ჰოსტი, პორტი და შუალედში არსებული ფაიერვოლი.</numerusform></translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2.</source>
        <translation>%1 მიუწვდომელია: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 accepted the connection but the SSH handshake did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1-მა მიიღო კავშირი, მაგრამ SSH-ის ხელის ჩამორთმევა %n წამში არ დასრულდა.</numerusform><numerusform>%1-მა მიიღო კავშირი, მაგრამ SSH-ის ხელის ჩამორთმევა %n წამში არ დასრულდა.</numerusform></translation>
    </message>
    <message>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation>SSH-ის ხელის ჩამორთმევა %1-თან ვერ მოხერხდა: %2</translation>
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
        <translation>გაფრთხილება: %1-ის ჰოსტის გასაღები შეიცვალა. შესაძლოა ვინმე კავშირს ითვისებს (შუამავლის შეტევა), ან სერვერი ხელახლა დაყენდა. სერვერი ახლა წარმოადგენს %2 გასაღებს %3. ძველი გასაღები არის ფაილში %4, სტრიქონი %5. Supadesk-მა დაკავშირებაზე უარი თქვა; ძველი გასაღები წაშალეთ მხოლოდ მაშინ, თუ იცით, რატომ შეიცვალა.</translation>
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
        <source>%1 accepted none of the SSH agent's keys for user %2.</source>
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
    <name>StatsReport</name>
    <message>
        <source>time      TPS  commit/s  rollback/s  hit%  active idle idle-tx waiting total/max  lag  rtt-ms</source>
        <translation>დრო      TPS  commit/წმ rollback/წმ hit%  აქტიური უქმი უქმი-ტრ ელოდება სულ/მაქს  lag  rtt-მწ</translation>
    </message>
</context>
<context>
    <name>StatsSampler</name>
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
    <name>TunnelWorker</name>
    <message>
        <source>The SSH connection was closed: %1</source>
        <translation>SSH კავშირი დაიხურა: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering (no reply for %n second(s)).</source>
        <translation>
            <numerusform>სერვერმა პასუხის გაცემა შეწყვიტა (პასუხი არ ყოფილა %n წამის განმავლობაში).</numerusform><numerusform>სერვერმა პასუხის გაცემა შეწყვიტა (პასუხი არ ყოფილა %n წამის განმავლობაში).</numerusform></translation>
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
    <name>supadesk::AnalyzerWorkspace</name>
    <message>
        <source>The statement could not be cancelled: %1</source>
        <translation>მოთხოვნის გაუქმება ვერ მოხერხდა: %1</translation>
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
        <translation>მონიშნულის ან კურსორის ქვეშ მდებარე მოთხოვნის გაშვება (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>გაუქმება</translation>
    </message>
    <message>
        <source>Cancel the running statement on the server (Esc)</source>
        <translation>სერვერზე მიმდინარე მოთხოვნის გაუქმება (Esc)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>გახსნა…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>შენახვა…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ისტორია</translation>
    </message>
    <message>
        <source>Statements run in this session</source>
        <translation>ამ სესიაში გაშვებული მოთხოვნები</translation>
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
        <translation>დაკავშირებულია %1-თან „%2“-ზე. Ctrl+Enter უშვებს კურსორის ქვეშ მდებარე მოთხოვნას.</translation>
    </message>
    <message>
        <source>Error after %1 ms: %2</source>
        <translation>შეცდომა %1 მწმ-ის შემდეგ: %2</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) in %1 ms; more load as you scroll.</source>
        <translation>
            <numerusform>პირველი %n სტრიქონი %1 მწმ-ში; დანარჩენი ჩაიტვირთება გადახვევისას.</numerusform><numerusform>პირველი %n სტრიქონი %1 მწმ-ში; დანარჩენი ჩაიტვირთება გადახვევისას.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n სტრიქონი %1 მწმ-ში.</numerusform><numerusform>%n სტრიქონი %1 მწმ-ში.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Done in %1 ms; %n row(s) affected.</source>
        <translation>
            <numerusform>შესრულდა %1 მწმ-ში; შეიცვალა %n სტრიქონი.</numerusform><numerusform>შესრულდა %1 მწმ-ში; შეიცვალა %n სტრიქონი.</numerusform></translation>
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
        <translation>გეგმის ჩვენება მოთხოვნის გაშვების გარეშე (F7)</translation>
    </message>
    <message>
        <source>Explain Analyze</source>
        <translation>გეგმა და ანალიზი (EXPLAIN ANALYZE)</translation>
    </message>
    <message>
        <source>Run the statement and show the plan with real times (Shift+F7). It runs inside a transaction that is always rolled back.</source>
        <translation>მოთხოვნის გაშვება და გეგმის ჩვენება რეალური დროებით (Shift+F7). ის სრულდება ტრანზაქციაში, რომელიც ყოველთვის უკან ბრუნდება.</translation>
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
        <source>Open an EXPLAIN plan saved as JSON or text</source>
        <translation>JSON-ად ან ტექსტად შენახული EXPLAIN გეგმის გახსნა</translation>
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
        <translation>ეს მოთხოვნა მონაცემებს ცვლის. EXPLAIN ANALYZE მას ნამდვილად უშვებს ტრანზაქციაში, რომელსაც Supadesk შემდეგ ყოველთვის აბრუნებს, ამიტომ არაფერი შეინახება. შესრულებისას ბლოკირებები მოქმედებს და ტრიგერები ეშვება.</translation>
    </message>
    <message>
        <source>Run and Roll Back</source>
        <translation>გაშვება და დაბრუნება</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>დაბრუნებულია</translation>
    </message>
    <message>
        <source>Node %1: %2</source>
        <translation>კვანძი %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %n node(s): %1 ms in total, %2 finding(s).</source>
        <translation>
            <numerusform>გეგმა %n კვანძით: სულ %1 მწმ, მიგნებები: %2.</numerusform><numerusform>გეგმა %n კვანძით: სულ %1 მწმ, მიგნებები: %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Estimated plan of %n node(s), %1 finding(s).</source>
        <translation>
            <numerusform>შეფასებული გეგმა %n კვანძით, მიგნებები: %1.</numerusform><numerusform>შეფასებული გეგმა %n კვანძით, მიგნებები: %1.</numerusform></translation>
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
</context>
<context>
    <name>supadesk::BackupScriptWriter</name>
    <message>
        <source>"%1" may only contain letters, digits and _ . / : @ + -.</source>
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
        <translation>სტრიქონები წამში</translation>
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
        <translation>ნიმუშის აღება ვერ მოხერხდა: %1</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>შეჩერებულია.</translation>
    </message>
    <message>
        <source>Waiting for the first sample…</source>
        <translation>პირველი ნიმუშის მოლოდინი…</translation>
    </message>
    <message numerus="yes">
        <source>Live: a sample every %n second(s); the last one took %1 ms.</source>
        <translation>
            <numerusform>პირდაპირ: ნიმუში ყოველ %n წამში; ბოლომ %1 მწმ დაიკავა.</numerusform><numerusform>პირდაპირ: ნიმუში ყოველ %n წამში; ბოლომ %1 მწმ დაიკავა.</numerusform></translation>
    </message>
</context>
<context>
    <name>supadesk::EnvFile</name>
    <message>
        <source>Line %1 is not KEY=VALUE (or has an unclosed quote): "%2". Fix or remove it.</source>
        <translation>ხაზი %1 არ არის KEY=VALUE ფორმატის (ან დაუხურავი ბრჭყალი აქვს): „%2“. შეასწორეთ ან წაშალეთ.</translation>
    </message>
    <message>
        <source>%1 is set again on line %2 (first on line %3); Docker Compose uses the last one. Remove the extra line.</source>
        <translation>%1 ხელახლაა მითითებული ხაზზე %2 (პირველად — ხაზზე %3); Docker Compose ბოლოს იყენებს. წაშალეთ ზედმეტი ხაზი.</translation>
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
        <source>&lt;p&gt;Trust it only if it matches the fingerprint the server's administrator gives you (on the server: &lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;).&lt;/p&gt;</source>
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
        <translation>გაფრთხილება: %1-ის ჰოსტის გასაღები შეიცვალა. შესაძლოა ვინმე კავშირს ერევა (შუამავლის შეტევა), ან სერვერი ხელახლა დაყენდა. Supadesk-მა დაკავშირებაზე უარი თქვა და არაფერი გაუგზავნია.</translation>
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
        <translation>ჰოსტის ძველი გასაღების წაშლა</translation>
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
</context>
<context>
    <name>supadesk::HostProfile</name>
    <message>
        <source>"%1" is not a memory size. Write it like 16GiB, 16GB or 2048MiB.</source>
        <translation>„%1“ მეხსიერების ზომა არ არის. დაწერეთ ასე: 16GiB, 16GB ან 2048MiB.</translation>
    </message>
    <message>
        <source>Unknown storage "%1": use ssd or hdd.</source>
        <translation>უცნობი დისკი „%1“: გამოიყენეთ ssd ან hdd.</translation>
    </message>
    <message>
        <source>Unknown workload "%1": use web, oltp, analytics or mixed.</source>
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
        <source>The WAL archive directory must be an absolute path of letters, digits, '_', '.', '-' and '/'; "%1" is not.</source>
        <translation>WAL-ის არქივის საქაღალდე უნდა იყოს აბსოლუტური გზა ასოებით, ციფრებით და '_', '.', '-', '/' სიმბოლოებით; „%1“ ასეთი არ არის.</translation>
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
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;დაკავშირება</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>კავშირის &amp;გაწყვეტა</translation>
    </message>
    <message>
        <source>Copy Database &amp;Connection String</source>
        <translation>ბაზასთან &amp;დაკავშირების სტრიქონის კოპირება</translation>
    </message>
    <message>
        <source>A postgresql:// address of the database through this stack's tunnel, for psql and other tools (without the password).</source>
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
        <source>Include it from postgresql.conf with: include_if_exists = 'postgresql.tuning.conf'</source>
        <translation>ჩართეთ postgresql.conf-დან ასე: include_if_exists = 'postgresql.tuning.conf'</translation>
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
    <name>supadesk::PgTuner</name>
    <message>
        <source>expected connections</source>
        <translation>მოსალოდნელი კავშირები</translation>
    </message>
    <message>
        <source>Each connection is a server process with its own memory. Supabase's services hold their own connections; application clients should come through the pooler.</source>
        <translation>ყოველი კავშირი სერვერის ცალკე პროცესია საკუთარი მეხსიერებით. Supabase-ის სერვისებს საკუთარი კავშირები აქვთ; აპლიკაციის კლიენტები პულერის გავლით უნდა მოდიოდნენ.</translation>
    </message>
    <message>
        <source>RAM / 4</source>
        <translation>RAM / 4</translation>
    </message>
    <message>
        <source>PostgreSQL's own page cache. A quarter of RAM leaves the rest to the operating system's cache, which PostgreSQL also relies on.</source>
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
        <source>Spreads each checkpoint's writes over 90% of the interval instead of writing in a burst.</source>
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
        <source>Parallel query workers come from this pool; 8 more stay free for the background workers of Supabase's extensions (pg_cron, pg_net) and logical replication for Realtime.</source>
        <translation>პარალელური მოთხოვნების დამმუშავებლები ამ აუზიდან მოდის; კიდევ 8 თავისუფალი რჩება Supabase-ის გაფართოებების (pg_cron, pg_net) ფონური პროცესებისა და Realtime-ის ლოგიკური რეპლიკაციისთვის.</translation>
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
        <translation>ამაზე ნელ მოთხოვნებს ხანგრძლივობასთან ერთად ჟურნალში წერს მოთხოვნების ანალიზატორისთვის.</translation>
    </message>
    <message>
        <source>Time, process, user and database on every log line, as log analysers (pgBadger) expect.</source>
        <translation>დრო, პროცესი, მომხმარებელი და მონაცემთა ბაზა ჟურნალის ყოველ ხაზზე, როგორც ამას ჟურნალის ანალიზატორები (pgBadger) ელიან.</translation>
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
        <source>pg_stat_statements records every statement's calls and time: the dashboard and the query analyzer read it. Loading a library needs a restart.</source>
        <translation>pg_stat_statements ყოველი მოთხოვნის გამოძახებებსა და დროს აღრიცხავს: მას დაფა და მოთხოვნების ანალიზატორი კითხულობენ. ბიბლიოთეკის ჩატვირთვას გადატვირთვა სჭირდება.</translation>
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
        <translation>ინახავს WAL-ის ყოველ სეგმენტს, რომ მონაცემთა ბაზა საბაზო ასლის შემდეგ ნებისმიერ მომენტზე აღდგეს (point-in-time recovery).</translation>
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
    <name>supadesk::PlanGraphView</name>
    <message>
        <source>%1 rows planned</source>
        <translation>დაგეგმილია %1 სტრიქონი</translation>
    </message>
    <message>
        <source>never executed</source>
        <translation>არასოდეს შესრულებულა</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 სტრიქონი</translation>
    </message>
    <message>
        <source>%1 loops</source>
        <translation>%1 ციკლი</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>ღირებულება %1</translation>
    </message>
    <message>
        <source>%1 ms · %2 %</source>
        <translation>%1 მწ · %2 %</translation>
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
        <translation>საკუთარი (მწ)</translation>
    </message>
    <message>
        <source>Self %</source>
        <translation>საკუთარი %</translation>
    </message>
    <message>
        <source>Total (ms)</source>
        <translation>სულ (მწ)</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>ციკლები</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>სტრიქონები</translation>
    </message>
    <message>
        <source>Planned rows</source>
        <translation>დაგეგმილი სტრიქონები</translation>
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
        <translation>I/O (მწ)</translation>
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
    <name>supadesk::PoolerPlanner</name>
    <message>
        <source>The REST API (PostgREST), Auth, Storage and Realtime connect directly and need the rest of max_connections; with an API-heavy workload the pooler keeps to 40%.</source>
        <translation>REST API (PostgREST), Auth, Storage და Realtime პირდაპირ უკავშირდებიან და max_connections-ის დანარჩენი ნაწილი სჭირდებათ; API-ით დატვირთულ სამუშაოზე პულერი 40%-ს არ სცდება.</translation>
    </message>
    <message>
        <source>With most traffic coming through the pooler it may use up to 80% of max_connections; the rest stays for Supabase's own services and administration.</source>
        <translation>როცა ტრაფიკის უმეტესი ნაწილი პულერით მოდის, მას max_connections-ის 80%-მდე შეუძლია გამოიყენოს; დანარჩენი Supabase-ის საკუთარ სერვისებსა და ადმინისტრირებას რჩება.</translation>
    </message>
    <message>
        <source>max_connections × %1%</source>
        <translation>max_connections-ის %1%</translation>
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
        <translation>ტრანზაქციული რეჟიმი: სესიის მდგომარეობა (SET, LISTEN, advisory ბლოკირებები, დროებითი ცხრილები, SQL PREPARE) ტრანზაქციებს შორის არ ნარჩუნდება, რადგან შემდეგი ტრანზაქცია შეიძლება სერვერის სხვა კავშირზე შესრულდეს. დრაივერებს, რომლებიც მოთხოვნებს პროტოკოლის დონეზე ამზადებენ, max_prepared_statements (PgBouncer 1.21 ან უფრო ახალი) ან მომზადებული მოთხოვნების გამორთვა სჭირდებათ.</translation>
    </message>
    <message>
        <source>JDBC and other drivers send extra_float_digits at login; PgBouncer must not refuse them for it.</source>
        <translation>JDBC და სხვა დრაივერები შესვლისას extra_float_digits-ს აგზავნიან; PgBouncer-მა ამის გამო უარი არ უნდა თქვას.</translation>
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
        <source>%1 is Supabase's public demo key; it stops working on %2. Generate a new JWT_SECRET and new API keys.</source>
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
        <source>%1 still has the example value from Supabase's env.example, which anyone can look up. Generate a new one.</source>
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
        <translation>Supabase სერვერის დაყენების პაკეტი</translation>
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
        <translation>ინსტალაციის საქაღალდეში (%1) შეინახეთ იქ არსებულის ასლი: `cp .env .env.before-supadesk`.</translation>
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
        <source>Firewall: `sudo ./firewall.sh`, then open a NEW SSH connection and run `sudo ./firewall.sh --confirm` in it. Without the confirmation the firewall switches itself off after %1 seconds.</source>
        <translation>ფაიერვოლი: `sudo ./firewall.sh`, შემდეგ გახსენით ახალი SSH კავშირი და მასში გაუშვით `sudo ./firewall.sh --confirm`. დადასტურების გარეშე ფაიერვოლი %1 წამის შემდეგ თავად გაითიშება.</translation>
    </message>
    <message>
        <source>Backups: `sudo install -m 700 backup.sh %1`, install the cron entry with `(crontab -l 2&gt;/dev/null | grep -v '%2'; cat crontab.txt) | crontab -` and run it once by hand.</source>
        <translation>სარეზერვო ასლები: `sudo install -m 700 backup.sh %1`, დააყენეთ cron-ის ჩანაწერი ბრძანებით `(crontab -l 2&gt;/dev/null | grep -v '%2'; cat crontab.txt) | crontab -` და ერთხელ ხელით გაუშვით.</translation>
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
        <translation>`.env`, ხაზი %1: %2</translation>
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
        <translation>საკუთარ სერვერზე განთავსებული Supabase სტეკის საიდუმლოებები, შექმნილი Supadesk-ის მიერ.</translation>
    </message>
    <message>
        <source>Merge these lines into the stack's .env; keep this file private.</source>
        <translation>შეურწყით ეს ხაზები სტეკის .env-ს; ეს ფაილი არავის აჩვენოთ.</translation>
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
