<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accounts</name>
    <message>
        <source>Administrator</source>
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
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
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
        <source>Cannot back up &apos;%1&apos; to &apos;%2&apos; before migrating: %3</source>
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
</context>
<context>
    <name>LeadDetailWidget</name>
    <message>
        <source>Lead created</source>
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
</context>
<context>
    <name>LeadService</name>
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
        <source>Lead %1 was changed by someone else in the meantime. Reload it and try again.</source>
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
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
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
        <source>Average score</source>
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
    <name>bantam::LeadDetailWidget</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>bantam::LeadForm</name>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>P&amp;hone</source>
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
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam&amp;paign</source>
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
</context>
<context>
    <name>bantam::MainWindow</name>
    <message>
        <source>Bantam — Lead management</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>&lt;h3&gt;Bantam %1&lt;/h3&gt;&lt;p&gt;Lead management for marketing and sales: one pipeline, one definition of a qualified lead.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
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
</context>
<context>
    <name>bantam::NewLeadDialog</name>
    <message>
        <source>New lead</source>
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
        <source>&amp;Owner:</source>
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
    <message>
        <source>No leads match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
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
    <name>main</name>
    <message>
        <source>Bantam lead management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this SQLite database file.</source>
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
</context>
</TS>
