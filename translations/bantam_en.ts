<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is already set up, but none of its %n user(s) is an active admin, so nobody can manage people. Make one an admin with: bantam-cli --db %1 users recover-admin LOGIN</source>
        <translation>
            <numerusform>%1 is already set up, but its only user is not an active admin, so nobody can manage people. Make them an admin with: bantam-cli --db %1 users recover-admin LOGIN</numerusform>
            <numerusform>%1 is already set up, but none of its %n users is an active admin, so nobody can manage people. Make one an admin with: bantam-cli --db %1 users recover-admin LOGIN</numerusform>
        </translation>
    </message>
    <message>
        <source>recovered by the setup login of the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the login that set up the team database %1 (its owner or a superuser) can recover an admin; connect with that login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the file &apos;%1&apos; (%2) can recover an admin in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered by the owner of the database file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product page visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact form sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial sign-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityImporter</name>
    <message>
        <source>lead e-mail (E-Mail, Email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity type (Activity Type, Aktivität, Typ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp (Timestamp, Date, Zeitpunkt, Datum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column for the %2; its header row is: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead has the e-mail &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown activity type &apos;%1&apos; (the scoring model knows: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp (e.g. 2026-03-01T14:30:00Z or 01.03.2026 14:30)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>New MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, at least %3 apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at different times of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceService</name>
    <message>
        <source>The cadence needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (not %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call cadence with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling window must end at least an hour after it starts (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>A callback needs a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback note is too long (%1 characters, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Callers</name>
    <message>
        <source>&apos;%1&apos; is not a phone number (read with the default region %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was already accepted by %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was already moved to %4 by %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was already unassigned by %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was already reassigned to %4 by %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was changed by %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvInput</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16, which cannot be imported. Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (such as .xlsx or .xls), not a CSV file. Save it as CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text file (binary data at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains only empty lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue reading the file at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue reading the file at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file is not a text file (binary data at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the quoted field is longer than %L3 characters; is its closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the field is longer than %L3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record has more than %L2 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is not closed (it runs to the end of the file at line %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Bantam database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; has schema version %2, but this version of Bantam only knows schema versions up to %3. Please update Bantam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another program, not a Bantam database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the lead list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting leads per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime (expected version %2). Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the stage of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reason list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known reason. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: no id returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the stage history of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an activity of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the timeline of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stage history of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving team &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading import run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import run with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the unfinished imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the progress of import run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving attribute &apos;%1&apos; of lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the attributes of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the attributes of leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the attribute names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the values of attribute &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the saved import mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the import mapping &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved import mapping named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the import mapping &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the import mapping &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the lead with the e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the import keys of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the qualification stage of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the answers of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the answer &apos;%1&apos; of lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the answer &apos;%1&apos; of lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the criteria of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the criterion &apos;%1&apos; of lead %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the qualification of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the qualification of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a call with lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the calls of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the unassigned leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leads to route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the reps&apos; open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting today&apos;s assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a routing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routing rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving routing rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting routing rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the round-robin state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the round-robin state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another instance routed leads for the same team at the same time. Route again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was assigned by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the leads were assigned by someone else in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigning lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording why lead %1 is unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the assignment of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the scoring model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading scoring model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the active scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the scoring model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving scoring model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating scoring model version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the lead ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading leads for scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading activities for scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the activities of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the score of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the score of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the lead scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding leads that reached the MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading users&apos; territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a user&apos;s territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a user&apos;s territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving territory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business calendar&apos;s time zone &apos;%1&apos; is not known on this computer (is tzdata installed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the SLA policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the calendar&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the SLA policy &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SLA policy with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the SLA clocks of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting an SLA clock of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating an SLA clock of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an SLA breach of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the MQL targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the MQL target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the owners&apos; assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading lead attributes for scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the MQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 to &apos;%2&apos; before migrating it from schema version %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 runs PostgreSQL %2; Bantam needs PostgreSQL 13 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Bantam database. Create an empty database for Bantam (createdb) and name that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another client&apos;s migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the funnel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the sources report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the velocity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the reasons report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the workload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the calibration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the SLA states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing the time to first touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the MQLs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading leads for the SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the stage history for the SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the activities for the SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording past SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the attributes of new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while numbering new leads: %1 ids for %2 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording why leads are unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the escalation lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server login %1 is not a Bantam user of %2; ask an administrator to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer version of Bantam (server schema %2; this one knows up to %3). Please update Bantam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 needs an update that only its owner can make: ask an administrator to open it once with the login that set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting the rights of the team&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server migration %1 (%2) failed: %3
Statement: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the server login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the server login of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the server login of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; (no such file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty (0 bytes), not a Bantam database. If it held your leads, it was damaged: restore your last backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write-protected and needs an update to this version of Bantam (schema version %2 to %3): make the file writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is empty: Bantam is not set up in it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Bantam database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The copy Bantam made before its last update is &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2), so Bantam does not open it and changes nothing in it. Restore your last backup into a new file (bantam-cli --db NEW.sqlite restore BACKUP) and open that one.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write-protected and open read-only: nothing can be changed. Make the file writable and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the reason &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduling a callback for lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing the callbacks of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the callbacks of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the callbacks that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting callback %1 as told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the learned score&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading learned score version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the active learned score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering the learned score&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving learned score version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activating learned score version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leads for the learned score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leads&apos; custom attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leads&apos; activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the learned chances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the learned chances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a lead&apos;s learned chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the notes of call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting your calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the missed callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reading %n lead(s)</source>
        <translation>
            <numerusform>reading %n lead</numerusform>
            <numerusform>reading %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the database file&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database&apos;s references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing the leads&apos; stages with their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing the leads&apos; owners with their assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for leads without a current score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for leads routing never saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the new leads&apos; routing owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the changed leads&apos; scores owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the call cadences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the call cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the call cadence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call cadence %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the call cadence of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the call cadence of lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the leads with the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding the leads due for re-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the leads per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the learned chances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropping the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staging the routing decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the setting %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for unfinished reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading unfinished reassignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the leads of a reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the reassignment&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the end of a reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL client library (libpq) could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL client library (%1) lacks %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>starting an SLA clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client); it is needed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Bantam backup (neither an SQLite database nor a pg_dump archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a backup of an SQLite file; to move it to a team database, restore it to a file and use copy-to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a backup of a team database; restore it into an empty PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already; restore writes a new database file. Move the file away or name another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is not empty; restore only fills an empty database (createdb a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granting the rights of the team&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up &apos;%1&apos;: no SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database file is damaged: %1. Restore your last backup into a new file (bantam-cli --db NEW.sqlite restore BACKUP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that refer to rows that do not exist: %1 (table, row, missing in: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads whose stage is not the one their last history entry gives: %1 (ids %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads whose owner is not the one their last assignment gives: %1 (ids %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads not scored by the active scoring model: %1 (ids %2); check --repair scores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads whose routing is still owed (Bantam stopped before it routed them): %1 (ids %2); check --repair routes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads whose score reached the MQL threshold but who were not handed to sales (Bantam stopped before it promoted them): %1 (ids %2); check --repair promotes and routes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads a reassignment has still to move (Bantam stopped in the middle of it): %1 (ids %2); check --repair finishes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The tables reference each other in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-to needs a team database (postgresql://…) as the target; &apos;%1&apos; is a file. To copy a file, use backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1 and the target %2; open both with this version of Bantam first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 is not empty (it has users, leads or teams). copy-to only fills an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 is as empty as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no leads yet.

Fill it with demo data — sales and marketing users in two teams and %1 leads in every stage, with their history and activities — so you can try Bantam right away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data generator stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo leads must be between 0 and 10,000,000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %1 leads; demo data is only added to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the demo MQLs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialSettings</name>
    <message>
        <source>The dialing template must be an http(s) address with {e164}, {digits} or {national} where the number goes, e.g. https://pbx.example.com/call?to={e164} (not &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number that can be dialled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>%1 has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer handles %1. Set how numbers are dialled in Settings › Calls › Telephony.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>&apos;%1&apos; is not a login: 2 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capacity cannot be negative (0 means no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; use two letters such as DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory &apos;%1&apos; needs at least one country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no territory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a territory &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file has no server logins or passwords: whoever opens the file works in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1, the login that set the team database up; its password is changed on the server, not in Bantam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;; logins do not differ by case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam needs at least one active admin: %1 is the last one. Make another user an admin first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkSet</name>
    <message>
        <source>There is no framework template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid framework key (lower-case letters, digits and &apos;_&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework key &apos;%1&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; needs 1 to 9 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the criterion key &apos;%2&apos; is empty, invalid or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: criterion &apos;%2&apos; needs its name in English and German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: criterion &apos;%2&apos; draws on &apos;%3&apos;, which is not budget, authority, need or timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the rule needs between 0 and %2 criteria met, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the rule requires &apos;%2&apos;, which is not one of its criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the rule must require at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active framework &apos;%1&apos; is not one of the templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a history file needs a column for the lead (External ID or E-Mail), the stage (Stage, Status) and the time (Timestamp, Date); its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead: the %1 column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known stage (lead, mql, sql, disqualified, won, lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, YYYYMMDD or an Excel day number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead with %1 &apos;%2&apos;; import the leads first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeRegion</name>
    <message>
        <source>&apos;%1&apos; is not a country with phone numbers; give its two-letter code such as DE, AT or CH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a &quot;columns&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping column %1: needs a &quot;header&quot; and a &quot;field&quot; (firstName, lastName, email, ..., custom or ignore); &apos;%2&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping column &apos;%1&apos;: &apos;%2&apos; is not a stage (lead, mql, sql, disqualified, won, lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping column &apos;%1&apos;: &quot;dates&quot; is &apos;%2&apos;; use &quot;dmy&quot; (31/12/2026) or &quot;mdy&quot; (12/31/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY or MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date a stage was reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping column &apos;%1&apos;: a stageDate column needs the &quot;stage&quot; its dates are for (mql, sql, disqualified, won or lost); &apos;%2&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping constant &apos;%1&apos;: not a field a constant can set (stage, source, campaign, country, company, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping constant &apos;stage&apos;: &apos;%1&apos; is not a stage (lead, mql, sql, disqualified, won, lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel day numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (closed leads)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportedHistory</name>
    <message>
        <source>&apos;%1&apos; fits more than one user; write the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Bantam user (login, e-mail or full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is %2; the pipeline does not move it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 has been %2 since %3; the move to %4 on %5 is older and is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Lead %1 was assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was reassigned to you from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 was reassigned from you to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 could not be routed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be routed; see the unassigned queue.</source>
        <translation>
            <numerusform>%n lead could not be routed; see the unassigned queue.</numerusform>
            <numerusform>%n leads could not be routed; see the unassigned queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>writing to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking inbox items as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 (unassigned) breached its service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 of %2 breached its service level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1: the callback you promised is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is back in your queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailWidget</name>
    <message>
        <source>Lead created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; &apos;%1&apos; was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row has %2 fields, the header only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import run %1 of %2 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since import run %2 started (%3 bytes then, %4 now); start a new import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header row but no leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing from line %3 on was imported; the rows before it are (run %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lines %2 to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known stage; the lead comes in as Lead (map the value to lead, mql, sql, disqualified, won or lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, YYYYMMDD or an Excel day number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as the attribute &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no identifying value (e-mail, phone, name, company or external id).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written, marked as not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead comes in without an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) does not work leads in sales; an open lead needs an owner who does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active; an open lead needs an owner who works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead comes in without an owner; routing assigns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import does not reassign a lead that is there (lead %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner left as it is; reassign it in the team view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since import run %2 started: the rows up to line %3, already imported, are not the same any more (the size is). Start a new import of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln row(s) read.</source>
        <translation>
            <numerusform>Import finished: %Ln row read.</numerusform>
            <numerusform>Import finished: %Ln rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 skipped as duplicates, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) scored, %1 of them promoted to MQL by their score.</source>
        <translation>
            <numerusform>%Ln lead scored, %1 of them promoted to MQL by their score.</numerusform>
            <numerusform>%Ln leads scored, %1 of them promoted to MQL by their score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s) routed to a rep; the others wait in the unassigned queue.</source>
        <translation>
            <numerusform>%Ln new lead routed to a rep; the others wait in the unassigned queue.</numerusform>
            <numerusform>%Ln new leads routed to reps; the others wait in the unassigned queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s) came in as history (closed, or created before the date given): counted in the reports, never promoted or routed.</source>
        <translation>
            <numerusform>%Ln new lead came in as history (closed, or created before the date given): counted in the reports, never promoted or routed.</numerusform>
            <numerusform>%Ln new leads came in as history (closed, or created before the date given): counted in the reports, never promoted or routed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported row(s) had a value that did not fit its field; the leads were kept with the value as a custom attribute (an invalid phone number as typed, marked not valid).</source>
        <translation>
            <numerusform>%Ln imported row had a value that did not fit its field; the lead was kept with the value as a custom attribute (an invalid phone number as typed, marked not valid).</numerusform>
            <numerusform>%Ln imported rows had a value that did not fit its field; the leads were kept with the value as a custom attribute (an invalid phone number as typed, marked not valid).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs at least a name, a company, an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number (digits, spaces, + ( ) / - only; 5 to 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; use two letters such as DE, AT or CH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity a person logs (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a call has an outcome (not &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Call back&apos; needs a time: promise the callback with its time instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>local time unknown (no phone number or country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time (%2 has several time zones)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwedWork</name>
    <message numerus="yes">
        <source>%n lead(s) scored</source>
        <translation>
            <numerusform>%n lead scored</numerusform>
            <numerusform>%n leads scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promoted to MQL</source>
        <translation>
            <numerusform>%n promoted to MQL</numerusform>
            <numerusform>%n promoted to MQL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routed to an owner</source>
        <translation>
            <numerusform>%n routed to an owner</numerusform>
            <numerusform>%n routed to an owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unassigned with the reason</source>
        <translation>
            <numerusform>%n left unassigned with the reason</numerusform>
            <numerusform>%n left unassigned with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned</source>
        <translation>
            <numerusform>%n reassigned</numerusform>
            <numerusform>%n reassigned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Lead %1 belongs to %2, who is not in your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is not assigned to you. Ask your team lead to assign it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2; you may only work on your own leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user account &apos;%1&apos; is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not %3; only marketing managers and admins may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the questionnaire or the qualification frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2, who is not in your team; only an administrator may reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your team; team leads reassign only within their team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is not yours; you may only reassign your own leads. Ask your team lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your team; you may hand a lead only to a colleague in your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not reassign leads; a team lead or an administrator does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not change or run the lead routing; team leads and administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not manage users, teams or territories; administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change the capacity or absence of %2; the team lead of their team or an administrator does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the SLA policies and the business calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set MQL targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not repair, back up or restore the database; administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not change the call cadence; team leads and administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not change the home region of phone numbers; administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>&apos;%1&apos; is not a phone number (read with default region %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number (default region %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Promote to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote leads to MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept MQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote leads to SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject MQLs back to marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualify this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recycle leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark leads as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark leads as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen closed leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Lead %1 cannot move from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none; the lead is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 has already been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not possible for lead %2 in stage %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible moves: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a reason from the list: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a re-contact date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-contact date %1 must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictiveModel</name>
    <message>
        <source>is won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;sql&quot; or &quot;won&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictiveService</name>
    <message>
        <source>The training was cancelled: there is no model to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no learned score version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learned score is active: train one and save it first (score train --save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictiveTrainer</name>
    <message>
        <source>The held-out share must be between 5 and 50 per cent, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few outcomes to learn from: %1 leads have an outcome, %2 of them positive (%3) and %4 negative. A learned score needs at least %5 leads with an outcome, %6 of them positive and %6 negative: %7 more leads with an outcome, %8 more positive and %9 more negative ones are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train: the fit failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>1 — contact only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 — target person in a fitting company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 — need identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 — requirements and buying process known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 — budget, authority, need and timing qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to SQL and book the first sales appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the contact and go through the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again to clarify: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need identified yet: reject back to marketing for nurturing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not our target group: disqualify the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met (needs %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sales-ready, %2 must be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, including all of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / partly / no / unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already an SQL: book the first sales appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is closed (%1): nothing to do unless it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationService</name>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored questionnaire (version %1) is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored framework templates (version %1) are invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion of any framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use three letters such as EUR or CHF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an urgency (low, medium, high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Call back&apos; needs a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has already been logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified by phone (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 rule (%2) is not met — %3. Promoting to SQL anyway needs an override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override of the %1 rule (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>&apos;%1&apos; is not a question of the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;%2&apos; is not a group (organisation, opportunity, stakeholder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;%2&apos; is not an answer type (yes_partly_no_unknown, choice, number, date, text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;: &apos;%3&apos; is not a status (met, partly, not_met, unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire has %1 questions; at most 40 fit a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid question key (lower-case letters, digits and &apos;_&apos;, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question key &apos;%1&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos; needs its text in English and German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: points must be 0 to 100, and &apos;partly&apos; at most &apos;met&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;%2&apos; is not a criterion (budget, authority, need, timing, or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: the stage level must be 2 to 5, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos; needs 2 to 9 answers to choose from (number keys 1 to 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: the answer key &apos;%2&apos; is empty, invalid or used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: answer &apos;%2&apos; needs its text in English and German.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: answer &apos;%2&apos; gives more points than the question&apos;s maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;partly from&apos; must be between 0 and &apos;met from&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;partly within days&apos; must be at least &apos;met within days&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question leads to qualification stage %1; every stage from 2 to 4 needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire gives no points at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a number, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a date, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not one of the answers %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: the number must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 needs a text answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1: the answer is too long (%2 characters, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object of answers keyed by question: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; must be a text or a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recontact</name>
    <message>
        <source>Back on its re-contact date %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules because its owner is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules because its owner is absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules because its owner is at capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules (it had no owner).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecontactService</name>
    <message>
        <source>Back on its re-contact date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Funnel: leads created in the period and how far they got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by source (sorted by close rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead → MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL → Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity: days from stage to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualifications and MQL rejections per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload and conversion per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: conversion per score band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the band&apos;s leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot at assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1%</source>
        <extracomment>A share in percent, e.g. &quot;45.6%&quot;; add a space before % where the language wants one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL rejected by sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of all leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead → MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL → Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score at assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to first touch (business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL target vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned score: predicted and actual per decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned score (version %1): predicted and actual per decile of its held-out leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <source>No routing rule matches the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; matches, but no rep can take the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at open-lead capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other language or territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not senior (hot lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted round-robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps passed over: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not routed yet: Bantam stopped before it routed the lead (the next import or bantam-cli check --repair routes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingBands</name>
    <message>
        <source>Score bands are read from the rule score (the scoring model&apos;s warm and hot thresholds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score bands are read from the learned chance (it drives handover and routing), on its 0-100 % scale: warm from %1 %, hot from %2 %; a lead without a chance is cold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <source>A routing rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; needs exactly one target: a rep or a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: %2 is not in sales and cannot take leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: there is no team %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: there is no territory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routing rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read users, teams or territories for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read teams or territories for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no team &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no territory &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score bands (cold, warm, hot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score band (cold, warm, hot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a routing method (round_robin, weighted_round_robin, least_loaded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>automatic routing, rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing, rule &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigning needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one lead to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take leads (only active reps, senior reps and team leads own leads).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>No file name to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; name a file in it to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (a device, a pipe or a socket); export to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>The saved mapping &apos;%1&apos; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping name is %1 characters long; at most 100 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreDriver</name>
    <message>
        <source>the learned chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>C-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student / other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3 days ago: %4 × %5 (decay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted: at most %1 per %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (from %3 to below %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (at least %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (below %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 (any value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level (c_level, vp, director, manager, individual, student_other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ thresholds.warm (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of name, attribute (a custom attribute) or field (a profile field), not several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile field (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule has either a value or min/max, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than min (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with this range is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (any value) is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring model version %1 in the database is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scoring model version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model shipped with Bantam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model versions start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 reached the MQL threshold %2 (scoring model version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned chance %1 % reached the MQL threshold %2 % (learned score version %3; the learned chance drives handover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learned MQL threshold is a chance between 0.05 and 0.95 (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL address: %2
Example: postgresql://user@db.example:5432/bantam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (in &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 is starting up or shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1 is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept that password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The server login %1 is not a Bantam user of %2; ask an administrator to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bantam user %1 is deactivated and may no longer sign in; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected to the team database as %1 and act as %1 only; to act as %2, connect as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>First touch after handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step after SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lead untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 business hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: &apos;%2&apos; is not a kind of clock (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; applies to no stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: %2 is a closed stage; clocks run in open stages only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: the allowed time must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: the due-soon share must be from 0 to 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: the minimum score must be from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaCharts</name>
    <message>
        <source>Open SLA clocks now, per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance per rep and team in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly compliance trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week the clocks started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQLs: marketing&apos;s target vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>MQL first touch (fast-track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL first touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lead untouched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaReports</name>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA report needs a start date on or before its end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call cadence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaService</name>
    <message>
        <source>The business calendar has no working hours on any day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a policy with the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekday must be from 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working hours must start before they end, within the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone known on this computer (e.g. Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday on %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no holiday on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; write it as YYYY-MM, e.g. 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MQL target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Bantam client on this database escalates the service levels (one does it for the whole team); nothing was done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild of the SLA clocks was cancelled after %1 of %2 leads: those have their new clocks, the others keep their old ones. Rebuild again to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rebuild of the SLA clocks was cancelled; the clocks are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ActivityImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export of your marketing-automation tool with the columns lead e-mail, activity type, timestamp and (optional) detail — German or English headers, any common delimiter and encoding. Lines that cannot be used are listed; the rest is imported and the leads are rescored at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 activities; %3 lines rejected. %4 leads rescored, %5 promoted to MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by:</source>
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
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::CallModeWidget</name>
    <message>
        <source>Call — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial with your phone software (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;notes (Ctrl+N; Esc returns to the question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
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
        <source>from the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status yourself, or let the questionnaire&apos;s answers decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it this contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of call — how did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc  Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1/100 · Stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the answer · Enter saves and goes on · Backspace in an empty field goes back · Ctrl+N notes · Ctrl+E end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–%1 answer · Enter next question · Backspace previous question · Ctrl+N notes · Ctrl+E end the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last question. Ctrl+E ends the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the outcome first (1–5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote to SQL although the rule is not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is not met: promoting needs an override with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible for a lead in %1, or not for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call and log its outcome (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the timeline (Tab; Ctrl+Enter logs the call and calls the next lead):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5 outcome · Enter logs the call to the timeline · Ctrl+Enter logs it and opens the next lead of My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in %1, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amount: &apos;%1&apos; is not an amount, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date: &apos;%1&apos; is not a date, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of your unfinished call of %1 are back in the notes below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached</source>
        <translation>
            <numerusform>%n reached</numerusform>
            <numerusform>%n reached</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the outcome first (1–5), then Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is empty — no next lead to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time — outside the calling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 without reaching %3; the next from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 without reaching %3 — that was the last. D Disqualify — unreachable, or C Recycle to call again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: Disqualify — unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not reached in %n attempt(s).</source>
        <translation>
            <numerusform>Not reached in %n attempt.</numerusform>
            <numerusform>Not reached in %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call mode, after the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the call and call the next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::CallSettingsDialog</name>
    <message>
        <source>Call settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a lead nobody reached is called before it is offered for disqualification as unreachable, and how far apart. My queue puts a lead whose next attempt is not due yet at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least &amp;apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;different times of day (morning, afternoon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads are called between these times in their own local time (from the phone number&apos;s country, or the lead&apos;s country). My queue puts a lead outside the window behind the ones that can be called now; call mode shows the lead&apos;s local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save calling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: leads are called from %1 to %2 in their local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How F5 (in the lead list, the lead, My queue and call mode) hands a number to your phone system: as a link your softphone opens, or through your phone system&apos;s click-to-call page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tel: link (softphone, mobile phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip: link (SIP phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callto: link (Skype and others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-call page (URL template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{e164} +49301234567 · {digits} 49301234567 · {national} 030 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save telephony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: F5 hands numbers over as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers without a country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: numbers without a country code are read as numbers in %1 (+%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::CallbackDialog</name>
    <message>
        <source>Callback — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you promised, e.g. send the offer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or choose a lead first, then press Ctrl+K.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::CheckListButton</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::HistoryImportDialog</name>
    <message>
        <source>disqualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL rejected by sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of stage changes from your previous system, one row per change: the lead (External ID or E-Mail, as imported), the new stage or status, when, and optionally the reason and who made the change. Each lead moves through the pipeline on the file&apos;s dates; reasons the lists lack are added under their own text. Check shows what would happen without writing anything; importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stage history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the stage history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only, nothing written: %1 rows; %2 leads would move (%3 stage changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 rows; %2 leads moved (%3 stage changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes were already recorded, %2 refused by the pipeline, %3 rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 reason &quot;%2&quot; (%3 rows) would be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 reason &quot;%2&quot; (%3 rows) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows with the reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused changes with the reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ImportWizard</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file from a trade fair, a web form, a purchased list or another tool. Encoding and delimiter are detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped imports that can be resumed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the selected import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started %2, stopped before line %3, %4 new leads so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the column titles. Columns without a field are kept as custom attributes of the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map at least one column to e-mail, phone, a name, company or external ID: a lead needs a value that identifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: detected per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the first rows are not dates.</source>
        <translation>
            <numerusform>%n value in the first rows is not a date.</numerusform>
            <numerusform>%n values in the first rows are not dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) mapped…</source>
        <translation>
            <numerusform>%n value mapped…</numerusform>
            <numerusform>%n values mapped…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) without a stage…</source>
        <translation>
            <numerusform>%n value without a stage…</numerusform>
            <numerusform>%n values without a stage…</numerusform>
        </translation>
    </message>
    <message>
        <source>kept as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which stage does each value mean? Imported leads keep this stage in their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping (for example &quot;Trade fair Hannover&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved mapping &quot;%1&quot; for everybody?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is a duplicate when a lead in Bantam or an earlier row has the same external ID, e-mail, phone number, or name and company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip duplicates — the lead in Bantam stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update duplicates — the file&apos;s values replace Bantam&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge duplicates — the file fills only empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delimiter separates the columns of this file; it is read as one column. Choose the delimiter if that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The rows before it can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows, with their line number and the reason, are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Everything up to line %1 is imported; the import can be resumed from there, now or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a stage: comes in as Lead, with a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 can be read two ways; choose the order, or the order of the country chosen for phone numbers is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line, column, value and why of each are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s), all users</source>
        <translation>
            <numerusform>%n owner, a user</numerusform>
            <numerusform>%n owners, all users</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a user (by login, e-mail or full name): %1. Create them under Settings › Users, or leave their leads to routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s)…</source>
        <translation>
            <numerusform>%n reason…</numerusform>
            <numerusform>%n reasons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disqualified or lost lead gets its reason from this column. Choose an existing reason to merge a value into it; a value left as a new reason is added to the list of the lead&apos;s stage under its own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads created &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are history: counted in the reports, never promoted to MQL or routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers are stored as typed and in international form (E.164) for finding duplicates. A value that does not fit its field keeps the lead: an invalid phone number stays as typed, marked not valid, anything else is kept as a custom attribute; such rows are listed in &lt;i&gt;file&lt;/i&gt;.warnings.csv. Only rows with nothing that identifies a lead are rejected, to &lt;i&gt;file&lt;/i&gt;.rejected.csv with the reason. Leads imported in a closed stage are always history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) without a user</source>
        <translation>
            <numerusform>%n owner without a user</numerusform>
            <numerusform>%n owners without a user</numerusform>
        </translation>
    </message>
    <message>
        <source>New reason &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::LeadDetailWidget</name>
    <message>
        <source>Select a lead in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fast-track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet accepted by sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this lead in call mode: questionnaire and BANT form (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this lead %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was changed elsewhere just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are kept; Save merges them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance: &lt;b&gt;%1 %&lt;/b&gt; (learned score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lead&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::LeadForm</name>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam&amp;paign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid phone number: kept as it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;rst name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or code, e.g. Deutschland or DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::LeadTableModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-track: this lead asked for contact (demo request, contact form or trial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>score, band, trend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, 7 days before: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qual. stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned score: the chance that this lead converts, from past outcomes. Advisory; Scoring › Predictive model… shows how well it ranks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::MainWindow</name>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be added to an empty database. This one holds %1 leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bantam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are: your role decides what you may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of Bantam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bantam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s changes could not be saved. Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the lead list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread in the inbox (Team tab)</source>
        <translation>
            <numerusform>%n unread in the inbox (Team tab)</numerusform>
            <numerusform>%n unread in the inbox (Team tab)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import leads from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring &amp;model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification questionnaire and frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users, teams and territories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam — Lead management — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the team database lost — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You connected to the team database as %1. To work as someone else, open it with their login (File › Open team database…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password you sign in to the team database with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team database has passwords; whoever opens a file works in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the file %1 is write-protected, so nothing can be changed in it. Make it writable and open it again to work in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bantam %1&lt;/h3&gt;&lt;p&gt;Lead management for marketing and sales: one pipeline, one definition of a qualified lead.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Qt %4 (built with Qt %5)&lt;/p&gt;&lt;p&gt;Licence: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stage &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back %1 now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predictive model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore database from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators back up and restore the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team database is backed up on its server, with pg_dump: ask the server&apos;s administrator, or run bantam-cli --db %1 backup FILE, which runs pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore database from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Bantam restores into a new file only, so that nothing is overwritten: choose a name that is not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored into %1. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam found problems in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (lead %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the number %1:</source>
        <translation>
            <numerusform>%n lead have the number %1:</numerusform>
            <numerusform>%n leads have the number %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead has the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lead with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) back in your queue on their re-contact date.</source>
        <translation>
            <numerusform>%n lead back in your queue on their re-contact date.</numerusform>
            <numerusform>%n leads back in your queue on their re-contact date.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dial lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead to dial first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialling %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls (cadence, calling window, telephony)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the owed scoring and routing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the work Bantam left unfinished when it stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam stopped before it finished its work on %1 leads (scoring, routing or a reassignment); an administrator finishes it with File › Check database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished the work Bantam left unfinished when it stopped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::MyQueueModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started %2, due soon from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback promised for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — outside the calling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreached attempts of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; next attempt from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::MyQueueView</name>
    <message>
        <source>Sign in to see your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start call (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log e-&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log mee&amp;ting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead in your queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n lead(s) to work: due callbacks, service levels, re-contacts and call attempts; most urgent first, attempts not yet due last.</source>
        <translation>
            <numerusform>%1 — %n lead to work: due callbacks, service levels, re-contacts and call attempts; most urgent first, attempts not yet due last.</numerusform>
            <numerusform>%1 — %n leads to work: due callbacks, service levels, re-contacts and call attempts; most urgent first, attempts not yet due last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bantam::NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::OpenDatabaseDialog</name>
    <message>
        <source>Open team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team works in one PostgreSQL database. Ask your administrator for the server&apos;s address and your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com or /run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked each time, never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::PasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in to the team database as %2 with this password. Tell them in person; Bantam never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sign in to the team database as %1. The new password counts from your next sign-in; this window stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::PeopleDialog</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add territory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, teams and territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage users; team leads change the capacity, absence, weight, languages and territories of their team&apos;s reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rules can send leads to a team, which distributes them among its reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory is a set of countries, optionally narrowed to postcode prefixes (e.g. DE with 8, 9 for the south of Germany).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n active member(s))</source>
        <translation>
            <numerusform>%1 (%n active member)</numerusform>
            <numerusform>%1 (%n active members)</numerusform>
        </translation>
    </message>
    <message>
        <source>whole countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now)</source>
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
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a territory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file is a one-person database: whoever opens the file works in it, without a password. Passwords are for team databases (PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::PipelineView</name>
    <message>
        <source>Search name, company, e-mail or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by a field kept from an imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiel&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all leads again: every stage, owner, source and field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet: create one with Ctrl+N or import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match these filters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · filtered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the leads… · filtered by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::PredictiveModelDialog</name>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictive model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches SQL (closed without SQL is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won (lost or disqualified is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lead Quality, Tags (filled in after contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out (fields, attributes, activity types):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held out for the evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned:
predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned:
actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule model:
score / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule model:
actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learned score is advisory: it is shown beside the rule score and changes no stage. It learns from the leads whose outcome is known and is judged on leads it has never seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No learned score is active yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: version %1 (%2), ROC AUC %3 on held-out leads (rule model %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning from the closed leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no model was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: conversion per score decile (1 = highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on %1 leads (%2 positive); evaluated on %3 held-out leads (%4 positive) that training never saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: one feature decides almost everything: &quot;%1&quot; (ROC AUC %2 on its own). Check it is not filled in after the outcome, and leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the learned score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (kept with the version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing every open lead&apos;s chance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved; the active version stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 saved and active: %2 open leads have a chance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ProfileMergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this lead %2 while you were editing it, and changed some of the fields you changed. Choose what to keep for each field; your other changes and theirs are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::QualificationSetupDialog</name>
    <message>
        <source>Qualification questionnaire and frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the questionnaire and version %2 of the frameworks. Saving stores new versions; answers already given stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (German):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint (German):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills &amp;criterion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualification stage this question is needed for: 2 target person in a fitting company, 3 need identified, 4 requirements and buying process known, 5 fully qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (met), partly, no (not met), unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per line: key | English | German | met, partly, not_met or unknown | points (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met within days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly within days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any text counts as met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready when at least … met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion keys, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and all of these met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria, one per line: key | English | German | base criteria it takes its status from (budget, authority, need, timing; comma-separated, may be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer line %2: write key | English | German | status | points (status met, partly, not_met or unknown; points optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;, criterion line %2: write key | English | German | base criteria.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. holiday cover, language, workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n lead(s).</source>
        <translation>
            <numerusform>Reassign %n lead.</numerusform>
            <numerusform>Reassign %n leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous and the new owner see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rep you may give these leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ReportsView</name>
    <message>
        <source>Custom range</source>
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
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bantam-reports.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 leads in the cohort. Calculated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads created %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam reports — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating… the charts show the previous figures until the new ones are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::RoutingPreviewDialog</name>
    <message>
        <source>Routing result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads would be assigned; %3 stay unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 by its chance of %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2: no chance yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::RoutingRulesDialog</name>
    <message>
        <source>Routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches a lead and has a rep who can take it assigns the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, hot leads to senior reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE, AT, CH — empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only fast-track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot leads only to senior reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;bands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company si&amp;zes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fast-track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance &amp;bands:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ScoreExplanationWidget</name>
    <message>
        <source>Why this score?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (%2) under scoring model version %3, computed %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet: this is what the active model gives now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s data changed since then (the stored score is %1); the next recompute updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding to a whole score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to the lowest score, 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capped at the highest score, 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ScoringModelDialog</name>
    <message>
        <source>Show &amp;impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and recompute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type (key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (German)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: per days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per job-title level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job-title taxonomy (first match wins; * matches any letters, e.g. geschäftsführ*, *leiter, head of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour points halve every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL (promote) from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead in stage Lead whose score reaches the MQL threshold is promoted to MQL once. Scores may fall (decay, negative points); nobody is demoted automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decay and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this model %1 leads would be promoted to MQL and %2 would change band (%3 of %4 leads would change score). Bands: %5 cold, %6 warm, %7 hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (kept with the version)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing the scores of %1 leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recompute failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved; every lead keeps its score from the active version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 saved and active: %2 leads scored, %3 scores changed, %4 leads promoted to MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 active again and recompute every lead&apos;s score with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the active version and every score are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is active again; %2 leads promoted to MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version saved yet: the default model is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules on custom attributes (imported columns) and profile fields: a value, or a number from ≥ to below &lt;; both empty: any value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job titles without a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company sizes in no band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries without points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored score(s) have changed since they were computed (activities age), whichever model is saved; a save refreshes them.</source>
        <translation>
            <numerusform>%n stored score has changed since it was computed (activities age), whichever model is saved; a save refreshes it.</numerusform>
            <numerusform>%n stored scores have changed since they were computed (activities age), whichever model is saved; a save refreshes them.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule score (MQL threshold above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learned chance (Scoring › Predictive model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL handover driven &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL from learned chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which score hands leads over to sales (and so to routing); the other stays advisory. Changed by marketing managers and admins, recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MQL handover is now driven by %1; %n lead(s) handed over to sales.</source>
        <translation>
            <numerusform>MQL handover is now driven by %1; %n lead handed over to sales.</numerusform>
            <numerusform>MQL handover is now driven by %1; %n leads handed over to sales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The learned chance drives MQL handover and routing bands: with this model no lead would be promoted to MQL or routed differently. Of the rule score, %1 leads would change band (%2 of %3 leads would change score). Bands: %4 cold, %5 warm, %6 hot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::SlaDashboard</name>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First touch: median %1 h, 90%: %2 h (business hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first touches in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 on track, %2 due soon, %3 breached. Period %4 – %5: %6 compliance. Calculated %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::SlaSettingsDialog</name>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MQL targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to clocks started from now on. Recompute to apply them to the whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute all clocks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing the SLA clocks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clocks recomputed for %2 leads; %3 are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-track leads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads not on the fast track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the clock when the lead is reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate breaches to the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign breached leads through the routing rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fast track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowed time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by acti&amp;vities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by &amp;moves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;hours and time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQLs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute all clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recompute the service-level clocks of all %Ln lead(s)?</source>
        <translation>
            <numerusform>Recompute the service-level clocks of %Ln lead?</numerusform>
            <numerusform>Recompute the service-level clocks of all %Ln leads?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead&apos;s stage history and touches are replayed with the policies and the business calendar as saved now: due times change, open clocks already past due are recorded as breaches (without escalating them again). Unsaved changes in this dialog are not used. You can cancel while it runs; the leads done by then keep their new clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::SlaView</name>
    <message>
        <source>My queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new SLA breach(es) were escalated.</source>
        <translation>
            <numerusform>%n new SLA breach was escalated.</numerusform>
            <numerusform>%n new SLA breaches were escalated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bantam::StageBar</name>
    <message>
        <source>All
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads matching the filters (Alt+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 leads (%3 %) — click to show only these (Alt+%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all leads matching the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the leads in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::StageChangeDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Stage: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;contact on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::TeamLeadModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lead is not assigned to a rep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::TeamView</name>
    <message>
        <source>&amp;Route unassigned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing r&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop leads on a rep to reassign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the leads to reassign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (senior)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads assigned, %2 stay unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, teams and territories: capacity and absence of the reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads (%2 loaded; scroll down for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) reassigned to %1.</source>
        <translation>
            <numerusform>%n lead reassigned to %1.</numerusform>
            <numerusform>%n leads reassigned to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out where the unassigned leads would go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning the unassigned leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing cancelled: no lead was assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %n leads…</source>
        <translation>
            <numerusform>Reassigning %n lead…</numerusform>
            <numerusform>Reassigning %n leads…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New today / cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads now, and the most this rep may hold (if set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads assigned today, and the most per day (if set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::TerritoryDialog</name>
    <message>
        <source>Territory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-letter codes, e.g. DE, AT, CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 80, 81, 9 — empty: the whole countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode prefixes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bantam::UserDialog</name>
    <message>
        <source>Active (may sign in and receive leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. j.meier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as colleagues see it; the login if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. de, en — empty: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No territories yet: add them on the Territories tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rep&apos;s share in weighted round-robin; 0 = none that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;rritories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity, open leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ab&amp;sent from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login never changes: people sign in and scripts refer to users with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database file is a one-person database: whoever opens the file works in it, without a password. Passwords are for team databases (PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no sign-in until a password is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bantam lead management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time until the first page of leads is shown (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bantam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this SQLite database file or team database (postgresql://user@host/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the running window to the front with the lead that has this phone number (any format), for a phone system&apos;s incoming call; starts a window when none runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
