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
    <message>
        <source>Connect when Supadesk starts.</source>
        <translation>დაკავშირება Supadesk-ის გაშვებისას.</translation>
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
    <name>StackConnection</name>
    <message>
        <source>The stack is not connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished">უკავშირდება</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished">დაკავშირებულია</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished">ხელახლა უკავშირდება</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1:%2 (timeout %3 s)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no new host key to trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No changed host key was found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnecting in %1 s: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection lost, reconnecting: %1</source>
        <translation type="unfinished" />
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
        <source>max_connections</source>
        <translation>max_connections</translation>
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
