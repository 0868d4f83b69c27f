<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accounts</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Seitenbesuch</translation>
    </message>
    <message>
        <source>Pricing page visit</source>
        <translation>Besuch der Preisseite</translation>
    </message>
    <message>
        <source>Product page visit</source>
        <translation>Besuch der Produktseite</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>E-Mail geöffnet</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>Link in E-Mail geklickt</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Webinar besucht</translation>
    </message>
    <message>
        <source>Social media interaction</source>
        <translation>Social-Media-Interaktion</translation>
    </message>
    <message>
        <source>Contact form sent</source>
        <translation>Kontaktformular gesendet</translation>
    </message>
    <message>
        <source>Demo requested</source>
        <translation>Demo angefordert</translation>
    </message>
    <message>
        <source>Trial sign-up</source>
        <translation>Anmeldung zur Testversion</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16, which cannot be imported. Save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>Die Datei ist als UTF-16 codiert und kann nicht importiert werden. Speichern Sie sie als „CSV UTF-8“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (such as .xlsx or .xls), not a CSV file. Save it as CSV and import that file.</source>
        <translation>Die Datei ist eine Arbeitsmappe einer Tabellenkalkulation (z. B. .xlsx oder .xls), keine CSV-Datei. Speichern Sie sie als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is not a text file (binary data at byte %1).</source>
        <translation>Die Datei ist keine Textdatei (Binärdaten bei Byte %1).</translation>
    </message>
    <message>
        <source>The file contains only empty lines.</source>
        <translation>Die Datei enthält nur leere Zeilen.</translation>
    </message>
    <message>
        <source>Cannot continue reading the file at byte %1.</source>
        <translation>Die Datei kann ab Byte %1 nicht weitergelesen werden.</translation>
    </message>
    <message>
        <source>Cannot continue reading the file at byte %1 (%2).</source>
        <translation>Die Datei kann ab Byte %1 nicht weitergelesen werden (%2).</translation>
    </message>
    <message>
        <source>Line %1: the file could not be read (%2).</source>
        <translation>Zeile %1: Die Datei konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Line %1: the file is not a text file (binary data at byte %2).</source>
        <translation>Zeile %1: Die Datei ist keine Textdatei (Binärdaten bei Byte %2).</translation>
    </message>
    <message>
        <source>Line %1, column %2: the quoted field is longer than %L3 characters; is its closing quote missing?</source>
        <translation>Zeile %1, Spalte %2: Das Feld in Anführungszeichen ist länger als %L3 Zeichen; fehlt das schließende Anführungszeichen?</translation>
    </message>
    <message>
        <source>Line %1, column %2: the field is longer than %L3 characters.</source>
        <translation>Zeile %1, Spalte %2: Das Feld ist länger als %L3 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: the record has more than %L2 fields.</source>
        <translation>Zeile %1: Der Datensatz hat mehr als %L2 Felder.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is not closed (it runs to the end of the file at line %3).</source>
        <translation>Zeile %1, Spalte %2: Ein Feld in Anführungszeichen wird nicht geschlossen (es reicht bis zum Dateiende in Zeile %3).</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database &apos;%1&apos;: %2</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Bantam database (%2).</source>
        <translation>„%1“ ist keine Bantam-Datenbank (%2).</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>Cannot back up &apos;%1&apos; to &apos;%2&apos; before migrating: %3</source>
        <translation>„%1“ kann vor der Migration nicht nach „%2“ gesichert werden: %3</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; has schema version %2, but this version of Bantam only knows schema versions up to %3. Please update Bantam.</source>
        <translation>Die Datenbank „%1“ hat die Schemaversion %2, diese Bantam-Version kennt aber nur Schemaversionen bis %3. Bitte aktualisieren Sie Bantam.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another program, not a Bantam database.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, keine Bantam-Datenbank.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3
