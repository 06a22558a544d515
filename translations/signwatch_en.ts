<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AuditActions</name>
    <message>
        <source>Complaint received</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <source>Complaint updated</source>
        <translation>Complaint updated</translation>
    </message>
    <message>
        <source>Complaint deleted</source>
        <translation>Complaint deleted</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Case renamed</source>
        <translation>Case renamed</translation>
    </message>
    <message>
        <source>Findings added to the case</source>
        <translation>Findings added to the case</translation>
    </message>
    <message>
        <source>Finding removed from the case</source>
        <translation>Finding removed from the case</translation>
    </message>
    <message>
        <source>Complaint attached to the case</source>
        <translation>Complaint attached to the case</translation>
    </message>
    <message>
        <source>Complaint detached from the case</source>
        <translation>Complaint detached from the case</translation>
    </message>
    <message>
        <source>Violation established</source>
        <translation>Violation established</translation>
    </message>
    <message>
        <source>Case dismissed</source>
        <translation>Case dismissed</translation>
    </message>
    <message>
        <source>Minutes drafted</source>
        <translation>Minutes drafted</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Minutes signed</translation>
    </message>
    <message>
        <source>Announcement queued for the portal</source>
        <translation>Announcement queued for the portal</translation>
    </message>
    <message>
        <source>Portal confirmed the publication</source>
        <translation>Portal confirmed the publication</translation>
    </message>
    <message>
        <source>Violation announced publicly</source>
        <translation>Violation announced publicly</translation>
    </message>
    <message>
        <source>Exclusion from the programme recorded</source>
        <translation>Exclusion from the programme recorded</translation>
    </message>
    <message>
        <source>Document drafted</source>
        <translation>Document drafted</translation>
    </message>
    <message>
        <source>Correction drafted</source>
        <translation>Correction drafted</translation>
    </message>
    <message>
        <source>Document signed</source>
        <translation>Document signed</translation>
    </message>
    <message>
        <source>Signed document found altered</source>
        <translation>Signed document found altered</translation>
    </message>
    <message>
        <source>Full identity number shown</source>
        <translation>Full identity number shown</translation>
    </message>
    <message>
        <source>Issuing body added</source>
        <translation>Issuing body added</translation>
    </message>
    <message>
        <source>Issuing body&apos;s address changed</source>
        <translation>Issuing body&apos;s address changed</translation>
    </message>
    <message>
        <source>A desk&apos;s casebook moved in</source>
        <translation>A desk&apos;s casebook moved in</translation>
    </message>
    <message>
        <source>Casebook&apos;s state sealed in the log</source>
        <translation>Casebook&apos;s state sealed in the log</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>The first day (%1) is after the last (%2).</source>
        <translation>The first day (%1) is after the last (%2).</translation>
    </message>
</context>
<context>
    <name>CasePrompts</name>
    <message>
        <source>Record exclusion from the programme</source>
        <translation>Record exclusion from the programme</translation>
    </message>
    <message>
        <source>From this day the provider is removed from the programme (§5.3): later scans report its issuances as violations.</source>
        <translation>From this day the provider is removed from the programme (§5.3): later scans report its issuances as violations.</translation>
    </message>
    <message>
        <source>Excluded from</source>
        <translation>Excluded from</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Attach complaints to the case</source>
        <translation>Attach complaints to the case</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3 — %4</source>
        <translation>No. %1 — %2 — %3 — %4</translation>
    </message>
    <message>
        <source>Complaints about the case&apos;s provider that belong to no case yet. Those found substantiated bring their findings into the minutes.</source>
        <translation>Complaints about the case&apos;s provider that belong to no case yet. Those found substantiated bring their findings into the minutes.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Their version is below: copy what you need into yours, then keep yours (it replaces theirs), or take theirs (yours goes to the clipboard).</source>
        <translation>Their version is below: copy what you need into yours, then keep yours (it replaces theirs), or take theirs (yours goes to the clipboard).</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Save your text over theirs: you have read it</source>
        <translation>Save your text over theirs: you have read it</translation>
    </message>
    <message>
        <source>Load their version into the editor; your text is copied to the clipboard</source>
        <translation>Load their version into the editor; your text is copied to the clipboard</translation>
    </message>
