<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Checks that a registry has every table and column of the data contract.</source>
        <translation>Checks that a registry has every table and column of the data contract.</translation>
    </message>
    <message>
        <source>%1: the registry meets the data contract.</source>
        <translation>%1: the registry meets the data contract.</translation>
    </message>
    <message>
        <source>%1: the registry does not meet the data contract:</source>
        <translation>%1: the registry does not meet the data contract:</translation>
    </message>
    <message>
        <source>The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</source>
        <translation>The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</translation>
    </message>
    <message>
        <source>A connection profile saved in the console.</source>
        <translation>A connection profile saved in the console.</translation>
    </message>
    <message>
        <source>Name the registry with exactly one of --db or --profile.</source>
        <translation>Name the registry with exactly one of --db or --profile.</translation>
    </message>
    <message>
        <source>No saved profile is called &quot;%1&quot;.</source>
        <translation>No saved profile is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Prints certificates per provider and channel, requests and look-ups per provider.</source>
        <translation>Prints certificates per provider and channel, requests and look-ups per provider.</translation>
    </message>
    <message>
        <source>Runs the detection rules on a registry.</source>
        <translation>Runs the detection rules on a registry.</translation>
    </message>
    <message>
        <source>See the registry as Hue-S held it at this UTC time (default: now), e.g. 2024-03-31T17:00:00Z.</source>
        <translation>See the registry as Hue-S held it at this UTC time (default: now), e.g. 2024-03-31T17:00:00Z.</translation>
    </message>
    <message>
        <source>Only these rules, comma-separated (default: all).</source>
        <translation>Only these rules, comma-separated (default: all).</translation>
    </message>
    <message>
        <source>Override a threshold, e.g. late_update=3600 (repeatable).</source>
        <translation>Override a threshold, e.g. late_update=3600 (repeatable).</translation>
    </message>
    <message>
        <source>jsonl (default) or csv.</source>
        <translation>jsonl (default) or csv.</translation>
    </message>
    <message>
        <source>Write the findings to this file.</source>
        <translation>Write the findings to this file.</translation>
    </message>
    <message>
        <source>Database connections working at once (default 2).</source>
        <translation>Database connections working at once (default 2).</translation>
    </message>
    <message>
        <source>Ignoring a threshold from the settings: %1</source>
        <translation>Ignoring a threshold from the settings: %1</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>Unknown rule &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format takes jsonl or csv.</source>
        <translation>--format takes jsonl or csv.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 8.</source>
        <translation>--threads takes a number from 1 to 8.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Scanned as of %1: %Ln finding(s) in %2 s.</source>
        <translation>
            <numerusform>Scanned as of %1: %Ln finding in %2 s.</numerusform>
            <numerusform>Scanned as of %1: %Ln findings in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: signwatch-cli COMMAND [OPTIONS]</source>
        <translation>Usage: signwatch-cli COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run signwatch-cli COMMAND --help for its options.</source>
        <translation>Run signwatch-cli COMMAND --help for its options.</translation>
    </message>
    <message>
        <source>write a demo registry of the 2023 campaign</source>
        <translation>write a demo registry of the 2023 campaign</translation>
    </message>
    <message>
        <source>check a registry against the data contract</source>
        <translation>check a registry against the data contract</translation>
    </message>
    <message>
        <source>run the detection rules and print the findings</source>
        <translation>run the detection rules and print the findings</translation>
    </message>
    <message>
        <source>print certificates, requests and look-ups per provider</source>
        <translation>print certificates, requests and look-ups per provider</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Writes a demo registry of the 2023–2024 Thừa Thiên Huế campaign, with planted violations of every rule.</source>
        <translation>Writes a demo registry of the 2023–2024 Thừa Thiên Huế campaign, with planted violations of every rule.</translation>
    </message>
    <message>
        <source>Number of citizens (default: the province&apos;s 1,166,547).</source>
        <translation>Number of citizens (default: the province&apos;s 1,166,547).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same registry.</source>
        <translation>Random seed: the same seed gives the same registry.</translation>
    </message>
    <message>
        <source>Where to write: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</source>
        <translation>Where to write: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</translation>
    </message>
    <message>
        <source>Replace the registry tables the target already holds.</source>
        <translation>Replace the registry tables the target already holds.</translation>
    </message>
    <message>
        <source>--citizens must be a whole number between %L1 and %L2.</source>
        <translation>--citizens must be a whole number between %L1 and %L2.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>Name the target with --out sqlite:FILE or --out postgresql://USER@HOST:PORT/DB.</source>
        <translation>Name the target with --out sqlite:FILE or --out postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Planted findings: %1</source>
        <translation>Planted findings: %1</translation>
    </message>
    <message>
        <source>Wrote %1: %2 providers, %3 citizens, %4 certificates, %5 service requests, %6 look-ups (%7 planted findings, seed %8) in %9 s.</source>
        <translation>Wrote %1: %2 providers, %3 citizens, %4 certificates, %5 service requests, %6 look-ups (%7 planted findings, seed %8) in %9 s.</translation>
    </message>
    <message>
        <source>Generation cancelled: nothing was written.</source>
        <translation>Generation cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The demo registry needs a connection that may write.</source>
        <translation>The demo registry needs a connection that may write.</translation>
    </message>
    <message>
        <source>The number of citizens must be between %L1 and %L2.</source>
        <translation>The number of citizens must be between %L1 and %L2.</translation>
    </message>
    <message>
        <source>Creating tables</source>
        <translation>Creating tables</translation>
    </message>
    <message>
        <source>Writing citizens, certificates, requests and look-ups</source>
        <translation>Writing citizens, certificates, requests and look-ups</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Could not start writing the registry.</source>
        <translation>Could not start writing the registry.</translation>
    </message>
    <message>
        <source>Could not prepare the inserts.</source>
        <translation>Could not prepare the inserts.</translation>
    </message>
    <message>
        <source>Could not write rows into %1.</source>
        <translation>Could not write rows into %1.</translation>
    </message>
    <message>
        <source>Creating indexes</source>
        <translation>Creating indexes</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>Generation cancelled.</translation>
    </message>
    <message>
        <source>Could not create an index.</source>
        <translation>Could not create an index.</translation>
    </message>
    <message>
        <source>Could not save the registry.</source>
        <translation>Could not save the registry.</translation>
    </message>
    <message>
        <source>Updating statistics</source>
        <translation>Updating statistics</translation>
    </message>
    <message>
        <source>Could not analyse the registry.</source>
        <translation>Could not analyse the registry.</translation>
    </message>
    <message>
        <source>Could not list the tables of the registry.</source>
        <translation>Could not list the tables of the registry.</translation>
    </message>
    <message>
        <source>The target already holds registry tables (%1). Choose another target, or replace them.</source>
        <translation>The target already holds registry tables (%1). Choose another target, or replace them.</translation>
    </message>
    <message>
        <source>Could not drop the old table %1.</source>
        <translation>Could not drop the old table %1.</translation>
    </message>
    <message>
        <source>Could not create the registry tables.</source>
        <translation>Could not create the registry tables.</translation>
    </message>
    <message>
        <source>The SQLite file refused the loading settings.</source>
        <translation>The SQLite file refused the loading settings.</translation>
    </message>
    <message>
        <source>Could not write a row into %1.</source>
        <translation>Could not write a row into %1.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Supervision console for the Thừa Thiên Huế digital-signature campaign.</source>
        <translation>Supervision console for the Thừa Thiên Huế digital-signature campaign.</translation>
    </message>
    <message>
        <source>Open this registry at start: sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from the keychain or PGPASSWORD).</source>
        <translation>Open this registry at start: sqlite:PATH or postgresql://USER@HOST:PORT/DB (password from the keychain or PGPASSWORD).</translation>
    </message>
    <message>
        <source>Open this saved connection profile at start.</source>
        <translation>Open this saved connection profile at start.</translation>
    </message>
    <message>
        <source>Interface language for this run: vi or en.</source>
        <translation>Interface language for this run: vi or en.</translation>
    </message>
    <message>
        <source>Registry address</source>
        <translation>Registry address</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>There is no saved profile named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>A profile needs a name.</translation>
    </message>
    <message>
        <source>The SQLite address names no file: write sqlite:PATH.</source>
        <translation>The SQLite address names no file: write sqlite:PATH.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: write postgresql://USER@HOST:PORT/DB.</source>
        <translation>The PostgreSQL address is not a valid URL: write postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Do not put the password in the address: SignWatch takes it from the keychain or from PGPASSWORD.</source>
        <translation>Do not put the password in the address: SignWatch takes it from the keychain or from PGPASSWORD.</translation>
    </message>
    <message>
        <source>The PostgreSQL address needs a user, a host and a database: postgresql://USER@HOST:PORT/DB.</source>
        <translation>The PostgreSQL address needs a user, a host and a database: postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Unknown registry address &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Unknown registry address &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Missing table: %1</source>
        <translation>Missing table: %1</translation>
    </message>
    <message>
        <source>Missing column: %1.%2</source>
        <translation>Missing column: %1.%2</translation>
    </message>
    <message>
        <source>The registry is not open.</source>
        <translation>The registry is not open.</translation>
    </message>
    <message>
        <source>Could not read the registry&apos;s list of tables.</source>
        <translation>Could not read the registry&apos;s list of tables.</translation>
    </message>
    <message>
        <source>No password for %1: PGPASSWORD is not set and the keychain has none (save one with the console&apos;s connection dialog).</source>
        <translation>No password for %1: PGPASSWORD is not set and the keychain has none (save one with the console&apos;s connection dialog).</translation>
    </message>
    <message>
        <source>The registry file %1 does not exist.</source>
        <translation>The registry file %1 does not exist.</translation>
    </message>
    <message>
        <source>Could not open the registry file %1.</source>
        <translation>Could not open the registry file %1.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL registry %1 on %2:%3. Check the address, the user and the password, and that the server is running.</source>
        <translation>Could not connect to the PostgreSQL registry %1 on %2:%3. Check the address, the user and the password, and that the server is running.</translation>
    </message>
    <message>
        <source>The PostgreSQL registry refused the session settings.</source>
        <translation>The PostgreSQL registry refused the session settings.</translation>
    </message>
    <message>
        <source>The PostgreSQL registry refused a read-only session.</source>
        <translation>The PostgreSQL registry refused a read-only session.</translation>
    </message>
    <message>
        <source>The registry connection is closed.</source>
        <translation>The registry connection is closed.</translation>
    </message>
    <message>
        <source>The connection to the registry was lost.</source>
        <translation>The connection to the registry was lost.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the registry was lost and could not be restored after %n attempt(s).</source>
        <translation>
            <numerusform>The connection to the registry was lost and could not be restored after %n attempt.</numerusform>
            <numerusform>The connection to the registry was lost and could not be restored after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry is open.</source>
        <translation>No registry is open.</translation>
    </message>
    <message>
        <source>The keychain holds no password for this connection.</source>
        <translation>The keychain holds no password for this connection.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>The system keychain refused access (it may be locked).</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>The system keychain is not available.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>A registry row the rules cannot read (unknown value, bad time, dangling reference).</source>
        <translation>A registry row the rules cannot read (unknown value, bad time, dangling reference).</translation>
    </message>
    <message>
        <source>Issued to a citizen who already held a signature recorded on Hue-S.</source>
        <translation>Issued to a citizen who already held a signature recorded on Hue-S.</translation>
    </message>
    <message>
        <source>Issued by a provider after its removal from the programme.</source>
        <translation>Issued by a provider after its removal from the programme.</translation>
    </message>
    <message>
        <source>Free period too short, missing, or restarted on a switch of provider.</source>
        <translation>Free period too short, missing, or restarted on a switch of provider.</translation>
    </message>
    <message>
        <source>Probably the same person under a mistyped id: one digit or two adjacent digits differ.</source>
        <translation>Probably the same person under a mistyped id: one digit or two adjacent digits differ.</translation>
    </message>
    <message>
        <source>Recorded on Hue-S too long after activation.</source>
        <translation>Recorded on Hue-S too long after activation.</translation>
    </message>
    <message>
        <source>A programme issuance disguised as an import of an older signature.</source>
        <translation>A programme issuance disguised as an import of an older signature.</translation>
    </message>
    <message>
        <source>Issued without the provider looking the citizen up on Hue-S first.</source>
        <translation>Issued without the provider looking the citizen up on Hue-S first.</translation>
    </message>
    <message>
        <source>Confirmed on Hue-S before a signature existed.</source>
        <translation>Confirmed on Hue-S before a signature existed.</translation>
    </message>
    <message>
        <source>A citizen&apos;s Hue-S request not served within 48 hours.</source>
        <translation>A citizen&apos;s Hue-S request not served within 48 hours.</translation>
    </message>
    <message>
        <source>Too many door-to-door issuances by one staff account in one hour.</source>
        <translation>Too many door-to-door issuances by one staff account in one hour.</translation>
    </message>
    <message>
        <source>A technical-error record that reserves a citizen without a signature.</source>
        <translation>A technical-error record that reserves a citizen without a signature.</translation>
    </message>
    <message>
        <source>Issued lawfully but reached Hue-S after another record: counts as not issued.</source>
        <translation>Issued lawfully but reached Hue-S after another record: counts as not issued.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <source>The rule %1 could not be prepared on this registry.</source>
        <translation>The rule %1 could not be prepared on this registry.</translation>
    </message>
    <message>
        <source>The rule %1 failed on this registry.</source>
        <translation>The rule %1 failed on this registry.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>Unknown rule &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not read the providers.</source>
        <translation>Could not read the providers.</translation>
    </message>
    <message>
        <source>longest allowed delay between activation and the Hue-S record</source>
        <translation>longest allowed delay between activation and the Hue-S record</translation>
    </message>
    <message>
        <source>time to serve a Hue-S request (§4.4: 48 hours)</source>
        <translation>time to serve a Hue-S request (§4.4: 48 hours)</translation>
    </message>
    <message>
        <source>a look-up this long before issuance still counts</source>
        <translation>a look-up this long before issuance still counts</translation>
    </message>
    <message>
        <source>clock skew allowed between a provider and Hue-S</source>
        <translation>clock skew allowed between a provider and Hue-S</translation>
    </message>
    <message>
        <source>how long a technical-error record may stay unactivated</source>
        <translation>how long a technical-error record may stay unactivated</translation>
    </message>
    <message>
        <source>half-width of the window for staff bursts</source>
        <translation>half-width of the window for staff bursts</translation>
    </message>
    <message>
        <source>door-to-door issuances by one staff account in one window that make a burst</source>
        <translation>door-to-door issuances by one staff account in one window that make a burst</translation>
    </message>
    <message>
        <source>shortest free period, in days from the activation date (UTC)</source>
        <translation>shortest free period, in days from the activation date (UTC)</translation>
    </message>
    <message>
        <source>allowed difference of free periods on a switch</source>
        <translation>allowed difference of free periods on a switch</translation>
    </message>
    <message>
        <source>Unknown threshold &quot;%1&quot;; known: %2.</source>
        <translation>Unknown threshold &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>Threshold %1 needs a time such as 2023-07-27T17:00:00Z.</source>
        <translation>Threshold %1 needs a time such as 2023-07-27T17:00:00Z.</translation>
    </message>
    <message>
        <source>Write a threshold as name=value, not &quot;%1&quot;.</source>
        <translation>Write a threshold as name=value, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time such as 2024-03-31T17:00:00Z.</source>
        <translation>&quot;%1&quot; is not a time such as 2024-03-31T17:00:00Z.</translation>
    </message>
    <message>
        <source>when the programme started (28 July 2023, 00:00 local time)</source>
        <translation>when the programme started (28 July 2023, 00:00 local time)</translation>
    </message>
    <message>
        <source>Threshold %1 needs a whole number of at least 1, not &quot;%2&quot;.</source>
        <translation>Threshold %1 needs a whole number of at least 1, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Threshold %1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>Threshold %1 needs a whole number of 0 or more, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The registry could not count its records.</source>
        <translation>The registry could not count its records.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ConnectionDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connect to a registry</source>
        <translation>Connect to a registry</translation>
    </message>
    <message>
        <source>Connections saved in the settings (passwords are never saved there)</source>
        <translation>Connections saved in the settings (passwords are never saved there)</translation>
    </message>
    <message>
        <source>Forget the selected profile and its keychain entry</source>
        <translation>Forget the selected profile and its keychain entry</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Saved connections</translation>
    </message>
    <message>
        <source>e.g. Hue-S production</source>
        <translation>e.g. Hue-S production</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>Where the registry is kept</source>
        <translation>Where the registry is kept</translation>
    </message>
    <message>
        <source>/path/to/registry.sqlite</source>
        <translation>/path/to/registry.sqlite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the registry file</source>
        <translation>Choose the registry file</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>leave empty to use the saved password</source>
        <translation>leave empty to use the saved password</translation>
    </message>
    <message>
        <source>The password goes to the system keychain, never to the settings file</source>
        <translation>The password goes to the system keychain, never to the settings file</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profile name:</translation>
    </message>
    <message>
        <source>Registry:</source>
        <translation>Registry:</translation>
    </message>
    <message>
        <source>Save these details under the profile name</source>
        <translation>Save these details under the profile name</translation>
    </message>
    <message>
        <source>Open this registry read-only</source>
        <translation>Open this registry read-only</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the registry file.</source>
        <translation>Choose the registry file.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>Fill in the host, the database and the user.</translation>
    </message>
    <message>
        <source>The system keychain is not available</source>
        <translation>The system keychain is not available</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password cannot be saved there. SignWatch keeps it in memory for this session only; you will be asked again after a restart.</source>
        <translation>The system keychain is not available, so the password cannot be saved there. SignWatch keeps it in memory for this session only; you will be asked again after a restart.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profile &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? Its saved password is removed from the keychain too; the registry itself is not touched.</source>
        <translation>Delete the profile &quot;%1&quot;? Its saved password is removed from the keychain too; the registry itself is not touched.</translation>
    </message>
    <message>
        <source>Enter the password: none is saved for this connection.</source>
        <translation>Enter the password: none is saved for this connection.</translation>
    </message>