Anweisung: %4</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben der Transaktion</translation>
    </message>
    <message>
        <source>reading lead %1</source>
        <translation>Lesen von Lead %1</translation>
    </message>
    <message>
        <source>There is no lead with the id %1.</source>
        <translation>Es gibt keinen Lead mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the lead list</source>
        <translation>Lesen der Lead-Liste</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>Zählen der Leads</translation>
    </message>
    <message>
        <source>counting leads per stage</source>
        <translation>Zählen der Leads pro Phase</translation>
    </message>
    <message>
        <source>saving a lead</source>
        <translation>Speichern eines Leads</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime (expected version %2). Reload it and try again.</source>
        <translation>Lead %1 wurde zwischenzeitlich von jemand anderem geändert (erwartete Version %2). Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>saving lead %1</source>
        <translation>Speichern von Lead %1</translation>
    </message>
    <message>
        <source>changing the stage of lead %1</source>
        <translation>Ändern der Phase von Lead %1</translation>
    </message>
    <message>
        <source>reading the reason list</source>
        <translation>Lesen der Liste der Gründe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known reason. Choose one of: %2.</source>
        <translation>„%1“ ist kein bekannter Grund. Wählen Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
    <message>
        <source>Database error while %1: no id returned</source>
        <translation>Datenbankfehler beim %1: keine ID zurückgegeben</translation>
    </message>
    <message>
        <source>recording the stage history of lead %1</source>
        <translation>Speichern des Phasenverlaufs von Lead %1</translation>
    </message>
    <message>
        <source>recording an activity of lead %1</source>
        <translation>Speichern einer Aktivität von Lead %1</translation>
    </message>
    <message>
        <source>reading the timeline of lead %1</source>
        <translation>Lesen des Verlaufs von Lead %1</translation>
    </message>
    <message>
        <source>reading the stage history of lead %1</source>
        <translation>Lesen des Phasenverlaufs von Lead %1</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>Lesen eines Benutzers</translation>
    </message>
    <message>
        <source>There is no user &apos;%1&apos;.</source>
        <translation>Es gibt keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation>Zählen der Benutzer</translation>
    </message>
    <message>
        <source>saving user &apos;%1&apos;</source>
        <translation>Speichern des Benutzers „%1“</translation>
    </message>
    <message>
        <source>reading teams</source>
        <translation>Lesen der Teams</translation>
    </message>
    <message>
        <source>saving team &apos;%1&apos;</source>
        <translation>Speichern des Teams „%1“</translation>
    </message>
    <message>
        <source>reading the values of %1</source>
        <translation>Lesen der Werte von %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Empty database</source>
        <translation>Leere Datenbank</translation>
    </message>
    <message>
        <source>This database has no leads yet.

Fill it with demo data — sales and marketing users in two teams and %1 leads in every stage, with their history and activities — so you can try Bantam right away?</source>
        <translation>Diese Datenbank enthält noch keine Leads.