</context>
<context>
    <name>Casebook</name>
    <message>
        <source>An audit entry needs an action and a subject.</source>
        <translation>An audit entry needs an action and a subject.</translation>
    </message>
    <message>
        <source>An audit entry&apos;s before and after must be JSON.</source>
        <translation>An audit entry&apos;s before and after must be JSON.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>Could not read the audit log.</translation>
    </message>
    <message>
        <source>Could not write to the audit log.</source>
        <translation>Could not write to the audit log.</translation>
    </message>
    <message>
        <source>The console&apos;s own data file refused a change.</source>
        <translation>The console&apos;s own data file refused a change.</translation>
    </message>
    <message>
        <source>The console&apos;s own data file has no readable version.</source>
        <translation>The console&apos;s own data file has no readable version.</translation>
    </message>
    <message>
        <source>Could not open the console&apos;s own data file %1.</source>
        <translation>Could not open the console&apos;s own data file %1.</translation>
    </message>
    <message>
        <source>The console&apos;s own data file %1 was written by a newer version of SignWatch (data version %2, this version knows %3). Update SignWatch to open it.</source>
        <translation>The console&apos;s own data file %1 was written by a newer version of SignWatch (data version %2, this version knows %3). Update SignWatch to open it.</translation>
    </message>
    <message>
        <source>Could not record the data version.</source>
        <translation>Could not record the data version.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>%1 The head of the audit log is kept in %2 instead.</source>
        <translation>%1 The head of the audit log is kept in %2 instead.</translation>
    </message>
    <message>
        <source>Entry %1 was edited: it no longer matches its hash.</source>
        <translation>Entry %1 was edited: it no longer matches its hash.</translation>
    </message>
    <message>
        <source>The entry before entry %1 was removed.</source>
        <translation>The entry before entry %1 was removed.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: entries were moved, inserted or renumbered.</source>
        <translation>Entry %1 does not follow the entry before it: entries were moved, inserted or renumbered.</translation>
    </message>
    <message>
        <source>The anchor kept in %1 names %2 entries, but the log has none: every entry was removed.</source>
        <translation>The anchor kept in %1 names %2 entries, but the log has none: every entry was removed.</translation>
    </message>
    <message>
        <source>The anchor kept in %1 names %2 entries, but the log ends at entry %3: %4 removed.</source>
        <translation>The anchor kept in %1 names %2 entries, but the log ends at entry %3: %4 removed.</translation>
    </message>
    <message>
        <source>entry %1 was</source>
        <translation>entry %1 was</translation>
    </message>
    <message>
        <source>entries %1 to %2 were</source>
        <translation>entries %1 to %2 were</translation>
    </message>
    <message>
        <source>Entry %1 differs from the anchor kept in %2: the log was rewritten up to there.</source>
        <translation>Entry %1 differs from the anchor kept in %2: the log was rewritten up to there.</translation>
    </message>
    <message>
        <source>There is no casebook at %1.</source>
        <translation>There is no casebook at %1.</translation>
    </message>
    <message>
        <source>The database %1 holds no casebook yet: its owner sets it up with `signwatch-cli casebook init --casebook URL`.</source>
        <translation>The database %1 holds no casebook yet: its owner sets it up with `signwatch-cli casebook init --casebook URL`.</translation>
    </message>
    <message>
        <source>Your login %1 holds no role in the casebook %2: ask its administrator to grant you one (`signwatch-cli casebook grant %1 --role …`).</source>
        <translation>Your login %1 holds no role in the casebook %2: ask its administrator to grant you one (`signwatch-cli casebook grant %1 --role …`).</translation>
    </message>
    <message>
        <source>The casebook %1 was set up by a newer version of SignWatch (data version %2, this version knows %3). Update SignWatch to open it.</source>
        <translation>The casebook %1 was set up by a newer version of SignWatch (data version %2, this version knows %3). Update SignWatch to open it.</translation>
    </message>
    <message>
        <source>The casebook %1 is at data version %2 and this SignWatch needs %3: its owner updates it with `signwatch-cli casebook init --casebook URL`.</source>
        <translation>The casebook %1 is at data version %2 and this SignWatch needs %3: its owner updates it with `signwatch-cli casebook init --casebook URL`.</translation>
    </message>
    <message>
        <source>The casebook %1 has %2 at data version %3 and this SignWatch needs %4: its owner updates it with `signwatch-cli casebook init --casebook URL`.</source>
        <translation>The casebook %1 has %2 at data version %3 and this SignWatch needs %4: its owner updates it with `signwatch-cli casebook init --casebook URL`.</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signatory</translation>
    </message>
    <message>
        <source>The casebook server refused this: your login has no right to it. Ask the casebook&apos;s administrator for the role it needs.</source>
        <translation>The casebook server refused this: your login has no right to it. Ask the casebook&apos;s administrator for the role it needs.</translation>
    </message>
    <message>
        <source>the casebook&apos;s administrator</source>
        <translation>the casebook&apos;s administrator</translation>
    </message>
    <message>
        <source>The casebook server refused this: it needs the role &quot;%1&quot;, which your login does not hold (action %2). Ask the casebook&apos;s administrator to grant it.</source>
        <translation>The casebook server refused this: it needs the role &quot;%1&quot;, which your login does not hold (action %2). Ask the casebook&apos;s administrator to grant it.</translation>
    </message>
    <message>
        <source>Could not read the casebook database&apos;s name.</source>
        <translation>Could not read the casebook database&apos;s name.</translation>
    </message>
    <message>
        <source>Could not read who the casebook server says you are.</source>
        <translation>Could not read who the casebook server says you are.</translation>
    </message>
    <message>
        <source>Could not read your roles in the casebook.</source>
        <translation>Could not read your roles in the casebook.</translation>
    </message>
    <message>
        <source>Could not read the casebook database&apos;s owner.</source>
        <translation>Could not read the casebook database&apos;s owner.</translation>
    </message>
    <message>
        <source>Only the casebook database&apos;s owner sets it up: connect as the login that owns the database.</source>
        <translation>Only the casebook database&apos;s owner sets it up: connect as the login that owns the database.</translation>
    </message>
    <message>
        <source>Setting up the casebook creates its three roles: the owner&apos;s login needs CREATEROLE (ALTER ROLE … CREATEROLE).</source>
        <translation>Setting up the casebook creates its three roles: the owner&apos;s login needs CREATEROLE (ALTER ROLE … CREATEROLE).</translation>
    </message>
    <message>
        <source>The casebook database must use the UTF8 encoding (it uses %1): create it with ENCODING &apos;UTF8&apos;.</source>
        <translation>The casebook database must use the UTF8 encoding (it uses %1): create it with ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>Could not set up the casebook&apos;s roles.</source>
        <translation>Could not set up the casebook&apos;s roles.</translation>
    </message>
    <message>
        <source>Could not read the login %1.</source>
        <translation>Could not read the login %1.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL login %1 on this server: create it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <translation>There is no PostgreSQL login %1 on this server: create it first (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <source>Could not grant the role to %1.</source>
        <translation>Could not grant the role to %1.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Could not read %1.</translation>
    </message>
    <message>
        <source>Could not read %1 from the desk&apos;s casebook.</source>
        <translation>Could not read %1 from the desk&apos;s casebook.</translation>
    </message>
    <message>
        <source>Could not write %1 into the shared casebook.</source>
        <translation>Could not write %1 into the shared casebook.</translation>
    </message>
    <message>
        <source>The shared casebook refused the move.</source>
        <translation>The shared casebook refused the move.</translation>
    </message>
    <message>
        <source>A desk&apos;s casebook (a SQLite file) moves into the shared one (PostgreSQL).</source>
        <translation>A desk&apos;s casebook (a SQLite file) moves into the shared one (PostgreSQL).</translation>
    </message>
    <message>
        <source>Only the shared casebook&apos;s owner moves a desk&apos;s casebook into it.</source>
        <translation>Only the shared casebook&apos;s owner moves a desk&apos;s casebook into it.</translation>
    </message>
    <message>
        <source>The desk&apos;s casebook is at data version %1 and the shared one at %2: update the shared one first (casebook init).</source>
        <translation>The desk&apos;s casebook is at data version %1 and the shared one at %2: update the shared one first (casebook init).</translation>
    </message>
    <message>
        <source>The desk&apos;s audit log does not verify, so its history cannot be vouched for in the shared casebook: %1</source>
        <translation>The desk&apos;s audit log does not verify, so its history cannot be vouched for in the shared casebook: %1</translation>
    </message>
    <message>
        <source>The shared casebook already holds these numbers, which the desk&apos;s casebook uses too: %1. Nothing was moved.</source>
        <translation>The shared casebook already holds these numbers, which the desk&apos;s casebook uses too: %1. Nothing was moved.</translation>
    </message>
    <message>
        <source>A desk&apos;s casebook moved into the shared casebook with its audit history.</source>
        <translation>A desk&apos;s casebook moved into the shared casebook with its audit history.</translation>
    </message>
    <message>
        <source>No casebook has been chosen yet.</source>
        <translation>No casebook has been chosen yet.</translation>
    </message>
    <message>
        <source>The connection to the Department&apos;s casebook %1 was lost.</source>
        <translation>The connection to the Department&apos;s casebook %1 was lost.</translation>
    </message>
    <message>
        <source>Could not connect to the Department&apos;s casebook (database %1 on %2:%3). Check the address, your login and password, and that the server is running; the casework stays unavailable until it is reachable.</source>
        <translation>Could not connect to the Department&apos;s casebook (database %1 on %2:%3). Check the address, your login and password, and that the server is running; the casework stays unavailable until it is reachable.</translation>
    </message>
    <message>
        <source>Could not read the names of the casebook&apos;s people.</source>
        <translation>Could not read the names of the casebook&apos;s people.</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>Could not read the console&apos;s own data.</source>
        <translation>Could not read the console&apos;s own data.</translation>
    </message>
    <message>
        <source>Could not read case %1.</source>
        <translation>Could not read case %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>There is no case %1.</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status &quot;%2&quot;.</source>
        <translation>Case %1 has an unknown status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>Could not change case %1.</source>
        <translation>Could not change case %1.</translation>
    </message>
    <message>
        <source>Not a finding of a scan: %1</source>
        <translation>Not a finding of a scan: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>announcement</translation>
    </message>
    <message>
        <source>Could not read the case&apos;s documents.</source>
        <translation>Could not read the case&apos;s documents.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>There is no document %1.</translation>
    </message>
    <message>
        <source>Could not create the document.</source>
        <translation>Could not create the document.</translation>
    </message>
    <message>
        <source>Case %1 is %2: minutes are drawn up for an established case (a signed one is put right by a correction).</source>
        <translation>Case %1 is %2: minutes are drawn up for an established case (a signed one is put right by a correction).</translation>
    </message>
    <message>
        <source>Case %1 has no signed minutes: the announcement cites them, so sign the minutes first.</source>
        <translation>Case %1 has no signed minutes: the announcement cites them, so sign the minutes first.</translation>
    </message>
    <message>
        <source>Case %1 is %2: there is nothing to announce.</source>
        <translation>Case %1 is %2: there is nothing to announce.</translation>
    </message>
    <message>
        <source>Document %1 is still a draft: edit it instead of correcting it.</source>
        <translation>Document %1 is still a draft: edit it instead of correcting it.</translation>
    </message>
    <message>
        <source>Could not read the document.</source>
        <translation>Could not read the document.</translation>
    </message>
    <message>
        <source>The %1 %2 is signed and can no longer be changed; make a correction instead.</source>
        <translation>The %1 %2 is signed and can no longer be changed; make a correction instead.</translation>
    </message>
    <message>
        <source>Could not save the draft.</source>
        <translation>Could not save the draft.</translation>
    </message>
    <message>
        <source>The %1 %2 is already signed.</source>
        <translation>The %1 %2 is already signed.</translation>
    </message>
    <message>
        <source>Before signing, fill in: %1.</source>
        <translation>Before signing, fill in: %1.</translation>
    </message>
    <message>
        <source>The document was signed meanwhile.</source>
        <translation>The document was signed meanwhile.</translation>
    </message>
    <message>
        <source>Could not allocate the document&apos;s number.</source>
        <translation>Could not allocate the document&apos;s number.</translation>
    </message>
    <message>
        <source>Could not store the signed document.</source>
        <translation>Could not store the signed document.</translation>
    </message>
    <message>
        <source>Only a signed announcement is published.</source>
        <translation>Only a signed announcement is published.</translation>
    </message>
    <message>
        <source>The finding %1 is about %2, not about %3: a case gathers one provider&apos;s findings.</source>
        <translation>The finding %1 is about %2, not about %3: a case gathers one provider&apos;s findings.</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>no provider</translation>
    </message>
    <message>
        <source>Could not read the case&apos;s findings.</source>
        <translation>Could not read the case&apos;s findings.</translation>
    </message>
    <message>
        <source>Could not add the findings to the case.</source>
        <translation>Could not add the findings to the case.</translation>
    </message>
    <message>
        <source>Case %1 is %2: findings and complaints can be changed only while it is open or established.</source>
        <translation>Case %1 is %2: findings and complaints can be changed only while it is open or established.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>violation established</source>
        <translation>violation established</translation>
    </message>
    <message>
        <source>minutes drafted</source>
        <translation>minutes drafted</translation>
    </message>
    <message>
        <source>minutes signed</source>
        <translation>minutes signed</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>dismissed</translation>
    </message>
    <message>
        <source>the case is already %1.</source>
        <translation>the case is already %1.</translation>
    </message>
    <message>
        <source>a dismissed case cannot change any more.</source>
        <translation>a dismissed case cannot change any more.</translation>
    </message>
    <message>
        <source>a published case cannot change any more; correct its documents instead.</source>
        <translation>a published case cannot change any more; correct its documents instead.</translation>
    </message>
    <message>
        <source>a case can be dismissed only while open or established, not once minutes exist.</source>
        <translation>a case can be dismissed only while open or established, not once minutes exist.</translation>
    </message>
    <message>
        <source>a case cannot be reopened.</source>
        <translation>a case cannot be reopened.</translation>
    </message>
    <message>
        <source>it cannot go from %1 to %2.</source>
        <translation>it cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>it is %1; its next step is %2, not %3.</source>
        <translation>it is %1; its next step is %2, not %3.</translation>
    </message>
    <message>
        <source>Choose the provider the case is against.</source>
        <translation>Choose the provider the case is against.</translation>
    </message>
    <message>
        <source>Give the legal name of provider %1: it is printed in the minutes.</source>
        <translation>Give the legal name of provider %1: it is printed in the minutes.</translation>
    </message>
    <message>
        <source>Violations by %1</source>
        <translation>Violations by %1</translation>
    </message>
    <message>
        <source>Could not open the case.</source>
        <translation>Could not open the case.</translation>
    </message>
    <message>
        <source>Could not read the cases.</source>
        <translation>Could not read the cases.</translation>
    </message>
    <message>
        <source>Give a reason for taking the finding out of the case.</source>
        <translation>Give a reason for taking the finding out of the case.</translation>
    </message>
    <message>
        <source>Case %1 has no finding %2.</source>
        <translation>Case %1 has no finding %2.</translation>
    </message>
    <message>
        <source>Complaint %1 is about %2; case %3 is against %4.</source>
        <translation>Complaint %1 is about %2; case %3 is against %4.</translation>
    </message>
    <message>
        <source>Complaint %1 already belongs to case %2.</source>
        <translation>Complaint %1 already belongs to case %2.</translation>
    </message>
    <message>
        <source>Could not add the complaint to the case.</source>
        <translation>Could not add the complaint to the case.</translation>
    </message>
    <message>
        <source>Give a reason for taking the complaint out of the case.</source>
        <translation>Give a reason for taking the complaint out of the case.</translation>
    </message>
    <message>
        <source>Could not take the complaint out of the case.</source>
        <translation>Could not take the complaint out of the case.</translation>
    </message>
    <message>
        <source>Complaint %1 is not part of case %2.</source>
        <translation>Complaint %1 is not part of case %2.</translation>
    </message>
    <message>
        <source>Case %1 has no findings and no substantiated complaint: a violation is established on evidence.</source>
        <translation>Case %1 has no findings and no substantiated complaint: a violation is established on evidence.</translation>
    </message>
    <message>
        <source>Give the reason for dismissing the case.</source>
        <translation>Give the reason for dismissing the case.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>A case needs a title.</translation>
    </message>
    <message>
        <source>Enter the date the exclusion takes effect.</source>
        <translation>Enter the date the exclusion takes effect.</translation>
    </message>
    <message>
        <source>Case %1 is %2: the provider is removed from the programme only on a published case.</source>
        <translation>Case %1 is %2: the provider is removed from the programme only on a published case.</translation>
    </message>
    <message>
        <source>Could not read the exclusions.</source>
        <translation>Could not read the exclusions.</translation>
    </message>
    <message>
        <source>Only a signed announcement of case %1 is published.</source>
        <translation>Only a signed announcement of case %1 is published.</translation>
    </message>
    <message>
        <source>Could not record the publication.</source>
        <translation>Could not record the publication.</translation>
    </message>
    <message>
        <source>Could not read the publications.</source>
        <translation>Could not read the publications.</translation>
    </message>
    <message>
        <source>The portal&apos;s reference is missing.</source>
        <translation>The portal&apos;s reference is missing.</translation>
    </message>
    <message>
        <source>Case %1 has no signed announcement to publish.</source>
        <translation>Case %1 has no signed announcement to publish.</translation>
    </message>
    <message>
        <source>Could not read a complaint&apos;s findings.</source>
        <translation>Could not read a complaint&apos;s findings.</translation>
    </message>
    <message>
        <source>Could not change a complaint&apos;s findings.</source>
        <translation>Could not change a complaint&apos;s findings.</translation>
    </message>
    <message>
        <source>Hue-S feedback</source>
        <translation>Hue-S feedback</translation>
    </message>
    <message>
        <source>Hotline 1900 1075</source>
        <translation>Hotline 1900 1075</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Not yet verified</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>Substantiated</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Not substantiated</translation>
    </message>
    <message>
        <source>Needs a field check</source>
        <translation>Needs a field check</translation>
    </message>
    <message>
        <source>The citizen identity number must have 12 digits.</source>
        <translation>The citizen identity number must have 12 digits.</translation>
    </message>
    <message>
        <source>Choose the provider the complaint is about.</source>
        <translation>Choose the provider the complaint is about.</translation>
    </message>
    <message>
        <source>Enter when the complaint was received.</source>
        <translation>Enter when the complaint was received.</translation>
    </message>
    <message>
        <source>The complaint cannot be received in the future.</source>
        <translation>The complaint cannot be received in the future.</translation>
    </message>
    <message>
        <source>Write down what the citizen says.</source>
        <translation>Write down what the citizen says.</translation>
    </message>
    <message>
        <source>The timeline snapshot is not valid JSON.</source>
        <translation>The timeline snapshot is not valid JSON.</translation>
    </message>
    <message>
        <source>The linked finding %1 is about %2, not about %3.</source>
        <translation>The linked finding %1 is about %2, not about %3.</translation>
    </message>
    <message>
        <source>Write down in the notes how the complaint was verified before recording an outcome.</source>
        <translation>Write down in the notes how the complaint was verified before recording an outcome.</translation>
    </message>
    <message>
        <source>Link the findings that substantiate the complaint.</source>
        <translation>Link the findings that substantiate the complaint.</translation>
    </message>
    <message>
        <source>Could not record the complaint.</source>
        <translation>Could not record the complaint.</translation>
    </message>
    <message>
        <source>Complaint %1 belongs to case %2 against %3: take it out of the case before changing its provider.</source>
        <translation>Complaint %1 belongs to case %2 against %3: take it out of the case before changing its provider.</translation>
    </message>
    <message>
        <source>Complaint %1 rests on the signed minutes of case %2 and can no longer be changed.</source>
        <translation>Complaint %1 rests on the signed minutes of case %2 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Could not change the complaint.</source>
        <translation>Could not change the complaint.</translation>
    </message>
    <message>
        <source>Give a reason for removing the complaint.</source>
        <translation>Give a reason for removing the complaint.</translation>
    </message>
    <message>
        <source>Complaint %1 belongs to case %2: take it out of the case first.</source>
        <translation>Complaint %1 belongs to case %2: take it out of the case first.</translation>
    </message>
    <message>
        <source>Could not remove the complaint.</source>
        <translation>Could not remove the complaint.</translation>
    </message>
    <message>
        <source>Could not read the complaints.</source>
        <translation>Could not read the complaints.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>There is no complaint %1.</translation>
    </message>
    <message>
        <source>Other consoles kept signing documents while this one was being prepared, so it was not signed. Sign it again.</source>
        <translation>Other consoles kept signing documents while this one was being prepared, so it was not signed. Sign it again.</translation>
    </message>
    <message>
        <source>The stored file of the %1 %2 was changed outside SignWatch: do not use it. Run “signwatch-cli audit verify” to see what else was changed.</source>
        <translation>The stored file of the %1 %2 was changed outside SignWatch: do not use it. Run “signwatch-cli audit verify” to see what else was changed.</translation>
    </message>
    <message>
        <source>Recorded SHA-256 %1, stored file %2.</source>
        <translation>Recorded SHA-256 %1, stored file %2.</translation>
    </message>
    <message>
        <source>The copy of the %1 %2 waiting to be published differs from the signed document: it was changed outside SignWatch and is not sent.</source>
        <translation>The copy of the %1 %2 waiting to be published differs from the signed document: it was changed outside SignWatch and is not sent.</translation>
    </message>
    <message>
        <source>Could not read the casework to check it.</source>
        <translation>Could not read the casework to check it.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <source>complaint %1</source>
        <translation>complaint %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>document %1</translation>
    </message>
    <message>
        <source>%1 was in the file before entry %2 first recorded it: it was added outside SignWatch.</source>
        <translation>%1 was in the file before entry %2 first recorded it: it was added outside SignWatch.</translation>
    </message>
    <message>
        <source>%1 was changed outside SignWatch after entry %2 (found changed by entry %3).</source>
        <translation>%1 was changed outside SignWatch after entry %2 (found changed by entry %3).</translation>
    </message>
    <message>
        <source>%1 was removed from the file outside SignWatch after entry %2.</source>
        <translation>%1 was removed from the file outside SignWatch after entry %2.</translation>
    </message>
    <message>
        <source>%1 was changed outside SignWatch after entry %2.</source>
        <translation>%1 was changed outside SignWatch after entry %2.</translation>
    </message>
    <message>
        <source>%1 is in the file, but no audit entry records it: it was added outside SignWatch.</source>
        <translation>%1 is in the file, but no audit entry records it: it was added outside SignWatch.</translation>
    </message>
    <message>
        <source>The stored PDF of %1 differs from the SHA-256 recorded when it was signed: it was changed outside SignWatch.</source>
        <translation>The stored PDF of %1 differs from the SHA-256 recorded when it was signed: it was changed outside SignWatch.</translation>
    </message>
    <message>
        <source>The %1 draft of case %2</source>
        <translation>The %1 draft of case %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>another person</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it. Nothing was overwritten: your text is kept for you to compare with theirs.</source>
        <translation>%1 was changed by %2 at %3 after you opened it. Nothing was overwritten: your text is kept for you to compare with theirs.</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>Signed today (%1), it is issued by %2: a document is dated the day it is signed and carries the body in force then.</source>
        <translation>Signed today (%1), it is issued by %2: a document is dated the day it is signed and carries the body in force then.</translation>
    </message>
    <message>
        <source>Could not update the casebook&apos;s schema.</source>
        <translation>Could not update the casebook&apos;s schema.</translation>
    </message>
    <message>
        <source>Could not read the signed documents.</source>
        <translation>Could not read the signed documents.</translation>
    </message>
    <message>
        <source>Could not record the signed documents&apos; issuing body.</source>
        <translation>Could not record the signed documents&apos; issuing body.</translation>
    </message>
    <message>
        <source>Could not read the issuing bodies.</source>
        <translation>Could not read the issuing bodies.</translation>
    </message>
    <message>
        <source>Only a signatory adds an issuing body: your login does not hold that role in this casebook.</source>
        <translation>Only a signatory adds an issuing body: your login does not hold that role in this casebook.</translation>
    </message>
    <message>
        <source>A document was already signed on %1 under the body then in force: a period starting on %2 would put it under another body than the one it names. Choose a date after %1.</source>
        <translation>A document was already signed on %1 under the body then in force: a period starting on %2 would put it under another body than the one it names. Choose a date after %1.</translation>
    </message>
    <message>
        <source>Could not add the issuing body.</source>
        <translation>Could not add the issuing body.</translation>
    </message>
    <message>
        <source>Documents signed from %1 are issued by %2 (%3).</source>
        <translation>Documents signed from %1 are issued by %2 (%3).</translation>
    </message>
    <message>
        <source>The document was not signed (no number used): %1</source>
        <translation>The document was not signed (no number used): %1</translation>
    </message>
    <message>
        <source>The document was not signed (no number used): the digital signature did not return the rendered document signed.</source>
        <translation>The document was not signed (no number used): the digital signature did not return the rendered document signed.</translation>
    </message>
    <message>
        <source>Not signed: the PIN was not given.</source>
        <translation>Not signed: the PIN was not given.</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>Could not read the audit log.</translation>
    </message>
    <message>
        <source>Only a signatory records an issuing body&apos;s address: your login does not hold that role in this casebook.</source>
        <translation>Only a signatory records an issuing body&apos;s address: your login does not hold that role in this casebook.</translation>
    </message>
    <message>
        <source>Give the address of the issuing body&apos;s seat.</source>
        <translation>Give the address of the issuing body&apos;s seat.</translation>
    </message>
    <message>
        <source>No issuing body starts on %1.</source>
        <translation>No issuing body starts on %1.</translation>
    </message>
    <message>
        <source>Could not record the issuing body&apos;s address.</source>
        <translation>Could not record the issuing body&apos;s address.</translation>
    </message>
    <message>
        <source>%1 (%2) has its seat at %3.</source>
        <translation>%1 (%2) has its seat at %3.</translation>
    </message>
    <message>
        <source>Could not read which findings are in a case.</source>
        <translation>Could not read which findings are in a case.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>The picture could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>The picture could not be saved to %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The page could not be set up.</source>
        <translation>The page could not be set up.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and that you may write to it.</source>
        <translation>The PDF could not be written to %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>The PDF could not be finished.</translation>
    </message>
</context>
<context>
    <name>CitizenFindingsLookup</name>
    <message>
        <source>Open the registry to see this citizen&apos;s findings here, or link findings from a scan file.</source>
        <translation>Open the registry to see this citizen&apos;s findings here, or link findings from a scan file.</translation>
    </message>
    <message>
        <source>from the scan of %1</source>
        <translation>from the scan of %1</translation>
    </message>
    <message>
        <source>The findings page&apos;s latest scan of this registry, as of %1.</source>
        <translation>The findings page&apos;s latest scan of this registry, as of %1.</translation>
    </message>
    <message>
        <source>from the citizen&apos;s records as of %1 (no scan of this registry is kept)</source>
        <translation>from the citizen&apos;s records as of %1 (no scan of this registry is kept)</translation>
    </message>
    <message>
        <source>The citizen&apos;s own records judged as the citizen look-up page judges them; rules that compare several citizens are left to a full scan on the findings page.</source>
        <translation>The citizen&apos;s own records judged as the citizen look-up page judges them; rules that compare several citizens are left to a full scan on the findings page.</translation>
    </message>
</context>
<context>
    <name>Citizens</name>
    <message>
        <source>The registry could not give this citizen&apos;s records.</source>
        <translation>The registry could not give this citizen&apos;s records.</translation>
    </message>
    <message>
        <source>Could not prepare this citizen&apos;s records for the rules (%1).</source>
        <translation>Could not prepare this citizen&apos;s records for the rules (%1).</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for this citizen&apos;s findings.</source>
        <translation>Could not create a temporary folder for this citizen&apos;s findings.</translation>
    </message>
    <message>
        <source>The registry could not be searched.</source>
        <translation>The registry could not be searched.</translation>
    </message>
    <message>
        <source>Enter a 12-digit CCCD number, or a full name together with the birth date.</source>
        <translation>Enter a 12-digit CCCD number, or a full name together with the birth date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a birth date.</source>
        <translation>&quot;%1&quot; is not a birth date.</translation>
    </message>
    <message>
        <source>The registry could not give the earlier certificates.</source>
        <translation>The registry could not give the earlier certificates.</translation>
    </message>
</context>
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
    <message>
        <source>Prints the supervisors&apos; dashboard: headline figures, per-provider figures and the timeline.</source>
        <translation>Prints the supervisors&apos; dashboard: headline figures, per-provider figures and the timeline.</translation>
    </message>
    <message>
        <source>First local day of the period, YYYY-MM-DD.</source>
        <translation>First local day of the period, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last local day of the period (included), YYYY-MM-DD.</source>
        <translation>Last local day of the period (included), YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only citizens of this district (GSO code, e.g. 474).</source>
        <translation>Only citizens of this district (GSO code, e.g. 474).</translation>
    </message>
    <message>
        <source>Only this provider (code, e.g. VNPT-CA).</source>
        <translation>Only this provider (code, e.g. VNPT-CA).</translation>
    </message>
    <message>
        <source>Judge requests as of this UTC time (default: now).</source>
        <translation>Judge requests as of this UTC time (default: now).</translation>
    </message>
    <message>
        <source>Count on one connection only (for timing).</source>
        <translation>Count on one connection only (for timing).</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2023-08-01.</source>
        <translation>--%1 takes a date such as 2023-08-01.</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from must not come after --to.</translation>
    </message>
    <message>
        <source>Opened in %1 s, counted in %2 s.</source>
        <translation>Opened in %1 s, counted in %2 s.</translation>
    </message>
    <message>
        <source>Writes the Department&apos;s periodic report (BÁO CÁO, BC-STTTT) for a period as a PDF.</source>
        <translation>Writes the Department&apos;s periodic report (BÁO CÁO, BC-STTTT) for a period as a PDF.</translation>
    </message>
    <message>
        <source>A UTF-8 text file with the proposals (part VI).</source>
        <translation>A UTF-8 text file with the proposals (part VI).</translation>
    </message>
    <message>
        <source>The report&apos;s number within the year (default 1).</source>
        <translation>The report&apos;s number within the year (default 1).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <source>--out is required.</source>
        <translation>--out is required.</translation>
    </message>
    <message>
        <source>--district takes a district code of the province (474–483).</source>
        <translation>--district takes a district code of the province (474–483).</translation>
    </message>
    <message>
        <source>--number takes a whole number from 1.</source>
        <translation>--number takes a whole number from 1.</translation>
    </message>
    <message>
        <source>The proposals file %1 cannot be read: %2</source>
        <translation>The proposals file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The findings store %1 does not exist.</source>
        <translation>The findings store %1 does not exist.</translation>
    </message>
    <message>
        <source>Report written: %1 pages (figures %2 ms, PDF %3 ms).</source>
        <translation>Report written: %1 pages (figures %2 ms, PDF %3 ms).</translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a period, district or provider</source>
        <translation>print the dashboard&apos;s figures for a period, district or provider</translation>
    </message>
    <message>
        <source>open, list, show, establish or dismiss cases</source>
        <translation>open, list, show, establish or dismiss cases</translation>
    </message>
    <message>
        <source>write (and sign) a case&apos;s minutes as PDF</source>
        <translation>write (and sign) a case&apos;s minutes as PDF</translation>
    </message>
    <message>
        <source>write (and sign) a case&apos;s announcement as PDF</source>
        <translation>write (and sign) a case&apos;s announcement as PDF</translation>
    </message>
    <message>
        <source>write the Department&apos;s periodic report (PDF)</source>
        <translation>write the Department&apos;s periodic report (PDF)</translation>
    </message>
    <message>
        <source>%1 takes a case number.</source>
        <translation>%1 takes a case number.</translation>
    </message>
    <message>
        <source>Opens a case against one provider from a scan&apos;s findings.</source>
        <translation>Opens a case against one provider from a scan&apos;s findings.</translation>
    </message>
    <message>
        <source>The provider&apos;s code, e.g. VIETTEL-CA.</source>
        <translation>The provider&apos;s code, e.g. VIETTEL-CA.</translation>
    </message>
    <message>
        <source>The provider&apos;s legal name (default: the regulation&apos;s addressee list).</source>
        <translation>The provider&apos;s legal name (default: the regulation&apos;s addressee list).</translation>
    </message>
    <message>
        <source>Findings of `signwatch-cli scan` (JSON Lines); only the provider&apos;s are taken.</source>
        <translation>Findings of `signwatch-cli scan` (JSON Lines); only the provider&apos;s are taken.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>The case&apos;s title.</translation>
    </message>
    <message>
        <source>case open needs --provider and --findings.</source>
        <translation>case open needs --provider and --findings.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no finding about %2: no case opened.</source>
        <translation>%1 has no finding about %2: no case opened.</translation>
    </message>
    <message>
        <source>Case %1 opened against %2 with %3 finding(s).</source>
        <translation>Case %1 opened against %2 with %3 finding(s).</translation>
    </message>
    <message>
        <source>Lists the cases, newest first.</source>
        <translation>Lists the cases, newest first.</translation>
    </message>
    <message>
        <source>Only this provider&apos;s cases.</source>
        <translation>Only this provider&apos;s cases.</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No cases.</translation>
    </message>
    <message>
        <source>Shows a case: its status, findings, complaints and documents.</source>
        <translation>Shows a case: its status, findings, complaints and documents.</translation>
    </message>
    <message>
        <source>The case number.</source>
        <translation>The case number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number.</source>
        <translation>&quot;%1&quot; is not a case number.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Provider: %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Opened: %1, last changed %2</source>
        <translation>Opened: %1, last changed %2</translation>
    </message>
    <message>
        <source>Excluded from the programme from %1</source>
        <translation>Excluded from the programme from %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Findings: %1</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Complaints: %1</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>	corrects %1</source>
        <translation>	corrects %1</translation>
    </message>
    <message>
        <source>Dismisses an open or established case, with a reason.</source>
        <translation>Dismisses an open or established case, with a reason.</translation>
    </message>
    <message>
        <source>Records that the case&apos;s violation is established.</source>
        <translation>Records that the case&apos;s violation is established.</translation>
    </message>
    <message>
        <source>Why (required to dismiss).</source>
        <translation>Why (required to dismiss).</translation>
    </message>
    <message>
        <source>Case %1 is now %2.</source>
        <translation>Case %1 is now %2.</translation>
    </message>
    <message>
        <source>Writes a case&apos;s minutes (biên bản) as PDF: its current draft, made from the case&apos;s findings the first time, or the signed minutes.</source>
        <translation>Writes a case&apos;s minutes (biên bản) as PDF: its current draft, made from the case&apos;s findings the first time, or the signed minutes.</translation>
    </message>
    <message>
        <source>Writes a case&apos;s announcement (thông báo) as PDF, made from its signed minutes.</source>
        <translation>Writes a case&apos;s announcement (thông báo) as PDF, made from its signed minutes.</translation>
    </message>
    <message>
        <source>Replace the draft with this JSON file first.</source>
        <translation>Replace the draft with this JSON file first.</translation>
    </message>
    <message>
        <source>Also write the draft as JSON (citizen ids masked) for editing.</source>
        <translation>Also write the draft as JSON (citizen ids masked) for editing.</translation>
    </message>
    <message>
        <source>%1 needs --case N.</source>
        <translation>%1 needs --case N.</translation>
    </message>
    <message>
        <source>%1 needs --out FILE.pdf.</source>
        <translation>%1 needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>%1 is not a JSON draft: %2</source>
        <translation>%1 is not a JSON draft: %2</translation>
    </message>
    <message>
        <source>Minutes draft created for case %1.</source>
        <translation>Minutes draft created for case %1.</translation>
    </message>
    <message>
        <source>Announcement draft created for case %1.</source>
        <translation>Announcement draft created for case %1.</translation>
    </message>
    <message>
        <source>Not signed: the draft still lacks %1. Fill it in with --draft-out / --draft-in.</source>
        <translation>Not signed: the draft still lacks %1. Fill it in with --draft-out / --draft-in.</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli case open|list|show|establish|dismiss [OPTIONS]
Run signwatch-cli case SUBCOMMAND --help for its options.</source>
        <translation>Usage: signwatch-cli case open|list|show|establish|dismiss [OPTIONS]
Run signwatch-cli case SUBCOMMAND --help for its options.</translation>
    </message>
    <message>
        <source>Unknown case command: %1</source>
        <translation>Unknown case command: %1</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries.</source>
        <translation>The audit log is intact: %1 entries.</translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1.</source>
        <translation>The audit log is broken at entry %1.</translation>
    </message>
    <message>
        <source>The audit log does not match the casebook:</source>
        <translation>The audit log does not match the casebook:</translation>
    </message>
    <message>
        <source>Head of the log: %1 entries, entry %1 %2 (%3).</source>
        <translation>Head of the log: %1 entries, entry %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Anchor in %1 (raised %2): %3 entries, entry %3 %4 — holds.</source>
        <translation>Anchor in %1 (raised %2): %3 entries, entry %3 %4 — holds.</translation>
    </message>
    <message>
        <source>Anchor in %1 (raised %2): %3 entries, entry %3 %4 — DOES NOT HOLD.</source>
        <translation>Anchor in %1 (raised %2): %3 entries, entry %3 %4 — DOES NOT HOLD.</translation>
    </message>
    <message>
        <source>No anchor of this casebook was found (system keychain, %1): the removal of the newest entries cannot be checked here. Keep the head printed by “signwatch-cli audit anchor”.</source>
        <translation>No anchor of this casebook was found (system keychain, %1): the removal of the newest entries cannot be checked here. Keep the head printed by “signwatch-cli audit anchor”.</translation>
    </message>
    <message>
        <source>Checks the audit log: its hash chain, its head against the anchors kept outside the casebook, every case, complaint and document against the changes it records, and each signed PDF against its SHA-256.</source>
        <translation>Checks the audit log: its hash chain, its head against the anchors kept outside the casebook, every case, complaint and document against the changes it records, and each signed PDF against its SHA-256.</translation>
    </message>
    <message>
        <source>Prints the head of the audit log (entries, hash of the last one, its time) for a supervisor to note down, once the log verifies.</source>
        <translation>Prints the head of the audit log (entries, hash of the last one, its time) for a supervisor to note down, once the log verifies.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>The audit log is empty.</translation>
    </message>
    <message>
        <source>%1: connection: %2</source>
        <translation>%1: connection: %2</translation>
    </message>
    <message>
        <source>The output could not be written in full.</source>
        <translation>The output could not be written in full.</translation>
    </message>
    <message>
        <source>The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB, TLS settings in the query (?sslmode=verify-full&amp;sslrootcert=CA.pem); password from PGPASSWORD or the keychain.</source>
        <translation>The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB, TLS settings in the query (?sslmode=verify-full&amp;sslrootcert=CA.pem); password from PGPASSWORD or the keychain.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>The registry %1 cannot be read:</source>
        <translation>The registry %1 cannot be read:</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli audit verify|anchor [--casebook PATH|URL]
       signwatch-cli audit export [--casebook PATH|URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--personal-data] --out FILE.csv</source>
        <translation>Usage: signwatch-cli audit verify|anchor [--casebook PATH|URL]
       signwatch-cli audit export [--casebook PATH|URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--personal-data] --out FILE.csv</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 takes a day as YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>Writes the audit log&apos;s entries to a CSV file (UTF-8, a header row): id, time (UTC), person, action, subject kind, subject id and reason. Citizen ids are masked. --from and --to are days in local time (UTC+7), both included. The file is readable by its owner only.</source>
        <translation>Writes the audit log&apos;s entries to a CSV file (UTF-8, a header row): id, time (UTC), person, action, subject kind, subject id and reason. Citizen ids are masked. --from and --to are days in local time (UTC+7), both included. The file is readable by its owner only.</translation>
    </message>
    <message>
        <source>The first day to list (local time, UTC+7).</source>
        <translation>The first day to list (local time, UTC+7).</translation>
    </message>
    <message>
        <source>The last day to list (local time, UTC+7), included.</source>
        <translation>The last day to list (local time, UTC+7), included.</translation>
    </message>
    <message>
        <source>Only accesses to personal data (a citizen&apos;s full id shown: citizen.unmask), for data-protection duties under Law 91/2025/QH15.</source>
        <translation>Only accesses to personal data (a citizen&apos;s full id shown: citizen.unmask), for data-protection duties under Law 91/2025/QH15.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>--out FILE.csv is required.</source>
        <translation>--out FILE.csv is required.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written to %1 (citizen ids masked).</source>
        <translation>
            <numerusform>%n audit entry written to %1 (citizen ids masked).</numerusform>
            <numerusform>%n audit entries written to %1 (citizen ids masked).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: signwatch-cli casebook init --casebook URL
       signwatch-cli casebook grant LOGIN --role inspector|supervisor|signatory --casebook URL
       signwatch-cli casebook migrate --from PATH --to URL</source>
        <translation>Usage: signwatch-cli casebook init --casebook URL
       signwatch-cli casebook grant LOGIN --role inspector|supervisor|signatory --casebook URL
       signwatch-cli casebook migrate --from PATH --to URL</translation>
    </message>
    <message>
        <source>casebook init and grant set up the Department&apos;s PostgreSQL casebook: give --casebook postgresql://OWNER@HOST:PORT/DB (a SQLite casebook needs no setting up).</source>
        <translation>casebook init and grant set up the Department&apos;s PostgreSQL casebook: give --casebook postgresql://OWNER@HOST:PORT/DB (a SQLite casebook needs no setting up).</translation>
    </message>
    <message>
        <source>Sets up (or updates) the Department&apos;s shared casebook in a PostgreSQL database: its schema, the server&apos;s checks, and the three roles &lt;db&gt;_inspector, &lt;db&gt;_supervisor and &lt;db&gt;_signatory. Run by the database&apos;s owner, a login with CREATEROLE; safe to run again.</source>
        <translation>Sets up (or updates) the Department&apos;s shared casebook in a PostgreSQL database: its schema, the server&apos;s checks, and the three roles &lt;db&gt;_inspector, &lt;db&gt;_supervisor and &lt;db&gt;_signatory. Run by the database&apos;s owner, a login with CREATEROLE; safe to run again.</translation>
    </message>
    <message>
        <source>The casebook database: postgresql://OWNER@HOST:PORT/DB.</source>
        <translation>The casebook database: postgresql://OWNER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>casebook init needs --casebook URL.</source>
        <translation>casebook init needs --casebook URL.</translation>
    </message>
    <message>
        <source>The casebook %1 is at data version %2.</source>
        <translation>The casebook %1 is at data version %2.</translation>
    </message>
    <message>
        <source>Roles: %1. Give a login its role with “signwatch-cli casebook grant LOGIN --role …”.</source>
        <translation>Roles: %1. Give a login its role with “signwatch-cli casebook grant LOGIN --role …”.</translation>
    </message>
    <message>
        <source>Gives a PostgreSQL login a role in the shared casebook.</source>
        <translation>Gives a PostgreSQL login a role in the shared casebook.</translation>
    </message>
    <message>
        <source>The PostgreSQL login of the person.</source>
        <translation>The PostgreSQL login of the person.</translation>
    </message>
    <message>
        <source>inspector, supervisor or signatory.</source>
        <translation>inspector, supervisor or signatory.</translation>
    </message>
    <message>
        <source>casebook grant takes one login.</source>
        <translation>casebook grant takes one login.</translation>
    </message>
    <message>
        <source>--role must be inspector, supervisor or signatory.</source>
        <translation>--role must be inspector, supervisor or signatory.</translation>
    </message>
    <message>
        <source>casebook grant needs --casebook URL.</source>
        <translation>casebook grant needs --casebook URL.</translation>
    </message>
    <message>
        <source>%1 now holds the role %2 (%3).</source>
        <translation>%1 now holds the role %2 (%3).</translation>
    </message>
    <message>
        <source>Moves a desk&apos;s casebook (a SQLite file) into the Department&apos;s shared casebook with its whole audit history, as one audited step. Run by the shared casebook&apos;s owner. Refuses, moving nothing, when the desk&apos;s audit log does not verify or a case, complaint, document or document number is already taken in the shared casebook. The desk&apos;s file is left as it was.</source>
        <translation>Moves a desk&apos;s casebook (a SQLite file) into the Department&apos;s shared casebook with its whole audit history, as one audited step. Run by the shared casebook&apos;s owner. Refuses, moving nothing, when the desk&apos;s audit log does not verify or a case, complaint, document or document number is already taken in the shared casebook. The desk&apos;s file is left as it was.</translation>
    </message>
    <message>
        <source>The desk&apos;s casebook file.</source>
        <translation>The desk&apos;s casebook file.</translation>
    </message>
    <message>
        <source>The shared casebook: postgresql://OWNER@HOST:PORT/DB.</source>
        <translation>The shared casebook: postgresql://OWNER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>casebook migrate needs --from PATH and --to URL.</source>
        <translation>casebook migrate needs --from PATH and --to URL.</translation>
    </message>
    <message>
        <source>--to must be the shared casebook&apos;s postgresql:// URL.</source>
        <translation>--to must be the shared casebook&apos;s postgresql:// URL.</translation>
    </message>
    <message>
        <source>Moved into %1: %2; %3 audit entries (the desk&apos;s head %4).</source>
        <translation>Moved into %1: %2; %3 audit entries (the desk&apos;s head %4).</translation>
    </message>
    <message>
        <source>The shared audit log does not verify after the move:</source>
        <translation>The shared audit log does not verify after the move:</translation>
    </message>
    <message>
        <source>The shared audit log verifies: %1 entries.</source>
        <translation>The shared audit log verifies: %1 entries.</translation>
    </message>
    <message>
        <source>casebook needs a subcommand.</source>
        <translation>casebook needs a subcommand.</translation>
    </message>
    <message>
        <source>Unknown casebook subcommand: %1</source>
        <translation>Unknown casebook subcommand: %1</translation>
    </message>
    <message>
        <source>The casebook: a SQLite file (default: %1) or the Department&apos;s postgresql://USER@HOST:PORT/DB?sslmode=… (password from PGPASSWORD or the keychain).</source>
        <translation>The casebook: a SQLite file (default: %1) or the Department&apos;s postgresql://USER@HOST:PORT/DB?sslmode=… (password from PGPASSWORD or the keychain).</translation>
    </message>
    <message>
        <source>verify the audit log&apos;s hash chain, or export its entries as CSV</source>
        <translation>verify the audit log&apos;s hash chain, or export its entries as CSV</translation>
    </message>
    <message>
        <source>set up the Department&apos;s shared casebook and give logins their roles</source>
        <translation>set up the Department&apos;s shared casebook and give logins their roles</translation>
    </message>
    <message>
        <source>Lists the issuing bodies by period: a document carries the body in force on its date.</source>
        <translation>Lists the issuing bodies by period: a document carries the body in force on its date.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (default) or json.</translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation>--format takes text or json.</translation>
    </message>
    <message>
        <source>[in force today]</source>
        <translation>[in force today]</translation>
    </message>
    <message>
        <source>Adds the next issuing body: documents signed from its date carry it (a signatory&apos;s action, audited as issuer.add). Periods are never changed or removed.</source>
        <translation>Adds the next issuing body: documents signed from its date carry it (a signatory&apos;s action, audited as issuer.add). Periods are never changed or removed.</translation>
    </message>
    <message>
        <source>The first day the body issues documents, YYYY-MM-DD.</source>
        <translation>The first day the body issues documents, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The parent body, header line 1 (UBND THÀNH PHỐ HUẾ).</source>
        <translation>The parent body, header line 1 (UBND THÀNH PHỐ HUẾ).</translation>
    </message>
    <message>
        <source>The issuing body, header line 2 (SỞ KHOA HỌC VÀ CÔNG NGHỆ).</source>
        <translation>The issuing body, header line 2 (SỞ KHOA HỌC VÀ CÔNG NGHỆ).</translation>
    </message>
    <message>
        <source>The body&apos;s code in numbers, letters and digits (SKHCN).</source>
        <translation>The body&apos;s code in numbers, letters and digits (SKHCN).</translation>
    </message>
    <message>
        <source>The body in running text (Sở Khoa học và Công nghệ).</source>
        <translation>The body in running text (Sở Khoa học và Công nghệ).</translation>
    </message>
    <message>
        <source>The place of the date line (Huế).</source>
        <translation>The place of the date line (Huế).</translation>
    </message>
    <message>
        <source>issuer add needs --%1.</source>
        <translation>issuer add needs --%1.</translation>
    </message>
    <message>
        <source>--from takes a date such as 2026-07-01.</source>
        <translation>--from takes a date such as 2026-07-01.</translation>
    </message>
    <message>
        <source>Documents signed from %1 are issued by %2 (%3 / %4, code %5, place %6).</source>
        <translation>Documents signed from %1 are issued by %2 (%3 / %4, code %5, place %6).</translation>
    </message>
    <message>
        <source>issuer needs a subcommand.</source>
        <translation>issuer needs a subcommand.</translation>
    </message>
    <message>
        <source>Unknown issuer subcommand: %1</source>
        <translation>Unknown issuer subcommand: %1</translation>
    </message>
    <message>
        <source>list the issuing bodies by period, or add the next one</source>
        <translation>list the issuing bodies by period, or add the next one</translation>
    </message>
    <message>
        <source>Sign the draft: give it its number, freeze it and keep its PDF&apos;s SHA-256. With --signing-key the PDF is signed digitally (PAdES) first; without, it is to be signed on paper.</source>
        <translation>Sign the draft: give it its number, freeze it and keep its PDF&apos;s SHA-256. With --signing-key the PDF is signed digitally (PAdES) first; without, it is to be signed on paper.</translation>
    </message>
    <message>
        <source>The signer&apos;s key: a PKCS#11 URI (&quot;pkcs11:token=…;object=…&quot;, see p11tool --list-tokens) or a PKCS#12 file. The PIN is read from SIGNWATCH_SIGNING_PIN or asked on the terminal.</source>
        <translation>The signer&apos;s key: a PKCS#11 URI (&quot;pkcs11:token=…;object=…&quot;, see p11tool --list-tokens) or a PKCS#12 file. The PIN is read from SIGNWATCH_SIGNING_PIN or asked on the terminal.</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module (.so); default: p11-kit&apos;s proxy.</source>
        <translation>The token&apos;s PKCS#11 module (.so); default: p11-kit&apos;s proxy.</translation>
    </message>
    <message>
        <source>The signer&apos;s signature image (PNG); default: a text appearance.</source>
        <translation>The signer&apos;s signature image (PNG); default: a text appearance.</translation>
    </message>
    <message>
        <source>A time-stamping authority (RFC 3161): the signature becomes PAdES B-T.</source>
        <translation>A time-stamping authority (RFC 3161): the signature becomes PAdES B-T.</translation>
    </message>
    <message>
        <source>--signing-key, --pkcs11-module, --signature-image and --timestamp-url go with --sign.</source>
        <translation>--signing-key, --pkcs11-module, --signature-image and --timestamp-url go with --sign.</translation>
    </message>
    <message>
        <source>--pkcs11-module, --signature-image and --timestamp-url need --signing-key.</source>
        <translation>--pkcs11-module, --signature-image and --timestamp-url need --signing-key.</translation>
    </message>
    <message>
        <source>Signed %1 digitally by %2, SHA-256 %3.</source>
        <translation>Signed %1 digitally by %2, SHA-256 %3.</translation>
    </message>
    <message>
        <source>Signed %1, SHA-256 %2: to be signed on paper.</source>
        <translation>Signed %1, SHA-256 %2: to be signed on paper.</translation>
    </message>
    <message>
        <source>The PIN of %1 is needed: set SIGNWATCH_SIGNING_PIN, or run the command on a terminal to be asked for it.</source>
        <translation>The PIN of %1 is needed: set SIGNWATCH_SIGNING_PIN, or run the command on a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>The terminal&apos;s echo cannot be turned off to read the PIN; set SIGNWATCH_SIGNING_PIN instead.</source>
        <translation>The terminal&apos;s echo cannot be turned off to read the PIN; set SIGNWATCH_SIGNING_PIN instead.</translation>
    </message>
    <message>
        <source>PIN or passphrase of %1: </source>
        <translation>PIN or passphrase of %1: </translation>
    </message>
    <message>
        <source>No PIN given: nothing signed.</source>
        <translation>No PIN given: nothing signed.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 has no signature.</source>
        <translation>%1 has no signature.</translation>
    </message>
    <message>
        <source>Signature %1 of %2 (%3): %4</source>
        <translation>Signature %1 of %2 (%3): %4</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Signed at (claimed):</source>
        <translation>Signed at (claimed):</translation>
    </message>
    <message>
        <source>Time-stamp:</source>
        <translation>Time-stamp:</translation>
    </message>
    <message>
        <source>Intact:</source>
        <translation>Intact:</translation>
    </message>
    <message>
        <source>covers the whole file:</source>
        <translation>covers the whole file:</translation>
    </message>
    <message>
        <source>Trusted:</source>
        <translation>Trusted:</translation>
    </message>
    <message>
        <source>certificate valid at signing time:</source>
        <translation>certificate valid at signing time:</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>Revocation:</translation>
    </message>
    <message>
        <source>The file was changed after its last signature.</source>
        <translation>The file was changed after its last signature.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>no signature</source>
        <translation>no signature</translation>
    </message>
    <message>
        <source>The PDF to check.</source>
        <translation>The PDF to check.</translation>
    </message>
    <message>
        <source>A trusted CA certificate (PEM, one or more certificates); may be repeated.</source>
        <translation>A trusted CA certificate (PEM, one or more certificates); may be repeated.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>check a PDF&apos;s digital signatures (who, when, intact, trusted)</source>
        <translation>check a PDF&apos;s digital signatures (who, when, intact, trusted)</translation>
    </message>
    <message>
        <source>Checks the digital signatures (PAdES) of a PDF: for each, who signed (subject, issuer), when, whether the bytes it covers are intact and cover the whole file, and whether the certificate chains to a trusted anchor and was valid at the signing time. Exit 0: all valid; 1: broken, altered or unsigned; 3: intact but not trusted. The signer&apos;s certificate is checked for revocation with its OCSP responder, else its CRL (http, a few seconds at most); --offline skips it.</source>
        <translation>Checks the digital signatures (PAdES) of a PDF: for each, who signed (subject, issuer), when, whether the bytes it covers are intact and cover the whole file, and whether the certificate chains to a trusted anchor and was valid at the signing time. Exit 0: all valid; 1: broken, altered or unsigned; 3: intact but not trusted. The signer&apos;s certificate is checked for revocation with its OCSP responder, else its CRL (http, a few seconds at most); --offline skips it.</translation>
    </message>
    <message>
        <source>Do not ask OCSP responders or fetch CRLs (revocation: not checked).</source>
        <translation>Do not ask OCSP responders or fetch CRLs (revocation: not checked).</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli verify FILE.pdf [--trust CA.pem …] [--format text|json] [--offline]</source>
        <translation>Usage: signwatch-cli verify FILE.pdf [--trust CA.pem …] [--format text|json] [--offline]</translation>
    </message>
    <message>
        <source>The day the provider&apos;s removal from the programme takes effect (yyyy-MM-dd): the Department&apos;s decision, required before signing.</source>
        <translation>The day the provider&apos;s removal from the programme takes effect (yyyy-MM-dd): the Department&apos;s decision, required before signing.</translation>
    </message>
    <message>
        <source>--exclusion-date takes a date as yyyy-MM-dd, e.g. 2024-01-15.</source>
        <translation>--exclusion-date takes a date as yyyy-MM-dd, e.g. 2024-01-15.</translation>
    </message>
    <message>
        <source>Usage: signwatch-cli issuer list [--casebook PATH|URL] [--format text|json]
       signwatch-cli issuer add --from YYYY-MM-DD --parent TEXT --body TEXT --code CODE --in-text TEXT --place TEXT --address TEXT [--casebook PATH|URL]
       signwatch-cli issuer address --from YYYY-MM-DD --address TEXT [--casebook PATH|URL]</source>
        <translation>Usage: signwatch-cli issuer list [--casebook PATH|URL] [--format text|json]
       signwatch-cli issuer add --from YYYY-MM-DD --parent TEXT --body TEXT --code CODE --in-text TEXT --place TEXT --address TEXT [--casebook PATH|URL]
       signwatch-cli issuer address --from YYYY-MM-DD --address TEXT [--casebook PATH|URL]</translation>
    </message>
    <message>
        <source>no address recorded</source>
        <translation>no address recorded</translation>
    </message>
    <message>
        <source>The body&apos;s seat, where minutes are drawn up by default.</source>
        <translation>The body&apos;s seat, where minutes are drawn up by default.</translation>
    </message>
    <message>
        <source>Records the address of an issuing body&apos;s seat, where minutes are drawn up (a signatory&apos;s action, audited as issuer.address). The address is the only thing of a period that changes.</source>
        <translation>Records the address of an issuing body&apos;s seat, where minutes are drawn up (a signatory&apos;s action, audited as issuer.address). The address is the only thing of a period that changes.</translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD.</source>
        <translation>The first day of the period, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The address of the body&apos;s seat.</source>
        <translation>The address of the body&apos;s seat.</translation>
    </message>
    <message>
        <source>issuer address needs --%1.</source>
        <translation>issuer address needs --%1.</translation>
    </message>
    <message>
        <source>--from takes a date such as 2025-03-01.</source>
        <translation>--from takes a date such as 2025-03-01.</translation>
    </message>
    <message>
        <source>%1 (%2, from %3) has its seat at %4.</source>
        <translation>%1 (%2, from %3) has its seat at %4.</translation>
    </message>
    <message>
        <source>The findings store to count violations from (default: the console&apos;s, %1; without a scan the report leaves the violations out).</source>
        <translation>The findings store to count violations from (default: the console&apos;s, %1; without a scan the report leaves the violations out).</translation>
    </message>
    <message>
        <source>The casebook to count cases and measures from (a SQLite file or a postgresql:// URL; default: the console&apos;s; without one the report leaves casework out).</source>
        <translation>The casebook to count cases and measures from (a SQLite file or a postgresql:// URL; default: the console&apos;s; without one the report leaves casework out).</translation>
    </message>
    <message>
        <source>Write the assessment and proposals drafted from the figures, the signer and the recipients to this JSON file, to edit and pass back with --draft-in.</source>
        <translation>Write the assessment and proposals drafted from the figures, the signer and the recipients to this JSON file, to edit and pass back with --draft-in.</translation>
    </message>
    <message>
        <source>The edited draft (JSON, as --draft-out writes it): its texts, signer and recipients replace the drafted ones.</source>
        <translation>The edited draft (JSON, as --draft-out writes it): its texts, signer and recipients replace the drafted ones.</translation>
    </message>
    <message>
        <source>The signer&apos;s full name (default: the Reports page&apos;s).</source>
        <translation>The signer&apos;s full name (default: the Reports page&apos;s).</translation>
    </message>
    <message>
        <source>The signer&apos;s title (default: the Reports page&apos;s, else PHÓ GIÁM ĐỐC, signing KT. GIÁM ĐỐC).</source>
        <translation>The signer&apos;s title (default: the Reports page&apos;s, else PHÓ GIÁM ĐỐC, signing KT. GIÁM ĐỐC).</translation>
    </message>
    <message>
        <source>The authority line above the title (e.g. KT. GIÁM ĐỐC); default: a deputy signs for the head.</source>
        <translation>The authority line above the title (e.g. KT. GIÁM ĐỐC); default: a deputy signs for the head.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read: %2</source>
        <translation>The draft %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Violations: the findings store %1 (scan of %2).</source>
        <translation>Violations: the findings store %1 (scan of %2).</translation>
    </message>
    <message>
        <source>Violations left out: the findings store %1 holds no scan of this registry.</source>
        <translation>Violations left out: the findings store %1 holds no scan of this registry.</translation>
    </message>
    <message>
        <source>Cases and measures: the casebook %1.</source>
        <translation>Cases and measures: the casebook %1.</translation>
    </message>
    <message>
        <source>Cases and measures left out: there is no casebook at %1.</source>
        <translation>Cases and measures left out: there is no casebook at %1.</translation>
    </message>
    <message>
        <source>The signature block has no name: give --signer-name.</source>
        <translation>The signature block has no name: give --signer-name.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be written: %2</source>
        <translation>The draft %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Draft written: %1</source>
        <translation>Draft written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence row(s) given the earlier certificate from the registry.</source>
        <translation>
            <numerusform>%Ln evidence row given the earlier certificate from the registry.</numerusform>
            <numerusform>%Ln evidence rows given the earlier certificate from the registry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1 for writing.</source>
        <translation>Could not open %1 for writing.</translation>
    </message>
    <message>
        <source>Could not write to %1.</source>
        <translation>Could not write to %1.</translation>
    </message>
    <message>
        <source>Watches a registry: after one full scan, polls it and prints every finding that becomes true or stops being true, as a JSON line of the scan&apos;s form with &quot;event&quot;: &quot;new&quot; or &quot;resolved&quot;. Stops on Ctrl+C.</source>
        <translation>Watches a registry: after one full scan, polls it and prints every finding that becomes true or stops being true, as a JSON line of the scan&apos;s form with &quot;event&quot;: &quot;new&quot; or &quot;resolved&quot;. Stops on Ctrl+C.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 5).</source>
        <translation>Seconds between polls (default 5).</translation>
    </message>
    <message>
        <source>Append the events to this file instead of printing them.</source>
        <translation>Append the events to this file instead of printing them.</translation>
    </message>
    <message>
        <source>Keep the watch&apos;s watermark in this file and resume from it when started again: what happened in between is reported.</source>
        <translation>Keep the watch&apos;s watermark in this file and resume from it when started again: what happened in between is reported.</translation>
    </message>
    <message>
        <source>Seconds before the last poll that are looked at again, for records committed late (default 300).</source>
        <translation>Seconds before the last poll that are looked at again, for records committed late (default 300).</translation>
    </message>
    <message>
        <source>Seconds between full scans that catch what no time column shows, such as deleted rows (default 3600; 0: never).</source>
        <translation>Seconds between full scans that catch what no time column shows, such as deleted rows (default 3600; 0: never).</translation>
    </message>
    <message>
        <source>Stop after this many polls (default: run until stopped).</source>
        <translation>Stop after this many polls (default: run until stopped).</translation>
    </message>
    <message>
        <source>--interval takes a whole number of seconds, 1 or more.</source>
        <translation>--interval takes a whole number of seconds, 1 or more.</translation>
    </message>
    <message>
        <source>--margin takes a whole number of seconds.</source>
        <translation>--margin takes a whole number of seconds.</translation>
    </message>
    <message>
        <source>--reconcile takes a whole number of seconds.</source>
        <translation>--reconcile takes a whole number of seconds.</translation>
    </message>
    <message>
        <source>--polls takes a whole number.</source>
        <translation>--polls takes a whole number.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 resolved (%4 rows changed, %5 ms).</source>
        <translation>%1: %2 new, %3 resolved (%4 rows changed, %5 ms).</translation>
    </message>
    <message numerus="yes">
        <source>Resumed from %1: %Ln finding(s) now.</source>
        <translation>
            <numerusform>Resumed from %1: %Ln finding now.</numerusform>
            <numerusform>Resumed from %1: %Ln findings now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned as of %1: %Ln finding(s).</source>
        <translation>
            <numerusform>Scanned as of %1: %Ln finding.</numerusform>
            <numerusform>Scanned as of %1: %Ln findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 every %2 s; Ctrl+C stops.</source>
        <translation>Watching %1 every %2 s; Ctrl+C stops.</translation>
    </message>
    <message>
        <source>The registry did not answer (%1); trying again in %2 s.</source>
        <translation>The registry did not answer (%1); trying again in %2 s.</translation>
    </message>
    <message>
        <source>The registry answers again; nothing was missed.</source>
        <translation>The registry answers again; nothing was missed.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at %1: %Ln finding(s).</source>
        <translation>
            <numerusform>Stopped at %1: %Ln finding.</numerusform>
            <numerusform>Stopped at %1: %Ln findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>watch a registry live: every finding that becomes or stops being true</source>
        <translation>watch a registry live: every finding that becomes or stops being true</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The PostgreSQL driver cannot pass a %1 that contains &quot;;&quot;: rename the file (or change the passphrase).</source>
        <translation>The PostgreSQL driver cannot pass a %1 that contains &quot;;&quot;: rename the file (or change the passphrase).</translation>
    </message>
    <message>
        <source>Could not make an encrypted connection to %1:%2 (sslmode=%3): the server offers no TLS, or its certificate is not signed by the CA you chose or was not issued to this host, or a certificate file is missing. No password was sent.</source>
        <translation>Could not make an encrypted connection to %1:%2 (sslmode=%3): the server offers no TLS, or its certificate is not signed by the CA you chose or was not issued to this host, or a certificate file is missing. No password was sent.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the session settings.</source>
        <translation>The PostgreSQL server refused the session settings.</translation>
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
    <message>
        <source>%1 exists already.</source>
        <translation>%1 exists already.</translation>
    </message>
    <message>
        <source>Another run is writing %1 (lock file %2.partial.lock).</source>
        <translation>Another run is writing %1 (lock file %2.partial.lock).</translation>
    </message>
    <message>
        <source>Could not remove %1, left by an earlier run.</source>
        <translation>Could not remove %1, left by an earlier run.</translation>
    </message>
    <message>
        <source>Could not reopen %1 to finish it.</source>
        <translation>Could not reopen %1 to finish it.</translation>
    </message>
    <message>
        <source>Could not write %1 to disk.</source>
        <translation>Could not write %1 to disk.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Could not rename %1 to %2.</translation>
    </message>
    <message>
        <source>The demo feed needs a connection that may write.</source>
        <translation>The demo feed needs a connection that may write.</translation>
    </message>
    <message>
        <source>The demo registry %1 no longer meets the data contract.</source>
        <translation>The demo registry %1 no longer meets the data contract.</translation>
    </message>
    <message>
        <source>The demo registry has no citizen to feed.</source>
        <translation>The demo registry has no citizen to feed.</translation>
    </message>
    <message>
        <source>Could not mark the demo registry.</source>
        <translation>Could not mark the demo registry.</translation>
    </message>
    <message>
        <source>%1 was not made by signwatch-cli demo (it has no %2 table): demo feed adds invented activity to demo registries only, never to a real one.</source>
        <translation>%1 was not made by signwatch-cli demo (it has no %2 table): demo feed adds invented activity to demo registries only, never to a real one.</translation>
    </message>
    <message>
        <source>Could not read the demo&apos;s mark.</source>
        <translation>Could not read the demo&apos;s mark.</translation>
    </message>
    <message>
        <source>The demo&apos;s mark in %1 is damaged: make the demo again.</source>
        <translation>The demo&apos;s mark in %1 is damaged: make the demo again.</translation>
    </message>
    <message>
        <source>Could not read the registry.</source>
        <translation>Could not read the registry.</translation>
    </message>
    <message>
        <source>Could not update a row of %1.</source>
        <translation>Could not update a row of %1.</translation>
    </message>
    <message>
        <source>Could not read the citizens.</source>
        <translation>Could not read the citizens.</translation>
    </message>
    <message>
        <source>Could not read the certificates.</source>
        <translation>Could not read the certificates.</translation>
    </message>
    <message>
        <source>Could not read the providers.</source>
        <translation>Could not read the providers.</translation>
    </message>
    <message>
        <source>Plant violations at N times the demo&apos;s rates (default 1; the benchmark uses 15).</source>
        <translation>Plant violations at N times the demo&apos;s rates (default 1; the benchmark uses 15).</translation>
    </message>
    <message>
        <source>--violation-rate must be a whole number from 1 to %1.</source>
        <translation>--violation-rate must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>The violation rate must be between 1 and %1.</source>
        <translation>The violation rate must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>DemoFeed</name>
    <message>
        <source>Fed %1 events in %2 s: %3 look-ups, %4 requests registered (%5 completed, %6 cancelled), %7 certificates recorded, %8 activated later, %9 revoked, %10 identities registered again.</source>
        <translation>Fed %1 events in %2 s: %3 look-ups, %4 requests registered (%5 completed, %6 cancelled), %7 certificates recorded, %8 activated later, %9 revoked, %10 identities registered again.</translation>
    </message>
    <message>
        <source>Violations begun: %1</source>
        <translation>Violations begun: %1</translation>
    </message>
    <message>
        <source>Near misses begun: %1</source>
        <translation>Near misses begun: %1</translation>
    </message>
    <message>
        <source>%1 later steps were still waiting and are not written (requests left open expire after 48 hours, as on Hue-S).</source>
        <translation>%1 later steps were still waiting and are not written (requests left open expire after 48 hours, as on Hue-S).</translation>
    </message>
    <message>
        <source>Keeps adding Hue-S activity to a registry made by signwatch-cli demo: look-ups, requests, issuances, technical errors, revocations, switches of provider, and violations at the demo&apos;s rates, stamped with the current time. Runs until Ctrl+C, --count or --duration. Refuses any registry that the demo command did not make.</source>
        <translation>Keeps adding Hue-S activity to a registry made by signwatch-cli demo: look-ups, requests, issuances, technical errors, revocations, switches of provider, and violations at the demo&apos;s rates, stamped with the current time. Runs until Ctrl+C, --count or --duration. Refuses any registry that the demo command did not make.</translation>
    </message>
    <message>
        <source>The demo registry: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</source>
        <translation>The demo registry: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or the keychain).</translation>
    </message>
    <message>
        <source>Events per second (default 2).</source>
        <translation>Events per second (default 2).</translation>
    </message>
    <message>
        <source>Stop after N events.</source>
        <translation>Stop after N events.</translation>
    </message>
    <message>
        <source>Stop after this many seconds.</source>
        <translation>Stop after this many seconds.</translation>
    </message>
    <message>
        <source>Random seed of the feed&apos;s choices (default: from the clock, a different story each run).</source>
        <translation>Random seed of the feed&apos;s choices (default: from the clock, a different story each run).</translation>
    </message>
    <message>
        <source>Multiply the demo&apos;s violation rates (default 1: the demo&apos;s own; more shows findings sooner).</source>
        <translation>Multiply the demo&apos;s violation rates (default 1: the demo&apos;s own; more shows findings sooner).</translation>
    </message>
    <message>
        <source>--rate must be a number of events per second above 0 and at most 10000.</source>
        <translation>--rate must be a number of events per second above 0 and at most 10000.</translation>
    </message>
    <message>
        <source>Give --count or --duration, not both.</source>
        <translation>Give --count or --duration, not both.</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1.</source>
        <translation>--count must be a whole number from 1.</translation>
    </message>
    <message>
        <source>--duration must be a number of seconds above 0.</source>
        <translation>--duration must be a number of seconds above 0.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed must be a whole number from 0 to 18446744073709551615.</translation>
    </message>
    <message>
        <source>--violation-scale must be a number from 0 to 1000.</source>
        <translation>--violation-scale must be a number from 0 to 1000.</translation>
    </message>
    <message>
        <source>Name the demo registry with --db sqlite:FILE or --db postgresql://USER@HOST:PORT/DB.</source>
        <translation>Name the demo registry with --db sqlite:FILE or --db postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>%1 does not exist: make it first with signwatch-cli demo --out %2.</source>
        <translation>%1 does not exist: make it first with signwatch-cli demo --out %2.</translation>
    </message>
    <message>
        <source>Feeding %1 (a demo of %2 citizens, seed %3) at %4 events per second; Ctrl+C stops.</source>
        <translation>Feeding %1 (a demo of %2 citizens, seed %3) at %4 events per second; Ctrl+C stops.</translation>
    </message>
    <message>
        <source>The registry is busy (a long read): waiting to write.</source>
        <translation>The registry is busy (a long read): waiting to write.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The document font %1 cannot be loaded.</source>
        <translation>The document font %1 cannot be loaded.</translation>
    </message>
    <message>
        <source>Printing documents needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>Printing documents needs a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display).</translation>
    </message>
    <message>
        <source>This is not a %1 draft.</source>
        <translation>This is not a %1 draft.</translation>
    </message>
    <message>
        <source>The draft has format version %1; this SignWatch reads versions up to %2.</source>
        <translation>The draft has format version %1; this SignWatch reads versions up to %2.</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>The PDF cannot be written.</translation>
    </message>
    <message>
        <source>the number</source>
        <translation>the number</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>the time of the meeting</source>
        <translation>the time of the meeting</translation>
    </message>
    <message>
        <source>the place of the meeting</source>
        <translation>the place of the meeting</translation>
    </message>
    <message>
        <source>the Department&apos;s participants</source>
        <translation>the Department&apos;s participants</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>the provider</translation>
    </message>
    <message>
        <source>the violations</source>
        <translation>the violations</translation>
    </message>
    <message>
        <source>the closing time</source>
        <translation>the closing time</translation>
    </message>
    <message>
        <source>the minutes it cites</source>
        <translation>the minutes it cites</translation>
    </message>
    <message>
        <source>the exclusion date</source>
        <translation>the exclusion date</translation>
    </message>
    <message>
        <source>the signatory</source>
        <translation>the signatory</translation>
    </message>
    <message>
        <source>The announcement is published: it must not contain a citizen&apos;s id (&quot;%1&quot;).</source>
        <translation>The announcement is published: it must not contain a citizen&apos;s id (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file is not a draft of minutes or of an announcement.</source>
        <translation>The file is not a draft of minutes or of an announcement.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved to %1.</source>
        <translation>The PDF cannot be saved to %1.</translation>
    </message>
    <message>
        <source>The document has no valid date to choose its issuing body by.</source>
        <translation>The document has no valid date to choose its issuing body by.</translation>
    </message>
    <message>
        <source>No issuing body is recorded.</source>
        <translation>No issuing body is recorded.</translation>
    </message>
    <message>
        <source>No issuing body was in force on %1: the first period starts on %2.</source>
        <translation>No issuing body was in force on %1: the first period starts on %2.</translation>
    </message>
    <message>
        <source>%1 (%2), in force from %3</source>
        <translation>%1 (%2), in force from %3</translation>
    </message>
    <message>
        <source>the date it takes effect</source>
        <translation>the date it takes effect</translation>
    </message>
    <message>
        <source>the parent body</source>
        <translation>the parent body</translation>
    </message>
    <message>
        <source>the issuing body</source>
        <translation>the issuing body</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>the code</translation>
    </message>
    <message>
        <source>the body in running text</source>
        <translation>the body in running text</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>the place</translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation>Fill in %1.</translation>
    </message>
    <message>
        <source>The code %1 may hold only letters and digits: it joins the document&apos;s number (01/BB-SKHCN).</source>
        <translation>The code %1 may hold only letters and digits: it joins the document&apos;s number (01/BB-SKHCN).</translation>
    </message>
    <message>
        <source>A new period must start after the last one (%1, %2): periods are added in order and never changed.</source>
        <translation>A new period must start after the last one (%1, %2): periods are added in order and never changed.</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>the recorder among the Department&apos;s participants</source>
        <translation>the recorder among the Department&apos;s participants</translation>
    </message>
    <message>
        <source>the provider&apos;s representatives</source>
        <translation>the provider&apos;s representatives</translation>
    </message>
    <message>
        <source>the provider&apos;s address</source>
        <translation>the provider&apos;s address</translation>
    </message>
    <message>
        <source>the provider&apos;s business registration number</source>
        <translation>the provider&apos;s business registration number</translation>
    </message>
    <message>
        <source>the provider&apos;s opinion (recorded, none, or refused to sign)</source>
        <translation>the provider&apos;s opinion (recorded, none, or refused to sign)</translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>the conclusion</translation>
    </message>
    <message>
        <source>the measures</source>
        <translation>the measures</translation>
    </message>
    <message>
        <source>the date the exclusion takes effect</source>
        <translation>the date the exclusion takes effect</translation>
    </message>
    <message>
        <source>the Department&apos;s signatory (name and title)</source>
        <translation>the Department&apos;s signatory (name and title)</translation>
    </message>
    <message>
        <source>the provider&apos;s signatory</source>
        <translation>the provider&apos;s signatory</translation>
    </message>
    <message>
        <source>the recipients</source>
        <translation>the recipients</translation>
    </message>
</context>
<context>
    <name>DraftFields</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Statement:
%1

Notes:
%2

Outcome: %3
Findings linked: %4</source>
        <translation>Statement:
%1

Notes:
%2

Outcome: %3
Findings linked: %4</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <source>The districts of the findings&apos; citizens could not be read from the registry.</source>
        <translation>The districts of the findings&apos; citizens could not be read from the registry.</translation>
    </message>
    <message>
        <source>The registry&apos;s certificates could not be counted.</source>
        <translation>The registry&apos;s certificates could not be counted.</translation>
    </message>
    <message>
        <source>The records behind the finding could not be read from the registry.</source>
        <translation>The records behind the finding could not be read from the registry.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>the provider</translation>
    </message>
    <message>
        <source>%1 issued certificate #%2 on %3 although the citizen already held a signature recorded on Hue-S (%4): one signature per citizen, and none may be issued once Hue-S shows one.</source>
        <translation>%1 issued certificate #%2 on %3 although the citizen already held a signature recorded on Hue-S (%4): one signature per citizen, and none may be issued once Hue-S shows one.</translation>
    </message>
    <message>
        <source>Its own look-up on Hue-S within %1 before had answered that the citizen already had a signature.</source>
        <translation>Its own look-up on Hue-S within %1 before had answered that the citizen already had a signature.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 reached Hue-S after another record of the same citizen (%3) that was not revoked: the record on Hue-S decides, so this issuance counts as not made.</source>
        <translation>Certificate #%1 of %2 reached Hue-S after another record of the same citizen (%3) that was not revoked: the record on Hue-S decides, so this issuance counts as not made.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 reached Hue-S %3 after its activation; Hue-S must be updated at once, and the allowed delay is %4.</source>
        <translation>Certificate #%1 of %2 reached Hue-S %3 after its activation; Hue-S must be updated at once, and the allowed delay is %4.</translation>
    </message>
    <message>
        <source>Request #%1, registered by the citizen with %2, was not served within %3 (deadline %4); it stayed open %5 past the deadline, so the registration expired.</source>
        <translation>Request #%1, registered by the citizen with %2, was not served within %3 (deadline %4); it stayed open %5 past the deadline, so the registration expired.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 is recorded on Hue-S as active but was never activated: confirmed before the signature existed.</source>
        <translation>Certificate #%1 of %2 is recorded on Hue-S as active but was never activated: confirmed before the signature existed.</translation>
    </message>
    <message>
        <source>%1 marked request #%2 done on %3, but no certificate for it had been activated by then (tolerance %4): confirmed before a successful issuance.</source>
        <translation>%1 marked request #%2 done on %3, but no certificate for it had been activated by then (tolerance %4): confirmed before a successful issuance.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 was on Hue-S before it was activated on %3 (more than %4 of clock difference): confirmed before the signature existed.</source>
        <translation>Certificate #%1 of %2 was on Hue-S before it was activated on %3 (more than %4 of clock difference): confirmed before the signature existed.</translation>
    </message>
    <message>
        <source>%1 issued certificate #%2 on %3 without looking the citizen up on Hue-S in the %4 before, as every issuance requires.</source>
        <translation>%1 issued certificate #%2 on %3 without looking the citizen up on Hue-S in the %4 before, as every issuance requires.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 has been a technical-error record without activation for more than %3 at the scan&apos;s time: it reserves the citizen without giving a signature.</source>
        <translation>Certificate #%1 of %2 has been a technical-error record without activation for more than %3 at the scan&apos;s time: it reserves the citizen without giving a signature.</translation>
    </message>
    <message>
        <source>One staff account of %1 issued %2 door-to-door certificates within %3 either side of %4 (%5 or more make a burst): too fast to show the QR code and guide each household, which suggests pre-entered data; to be checked on the ground.</source>
        <translation>One staff account of %1 issued %2 door-to-door certificates within %3 either side of %4 (%5 or more make a burst): too fast to show the QR code and guide each household, which suggests pre-entered data; to be checked on the ground.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 replaced certificate %3 but records no end of its free period; on a switch the free year continues and should end on %4.</source>
        <translation>Certificate #%1 of %2 replaced certificate %3 but records no end of its free period; on a switch the free year continues and should end on %4.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 replaced certificate %3 but its free period ends on %4 instead of %5: on a switch the free year is neither restarted nor cut short.</source>
        <translation>Certificate #%1 of %2 replaced certificate %3 but its free period ends on %4 instead of %5: on a switch the free year is neither restarted nor cut short.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 records no end of its free period; it should run at least until %3 (%4 days from activation).</source>
        <translation>Certificate #%1 of %2 records no end of its free period; it should run at least until %3 (%4 days from activation).</translation>
    </message>
    <message>
        <source>The free period of certificate #%1 of %2 ends on %3, before %4 (%5 days from activation): the free year is cut short.</source>
        <translation>The free period of certificate #%1 of %2 ends on %3, before %4 (%5 days from activation): the free year is cut short.</translation>
    </message>
    <message>
        <source>%1 issued certificate #%2 on %3, after it had been removed from the programme.</source>
        <translation>%1 issued certificate #%2 on %3, after it had been removed from the programme.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 is labelled as an import of a signature issued before the programme, but it was activated on %3, after the programme had started (or never): a programme issuance disguised as an import.</source>
        <translation>Certificate #%1 of %2 is labelled as an import of a signature issued before the programme, but it was activated on %3, after the programme had started (or never): a programme issuance disguised as an import.</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 was issued under an id one digit (or one swap of adjacent digits) away from that of a citizen with the same name and birth date who already held certificate %3: probably the same person under a mistyped id; to be checked.</source>
        <translation>Certificate #%1 of %2 was issued under an id one digit (or one swap of adjacent digits) away from that of a citizen with the same name and birth date who already held certificate %3: probably the same person under a mistyped id; to be checked.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 cannot be read by the rules (an unknown value, a malformed time or a reference to a missing record); it takes part in no other rule until Hue-S corrects it.</source>
        <translation>Row %1 of the table %2 cannot be read by the rules (an unknown value, a malformed time or a reference to a missing record); it takes part in no other rule until Hue-S corrects it.</translation>
    </message>
    <message>
        <source>Rule %1 found this record (%2 #%3).</source>
        <translation>Rule %1 found this record (%2 #%3).</translation>
    </message>
    <message>
        <source>The console&apos;s findings file could not be read.</source>
        <translation>The console&apos;s findings file could not be read.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file %1 could not be opened.</source>
        <translation>The console&apos;s findings file %1 could not be opened.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file is not open.</source>
        <translation>The console&apos;s findings file is not open.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file could not be prepared.</source>
        <translation>The console&apos;s findings file could not be prepared.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file was written by a newer version of SignWatch.</source>
        <translation>The console&apos;s findings file was written by a newer version of SignWatch.</translation>
    </message>
    <message>
        <source>The console&apos;s findings file could not be updated.</source>
        <translation>The console&apos;s findings file could not be updated.</translation>
    </message>
    <message>
        <source>The scan&apos;s findings could not be saved in the console&apos;s findings file.</source>
        <translation>The scan&apos;s findings could not be saved in the console&apos;s findings file.</translation>
    </message>
    <message>
        <source>The live watch&apos;s findings could not be saved in the console&apos;s findings file.</source>
        <translation>The live watch&apos;s findings could not be saved in the console&apos;s findings file.</translation>
    </message>
    <message>
        <source>The cases of the findings could not be prepared in the console&apos;s findings file.</source>
        <translation>The cases of the findings could not be prepared in the console&apos;s findings file.</translation>
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
    <name>Outbox</name>
    <message>
        <source>The publication outbox in the console&apos;s own data file could not be read or changed.</source>
        <translation>The publication outbox in the console&apos;s own data file could not be read or changed.</translation>
    </message>
    <message>
        <source>A publication needs a document number and a PDF.</source>
        <translation>A publication needs a document number and a PDF.</translation>
    </message>
    <message>
        <source>Another document numbered %1 failed to publish. Discard it in the outbox before publishing the corrected one.</source>
        <translation>Another document numbered %1 failed to publish. Discard it in the outbox before publishing the corrected one.</translation>
    </message>
    <message>
        <source>Another document numbered %1 is already published or waiting to be published. A corrected announcement needs a new number.</source>
        <translation>Another document numbered %1 is already published or waiting to be published. A corrected announcement needs a new number.</translation>
    </message>
    <message>
        <source>The publication is no longer in the outbox.</source>
        <translation>The publication is no longer in the outbox.</translation>
    </message>
    <message>
        <source>The publication is no longer in the state this change expects (another console may be sending it).</source>
        <translation>The publication is no longer in the state this change expects (another console may be sending it).</translation>
    </message>
    <message>
        <source>Only a publication the portal refused can be discarded.</source>
        <translation>Only a publication the portal refused can be discarded.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>Could not make %1 readable by its owner only.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Could not create the folder %1.</translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation>Could not create the file %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Could not save %1.</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>Sending was interrupted when the console closed. The announcement is sent again at the next start.</source>
        <translation>Sending was interrupted when the console closed. The announcement is sent again at the next start.</translation>
    </message>
    <message>
        <source>The portal address must be a full web address starting with https://.</source>
        <translation>The portal address must be a full web address starting with https://.</translation>
    </message>
    <message>
        <source>The portal address must not contain a user name or password; the token is kept in the system keychain.</source>
        <translation>The portal address must not contain a user name or password; the token is kept in the system keychain.</translation>
    </message>
    <message>
        <source>The portal address must use https://: plain http:// would send the token and the announcement unencrypted.</source>
        <translation>The portal address must use https://: plain http:// would send the token and the announcement unencrypted.</translation>
    </message>
    <message>
        <source>Publishing is not set up: enter the “Portal address” in Settings › Publishing.</source>
        <translation>Publishing is not set up: enter the “Portal address” in Settings › Publishing.</translation>
    </message>
    <message>
        <source>Publishing is not set up: enter the “Access token” in Settings › Publishing and save it in the keychain.</source>
        <translation>Publishing is not set up: enter the “Access token” in Settings › Publishing and save it in the keychain.</translation>
    </message>
    <message>
        <source>Sending was stopped. The announcement is sent when publishing resumes.</source>
        <translation>Sending was stopped. The announcement is sent when publishing resumes.</translation>
    </message>
    <message>
        <source>The outbox&apos;s copy of %1 was changed outside SignWatch after it was queued: it is not sent. Run “signwatch-cli audit verify”.</source>
        <translation>The outbox&apos;s copy of %1 was changed outside SignWatch after it was queued: it is not sent. Run “signwatch-cli audit verify”.</translation>
    </message>
    <message>
        <source>Queued with SHA-256 %1, now %2.</source>
        <translation>Queued with SHA-256 %1, now %2.</translation>
    </message>
    <message>
        <source>The portal answered without the announcement&apos;s reference. It is asked again automatically.</source>
        <translation>The portal answered without the announcement&apos;s reference. It is asked again automatically.</translation>
    </message>
    <message>
        <source>The portal says this announcement is already stored but gave no reference. Ask the portal&apos;s administrators.</source>
        <translation>The portal says this announcement is already stored but gave no reference. Ask the portal&apos;s administrators.</translation>
    </message>
    <message>
        <source>The portal had an internal problem. The announcement is sent again automatically.</source>
        <translation>The portal had an internal problem. The announcement is sent again automatically.</translation>
    </message>
    <message>
        <source>The portal is busy. The announcement is sent again automatically.</source>
        <translation>The portal is busy. The announcement is sent again automatically.</translation>
    </message>
    <message>
        <source>The portal refused the access token. Set a new token in Settings, then retry.</source>
        <translation>The portal refused the access token. Set a new token in Settings, then retry.</translation>
    </message>
    <message>
        <source>The portal address in Settings does not accept announcements. Check the address, then retry.</source>
        <translation>The portal address in Settings does not accept announcements. Check the address, then retry.</translation>
    </message>
    <message>
        <source>The announcement&apos;s PDF is larger than the portal accepts.</source>
        <translation>The announcement&apos;s PDF is larger than the portal accepts.</translation>
    </message>
    <message>
        <source>The portal answered from another address. Check the portal address in Settings, then retry.</source>
        <translation>The portal answered from another address. Check the portal address in Settings, then retry.</translation>
    </message>
    <message>
        <source>The portal refused the announcement as invalid. Check the document, then retry or discard it.</source>
        <translation>The portal refused the announcement as invalid. Check the document, then retry or discard it.</translation>
    </message>
    <message>
        <source>The portal refused the announcement.</source>
        <translation>The portal refused the announcement.</translation>
    </message>
    <message>
        <source>The portal did not answer in time (%1 seconds). The announcement is sent again automatically.</source>
        <translation>The portal did not answer in time (%1 seconds). The announcement is sent again automatically.</translation>
    </message>
    <message>
        <source>The connection to the portal was cut before it confirmed the announcement. It is sent again with the same key, so the portal will not store it twice.</source>
        <translation>The connection to the portal was cut before it confirmed the announcement. It is sent again with the same key, so the portal will not store it twice.</translation>
    </message>
    <message>
        <source>The portal&apos;s identity could not be verified (its certificate is not trusted). Check the portal address in Settings, then retry.</source>
        <translation>The portal&apos;s identity could not be verified (its certificate is not trusted). Check the portal address in Settings, then retry.</translation>
    </message>
    <message>
        <source>The portal could not be reached. The announcement stays in the outbox and is sent again automatically.</source>
        <translation>The portal could not be reached. The announcement stays in the outbox and is sent again automatically.</translation>
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
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>The SQLite driver gave no connection handle.</translation>
    </message>
    <message>
        <source>Could not prepare the SQLite connection for the rules.</source>
        <translation>Could not prepare the SQLite connection for the rules.</translation>
    </message>
    <message>
        <source>The SQLite registry could not be read.</source>
        <translation>The SQLite registry could not be read.</translation>
    </message>
    <message>
        <source>The connection has not been tested.</source>
        <translation>The connection has not been tested.</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>local file</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>(server not verified)</source>
        <translation>(server not verified)</translation>
    </message>
    <message>
        <source>A local file: nothing crosses a network.</source>
        <translation>A local file: nothing crosses a network.</translation>
    </message>
    <message>
        <source>Not encrypted (sslmode=%1): the password and the registry&apos;s data cross the network as they are.</source>
        <translation>Not encrypted (sslmode=%1): the password and the registry&apos;s data cross the network as they are.</translation>
    </message>
    <message>
        <source>Encrypted: %1, %2 (sslmode=%3).</source>
        <translation>Encrypted: %1, %2 (sslmode=%3).</translation>
    </message>
    <message>
        <source>Server certificate: %1</source>
        <translation>Server certificate: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <source>Verified: signed by the trusted CA and issued to this host.</source>
        <translation>Verified: signed by the trusted CA and issued to this host.</translation>
    </message>
    <message>
        <source>Signed by the trusted CA; the host name was not checked.</source>
        <translation>Signed by the trusted CA; the host name was not checked.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not verified.</source>
        <translation>The server&apos;s certificate was not verified.</translation>
    </message>
    <message>
        <source>The address sets &quot;%1&quot; twice.</source>
        <translation>The address sets &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; in the address: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>Unknown sslmode &quot;%1&quot; in the address: use disable, prefer, require, verify-ca or verify-full.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the address: SignWatch understands sslmode, sslrootcert, sslcert and sslkey.</source>
        <translation>Unknown setting &quot;%1&quot; in the address: SignWatch understands sslmode, sslrootcert, sslcert and sslkey.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; in the address names no file.</source>
        <translation>The setting &quot;%1&quot; in the address names no file.</translation>
    </message>
    <message>
        <source>sslmode=disable: the connection to %1 is not encrypted; the password and the registry&apos;s data cross the network readable by anyone on the way.</source>
        <translation>sslmode=disable: the connection to %1 is not encrypted; the password and the registry&apos;s data cross the network readable by anyone on the way.</translation>
    </message>
    <message>
        <source>sslmode=prefer: the connection to %1 falls back to no encryption when asked to, and the server is not verified: a machine on the way can pose as the server and read the password.</source>
        <translation>sslmode=prefer: the connection to %1 falls back to no encryption when asked to, and the server is not verified: a machine on the way can pose as the server and read the password.</translation>
    </message>
    <message>
        <source>sslmode=require: the connection to %1 is encrypted but the server is not verified: a machine on the way can pose as the server and receive the password.</source>
        <translation>sslmode=require: the connection to %1 is encrypted but the server is not verified: a machine on the way can pose as the server and receive the password.</translation>
    </message>
    <message>
        <source>sslmode=verify-ca: the server&apos;s certificate is checked against the CA but not its name: any server holding a certificate from that CA can pose as %1.</source>
        <translation>sslmode=verify-ca: the server&apos;s certificate is checked against the CA but not its name: any server holding a certificate from that CA can pose as %1.</translation>
    </message>
    <message>
        <source>Wrong type: %1.%2 is %3, the contract says %4</source>
        <translation>Wrong type: %1.%2 is %3, the contract says %4</translation>
    </message>
    <message>
        <source>Could not read the columns of the registry&apos;s table %1.</source>
        <translation>Could not read the columns of the registry&apos;s table %1.</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(no type)</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database.</source>
        <translation>%1 is not a SQLite database.</translation>
    </message>
    <message>
        <source>The registry file %1 is damaged (truncated or corrupted).</source>
        <translation>The registry file %1 is damaged (truncated or corrupted).</translation>
    </message>
    <message>
        <source>Could not read the registry file %1.</source>
        <translation>Could not read the registry file %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file ends inside its header.</source>
        <translation>The file ends inside its header.</translation>
    </message>
    <message>
        <source>The file holds %1 bytes; its header announces %2 pages of %3 bytes.</source>
        <translation>The file holds %1 bytes; its header announces %2 pages of %3 bytes.</translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation>The file is not a SQLite database.</translation>
    </message>
    <message>
        <source>The database file is damaged (truncated or corrupted).</source>
        <translation>The database file is damaged (truncated or corrupted).</translation>
    </message>
    <message>
        <source>Could not check the registry file %1.</source>
        <translation>Could not check the registry file %1.</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled; %2 stays open.</source>
        <translation>Connecting to %1 was cancelled; %2 stays open.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>Choose the report&apos;s period: a first and a last day, the first not after the last.</source>
        <translation>Choose the report&apos;s period: a first and a last day, the first not after the last.</translation>
    </message>
    <message>
        <source>The registry could not count the report&apos;s figures.</source>
        <translation>The registry could not count the report&apos;s figures.</translation>
    </message>
    <message>
        <source>The report&apos;s PDF cannot be written.</source>
        <translation>The report&apos;s PDF cannot be written.</translation>
    </message>
    <message>
        <source>The report&apos;s draft is not a JSON object.</source>
        <translation>The report&apos;s draft is not a JSON object.</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Only the casebook&apos;s administrator may do this.</source>
        <translation>Only the casebook&apos;s administrator may do this.</translation>
    </message>
    <message>
        <source>Needs the role “%1”, which your login on the casebook does not hold: ask the casebook&apos;s administrator.</source>
        <translation>Needs the role “%1”, which your login on the casebook does not hold: ask the casebook&apos;s administrator.</translation>
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
    <message>
        <source>The registry does not meet the data contract, so it is not scanned:</source>
        <translation>The registry does not meet the data contract, so it is not scanned:</translation>
    </message>
    <message>
        <source>The watch has not started.</source>
        <translation>The watch has not started.</translation>
    </message>
    <message>
        <source>The live watch could not read the registry&apos;s changes.</source>
        <translation>The live watch could not read the registry&apos;s changes.</translation>
    </message>
    <message>
        <source>Malformed record</source>
        <translation>Malformed record</translation>
    </message>
    <message>
        <source>Duplicate issuance</source>
        <translation>Duplicate issuance</translation>
    </message>
    <message>
        <source>Issued after exclusion</source>
        <translation>Issued after exclusion</translation>
    </message>
    <message>
        <source>Wrong free period</source>
        <translation>Wrong free period</translation>
    </message>
    <message>
        <source>Near-duplicate id</source>
        <translation>Near-duplicate id</translation>
    </message>
    <message>
        <source>Late update</source>
        <translation>Late update</translation>
    </message>
    <message>
        <source>Disguised as an import</source>
        <translation>Disguised as an import</translation>
    </message>
    <message>
        <source>No Hue-S look-up</source>
        <translation>No Hue-S look-up</translation>
    </message>
    <message>
        <source>Confirmed before issuance</source>
        <translation>Confirmed before issuance</translation>
    </message>
    <message>
        <source>Request over 48 hours</source>
        <translation>Request over 48 hours</translation>
    </message>
    <message>
        <source>Issuance burst</source>
        <translation>Issuance burst</translation>
    </message>
    <message>
        <source>Lingering technical error</source>
        <translation>Lingering technical error</translation>
    </message>
    <message>
        <source>Counts as not issued</source>
        <translation>Counts as not issued</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The casebook&apos;s address in the settings cannot be read. Set the casebook again under Settings.</source>
        <translation>The casebook&apos;s address in the settings cannot be read. Set the casebook again under Settings.</translation>
    </message>
    <message>
        <source>The casebook&apos;s address in the settings is not a PostgreSQL casebook. Set the casebook again under Settings.</source>
        <translation>The casebook&apos;s address in the settings is not a PostgreSQL casebook. Set the casebook again under Settings.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <source>The %1 “%2” cannot be read as an image (PNG).</source>
        <translation>The %1 “%2” cannot be read as an image (PNG).</translation>
    </message>
    <message>
        <source>No signing key is configured.</source>
        <translation>No signing key is configured.</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>signature image</translation>
    </message>
    <message>
        <source>seal image</source>
        <translation>seal image</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s address “%1” is not an http(s) URL.</source>
        <translation>The time-stamping authority&apos;s address “%1” is not an http(s) URL.</translation>
    </message>
    <message>
        <source>The body&apos;s seal could not be put on the document: %1</source>
        <translation>The body&apos;s seal could not be put on the document: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Signature %1 (%2): %3</source>
        <translation>Signature %1 (%2): %3</translation>
    </message>
    <message>
        <source>  Signed by: %1</source>
        <translation>  Signed by: %1</translation>
    </message>
    <message>
        <source>  Issued by: %1</source>
        <translation>  Issued by: %1</translation>
    </message>
    <message>
        <source>  Signing time (claimed): %1</source>
        <translation>  Signing time (claimed): %1</translation>
    </message>
    <message>
        <source>  Time-stamp: %1</source>
        <translation>  Time-stamp: %1</translation>
    </message>
    <message>
        <source>  Bytes intact: %1; covers the whole file: %2</source>
        <translation>  Bytes intact: %1; covers the whole file: %2</translation>
    </message>
    <message>
        <source>  Certificate valid at signing: %1; trusted: %2</source>
        <translation>  Certificate valid at signing: %1; trusted: %2</translation>
    </message>
    <message>
        <source>  Revocation: %1</source>
        <translation>  Revocation: %1</translation>
    </message>
    <message>
        <source>The file was changed after its last signature.</source>
        <translation>The file was changed after its last signature.</translation>
    </message>
    <message>
        <source>Not signed digitally (signed on paper)</source>
        <translation>Not signed digitally (signed on paper)</translation>
    </message>
    <message>
        <source>Signed digitally, valid — %1</source>
        <translation>Signed digitally, valid — %1</translation>
    </message>
    <message>
        <source>Signed digitally, not trusted — %1</source>
        <translation>Signed digitally, not trusted — %1</translation>
    </message>
    <message>
        <source>Altered after signing — %1</source>
        <translation>Altered after signing — %1</translation>
    </message>
    <message>
        <source>Altered: %1</source>
        <translation>Altered: %1</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The signature cannot be made: %1.</source>
        <translation>The signature cannot be made: %1.</translation>
    </message>
    <message>
        <source>no CMS structure</source>
        <translation>no CMS structure</translation>
    </message>
    <message>
        <source>the key does not fit its certificate</source>
        <translation>the key does not fit its certificate</translation>
    </message>
    <message>
        <source>no signing-certificate-v2 attribute</source>
        <translation>no signing-certificate-v2 attribute</translation>
    </message>
    <message>
        <source>the key refused to sign (is the token still there?)</source>
        <translation>the key refused to sign (is the token still there?)</translation>
    </message>
    <message>
        <source>the time-stamp cannot be attached</source>
        <translation>the time-stamp cannot be attached</translation>
    </message>
    <message>
        <source>the CMS structure cannot be written</source>
        <translation>the CMS structure cannot be written</translation>
    </message>
    <message>
        <source>The time-stamp cannot be read.</source>
        <translation>The time-stamp cannot be read.</translation>
    </message>
    <message>
        <source>The time-stamp does not match the signature.</source>
        <translation>The time-stamp does not match the signature.</translation>
    </message>
    <message>
        <source>The time-stamping authority is not among the trusted anchors.</source>
        <translation>The time-stamping authority is not among the trusted anchors.</translation>
    </message>
    <message>
        <source>not checked: the certificate names no OCSP responder or CRL</source>
        <translation>not checked: the certificate names no OCSP responder or CRL</translation>
    </message>
    <message>
        <source>not checked (offline)</source>
        <translation>not checked (offline)</translation>
    </message>
    <message>
        <source>The signature is not a CMS signature with one signer.</source>
        <translation>The signature is not a CMS signature with one signer.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not in the signature.</source>
        <translation>The signer&apos;s certificate is not in the signature.</translation>
    </message>
    <message>
        <source>The signed bytes were changed after signing (the signature does not match).</source>
        <translation>The signed bytes were changed after signing (the signature does not match).</translation>
    </message>
    <message>
        <source>The signature does not name its certificate (signing-certificate attribute missing or for another certificate).</source>
        <translation>The signature does not name its certificate (signing-certificate attribute missing or for another certificate).</translation>
    </message>
    <message>
        <source>The signature gives no signing time.</source>
        <translation>The signature gives no signing time.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time (%1).</source>
        <translation>The certificate was not valid at the signing time (%1).</translation>
    </message>
    <message>
        <source>No trust anchor was given: who issued the certificate is not checked.</source>
        <translation>No trust anchor was given: who issued the certificate is not checked.</translation>
    </message>
    <message>
        <source>The certificate does not chain to a trusted anchor: %1.</source>
        <translation>The certificate does not chain to a trusted anchor: %1.</translation>
    </message>
    <message>
        <source>An encrypted PDF cannot be signed.</source>
        <translation>An encrypted PDF cannot be signed.</translation>
    </message>
    <message>
        <source>The PDF already has a field named %1.</source>
        <translation>The PDF already has a field named %1.</translation>
    </message>
    <message>
        <source>The PDF has no page %1 to sign on.</source>
        <translation>The PDF has no page %1 to sign on.</translation>
    </message>
    <message>
        <source>The signature&apos;s rectangle lies outside page %1.</source>
        <translation>The signature&apos;s rectangle lies outside page %1.</translation>
    </message>
    <message>
        <source>The signature&apos;s place cannot be found in the written PDF.</source>
        <translation>The signature&apos;s place cannot be found in the written PDF.</translation>
    </message>
    <message>
        <source>The signature (%1 bytes) is larger than the room kept for it.</source>
        <translation>The signature (%1 bytes) is larger than the room kept for it.</translation>
    </message>
    <message>
        <source>A signature needs a field name.</source>
        <translation>A signature needs a field name.</translation>
    </message>
    <message>
        <source>A signature needs its time.</source>
        <translation>A signature needs its time.</translation>
    </message>
    <message>
        <source>The PDF cannot be signed: it cannot be read or updated.</source>
        <translation>The PDF cannot be signed: it cannot be read or updated.</translation>
    </message>
    <message>
        <source>The signature&apos;s byte range is not two parts of this file around its contents.</source>
        <translation>The signature&apos;s byte range is not two parts of this file around its contents.</translation>
    </message>
    <message>
        <source>The byte range leaves out more than the signature&apos;s contents.</source>
        <translation>The byte range leaves out more than the signature&apos;s contents.</translation>
    </message>
    <message>
        <source>The byte range leaves out another string than the signature&apos;s contents.</source>
        <translation>The byte range leaves out another string than the signature&apos;s contents.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF.</source>
        <translation>The file is not a readable PDF.</translation>
    </message>
    <message>
        <source>The file was changed after the last signature (%1 more bytes).</source>
        <translation>The file was changed after the last signature (%1 more bytes).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>valid, untrusted</source>
        <translation>valid, untrusted</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>The signature&apos;s rectangle is empty or too large.</source>
        <translation>The signature&apos;s rectangle is empty or too large.</translation>
    </message>
    <message>
        <source>A signature with text needs the graphical fonts (run with a QGuiApplication).</source>
        <translation>A signature with text needs the graphical fonts (run with a QGuiApplication).</translation>
    </message>
    <message>
        <source>The PKCS#11 address &quot;%1&quot; cannot be read (RFC 7512: pkcs11:token=…;object=…).</source>
        <translation>The PKCS#11 address &quot;%1&quot; cannot be read (RFC 7512: pkcs11:token=…;object=…).</translation>
    </message>
    <message>
        <source>No signing key is given.</source>
        <translation>No signing key is given.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist.</source>
        <translation>The PKCS#11 module %1 does not exist.</translation>
    </message>
    <message>
        <source>The key file %1 does not exist.</source>
        <translation>The key file %1 does not exist.</translation>
    </message>
    <message>
        <source>Wrong PIN for the token %1.</source>
        <translation>Wrong PIN for the token %1.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file %1.</source>
        <translation>Wrong passphrase for the key file %1.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 key file.</source>
        <translation>%1 is not a PKCS#12 key file.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be opened.</source>
        <translation>The key file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The key file %1 holds no private key with its certificate.</source>
        <translation>The key file %1 holds no private key with its certificate.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 cannot be loaded.</source>
        <translation>The PKCS#11 module %1 cannot be loaded.</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 lists no slots.</source>
        <translation>The PKCS#11 module %1 lists no slots.</translation>
    </message>
    <message>
        <source>No token matching %1 is present (is it plugged in?).</source>
        <translation>No token matching %1 is present (is it plugged in?).</translation>
    </message>
    <message>
        <source>Cannot log in to the token %1.</source>
        <translation>Cannot log in to the token %1.</translation>
    </message>
    <message>
        <source>The token holds no private key matching %1.</source>
        <translation>The token holds no private key matching %1.</translation>
    </message>
    <message>
        <source>The token holds no certificate for the key %1.</source>
        <translation>The token holds no certificate for the key %1.</translation>
    </message>
    <message>
        <source>The key on the token %1 cannot be used.</source>
        <translation>The key on the token %1 cannot be used.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet on %2 (valid from %3).</source>
        <translation>The certificate of %1 is not valid yet on %2 (valid from %3).</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2: it cannot sign on %3.</source>
        <translation>The certificate of %1 expired on %2: it cannot sign on %3.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 cannot be reached.</source>
        <translation>The time-stamping authority %1 cannot be reached.</translation>
    </message>
    <message>
        <source>The time-stamping authority&apos;s address %1 is not an http(s) URL.</source>
        <translation>The time-stamping authority&apos;s address %1 is not an http(s) URL.</translation>
    </message>
    <message>
        <source>The time-stamp request cannot be made.</source>
        <translation>The time-stamp request cannot be made.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 sent no time-stamp.</source>
        <translation>The time-stamping authority %1 sent no time-stamp.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 refused the request.</source>
        <translation>The time-stamping authority %1 refused the request.</translation>
    </message>
    <message>
        <source>The time-stamping authority %1 answered another request.</source>
        <translation>The time-stamping authority %1 answered another request.</translation>
    </message>
    <message>
        <source>The time-stamp of %1 cannot be read.</source>
        <translation>The time-stamp of %1 cannot be read.</translation>
    </message>
    <message>
        <source>The trust anchor file %1 cannot be read.</source>
        <translation>The trust anchor file %1 cannot be read.</translation>
    </message>
    <message>
        <source>A trust anchor file holds no certificate.</source>
        <translation>A trust anchor file holds no certificate.</translation>
    </message>
    <message>
        <source>not checked: the signer&apos;s certificate is itself a trust anchor</source>
        <translation>not checked: the signer&apos;s certificate is itself a trust anchor</translation>
    </message>
    <message>
        <source>after the time-stamp: the signature stands</source>
        <translation>after the time-stamp: the signature stands</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), before the time-stamp.</source>
        <translation>The signer&apos;s certificate was revoked on %1 (%2), before the time-stamp.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked on %1 (%2), and no time-stamp shows the signature was made before.</source>
        <translation>The signer&apos;s certificate was revoked on %1 (%2), and no time-stamp shows the signature was made before.</translation>
    </message>
    <message>
        <source>not checked: no trust anchor to verify an OCSP or CRL answer against</source>
        <translation>not checked: no trust anchor to verify an OCSP or CRL answer against</translation>
    </message>
    <message>
        <source>not checked: the certificate does not chain to a trusted anchor</source>
        <translation>not checked: the certificate does not chain to a trusted anchor</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>not checked: no time left to ask %1</source>
        <translation>not checked: no time left to ask %1</translation>
    </message>
    <message>
        <source>not checked: the OCSP request cannot be made</source>
        <translation>not checked: the OCSP request cannot be made</translation>
    </message>
    <message>
        <source>not checked: %1 is not a usable address</source>
        <translation>not checked: %1 is not a usable address</translation>
    </message>
    <message>
        <source>not checked: %1 did not answer (%2)</source>
        <translation>not checked: %1 did not answer (%2)</translation>
    </message>
    <message>
        <source>not checked: %1 refused the request (%2)</source>
        <translation>not checked: %1 refused the request (%2)</translation>
    </message>
    <message>
        <source>not checked: the answer of %1 is not for this request</source>
        <translation>not checked: the answer of %1 is not for this request</translation>
    </message>
    <message>
        <source>not checked: the answer of %1 is not signed by a trusted responder (%2)</source>
        <translation>not checked: the answer of %1 is not signed by a trusted responder (%2)</translation>
    </message>
    <message>
        <source>not checked: %1 said nothing of this certificate</source>
        <translation>not checked: %1 said nothing of this certificate</translation>
    </message>
    <message>
        <source>not checked: the answer of %1 is out of date</source>
        <translation>not checked: the answer of %1 is out of date</translation>
    </message>
    <message>
        <source>good (OCSP, %1, produced at %2)</source>
        <translation>good (OCSP, %1, produced at %2)</translation>
    </message>
    <message>
        <source>revoked on %1 (%2; OCSP, %3, produced at %4)</source>
        <translation>revoked on %1 (%2; OCSP, %3, produced at %4)</translation>
    </message>
    <message>
        <source>not checked: %1 does not know the certificate</source>
        <translation>not checked: %1 does not know the certificate</translation>
    </message>
    <message>
        <source>not checked: no time left to fetch the CRL from %1</source>
        <translation>not checked: no time left to fetch the CRL from %1</translation>
    </message>
    <message>
        <source>not checked: the CRL at %1 was not fetched (%2)</source>
        <translation>not checked: the CRL at %1 was not fetched (%2)</translation>
    </message>
    <message>
        <source>not checked: the CRL at %1 is not signed by the issuer</source>
        <translation>not checked: the CRL at %1 is not signed by the issuer</translation>
    </message>
    <message>
        <source>not checked: the CRL at %1 is out of date (next update %2)</source>
        <translation>not checked: the CRL at %1 is out of date (next update %2)</translation>
    </message>
    <message>
        <source>revoked on %1 (%2; CRL of %3, issued %4)</source>
        <translation>revoked on %1 (%2; CRL of %3, issued %4)</translation>
    </message>
    <message>
        <source>good (CRL of %1, issued %2)</source>
        <translation>good (CRL of %1, issued %2)</translation>
    </message>
    <message>
        <source>not checked: the certificate names no http OCSP responder or CRL</source>
        <translation>not checked: the certificate names no http OCSP responder or CRL</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>The registry could not count its records.</source>
        <translation>The registry could not count its records.</translation>
    </message>
    <message>
        <source>The registry could not count the dashboard&apos;s figures.</source>
        <translation>The registry could not count the dashboard&apos;s figures.</translation>
    </message>
    <message>
        <source>The registry could not give its latest record.</source>
        <translation>The registry could not give its latest record.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>sw::ui::CaseDetailPane</name>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the case (Esc)</source>
        <translation>Close the case (Esc)</translation>
    </message>
    <message>
        <source>Case no. %1 — %2</source>
        <translation>Case no. %1 — %2</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Provider: %1 (%2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Excluded from the programme from %1</source>
        <translation>Excluded from the programme from %1</translation>
    </message>
    <message>
        <source>Published on the portal, reference %1</source>
        <translation>Published on the portal, reference %1</translation>
    </message>
    <message>
        <source>Opened %1, last change %2</source>
        <translation>Opened %1, last change %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Complaints (%1)</translation>
    </message>
</context>
<context>
    <name>sw::ui::CaseDocumentsModel</name>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Corrects %1</source>
        <translation>Corrects %1</translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Saved / signed</source>
        <translation>Saved / signed</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>sw::ui::CaseFindingsModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasebookSettingsBox</name>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>Use this casebook</source>
        <translation>Use this casebook</translation>
    </message>
    <message>
        <source>Local file on this desk (SQLite)</source>
        <translation>Local file on this desk (SQLite)</translation>
    </message>
    <message>
        <source>The Department&apos;s shared casebook (PostgreSQL)</source>
        <translation>The Department&apos;s shared casebook (PostgreSQL)</translation>
    </message>
    <message>
        <source>Where complaints, cases, minutes, announcements and the audit log are kept</source>
        <translation>Where complaints, cases, minutes, announcements and the audit log are kept</translation>
    </message>
    <message>
        <source>The casebook file; empty for the standard place</source>
        <translation>The casebook file; empty for the standard place</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the casebook file</source>
        <translation>Choose the casebook file</translation>
    </message>
    <message>
        <source>Casebook file</source>
        <translation>Casebook file</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Your own login on the casebook server: the audit log records it</source>
        <translation>Your own login on the casebook server: the audit log records it</translation>
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
        <source>Keep this choice and connect to the casebook now</source>
        <translation>Keep this choice and connect to the casebook now</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Kept in:</translation>
    </message>
    <message>
        <source>Several desks work on one register of numbers only on the shared casebook. Its administrator gives you a login and its role.</source>
        <translation>Several desks work on one register of numbers only on the shared casebook. Its administrator gives you a login and its role.</translation>
    </message>
    <message>
        <source>The shared casebook needs a host, a database and your user name.</source>
        <translation>The shared casebook needs a host, a database and your user name.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password: it is used for this session only.</source>
        <translation>The system keychain could not keep the password: it is used for this session only.</translation>
    </message>
    <message>
        <source>Kept: %1.</source>
        <translation>Kept: %1.</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasebookUnavailablePage</name>
    <message>
        <source>Casebook settings…</source>
        <translation>Casebook settings…</translation>
    </message>
    <message>
        <source>Check where the casebook is kept and your login (Settings)</source>
        <translation>Check where the casebook is kept and your login (Settings)</translation>
    </message>
    <message>
        <source>Connecting to the casebook %1…</source>
        <translation>Connecting to the casebook %1…</translation>
    </message>
    <message>
        <source>Complaints, cases, minutes and announcements are kept in the casebook: they cannot be shown or changed until it can be reached, and nothing is written anywhere else meanwhile. The overview, findings, citizen look-up and reports keep working on the registry.</source>
        <translation>Complaints, cases, minutes and announcements are kept in the casebook: they cannot be shown or changed until it can be reached, and nothing is written anywhere else meanwhile. The overview, findings, citizen look-up and reports keep working on the registry.</translation>
    </message>
    <message>
        <source>What to do: check the network connection and that the casebook server is running (ask the administrator), check the casebook and your login under Settings, then press Try again.</source>
        <translation>What to do: check the network connection and that the casebook server is running (ask the administrator), check the casebook and your login under Settings, then press Try again.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasesModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>sw::ui::CasesPage</name>
    <message>
        <source>&amp;Establish the violation…</source>
        <translation>&amp;Establish the violation…</translation>
    </message>
    <message>
        <source>Record that the data bears the violation out (§5.3); minutes can then be drawn up</source>
        <translation>Record that the data bears the violation out (§5.3); minutes can then be drawn up</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Dismiss…</translation>
    </message>
    <message>
        <source>Close the case without a violation; a reason is required and kept in the audit log</source>
        <translation>Close the case without a violation; a reason is required and kept in the audit log</translation>
    </message>
    <message>
        <source>Draw up the &amp;minutes</source>
        <translation>Draw up the &amp;minutes</translation>
    </message>
    <message>
        <source>Start the minutes (biên bản) of the violation from the case&apos;s findings</source>
        <translation>Start the minutes (biên bản) of the violation from the case&apos;s findings</translation>
    </message>
    <message>
        <source>&amp;Sign the minutes…</source>
        <translation>&amp;Sign the minutes…</translation>
    </message>
    <message>
        <source>Give the minutes their number and freeze them; they cannot change afterwards</source>
        <translation>Give the minutes their number and freeze them; they cannot change afterwards</translation>
    </message>
    <message>
        <source>&amp;Publish the announcement…</source>
        <translation>&amp;Publish the announcement…</translation>
    </message>
    <message>
        <source>Send the signed announcement (thông báo) to the Department&apos;s portal, making the violation public (§5.3)</source>
        <translation>Send the signed announcement (thông báo) to the Department&apos;s portal, making the violation public (§5.3)</translation>
    </message>
    <message>
        <source>Record &amp;exclusion from date…</source>
        <translation>Record &amp;exclusion from date…</translation>
    </message>
    <message>
        <source>Record the day from which the provider is removed from the programme (§5.3); later scans report its issuances</source>
        <translation>Record the day from which the provider is removed from the programme (§5.3); later scans report its issuances</translation>
    </message>
    <message>
        <source>&amp;Attach complaints…</source>
        <translation>&amp;Attach complaints…</translation>
    </message>
    <message>
        <source>Gather complaints about this provider into the case</source>
        <translation>Gather complaints about this provider into the case</translation>
    </message>
    <message>
        <source>Open the &amp;documents</source>
        <translation>Open the &amp;documents</translation>
    </message>
    <message>
        <source>Show the case&apos;s minutes and announcement on the Minutes &amp; announcements page</source>
        <translation>Show the case&apos;s minutes and announcement on the Minutes &amp; announcements page</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Export cases…</translation>
    </message>
    <message>
        <source>Write the cases as listed to a CSV file (Ctrl+E)</source>
        <translation>Write the cases as listed to a CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <source>No cases yet — select findings on the Findings page and choose Send to casework</source>
        <translation>No cases yet — select findings on the Findings page and choose Send to casework</translation>
    </message>
    <message>
        <source>A case gathers the findings and complaints about one provider. Once the violation is established, its minutes are drawn up, signed and announced (§5.3).</source>
        <translation>A case gathers the findings and complaints about one provider. Once the violation is established, its minutes are drawn up, signed and announced (§5.3).</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>None of the findings sent is about %1: no case was opened.</source>
        <translation>None of the findings sent is about %1: no case was opened.</translation>
    </message>
    <message numerus="yes">
        <source>Case no. %1 opened against %2 with %n finding(s).</source>
        <translation>
            <numerusform>Case no. %1 opened against %2 with %n finding.</numerusform>
            <numerusform>Case no. %1 opened against %2 with %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Establish the violation — case no. %1</source>
        <translation>Establish the violation — case no. %1</translation>
    </message>
    <message>
        <source>What establishes the violation (the verification, the provider&apos;s answer)? It is kept in the audit log.</source>
        <translation>What establishes the violation (the verification, the provider&apos;s answer)? It is kept in the audit log.</translation>
    </message>
    <message>
        <source>Case no. %1: the violation is established.</source>
        <translation>Case no. %1: the violation is established.</translation>
    </message>
    <message>
        <source>Dismiss case no. %1</source>
        <translation>Dismiss case no. %1</translation>
    </message>
    <message>
        <source>Why does the data not bear the violation out? A reason is required; a dismissed case cannot change any more.</source>
        <translation>Why does the data not bear the violation out? A reason is required; a dismissed case cannot change any more.</translation>
    </message>
    <message>
        <source>Case no. %1 is dismissed.</source>
        <translation>Case no. %1 is dismissed.</translation>
    </message>
    <message>
        <source>The minutes of case no. %1 are drafted from its findings; complete and sign them on the Minutes &amp; announcements page.</source>
        <translation>The minutes of case no. %1 are drafted from its findings; complete and sign them on the Minutes &amp; announcements page.</translation>
    </message>
    <message>
        <source>Case no. %1 has no minutes to sign.</source>
        <translation>Case no. %1 has no minutes to sign.</translation>
    </message>
    <message>
        <source>The minutes cannot be signed yet: they lack %1. Complete them on the Minutes &amp; announcements page.</source>
        <translation>The minutes cannot be signed yet: they lack %1. Complete them on the Minutes &amp; announcements page.</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>Sign the minutes of case no. %1 against %2?

They get the next minutes number of the year, their PDF is stored with its SHA-256 fingerprint, and they can never be changed again. A mistake can then only be put right by a correcting document.</source>
        <translation>Sign the minutes of case no. %1 against %2?

They get the next minutes number of the year, their PDF is stored with its SHA-256 fingerprint, and they can never be changed again. A mistake can then only be put right by a correcting document.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>The announcement of case no. %1 is drafted from its signed minutes. Check and sign it on the Minutes &amp; announcements page, then publish it.</source>
        <translation>The announcement of case no. %1 is drafted from its signed minutes. Check and sign it on the Minutes &amp; announcements page, then publish it.</translation>
    </message>
    <message>
        <source>The announcement of case no. %1 is still a draft: sign it on the Minutes &amp; announcements page first.</source>
        <translation>The announcement of case no. %1 is still a draft: sign it on the Minutes &amp; announcements page first.</translation>
    </message>
    <message>
        <source>Publish the announcement</source>
        <translation>Publish the announcement</translation>
    </message>
    <message>
        <source>Record that announcement %1 about %2 is public? Publishing to the portal is not set up here, so give the reference under which it was published. This cannot be undone.</source>
        <translation>Record that announcement %1 about %2 is public? Publishing to the portal is not set up here, so give the reference under which it was published. This cannot be undone.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Publication reference</source>
        <translation>Publication reference</translation>
    </message>
    <message>
        <source>The reference of the announcement on the portal:</source>
        <translation>The reference of the announcement on the portal:</translation>
    </message>
    <message>
        <source>Case no. %1 is published.</source>
        <translation>Case no. %1 is published.</translation>
    </message>
    <message>
        <source>Publish announcement %1 about %2?

It is sent to the Department&apos;s portal and becomes public; it cannot be withdrawn. The case turns published when the portal confirms it.</source>
        <translation>Publish announcement %1 about %2?

It is sent to the Department&apos;s portal and becomes public; it cannot be withdrawn. The case turns published when the portal confirms it.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Announcement %1 is queued for the portal; case no. %2 turns published when the portal confirms it.</source>
        <translation>Announcement %1 is queued for the portal; case no. %2 turns published when the portal confirms it.</translation>
    </message>
    <message>
        <source>The portal confirmed the announcement of case no. %1 (reference %2).</source>
        <translation>The portal confirmed the announcement of case no. %1 (reference %2).</translation>
    </message>
    <message>
        <source>Record the exclusion</source>
        <translation>Record the exclusion</translation>
    </message>
    <message>
        <source>Record that %1 is removed from the programme from %2?

Later scans report every certificate %1 issues from that day as a violation (EXCLUDED_PROVIDER).</source>
        <translation>Record that %1 is removed from the programme from %2?

Later scans report every certificate %1 issues from that day as a violation (EXCLUDED_PROVIDER).</translation>
    </message>
    <message>
        <source>Record exclusion</source>
        <translation>Record exclusion</translation>
    </message>
    <message>
        <source>%1 is excluded from the programme from %2.</source>
        <translation>%1 is excluded from the programme from %2.</translation>
    </message>
    <message>
        <source>Attach complaints</source>
        <translation>Attach complaints</translation>
    </message>
    <message>
        <source>No complaint about %1 waits for a case. Record complaints on the Complaints page.</source>
        <translation>No complaint about %1 waits for a case. Record complaints on the Complaints page.</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <source>cases.csv</source>
        <translation>cases.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 cases written to %2.</translation>
    </message>
    <message>
        <source>Announcement %1 is already published on the portal (reference %2).</source>
        <translation>Announcement %1 is already published on the portal (reference %2).</translation>
    </message>
    <message>
        <source>Announcement %1 is already in the outbox; it is not queued a second time. Case no. %2 turns published when the portal confirms it.</source>
        <translation>Announcement %1 is already in the outbox; it is not queued a second time. Case no. %2 turns published when the portal confirms it.</translation>
    </message>
    <message>
        <source>Minutes %1 of case no. %2 are signed digitally.</source>
        <translation>Minutes %1 of case no. %2 are signed digitally.</translation>
    </message>
    <message>
        <source>Minutes %1 of case no. %2 are numbered and frozen: print them and sign them on paper.</source>
        <translation>Minutes %1 of case no. %2 are numbered and frozen: print them and sign them on paper.</translation>
    </message>
</context>
<context>
    <name>sw::ui::CitizenPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Show full id…</source>
        <translation>Show full id…</translation>
    </message>
    <message>
        <source>‹ Back to the list</source>
        <translation>‹ Back to the list</translation>
    </message>
    <message>
        <source>CCCD number (12 digits) or full name</source>
        <translation>CCCD number (12 digits) or full name</translation>
    </message>
    <message>
        <source>A 12-digit CCCD number finds one citizen; a name needs the birth date too. Case, diacritics and spaces do not matter (Ctrl+F)</source>
        <translation>A 12-digit CCCD number finds one citizen; a name needs the birth date too. Case, diacritics and spaces do not matter (Ctrl+F)</translation>
    </message>
    <message>
        <source>birth date dd/mm/yyyy</source>
        <translation>birth date dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Needed when searching by name</source>
        <translation>Needed when searching by name</translation>
    </message>
    <message>
        <source>Search the registry (Enter)</source>
        <translation>Search the registry (Enter)</translation>
    </message>
    <message>
        <source>As &amp;of</source>
        <translation>As &amp;of</translation>
    </message>
    <message>
        <source>Show the timeline and its findings as Hue-S held them at this moment (local time, UTC+7)</source>
        <translation>Show the timeline and its findings as Hue-S held them at this moment (local time, UTC+7)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Show the registry as it is now</source>
        <translation>Show the registry as it is now</translation>
    </message>
    <message>
        <source>No registry is open — use File › Connect…</source>
        <translation>No registry is open — use File › Connect…</translation>
    </message>
    <message>
        <source>Open the Hue-S issuance registry to look up a citizen&apos;s look-ups, requests and certificates.</source>
        <translation>Open the Hue-S issuance registry to look up a citizen&apos;s look-ups, requests and certificates.</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Show this citizen&apos;s full id; asks for a reason, which is written to the audit log</source>
        <translation>Show this citizen&apos;s full id; asks for a reason, which is written to the audit log</translation>
    </message>
    <message>
        <source>Back to the citizens that matched the search</source>
        <translation>Back to the citizens that matched the search</translation>
    </message>
    <message>
        <source>Citizen look-up</source>
        <translation>Citizen look-up</translation>
    </message>
    <message>
        <source>Opening the registry…</source>
        <translation>Opening the registry…</translation>
    </message>
    <message>
        <source>Enter a CCCD number, or a full name and birth date, then press Enter</source>
        <translation>Enter a CCCD number, or a full name and birth date, then press Enter</translation>
    </message>
    <message>
        <source>The page shows everything Hue-S holds about the citizen in time order — look-ups, requests and certificates of every provider — with the findings on each, as of the time you choose. The id stays masked unless you give a reason to see it.</source>
        <translation>The page shows everything Hue-S holds about the citizen in time order — look-ups, requests and certificates of every provider — with the findings on each, as of the time you choose. The id stays masked unless you give a reason to see it.</translation>
    </message>
    <message>
        <source>“%1” is not a date — write the birth date as dd/mm/yyyy</source>
        <translation>“%1” is not a date — write the birth date as dd/mm/yyyy</translation>
    </message>
    <message>
        <source>A name needs the birth date too; a CCCD number has 12 digits</source>
        <translation>A name needs the birth date too; a CCCD number has 12 digits</translation>
    </message>
    <message>
        <source>Searching the registry…</source>
        <translation>Searching the registry…</translation>
    </message>
    <message>
        <source>No citizen matches this search</source>
        <translation>No citizen matches this search</translation>
    </message>
    <message>
        <source>Check the CCCD number (12 digits), or the spelling of the name and the birth date. Names match whatever their case, diacritics and spaces.</source>
        <translation>Check the CCCD number (12 digits), or the spelling of the name and the birth date. Names match whatever their case, diacritics and spaces.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizens match — choose one (Enter opens it). Ids are masked.</source>
        <translation>
            <numerusform>%n citizen matches — choose it (Enter opens it). The id is masked.</numerusform>
            <numerusform>%n citizens match — choose one (Enter opens it). Ids are masked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the citizen&apos;s records and judging them…</source>
        <translation>Reading the citizen&apos;s records and judging them…</translation>
    </message>
    <message>
        <source>Holder under §1.4: &lt;b&gt;%1&lt;/b&gt; — certificate #%2, on Hue-S since %3</source>
        <translation>Holder under §1.4: &lt;b&gt;%1&lt;/b&gt; — certificate #%2, on Hue-S since %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more certificate(s) held at the same time</source>
        <translation>
            <numerusform>%n more certificate held at the same time</numerusform>
            <numerusform>%n more certificates held at the same time</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder under §1.4: &lt;b&gt;none&lt;/b&gt; — no certificate is held as of %1; any provider may issue.</source>
        <translation>Holder under §1.4: &lt;b&gt;none&lt;/b&gt; — no certificate is held as of %1; any provider may issue.</translation>
    </message>
    <message>
        <source>The provider of the first certificate in Hue-S order (recorded on Hue-S, then id) among those recorded by the as-of time and not revoked by then.</source>
        <translation>The provider of the first certificate in Hue-S order (recorded on Hue-S, then id) among those recorded by the as-of time and not revoked by then.</translation>
    </message>
    <message>
        <source>%1 · %2 · as Hue-S held it on %3</source>
        <translation>%1 · %2 · as Hue-S held it on %3</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not judged for one citizen: %1 — these rules compare several citizens; the findings page (full scan) has them.</source>
        <translation>Not judged for one citizen: %1 — these rules compare several citizens; the findings page (full scan) has them.</translation>
    </message>
    <message>
        <source>Hue-S holds no look-up, request or certificate of this citizen as of %1.</source>
        <translation>Hue-S holds no look-up, request or certificate of this citizen as of %1.</translation>
    </message>
    <message>
        <source>(no row in the citizens table)</source>
        <translation>(no row in the citizens table)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>birth date “%1”</source>
        <translation>birth date “%1”</translation>
    </message>
    <message>
        <source>Full id not shown</source>
        <translation>Full id not shown</translation>
    </message>
    <message>
        <source>The full id stays hidden because the audit log could not be written: %1</source>
        <translation>The full id stays hidden because the audit log could not be written: %1</translation>
    </message>
    <message>
        <source>The full id stays hidden: every unmasking is first written to the casebook&apos;s audit log, and the casebook cannot be reached now. Check the network and the casebook under Settings, then try again.</source>
        <translation>The full id stays hidden: every unmasking is first written to the casebook&apos;s audit log, and the casebook cannot be reached now. Check the network and the casebook under Settings, then try again.</translation>
    </message>
</context>
<context>
    <name>sw::ui::CitizenResultsModel</name>
    <message>
        <source>(not in the citizens table)</source>
        <translation>(not in the citizens table)</translation>
    </message>
    <message>
        <source>Citizen id</source>
        <translation>Citizen id</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComplaintForm</name>
    <message>
        <source>Add from a scan file…</source>
        <translation>Add from a scan file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Citizen&apos;s timeline</source>
        <translation>Citizen&apos;s timeline</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>12-digit identity number (CCCD)</source>
        <translation>12-digit identity number (CCCD)</translation>
    </message>
    <message>
        <source>What the citizen says happened, in their words</source>
        <translation>What the citizen says happened, in their words</translation>
    </message>
    <message>
        <source>Link findings from a scan file (JSON Lines, as written by the findings page or signwatch-cli scan); the findings page can also send selected findings here</source>
        <translation>Link findings from a scan file (JSON Lines, as written by the findings page or signwatch-cli scan); the findings page can also send selected findings here</translation>
    </message>
    <message>
        <source>Unlink the selected finding from this complaint</source>
        <translation>Unlink the selected finding from this complaint</translation>
    </message>
    <message>
        <source>What the verification found, against the data and in practice (§5.2)</source>
        <translation>What the verification found, against the data and in practice (§5.2)</translation>
    </message>
    <message>
        <source>Store the complaint in the casebook (the change is written to the audit log)</source>
        <translation>Store the complaint in the casebook (the change is written to the audit log)</translation>
    </message>
    <message>
        <source>Open the citizen&apos;s timeline on the citizen look-up page</source>
        <translation>Open the citizen&apos;s timeline on the citizen look-up page</translation>
    </message>
    <message>
        <source>Close the form (Esc)</source>
        <translation>Close the form (Esc)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Findings checked</source>
        <translation>Findings checked</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Masked (§1.7); the citizen look-up shows the full number with a reason</source>
        <translation>Masked (§1.7); the citizen look-up shows the full number with a reason</translation>
    </message>
    <message>
        <source>Complaint no. %1</source>
        <translation>Complaint no. %1</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Link findings from a scan file</source>
        <translation>Link findings from a scan file</translation>
    </message>
    <message>
        <source>Findings (*.jsonl *.json);;All files (*)</source>
        <translation>Findings (*.jsonl *.json);;All files (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The complaint cannot be saved yet: %1</source>
        <translation>The complaint cannot be saved yet: %1</translation>
    </message>
    <message>
        <source>Tick a finding to link it to the complaint; untick it to unlink it</source>
        <translation>Tick a finding to link it to the complaint; untick it to unlink it</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s 12-digit identity number to pick from their findings.</source>
        <translation>Enter the citizen&apos;s 12-digit identity number to pick from their findings.</translation>
    </message>
    <message>
        <source>Looking up the findings of citizen %1…</source>
        <translation>Looking up the findings of citizen %1…</translation>
    </message>
    <message>
        <source>Citizen %1:</source>
        <translation>Citizen %1:</translation>
    </message>
    <message>
        <source>no finding %1.</source>
        <translation>no finding %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) %1.</source>
        <translation>
            <numerusform>%n finding %1.</numerusform>
            <numerusform>%n findings %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) about %1 %2.</source>
        <translation>
            <numerusform>%n finding about %1 %2.</numerusform>
            <numerusform>%n findings about %1 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about other providers)</source>
        <translation>
            <numerusform>(%n more about another provider)</numerusform>
            <numerusform>(%n more about other providers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the findings that bear the complaint out; a complaint concerns one provider.</source>
        <translation>Tick the findings that bear the complaint out; a complaint concerns one provider.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComplaintsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>sw::ui::ComplaintsPage</name>
    <message>
        <source>&amp;New complaint</source>
        <translation>&amp;New complaint</translation>
    </message>
    <message>
        <source>&amp;Export complaints…</source>
        <translation>&amp;Export complaints…</translation>
    </message>
    <message>
        <source>&amp;Remove complaint…</source>
        <translation>&amp;Remove complaint…</translation>
    </message>
    <message>
        <source>Open the citizen&apos;s &amp;timeline</source>
        <translation>Open the citizen&apos;s &amp;timeline</translation>
    </message>
    <message>
        <source>Record a citizen&apos;s complaint received through Hue-S, the hotline, in person or by letter (Ctrl+N)</source>
        <translation>Record a citizen&apos;s complaint received through Hue-S, the hotline, in person or by letter (Ctrl+N)</translation>
    </message>
    <message>
        <source>Write the complaints as listed to a CSV file, identity numbers masked (Ctrl+E)</source>
        <translation>Write the complaints as listed to a CSV file, identity numbers masked (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove the selected complaint (only one not gathered into a case); the reason is kept in the audit log</source>
        <translation>Remove the selected complaint (only one not gathered into a case); the reason is kept in the audit log</translation>
    </message>
    <message>
        <source>Show the selected complaint&apos;s citizen on the citizen look-up page</source>
        <translation>Show the selected complaint&apos;s citizen on the citizen look-up page</translation>
    </message>
    <message>
        <source>No complaints recorded — press New complaint to record one</source>
        <translation>No complaints recorded — press New complaint to record one</translation>
    </message>
    <message>
        <source>Complaints reach the Department through Hue-S feedback, the hotline 1900 1075, in person or by letter. Each is verified against the data and in practice (§5.2).</source>
        <translation>Complaints reach the Department through Hue-S feedback, the hotline 1900 1075, in person or by letter. Each is verified against the data and in practice (§5.2).</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message numerus="yes">
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 complaints</source>
        <translation>%1 of %2 complaints</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) linked to the complaint in the form; save it to keep them.</source>
        <translation>
            <numerusform>%n finding linked to the complaint in the form; save the complaint to keep it.</numerusform>
            <numerusform>%n findings linked to the complaint in the form; save it to keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove complaint no. %1</source>
        <translation>Remove complaint no. %1</translation>
    </message>
    <message>
        <source>Why is the complaint removed? The reason is kept in the audit log.</source>
        <translation>Why is the complaint removed? The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>Export complaints</translation>
    </message>
    <message>
        <source>complaints.csv</source>
        <translation>complaints.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 complaints written to %2.</source>
        <translation>%1 complaints written to %2.</translation>
    </message>
    <message>
        <source>Their version of complaint no. %1 is in the form; yours is on the clipboard.</source>
        <translation>Their version of complaint no. %1 is in the form; yours is on the clipboard.</translation>
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
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>The password (and a client key&apos;s passphrase) go to the system keychain, never to the settings file</source>
        <translation>The password (and a client key&apos;s passphrase) go to the system keychain, never to the settings file</translation>
    </message>
    <message>
        <source>Try these details without leaving the registry that is open</source>
        <translation>Try these details without leaving the registry that is open</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <source>The connection works: %1.</source>
        <translation>The connection works: %1.</translation>
    </message>
    <message>
        <source>The registry file can be read.</source>
        <translation>The registry file can be read.</translation>
    </message>
    <message>
        <source>The registry meets the data contract.</source>
        <translation>The registry meets the data contract.</translation>
    </message>
    <message numerus="yes">
        <source>The registry does not meet the data contract: %n problem(s).</source>
        <translation>
            <numerusform>The registry does not meet the data contract: %n problem.</numerusform>
            <numerusform>The registry does not meet the data contract: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentAnnouncementEditor</name>
    <message>
        <source>One recipient a line, e.g. Lưu: VT, TTS</source>
        <translation>One recipient a line, e.g. Lưu: VT, TTS</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>e.g. KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>From the signed minutes</source>
        <translation>From the signed minutes</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Announcement</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Excluded from</source>
        <translation>Excluded from</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Provider: %1 (%2)</translation>
    </message>
    <message>
        <source>Minutes cited: no. %1, %2</source>
        <translation>Minutes cited: no. %1, %2</translation>
    </message>
    <message numerus="yes">
        <source> — %n case(s)</source>
        <translation>
            <numerusform> — %n case</numerusform>
            <numerusform> — %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers that remain in the programme: %1</source>
        <translation>Providers that remain in the programme: %1</translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentMinutesEditor</name>
    <message>
        <source>One person a line: name, title</source>
        <translation>One person a line: name, title</translation>
    </message>
    <message>
        <source>None, or one person a line: name, role</source>
        <translation>None, or one person a line: name, role</translation>
    </message>
    <message>
        <source>What the provider&apos;s representative says</source>
        <translation>What the provider&apos;s representative says</translation>
    </message>
    <message>
        <source>The Department&apos;s conclusion</source>
        <translation>The Department&apos;s conclusion</translation>
    </message>
    <message>
        <source>One measure a line</source>
        <translation>One measure a line</translation>
    </message>
    <message>
        <source>Removal from the programme from</source>
        <translation>Removal from the programme from</translation>
    </message>
    <message>
        <source>One recipient a line, e.g. Lưu: VT, TTS</source>
        <translation>One recipient a line, e.g. Lưu: VT, TTS</translation>
    </message>
    <message>
        <source>e.g. the Department&apos;s meeting room, house number, street, ward, Huế</source>
        <translation>e.g. the Department&apos;s meeting room, house number, street, ward, Huế</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>e.g. KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Violation / record</source>
        <translation>Violation / record</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>From the case&apos;s findings; change them on the Cases page. Identity numbers are printed masked.</source>
        <translation>From the case&apos;s findings; change them on the Cases page. Identity numbers are printed masked.</translation>
    </message>
    <message>
        <source>1. Time and place</source>
        <translation>1. Time and place</translation>
    </message>
    <message>
        <source>Meeting began</source>
        <translation>Meeting began</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>2. Participants</source>
        <translation>2. Participants</translation>
    </message>
    <message>
        <source>For the Department</source>
        <translation>For the Department</translation>
    </message>
    <message>
        <source>For the provider</source>
        <translation>For the provider</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>3. Violations (from the case&apos;s findings)</source>
        <translation>3. Violations (from the case&apos;s findings)</translation>
    </message>
    <message>
        <source>5. Conclusion and measures</source>
        <translation>5. Conclusion and measures</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>6. Closing</source>
        <translation>6. Closing</translation>
    </message>
    <message>
        <source>Meeting ended</source>
        <translation>Meeting ended</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Copies kept by each party</source>
        <translation>Copies kept by each party</translation>
    </message>
    <message>
        <source>7. Signatures</source>
        <translation>7. Signatures</translation>
    </message>
    <message>
        <source>Provider&apos;s signer: title</source>
        <translation>Provider&apos;s signer: title</translation>
    </message>
    <message>
        <source>Provider&apos;s signer: name</source>
        <translation>Provider&apos;s signer: name</translation>
    </message>
    <message>
        <source>Department: authority</source>
        <translation>Department: authority</translation>
    </message>
    <message>
        <source>Department: title</source>
        <translation>Department: title</translation>
    </message>
    <message>
        <source>Department: signer&apos;s name</source>
        <translation>Department: signer&apos;s name</translation>
    </message>
    <message>
        <source>8. Recipients</source>
        <translation>8. Recipients</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n case(s)</source>
        <translation>
            <numerusform>%1 — %n case</numerusform>
            <numerusform>%1 — %n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>One person a line: name, title; authority (theo Giấy ủy quyền số … ngày …)</source>
        <translation>One person a line: name, title; authority (theo Giấy ủy quyền số … ngày …)</translation>
    </message>
    <message>
        <source>The name of the Department&apos;s participant who records the minutes</source>
        <translation>The name of the Department&apos;s participant who records the minutes</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Recorded below</source>
        <translation>Recorded below</translation>
    </message>
    <message>
        <source>The representative has no opinion</source>
        <translation>The representative has no opinion</translation>
    </message>
    <message>
        <source>The representative refused to sign</source>
        <translation>The representative refused to sign</translation>
    </message>
    <message>
        <source>The reason given for refusing, if any</source>
        <translation>The reason given for refusing, if any</translation>
    </message>
    <message>
        <source>Recorder (Thư ký)</source>
        <translation>Recorder (Thư ký)</translation>
    </message>
    <message>
        <source>Provider: full legal name</source>
        <translation>Provider: full legal name</translation>
    </message>
    <message>
        <source>Provider: address</source>
        <translation>Provider: address</translation>
    </message>
    <message>
        <source>Provider: business registration number</source>
        <translation>Provider: business registration number</translation>
    </message>
    <message>
        <source>4. The provider&apos;s opinion</source>
        <translation>4. The provider&apos;s opinion</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Reason for refusing</source>
        <translation>Reason for refusing</translation>
    </message>
</context>
<context>
    <name>sw::ui::DocumentsPage</name>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>&amp;Preview PDF</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Give the document its number and freeze it; it cannot change afterwards</source>
        <translation>Give the document its number and freeze it; it cannot change afterwards</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Write the document&apos;s PDF to a file</source>
        <translation>Write the document&apos;s PDF to a file</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Start a new document that corrects the signed one and cites it</source>
        <translation>Start a new document that corrects the signed one and cites it</translation>
    </message>
    <message>
        <source>Draw up the &amp;announcement</source>
        <translation>Draw up the &amp;announcement</translation>
    </message>
    <message>
        <source>Start the public announcement (thông báo) of the signed minutes</source>
        <translation>Start the public announcement (thông báo) of the signed minutes</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <source>Write the list of documents to a CSV file (Ctrl+E)</source>
        <translation>Write the list of documents to a CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Undo the last change to the draft (Ctrl+Z)</source>
        <translation>Undo the last change to the draft (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Redo the change undone last (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>No minutes yet — establish a case&apos;s violation and draw up its minutes on the Cases page</source>
        <translation>No minutes yet — establish a case&apos;s violation and draw up its minutes on the Cases page</translation>
    </message>
    <message>
        <source>Minutes (biên bản) record an established violation; once signed, their public announcement (thông báo) is drawn up here and published (§5.3).</source>
        <translation>Minutes (biên bản) record an established violation; once signed, their public announcement (thông báo) is drawn up here and published (§5.3).</translation>
    </message>
    <message>
        <source>Select a document to edit or read it</source>
        <translation>Select a document to edit or read it</translation>
    </message>
    <message>
        <source>Drafts are saved as you type. Signed documents are frozen: correct them with a new document.</source>
        <translation>Drafts are saved as you type. Signed documents are frozen: correct them with a new document.</translation>
    </message>
    <message>
        <source>Publishing to the portal is not set up</source>
        <translation>Publishing to the portal is not set up</translation>
    </message>
    <message>
        <source>Signed announcements are sent to the Department&apos;s portal once its address and token are set in Settings.</source>
        <translation>Signed announcements are sent to the Department&apos;s portal once its address and token are set in Settings.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Minutes &amp; announcements</source>
        <translation>Minutes &amp; announcements</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 of %2 documents</translation>
    </message>
    <message>
        <source>%1 %2 of case no. %3 — signed %4 by %5; SHA-256 %6</source>
        <translation>%1 %2 of case no. %3 — signed %4 by %5; SHA-256 %6</translation>
    </message>
    <message>
        <source>%1 of case no. %2 — draft</source>
        <translation>%1 of case no. %2 — draft</translation>
    </message>
    <message>
        <source>corrects %1</source>
        <translation>corrects %1</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <source>Draft, saved</source>
        <translation>Draft, saved</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Select a document first.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>The document cannot be signed yet: it lacks %1.</source>
        <translation>The document cannot be signed yet: it lacks %1.</translation>
    </message>
    <message>
        <source>Sign the minutes of case no. %1 against %2?

They get the next minutes number of the year, their PDF is stored with its SHA-256 fingerprint, and they can never be changed again. A mistake can then only be put right by a correcting document.</source>
        <translation>Sign the minutes of case no. %1 against %2?

They get the next minutes number of the year, their PDF is stored with its SHA-256 fingerprint, and they can never be changed again. A mistake can then only be put right by a correcting document.</translation>
    </message>
    <message>
        <source>Sign the announcement of case no. %1 about %2?

It gets the next announcement number of the year and can never be changed again. It is published from the Cases page.</source>
        <translation>Sign the announcement of case no. %1 about %2?

It gets the next announcement number of the year and can never be changed again. It is published from the Cases page.</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>Sign the announcement</source>
        <translation>Sign the announcement</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>A correcting draft is started; once signed it takes the next number and cites %1.</source>
        <translation>A correcting draft is started; once signed it takes the next number and cites %1.</translation>
    </message>
    <message>
        <source>Export the list of documents</source>
        <translation>Export the list of documents</translation>
    </message>
    <message>
        <source>documents.csv</source>
        <translation>documents.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 documents written to %2.</source>
        <translation>%1 documents written to %2.</translation>
    </message>
    <message>
        <source>Compare with theirs…</source>
        <translation>Compare with theirs…</translation>
    </message>
    <message>
        <source>Not saved: changed at another desk</source>
        <translation>Not saved: changed at another desk</translation>
    </message>
    <message>
        <source>It has been signed since.</source>
        <translation>It has been signed since.</translation>
    </message>
    <message>
        <source>Their version is in the editor; yours is on the clipboard.</source>
        <translation>Their version is in the editor; yours is on the clipboard.</translation>
    </message>
    <message>
        <source>Issued by %1 (%2); a signed document never changes.</source>
        <translation>Issued by %1 (%2); a signed document never changes.</translation>
    </message>
    <message>
        <source>Si&amp;gnatures…</source>
        <translation>Si&amp;gnatures…</translation>
    </message>
    <message>
        <source>Check the signed document&apos;s digital signatures and list them</source>
        <translation>Check the signed document&apos;s digital signatures and list them</translation>
    </message>
    <message>
        <source>%1 %2 is signed digitally and frozen.</source>
        <translation>%1 %2 is signed digitally and frozen.</translation>
    </message>
    <message>
        <source>%1 %2 is numbered and frozen: print it and sign it on paper (no signing key is set in Settings).</source>
        <translation>%1 %2 is numbered and frozen: print it and sign it on paper (no signing key is set in Settings).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Signatures of %1</source>
        <translation>Signatures of %1</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>The file carries no digital signature.</translation>
    </message>
    <message>
        <source>Show the document&apos;s PDF as it will print</source>
        <translation>Show the document&apos;s PDF as it will print</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the document&apos;s PDF through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Print the document&apos;s PDF through the system&apos;s print dialog (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>sw::ui::DurationEdit</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
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
    <name>sw::ui::EvidenceTimeline</name>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>door to door</source>
        <translation>door to door</translation>
    </message>
    <message>
        <source>request on Hue-S</source>
        <translation>request on Hue-S</translation>
    </message>
    <message>
        <source>import of an older signature</source>
        <translation>import of an older signature</translation>
    </message>
    <message>
        <source>Records on a time line</source>
        <translation>Records on a time line</translation>
    </message>
    <message>
        <source>%1 activated certificate #%2 (%3)</source>
        <translation>%1 activated certificate #%2 (%3)</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 recorded on Hue-S as a technical error (%3)</source>
        <translation>Certificate #%1 of %2 recorded on Hue-S as a technical error (%3)</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 recorded on Hue-S (%3)</source>
        <translation>Certificate #%1 of %2 recorded on Hue-S (%3)</translation>
    </message>
    <message>
        <source>Certificate #%1 of %2 revoked</source>
        <translation>Certificate #%1 of %2 revoked</translation>
    </message>
    <message>
        <source> (switch of provider)</source>
        <translation> (switch of provider)</translation>
    </message>
    <message>
        <source> (at the citizen&apos;s request)</source>
        <translation> (at the citizen&apos;s request)</translation>
    </message>
    <message>
        <source> (entered in error)</source>
        <translation> (entered in error)</translation>
    </message>
    <message>
        <source>Citizen registered request #%1 with %2 (help by phone)</source>
        <translation>Citizen registered request #%1 with %2 (help by phone)</translation>
    </message>
    <message>
        <source>Citizen registered request #%1 with %2 (help at home)</source>
        <translation>Citizen registered request #%1 with %2 (help at home)</translation>
    </message>
    <message>
        <source>%1 marked request #%2 done on Hue-S</source>
        <translation>%1 marked request #%2 done on Hue-S</translation>
    </message>
    <message>
        <source>Citizen withdrew request #%1</source>
        <translation>Citizen withdrew request #%1</translation>
    </message>
    <message>
        <source>%1 looked the citizen up on Hue-S: a signature exists</source>
        <translation>%1 looked the citizen up on Hue-S: a signature exists</translation>
    </message>
    <message>
        <source>%1 looked the citizen up on Hue-S: none found</source>
        <translation>%1 looked the citizen up on Hue-S: none found</translation>
    </message>
    <message>
        <source> — this finding</source>
        <translation> — this finding</translation>
    </message>
    <message>
        <source> — evidence</source>
        <translation> — evidence</translation>
    </message>
    <message>
        <source>No records found in the registry.</source>
        <translation>No records found in the registry.</translation>
    </message>
    <message>
        <source> (after the scan)</source>
        <translation> (after the scan)</translation>
    </message>
</context>
<context>
    <name>sw::ui::FilterBar</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>First day of the period (included)</source>
        <translation>First day of the period (included)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Last day of the period (included)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>All providers</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Show everything again</source>
        <translation>Show everything again</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Handled or not</source>
        <translation>Handled or not</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>Not handled</translation>
    </message>
    <message>
        <source>Findings in no case yet</source>
        <translation>Findings in no case yet</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Findings sent to a case, including those of a dismissed case</source>
        <translation>Findings sent to a case, including those of a dismissed case</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>A calendar month; the arrows go to the month before or after</source>
        <translation>A calendar month; the arrows go to the month before or after</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>A calendar quarter; the arrows go to the quarter before or after</source>
        <translation>A calendar quarter; the arrows go to the quarter before or after</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>The campaign</translation>
    </message>
    <message>
        <source>The programme&apos;s twelve months, from %1 to %2</source>
        <translation>The programme&apos;s twelve months, from %1 to %2</translation>
    </message>
    <message>
        <source>The first day is after the last.</source>
        <translation>The first day is after the last.</translation>
    </message>
    <message>
        <source>The month before</source>
        <translation>The month before</translation>
    </message>
    <message>
        <source>The quarter before</source>
        <translation>The quarter before</translation>
    </message>
    <message>
        <source>The month after</source>
        <translation>The month after</translation>
    </message>
    <message>
        <source>The quarter after</source>
        <translation>The quarter after</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingDetailPane</name>
    <message>
        <source>Close the detail (Esc)</source>
        <translation>Close the detail (Esc)</translation>
    </message>
    <message>
        <source>Close the detail</source>
        <translation>Close the detail</translation>
    </message>
    <message>
        <source>What makes it a violation</source>
        <translation>What makes it a violation</translation>
    </message>
    <message>
        <source>The regulation</source>
        <translation>The regulation</translation>
    </message>
    <message>
        <source>Records on Hue-S, in time order</source>
        <translation>Records on Hue-S, in time order</translation>
    </message>
    <message>
        <source> (suspected: check on the ground)</source>
        <translation> (suspected: check on the ground)</translation>
    </message>
    <message>
        <source>citizen %1</source>
        <translation>citizen %1</translation>
    </message>
    <message>
        <source>new since the previous scan</source>
        <translation>new since the previous scan</translation>
    </message>
    <message>
        <source>A data-quality finding enforces no clause: the rules cannot read this row.</source>
        <translation>A data-quality finding enforces no clause: the rules cannot read this row.</translation>
    </message>
    <message>
        <source>Open the registry to see the records behind this finding.</source>
        <translation>Open the registry to see the records behind this finding.</translation>
    </message>
    <message>
        <source>Reading the records from the registry…</source>
        <translation>Reading the records from the registry…</translation>
    </message>
    <message>
        <source>Pale entries happened after the scan&apos;s as-of time (%1).</source>
        <translation>Pale entries happened after the scan&apos;s as-of time (%1).</translation>
    </message>
    <message>
        <source>Never activated: certificate %1.</source>
        <translation>Never activated: certificate %1.</translation>
    </message>
    <message>
        <source>Casework</source>
        <translation>Casework</translation>
    </message>
    <message>
        <source>Not handled: in no case yet. Send it to casework to open a case (§5.3).</source>
        <translation>Not handled: in no case yet. Send it to casework to open a case (§5.3).</translation>
    </message>
    <message>
        <source>(linked to a substantiated complaint of the case)</source>
        <translation>(linked to a substantiated complaint of the case)</translation>
    </message>
    <message>
        <source>Handled: the case was dismissed with a reason (see its history).</source>
        <translation>Handled: the case was dismissed with a reason (see its history).</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingsExportDialog</name>
    <message>
        <source>The selected findings (%1)</source>
        <translation>The selected findings (%1)</translation>
    </message>
    <message>
        <source>All filtered findings (%1)</source>
        <translation>All filtered findings (%1)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Export findings</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (UTF-8)</source>
        <translation>CSV for spreadsheets (UTF-8)</translation>
    </message>
    <message>
        <source>JSON Lines (the scan&apos;s format)</source>
        <translation>JSON Lines (the scan&apos;s format)</translation>
    </message>
    <message>
        <source>Citizen identity numbers are masked in the file (046******789): citizens&apos; information is confidential (§1.7).</source>
        <translation>Citizen identity numbers are masked in the file (046******789): citizens&apos; information is confidential (§1.7).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingsModel</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Certificate #%1</source>
        <translation>Certificate #%1</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Request #%1</translation>
    </message>
    <message>
        <source>Identity numbers are masked (§1.7)</source>
        <translation>Identity numbers are masked (§1.7)</translation>
    </message>
    <message>
        <source>Not found by the previous scan of this registry</source>
        <translation>Not found by the previous scan of this registry</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>The detection rule that found it</source>
        <translation>The detection rule that found it</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>When it happened, local time (UTC+7)</source>
        <translation>When it happened, local time (UTC+7)</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Identity number, masked (§1.7)</source>
        <translation>Identity number, masked (§1.7)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>The certificate or request the finding is about</source>
        <translation>The certificate or request the finding is about</translation>
    </message>
    <message>
        <source>Case no. %1 — %2</source>
        <translation>Case no. %1 — %2</translation>
    </message>
    <message>
        <source>Not handled: in no case yet</source>
        <translation>Not handled: in no case yet</translation>
    </message>
    <message>
        <source>Linked to a substantiated complaint of case no. %1</source>
        <translation>Linked to a substantiated complaint of case no. %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>The case the finding was sent to and where it stands; empty: not handled yet</source>
        <translation>The case the finding was sent to and where it stands; empty: not handled yet</translation>
    </message>
</context>
<context>
    <name>sw::ui::FindingsPage</name>
    <message>
        <source>&amp;Scan the registry</source>
        <translation>&amp;Scan the registry</translation>
    </message>
    <message>
        <source>&amp;Export findings…</source>
        <translation>&amp;Export findings…</translation>
    </message>
    <message>
        <source>Only new</source>
        <translation>Only new</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Send to casework</source>
        <translation>Send to casework</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Run every detection rule on the open registry and keep the findings</source>
        <translation>Run every detection rule on the open registry and keep the findings</translation>
    </message>
    <message>
        <source>Write the selected or the filtered findings to CSV or JSON Lines, with identity numbers masked (Ctrl+E)</source>
        <translation>Write the selected or the filtered findings to CSV or JSON Lines, with identity numbers masked (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show only findings that the previous scan of this registry did not have</source>
        <translation>Show only findings that the previous scan of this registry did not have</translation>
    </message>
    <message>
        <source>Stop the scan; nothing of it is kept</source>
        <translation>Stop the scan; nothing of it is kept</translation>
    </message>
    <message>
        <source>No registry is open — use File › Connect…</source>
        <translation>No registry is open — use File › Connect…</translation>
    </message>
    <message>
        <source>Findings come from scanning a registry: open the Hue-S issuance registry first.</source>
        <translation>Findings come from scanning a registry: open the Hue-S issuance registry first.</translation>
    </message>
    <message>
        <source>No scan yet — press Scan to start</source>
        <translation>No scan yet — press Scan to start</translation>
    </message>
    <message>
        <source>A scan checks every certificate, request and look-up of the registry against the regulation&apos;s rules; its findings are kept on this computer.</source>
        <translation>A scan checks every certificate, request and look-up of the registry against the regulation&apos;s rules; its findings are kept on this computer.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1 findings · %2 new</source>
        <translation>%1 findings · %2 new</translation>
    </message>
    <message>
        <source> (showing the new ones)</source>
        <translation> (showing the new ones)</translation>
    </message>
    <message>
        <source> — of %1 in the scan</source>
        <translation> — of %1 in the scan</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
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
        <source>Scan of %1 (%2), registry as of %3: %4 certificates checked, %5 findings, %6 new since the previous scan, in %7 s.</source>
        <translation>Scan of %1 (%2), registry as of %3: %4 certificates checked, %5 findings, %6 new since the previous scan, in %7 s.</translation>
    </message>
    <message>
        <source>Opening connections to the registry…</source>
        <translation>Opening connections to the registry…</translation>
    </message>
    <message>
        <source>Stopping the scan…</source>
        <translation>Stopping the scan…</translation>
    </message>
    <message>
        <source>Scanned %1 certificates, found %2 findings in %3 s.</source>
        <translation>Scanned %1 certificates, found %2 findings in %3 s.</translation>
    </message>
    <message>
        <source>The scan was cancelled; nothing of it was kept.</source>
        <translation>The scan was cancelled; nothing of it was kept.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines files (*.jsonl)</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Export findings</translation>
    </message>
    <message>
        <source>Exported %1 findings to %2, with identity numbers masked.</source>
        <translation>Exported %1 findings to %2, with identity numbers masked.</translation>
    </message>
    <message>
        <source>Open a case against the provider of the selected findings (§5.3); select findings of one provider</source>
        <translation>Open a case against the provider of the selected findings (§5.3); select findings of one provider</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Watch the registry live: after one full scan, check what changed every %1 s, list new findings as they appear and announce them on the desktop</source>
        <translation>Watch the registry live: after one full scan, check what changed every %1 s, list new findings as they appear and announce them on the desktop</translation>
    </message>
    <message>
        <source>Live: catching up with the registry since %1…</source>
        <translation>Live: catching up with the registry since %1…</translation>
    </message>
    <message>
        <source>Live: scanning the registry once in full…</source>
        <translation>Live: scanning the registry once in full…</translation>
    </message>
    <message>
        <source>Live: registry checked at %1</source>
        <translation>Live: registry checked at %1</translation>
    </message>
    <message>
        <source>Live: the registry could not be read at %1 (%2); trying again at the next check.</source>
        <translation>Live: the registry could not be read at %1 (%2); trying again at the next check.</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s) since %1</source>
        <translation>
            <numerusform>%n new finding since %1</numerusform>
            <numerusform>%n new findings since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>no provider</translation>
    </message>
    <message>
        <source>New finding: %1</source>
        <translation>New finding: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n new finding</numerusform>
            <numerusform>%n new findings</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 not handled</source>
        <translation> · %1 not handled</translation>
    </message>
    <message>
        <source>The thresholds in Settings changed since this scan: scan again (F5) to apply them.</source>
        <translation>The thresholds in Settings changed since this scan: scan again (F5) to apply them.</translation>
    </message>
</context>
<context>
    <name>sw::ui::HelpDialog</name>
    <message>
        <source>SignWatch — user guide</source>
        <translation>SignWatch — user guide</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Find in the guide</translation>
    </message>
    <message>
        <source>Find a word in the guide and the glossary (Enter: the next match)</source>
        <translation>Find a word in the guide and the glossary (Enter: the next match)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the guide (Esc)</source>
        <translation>Close the guide (Esc)</translation>
    </message>
    <message>
        <source>%1, suspected: check on the ground</source>
        <translation>%1, suspected: check on the ground</translation>
    </message>
    <message>
        <source>It enforces no clause: it reports records the other rules cannot read. Its ground:</source>
        <translation>It enforces no clause: it reports records the other rules cannot read. Its ground:</translation>
    </message>
</context>
<context>
    <name>sw::ui::IssuingBodiesBox</name>
    <message>
        <source>Issuing bodies</source>
        <translation>Issuing bodies</translation>
    </message>
    <message>
        <source>Add the period…</source>
        <translation>Add the period…</translation>
    </message>
    <message>
        <source>A minutes or an announcement carries the body in force on the day it is signed, a report the body in force on its date; a signed document never changes. When the body changes, a signatory adds the next period here.</source>
        <translation>A minutes or an announcement carries the body in force on the day it is signed, a report the body in force on its date; a signed document never changes. When the body changes, a signatory adds the next period here.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>In running text</source>
        <translation>In running text</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Parent body (header line 1)</source>
        <translation>Parent body (header line 1)</translation>
    </message>
    <message>
        <source>Issuing body (header line 2)</source>
        <translation>Issuing body (header line 2)</translation>
    </message>
    <message>
        <source>Code in numbers</source>
        <translation>Code in numbers</translation>
    </message>
    <message>
        <source>Body in running text</source>
        <translation>Body in running text</translation>
    </message>
    <message>
        <source>Place in the date line</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <source>Add the issuing body</source>
        <translation>Add the issuing body</translation>
    </message>
    <message>
        <source>Open a casebook first: the periods are kept in it, shared by every desk.</source>
        <translation>Open a casebook first: the periods are kept in it, shared by every desk.</translation>
    </message>
    <message>
        <source>Documents signed from that day carry the new body.</source>
        <translation>Documents signed from that day carry the new body.</translation>
    </message>
    <message>
        <source>From %1, documents will be signed as %2 (%3). A period cannot be changed or removed once added. Add it?</source>
        <translation>From %1, documents will be signed as %2 (%3). A period cannot be changed or removed once added. Add it?</translation>
    </message>
    <message>
        <source>Added: documents signed from %1 are issued by %2 (%3).</source>
        <translation>Added: documents signed from %1 are issued by %2 (%3).</translation>
    </message>
    <message>
        <source>the seat&apos;s street address</source>
        <translation>the seat&apos;s street address</translation>
    </message>
    <message>
        <source>Record the address for the selected period</source>
        <translation>Record the address for the selected period</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address of the seat (where minutes are drawn up)</source>
        <translation>Address of the seat (where minutes are drawn up)</translation>
    </message>
    <message>
        <source>Recorded: %1 (%2) has its seat at %3.</source>
        <translation>Recorded: %1 (%2) has its seat at %3.</translation>
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
        <source>Citizen look-up</source>
        <translation>Citizen look-up</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Minutes &amp; announcements</source>
        <translation>Minutes &amp; announcements</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
    <message>
        <source>Read the registry again for this page; on the findings page, scan (F5)</source>
        <translation>Read the registry again for this page; on the findings page, scan (F5)</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>F&amp;indings</translation>
    </message>
    <message>
        <source>Scan the registry on the findings page (F5 there)</source>
        <translation>Scan the registry on the findings page (F5 there)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
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
        <source>Last scan: %1 (%2 findings)</source>
        <translation>Last scan: %1 (%2 findings)</translation>
    </message>
    <message>
        <source>Scanned %1, registry as of %2</source>
        <translation>Scanned %1, registry as of %2</translation>
    </message>
    <message>
        <source>&amp;Casework</source>
        <translation>&amp;Casework</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>Export &amp;table as CSV…</translation>
    </message>
    <message>
        <source>Write the table of the overview or of the citizen&apos;s timeline to a CSV file (UTF-8), identity numbers as shown</source>
        <translation>Write the table of the overview or of the citizen&apos;s timeline to a CSV file (UTF-8), identity numbers as shown</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Connecting was cancelled.</translation>
    </message>
    <message>
        <source>Registry not opened</source>
        <translation>Registry not opened</translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation>%1 stays open.</translation>
    </message>
    <message>
        <source>Connect to the &amp;casebook</source>
        <translation>Connect to the &amp;casebook</translation>
    </message>
    <message>
        <source>Try again to reach the casebook named under Settings</source>
        <translation>Try again to reach the casebook named under Settings</translation>
    </message>
    <message>
        <source>Casebook password</source>
        <translation>Casebook password</translation>
    </message>
    <message>
        <source>No password is saved for %1 on the Department&apos;s casebook %2. Enter it to work on the casework (kept in memory for this session; save it in the keychain under Settings).</source>
        <translation>No password is saved for %1 on the Department&apos;s casebook %2. Enter it to work on the casework (kept in memory for this session; save it in the keychain under Settings).</translation>
    </message>
    <message>
        <source>No password was given for the casebook %1.</source>
        <translation>No password was given for the casebook %1.</translation>
    </message>
    <message>
        <source>Casebook: connecting…</source>
        <translation>Casebook: connecting…</translation>
    </message>
    <message>
        <source>Casebook: cannot be reached</source>
        <translation>Casebook: cannot be reached</translation>
    </message>
    <message>
        <source>Casebook: not connected</source>
        <translation>Casebook: not connected</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>The Department&apos;s shared casebook %1; you are signed in as %2</source>
        <translation>The Department&apos;s shared casebook %1; you are signed in as %2</translation>
    </message>
    <message>
        <source>Casebook: %1 · %2 (%3)</source>
        <translation>Casebook: %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Casebook: this desk · %1 (%2)</source>
        <translation>Casebook: this desk · %1 (%2)</translation>
    </message>
    <message>
        <source>This desk&apos;s casebook file %1; you are signed in as %2</source>
        <translation>This desk&apos;s casebook file %1; you are signed in as %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>How to work with the page on show (F1)</source>
        <translation>How to work with the page on show (F1)</translation>
    </message>
    <message>
        <source>&amp;Glossary and rules</source>
        <translation>&amp;Glossary and rules</translation>
    </message>
    <message>
        <source>The detection rules with the regulation&apos;s words for each clause, and the terms used in the console</source>
        <translation>The detection rules with the regulation&apos;s words for each clause, and the terms used in the console</translation>
    </message>
</context>
<context>
    <name>sw::ui::OutboxModel</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Next attempt, local time (UTC+7)</source>
        <translation>Next attempt, local time (UTC+7)</translation>
    </message>
    <message>
        <source>Confirmed by the portal, local time (UTC+7)</source>
        <translation>Confirmed by the portal, local time (UTC+7)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>The document&apos;s number (số văn bản)</source>
        <translation>The document&apos;s number (số văn bản)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>The document&apos;s subject line</source>
        <translation>The document&apos;s subject line</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How many times it was sent to the portal</source>
        <translation>How many times it was sent to the portal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>The next attempt while waiting; when the portal confirmed it once published</source>
        <translation>The next attempt while waiting; when the portal confirmed it once published</translation>
    </message>
    <message>
        <source>Next attempt / published</source>
        <translation>Next attempt / published</translation>
    </message>
    <message>
        <source>The portal&apos;s reference for the published announcement</source>
        <translation>The portal&apos;s reference for the published announcement</translation>
    </message>
    <message>
        <source>Portal reference</source>
        <translation>Portal reference</translation>
    </message>
    <message>
        <source>Why the last attempt failed</source>
        <translation>Why the last attempt failed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>sw::ui::OutboxView</name>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Publications to the portal</source>
        <translation>Publications to the portal</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Open Settings</translation>
    </message>
    <message>
        <source>Nothing has been sent to the portal yet</source>
        <translation>Nothing has been sent to the portal yet</translation>
    </message>
    <message>
        <source>An announcement you publish waits here until the Department&apos;s portal confirms it.</source>
        <translation>An announcement you publish waits here until the Department&apos;s portal confirms it.</translation>
    </message>
    <message>
        <source>Send the selected announcement to the portal now instead of waiting</source>
        <translation>Send the selected announcement to the portal now instead of waiting</translation>
    </message>
    <message>
        <source>Send the refused announcement again, after fixing what the portal objected to (e.g. a new token in Settings)</source>
        <translation>Send the refused announcement again, after fixing what the portal objected to (e.g. a new token in Settings)</translation>
    </message>
    <message>
        <source>Remove the refused announcement from the outbox, so that a corrected one can take its number</source>
        <translation>Remove the refused announcement from the outbox, so that a corrected one can take its number</translation>
    </message>
    <message>
        <source>Discard the announcement</source>
        <translation>Discard the announcement</translation>
    </message>
    <message>
        <source>Remove announcement %1 from the outbox? The portal refused it and has not published it; it will not be sent again.</source>
        <translation>Remove announcement %1 from the outbox? The portal refused it and has not published it; it will not be sent again.</translation>
    </message>
    <message>
        <source>Waiting: %1 · Refused: %2 · Published: %3</source>
        <translation>Waiting: %1 · Refused: %2 · Published: %3</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 was refused: %2</translation>
    </message>
    <message>
        <source>%1 is waiting: %2</source>
        <translation>%1 is waiting: %2</translation>
    </message>
</context>
<context>
    <name>sw::ui::OverviewPage</name>
    <message>
        <source>Citizens with a signature</source>
        <translation>Citizens with a signature</translation>
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
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>This registry does not follow the data contract: figures that need the missing parts cannot be counted. Ask Hue-S for a complete export.</source>
        <translation>This registry does not follow the data contract: figures that need the missing parts cannot be counted. Ask Hue-S for a complete export.</translation>
    </message>
    <message>
        <source>of %1 inhabitants (2023); the target is %2</source>
        <translation>of %1 inhabitants (2023); the target is %2</translation>
    </message>
    <message>
        <source>Counted in the registry at %1. Press F5 to count again.</source>
        <translation>Counted in the registry at %1. Press F5 to count again.</translation>
    </message>
    <message>
        <source>Share of the population</source>
        <translation>Share of the population</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Providers excluded</source>
        <translation>Providers excluded</translation>
    </message>
    <message>
        <source>Export dashboard as PDF…</source>
        <translation>Export dashboard as PDF…</translation>
    </message>
    <message>
        <source>Export charts as PNG…</source>
        <translation>Export charts as PNG…</translation>
    </message>
    <message>
        <source>Save the figures and charts on show as a one-page PDF (Ctrl+E)</source>
        <translation>Save the figures and charts on show as a one-page PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Save each chart on show as a PNG picture in a folder</source>
        <translation>Save each chart on show as a PNG picture in a folder</translation>
    </message>
    <message>
        <source>Certificates by the local day of their Hue-S record: per day for periods up to %1 days, per week (Monday to Sunday) beyond. Click a point for its findings.</source>
        <translation>Certificates by the local day of their Hue-S record: per day for periods up to %1 days, per week (Monday to Sunday) beyond. Click a point for its findings.</translation>
    </message>
    <message>
        <source>recorded_at − activated_at of programme certificates (§1.4, §2.2). Box: first to third quartile, line: median; whiskers: 5th and 95th percentile.</source>
        <translation>recorded_at − activated_at of programme certificates (§1.4, §2.2). Box: first to third quartile, line: median; whiskers: 5th and 95th percentile.</translation>
    </message>
    <message>
        <source>Counting certificates and requests in the registry…</source>
        <translation>Counting certificates and requests in the registry…</translation>
    </message>
    <message>
        <source>holding an active or technical-error certificate recorded in the period</source>
        <translation>holding an active or technical-error certificate recorded in the period</translation>
    </message>
    <message>
        <source>of the %1 citizens of %2 in the registry</source>
        <translation>of the %1 citizens of %2 in the registry</translation>
    </message>
    <message>
        <source>none removed from the programme (§5.3)</source>
        <translation>none removed from the programme (§5.3)</translation>
    </message>
    <message>
        <source>removed from the programme (§5.3): %1</source>
        <translation>removed from the programme (§5.3): %1</translation>
    </message>
    <message>
        <source>Left out because a time cannot be read: %1 certificates and %2 requests (DATA_QUALITY findings).</source>
        <translation>Left out because a time cannot be read: %1 certificates and %2 requests (DATA_QUALITY findings).</translation>
    </message>
    <message>
        <source>open findings for this filter; click a bar to see them</source>
        <translation>open findings for this filter; click a bar to see them</translation>
    </message>
    <message>
        <source>no scan yet for this filter</source>
        <translation>no scan yet for this filter</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Period: %1 – %2</translation>
    </message>
    <message>
        <source>Period: all time</source>
        <translation>Period: all time</translation>
    </message>
    <message>
        <source>District: all</source>
        <translation>District: all</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>District: %1</translation>
    </message>
    <message>
        <source>Provider: all</source>
        <translation>Provider: all</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>There are no figures to export yet: open a registry first.</source>
        <translation>There are no figures to export yet: open a registry first.</translation>
    </message>
    <message>
        <source>Digital signature campaign — overview</source>
        <translation>Digital signature campaign — overview</translation>
    </message>
    <message>
        <source>Counted in the registry %1 at %2 (local time, UTC+7).</source>
        <translation>Counted in the registry %1 at %2 (local time, UTC+7).</translation>
    </message>
    <message>
        <source>There is no such chart.</source>
        <translation>There is no such chart.</translation>
    </message>
    <message>
        <source>overview-%1.pdf</source>
        <translation>overview-%1.pdf</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Export dashboard as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export charts as PNG into a folder</source>
        <translation>Export charts as PNG into a folder</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
    <message>
        <source>Requests completed within 48 hours of registration, of those completed in time or expired as the rule “%1” judges them (§4.4). Requests withdrawn within 48 hours and requests still inside their 48 hours are not counted.</source>
        <translation>Requests completed within 48 hours of registration, of those completed in time or expired as the rule “%1” judges them (§4.4). Requests withdrawn within 48 hours and requests still inside their 48 hours are not counted.</translation>
    </message>
    <message>
        <source>Certificates count on the local day of their Hue-S record. Timeline: per day for periods up to %1 days, per week beyond. Delay: box from the first to the third quartile with the median, whiskers at the 5th and 95th percentiles. 48-hour rate: requests completed within 48 hours of registration, of those completed in time or expired (rule “%2”, §4.4); withdrawn and open requests are not counted.</source>
        <translation>Certificates count on the local day of their Hue-S record. Timeline: per day for periods up to %1 days, per week beyond. Delay: box from the first to the third quartile with the median, whiskers at the 5th and 95th percentiles. 48-hour rate: requests completed within 48 hours of registration, of those completed in time or expired (rule “%2”, §4.4); withdrawn and open requests are not counted.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>“%1”: codes that are not among the six providers of the programme (%2). Click its bar or slice to see the findings of these codes.</source>
        <translation>“%1”: codes that are not among the six providers of the programme (%2). Click its bar or slice to see the findings of these codes.</translation>
    </message>
</context>
<context>
    <name>sw::ui::PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Pages as wide as the window</source>
        <translation>Pages as wide as the window</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>A whole page in the window</source>
        <translation>A whole page in the window</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the document through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Print the document through the system&apos;s print dialog (Ctrl+P)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::PdfPrinting</name>
    <message>
        <source>The file ended before its last page.</source>
        <translation>The file ended before its last page.</translation>
    </message>
    <message>
        <source>It is not a PDF file.</source>
        <translation>It is not a PDF file.</translation>
    </message>
    <message>
        <source>It is protected by a password.</source>
        <translation>It is protected by a password.</translation>
    </message>
    <message>
        <source>Its protection is of an unknown kind.</source>
        <translation>Its protection is of an unknown kind.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The PDF cannot be shown.</source>
        <translation>The PDF cannot be shown.</translation>
    </message>
    <message>
        <source>The pages chosen are not in the document.</source>
        <translation>The pages chosen are not in the document.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>The printer stopped taking pages.</translation>
    </message>
    <message>
        <source>A page could not be drawn for the printer.</source>
        <translation>A page could not be drawn for the printer.</translation>
    </message>
    <message>
        <source>The printer did not finish the document.</source>
        <translation>The printer did not finish the document.</translation>
    </message>
</context>
<context>
    <name>sw::ui::PersonStatus</name>
    <message>
        <source>Registry user: %1</source>
        <translation>Registry user: %1</translation>
    </message>
    <message>
        <source>Registry: signed in as %1</source>
        <translation>Registry: signed in as %1</translation>
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
        <source>Certificates with status &quot;active&quot;</source>
        <translation>Certificates with status &quot;active&quot;</translation>
    </message>
    <message>
        <source>Certificates with status &quot;revoked&quot;</source>
        <translation>Certificates with status &quot;revoked&quot;</translation>
    </message>
    <message>
        <source>In 48 h</source>
        <translation>In 48 h</translation>
    </message>
    <message>
        <source>All certificates recorded on Hue-S in the period, every status</source>
        <translation>All certificates recorded on Hue-S in the period, every status</translation>
    </message>
    <message>
        <source>Needs registered by citizens on Hue-S for this provider in the period (§4.1)</source>
        <translation>Needs registered by citizens on Hue-S for this provider in the period (§4.1)</translation>
    </message>
    <message>
        <source>Requests completed within 48 hours of registration, of those completed or past their deadline (§4.4; withdrawn and still open requests are not counted)</source>
        <translation>Requests completed within 48 hours of registration, of those completed or past their deadline (§4.4; withdrawn and still open requests are not counted)</translation>
    </message>
</context>
<context>
    <name>sw::ui::PublishingSettingsBox</name>
    <message>
        <source>Publishing</source>
        <translation>Publishing</translation>
    </message>
    <message>
        <source>https://… (empty: announcements are not sent to the portal)</source>
        <translation>https://… (empty: announcements are not sent to the portal)</translation>
    </message>
    <message>
        <source>The web address at which the Department&apos;s portal receives announcements</source>
        <translation>The web address at which the Department&apos;s portal receives announcements</translation>
    </message>
    <message>
        <source>type a new token to replace the saved one</source>
        <translation>type a new token to replace the saved one</translation>
    </message>
    <message>
        <source>The access token the portal&apos;s administrators gave this Department; it is kept in the system keychain, never in the settings file</source>
        <translation>The access token the portal&apos;s administrators gave this Department; it is kept in the system keychain, never in the settings file</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Ask the system keychain again whether it can be used</source>
        <translation>Ask the system keychain again whether it can be used</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the portal&apos;s address, and the token typed in the system keychain</source>
        <translation>Save the portal&apos;s address, and the token typed in the system keychain</translation>
    </message>
    <message>
        <source>Remove the token</source>
        <translation>Remove the token</translation>
    </message>
    <message>
        <source>Delete the portal&apos;s token from the system keychain</source>
        <translation>Delete the portal&apos;s token from the system keychain</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portal address:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access token:</translation>
    </message>
    <message>
        <source>System keychain:</source>
        <translation>System keychain:</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Available: passwords and the portal&apos;s token are kept there.</source>
        <translation>Available: passwords and the portal&apos;s token are kept there.</translation>
    </message>
    <message>
        <source>A token is saved in the system keychain.</source>
        <translation>A token is saved in the system keychain.</translation>
    </message>
    <message>
        <source>No token is saved yet: publishing waits for one.</source>
        <translation>No token is saved yet: publishing waits for one.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Unavailable: %1</translation>
    </message>
    <message>
        <source>Unavailable: %1 (%2)</source>
        <translation>Unavailable: %1 (%2)</translation>
    </message>
    <message>
        <source>Without the keychain, passwords are asked at each connection and kept in memory only, and no token can be saved for the portal.</source>
        <translation>Without the keychain, passwords are asked at each connection and kept in memory only, and no token can be saved for the portal.</translation>
    </message>
    <message>
        <source>The token cannot be saved while the keychain is unavailable.</source>
        <translation>The token cannot be saved while the keychain is unavailable.</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>The token was not saved: %1</translation>
    </message>
    <message>
        <source>The token was not removed: %1</source>
        <translation>The token was not removed: %1</translation>
    </message>
</context>
<context>
    <name>sw::ui::RegistryStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop opening the registry</source>
        <translation>Stop opening the registry</translation>
    </message>
    <message>
        <source>%1 — SignWatch</source>
        <translation>%1 — SignWatch</translation>
    </message>
    <message>
        <source>SignWatch</source>
        <translation>SignWatch</translation>
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
        <source>connecting to %1…</source>
        <translation>connecting to %1…</translation>
    </message>
</context>
<context>
    <name>sw::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The report&apos;s number within the year: Số: 01/BC-STTTT</source>
        <translation>The report&apos;s number within the year: Số: 01/BC-STTTT</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>The date printed in the header</source>
        <translation>The date printed in the header</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Standard subject for the period</source>
        <translation>Standard subject for the period</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>The supervisor&apos;s texts</source>
        <translation>The supervisor&apos;s texts</translation>
    </message>
    <message>
        <source>Empty: the standard opening sentence</source>
        <translation>Empty: the standard opening sentence</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Count the figures and show the report&apos;s pages</source>
        <translation>Count the figures and show the report&apos;s pages</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Write the report as a PDF file</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop counting the report&apos;s figures</source>
        <translation>Stop counting the report&apos;s figures</translation>
    </message>
    <message>
        <source>No preview yet — choose the period and press Preview.</source>
        <translation>No preview yet — choose the period and press Preview.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Choose the report&apos;s period first: a first and a last day.</source>
        <translation>Choose the report&apos;s period first: a first and a last day.</translation>
    </message>
    <message>
        <source>Counting the report&apos;s figures…</source>
        <translation>Counting the report&apos;s figures…</translation>
    </message>
    <message>
        <source>Cancelled: no report was made.</source>
        <translation>Cancelled: no report was made.</translation>
    </message>
    <message numerus="yes">
        <source>Figures counted in %1 s; %n page(s).</source>
        <translation>
            <numerusform>Figures counted in %1 s; %n page.</numerusform>
            <numerusform>Figures counted in %1 s; %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report saved to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Report saved to %1 (%n page).</numerusform>
            <numerusform>Report saved to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>%1: the body in force on the report&apos;s date.</source>
        <translation>%1: the body in force on the report&apos;s date.</translation>
    </message>
    <message>
        <source>Empty: the standard recipients. One recipient per line; the last &quot;Lưu: VT, …&quot;</source>
        <translation>Empty: the standard recipients. One recipient per line; the last &quot;Lưu: VT, …&quot;</translation>
    </message>
    <message>
        <source>Empty: drafted from the figures (results, shortcomings, causes, next tasks); a line &quot;1. …&quot; is a heading</source>
        <translation>Empty: drafted from the figures (results, shortcomings, causes, next tasks); a line &quot;1. …&quot; is a heading</translation>
    </message>
    <message>
        <source>General assessment</source>
        <translation>General assessment</translation>
    </message>
    <message>
        <source>Empty: drafted from the figures; one paragraph per line</source>
        <translation>Empty: drafted from the figures; one paragraph per line</translation>
    </message>
    <message>
        <source>Draft from the figures</source>
        <translation>Draft from the figures</translation>
    </message>
    <message>
        <source>Replace the assessment and the proposals with a draft drawn from the counted figures</source>
        <translation>Replace the assessment and the proposals with a draft drawn from the counted figures</translation>
    </message>
    <message>
        <source>Violations from the findings store %1 (scan of %2).</source>
        <translation>Violations from the findings store %1 (scan of %2).</translation>
    </message>
    <message>
        <source>Violations left out: the findings store %1 holds no scan of this registry.</source>
        <translation>Violations left out: the findings store %1 holds no scan of this registry.</translation>
    </message>
    <message>
        <source>Cases and measures from the console&apos;s casebook.</source>
        <translation>Cases and measures from the console&apos;s casebook.</translation>
    </message>
    <message>
        <source>Cases and measures left out: no casebook is open.</source>
        <translation>Cases and measures left out: no casebook is open.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Print the report through the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Print the report through the system&apos;s print dialog (Ctrl+P)</translation>
    </message>
    <message>
        <source>The preview is of the period chosen before: press Preview to count this one.</source>
        <translation>The preview is of the period chosen before: press Preview to count this one.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of the report to the printer.</source>
        <translation>
            <numerusform>Sent %n page of the report to the printer.</numerusform>
            <numerusform>Sent %n pages of the report to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sw::ui::ScanRunner</name>
    <message>
        <source>Looking up districts and saving the findings…</source>
        <translation>Looking up districts and saving the findings…</translation>
    </message>
    <message>
        <source>Rule %1 checked</source>
        <translation>Rule %1 checked</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
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
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the live watch of the findings page checks the registry for changes; it applies the next time the watch is turned on</source>
        <translation>How often the live watch of the findings page checks the registry for changes; it applies the next time the watch is turned on</translation>
    </message>
    <message>
        <source>Live watch</source>
        <translation>Live watch</translation>
    </message>
    <message>
        <source>Check the registry every:</source>
        <translation>Check the registry every:</translation>
    </message>
</context>
<context>
    <name>sw::ui::SigningPinDialog</name>
    <message>
        <source>Sign digitally</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <source>PIN or passphrase of %1:</source>
        <translation>PIN or passphrase of %1:</translation>
    </message>
    <message>
        <source>It is used for this signature only and never stored.</source>
        <translation>It is used for this signature only and never stored.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>sw::ui::SigningSettingsBox</name>
    <message>
        <source>Digital signature</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so);;All files (*)</source>
        <translation>PKCS#11 modules (*.so);;All files (*)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=…  or a .p12 file</source>
        <translation>pkcs11:token=…;object=…  or a .p12 file</translation>
    </message>
    <message>
        <source>Your token&apos;s PKCS#11 URI (p11tool --list-tokens, pkcs11-tool -L) or a PKCS#12 file. Empty: documents are signed on paper.</source>
        <translation>Your token&apos;s PKCS#11 URI (p11tool --list-tokens, pkcs11-tool -L) or a PKCS#12 file. Empty: documents are signed on paper.</translation>
    </message>
    <message>
        <source>p11-kit&apos;s proxy (default)</source>
        <translation>p11-kit&apos;s proxy (default)</translation>
    </message>
    <message>
        <source>none: a text appearance</source>
        <translation>none: a text appearance</translation>
    </message>
    <message>
        <source>none: no seal signature</source>
        <translation>none: no seal signature</translation>
    </message>
    <message>
        <source>none: PAdES B-B</source>
        <translation>none: PAdES B-B</translation>
    </message>
    <message>
        <source>A time-stamping authority (RFC 3161): signatures become PAdES B-T</source>
        <translation>A time-stamping authority (RFC 3161): signatures become PAdES B-T</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>PEM files of the certificates you trust</source>
        <translation>PEM files of the certificates you trust</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signing key:</translation>
    </message>
    <message>
        <source>PKCS#11 module:</source>
        <translation>PKCS#11 module:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Signature image:</translation>
    </message>
    <message>
        <source>The body&apos;s seal key:</source>
        <translation>The body&apos;s seal key:</translation>
    </message>
    <message>
        <source>Seal&apos;s PKCS#11 module:</source>
        <translation>Seal&apos;s PKCS#11 module:</translation>
    </message>
    <message>
        <source>Seal image:</source>
        <translation>Seal image:</translation>
    </message>
    <message>
        <source>Time-stamping authority:</source>
        <translation>Time-stamping authority:</translation>
    </message>
    <message>
        <source>Trust anchors:</source>
        <translation>Trust anchors:</translation>
    </message>
    <message>
        <source>The PIN or passphrase is asked at each signing and never stored.</source>
        <translation>The PIN or passphrase is asked at each signing and never stored.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Choose files</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Documents are signed digitally with this key.</source>
        <translation>Documents are signed digitally with this key.</translation>
    </message>
    <message>
        <source>No key: documents are numbered and signed on paper.</source>
        <translation>No key: documents are numbered and signed on paper.</translation>
    </message>
</context>
<context>
    <name>sw::ui::ThresholdsBox</name>
    <message>
        <source>Rule thresholds</source>
        <translation>Rule thresholds</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message>
        <source>Local time (UTC+7)</source>
        <translation>Local time (UTC+7)</translation>
    </message>
    <message>
        <source>Thresholds changed: the findings on show were found with the earlier values. Run a new scan on the findings page (F5) to find them with these.</source>
        <translation>Thresholds changed: the findings on show were found with the earlier values. Run a new scan on the findings page (F5) to find them with these.</translation>
    </message>
    <message>
        <source>Reset to the defaults</source>
        <translation>Reset to the defaults</translation>
    </message>
    <message>
        <source>Use the thresholds of the detection rules&apos; definitions again</source>
        <translation>Use the thresholds of the detection rules&apos; definitions again</translation>
    </message>
    <message>
        <source>Scans, the live watch and the command line use these values; a value equal to the default follows the definitions.</source>
        <translation>Scans, the live watch and the command line use these values; a value equal to the default follows the definitions.</translation>
    </message>
</context>
<context>
    <name>sw::ui::TimelineModel</name>
    <message>
        <source>Look-up on Hue-S</source>
        <translation>Look-up on Hue-S</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Request registered</translation>
    </message>
    <message>
        <source>Certificate activated</source>
        <translation>Certificate activated</translation>
    </message>
    <message>
        <source>Recorded on Hue-S</source>
        <translation>Recorded on Hue-S</translation>
    </message>
    <message>
        <source>Request completed</source>
        <translation>Request completed</translation>
    </message>
    <message>
        <source>Request withdrawn</source>
        <translation>Request withdrawn</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <source>provider&apos;s app (§2)</source>
        <translation>provider&apos;s app (§2)</translation>
    </message>
    <message>
        <source>door to door (§3)</source>
        <translation>door to door (§3)</translation>
    </message>
    <message>
        <source>request on Hue-S (§4)</source>
        <translation>request on Hue-S (§4)</translation>
    </message>
    <message>
        <source>imported, issued before the programme (§2.3)</source>
        <translation>imported, issued before the programme (§2.3)</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>unknown channel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>technical error, not activated (§3.3)</source>
        <translation>technical error, not activated (§3.3)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unknown status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <source>switch of provider</source>
        <translation>switch of provider</translation>
    </message>
    <message>
        <source>the citizen&apos;s request</source>
        <translation>the citizen&apos;s request</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;</source>
        <translation>unknown reason &quot;%1&quot;</translation>
    </message>
    <message>
        <source>support at home</source>
        <translation>support at home</translation>
    </message>
    <message>
        <source>remote support by phone</source>
        <translation>remote support by phone</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;</source>
        <translation>unknown mode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable time</source>
        <translation>unreadable time</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>Hue-S&apos;s answer is unreadable</source>
        <translation>Hue-S&apos;s answer is unreadable</translation>
    </message>
    <message>
        <source>Hue-S answered: already has a signature</source>
        <translation>Hue-S answered: already has a signature</translation>
    </message>
    <message>
        <source>Hue-S answered: no signature yet</source>
        <translation>Hue-S answered: no signature yet</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Request #%1</translation>
    </message>
    <message>
        <source>Request #%1 marked done by the provider</source>
        <translation>Request #%1 marked done by the provider</translation>
    </message>
    <message>
        <source>Request #%1 withdrawn by the citizen</source>
        <translation>Request #%1 withdrawn by the citizen</translation>
    </message>
    <message>
        <source>Certificate #%1</source>
        <translation>Certificate #%1</translation>
    </message>
    <message>
        <source>free until %1</source>
        <translation>free until %1</translation>
    </message>
    <message>
        <source>free until &quot;%1&quot;</source>
        <translation>free until &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replaces #%1</source>
        <translation>replaces #%1</translation>
    </message>
    <message>
        <source>for request #%1</source>
        <translation>for request #%1</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>serial %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <source>staff %1</source>
        <translation>staff %1</translation>
    </message>
    <message>
        <source>unreadable record: takes part in no rule</source>
        <translation>unreadable record: takes part in no rule</translation>
    </message>
    <message>
        <source>(evidence: %1)</source>
        <translation>(evidence: %1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>sw::ui::TlsSettingsBox</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <source>How the connection is protected (libpq&apos;s sslmode)</source>
        <translation>How the connection is protected (libpq&apos;s sslmode)</translation>
    </message>
    <message>
        <source>verify-full: encrypted, the server&apos;s certificate and name checked</source>
        <translation>verify-full: encrypted, the server&apos;s certificate and name checked</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, the server&apos;s certificate checked, not its name</source>
        <translation>verify-ca: encrypted, the server&apos;s certificate checked, not its name</translation>
    </message>
    <message>
        <source>require: encrypted, the server not checked</source>
        <translation>require: encrypted, the server not checked</translation>
    </message>
    <message>
        <source>prefer: encrypted only if the server offers it, not checked</source>
        <translation>prefer: encrypted only if the server offers it, not checked</translation>
    </message>
    <message>
        <source>disable: not encrypted</source>
        <translation>disable: not encrypted</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>The certificate of the authority that signed the server&apos;s certificate (PEM)</source>
        <translation>The certificate of the authority that signed the server&apos;s certificate (PEM)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client certificate:</translation>
    </message>
    <message>
        <source>Only when the server asks for one: your certificate (PEM)</source>
        <translation>Only when the server asks for one: your certificate (PEM)</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client key:</translation>
    </message>
    <message>
        <source>The private key of the client certificate (PEM)</source>
        <translation>The private key of the client certificate (PEM)</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Keys (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>only for an encrypted key</translation>
    </message>
    <message>
        <source>Kept in memory, or in the system keychain when the password is remembered; never in the settings</source>
        <translation>Kept in memory, or in the system keychain when the password is remembered; never in the settings</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Key passphrase:</translation>
    </message>
    <message>
        <source>libpq&apos;s default</source>
        <translation>libpq&apos;s default</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>sw::ui::TrayNotifier</name>
    <message>
        <source>SignWatch</source>
        <translation>SignWatch</translation>
    </message>
</context>
<context>
    <name>sw::ui::UnmaskDialog</name>
    <message>
        <source>Show the full citizen id</source>
        <translation>Show the full citizen id</translation>
    </message>
    <message>
        <source>Citizens&apos; information is confidential (§1.7). To see the full id of citizen %1, say why you need it. Your user name, the time, the citizen and the reason are written to the audit log.</source>
        <translation>Citizens&apos; information is confidential (§1.7). To see the full id of citizen %1, say why you need it. Your user name, the time, the citizen and the reason are written to the audit log.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>e.g. complaint no. 12/2024 of this citizen</source>
        <translation>e.g. complaint no. 12/2024 of this citizen</translation>
    </message>
    <message>
        <source>Show full id</source>
        <translation>Show full id</translation>
    </message>
</context>
<context>
    <name>sw::ui::charts::ChartFactory</name>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of all)</source>
        <translation>%1: %2 (%3 of all)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 of %4)</translation>
    </message>
    <message>
        <source>%1
median %2 %5; half between %3 and %4 %5; 90 % between %6 and %7 %5</source>
        <translation>%1
median %2 %5; half between %3 and %4 %5; 90 % between %6 and %7 %5</translation>
    </message>
</context>
<context>
    <name>sw::ui::charts::DashboardChart</name>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Export chart as PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>Save this chart as a picture</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
</context>
<context>
    <name>sw::ui::charts::DashboardChartData</name>
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
        <source>Certificates recorded per day</source>
        <translation>Certificates recorded per day</translation>
    </message>
    <message>
        <source>Certificates recorded per week</source>
        <translation>Certificates recorded per week</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>No certificate was recorded in this period.</source>
        <translation>No certificate was recorded in this period.</translation>
    </message>
    <message>
        <source>Share of certificates</source>
        <translation>Share of certificates</translation>
    </message>
    <message>
        <source>Channel mix per provider</source>
        <translation>Channel mix per provider</translation>
    </message>
    <message>
        <source>% of certificates</source>
        <translation>% of certificates</translation>
    </message>
    <message>
        <source>Delay from activation to the Hue-S record</source>
        <translation>Delay from activation to the Hue-S record</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>No activated certificate in this period.</source>
        <translation>No activated certificate in this period.</translation>
    </message>
    <message>
        <source>Open findings per provider and rule</source>
        <translation>Open findings per provider and rule</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>No scan yet</source>
        <translation>No scan yet</translation>
    </message>
    <message>
        <source>No open findings for this filter.</source>
        <translation>No open findings for this filter.</translation>
    </message>
    <message>
        <source>Hue-S requests served within 48 hours</source>
        <translation>Hue-S requests served within 48 hours</translation>
    </message>
    <message>
        <source>% of requests due</source>
        <translation>% of requests due</translation>
    </message>
    <message>
        <source>No request reached its 48-hour deadline in this period.</source>
        <translation>No request reached its 48-hour deadline in this period.</translation>
    </message>
    <message>
        <source>invalid code</source>
        <translation>invalid code</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