</context>
<context>
    <name>sw::ui::EmptyStatePage</name>
    <message>
        <source>Not available in this version</source>
        <translation>Not available in this version</translation>
    </message>
</context>
<context>
    <name>sw::ui::ErrorPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the technical message, for a support request</source>
        <translation>Show the technical message, for a support request</translation>
    </message>
</context>
<context>
    <name>sw::ui::MainWindow</name>
    <message>
        <source>SignWatch</source>
        <translation>SignWatch</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Violations of the regulation found by scanning the registry (duplicate issuance, late updates, expired requests…) will be listed here, with their evidence.</source>
        <translation>Violations of the regulation found by scanning the registry (duplicate issuance, late updates, expired requests…) will be listed here, with their evidence.</translation>
    </message>
    <message>
        <source>Citizen look-up</source>
        <translation>Citizen look-up</translation>
    </message>
    <message>
        <source>Looking up one citizen&apos;s certificates, requests and look-ups (with the identity number masked) will be possible here.</source>
        <translation>Looking up one citizen&apos;s certificates, requests and look-ups (with the identity number masked) will be possible here.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Citizens&apos; complaints and their verification against the data (§5.2) will be recorded here.</source>
        <translation>Citizens&apos; complaints and their verification against the data (§5.2) will be recorded here.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case files that gather findings and complaints about a provider will be kept here.</source>
        <translation>Case files that gather findings and complaints about a provider will be kept here.</translation>
    </message>
    <message>
        <source>Minutes &amp; announcements</source>
        <translation>Minutes &amp; announcements</translation>
    </message>
    <message>
        <source>Minutes (biên bản) of established violations and their public announcements (§5.3) will be drawn up here.</source>
        <translation>Minutes (biên bản) of established violations and their public announcements (§5.3) will be drawn up here.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Periodic reports on the campaign, per provider and district, will be produced here as PDF.</source>
        <translation>Periodic reports on the campaign, per provider and district, will be produced here as PDF.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connect…</translation>
    </message>
    <message>
        <source>Open a registry read-only (Ctrl+O)</source>
        <translation>Open a registry read-only (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnect</translation>
    </message>
    <message>
        <source>Close the open registry</source>
        <translation>Close the open registry</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close SignWatch (Ctrl+Q)</source>
        <translation>Close SignWatch (Ctrl+Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Count again in the registry (F5)</source>
        <translation>Count again in the registry (F5)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SignWatch</source>
        <translation>&amp;About SignWatch</translation>
    </message>
    <message>
        <source>Version and purpose of SignWatch</source>
        <translation>Version and purpose of SignWatch</translation>
    </message>
    <message>
        <source>As of: now</source>
        <translation>As of: now</translation>
    </message>
    <message>
        <source>The time at which the registry is seen; findings use it too</source>
        <translation>The time at which the registry is seen; findings use it too</translation>
    </message>
    <message>
        <source>Last scan: no scan yet</source>
        <translation>Last scan: no scan yet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop opening the registry</source>
        <translation>Stop opening the registry</translation>
    </message>
    <message>
        <source>No registry open</source>
        <translation>No registry open</translation>
    </message>
    <message>
        <source>Use File › Connect… to open a registry</source>
        <translation>Use File › Connect… to open a registry</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>%1 · connection lost</source>
        <translation>%1 · connection lost</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · read-only</translation>
    </message>
    <message>
        <source>%1 — SignWatch</source>
        <translation>%1 — SignWatch</translation>
    </message>
    <message>
        <source>Enter the password for %1: none is saved for this connection.</source>
        <translation>Enter the password for %1: none is saved for this connection.</translation>
    </message>
    <message>
        <source>About SignWatch</source>
        <translation>About SignWatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SignWatch %1&lt;/h3&gt;&lt;p&gt;Supervision console of the Department of Information and Communications of Thừa Thiên Huế for the 2023 free digital-signature campaign.&lt;/p&gt;&lt;p&gt;It reads the Hue-S issuance registry read-only and never changes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SignWatch %1&lt;/h3&gt;&lt;p&gt;Supervision console of the Department of Information and Communications of Thừa Thiên Huế for the 2023 free digital-signature campaign.&lt;/p&gt;&lt;p&gt;It reads the Hue-S issuance registry read-only and never changes it.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewPage</name>
    <message>
        <source>Citizens in the registry</source>
        <translation>Citizens in the registry</translation>
    </message>
    <message>
        <source>Citizens with a signature</source>
        <translation>Citizens with a signature</translation>
    </message>
    <message>
        <source>Share of the province&apos;s population</source>
        <translation>Share of the province&apos;s population</translation>
    </message>
    <message>
        <source>Certificates recorded on Hue-S</source>
        <translation>Certificates recorded on Hue-S</translation>
    </message>
    <message>
        <source>No registry is open — use File › Connect…</source>
        <translation>No registry is open — use File › Connect…</translation>
    </message>
    <message>
        <source>Open the Hue-S issuance registry (a SQLite file or a PostgreSQL server) to see certificates, requests and look-ups per provider.</source>
        <translation>Open the Hue-S issuance registry (a SQLite file or a PostgreSQL server) to see certificates, requests and look-ups per provider.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Opening the registry %1…</source>
        <translation>Opening the registry %1…</translation>
    </message>
    <message>
        <source>Counting certificates, requests and look-ups in the registry…</source>
        <translation>Counting certificates, requests and look-ups in the registry…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>This registry does not follow the data contract: figures that need the missing parts cannot be counted. Ask Hue-S for a complete export.</source>
        <translation>This registry does not follow the data contract: figures that need the missing parts cannot be counted. Ask Hue-S for a complete export.</translation>
    </message>
    <message>
        <source>holding a certificate that is not revoked</source>
        <translation>holding a certificate that is not revoked</translation>
    </message>
    <message>
        <source>of %1 inhabitants (2023); the target is %2</source>
        <translation>of %1 inhabitants (2023); the target is %2</translation>
    </message>
    <message>
        <source>%1 active, %2 revoked</source>
        <translation>%1 active, %2 revoked</translation>
    </message>
    <message>
        <source>Counted in the registry at %1. Press F5 to count again.</source>
        <translation>Counted in the registry at %1. Press F5 to count again.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ProviderOverviewModel</name>
    <message>
        <source>Unknown provider</source>
        <translation>Unknown provider</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(not in the providers table)</source>
        <translation>(not in the providers table)</translation>
    </message>
    <message>
        <source>The sums over all providers, including unknown codes</source>
        <translation>The sums over all providers, including unknown codes</translation>
    </message>
    <message>
        <source>Removed from the programme by the Department (§5.3).</source>
        <translation>Removed from the programme by the Department (§5.3).</translation>
    </message>
    <message>
        <source>Records name this provider code, but the providers table does not list it: a data-quality problem.</source>
        <translation>Records name this provider code, but the providers table does not list it: a data-quality problem.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Door to door</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Hue-S request</source>
        <translation>Hue-S request</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Look-ups</source>
        <translation>Look-ups</translation>
    </message>
    <message>
        <source>Certificates issued by staff visiting households (§3)</source>
        <translation>Certificates issued by staff visiting households (§3)</translation>
    </message>
    <message>
        <source>Certificates from online registration in a provider&apos;s app (§2)</source>
        <translation>Certificates from online registration in a provider&apos;s app (§2)</translation>
    </message>
    <message>
        <source>Certificates issued for needs registered on Hue-S (§4)</source>
        <translation>Certificates issued for needs registered on Hue-S (§4)</translation>
    </message>
    <message>
        <source>Signatures issued before the programme and imported (§2.3)</source>
        <translation>Signatures issued before the programme and imported (§2.3)</translation>
    </message>
    <message>
        <source>Certificates with a channel the registry contract does not know</source>
        <translation>Certificates with a channel the registry contract does not know</translation>
    </message>
    <message>
        <source>All certificates recorded on Hue-S, every status</source>
        <translation>All certificates recorded on Hue-S, every status</translation>
    </message>
    <message>
        <source>Certificates with status &quot;active&quot;</source>
        <translation>Certificates with status &quot;active&quot;</translation>
    </message>
    <message>
        <source>Certificates with status &quot;revoked&quot;</source>
        <translation>Certificates with status &quot;revoked&quot;</translation>
    </message>
    <message>
        <source>Needs registered by citizens on Hue-S for this provider (§4.1)</source>
        <translation>Needs registered by citizens on Hue-S for this provider (§4.1)</translation>
    </message>
    <message>
        <source>Look-ups of citizens on Hue-S by this provider&apos;s staff (§1.3, §3.2)</source>
        <translation>Look-ups of citizens on Hue-S by this provider&apos;s staff (§1.3, §3.2)</translation>
    </message>
</context>
<context>
    <name>sw::ui::SettingsPage</name>
    <message>
        <source>The language of the interface and of the documents</source>
        <translation>The language of the interface and of the documents</translation>
    </message>
    <message>
        <source>The new language applies when SignWatch is started again.</source>
        <translation>The new language applies when SignWatch is started again.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Manage connections…</translation>
    </message>
    <message>
        <source>Add, change or delete saved connections</source>
        <translation>Add, change or delete saved connections</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Saved connections</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain, never in the settings file.</source>
        <translation>Passwords are kept in the system keychain, never in the settings file.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>No saved connections yet.</source>
        <translation>No saved connections yet.</translation>
    </message>
</context>
</TS>