Soll sie mit Demodaten gefüllt werden – Vertriebs- und Marketingbenutzer in zwei Teams sowie je %1 Leads in jeder Phase, samt Verlauf und Aktivitäten –, damit Sie Bantam sofort ausprobieren können?</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Demodaten werden erstellt…</translation>
    </message>
    <message>
        <source>The demo data generator stopped unexpectedly.</source>
        <translation>Der Demodaten-Generator wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo leads must be between 0 and 10,000,000, not %1.</source>
        <translation>Die Anzahl der Demo-Leads muss zwischen 0 und 10.000.000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The database already holds %1 leads; demo data is only added to an empty database.</source>
        <translation>Die Datenbank enthält bereits %1 Leads; Demodaten werden nur einer leeren Datenbank hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>LeadDetailWidget</name>
    <message>
        <source>Lead created</source>
        <translation>Lead angelegt</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; &apos;%1&apos; was not written.</source>
        <translation>Der Export wurde abgebrochen; „%1“ wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen, höchstens %3).</translation>
    </message>
    <message>
        <source>A lead needs at least a name, a company, an e-mail address or a phone number.</source>
        <translation>Ein Lead benötigt mindestens einen Namen, ein Unternehmen, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number (digits, spaces, + ( ) / - only; 5 to 15 digits).</source>
        <translation>„%1“ ist keine gültige Telefonnummer (nur Ziffern, Leerzeichen, + ( ) / -; 5 bis 15 Ziffern).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; use two letters such as DE, AT or CH.</source>
        <translation>„%1“ ist kein Ländercode; verwenden Sie zwei Buchstaben wie DE, AT oder CH.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Lead %1 belongs to %2, who is not in your team.</source>
        <translation>Lead %1 ist %2 zugewiesen; diese Person gehört nicht zu Ihrem Team.</translation>
    </message>
    <message>
        <source>Lead %1 is not assigned to you. Ask your team lead to assign it first.</source>
        <translation>Lead %1 ist Ihnen nicht zugewiesen. Bitten Sie zuerst Ihre Teamleitung, ihn Ihnen zuzuweisen.</translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2; you may only work on your own leads.</source>
        <translation>Lead %1 ist %2 zugewiesen; Sie dürfen nur Ihre eigenen Leads bearbeiten.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unbekannte Rolle.</translation>
    </message>
    <message>
        <source>The user account &apos;%1&apos; is deactivated.</source>
        <translation>Das Benutzerkonto „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>As %1, %2 may not %3.</source>
        <translation>%2 ist als %1 nicht berechtigt, %3.</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>Promote to MQL</source>
        <translation>Zum MQL machen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Promote to SQL</source>
        <translation>Zum SQL machen</translation>
    </message>
    <message>
        <source>Reject to marketing</source>
        <translation>An Marketing zurückgeben</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>promote leads to MQL</source>
        <translation>Leads zum MQL zu machen</translation>
    </message>
    <message>
        <source>accept MQLs</source>
        <translation>MQLs anzunehmen</translation>
    </message>
    <message>
        <source>promote leads to SQL</source>
        <translation>Leads zum SQL zu machen</translation>
    </message>
    <message>
        <source>reject MQLs back to marketing</source>
        <translation>MQLs an Marketing zurückzugeben</translation>
    </message>
    <message>
        <source>disqualify this lead</source>
        <translation>diesen Lead zu disqualifizieren</translation>
    </message>
    <message>
        <source>recycle leads</source>
        <translation>Leads zurückzustellen</translation>
    </message>
    <message>
        <source>mark leads as won</source>
        <translation>Leads als gewonnen zu markieren</translation>
    </message>
    <message>
        <source>mark leads as lost</source>
        <translation>Leads als verloren zu markieren</translation>
    </message>
    <message>
        <source>reopen closed leads</source>
        <translation>abgeschlossene Leads wieder zu öffnen</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>Lead %1 cannot move from %2 to %3.</source>
        <translation>Lead %1 kann nicht von %2 nach %3 wechseln.</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>Lead %1 wurde zwischenzeitlich von jemand anderem geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>none; the lead is closed</source>
        <translation>keine; der Lead ist abgeschlossen</translation>
    </message>
    <message>
        <source>Lead %1 has already been accepted.</source>
        <translation>Lead %1 wurde bereits angenommen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not possible for lead %2 in stage %3.</source>
        <translation>„%1“ ist für Lead %2 in der Phase %3 nicht möglich.</translation>
    </message>
    <message>
        <source>Possible moves: %1.</source>
        <translation>Mögliche Schritte: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a reason.</source>
        <translation>„%1“ erfordert einen Grund.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a reason from the list: %2.</source>
        <translation>„%1“ erfordert einen Grund aus der Liste: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a re-contact date.</source>
        <translation>„%1“ erfordert ein Wiedervorlagedatum.</translation>
    </message>
    <message>
        <source>The re-contact date %1 must be in the future.</source>
        <translation>Das Wiedervorlagedatum %1 muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Funnel: leads created in the period and how far they got</source>
        <translation>Funnel: im Zeitraum angelegte Leads und wie weit sie gekommen sind</translation>
    </message>
    <message>
        <source>%1 % of previous</source>
        <translation>%1 % der vorherigen Phase</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Conversion by source (sorted by close rate)</source>
        <translation>Konversion nach Quelle (sortiert nach Abschlussquote)</translation>
    </message>
    <message>
        <source>Lead → MQL</source>
        <translation>Lead → MQL</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>SQL → Won</source>
        <translation>SQL → Gewonnen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Velocity: days from stage to stage</source>
        <translation>Durchlaufzeit: Tage von Phase zu Phase</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Disqualifications and MQL rejections per month</source>
        <translation>Disqualifizierungen und abgelehnte MQLs pro Monat</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Rejected by sales</source>
        <translation>Vom Vertrieb abgelehnt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Workload and conversion per rep</source>
        <translation>Auslastung und Konversion pro Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Erhaltene Leads</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>SQL erreicht</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Calibration: conversion per score band</source>
        <translation>Kalibrierung: Konversion pro Score-Band</translation>
    </message>
    <message>
        <source>Share of the band&apos;s leads</source>
        <translation>Anteil der Leads im Score-Band</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>Das Startdatum %1 liegt nach dem Enddatum %2.</translation>
    </message>
    <message>
        <source>computing the funnel report</source>
        <translation>Berechnen des Berichts „Funnel“</translation>
    </message>
    <message>
        <source>computing the sources report</source>
        <translation>Berechnen des Berichts „Quellen“</translation>
    </message>
    <message>
        <source>computing the velocity report</source>
        <translation>Berechnen des Berichts „Durchlaufzeit“</translation>
    </message>
    <message>
        <source>computing the reasons report</source>
        <translation>Berechnen des Berichts „Gründe“</translation>
    </message>
    <message>
        <source>computing the workload report</source>
        <translation>Berechnen des Berichts „Auslastung“</translation>
    </message>
    <message>
        <source>computing the calibration report</source>
        <translation>Berechnen des Berichts „Kalibrierung“</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>%1%</source>
        <extracomment>A share in percent, e.g. &quot;45.6%&quot;; add a space before % where the language wants one.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Disqualification</source>
        <translation>Disqualifizierung</translation>
    </message>
    <message>
        <source>MQL rejected by sales</source>
        <translation>MQL vom Vertrieb abgelehnt</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(keine Quelle)</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>From previous stage</source>
        <translation>Aus vorheriger Phase</translation>
    </message>
    <message>
        <source>Of all leads</source>
        <translation>Von allen Leads</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lead → MQL</source>
        <translation>Lead → MQL</translation>
    </message>
    <message>
        <source>MQL → SQL</source>
        <translation>MQL → SQL</translation>
    </message>
    <message>
        <source>SQL → Won</source>
        <translation>SQL → Gewonnen</translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Median (Tage)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90. Perzentil (Tage)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Reasons by month</source>
        <translation>Gründe pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Workload by rep</source>
        <translation>Auslastung pro Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Leads received</source>
        <translation>Erhaltene Leads</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittlicher Score</translation>
    </message>
    <message>
        <source>SQL rate</source>
        <translation>SQL-Quote</translation>
    </message>
    <message>
        <source>Won rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Score calibration</source>
        <translation>Score-Kalibrierung</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>Score von</translation>
    </message>
    <message>
        <source>Score to</source>
        <translation>Score bis</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Senior sales rep</source>
        <translation>Senior-Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Marketing manager</source>
        <translation>Marketingmanager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>bantam::LeadDetailWidget</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Select a lead in the list to see its details.</source>
        <translation>Wählen Sie einen Lead in der Liste aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Owner: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zuständig: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Score: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fast-track</source>
        <translation>Fast-Track</translation>
    </message>
    <message>
        <source>In stage since %1</source>
        <translation>In dieser Phase seit %1</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>angenommen am %1</translation>
    </message>
    <message>
        <source>not yet accepted by sales</source>
        <translation>noch nicht vom Vertrieb angenommen</translation>
    </message>
    <message>
        <source>re-contact on %1</source>
        <translation>Wiedervorlage am %1</translation>
    </message>
    <message>
        <source>This lead is closed.</source>
        <translation>Dieser Lead ist abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Lead %1 is now %2.</source>
        <translation>Lead %1 ist jetzt in der Phase „%2“.</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are shown.</source>
        <translation>Es werden nur die neuesten %1 Einträge angezeigt.</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>bantam::LeadForm</name>
    <message>
        <source>&amp;First name</source>
        <translation>V&amp;orname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Compan&amp;y</source>
        <translation>Unte&amp;rnehmen</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>Company si&amp;ze</source>
        <translation>Unternehmens&amp;größe</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 Mitarbeiter</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Cam&amp;paign</source>
        <translation>&amp;Kampagne</translation>
    </message>
</context>
<context>
    <name>bantam::LeadTableModel</name>
    <message>
        <source>%1, %2</source>
        <comment>last name, first name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Fast-track: this lead asked for contact (demo request, contact form or trial).</source>
        <translation>Fast-Track: Dieser Lead hat um Kontakt gebeten (Demo-Anfrage, Kontaktformular oder Testversion).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
</context>
<context>
    <name>bantam::MainWindow</name>
    <message>
        <source>Bantam — Lead management</source>
        <translation>Bantam — Lead-Management</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New lead…</source>
        <translation>Lead &amp;anlegen…</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>Mit &amp;Demodaten füllen…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo data can only be added to an empty database. This one holds %1 leads.</source>
        <translation>Demodaten können nur einer leeren Datenbank hinzugefügt werden. Diese Datenbank enthält %1 Leads.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Search leads</source>
        <translation>Leads &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bantam</source>
        <translation>Ü&amp;ber Bantam</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Signed in as </source>
        <translation>Angemeldet als </translation>
    </message>
    <message>
        <source>Who you are: your role decides what you may do.</source>
        <translation>Wer Sie sind: Ihre Rolle bestimmt, was Sie tun dürfen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Lead created.</source>
        <translation>Lead angelegt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Bantam.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start von Bantam verwendet.</translation>
    </message>
    <message>
        <source>About Bantam</source>
        <translation>Über Bantam</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bantam %1&lt;/h3&gt;&lt;p&gt;Lead management for marketing and sales: one pipeline, one definition of a qualified lead.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bantam %1&lt;/h3&gt;&lt;p&gt;Lead-Management für Marketing und Vertrieb: eine Pipeline, eine gemeinsame Definition eines qualifizierten Leads.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Schemaversion %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The lead&apos;s changes could not be saved. Quit anyway and lose them?</source>
        <translation>Die Änderungen am Lead konnten nicht gespeichert werden. Trotzdem beenden und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Export list as CSV…</source>
        <translation>Liste als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the lead list</source>
        <translation>Lead-Liste exportieren</translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation>leads.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 leads…</source>
        <translation>%1 Leads werden exportiert…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Exported %1 leads to %2.</source>
        <translation>%1 Leads nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>bantam::NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Neuer Lead</translation>
    </message>
</context>
<context>
    <name>bantam::PipelineView</name>
    <message>
        <source>Search name, company, e-mail or phone (Ctrl+F)</source>
        <translation>Name, Unternehmen, E-Mail oder Telefon suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Q&amp;uelle:</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Meine Leads</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>No leads match these filters.</source>
        <translation>Keine Leads entsprechen diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bantam::ReportsView</name>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>Vertriebs&amp;mitarbeiter:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Fairness</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Chart as PN&amp;G…</source>
        <translation>Diagramm als PN&amp;G…</translation>
    </message>
    <message>
        <source>Numbers as CS&amp;V…</source>
        <translation>Zahlen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export reports as PDF</source>
        <translation>Berichte als PDF exportieren</translation>
    </message>
    <message>
        <source>bantam-reports.pdf</source>
        <translation>bantam-berichte.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>Alle Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>Das Startdatum %1 liegt nach dem Enddatum %2.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 — %2 leads in the cohort. Calculated %3.</source>
        <translation>%1 — %2 Leads in der Kohorte. Berechnet am %3.</translation>
    </message>
    <message>
        <source>Leads created %1 – %2</source>
        <translation>Leads angelegt %1 – %2</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>Save numbers as CSV</source>
        <translation>Zahlen als CSV speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>Es gibt noch keine Zahlen zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write the image &apos;%1&apos;.</source>
        <translation>Das Bild „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Bantam reports</source>
        <translation>Bantam-Berichte</translation>
    </message>
    <message>
        <source>Cannot write the PDF &apos;%1&apos;.</source>
        <translation>Das PDF „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Bantam reports — %1</source>
        <translation>Bantam-Berichte — %1</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · erstellt am %2</translation>
    </message>
</context>
<context>
    <name>bantam::StageBar</name>
    <message>
        <source>All
%1</source>
        <translation>Alle
%1</translation>
    </message>
    <message>
        <source>All leads matching the filters (Alt+0)</source>
        <translation>Alle Leads, die den Filtern entsprechen (Alt+0)</translation>
    </message>
    <message>
        <source>%1: %2 leads (%3 %) — click to show only these (Alt+%4)</source>
        <translation>%1: %2 Leads (%3 %) – klicken, um nur diese anzuzeigen (Alt+%4)</translation>
    </message>
</context>
<context>
    <name>bantam::StageChangeDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Stage: %3 → %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Phase: %3 → %4</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>Warum? (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Re-&amp;contact on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
    <message>
        <source>Optional note for the timeline</source>
        <translation>Optionale Notiz für den Verlauf</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bantam lead management</source>
        <translation>Bantam-Lead-Management</translation>
    </message>
    <message>
        <source>Open this SQLite database file.</source>
        <translation>Diese SQLite-Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Print the time until the first page of leads is shown (benchmarks).</source>
        <translation>Die Zeit bis zur Anzeige der ersten Seite mit Leads ausgeben (Benchmarks).</translation>
    </message>
    <message>
        <source>Do not offer demo data.</source>
        <translation>Keine Demodaten anbieten.</translation>
    </message>
    <message>
        <source>Bantam cannot open the database</source>
        <translation>Bantam kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Bantam</source>
        <translation>Bantam</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
</TS>
