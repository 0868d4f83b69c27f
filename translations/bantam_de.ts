<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accounts</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already set up, but none of its %n user(s) is an active admin, so nobody can manage people. Make one an admin with: bantam-cli --db %1 users recover-admin LOGIN</source>
        <translation>
            <numerusform>%1 ist bereits eingerichtet, aber sein %n Benutzer ist kein aktiver Admin, daher kann niemand Personen verwalten. Machen Sie ihn zum Admin mit: bantam-cli --db %1 users recover-admin LOGIN</numerusform>
            <numerusform>%1 ist bereits eingerichtet, aber keiner seiner %n Benutzer ist ein aktiver Admin, daher kann niemand Personen verwalten. Machen Sie einen zum Admin mit: bantam-cli --db %1 users recover-admin LOGIN</numerusform>
        </translation>
    </message>
    <message>
        <source>recovered by the setup login of the team database</source>
        <translation>wiederhergestellt durch die Einrichtungsanmeldung der Teamdatenbank</translation>
    </message>
    <message>
        <source>Only the login that set up the team database %1 (its owner or a superuser) can recover an admin; connect with that login.</source>
        <translation>Nur die Anmeldung, mit der die Teamdatenbank %1 eingerichtet wurde (ihr Eigentümer oder ein Superuser), kann einen Administrator wiederherstellen; verbinden Sie sich mit dieser Anmeldung.</translation>
    </message>
    <message>
        <source>Only the owner of the file &apos;%1&apos; (%2) can recover an admin in it.</source>
        <translation>Nur der Eigentümer der Datei &apos;%1&apos; (%2) kann darin einen Administrator wiederherstellen.</translation>
    </message>
    <message>
        <source>recovered by the owner of the database file</source>
        <translation>wiederhergestellt durch den Eigentümer der Datenbankdatei</translation>
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
    <name>ActivityImporter</name>
    <message>
        <source>lead e-mail (E-Mail, Email)</source>
        <translation>die E-Mail-Adresse des Leads (E-Mail, Email)</translation>
    </message>
    <message>
        <source>activity type (Activity Type, Aktivität, Typ)</source>
        <translation>den Aktivitätstyp (Activity Type, Aktivität, Typ)</translation>
    </message>
    <message>
        <source>timestamp (Timestamp, Date, Zeitpunkt, Datum)</source>
        <translation>den Zeitpunkt (Timestamp, Date, Zeitpunkt, Datum)</translation>
    </message>
    <message>
        <source>%1 has no column for the %2; its header row is: %3</source>
        <translation>%1 hat keine Spalte für %2; die Kopfzeile lautet: %3</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no lead has the e-mail &apos;%1&apos;</source>
        <translation>kein Lead hat die E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <source>no activity type</source>
        <translation>kein Aktivitätstyp</translation>
    </message>
    <message>
        <source>unknown activity type &apos;%1&apos; (the scoring model knows: %2)</source>
        <translation>unbekannter Aktivitätstyp „%1“ (das Scoring-Modell kennt: %2)</translation>
    </message>
    <message>
        <source>no timestamp</source>
        <translation>kein Zeitpunkt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a timestamp (e.g. 2026-03-01T14:30:00Z or 01.03.2026 14:30)</source>
        <translation>„%1“ ist kein Zeitpunkt (z. B. 2026-03-01T14:30:00Z oder 01.03.2026 14:30)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation>Scoring-Modell</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Postcode prefixes</source>
        <translation>PLZ-Präfixe</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
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
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Protokolls</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation>Zählen der Einträge im Audit-Protokoll</translation>
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
    <name>Cadence</name>
    <message>
        <source>New MQL</source>
        <translation>Neue MQL</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n Arbeitsstunde</numerusform>
            <numerusform>%n Arbeitsstunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, at least %3 apart</source>
        <translation>%1 in %2, mindestens %3 Abstand</translation>
    </message>
    <message>
        <source>%1, at different times of day</source>
        <translation>%1, zu verschiedenen Tageszeiten</translation>
    </message>
</context>
<context>
    <name>CadenceService</name>
    <message>
        <source>The cadence needs a name.</source>
        <translation>Der Anrufrhythmus braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (not %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (nicht %4).</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Hours between attempts</source>
        <translation>Stunden zwischen den Versuchen</translation>
    </message>
    <message>
        <source>There is no call cadence with the id %1.</source>
        <translation>Es gibt keinen Anrufrhythmus mit der ID %1.</translation>
    </message>
    <message>
        <source>The calling window must end at least an hour after it starts (%1 to %2).</source>
        <translation>Das Anrufzeitfenster muss mindestens eine Stunde nach seinem Beginn enden (%1 bis %2).</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>A callback needs a time in the future.</source>
        <translation>Ein Rückruf braucht einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>The callback note is too long (%1 characters, at most %2).</source>
        <translation>Die Notiz zum Rückruf ist zu lang (%1 Zeichen, höchstens %2).</translation>
    </message>
</context>
<context>
    <name>Callers</name>
    <message>
        <source>&apos;%1&apos; is not a phone number (read with the default region %2).</source>
        <translation>„%1“ ist keine Telefonnummer (gelesen mit der Standardregion %2).</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime.</source>
        <translation>Lead %1 wurde inzwischen von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Bantam (automatic)</source>
        <translation>Bantam (automatisch)</translation>
    </message>
    <message>
        <source>Lead %1 was already accepted by %2 %3.</source>
        <translation>Lead %1 wurde bereits von %2 %3 angenommen.</translation>
    </message>
    <message>
        <source>Lead %1 was already moved to %4 by %2 %3.</source>
        <translation>Lead %1 wurde bereits von %2 %3 nach %4 verschoben.</translation>
    </message>
    <message>
        <source>Lead %1 was already unassigned by %2 %3.</source>
        <translation>Lead %1 wurde bereits von %2 %3 freigegeben.</translation>
    </message>
    <message>
        <source>Lead %1 was already reassigned to %4 by %2 %3.</source>
        <translation>Lead %1 wurde bereits von %2 %3 an %4 übergeben.</translation>
    </message>
    <message>
        <source>Lead %1 was changed by %2 %3.</source>
        <translation>Lead %1 wurde von %2 %3 geändert.</translation>
    </message>
</context>
<context>
    <name>CsvInput</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
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
    <message>
        <source>starting an import</source>
        <translation>Starten eines Imports</translation>
    </message>
    <message>
        <source>reading import run %1</source>
        <translation>Lesen des Importlaufs %1</translation>
    </message>
    <message>
        <source>There is no import run with the id %1.</source>
        <translation>Es gibt keinen Importlauf mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the unfinished imports</source>
        <translation>Lesen der nicht abgeschlossenen Importe</translation>
    </message>
    <message>
        <source>saving the progress of import run %1</source>
        <translation>Speichern des Fortschritts von Importlauf %1</translation>
    </message>
    <message>
        <source>saving attribute &apos;%1&apos; of lead %2</source>
        <translation>Speichern des Zusatzfelds „%1“ von Lead %2</translation>
    </message>
    <message>
        <source>reading the attributes of lead %1</source>
        <translation>Lesen der Zusatzfelder von Lead %1</translation>
    </message>
    <message>
        <source>reading the attributes of leads</source>
        <translation>Lesen der Zusatzfelder der Leads</translation>
    </message>
    <message>
        <source>reading the attribute names</source>
        <translation>Lesen der Namen der Zusatzfelder</translation>
    </message>
    <message>
        <source>reading the values of attribute &apos;%1&apos;</source>
        <translation>Lesen der Werte des Zusatzfelds „%1“</translation>
    </message>
    <message>
        <source>reading the saved import mappings</source>
        <translation>Lesen der gespeicherten Import-Zuordnungen</translation>
    </message>
    <message>
        <source>reading the import mapping &apos;%1&apos;</source>
        <translation>Lesen der Import-Zuordnung „%1“</translation>
    </message>
    <message>
        <source>There is no saved import mapping named &apos;%1&apos;.</source>
        <translation>Es gibt keine gespeicherte Import-Zuordnung mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>saving the import mapping &apos;%1&apos;</source>
        <translation>Speichern der Import-Zuordnung „%1“</translation>
    </message>
    <message>
        <source>deleting the import mapping &apos;%1&apos;</source>
        <translation>Löschen der Import-Zuordnung „%1“</translation>
    </message>
    <message>
        <source>looking for duplicates</source>
        <translation>Suchen nach Duplikaten</translation>
    </message>
    <message>
        <source>reading the leads</source>
        <translation>Lesen der Leads</translation>
    </message>
    <message>
        <source>finding the lead with the e-mail %1</source>
        <translation>Suchen des Leads mit der E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>saving the import keys of lead %1</source>
        <translation>Speichern der Importschlüssel von Lead %1</translation>
    </message>
    <message>
        <source>saving the qualification stage of lead %1</source>
        <translation>Speichern der Qualifizierungsstufe von Lead %1</translation>
    </message>
    <message>
        <source>reading the %1</source>
        <translation>Lesen der Definition „%1“</translation>
    </message>
    <message>
        <source>The database holds no %1.</source>
        <translation>Die Datenbank enthält keine Definition „%1“.</translation>
    </message>
    <message>
        <source>saving the %1</source>
        <translation>Speichern der Definition „%1“</translation>
    </message>
    <message>
        <source>reading the answers of lead %1</source>
        <translation>Lesen der Antworten von Lead %1</translation>
    </message>
    <message>
        <source>saving the answer &apos;%1&apos; of lead %2</source>
        <translation>Speichern der Antwort „%1“ von Lead %2</translation>
    </message>
    <message>
        <source>clearing the answer &apos;%1&apos; of lead %2</source>
        <translation>Löschen der Antwort „%1“ von Lead %2</translation>
    </message>
    <message>
        <source>reading the criteria of lead %1</source>
        <translation>Lesen der Kriterien von Lead %1</translation>
    </message>
    <message>
        <source>saving the criterion &apos;%1&apos; of lead %2</source>
        <translation>Speichern des Kriteriums „%1“ von Lead %2</translation>
    </message>
    <message>
        <source>reading the qualification of lead %1</source>
        <translation>Lesen der Qualifizierung von Lead %1</translation>
    </message>
    <message>
        <source>saving the qualification of lead %1</source>
        <translation>Speichern der Qualifizierung von Lead %1</translation>
    </message>
    <message>
        <source>starting a call with lead %1</source>
        <translation>Starten eines Anrufs bei Lead %1</translation>
    </message>
    <message>
        <source>logging call %1</source>
        <translation>Protokollieren von Anruf %1</translation>
    </message>
    <message>
        <source>reading call %1</source>
        <translation>Lesen von Anruf %1</translation>
    </message>
    <message>
        <source>There is no call with the id %1.</source>
        <translation>Es gibt keinen Anruf mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the calls of lead %1</source>
        <translation>Lesen der Anrufe von Lead %1</translation>
    </message>
    <message>
        <source>reading the unassigned leads</source>
        <translation>Lesen der nicht zugewiesenen Leads</translation>
    </message>
    <message>
        <source>reading the leads to route</source>
        <translation>Lesen der zuzuweisenden Leads</translation>
    </message>
    <message>
        <source>counting the reps&apos; open leads</source>
        <translation>Zählen der offenen Leads der Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>counting today&apos;s assignments</source>
        <translation>Zählen der heutigen Zuweisungen</translation>
    </message>
    <message>
        <source>reading the unassigned queue</source>
        <translation>Lesen der nicht zugewiesenen Leads</translation>
    </message>
    <message>
        <source>counting the unassigned queue</source>
        <translation>Zählen der nicht zugewiesenen Leads</translation>
    </message>
    <message>
        <source>reading the routing rules</source>
        <translation>Lesen der Routing-Regeln</translation>
    </message>
    <message>
        <source>reading a routing rule</source>
        <translation>Lesen einer Routing-Regel</translation>
    </message>
    <message>
        <source>There is no routing rule %1.</source>
        <translation>Es gibt keine Routing-Regel %1.</translation>
    </message>
    <message>
        <source>saving routing rule &apos;%1&apos;</source>
        <translation>Speichern der Routing-Regel „%1“</translation>
    </message>
    <message>
        <source>deleting routing rule %1</source>
        <translation>Löschen der Routing-Regel %1</translation>
    </message>
    <message>
        <source>reading the round-robin state</source>
        <translation>Lesen des Round-Robin-Zustands</translation>
    </message>
    <message>
        <source>saving the round-robin state</source>
        <translation>Speichern des Round-Robin-Zustands</translation>
    </message>
    <message>
        <source>Another instance routed leads for the same team at the same time. Route again.</source>
        <translation>Eine andere Instanz hat gleichzeitig Leads für dasselbe Team zugewiesen. Führen Sie das Routing erneut aus.</translation>
    </message>
    <message>
        <source>assigning lead %1</source>
        <translation>Zuweisen von Lead %1</translation>
    </message>
    <message>
        <source>Lead %1 was assigned by someone else in the meantime.</source>
        <translation>Lead %1 wurde zwischenzeitlich von jemand anderem zugewiesen.</translation>
    </message>
    <message>
        <source>assigning leads</source>
        <translation>Zuweisen von Leads</translation>
    </message>
    <message>
        <source>Some of the leads were assigned by someone else in the meantime.</source>
        <translation>Einige der Leads wurden zwischenzeitlich von jemand anderem zugewiesen.</translation>
    </message>
    <message>
        <source>reassigning lead %1</source>
        <translation>Neuzuweisen von Lead %1</translation>
    </message>
    <message>
        <source>Lead %1 was changed by someone else in the meantime. Reload it and try again.</source>
        <translation>Lead %1 wurde zwischenzeitlich von jemand anderem geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>recording why lead %1 is unassigned</source>
        <translation>Speichern des Grunds, warum Lead %1 nicht zugewiesen ist</translation>
    </message>
    <message>
        <source>recording assignments</source>
        <translation>Speichern der Zuweisungen</translation>
    </message>
    <message>
        <source>recording the assignment of lead %1</source>
        <translation>Speichern der Zuweisung von Lead %1</translation>
    </message>
    <message>
        <source>reading the scoring model versions</source>
        <translation>Lesen der Versionen des Scoring-Modells</translation>
    </message>
    <message>
        <source>reading scoring model version %1</source>
        <translation>Lesen der Version %1 des Scoring-Modells</translation>
    </message>
    <message>
        <source>reading the active scoring model</source>
        <translation>Lesen des aktiven Scoring-Modells</translation>
    </message>
    <message>
        <source>numbering the scoring model version</source>
        <translation>Nummerieren der Version des Scoring-Modells</translation>
    </message>
    <message>
        <source>saving scoring model version %1</source>
        <translation>Speichern der Version %1 des Scoring-Modells</translation>
    </message>
    <message>
        <source>activating scoring model version %1</source>
        <translation>Aktivieren der Version %1 des Scoring-Modells</translation>
    </message>
    <message>
        <source>reading the lead ids</source>
        <translation>Lesen der Lead-IDs</translation>
    </message>
    <message>
        <source>counting the leads</source>
        <translation>Zählen der Leads</translation>
    </message>
    <message>
        <source>reading leads for scoring</source>
        <translation>Lesen der Leads für das Scoring</translation>
    </message>
    <message>
        <source>reading activities for scoring</source>
        <translation>Lesen der Aktivitäten für das Scoring</translation>
    </message>
    <message>
        <source>reading the activities of lead %1</source>
        <translation>Lesen der Aktivitäten von Lead %1</translation>
    </message>
    <message>
        <source>reading the score of lead %1</source>
        <translation>Lesen des Scores von Lead %1</translation>
    </message>
    <message>
        <source>writing the score of lead %1</source>
        <translation>Schreiben des Scores von Lead %1</translation>
    </message>
    <message>
        <source>writing the lead scores</source>
        <translation>Schreiben der Lead-Scores</translation>
    </message>
    <message>
        <source>finding leads that reached the MQL threshold</source>
        <translation>Suchen der Leads, die die MQL-Schwelle erreicht haben</translation>
    </message>
    <message>
        <source>reading users&apos; territories</source>
        <translation>Lesen der Gebiete der Benutzer</translation>
    </message>
    <message>
        <source>reading a user&apos;s territories</source>
        <translation>Lesen der Gebiete eines Benutzers</translation>
    </message>
    <message>
        <source>saving a user&apos;s territories</source>
        <translation>Speichern der Gebiete eines Benutzers</translation>
    </message>
    <message>
        <source>reading territories</source>
        <translation>Lesen der Gebiete</translation>
    </message>
    <message>
        <source>saving territory &apos;%1&apos;</source>
        <translation>Speichern des Gebiets „%1“</translation>
    </message>
    <message>
        <source>reading the business calendar</source>
        <translation>Lesen des Geschäftskalenders</translation>
    </message>
    <message>
        <source>The business calendar&apos;s time zone &apos;%1&apos; is not known on this computer (is tzdata installed?).</source>
        <translation>Die Zeitzone „%1“ des Geschäftskalenders ist auf diesem Computer nicht bekannt (ist tzdata installiert?).</translation>
    </message>
    <message>
        <source>reading the working hours</source>
        <translation>Lesen der Geschäftszeiten</translation>
    </message>
    <message>
        <source>reading the holidays</source>
        <translation>Lesen der Feiertage</translation>
    </message>
    <message>
        <source>reading the SLA policies</source>
        <translation>Lesen der SLA-Richtlinien</translation>
    </message>
    <message>
        <source>saving the calendar&apos;s time zone</source>
        <translation>Speichern der Zeitzone des Kalenders</translation>
    </message>
    <message>
        <source>saving the working hours</source>
        <translation>Speichern der Geschäftszeiten</translation>
    </message>
    <message>
        <source>saving a holiday</source>
        <translation>Speichern eines Feiertags</translation>
    </message>
    <message>
        <source>removing a holiday</source>
        <translation>Entfernen eines Feiertags</translation>
    </message>
    <message>
        <source>saving the SLA policy &apos;%1&apos;</source>
        <translation>Speichern der SLA-Richtlinie „%1“</translation>
    </message>
    <message>
        <source>There is no SLA policy with id %1.</source>
        <translation>Es gibt keine SLA-Richtlinie mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the SLA clocks of lead %1</source>
        <translation>Lesen der SLA-Fristen von Lead %1</translation>
    </message>
    <message>
        <source>starting an SLA clock of lead %1</source>
        <translation>Starten einer SLA-Frist von Lead %1</translation>
    </message>
    <message>
        <source>updating an SLA clock of lead %1</source>
        <translation>Aktualisieren einer SLA-Frist von Lead %1</translation>
    </message>
    <message>
        <source>removing the SLA clocks</source>
        <translation>Entfernen der SLA-Fristen</translation>
    </message>
    <message>
        <source>looking for SLA breaches</source>
        <translation>Suchen nach SLA-Überschreitungen</translation>
    </message>
    <message>
        <source>recording an SLA breach of lead %1</source>
        <translation>Erfassen einer SLA-Überschreitung von Lead %1</translation>
    </message>
    <message>
        <source>reading the MQL targets</source>
        <translation>Lesen der MQL-Ziele</translation>
    </message>
    <message>
        <source>saving the MQL target for %1</source>
        <translation>Speichern des MQL-Ziels für %1</translation>
    </message>
    <message>
        <source>releasing lead %1</source>
        <translation>Freigeben von Lead %1</translation>
    </message>
    <message>
        <source>recording the owners&apos; assignments</source>
        <translation>Erfassen der Zuweisungen an die Zuständigen</translation>
    </message>
    <message>
        <source>reading lead attributes for scoring</source>
        <translation>Lesen der Lead-Attribute für den Score</translation>
    </message>
    <message>
        <source>counting the MQLs</source>
        <translation>Zählen der MQLs</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Keine Verbindung zur Team-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 to &apos;%2&apos; before migrating it from schema version %3: %4</source>
        <translation>%1 kann vor der Migration von Schemaversion %3 nicht nach „%2“ gesichert werden: %4</translation>
    </message>
    <message>
        <source>The server of %1 runs PostgreSQL %2; Bantam needs PostgreSQL 13 or newer.</source>
        <translation>Der Server von %1 läuft mit PostgreSQL %2; Bantam braucht PostgreSQL 13 oder neuer.</translation>
    </message>
    <message>
        <source>of an unknown version</source>
        <translation>unbekannter Version</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program; it is not a Bantam database. Create an empty database for Bantam (createdb) and name that one.</source>
        <translation>Die Datenbank %1 enthält Tabellen eines anderen Programms; sie ist keine Bantam-Datenbank. Legen Sie eine leere Datenbank für Bantam an (createdb) und geben Sie diese an.</translation>
    </message>
    <message>
        <source>waiting for another client&apos;s migration</source>
        <translation>Warten auf die Migration eines anderen Clients</translation>
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
    <message>
        <source>counting the SLA states</source>
        <translation>Zählen der SLA-Status</translation>
    </message>
    <message>
        <source>computing the SLA compliance</source>
        <translation>Berechnen der SLA-Einhaltung</translation>
    </message>
    <message>
        <source>computing the time to first touch</source>
        <translation>Berechnen der Zeit bis zum Erstkontakt</translation>
    </message>
    <message>
        <source>counting the MQLs of %1</source>
        <translation>Zählen der MQLs von %1</translation>
    </message>
    <message>
        <source>listing the SLA breaches</source>
        <translation>Auflisten der SLA-Überschreitungen</translation>
    </message>
    <message>
        <source>reading your queue</source>
        <translation>Lesen Ihrer Warteschlange</translation>
    </message>
    <message>
        <source>counting your queue</source>
        <translation>Zählen Ihrer Warteschlange</translation>
    </message>
    <message>
        <source>reading leads for the SLA clocks</source>
        <translation>Lesen der Leads für die SLA-Fristen</translation>
    </message>
    <message>
        <source>reading the stage history for the SLA clocks</source>
        <translation>Lesen des Phasenverlaufs für die SLA-Fristen</translation>
    </message>
    <message>
        <source>reading the activities for the SLA clocks</source>
        <translation>Lesen der Aktivitäten für die SLA-Fristen</translation>
    </message>
    <message>
        <source>recording past SLA breaches</source>
        <translation>Erfassen vergangener SLA-Überschreitungen</translation>
    </message>
    <message>
        <source>The connection to %1 is lost: %2</source>
        <translation>Die Verbindung zu %1 ist unterbrochen: %2</translation>
    </message>
    <message>
        <source>saving the attributes of new leads</source>
        <translation>Speichern der Attribute neuer Leads</translation>
    </message>
    <message>
        <source>numbering new leads</source>
        <translation>Nummerieren neuer Leads</translation>
    </message>
    <message>
        <source>Database error while numbering new leads: %1 ids for %2 leads</source>
        <translation>Datenbankfehler beim Nummerieren neuer Leads: %1 IDs für %2 Leads</translation>
    </message>
    <message>
        <source>saving leads</source>
        <translation>Speichern von Leads</translation>
    </message>
    <message>
        <source>recording why leads are unassigned</source>
        <translation>Festhalten, warum Leads nicht zugewiesen sind</translation>
    </message>
    <message>
        <source>recording stage history</source>
        <translation>Speichern des Phasenverlaufs</translation>
    </message>
    <message>
        <source>taking the escalation lock</source>
        <translation>Übernehmen der Eskalationssperre</translation>
    </message>
    <message>
        <source>The server login %1 is not a Bantam user of %2; ask an administrator to add it.</source>
        <translation>Die Server-Anmeldung %1 ist kein Bantam-Benutzer von %2; bitten Sie einen Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer version of Bantam (server schema %2; this one knows up to %3). Please update Bantam.</source>
        <translation>Die Team-Datenbank %1 wurde von einer neueren Bantam-Version eingerichtet (Server-Schema %2; diese Version kennt bis %3). Bitte aktualisieren Sie Bantam.</translation>
    </message>
    <message>
        <source>The team database %1 needs an update that only its owner can make: ask an administrator to open it once with the login that set it up.</source>
        <translation>Die Team-Datenbank %1 braucht eine Aktualisierung, die nur ihr Eigentümer vornehmen kann: Bitten Sie einen Administrator, sie einmal mit der Anmeldung zu öffnen, mit der sie eingerichtet wurde.</translation>
    </message>
    <message>
        <source>granting the rights of the team&apos;s users</source>
        <translation>Vergeben der Rechte der Team-Benutzer</translation>
    </message>
    <message>
        <source>Server migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>Server-Migration %1 (%2) fehlgeschlagen: %3
Anweisung: %4</translation>
    </message>
    <message>
        <source>reading the server login</source>
        <translation>Lesen der Server-Anmeldung</translation>
    </message>
    <message>
        <source>setting up the server login of &apos;%1&apos;</source>
        <translation>Einrichten der Server-Anmeldung von „%1“</translation>
    </message>
    <message>
        <source>reading the server login of &apos;%1&apos;</source>
        <translation>Lesen der Server-Anmeldung von „%1“</translation>
    </message>
    <message>
        <source>changing your password</source>
        <translation>Ändern Ihres Passworts</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; (no such file).</source>
        <translation>Es gibt keine Datenbank &apos;%1&apos; (keine solche Datei).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty (0 bytes), not a Bantam database. If it held your leads, it was damaged: restore your last backup of it.</source>
        <translation>&apos;%1&apos; ist leer (0 Byte) und keine Bantam-Datenbank. Wenn sie Ihre Leads enthielt, wurde sie beschädigt: Stellen Sie Ihre letzte Sicherung davon wieder her.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write-protected and needs an update to this version of Bantam (schema version %2 to %3): make the file writable and open it again.</source>
        <translation>&apos;%1&apos; ist schreibgeschützt und muss für diese Version von Bantam aktualisiert werden (Schemaversion %2 auf %3): Machen Sie die Datei beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The team database %1 is empty: Bantam is not set up in it yet.</source>
        <translation>Die Teamdatenbank %1 ist leer: Bantam ist darin noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no Bantam database yet.</source>
        <translation>&apos;%1&apos; enthält noch keine Bantam-Datenbank.</translation>
    </message>
    <message>
        <source> The copy Bantam made before its last update is &apos;%1&apos;.</source>
        <translation> Die Kopie, die Bantam vor seiner letzten Aktualisierung angelegt hat, ist &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; is damaged (%2), so Bantam does not open it and changes nothing in it. Restore your last backup into a new file (bantam-cli --db NEW.sqlite restore BACKUP) and open that one.%3</source>
        <translation>Die Datenbank &apos;%1&apos; ist beschädigt (%2); Bantam öffnet sie daher nicht und ändert nichts an ihr. Stellen Sie Ihre letzte Sicherung in eine neue Datei wieder her (bantam-cli --db NEU.sqlite restore SICHERUNG) und öffnen Sie diese.%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write-protected and open read-only: nothing can be changed. Make the file writable and open it again.</source>
        <translation>&apos;%1&apos; ist schreibgeschützt und nur zum Lesen geöffnet: Es kann nichts geändert werden. Machen Sie die Datei beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>counting admins</source>
        <translation>Zählen der Administratoren</translation>
    </message>
    <message>
        <source>adding the reason &apos;%1&apos;</source>
        <translation>beim Anlegen des Grundes „%1“</translation>
    </message>
    <message>
        <source>scheduling a callback for lead %1</source>
        <translation>Planen eines Rückrufs für Lead %1</translation>
    </message>
    <message>
        <source>completing the callbacks of lead %1</source>
        <translation>Abschließen der Rückrufe von Lead %1</translation>
    </message>
    <message>
        <source>reading the callbacks of lead %1</source>
        <translation>Lesen der Rückrufe von Lead %1</translation>
    </message>
    <message>
        <source>finding the callbacks that are due</source>
        <translation>Suchen der fälligen Rückrufe</translation>
    </message>
    <message>
        <source>noting callback %1 as told</source>
        <translation>Vermerken von Rückruf %1 als gemeldet</translation>
    </message>
    <message>
        <source>reading the learned score&apos;s versions</source>
        <translation>Lesen der Versionen des gelernten Scores</translation>
    </message>
    <message>
        <source>reading learned score version %1</source>
        <translation>Lesen der Version %1 des gelernten Scores</translation>
    </message>
    <message>
        <source>reading the active learned score</source>
        <translation>Lesen des aktiven gelernten Scores</translation>
    </message>
    <message>
        <source>numbering the learned score&apos;s version</source>
        <translation>Nummerieren der Version des gelernten Scores</translation>
    </message>
    <message>
        <source>saving learned score version %1</source>
        <translation>Speichern der Version %1 des gelernten Scores</translation>
    </message>
    <message>
        <source>activating learned score version %1</source>
        <translation>Aktivieren der Version %1 des gelernten Scores</translation>
    </message>
    <message>
        <source>reading the leads for the learned score</source>
        <translation>Lesen der Leads für den gelernten Score</translation>
    </message>
    <message>
        <source>reading the leads&apos; custom attributes</source>
        <translation>Lesen der eigenen Attribute der Leads</translation>
    </message>
    <message>
        <source>reading the leads&apos; activities</source>
        <translation>Lesen der Aktivitäten der Leads</translation>
    </message>
    <message>
        <source>clearing the learned chances</source>
        <translation>Löschen der gelernten Chancen</translation>
    </message>
    <message>
        <source>saving the learned chances</source>
        <translation>Speichern der gelernten Chancen</translation>
    </message>
    <message>
        <source>reading a lead&apos;s learned chance</source>
        <translation>Lesen der gelernten Chance eines Leads</translation>
    </message>
    <message>
        <source>saving the notes of call %1</source>
        <translation>Speichern der Notizen von Anruf %1</translation>
    </message>
    <message>
        <source>counting your calls</source>
        <translation>Zählen Ihrer Anrufe</translation>
    </message>
    <message>
        <source>counting the missed callbacks</source>
        <translation>Zählen der verpassten Rückrufe</translation>
    </message>
    <message numerus="yes">
        <source>reading %n lead(s)</source>
        <translation>
            <numerusform>Lesen von %n Lead</numerusform>
            <numerusform>Lesen von %n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the database file&apos;s integrity</source>
        <translation>Prüfen der Unversehrtheit der Datenbankdatei</translation>
    </message>
    <message>
        <source>checking the database&apos;s references</source>
        <translation>Prüfen der Verweise in der Datenbank</translation>
    </message>
    <message>
        <source>comparing the leads&apos; stages with their history</source>
        <translation>Vergleichen der Phasen der Leads mit ihrem Verlauf</translation>
    </message>
    <message>
        <source>comparing the leads&apos; owners with their assignments</source>
        <translation>Vergleichen der Zuständigen der Leads mit ihren Zuweisungen</translation>
    </message>
    <message>
        <source>looking for leads without a current score</source>
        <translation>Suchen nach Leads ohne aktuellen Score</translation>
    </message>
    <message>
        <source>looking for leads routing never saw</source>
        <translation>Suchen nach Leads, die das Routing nie gesehen hat</translation>
    </message>
    <message>
        <source>marking the new leads&apos; routing owed</source>
        <translation>Vormerken des Routings der neuen Leads</translation>
    </message>
    <message>
        <source>marking the changed leads&apos; scores owed</source>
        <translation>Vormerken der Scores der geänderten Leads</translation>
    </message>
    <message>
        <source>reading the call cadences</source>
        <translation>beim Lesen der Anrufrhythmen</translation>
    </message>
    <message>
        <source>reading the call cadence</source>
        <translation>beim Lesen des Anrufrhythmus</translation>
    </message>
    <message>
        <source>saving the call cadence %1</source>
        <translation>beim Speichern des Anrufrhythmus %1</translation>
    </message>
    <message>
        <source>There is no call cadence %1.</source>
        <translation>Es gibt keinen Anrufrhythmus %1.</translation>
    </message>
    <message>
        <source>reading the call cadence of lead %1</source>
        <translation>beim Lesen des Anrufrhythmus von Lead %1</translation>
    </message>
    <message>
        <source>saving the call cadence of lead %1</source>
        <translation>beim Speichern des Anrufrhythmus von Lead %1</translation>
    </message>
    <message>
        <source>finding the leads with the number %1</source>
        <translation>beim Suchen der Leads mit der Nummer %1</translation>
    </message>
    <message>
        <source>finding the leads due for re-contact</source>
        <translation>beim Suchen der Leads, deren Wiedervorlage fällig ist</translation>
    </message>
    <message>
        <source>counting the leads per %1</source>
        <translation>Zählen der Leads je %1</translation>
    </message>
    <message>
        <source>reading the learned chances</source>
        <translation>Lesen der gelernten Chancen</translation>
    </message>
    <message>
        <source>reading the indexes</source>
        <translation>Lesen der Indizes</translation>
    </message>
    <message>
        <source>dropping the index %1</source>
        <translation>Entfernen des Index %1</translation>
    </message>
    <message>
        <source>making the index %1</source>
        <translation>Anlegen des Index %1</translation>
    </message>
    <message>
        <source>recording activities</source>
        <translation>Speichern von Aktivitäten</translation>
    </message>
    <message>
        <source>staging the routing decisions</source>
        <translation>Vormerken der Routing-Entscheidungen</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>Schreiben des Audit-Protokolls</translation>
    </message>
    <message>
        <source>reading the settings (%1)</source>
        <translation>beim Lesen der Einstellungen (%1)</translation>
    </message>
    <message>
        <source>saving the setting %1 (%2)</source>
        <translation>beim Speichern der Einstellung %1 (%2)</translation>
    </message>
    <message>
        <source>There is no setting %1 (%2).</source>
        <translation>Es gibt keine Einstellung %1 (%2).</translation>
    </message>
    <message>
        <source>looking for unfinished reassignments</source>
        <translation>Suchen nach unvollendeten Neuzuweisungen</translation>
    </message>
    <message>
        <source>recording a reassignment</source>
        <translation>Speichern einer Neuzuweisung</translation>
    </message>
    <message>
        <source>reading unfinished reassignments</source>
        <translation>Lesen der unvollendeten Neuzuweisungen</translation>
    </message>
    <message>
        <source>reading the leads of a reassignment</source>
        <translation>Lesen der Leads einer Neuzuweisung</translation>
    </message>
    <message>
        <source>recording the reassignment&apos;s progress</source>
        <translation>Speichern des Fortschritts einer Neuzuweisung</translation>
    </message>
    <message>
        <source>recording the end of a reassignment</source>
        <translation>Speichern des Endes einer Neuzuweisung</translation>
    </message>
    <message>
        <source>counting the open leads</source>
        <translation>Zählen der offenen Leads</translation>
    </message>
    <message>
        <source>The PostgreSQL client library (libpq) could not be loaded: %1</source>
        <translation>Die PostgreSQL-Client-Bibliothek (libpq) konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL client library (%1) lacks %2.</source>
        <translation>Der PostgreSQL-Client-Bibliothek (%1) fehlt %2.</translation>
    </message>
    <message>
        <source>starting an SLA clock</source>
        <translation>Starten einer SLA-Frist</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client); it is needed for %2.</source>
        <translation>%1 ist nicht installiert (Debian-Paket postgresql-client); es wird für %2 gebraucht.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already; a backup never overwrites a file.</source>
        <translation>„%1“ existiert bereits; eine Sicherung überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>a backup of %1</source>
        <translation>eine Sicherung von %1</translation>
    </message>
    <message>
        <source>Cannot back up &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>„%1“ kann nicht nach „%2“ gesichert werden: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Bantam backup (neither an SQLite database nor a pg_dump archive).</source>
        <translation>„%1“ ist keine Bantam-Sicherung (weder eine SQLite-Datenbank noch ein pg_dump-Archiv).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a backup of an SQLite file; to move it to a team database, restore it to a file and use copy-to.</source>
        <translation>„%1“ ist die Sicherung einer SQLite-Datei; um sie in eine Team-Datenbank zu übernehmen, stellen Sie sie als Datei wieder her und verwenden Sie copy-to.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a backup of a team database; restore it into an empty PostgreSQL database.</source>
        <translation>„%1“ ist die Sicherung einer Team-Datenbank; stellen Sie sie in eine leere PostgreSQL-Datenbank wieder her.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already; restore writes a new database file. Move the file away or name another one.</source>
        <translation>„%1“ existiert bereits; die Wiederherstellung schreibt eine neue Datenbankdatei. Verschieben Sie die Datei oder geben Sie eine andere an.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The team database %1 is not empty; restore only fills an empty database (createdb a new one).</source>
        <translation>Die Team-Datenbank %1 ist nicht leer; die Wiederherstellung füllt nur eine leere Datenbank (legen Sie mit createdb eine neue an).</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>die Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>granting the rights of the team&apos;s users</source>
        <translation>Vergeben der Rechte der Team-Benutzer</translation>
    </message>
    <message>
        <source>Cannot back up &apos;%1&apos;: no SQLite connection.</source>
        <translation>&apos;%1&apos; kann nicht gesichert werden: keine SQLite-Verbindung.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>The database file is damaged: %1. Restore your last backup into a new file (bantam-cli --db NEW.sqlite restore BACKUP).</source>
        <translation>Die Datenbankdatei ist beschädigt: %1. Spielen Sie Ihre letzte Sicherung in eine neue Datei ein (bantam-cli --db NEU.sqlite restore SICHERUNG).</translation>
    </message>
    <message>
        <source>Rows that refer to rows that do not exist: %1 (table, row, missing in: %2).</source>
        <translation>Zeilen, die auf nicht vorhandene Zeilen verweisen: %1 (Tabelle, Zeile, fehlt in: %2).</translation>
    </message>
    <message>
        <source>Leads whose stage is not the one their last history entry gives: %1 (ids %2).</source>
        <translation>Leads, deren Phase nicht die ihres letzten Verlaufseintrags ist: %1 (IDs %2).</translation>
    </message>
    <message>
        <source>Leads whose owner is not the one their last assignment gives: %1 (ids %2).</source>
        <translation>Leads, deren Zuständige(r) nicht die/der ihrer letzten Zuweisung ist: %1 (IDs %2).</translation>
    </message>
    <message>
        <source>Leads not scored by the active scoring model: %1 (ids %2); check --repair scores them.</source>
        <translation>Leads ohne Score des aktiven Scoring-Modells: %1 (IDs %2); check --repair bewertet sie.</translation>
    </message>
    <message>
        <source>New leads whose routing is still owed (Bantam stopped before it routed them): %1 (ids %2); check --repair routes them.</source>
        <translation>Neue Leads, deren Routing noch aussteht (Bantam wurde vorher beendet): %1 (IDs %2); check --repair verteilt sie.</translation>
    </message>
    <message>
        <source>Leads whose score reached the MQL threshold but who were not handed to sales (Bantam stopped before it promoted them): %1 (ids %2); check --repair promotes and routes them.</source>
        <translation>Leads, deren Score die MQL-Schwelle erreicht hat, die aber nicht an den Vertrieb übergeben wurden (Bantam wurde vorher beendet): %1 (IDs %2); check --repair macht sie zu MQLs und verteilt sie.</translation>
    </message>
    <message>
        <source>Leads a reassignment has still to move (Bantam stopped in the middle of it): %1 (ids %2); check --repair finishes it.</source>
        <translation>Leads, die eine Neuzuweisung noch verschieben muss (Bantam wurde mittendrin beendet): %1 (IDs %2); check --repair schließt sie ab.</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>The tables reference each other in a circle.</source>
        <translation>Die Tabellen verweisen im Kreis aufeinander.</translation>
    </message>
    <message>
        <source>copy-to needs a team database (postgresql://…) as the target; &apos;%1&apos; is a file. To copy a file, use backup.</source>
        <translation>copy-to braucht eine Team-Datenbank (postgresql://…) als Ziel; „%1“ ist eine Datei. Eine Datei kopieren Sie mit backup.</translation>
    </message>
    <message>
        <source>The database has schema version %1 and the target %2; open both with this version of Bantam first.</source>
        <translation>Die Datenbank hat die Schemaversion %1, das Ziel %2; öffnen Sie zuerst beide mit dieser Bantam-Version.</translation>
    </message>
    <message>
        <source>The team database %1 is not empty (it has users, leads or teams). copy-to only fills an empty database.</source>
        <translation>Die Team-Datenbank %1 ist nicht leer (sie enthält Benutzer, Leads oder Teams). copy-to füllt nur eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Keine Verbindung zur Team-Datenbank %1: %2</translation>
    </message>
    <message>
        <source>Copying %1 into %2 failed: %3</source>
        <translation>Das Kopieren von %1 nach %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>der Datenbank</translation>
    </message>
    <message>
        <source>The copy was cancelled; %1 is as empty as before.</source>
        <translation>Das Kopieren wurde abgebrochen; %1 ist so leer wie zuvor.</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <source>the indexes</source>
        <translation>den Indizes</translation>
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
    <message>
        <source>Cannot count the demo MQLs.</source>
        <translation>Die Demo-MQLs können nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>DialSettings</name>
    <message>
        <source>The dialing template must be an http(s) address with {e164}, {digits} or {national} where the number goes, e.g. https://pbx.example.com/call?to={e164} (not &apos;%1&apos;).</source>
        <translation>Die Wählvorlage muss eine http(s)-Adresse sein, die {e164}, {digits} oder {national} an der Stelle der Nummer enthält, z. B. https://pbx.example.com/call?to={e164} (nicht „%1“).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number that can be dialled.</source>
        <translation>„%1“ ist keine wählbare Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>%1 has no phone number.</source>
        <translation>%1 hat keine Telefonnummer.</translation>
    </message>
    <message>
        <source>No program on this computer handles %1. Set how numbers are dialled in Settings › Calls › Telephony.</source>
        <translation>Kein Programm auf diesem Rechner öffnet %1. Wie Nummern gewählt werden, legen Sie unter Einstellungen › Anrufe › Telefonie fest.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>&apos;%1&apos; is not a login: 2 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Anmeldename: 2 bis 40 Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>A capacity cannot be negative (0 means no limit).</source>
        <translation>Eine Kapazität kann nicht negativ sein (0 bedeutet: keine Begrenzung).</translation>
    </message>
    <message>
        <source>The weight must be from 0 to 100.</source>
        <translation>Die Gewichtung muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>The absence ends (%1) before it starts (%2).</source>
        <translation>Die Abwesenheit endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;.</source>
        <translation>Es gibt bereits einen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ein Team benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a team &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Team „%1“.</translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation>Es gibt kein Team %1.</translation>
    </message>
    <message>
        <source>A territory needs a name.</source>
        <translation>Ein Gebiet benötigt einen Namen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; use two letters such as DE.</source>
        <translation>„%1“ ist kein Ländercode; verwenden Sie zwei Buchstaben wie DE.</translation>
    </message>
    <message>
        <source>Territory &apos;%1&apos; needs at least one country.</source>
        <translation>Das Gebiet „%1“ benötigt mindestens ein Land.</translation>
    </message>
    <message>
        <source>There is no territory %1.</source>
        <translation>Es gibt kein Gebiet %1.</translation>
    </message>
    <message>
        <source>There is already a territory &apos;%1&apos;.</source>
        <translation>Es gibt bereits ein Gebiet „%1“.</translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation>Ein Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation>Das Passwort darf nicht der Anmeldename sein.</translation>
    </message>
    <message>
        <source>A database file has no server logins or passwords: whoever opens the file works in it.</source>
        <translation>Eine Datenbankdatei hat keine Server-Anmeldungen und keine Passwörter: Wer die Datei öffnet, arbeitet darin.</translation>
    </message>
    <message>
        <source>You are connected as %1, the login that set the team database up; its password is changed on the server, not in Bantam.</source>
        <translation>Sie sind als %1 verbunden, die Anmeldung, mit der die Team-Datenbank eingerichtet wurde; deren Passwort wird auf dem Server geändert, nicht in Bantam.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Das neue Passwort ist dasselbe wie das aktuelle.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>There is already a user &apos;%1&apos;; logins do not differ by case.</source>
        <translation>Es gibt bereits einen Benutzer &apos;%1&apos;; Anmeldenamen unterscheiden sich nicht nur durch Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Bantam needs at least one active admin: %1 is the last one. Make another user an admin first.</source>
        <translation>Bantam braucht mindestens einen aktiven Administrator: %1 ist der letzte. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
</context>
<context>
    <name>FrameworkSet</name>
    <message>
        <source>There is no framework template.</source>
        <translation>Es gibt keine Framework-Vorlage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid framework key (lower-case letters, digits and &apos;_&apos;).</source>
        <translation>„%1“ ist kein gültiger Framework-Schlüssel (Kleinbuchstaben, Ziffern und „_“).</translation>
    </message>
    <message>
        <source>The framework key &apos;%1&apos; is used twice.</source>
        <translation>Der Framework-Schlüssel „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; needs a name.</source>
        <translation>Das Framework „%1“ benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos; needs 1 to 9 criteria.</source>
        <translation>Das Framework „%1“ benötigt 1 bis 9 Kriterien.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the criterion key &apos;%2&apos; is empty, invalid or used twice.</source>
        <translation>Framework „%1“: Der Kriteriumsschlüssel „%2“ ist leer, ungültig oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: criterion &apos;%2&apos; needs its name in English and German.</source>
        <translation>Framework „%1“: Das Kriterium „%2“ benötigt seinen Namen auf Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: criterion &apos;%2&apos; draws on &apos;%3&apos;, which is not budget, authority, need or timing.</source>
        <translation>Framework „%1“: Das Kriterium „%2“ stützt sich auf „%3“; das ist weder budget, authority, need noch timing.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the rule needs between 0 and %2 criteria met, not %3.</source>
        <translation>Framework „%1“: Die Regel muss zwischen 0 und %2 erfüllte Kriterien verlangen, nicht %3.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the rule requires &apos;%2&apos;, which is not one of its criteria.</source>
        <translation>Framework „%1“: Die Regel verlangt „%2“, das keines seiner Kriterien ist.</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;: the rule must require at least one criterion.</source>
        <translation>Framework „%1“: Die Regel muss mindestens ein Kriterium verlangen.</translation>
    </message>
    <message>
        <source>The active framework &apos;%1&apos; is not one of the templates.</source>
        <translation>Das aktive Framework „%1“ gehört nicht zu den Vorlagen.</translation>
    </message>
</context>
<context>
    <name>HistoryImporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1: a history file needs a column for the lead (External ID or E-Mail), the stage (Stage, Status) and the time (Timestamp, Date); its columns are: %2.</source>
        <translation>%1: Eine Verlaufsdatei braucht eine Spalte für den Lead (External ID oder E-Mail), die Phase (Stage, Status) und den Zeitpunkt (Timestamp, Datum); ihre Spalten sind: %2.</translation>
    </message>
    <message>
        <source>No lead: the %1 column is empty.</source>
        <translation>Kein Lead: Die Spalte %1 ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known stage (lead, mql, sql, disqualified, won, lost).</source>
        <translation>„%1“ ist keine bekannte Phase (lead, mql, sql, disqualified, won, lost).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, YYYYMMDD or an Excel day number).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT, TT.MM.JJJJ, MM/TT/JJJJ, JJJJMMTT oder eine Excel-Tageszahl).</translation>
    </message>
    <message>
        <source>No lead with %1 &apos;%2&apos;; import the leads first.</source>
        <translation>Kein Lead mit %1 „%2“; importieren Sie zuerst die Leads.</translation>
    </message>
    <message>
        <source>the external id</source>
        <translation>der externen ID</translation>
    </message>
    <message>
        <source>the e-mail</source>
        <translation>der E-Mail</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>HomeRegion</name>
    <message>
        <source>&apos;%1&apos; is not a country with phone numbers; give its two-letter code such as DE, AT or CH.</source>
        <translation>&apos;%1&apos; ist kein Land mit Telefonnummern; geben Sie seinen Ländercode aus zwei Buchstaben an, etwa DE, AT oder CH.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Zusatzfeld</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
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
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Stage / outcome</source>
        <translation>Phase / Ergebnis</translation>
    </message>
    <message>
        <source>A mapping needs a &quot;columns&quot; list.</source>
        <translation>Eine Zuordnung benötigt eine Liste „columns“.</translation>
    </message>
    <message>
        <source>Mapping column %1: needs a &quot;header&quot; and a &quot;field&quot; (firstName, lastName, email, ..., custom or ignore); &apos;%2&apos; is not one.</source>
        <translation>Zuordnung, Spalte %1: Benötigt „header“ und „field“ (firstName, lastName, email, ..., custom oder ignore); „%2“ ist keines davon.</translation>
    </message>
    <message>
        <source>Mapping column &apos;%1&apos;: &apos;%2&apos; is not a stage (lead, mql, sql, disqualified, won, lost).</source>
        <translation>Zuordnung, Spalte „%1“: „%2“ ist keine Phase (lead, mql, sql, disqualified, won, lost).</translation>
    </message>
    <message>
        <source>Mapping column &apos;%1&apos;: &quot;dates&quot; is &apos;%2&apos;; use &quot;dmy&quot; (31/12/2026) or &quot;mdy&quot; (12/31/2026).</source>
        <translation>Zuordnung, Spalte „%1“: „dates“ ist „%2“; verwenden Sie „dmy“ (31/12/2026) oder „mdy“ (12/31/2026).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
    <message>
        <source>DD/MM/YYYY or MM/DD/YYYY</source>
        <translation>TT/MM/JJJJ oder MM/TT/JJJJ</translation>
    </message>
    <message>
        <source>Date a stage was reached</source>
        <translation>Datum, an dem eine Phase erreicht wurde</translation>
    </message>
    <message>
        <source>Mapping column &apos;%1&apos;: a stageDate column needs the &quot;stage&quot; its dates are for (mql, sql, disqualified, won or lost); &apos;%2&apos; is not one.</source>
        <translation>Zuordnungsspalte „%1“: Eine stageDate-Spalte braucht die Phase („stage“), für die ihre Daten gelten (mql, sql, disqualified, won oder lost); „%2“ ist keine.</translation>
    </message>
    <message>
        <source>Mapping constant &apos;%1&apos;: not a field a constant can set (stage, source, campaign, country, company, ...).</source>
        <translation>Zuordnungskonstante „%1“: kein Feld, das eine Konstante setzen kann (stage, source, campaign, country, company, …).</translation>
    </message>
    <message>
        <source>Mapping constant &apos;stage&apos;: &apos;%1&apos; is not a stage (lead, mql, sql, disqualified, won, lost).</source>
        <translation>Zuordnungskonstante „stage“: „%1“ ist keine Phase (lead, mql, sql, disqualified, won, lost).</translation>
    </message>
    <message>
        <source>YYYYMMDD</source>
        <translation>JJJJMMTT</translation>
    </message>
    <message>
        <source>Excel day numbers</source>
        <translation>Excel-Tageszahlen</translation>
    </message>
    <message>
        <source>Owner (user)</source>
        <translation>Besitzer (Benutzer)</translation>
    </message>
    <message>
        <source>Reason (closed leads)</source>
        <translation>Grund (abgeschlossene Leads)</translation>
    </message>
</context>
<context>
    <name>ImportedHistory</name>
    <message>
        <source>&apos;%1&apos; fits more than one user; write the login.</source>
        <translation>„%1“ passt zu mehreren Benutzern; geben Sie den Login an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Bantam user (login, e-mail or full name).</source>
        <translation>„%1“ ist kein Bantam-Benutzer (Login, E-Mail oder vollständiger Name).</translation>
    </message>
    <message>
        <source>Lead %1 is %2; the pipeline does not move it to %3.</source>
        <translation>Lead %1 ist %2; die Pipeline verschiebt ihn nicht nach %3.</translation>
    </message>
    <message>
        <source>Lead %1 has been %2 since %3; the move to %4 on %5 is older and is not applied.</source>
        <translation>Lead %1 ist seit %3 %2; der Wechsel nach %4 am %5 ist älter und wird nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Lead %1 was assigned to you.</source>
        <translation>Lead %1 wurde Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Lead %1 was reassigned to you from %2.</source>
        <translation>Lead %1 wurde Ihnen von %2 neu zugewiesen.</translation>
    </message>
    <message>
        <source>Lead %1 was reassigned from you to %2.</source>
        <translation>Lead %1 wurde von Ihnen an %2 neu zugewiesen.</translation>
    </message>
    <message>
        <source>Lead %1 could not be routed.</source>
        <translation>Lead %1 konnte nicht automatisch zugewiesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) could not be routed; see the unassigned queue.</source>
        <translation>
            <numerusform>%n Lead konnte nicht automatisch zugewiesen werden; siehe „Nicht zugewiesene Leads“.</numerusform>
            <numerusform>%n Leads konnten nicht automatisch zugewiesen werden; siehe „Nicht zugewiesene Leads“.</numerusform>
        </translation>
    </message>
    <message>
        <source>writing to the inbox</source>
        <translation>Schreiben in den Posteingang</translation>
    </message>
    <message>
        <source>reading the inbox</source>
        <translation>Lesen des Posteingangs</translation>
    </message>
    <message>
        <source>marking inbox items as read</source>
        <translation>Markieren von Posteingangseinträgen als gelesen</translation>
    </message>
    <message>
        <source>Lead %1 (unassigned) breached its service level.</source>
        <translation>Lead %1 (nicht zugewiesen) hat das Service-Level überschritten.</translation>
    </message>
    <message>
        <source>Lead %1 of %2 breached its service level.</source>
        <translation>Lead %1 (zuständig: %2) hat das Service-Level überschritten.</translation>
    </message>
    <message>
        <source>Lead %1: the callback you promised is due.</source>
        <translation>Lead %1: Der zugesagte Rückruf ist fällig.</translation>
    </message>
    <message>
        <source>Lead %1 is back in your queue.</source>
        <translation>Lead %1 ist wieder in Ihrer Warteschlange.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON list, found %1</source>
        <translation>JSON-Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown key (known keys: %1)</source>
        <translation>unbekannter Schlüssel (bekannte Schlüssel: %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>expected a list of %1</source>
        <translation>Liste von %1 erwartet</translation>
    </message>
</context>
<context>
    <name>LeadDetailWidget</name>
    <message>
        <source>Lead created</source>
        <translation>Lead angelegt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
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
    <message>
        <source> (attribute)</source>
        <translation> (Zusatzfeld)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
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
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1: the row has %2 fields, the header only %3.</source>
        <translation>%1: Die Zeile hat %2 Felder, die Kopfzeile nur %3.</translation>
    </message>
    <message>
        <source>Import run %1 of %2 is already complete.</source>
        <translation>Der Importlauf %1 von %2 ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has changed since import run %2 started (%3 bytes then, %4 now); start a new import.</source>
        <translation>%1 wurde seit dem Start von Importlauf %2 geändert (damals %3 Byte, jetzt %4); starten Sie einen neuen Import.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has a header row but no leads.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Leads.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing from line %3 on was imported; the rows before it are (run %4).</source>
        <translation>%1: %2 Ab Zeile %3 wurde nichts importiert; die Zeilen davor schon (Lauf %4).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1, lines %2 to %3: %4</source>
        <translation>%1, Zeilen %2 bis %3: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known stage; the lead comes in as Lead (map the value to lead, mql, sql, disqualified, won or lost).</source>
        <translation>„%1“ ist keine bekannte Phase; der Lead wird als Lead importiert (ordnen Sie den Wert lead, mql, sql, disqualified, won oder lost zu).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, YYYYMMDD or an Excel day number).</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT, TT.MM.JJJJ, MM/TT/JJJJ, JJJJMMTT oder eine Excel-Tageszahl).</translation>
    </message>
    <message>
        <source>Kept as the attribute &apos;%1&apos;.</source>
        <translation>Als Attribut „%1“ behalten.</translation>
    </message>
    <message>
        <source>%1: no identifying value (e-mail, phone, name, company or external id).%2</source>
        <translation>%1: kein identifizierender Wert (E-Mail, Telefon, Name, Unternehmen oder externe ID).%2</translation>
    </message>
    <message>
        <source>Kept as written, marked as not valid.</source>
        <translation>Wie geschrieben behalten, als ungültig markiert.</translation>
    </message>
    <message>
        <source>Stage left as it is.</source>
        <translation>Phase unverändert gelassen.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The lead comes in without an owner.</source>
        <translation>Der Lead wird ohne Besitzer importiert.</translation>
    </message>
    <message>
        <source>%1 (%2) does not work leads in sales; an open lead needs an owner who does.</source>
        <translation>%1 (%2) bearbeitet keine Leads im Vertrieb; ein offener Lead braucht einen Besitzer, der das tut.</translation>
    </message>
    <message>
        <source>%1 is no longer active; an open lead needs an owner who works.</source>
        <translation>%1 ist nicht mehr aktiv; ein offener Lead braucht einen aktiven Besitzer.</translation>
    </message>
    <message>
        <source>The lead comes in without an owner; routing assigns it.</source>
        <translation>Der Lead wird ohne Besitzer importiert; das Routing weist ihn zu.</translation>
    </message>
    <message>
        <source>An import does not reassign a lead that is there (lead %1).</source>
        <translation>Ein Import weist einen vorhandenen Lead nicht neu zu (Lead %1).</translation>
    </message>
    <message>
        <source>Owner left as it is; reassign it in the team view.</source>
        <translation>Besitzer unverändert; neu zuweisen in der Team-Ansicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has changed since import run %2 started: the rows up to line %3, already imported, are not the same any more (the size is). Start a new import of the file.</source>
        <translation>%1 hat sich seit dem Start von Importlauf %2 geändert: Die bereits importierten Zeilen bis Zeile %3 sind nicht mehr dieselben (die Größe schon). Starten Sie einen neuen Import der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %Ln row(s) read.</source>
        <translation>
            <numerusform>Import abgeschlossen: %Ln Zeile gelesen.</numerusform>
            <numerusform>Import abgeschlossen: %Ln Zeilen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 skipped as duplicates, %5 rejected.</source>
        <translation>%1 neu, %2 aktualisiert, %3 zusammengeführt, %4 als Dubletten übersprungen, %5 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) scored, %1 of them promoted to MQL by their score.</source>
        <translation>
            <numerusform>%Ln Lead bewertet, davon %1 aufgrund des Scores zum MQL hochgestuft.</numerusform>
            <numerusform>%Ln Leads bewertet, davon %1 aufgrund ihres Scores zum MQL hochgestuft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s) routed to a rep; the others wait in the unassigned queue.</source>
        <translation>
            <numerusform>%Ln neuer Lead einem Vertriebsmitarbeiter zugewiesen; die übrigen warten unter „Nicht zugewiesene Leads“.</numerusform>
            <numerusform>%Ln neue Leads Vertriebsmitarbeitern zugewiesen; die übrigen warten unter „Nicht zugewiesene Leads“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new lead(s) came in as history (closed, or created before the date given): counted in the reports, never promoted or routed.</source>
        <translation>
            <numerusform>%Ln neuer Lead kam als Historie herein (abgeschlossen oder vor dem angegebenen Datum erstellt): Er zählt in den Berichten und wird nie hochgestuft oder zugewiesen.</numerusform>
            <numerusform>%Ln neue Leads kamen als Historie herein (abgeschlossen oder vor dem angegebenen Datum erstellt): Sie zählen in den Berichten und werden nie hochgestuft oder zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported row(s) had a value that did not fit its field; the leads were kept with the value as a custom attribute (an invalid phone number as typed, marked not valid).</source>
        <translation>
            <numerusform>%Ln importierte Zeile hatte einen Wert, der nicht zu seinem Feld passte; der Lead wurde behalten, der Wert als eigenes Attribut (eine ungültige Telefonnummer wie eingegeben, als ungültig markiert).</numerusform>
            <numerusform>%Ln importierte Zeilen hatten einen Wert, der nicht zu seinem Feld passte; die Leads wurden behalten, der Wert als eigenes Attribut (eine ungültige Telefonnummer wie eingegeben, als ungültig markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadService</name>
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
    <message>
        <source>&apos;%1&apos; is not an activity a person logs (%2).</source>
        <translation>„%1“ ist keine Aktivität, die von Hand protokolliert wird (%2).</translation>
    </message>
    <message>
        <source>Only a call has an outcome (not &apos;%1&apos;).</source>
        <translation>Nur ein Anruf hat ein Ergebnis (nicht „%1“).</translation>
    </message>
    <message>
        <source>&apos;Call back&apos; needs a time: promise the callback with its time instead.</source>
        <translation>„Rückruf“ braucht eine Uhrzeit: den Rückruf stattdessen mit seiner Zeit zusagen.</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>local time unknown (no phone number or country)</source>
        <translation>Ortszeit unbekannt (keine Telefonnummer und kein Land)</translation>
    </message>
    <message>
        <source>%1 local time (%2)</source>
        <translation>%1 Ortszeit (%2)</translation>
    </message>
    <message>
        <source>%1 local time (%2 has several time zones)</source>
        <translation>%1 Ortszeit (%2 hat mehrere Zeitzonen)</translation>
    </message>
</context>
<context>
    <name>OwedWork</name>
    <message numerus="yes">
        <source>%n lead(s) scored</source>
        <translation>
            <numerusform>%n Lead bewertet</numerusform>
            <numerusform>%n Leads bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promoted to MQL</source>
        <translation>
            <numerusform>%n zum MQL hochgestuft</numerusform>
            <numerusform>%n zum MQL hochgestuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routed to an owner</source>
        <translation>
            <numerusform>%n einem Zuständigen zugewiesen</numerusform>
            <numerusform>%n einem Zuständigen zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unassigned with the reason</source>
        <translation>
            <numerusform>%n mit Grund nicht zugewiesen</numerusform>
            <numerusform>%n mit Grund nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reassigned</source>
        <translation>
            <numerusform>%n neu zugewiesen</numerusform>
            <numerusform>%n neu zugewiesen</numerusform>
        </translation>
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
    <message>
        <source>As %1, %2 may not %3; only marketing managers and admins may.</source>
        <translation>%2 ist als %1 nicht berechtigt, %3; das dürfen nur Marketingmanager und Administratoren.</translation>
    </message>
    <message>
        <source>change the scoring model</source>
        <translation>das Scoring-Modell zu ändern</translation>
    </message>
    <message>
        <source>import activities</source>
        <translation>Aktivitäten zu importieren</translation>
    </message>
    <message>
        <source>change the questionnaire or the qualification frameworks</source>
        <translation>den Fragebogen oder die Qualifizierungs-Frameworks zu ändern</translation>
    </message>
    <message>
        <source>Lead %1 belongs to %2, who is not in your team; only an administrator may reassign it.</source>
        <translation>Lead %1 ist %2 zugewiesen; diese Person gehört nicht zu Ihrem Team. Nur ein Administrator darf den Lead neu zuweisen.</translation>
    </message>
    <message>
        <source>%1 is not in your team; team leads reassign only within their team.</source>
        <translation>%1 gehört nicht zu Ihrem Team; eine Teamleitung weist nur innerhalb des eigenen Teams neu zu.</translation>
    </message>
    <message>
        <source>Lead %1 is not yours; you may only reassign your own leads. Ask your team lead.</source>
        <translation>Lead %1 ist Ihnen nicht zugewiesen; Sie dürfen nur Ihre eigenen Leads neu zuweisen. Wenden Sie sich an Ihre Teamleitung.</translation>
    </message>
    <message>
        <source>%1 is not in your team; you may hand a lead only to a colleague in your team.</source>
        <translation>%1 gehört nicht zu Ihrem Team; Sie dürfen einen Lead nur an Kollegen aus Ihrem Team übergeben.</translation>
    </message>
    <message>
        <source>As %1, %2 may not reassign leads; a team lead or an administrator does.</source>
        <translation>%2 ist als %1 nicht berechtigt, Leads neu zuzuweisen; das übernimmt die Teamleitung oder ein Administrator.</translation>
    </message>
    <message>
        <source>As %1, %2 may not change or run the lead routing; team leads and administrators do.</source>
        <translation>%2 ist als %1 nicht berechtigt, das Lead-Routing zu ändern oder auszuführen; das übernehmen Teamleitungen und Administratoren.</translation>
    </message>
    <message>
        <source>As %1, %2 may not manage users, teams or territories; administrators do.</source>
        <translation>%2 ist als %1 nicht berechtigt, Benutzer, Teams oder Gebiete zu verwalten; das übernehmen Administratoren.</translation>
    </message>
    <message>
        <source>%1 may not change the capacity or absence of %2; the team lead of their team or an administrator does.</source>
        <translation>%1 darf die Kapazität oder Abwesenheit von %2 nicht ändern; das übernimmt die Teamleitung des jeweiligen Teams oder ein Administrator.</translation>
    </message>
    <message>
        <source>Only an administrator may change the SLA policies and the business calendar.</source>
        <translation>Nur ein Administrator darf die SLA-Richtlinien und den Geschäftskalender ändern.</translation>
    </message>
    <message>
        <source>set MQL targets</source>
        <translation>MQL-Ziele festzulegen</translation>
    </message>
    <message>
        <source>As %1, %2 may not repair, back up or restore the database; administrators do.</source>
        <translation>Als %1 darf %2 die Datenbank nicht reparieren, sichern oder wiederherstellen; das tun Administratoren.</translation>
    </message>
    <message>
        <source>As %1, %2 may not change the call cadence; team leads and administrators do.</source>
        <translation>Als %1 darf %2 den Anrufrhythmus nicht ändern; das tun Teamleiter und Administratoren.</translation>
    </message>
    <message>
        <source>As %1, %2 may not change the home region of phone numbers; administrators do.</source>
        <translation>Als %1 darf %2 die Heimatregion der Telefonnummern nicht ändern; das tun Administratoren.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>&apos;%1&apos; is not a phone number (read with default region %2).</source>
        <translation>„%1“ ist keine Telefonnummer (gelesen mit Standardregion %2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid phone number (default region %2).</source>
        <translation>„%1“ ist keine gültige Telefonnummer (Standardregion %2).</translation>
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
    <name>PredictiveModel</name>
    <message>
        <source>is won</source>
        <translation>gewonnen wird</translation>
    </message>
    <message>
        <source>reaches SQL</source>
        <translation>SQL erreicht</translation>
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
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 (number)</source>
        <translation>%1 (Zahl)</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Aktivitäten: %1</translation>
    </message>
    <message>
        <source>must be &quot;sql&quot; or &quot;won&quot;</source>
        <translation>muss &quot;sql&quot; oder &quot;won&quot; sein</translation>
    </message>
    <message>
        <source>expected a list of names</source>
        <translation>erwartet eine Liste von Namen</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
</context>
<context>
    <name>PredictiveService</name>
    <message>
        <source>The training was cancelled: there is no model to save.</source>
        <translation>Das Training wurde abgebrochen: Es gibt kein Modell zum Speichern.</translation>
    </message>
    <message>
        <source>There is no learned score version %1.</source>
        <translation>Es gibt keine Version %1 des gelernten Scores.</translation>
    </message>
    <message>
        <source>No learned score is active: train one and save it first (score train --save).</source>
        <translation>Kein gelernter Score ist aktiv: Trainieren und speichern Sie zuerst einen (score train --save).</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>Es gibt keinen Lead %1.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Grundwert</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
</context>
<context>
    <name>PredictiveTrainer</name>
    <message>
        <source>The held-out share must be between 5 and 50 per cent, not %1.</source>
        <translation>Der zurückgehaltene Anteil muss zwischen 5 und 50 Prozent liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>Too few outcomes to learn from: %1 leads have an outcome, %2 of them positive (%3) and %4 negative. A learned score needs at least %5 leads with an outcome, %6 of them positive and %6 negative: %7 more leads with an outcome, %8 more positive and %9 more negative ones are needed.</source>
        <translation>Zu wenige Ergebnisse zum Lernen: %1 Leads haben ein Ergebnis, davon %2 positiv (%3) und %4 negativ. Ein gelernter Score braucht mindestens %5 Leads mit Ergebnis, davon %6 positive und %6 negative: Es fehlen noch %7 Leads mit Ergebnis, %8 positive und %9 negative.</translation>
    </message>
    <message>
        <source>Cannot train: %1</source>
        <translation>Training nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot train: the fit failed.</source>
        <translation>Training nicht möglich: Die Anpassung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
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
        <translation>Firma</translation>
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
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>1 — contact only</source>
        <translation>1 — nur Kontakt</translation>
    </message>
    <message>
        <source>2 — target person in a fitting company</source>
        <translation>2 — Zielperson in passendem Unternehmen</translation>
    </message>
    <message>
        <source>3 — need identified</source>
        <translation>3 — Bedarf erkannt</translation>
    </message>
    <message>
        <source>4 — requirements and buying process known</source>
        <translation>4 — Anforderungen und Kaufprozess bekannt</translation>
    </message>
    <message>
        <source>5 — budget, authority, need and timing qualified</source>
        <translation>5 — Budget, Entscheidungsbefugnis, Bedarf und Zeitrahmen qualifiziert</translation>
    </message>
    <message>
        <source>Promote to SQL and book the first sales appointment.</source>
        <translation>Zum SQL machen und den ersten Vertriebstermin vereinbaren.</translation>
    </message>
    <message>
        <source>Reach the contact and go through the questionnaire.</source>
        <translation>Den Kontakt erreichen und den Fragebogen durchgehen.</translation>
    </message>
    <message>
        <source>Call again to clarify: %1.</source>
        <translation>Erneut anrufen und klären: %1.</translation>
    </message>
    <message>
        <source>No need identified yet: reject back to marketing for nurturing.</source>
        <translation>Noch kein Bedarf erkannt: zur weiteren Betreuung (Nurturing) an Marketing zurückgeben.</translation>
    </message>
    <message>
        <source>Not our target group: disqualify the lead.</source>
        <translation>Nicht unsere Zielgruppe: Lead disqualifizieren.</translation>
    </message>
    <message>
        <source>%1 of %2 met (needs %3)</source>
        <translation>%1 von %2 erfüllt (benötigt %3)</translation>
    </message>
    <message>
        <source>%1: sales-ready</source>
        <translation>%1: vertriebsbereit</translation>
    </message>
    <message>
        <source>%1: not sales-ready, %2 must be met</source>
        <translation>%1: nicht vertriebsbereit, %2 muss erfüllt sein</translation>
    </message>
    <message>
        <source>%1: not sales-ready</source>
        <translation>%1: nicht vertriebsbereit</translation>
    </message>
    <message>
        <source>at least %1 of %2 met</source>
        <translation>mindestens %1 von %2 erfüllt</translation>
    </message>
    <message>
        <source>%1, including all of %2</source>
        <translation>%1, darunter in jedem Fall %2</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Yes / partly / no / unknown</source>
        <translation>Ja / teilweise / nein / unbekannt</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Already an SQL: book the first sales appointment.</source>
        <translation>Bereits ein SQL: vereinbaren Sie den ersten Vertriebstermin.</translation>
    </message>
    <message>
        <source>The lead is closed (%1): nothing to do unless it is reopened.</source>
        <translation>Der Lead ist abgeschlossen (%1): nichts zu tun, solange er nicht wieder geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>QualificationService</name>
    <message>
        <source>%1 is too long (%2 characters, at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen, höchstens %3).</translation>
    </message>
    <message>
        <source>The stored questionnaire (version %1) is invalid: %2</source>
        <translation>Der gespeicherte Fragebogen (Version %1) ist ungültig: %2</translation>
    </message>
    <message>
        <source>The stored framework templates (version %1) are invalid: %2</source>
        <translation>Die gespeicherten Framework-Vorlagen (Version %1) sind ungültig: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a criterion of any framework.</source>
        <translation>„%1“ ist in keinem Framework ein Kriterium.</translation>
    </message>
    <message>
        <source>The note on %1</source>
        <translation>Die Notiz zu %1</translation>
    </message>
    <message>
        <source>The budget must not be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code; use three letters such as EUR or CHF.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben wie EUR oder CHF.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an urgency (low, medium, high).</source>
        <translation>„%1“ ist keine Dringlichkeit (low, medium, high).</translation>
    </message>
    <message>
        <source>&apos;Call back&apos; needs a time in the future.</source>
        <translation>„Rückruf“ erfordert einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>The call notes</source>
        <translation>Die Gesprächsnotizen</translation>
    </message>
    <message>
        <source>Call %1 has already been logged.</source>
        <translation>Anruf %1 wurde bereits protokolliert.</translation>
    </message>
    <message>
        <source>%1, %2 min</source>
        <translation>%1, %2 Min.</translation>
    </message>
    <message>
        <source>call back %1</source>
        <translation>Rückruf am %1</translation>
    </message>
    <message>
        <source>Qualified by phone (%1): %2</source>
        <translation>Telefonisch qualifiziert (%1): %2</translation>
    </message>
    <message>
        <source>The %1 rule (%2) is not met — %3. Promoting to SQL anyway needs an override with a reason.</source>
        <translation>Die %1-Regel (%2) ist nicht erfüllt — %3. Um den Lead trotzdem zum SQL zu machen, ist eine begründete Ausnahme nötig.</translation>
    </message>
    <message>
        <source>Override of the %1 rule (%2): %3</source>
        <translation>Ausnahme von der %1-Regel (%2): %3</translation>
    </message>
    <message>
        <source>Call %1 is not yours.</source>
        <translation>Anruf %1 gehört nicht Ihnen.</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>&apos;%1&apos; is not a question of the questionnaire.</source>
        <translation>„%1“ ist keine Frage des Fragebogens.</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;%2&apos; is not a group (organisation, opportunity, stakeholder).</source>
        <translation>Frage „%1“: „%2“ ist keine Gruppe (organisation, opportunity, stakeholder).</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;%2&apos; is not an answer type (yes_partly_no_unknown, choice, number, date, text).</source>
        <translation>Frage „%1“: „%2“ ist kein Antworttyp (yes_partly_no_unknown, choice, number, date, text).</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer &apos;%2&apos;: &apos;%3&apos; is not a status (met, partly, not_met, unknown).</source>
        <translation>Frage „%1“, Antwort „%2“: „%3“ ist kein Status (met, partly, not_met, unknown).</translation>
    </message>
    <message>
        <source>The questionnaire has no questions.</source>
        <translation>Der Fragebogen enthält keine Fragen.</translation>
    </message>
    <message>
        <source>The questionnaire has %1 questions; at most 40 fit a call.</source>
        <translation>Der Fragebogen enthält %1 Fragen; in ein Gespräch passen höchstens 40.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid question key (lower-case letters, digits and &apos;_&apos;, starting with a letter).</source>
        <translation>„%1“ ist kein gültiger Frageschlüssel (Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>The question key &apos;%1&apos; is used twice.</source>
        <translation>Der Frageschlüssel „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos; needs its text in English and German.</source>
        <translation>Frage „%1“ benötigt ihren Text auf Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: points must be 0 to 100, and &apos;partly&apos; at most &apos;met&apos;.</source>
        <translation>Frage „%1“: Die Punkte müssen zwischen 0 und 100 liegen, und „teilweise“ darf höchstens so viele wie „erfüllt“ geben.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;%2&apos; is not a criterion (budget, authority, need, timing, or none).</source>
        <translation>Frage „%1“: „%2“ ist kein Kriterium (budget, authority, need, timing oder none).</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: the stage level must be 2 to 5, not %2.</source>
        <translation>Frage „%1“: Die Stufe muss zwischen 2 und 5 liegen, nicht %2.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos; needs 2 to 9 answers to choose from (number keys 1 to 9).</source>
        <translation>Frage „%1“ benötigt 2 bis 9 Antworten zur Auswahl (Zifferntasten 1 bis 9).</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: the answer key &apos;%2&apos; is empty, invalid or used twice.</source>
        <translation>Frage „%1“: Der Antwortschlüssel „%2“ ist leer, ungültig oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: answer &apos;%2&apos; needs its text in English and German.</source>
        <translation>Frage „%1“: Antwort „%2“ benötigt ihren Text auf Englisch und Deutsch.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: answer &apos;%2&apos; gives more points than the question&apos;s maximum.</source>
        <translation>Frage „%1“: Antwort „%2“ gibt mehr Punkte als das Maximum der Frage.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;partly from&apos; must be between 0 and &apos;met from&apos;.</source>
        <translation>Frage „%1“: „Teilweise ab“ muss zwischen 0 und „Erfüllt ab“ liegen.</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;: &apos;partly within days&apos; must be at least &apos;met within days&apos;.</source>
        <translation>Frage „%1“: „Teilweise innerhalb von Tagen“ muss mindestens „Erfüllt innerhalb von Tagen“ sein.</translation>
    </message>
    <message>
        <source>No question leads to qualification stage %1; every stage from 2 to 4 needs at least one.</source>
        <translation>Keine Frage führt zur Qualifizierungsstufe %1; jede Stufe von 2 bis 4 benötigt mindestens eine.</translation>
    </message>
    <message>
        <source>The questionnaire gives no points at all.</source>
        <translation>Der Fragebogen vergibt überhaupt keine Punkte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a number, e.g. %3.</source>
        <translation>Frage %1: „%2“ ist keine Zahl, z. B. %3.</translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a date, e.g. %3.</source>
        <translation>Frage %1: „%2“ ist kein Datum, z. B. %3.</translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not one of the answers %3.</source>
        <translation>Frage %1: „%2“ ist keine der Antworten %3.</translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a number.</source>
        <translation>Frage %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Question %1: the number must not be negative.</source>
        <translation>Frage %1: Die Zahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Question %1: &apos;%2&apos; is not a date.</source>
        <translation>Frage %1: „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Question %1 needs a text answer.</source>
        <translation>Frage %1 braucht eine Antwort als Text.</translation>
    </message>
    <message>
        <source>Question %1: the answer is too long (%2 characters, at most %3).</source>
        <translation>Frage %1: Die Antwort ist zu lang (%2 Zeichen, höchstens %3).</translation>
    </message>
    <message>
        <source>not a JSON object of answers keyed by question: %1</source>
        <translation>kein JSON-Objekt mit Antworten je Frage: %1</translation>
    </message>
    <message>
        <source>the answer to &apos;%1&apos; must be a text or a number</source>
        <translation>die Antwort auf &apos;%1&apos; muss ein Text oder eine Zahl sein</translation>
    </message>
</context>
<context>
    <name>Recontact</name>
    <message>
        <source>Back on its re-contact date %1.</source>
        <translation>Zurück zum Wiedervorlagedatum %1.</translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules because its owner is no longer active.</source>
        <translation>Zurück zum Wiedervorlagedatum %1; nach den Regeln zugewiesen, weil die zuständige Person nicht mehr aktiv ist.</translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules because its owner is absent.</source>
        <translation>Zurück zum Wiedervorlagedatum %1; nach den Regeln zugewiesen, weil die zuständige Person abwesend ist.</translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules because its owner is at capacity.</source>
        <translation>Zurück zum Wiedervorlagedatum %1; nach den Regeln zugewiesen, weil die zuständige Person voll ausgelastet ist.</translation>
    </message>
    <message>
        <source>Back on its re-contact date %1; routed by the rules (it had no owner).</source>
        <translation>Zurück zum Wiedervorlagedatum %1; nach den Regeln zugewiesen (niemand war zuständig).</translation>
    </message>
</context>
<context>
    <name>RecontactService</name>
    <message>
        <source>Back on its re-contact date</source>
        <translation>Zurück zum Wiedervorlagedatum</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
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
        <translation>Anteil der Leads</translation>
    </message>
    <message>
        <source>Hot at assignment</source>
        <translation>Bei Zuweisung heiß</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>Das Startdatum %1 liegt nach dem Enddatum %2.</translation>
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
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Average score at assignment</source>
        <translation>Ø Score bei Zuweisung</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Hot share</source>
        <translation>Anteil heiß</translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation>Offene Leads aktuell</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>SLA clocks now</source>
        <translation>SLA-Fristen aktuell</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Open clocks</source>
        <translation>Offene Fristen</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Rechtzeitig erfüllt</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Verspätet erfüllt</translation>
    </message>
    <message>
        <source>Breached, still open</source>
        <translation>Überschritten, noch offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>Time to first touch (business hours)</source>
        <translation>Zeit bis zum Erstkontakt (Geschäftsstunden)</translation>
    </message>
    <message>
        <source>First touches</source>
        <translation>Erstkontakte</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>Median (Stunden)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>90. Perzentil (Stunden)</translation>
    </message>
    <message>
        <source>SLA compliance by week</source>
        <translation>SLA-Einhaltung pro Woche</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>MQL target vs actual</source>
        <translation>MQL-Ziel und Ist</translation>
    </message>
    <message>
        <source>MQL target</source>
        <translation>MQL-Ziel</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Lead-ID</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Abschluss verloren</translation>
    </message>
    <message>
        <source>Missed callbacks</source>
        <translation>Verpasste Rückrufe</translation>
    </message>
    <message>
        <source>Learned score: predicted and actual per decile</source>
        <translation>Gelernter Score: vorhergesagt und tatsächlich je Dezil</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Dezil</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Learned score (version %1): predicted and actual per decile of its held-out leads</source>
        <translation>Gelernter Score (Version %1): vorhergesagt und tatsächlich je Dezil seiner zurückgehaltenen Leads</translation>
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
    <name>Routing</name>
    <message>
        <source>No routing rule matches the lead.</source>
        <translation>Keine Routing-Regel trifft auf den Lead zu.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; matches, but no rep can take the lead.</source>
        <translation>Die Regel „%1“ trifft zu, aber kein Vertriebsmitarbeiter kann den Lead übernehmen.</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <translation>%1 abwesend</translation>
    </message>
    <message>
        <source>%1 at open-lead capacity</source>
        <translation>%1 mit ausgeschöpfter Kapazität</translation>
    </message>
    <message>
        <source>%1 at the daily cap</source>
        <translation>%1 am Tageslimit</translation>
    </message>
    <message>
        <source>%1 other language or territory</source>
        <translation>%1 mit anderer Sprache oder anderem Gebiet</translation>
    </message>
    <message>
        <source>%1 not senior (hot lead)</source>
        <translation>%1 nicht Senior (heißer Lead)</translation>
    </message>
    <message>
        <source>%1 inactive</source>
        <translation>%1 inaktiv</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Round-Robin</translation>
    </message>
    <message>
        <source>Weighted round-robin</source>
        <translation>Gewichtetes Round-Robin</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>Geringste Auslastung</translation>
    </message>
    <message>
        <source>Reps passed over: %1.</source>
        <translation>Übergangene Vertriebsmitarbeiter: %1.</translation>
    </message>
    <message>
        <source>Not routed yet: Bantam stopped before it routed the lead (the next import or bantam-cli check --repair routes it).</source>
        <translation>Noch nicht verteilt: Bantam wurde beendet, bevor es den Lead verteilt hat (der nächste Import oder bantam-cli check --repair verteilt ihn).</translation>
    </message>
</context>
<context>
    <name>RoutingBands</name>
    <message>
        <source>Score bands are read from the rule score (the scoring model&apos;s warm and hot thresholds).</source>
        <translation>Die Score-Bänder ergeben sich aus dem Regel-Score (den Schwellen warm und heiß des Scoring-Modells).</translation>
    </message>
    <message>
        <source>Score bands are read from the learned chance (it drives handover and routing), on its 0-100 % scale: warm from %1 %, hot from %2 %; a lead without a chance is cold.</source>
        <translation>Die Score-Bänder ergeben sich aus der gelernten Chance (sie steuert Übergabe und Verteilung), auf ihrer Skala von 0–100 %: warm ab %1 %, heiß ab %2 %; ein Lead ohne Chance ist kalt.</translation>
    </message>
</context>
<context>
    <name>RoutingRules</name>
    <message>
        <source>A routing rule needs a name.</source>
        <translation>Eine Routing-Regel benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos; needs exactly one target: a rep or a team.</source>
        <translation>Die Regel „%1“ benötigt genau ein Ziel: einen Vertriebsmitarbeiter oder ein Team.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: %2 is not in sales and cannot take leads.</source>
        <translation>Regel „%1“: %2 gehört nicht zum Vertrieb und kann keine Leads übernehmen.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: there is no team %2.</source>
        <translation>Regel „%1“: Es gibt kein Team %2.</translation>
    </message>
    <message>
        <source>Rule &apos;%1&apos;: there is no territory %2.</source>
        <translation>Regel „%1“: Es gibt kein Gebiet %2.</translation>
    </message>
    <message>
        <source>There is no routing rule %1.</source>
        <translation>Es gibt keine Routing-Regel %1.</translation>
    </message>
    <message>
        <source>Cannot read users, teams or territories for the export.</source>
        <translation>Benutzer, Teams oder Gebiete können für den Export nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read teams or territories for the import.</source>
        <translation>Teams oder Gebiete können für den Import nicht gelesen werden.</translation>
    </message>
    <message>
        <source>rule %1 (&apos;%2&apos;)</source>
        <translation>Regel %1 („%2“)</translation>
    </message>
    <message>
        <source>%1: there is no team &apos;%2&apos;.</source>
        <translation>%1: Es gibt kein Team „%2“.</translation>
    </message>
    <message>
        <source>%1: there is no territory &apos;%2&apos;.</source>
        <translation>%1: Es gibt kein Gebiet „%2“.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>country codes</source>
        <translation>Ländercodes</translation>
    </message>
    <message>
        <source>language codes</source>
        <translation>Sprachcodes</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>company sizes</source>
        <translation>Unternehmensgrößen</translation>
    </message>
    <message>
        <source>industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>score bands (cold, warm, hot)</source>
        <translation>Score-Bereichen (cold, warm, hot)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score band (cold, warm, hot)</source>
        <translation>&apos;%1&apos; ist kein Score-Bereich (cold, warm, hot)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a routing method (round_robin, weighted_round_robin, least_loaded)</source>
        <translation>&apos;%1&apos; ist keine Routing-Methode (round_robin, weighted_round_robin, least_loaded)</translation>
    </message>
</context>
<context>
    <name>RoutingService</name>
    <message>
        <source>automatic routing, rule &apos;%1&apos;</source>
        <translation>automatisches Routing, Regel „%1“</translation>
    </message>
    <message>
        <source>routing, rule &apos;%1&apos;</source>
        <translation>Routing, Regel „%1“</translation>
    </message>
    <message>
        <source>Reassigning needs a reason.</source>
        <translation>Eine Neuzuweisung erfordert einen Grund.</translation>
    </message>
    <message>
        <source>Choose at least one lead to reassign.</source>
        <translation>Wählen Sie mindestens einen Lead zur Neuzuweisung aus.</translation>
    </message>
    <message>
        <source>%1 cannot take leads (only active reps, senior reps and team leads own leads).</source>
        <translation>%1 kann keine Leads übernehmen (nur aktive Vertriebsmitarbeiter, Senior-Vertriebsmitarbeiter und Teamleitungen sind für Leads zuständig).</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>No file name to export to.</source>
        <translation>Kein Dateiname für den Export.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder; name a file in it to export to.</source>
        <translation>&apos;%1&apos; ist ein Ordner; geben Sie für den Export eine Datei darin an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a regular file (a device, a pipe or a socket); export to a file instead.</source>
        <translation>&apos;%1&apos; ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); exportieren Sie stattdessen in eine Datei.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: Der Ordner &apos;%2&apos; existiert nicht.</translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>The saved mapping &apos;%1&apos; is damaged: %2</source>
        <translation>Die gespeicherte Zuordnung „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Eine gespeicherte Zuordnung benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The mapping name is %1 characters long; at most 100 are allowed.</source>
        <translation>Der Name der Zuordnung ist %1 Zeichen lang; erlaubt sind höchstens 100.</translation>
    </message>
</context>
<context>
    <name>ScoreDriver</name>
    <message>
        <source>the learned chance</source>
        <translation>die gelernte Chance</translation>
    </message>
    <message>
        <source>the rule score</source>
        <translation>der Regel-Score</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>C-level</source>
        <translation>C-Level</translation>
    </message>
    <message>
        <source>VP</source>
        <translation>VP</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direktor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Individual contributor</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <source>Student / other</source>
        <translation>Student / Sonstige</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>heiß</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted value</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Job title %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>Industry %1</source>
        <translation>Branche %1</translation>
    </message>
    <message>
        <source>Company size %1</source>
        <translation>Unternehmensgröße %1</translation>
    </message>
    <message>
        <source>Country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>%1 on %2, %3 days ago: %4 × %5 (decay)</source>
        <translation>%1 am %2, vor %3 Tagen: %4 × %5 (Abklingfaktor)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>no job title</source>
        <translation>keine Position</translation>
    </message>
    <message>
        <source>not in the taxonomy</source>
        <translation>nicht in der Taxonomie</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not in the model</source>
        <translation>nicht im Modell</translation>
    </message>
    <message>
        <source>not counted: at most %1 per %2 days</source>
        <translation>nicht gezählt: höchstens %1 pro %2 Tage</translation>
    </message>
    <message>
        <source>%1 = %2 (from %3 to below %4)</source>
        <translation>%1 = %2 (ab %3 bis unter %4)</translation>
    </message>
    <message>
        <source>%1 = %2 (at least %3)</source>
        <translation>%1 = %2 (mindestens %3)</translation>
    </message>
    <message>
        <source>%1 = %2 (below %3)</source>
        <translation>%1 = %2 (unter %3)</translation>
    </message>
    <message>
        <source>%1 = %2 (any value)</source>
        <translation>%1 = %2 (beliebiger Wert)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>band %1</source>
        <translation>Größenklasse %1</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Zusatzfeld</translation>
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
        <source>Attribute %1</source>
        <translation>Attribut %1</translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation>der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1</source>
        <translation>muss eine ganze Zahl ≥ 1 sein</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 1 und 3650 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation>muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level (c_level, vp, director, manager, individual, student_other)</source>
        <translation>„%1“ ist keine Ebene (c_level, vp, director, manager, individual, student_other)</translation>
    </message>
    <message>
        <source>must be ≥ thresholds.warm (%1)</source>
        <translation>muss ≥ thresholds.warm (%1) sein</translation>
    </message>
    <message>
        <source>give one of name, attribute (a custom attribute) or field (a profile field), not several</source>
        <translation>nur eines von name, attribute (ein Zusatzfeld) oder field (ein Profilfeld) angeben, nicht mehrere</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a profile field (%2)</source>
        <translation>„%1“ ist kein Profilfeld (%2)</translation>
    </message>
    <message>
        <source>a rule has either a value or min/max, not both</source>
        <translation>eine Regel hat entweder einen Wert oder min/max, nicht beides</translation>
    </message>
    <message>
        <source>must be greater than min (%1)</source>
        <translation>muss größer als min (%1) sein</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;</source>
        <translation>Attribut „%1“</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>%1 with this range is listed twice</source>
        <translation>%1 mit diesem Bereich ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 (any value) is listed twice</source>
        <translation>%1 (beliebiger Wert) ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1 = &apos;%2&apos; is listed twice</source>
        <translation>%1 = „%2“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring model version %1 in the database is damaged: %2</source>
        <translation>Version %1 des Scoring-Modells in der Datenbank ist beschädigt: %2</translation>
    </message>
    <message>
        <source>There is no scoring model version %1.</source>
        <translation>Es gibt keine Version %1 des Scoring-Modells.</translation>
    </message>
    <message>
        <source>Default model shipped with Bantam</source>
        <translation>Mit Bantam ausgeliefertes Standardmodell</translation>
    </message>
    <message>
        <source>Model versions start at 1.</source>
        <translation>Modellversionen beginnen bei 1.</translation>
    </message>
    <message>
        <source>Score %1 reached the MQL threshold %2 (scoring model version %3)</source>
        <translation>Score %1 hat die MQL-Schwelle %2 erreicht (Scoring-Modell Version %3)</translation>
    </message>
    <message>
        <source>There is no lead with the id %1.</source>
        <translation>Es gibt keinen Lead mit der ID %1.</translation>
    </message>
    <message>
        <source>Learned chance %1 % reached the MQL threshold %2 % (learned score version %3; the learned chance drives handover)</source>
        <translation>Gelernte Chance %1 % hat die MQL-Schwelle %2 % erreicht (gelernter Score Version %3; die gelernte Chance steuert die Übergabe)</translation>
    </message>
    <message>
        <source>The learned MQL threshold is a chance between 0.05 and 0.95 (not %1).</source>
        <translation>Die gelernte MQL-Schwelle ist eine Chance zwischen 0,05 und 0,95 (nicht %1).</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL address: %2
Example: postgresql://user@db.example:5432/bantam</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse: %2
Beispiel: postgresql://benutzer@db.example:5432/bantam</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (in &apos;%2&apos;).</source>
        <translation>„%1“ ist keine Portnummer (in „%2“).</translation>
    </message>
    <message>
        <source>The server of %1 is starting up or shutting down.</source>
        <translation>Der Server von %1 fährt gerade hoch oder herunter.</translation>
    </message>
    <message>
        <source>The address of %1 is not usable.</source>
        <translation>Die Adresse von %1 ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>The server of %1 does not answer.</source>
        <translation>Der Server von %1 antwortet nicht.</translation>
    </message>
    <message>
        <source>The server did not accept that password for %1.</source>
        <translation>Der Server hat dieses Passwort für %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>Signing in to %1 as %2 failed: %3</source>
        <translation>Die Anmeldung bei %1 als %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The server login %1 is not a Bantam user of %2; ask an administrator to add it.</source>
        <translation>Die Server-Anmeldung %1 ist kein Bantam-Benutzer von %2; bitten Sie einen Administrator, sie anzulegen.</translation>
    </message>
    <message>
        <source>The Bantam user %1 is deactivated and may no longer sign in; ask an administrator.</source>
        <translation>Der Bantam-Benutzer %1 ist deaktiviert und kann sich nicht mehr anmelden; wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>You are connected to the team database as %1 and act as %1 only; to act as %2, connect as %2.</source>
        <translation>Sie sind mit der Team-Datenbank als %1 verbunden und handeln nur als %1; um als %2 zu handeln, verbinden Sie sich als %2.</translation>
    </message>
</context>
<context>
    <name>Sla</name>
    <message>
        <source>First touch after handover</source>
        <translation>Erstkontakt nach Übergabe</translation>
    </message>
    <message>
        <source>Next step after SQL</source>
        <translation>Nächster Schritt nach SQL</translation>
    </message>
    <message>
        <source>Open lead untouched</source>
        <translation>Offener Lead ohne Kontakt</translation>
    </message>
    <message>
        <source>1 business hour</source>
        <translation>1 Geschäftsstunde</translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation>%1 Geschäftsstunden</translation>
    </message>
    <message>
        <source>%1 business minutes</source>
        <translation>%1 Geschäftsminuten</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 Arbeitstag</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 Arbeitstage</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Kalendertag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Kalendertage</translation>
    </message>
    <message>
        <source>A policy needs a code.</source>
        <translation>Eine Richtlinie benötigt einen Code.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; needs a name.</source>
        <translation>Die Richtlinie „%1“ benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: &apos;%2&apos; is not a kind of clock (%3).</source>
        <translation>Richtlinie „%1“: „%2“ ist keine Fristart (%3).</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos; applies to no stage.</source>
        <translation>Die Richtlinie „%1“ gilt für keine Phase.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: %2 is a closed stage; clocks run in open stages only.</source>
        <translation>Richtlinie „%1“: %2 ist eine abgeschlossene Phase; Fristen laufen nur in offenen Phasen.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: the allowed time must be more than 0.</source>
        <translation>Richtlinie „%1“: Die zulässige Dauer muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: the due-soon share must be from 0 to 100 percent.</source>
        <translation>Richtlinie „%1“: Der Anteil für „bald fällig“ muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <source>Policy &apos;%1&apos;: the minimum score must be from 0 to 100.</source>
        <translation>Richtlinie „%1“: Der Mindest-Score muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Rechtzeitig erfüllt</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Verspätet erfüllt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
</context>
<context>
    <name>SlaCharts</name>
    <message>
        <source>Open SLA clocks now, per rep</source>
        <translation>Offene SLA-Fristen aktuell, pro Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Compliance per rep and team in the period</source>
        <translation>Einhaltung pro Vertriebsmitarbeiter und Team im Zeitraum</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>Weekly compliance trend</source>
        <translation>Einhaltung im Wochenverlauf</translation>
    </message>
    <message>
        <source>Week the clocks started</source>
        <translation>Startwoche der Fristen</translation>
    </message>
    <message>
        <source>MQLs: marketing&apos;s target vs actual</source>
        <translation>MQLs: Ziel des Marketings und Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQLs</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>MQL first touch (fast-track)</source>
        <translation>MQL-Erstkontakt (Fast-Track)</translation>
    </message>
    <message>
        <source>MQL first touch</source>
        <translation>MQL-Erstkontakt</translation>
    </message>
    <message>
        <source>SQL next step</source>
        <translation>SQL: nächster Schritt</translation>
    </message>
    <message>
        <source>Open lead untouched</source>
        <translation>Offener Lead ohne Kontakt</translation>
    </message>
</context>
<context>
    <name>SlaReports</name>
    <message>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The SLA report needs a start date on or before its end date.</source>
        <translation>Das Startdatum des SLA-Berichts darf nicht nach dem Enddatum liegen.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Call cadence</source>
        <translation>Anrufrhythmus</translation>
    </message>
</context>
<context>
    <name>SlaService</name>
    <message>
        <source>The business calendar has no working hours on any day.</source>
        <translation>Der Geschäftskalender enthält an keinem Tag Geschäftszeiten.</translation>
    </message>
    <message>
        <source>Service level breached</source>
        <translation>Service-Level überschritten</translation>
    </message>
    <message>
        <source>There is already a policy with the code &apos;%1&apos;.</source>
        <translation>Es gibt bereits eine Richtlinie mit dem Code „%1“.</translation>
    </message>
    <message>
        <source>The weekday must be from 1 (Monday) to 7 (Sunday), not %1.</source>
        <translation>Der Wochentag muss zwischen 1 (Montag) und 7 (Sonntag) liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The working hours must start before they end, within the day.</source>
        <translation>Die Geschäftszeiten müssen innerhalb des Tages liegen und vor ihrem Ende beginnen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone known on this computer (e.g. Europe/Berlin).</source>
        <translation>„%1“ ist keine auf diesem Computer bekannte Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>A holiday needs a valid date.</source>
        <translation>Ein Feiertag benötigt ein gültiges Datum.</translation>
    </message>
    <message>
        <source>The holiday on %1 needs a name.</source>
        <translation>Der Feiertag am %1 benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is no holiday on %1.</source>
        <translation>Am %1 gibt es keinen Feiertag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month; write it as YYYY-MM, e.g. 2026-03.</source>
        <translation>„%1“ ist kein Monat; schreiben Sie ihn als JJJJ-MM, z. B. 2026-03.</translation>
    </message>
    <message>
        <source>The MQL target cannot be negative.</source>
        <translation>Das MQL-Ziel kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Another Bantam client on this database escalates the service levels (one does it for the whole team); nothing was done here.</source>
        <translation>Ein anderer Bantam-Client an dieser Datenbank eskaliert die Service-Levels (einer erledigt das für das ganze Team); hier wurde nichts getan.</translation>
    </message>
    <message>
        <source>The rebuild of the SLA clocks was cancelled after %1 of %2 leads: those have their new clocks, the others keep their old ones. Rebuild again to finish.</source>
        <translation>Die Neuberechnung der SLA-Fristen wurde nach %1 von %2 Leads abgebrochen: Diese haben ihre neuen Fristen, die übrigen behalten ihre alten. Starten Sie die Neuberechnung erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The rebuild of the SLA clocks was cancelled; the clocks are as they were.</source>
        <translation>Die Neuberechnung der SLA-Fristen wurde abgebrochen; die Fristen sind unverändert.</translation>
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
    <name>bantam::ActivityImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import activities</source>
        <translation>Aktivitäten importieren</translation>
    </message>
    <message>
        <source>A CSV export of your marketing-automation tool with the columns lead e-mail, activity type, timestamp and (optional) detail — German or English headers, any common delimiter and encoding. Lines that cannot be used are listed; the rest is imported and the leads are rescored at once.</source>
        <translation>Ein CSV-Export Ihres Marketing-Automation-Tools mit den Spalten E-Mail-Adresse des Leads, Aktivitätstyp, Zeitpunkt und (optional) Detail — deutsche oder englische Spaltenüberschriften, jedes übliche Trennzeichen und jede übliche Kodierung. Nicht verwendbare Zeilen werden aufgelistet; der Rest wird importiert, und die Leads werden sofort neu bewertet.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Activities to import</source>
        <translation>Zu importierende Aktivitäten</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing activities…</source>
        <translation>Aktivitäten werden importiert…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Imported %1 of %2 activities; %3 lines rejected. %4 leads rescored, %5 promoted to MQL.</source>
        <translation>%1 von %2 Aktivitäten importiert; %3 Zeilen abgelehnt. %4 Leads neu bewertet, %5 zum MQL hochgestuft.</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>bantam::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Changed by:</source>
        <translation>Geändert von:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>Entries %1–%2 of %3</source>
        <translation>Einträge %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>bantam::CallModeWidget</name>
    <message>
        <source>Call — %1</source>
        <translation>Anruf — %1</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>Dial with your phone software (F5)</source>
        <translation>Mit Ihrer Telefonsoftware wählen (F5)</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Gesprächsdauer</translation>
    </message>
    <message>
        <source>Call &amp;notes (Ctrl+N; Esc returns to the question)</source>
        <translation>Gesprächs&amp;notizen (Strg+N; Esc kehrt zur Frage zurück)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>from the answers</source>
        <translation>aus den Antworten</translation>
    </message>
    <message>
        <source>Set the status yourself, or let the questionnaire&apos;s answers decide.</source>
        <translation>Legen Sie den Status selbst fest oder lassen Sie die Antworten im Fragebogen entscheiden.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation>Entscheider:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Is it this contact?</source>
        <translation>Ist es dieser Kontakt?</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Use case:</source>
        <translation>Anwendungsfall:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Zieldatum:</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringlichkeit:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>End of call — how did it go?</source>
        <translation>Gesprächsende — wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Esc  Close</source>
        <translation>Esc  Schließen</translation>
    </message>
    <message>
        <source>Score %1/100 · Stage %2</source>
        <translation>Score %1/100 · Stufe %2</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · Frage %2 von %3</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>Antwort eingeben</translation>
    </message>
    <message>
        <source>Type the answer · Enter saves and goes on · Backspace in an empty field goes back · Ctrl+N notes · Ctrl+E end the call</source>
        <translation>Antwort eingeben · Eingabe speichert und geht weiter · Rücktaste im leeren Feld geht zurück · Strg+N Notizen · Strg+E Gespräch beenden</translation>
    </message>
    <message>
        <source>1–%1 answer · Enter next question · Backspace previous question · Ctrl+N notes · Ctrl+E end the call</source>
        <translation>1–%1 Antwort · Eingabe nächste Frage · Rücktaste vorherige Frage · Strg+N Notizen · Strg+E Gespräch beenden</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>That was the last question. Ctrl+E ends the call.</source>
        <translation>Das war die letzte Frage. Strg+E beendet das Gespräch.</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Choose the outcome first (1–5).</source>
        <translation>Wählen Sie zuerst das Ergebnis (1–5).</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Score %1/100</translation>
    </message>
    <message>
        <source>Qualification stage %1</source>
        <translation>Qualifizierungsstufe %1</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>Promote to SQL although the rule is not met</source>
        <translation>Zum SQL machen, obwohl die Regel nicht erfüllt ist</translation>
    </message>
    <message>
        <source>Done: %1 is now %2.</source>
        <translation>Erledigt: %1 ist jetzt in der Phase „%2“.</translation>
    </message>
    <message>
        <source>The rule is not met: promoting needs an override with a reason.</source>
        <translation>Die Regel ist nicht erfüllt: Zum Hochstufen ist eine begründete Ausnahme nötig.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Not possible for a lead in %1, or not for your role.</source>
        <translation>Für einen Lead in %1 nicht möglich, oder nicht für Ihre Rolle.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>End the call and log its outcome (Ctrl+E)</source>
        <translation>Das Gespräch beenden und sein Ergebnis erfassen (Strg+E)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Notes for the timeline (Tab; Ctrl+Enter logs the call and calls the next lead):</source>
        <translation>Notizen für die Zeitleiste (Tab; Strg+Eingabe erfasst den Anruf und ruft den nächsten Lead an):</translation>
    </message>
    <message>
        <source>1–5 outcome · Enter logs the call to the timeline · Ctrl+Enter logs it and opens the next lead of My queue</source>
        <translation>1–5 Ergebnis · Eingabe erfasst den Anruf in der Zeitleiste · Strg+Eingabe erfasst ihn und öffnet den nächsten Lead aus Meine Warteschlange</translation>
    </message>
    <message>
        <source>A number, e.g. %1</source>
        <translation>Eine Zahl, z. B. %1</translation>
    </message>
    <message>
        <source>A number in %1, e.g. %2</source>
        <translation>Eine Zahl in %1, z. B. %2</translation>
    </message>
    <message>
        <source>A date, e.g. %1</source>
        <translation>Ein Datum, z. B. %1</translation>
    </message>
    <message>
        <source>Budget amount: &apos;%1&apos; is not an amount, e.g. %2.</source>
        <translation>Budgetbetrag: „%1“ ist kein Betrag, z. B. %2.</translation>
    </message>
    <message>
        <source>Target date: &apos;%1&apos; is not a date, e.g. %2.</source>
        <translation>Zieldatum: „%1“ ist kein Datum, z. B. %2.</translation>
    </message>
    <message>
        <source>The notes of your unfinished call of %1 are back in the notes below.</source>
        <translation>Die Notizen Ihres nicht abgeschlossenen Gesprächs vom %1 stehen wieder unten in den Notizen.</translation>
    </message>
    <message>
        <source>Today: %1, %2</source>
        <translation>Heute: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reached</source>
        <translation>
            <numerusform>%n erreicht</numerusform>
            <numerusform>%n erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the outcome first (1–5), then Ctrl+Enter.</source>
        <translation>Wählen Sie zuerst das Ergebnis (1–5), dann Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Your queue is empty — no next lead to call.</source>
        <translation>Ihre Warteschlange ist leer – kein nächster Lead zum Anrufen.</translation>
    </message>
    <message>
        <source>%1 local time — outside the calling window</source>
        <translation>%1 Ortszeit — außerhalb des Anrufzeitfensters</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation>%1 Ortszeit</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 without reaching %3; the next from %4.</source>
        <translation>Versuch %1 von %2, ohne %3 zu erreichen; der nächste ab %4.</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 without reaching %3 — that was the last. D Disqualify — unreachable, or C Recycle to call again later.</source>
        <translation>Versuch %1 von %2, ohne %3 zu erreichen — das war der letzte. D Disqualifizieren — nicht erreichbar, oder C Zurückstellen, um später wieder anzurufen.</translation>
    </message>
    <message>
        <source>Recommended: Disqualify — unreachable</source>
        <translation>Empfohlen: Disqualifizieren — nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Not reached in %n attempt(s).</source>
        <translation>
            <numerusform>In %n Versuch nicht erreicht.</numerusform>
            <numerusform>In %n Versuchen nicht erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call mode</source>
        <translation>Anrufmodus</translation>
    </message>
    <message>
        <source>Call mode, after the call</source>
        <translation>Anrufmodus, nach dem Anruf</translation>
    </message>
    <message>
        <source>Go to the notes</source>
        <translation>Zu den Notizen</translation>
    </message>
    <message>
        <source>End the call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <source>Log the call and call the next lead</source>
        <translation>Anruf protokollieren und den nächsten Lead anrufen</translation>
    </message>
    <message>
        <source>Schedule a callback</source>
        <translation>Rückruf planen</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
</context>
<context>
    <name>bantam::CallSettingsDialog</name>
    <message>
        <source>Call settings</source>
        <translation>Anrufeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Cadence</source>
        <translation>Anruf&amp;rhythmus</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>Anruf&amp;zeitfenster</translation>
    </message>
    <message>
        <source>&amp;Telephony</source>
        <translation>&amp;Telefonie</translation>
    </message>
    <message>
        <source>How often a lead nobody reached is called before it is offered for disqualification as unreachable, and how far apart. My queue puts a lead whose next attempt is not due yet at the end.</source>
        <translation>Wie oft ein Lead, den niemand erreicht hat, angerufen wird, bevor er zur Disqualifizierung als nicht erreichbar vorgeschlagen wird, und in welchem Abstand. Meine Warteschlange stellt einen Lead, dessen nächster Versuch noch nicht fällig ist, ans Ende.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>&amp;Versuche:</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <source> business hours</source>
        <translation> Arbeitsstunden</translation>
    </message>
    <message>
        <source>At least &amp;apart:</source>
        <translation>&amp;Mindestabstand:</translation>
    </message>
    <message>
        <source>At &amp;different times of day (morning, afternoon)</source>
        <translation>Zu verschiedenen &amp;Tageszeiten (vormittags, nachmittags)</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>A&amp;ktiv</translation>
    </message>
    <message>
        <source>&amp;Save cadence</source>
        <translation>Anrufrhythmus &amp;speichern</translation>
    </message>
    <message>
        <source>Leads are called between these times in their own local time (from the phone number&apos;s country, or the lead&apos;s country). My queue puts a lead outside the window behind the ones that can be called now; call mode shows the lead&apos;s local time.</source>
        <translation>Leads werden zwischen diesen Uhrzeiten in ihrer eigenen Ortszeit angerufen (nach dem Land der Telefonnummer oder dem Land des Leads). Meine Warteschlange stellt einen Lead außerhalb des Zeitfensters hinter die, die jetzt angerufen werden können; der Anrufmodus zeigt die Ortszeit des Leads.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Save calling window</source>
        <translation>Anrufzeitfenster &amp;speichern</translation>
    </message>
    <message>
        <source>Saved: leads are called from %1 to %2 in their local time.</source>
        <translation>Gespeichert: Leads werden von %1 bis %2 in ihrer Ortszeit angerufen.</translation>
    </message>
    <message>
        <source>How F5 (in the lead list, the lead, My queue and call mode) hands a number to your phone system: as a link your softphone opens, or through your phone system&apos;s click-to-call page.</source>
        <translation>Wie F5 (in der Lead-Liste, im Lead, in Meiner Warteschlange und im Anrufmodus) eine Nummer an Ihre Telefonanlage übergibt: als Link, den Ihr Softphone öffnet, oder über die Click-to-Call-Seite Ihrer Telefonanlage.</translation>
    </message>
    <message>
        <source>tel: link (softphone, mobile phone)</source>
        <translation>tel:-Link (Softphone, Mobiltelefon)</translation>
    </message>
    <message>
        <source>sip: link (SIP phone)</source>
        <translation>sip:-Link (SIP-Telefon)</translation>
    </message>
    <message>
        <source>callto: link (Skype and others)</source>
        <translation>callto:-Link (Skype und andere)</translation>
    </message>
    <message>
        <source>Click-to-call page (URL template)</source>
        <translation>Click-to-Call-Seite (URL-Vorlage)</translation>
    </message>
    <message>
        <source>&amp;Dial with:</source>
        <translation>&amp;Wählen über:</translation>
    </message>
    <message>
        <source>URL &amp;template:</source>
        <translation>URL-&amp;Vorlage:</translation>
    </message>
    <message>
        <source>{e164} +49301234567 · {digits} 49301234567 · {national} 030 1234567</source>
        <translation>{e164} +49301234567 · {digits} 49301234567 · {national} 030 1234567</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>&amp;Save telephony</source>
        <translation>Telefonie &amp;speichern</translation>
    </message>
    <message>
        <source>Saved: F5 hands numbers over as %1.</source>
        <translation>Gespeichert: F5 übergibt Nummern als %1.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Saved: %1 — %2.</source>
        <translation>Gespeichert: %1 — %2.</translation>
    </message>
    <message>
        <source>Save &amp;home region</source>
        <translation>Heimat&amp;region speichern</translation>
    </message>
    <message>
        <source>&amp;Numbers without a country code are from:</source>
        <translation>Nummern &amp;ohne Landesvorwahl stammen aus:</translation>
    </message>
    <message>
        <source>Saved: numbers without a country code are read as numbers in %1 (+%2).</source>
        <translation>Gespeichert: Heimatregion %1 (+%2) — Nummern ohne Landesvorwahl werden als Nummern dieses Landes gelesen.</translation>
    </message>
</context>
<context>
    <name>bantam::CallbackDialog</name>
    <message>
        <source>Callback — %1</source>
        <translation>Rückruf – %1</translation>
    </message>
    <message>
        <source>Call &amp;back at:</source>
        <translation>&amp;Rückruf um:</translation>
    </message>
    <message>
        <source>What you promised, e.g. send the offer first</source>
        <translation>Was Sie zugesagt haben, z. B. erst das Angebot schicken</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Open or choose a lead first, then press Ctrl+K.</source>
        <translation>Öffnen oder wählen Sie zuerst einen Lead, dann Strg+K.</translation>
    </message>
</context>
<context>
    <name>bantam::CheckListButton</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>bantam::ColumnChooser</name>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>Rechtsklick, um die Spalten zu wählen.</translation>
    </message>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten zeigen</translation>
    </message>
</context>
<context>
    <name>bantam::HistoryImportDialog</name>
    <message>
        <source>disqualification</source>
        <translation>Disqualifizierung</translation>
    </message>
    <message>
        <source>lost deal</source>
        <translation>verlorener Abschluss</translation>
    </message>
    <message>
        <source>MQL rejected by sales</source>
        <translation>Vom Vertrieb abgelehntes MQL</translation>
    </message>
    <message>
        <source>recycling</source>
        <translation>Zurückstellung</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import stage history</source>
        <translation>Phasenverlauf importieren</translation>
    </message>
    <message>
        <source>A CSV of stage changes from your previous system, one row per change: the lead (External ID or E-Mail, as imported), the new stage or status, when, and optionally the reason and who made the change. Each lead moves through the pipeline on the file&apos;s dates; reasons the lists lack are added under their own text. Check shows what would happen without writing anything; importing the same file again changes nothing.</source>
        <translation>Eine CSV-Datei mit den Phasenwechseln aus Ihrem bisherigen System, eine Zeile je Wechsel: der Lead (External ID oder E-Mail, wie importiert), die neue Phase oder der neue Status, wann, und wahlweise der Grund und wer gewechselt hat. Jeder Lead durchläuft die Pipeline zu den Daten der Datei; Gründe, die in den Listen fehlen, werden unter ihrem eigenen Text angelegt. „Prüfen“ zeigt, was geschähe, ohne etwas zu schreiben; dieselbe Datei ein zweites Mal zu importieren ändert nichts.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Stage history to import</source>
        <translation>Zu importierender Phasenverlauf</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking the stage history…</source>
        <translation>Phasenverlauf wird geprüft…</translation>
    </message>
    <message>
        <source>Importing the stage history…</source>
        <translation>Phasenverlauf wird importiert…</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>Der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check only, nothing written: %1 rows; %2 leads would move (%3 stage changes).</source>
        <translation>Nur geprüft, nichts geschrieben: %1 Zeilen; %2 Leads würden wechseln (%3 Phasenwechsel).</translation>
    </message>
    <message>
        <source>Imported: %1 rows; %2 leads moved (%3 stage changes).</source>
        <translation>Importiert: %1 Zeilen; %2 Leads gewechselt (%3 Phasenwechsel).</translation>
    </message>
    <message>
        <source>%1 changes were already recorded, %2 refused by the pipeline, %3 rows rejected.</source>
        <translation>%1 Wechsel waren schon erfasst, %2 von der Pipeline abgelehnt, %3 Zeilen zurückgewiesen.</translation>
    </message>
    <message>
        <source>New %1 reason &quot;%2&quot; (%3 rows) would be added.</source>
        <translation>Neuer Grund für %1 „%2“ (%3 Zeilen) würde angelegt.</translation>
    </message>
    <message>
        <source>New %1 reason &quot;%2&quot; (%3 rows) added.</source>
        <translation>Neuer Grund für %1 „%2“ (%3 Zeilen) angelegt.</translation>
    </message>
    <message>
        <source>Rejected rows with the reason: %1</source>
        <translation>Zurückgewiesene Zeilen mit Grund: %1</translation>
    </message>
    <message>
        <source>Refused changes with the reason: %1</source>
        <translation>Abgelehnte Wechsel mit Grund: %1</translation>
    </message>
</context>
<context>
    <name>bantam::ImportWizard</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header row but no leads.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Leads.</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV file from a trade fair, a web form, a purchased list or another tool. Encoding and delimiter are detected.</source>
        <translation>Eine CSV-Datei von einer Messe, aus einem Webformular, einer gekauften Liste oder einem anderen Tool. Kodierung und Trennzeichen werden erkannt.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Pfad einer .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Stopped imports that can be resumed:</source>
        <translation>Angehaltene Importe, die fortgesetzt werden können:</translation>
    </message>
    <message>
        <source>&amp;Resume the selected import</source>
        <translation>Ausgewählten Import &amp;fortsetzen</translation>
    </message>
    <message>
        <source>%1 — started %2, stopped before line %3, %4 new leads so far</source>
        <translation>%1 — gestartet %2, angehalten vor Zeile %3, bisher %4 neue Leads</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Suggested from the column titles. Columns without a field are kept as custom attributes of the lead.</source>
        <translation>Vorschlag anhand der Spaltenüberschriften. Spalten ohne Feld werden als Zusatzfelder des Leads übernommen.</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <source>&amp;Save mapping as…</source>
        <translation>Zuordnung &amp;speichern unter…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved &amp;mappings:</source>
        <translation>Gespeicherte Zu&amp;ordnungen:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Map at least one column to e-mail, phone, a name, company or external ID: a lead needs a value that identifies it.</source>
        <translation>Ordnen Sie mindestens eine Spalte E-Mail, Telefon, einem Namen, Unternehmen oder Externe ID zu: Ein Lead benötigt einen Wert, der ihn identifiziert.</translation>
    </message>
    <message>
        <source>Dates: detected per value</source>
        <translation>Datum: je Wert erkannt</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in the first rows are not dates.</source>
        <translation>
            <numerusform>%n Wert in den ersten Zeilen ist kein Datum.</numerusform>
            <numerusform>%n Werte in den ersten Zeilen sind keine Datumsangaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) mapped…</source>
        <translation>
            <numerusform>%n Wert zugeordnet…</numerusform>
            <numerusform>%n Werte zugeordnet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) without a stage…</source>
        <translation>
            <numerusform>%n Wert ohne Phase…</numerusform>
            <numerusform>%n Werte ohne Phase…</numerusform>
        </translation>
    </message>
    <message>
        <source>kept as &quot;%1&quot;</source>
        <translation>übernommen als „%1“</translation>
    </message>
    <message>
        <source>Values of &quot;%1&quot;</source>
        <translation>Werte von „%1“</translation>
    </message>
    <message>
        <source>Which stage does each value mean? Imported leads keep this stage in their history.</source>
        <translation>Welche Phase bedeutet jeder Wert? Importierte Leads behalten diese Phase in ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Gespeicherte Zuordnung</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name of the mapping (for example &quot;Trade fair Hannover&quot;):</source>
        <translation>Name der Zuordnung (zum Beispiel „Messe Hannover“):</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Zuordnung löschen</translation>
    </message>
    <message>
        <source>Delete the saved mapping &quot;%1&quot; for everybody?</source>
        <translation>Die gespeicherte Zuordnung „%1“ für alle Benutzer löschen?</translation>
    </message>
    <message>
        <source>Duplicates and phone numbers</source>
        <translation>Duplikate und Telefonnummern</translation>
    </message>
    <message>
        <source>A row is a duplicate when a lead in Bantam or an earlier row has the same external ID, e-mail, phone number, or name and company.</source>
        <translation>Eine Zeile ist ein Duplikat, wenn ein Lead in Bantam oder eine frühere Zeile dieselbe externe ID, E-Mail-Adresse, Telefonnummer oder denselben Namen und dasselbe Unternehmen hat.</translation>
    </message>
    <message>
        <source>&amp;Skip duplicates — the lead in Bantam stays as it is</source>
        <translation>Duplikate &amp;überspringen — der Lead in Bantam bleibt unverändert</translation>
    </message>
    <message>
        <source>&amp;Update duplicates — the file&apos;s values replace Bantam&apos;s</source>
        <translation>Duplikate a&amp;ktualisieren — die Werte der Datei ersetzen die in Bantam</translation>
    </message>
    <message>
        <source>&amp;Merge duplicates — the file fills only empty fields</source>
        <translation>Duplikate zu&amp;sammenführen — die Datei füllt nur leere Felder</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are from:</source>
        <translation>Telefonnummern ohne Ländervorwahl stammen aus:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>Import &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Importing… %1 rows so far.</source>
        <translation>Import läuft… bisher %1 Zeilen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No delimiter separates the columns of this file; it is read as one column. Choose the delimiter if that is wrong.</source>
        <translation>In dieser Datei trennt kein Trennzeichen die Spalten; sie wird als eine Spalte gelesen. Wählen Sie das Trennzeichen, falls das falsch ist.</translation>
    </message>
    <message>
        <source>Detected: %1, %2, %3 columns.</source>
        <translation>Erkannt: %1, %2, %3 Spalten.</translation>
    </message>
    <message>
        <source>%1 The rows before it can be imported.</source>
        <translation>%1 Die Zeilen davor können importiert werden.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel angehalten…</translation>
    </message>
    <message>
        <source>The import stopped with an error.</source>
        <translation>Der Import wurde mit einem Fehler abgebrochen.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>The rejected rows, with their line number and the reason, are in</source>
        <translation>Die abgelehnten Zeilen stehen mit Zeilennummer und Grund in</translation>
    </message>
    <message>
        <source>Stopped. Everything up to line %1 is imported; the import can be resumed from there, now or later.</source>
        <translation>Angehalten. Alles bis Zeile %1 ist importiert; der Import kann dort fortgesetzt werden, jetzt oder später.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>(not a stage: comes in as Lead, with a warning)</source>
        <translation>(keine Phase: wird als Lead importiert, mit Warnung)</translation>
    </message>
    <message>
        <source>Reached %1 on</source>
        <translation>%1 erreicht am</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 can be read two ways; choose the order, or the order of the country chosen for phone numbers is used.</source>
        <translation>Daten wie 03/04/2026 lassen sich zweifach lesen; wählen Sie die Reihenfolge, sonst gilt die des Landes, das für Telefonnummern gewählt ist.</translation>
    </message>
    <message>
        <source>Line, column, value and why of each are in</source>
        <translation>Zeile, Spalte, Wert und Grund stehen jeweils in</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s), all users</source>
        <translation>
            <numerusform>%n Besitzer, ein Benutzer</numerusform>
            <numerusform>%n Besitzer, alle Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a user (by login, e-mail or full name): %1. Create them under Settings › Users, or leave their leads to routing.</source>
        <translation>Kein Benutzer (nach Login, E-Mail oder vollständigem Namen): %1. Legen Sie sie unter Einstellungen › Benutzer an oder überlassen Sie ihre Leads dem Routing.</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s)…</source>
        <translation>
            <numerusform>%n Grund…</numerusform>
            <numerusform>%n Gründe…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>A disqualified or lost lead gets its reason from this column. Choose an existing reason to merge a value into it; a value left as a new reason is added to the list of the lead&apos;s stage under its own text.</source>
        <translation>Ein disqualifizierter oder verlorener Lead erhält seinen Grund aus dieser Spalte. Wählen Sie einen vorhandenen Grund, um einen Wert damit zusammenzuführen; ein Wert, der als neuer Grund bleibt, wird unter seinem eigenen Text in die Liste der Phase des Leads aufgenommen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>Verloren: %1</translation>
    </message>
    <message>
        <source>Disqualified: %1</source>
        <translation>Disqualifiziert: %1</translation>
    </message>
    <message>
        <source>Reading the values of &quot;%1&quot;…</source>
        <translation>Die Werte von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Leads created &amp;before</source>
        <translation>Leads erstellt &amp;vor dem</translation>
    </message>
    <message>
        <source>are history: counted in the reports, never promoted to MQL or routed</source>
        <translation>sind Historie: in den Berichten gezählt, nie zum MQL befördert oder geroutet</translation>
    </message>
    <message>
        <source>Phone numbers are stored as typed and in international form (E.164) for finding duplicates. A value that does not fit its field keeps the lead: an invalid phone number stays as typed, marked not valid, anything else is kept as a custom attribute; such rows are listed in &lt;i&gt;file&lt;/i&gt;.warnings.csv. Only rows with nothing that identifies a lead are rejected, to &lt;i&gt;file&lt;/i&gt;.rejected.csv with the reason. Leads imported in a closed stage are always history.</source>
        <translation>Telefonnummern werden wie eingegeben und in internationaler Form (E.164) gespeichert, um Dubletten zu finden. Ein Wert, der nicht zu seinem Feld passt, kostet nicht den Lead: eine ungültige Telefonnummer bleibt wie eingegeben, als ungültig markiert, alles andere wird als eigenes Attribut behalten; solche Zeilen stehen in &lt;i&gt;Datei&lt;/i&gt;.warnings.csv. Nur Zeilen ohne etwas, das einen Lead identifiziert, werden abgelehnt, nach &lt;i&gt;Datei&lt;/i&gt;.rejected.csv mit dem Grund. In einer abgeschlossenen Phase importierte Leads sind immer Historie.</translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) without a user</source>
        <translation>
            <numerusform>%n Besitzer ohne Benutzerkonto</numerusform>
            <numerusform>%n Besitzer ohne Benutzerkonto</numerusform>
        </translation>
    </message>
    <message>
        <source>New reason &quot;%1&quot;</source>
        <translation>Neuer Grund „%1“</translation>
    </message>
</context>
<context>
    <name>bantam::LeadDetailWidget</name>
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
    <message>
        <source>Call…</source>
        <translation>Anrufen…</translation>
    </message>
    <message>
        <source>Call this lead in call mode: questionnaire and BANT form (Ctrl+Shift+C)</source>
        <translation>Diesen Lead im Gesprächsmodus anrufen: Fragebogen und BANT-Formular (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Zusatzfelder</translation>
    </message>
    <message>
        <source>%1 in 7 days</source>
        <translation>%1 in 7 Tagen</translation>
    </message>
    <message>
        <source>Qualification stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Qualifizierungsstufe: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation>Warum dieser Score?</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>%1 changed this lead %2.</source>
        <translation>%1 hat diesen Lead %2 geändert.</translation>
    </message>
    <message>
        <source>This lead was changed elsewhere just now.</source>
        <translation>Dieser Lead wurde gerade an anderer Stelle geändert.</translation>
    </message>
    <message>
        <source>Your unsaved changes are kept; Save merges them.</source>
        <translation>Ihre ungespeicherten Änderungen bleiben erhalten; Speichern führt sie zusammen.</translation>
    </message>
    <message>
        <source>Chance: &lt;b&gt;%1 %&lt;/b&gt; (learned score)</source>
        <translation>Chance: &lt;b&gt;%1 %&lt;/b&gt; (gelernter Score)</translation>
    </message>
    <message>
        <source>local time &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ortszeit &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save the lead&apos;s changes</source>
        <translation>Änderungen am Lead speichern</translation>
    </message>
</context>
<context>
    <name>bantam::LeadForm</name>
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
        <source>Cam&amp;paign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>Not a valid phone number: kept as it was imported.</source>
        <translation>Keine gültige Telefonnummer: so behalten, wie sie importiert wurde.</translation>
    </message>
    <message>
        <source>Fi&amp;rst name</source>
        <translation>V&amp;orname</translation>
    </message>
    <message>
        <source>Pho&amp;ne</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>name or code, e.g. Deutschland or DE</source>
        <translation>Name oder Kürzel, z. B. Deutschland oder DE</translation>
    </message>
    <message>
        <source>Sourc&amp;e</source>
        <translation>&amp;Quelle</translation>
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
    <message>
        <source>%1 %2 %3</source>
        <comment>score, band, trend</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Score %1, 7 days before: %2 (%3).</source>
        <translation>Score %1, vor 7 Tagen: %2 (%3).</translation>
    </message>
    <message>
        <source>Qual. stage</source>
        <translation>Qual.-Stufe</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Learned score: the chance that this lead converts, from past outcomes. Advisory; Scoring › Predictive model… shows how well it ranks.</source>
        <translation>Gelernter Score: die Chance, dass dieser Lead konvertiert, aus früheren Ergebnissen. Eine Empfehlung; Scoring › Vorhersagemodell… zeigt, wie gut er sortiert.</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
</context>
<context>
    <name>bantam::MainWindow</name>
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
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message numerus="yes">
        <source>%n unread in the inbox (Team tab)</source>
        <translation>
            <numerusform>%n ungelesen im Posteingang (Registerkarte „Team“)</numerusform>
            <numerusform>%n ungelesen im Posteingang (Registerkarte „Team“)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import leads from CSV…</source>
        <translation>Leads aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>S&amp;coring</source>
        <translation>&amp;Scoring</translation>
    </message>
    <message>
        <source>Scoring &amp;model…</source>
        <translation>Scoring-&amp;Modell…</translation>
    </message>
    <message>
        <source>&amp;Import activities…</source>
        <translation>Aktivitäten &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Qualification questionnaire and frameworks…</source>
        <translation>&amp;Fragebogen und Frameworks zur Qualifizierung…</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Levels</translation>
    </message>
    <message>
        <source>&amp;Service levels</source>
        <translation>Service-&amp;Levels</translation>
    </message>
    <message>
        <source>&amp;Users, teams and territories…</source>
        <translation>&amp;Benutzer, Teams und Gebiete…</translation>
    </message>
    <message>
        <source>Bantam — Lead management — %1</source>
        <translation>Bantam — Lead-Management — %1</translation>
    </message>
    <message>
        <source>Team database %1</source>
        <translation>Team-Datenbank %1</translation>
    </message>
    <message>
        <source>&amp;Open database file…</source>
        <translation>Datenbankdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;team database…</source>
        <translation>&amp;Team-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Bantam databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bantam-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connection to the team database lost — retrying</source>
        <translation>Verbindung zur Team-Datenbank unterbrochen — neuer Versuch läuft</translation>
    </message>
    <message>
        <source>The connection to the team database is back.</source>
        <translation>Die Verbindung zur Team-Datenbank steht wieder.</translation>
    </message>
    <message>
        <source>You connected to the team database as %1. To work as someone else, open it with their login (File › Open team database…).</source>
        <translation>Sie sind mit der Team-Datenbank als %1 verbunden. Um als jemand anderes zu arbeiten, öffnen Sie sie mit dessen Anmeldung (Datei › Team-Datenbank öffnen…).</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Change the password you sign in to the team database with.</source>
        <translation>Das Passwort ändern, mit dem Sie sich bei der Team-Datenbank anmelden.</translation>
    </message>
    <message>
        <source>Only a team database has passwords; whoever opens a file works in it.</source>
        <translation>Nur eine Team-Datenbank hat Passwörter; wer eine Datei öffnet, arbeitet darin.</translation>
    </message>
    <message>
        <source>Read-only: the file %1 is write-protected, so nothing can be changed in it. Make it writable and open it again to work in it.</source>
        <translation>Nur lesen: Die Datei %1 ist schreibgeschützt, daher kann darin nichts geändert werden. Machen Sie sie beschreibbar und öffnen Sie sie erneut, um darin zu arbeiten.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bantam %1&lt;/h3&gt;&lt;p&gt;Lead management for marketing and sales: one pipeline, one definition of a qualified lead.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Qt %4 (built with Qt %5)&lt;/p&gt;&lt;p&gt;Licence: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bantam %1&lt;/h3&gt;&lt;p&gt;Lead-Management für Marketing und Vertrieb: eine Pipeline, eine gemeinsame Definition eines qualifizierten Leads.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Schemaversion %3&lt;/p&gt;&lt;p&gt;Qt %4 (erstellt mit Qt %5)&lt;/p&gt;&lt;p&gt;Lizenz: %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import stage &amp;history…</source>
        <translation>Phasen&amp;verlauf importieren…</translation>
    </message>
    <message>
        <source>Call back %1 now.</source>
        <translation>Rufen Sie %1 jetzt zurück.</translation>
    </message>
    <message>
        <source>Call back %1 now: %2</source>
        <translation>Rufen Sie %1 jetzt zurück: %2</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Rückruf fällig</translation>
    </message>
    <message>
        <source>Call&amp;back…</source>
        <translation>Rück&amp;ruf…</translation>
    </message>
    <message>
        <source>Callback scheduled.</source>
        <translation>Rückruf geplant.</translation>
    </message>
    <message>
        <source>&amp;Predictive model…</source>
        <translation>&amp;Vorhersagemodell…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore database from backup…</source>
        <translation>Datenbank aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>Administrators back up and restore the database.</source>
        <translation>Administratoren sichern die Datenbank und stellen sie wieder her.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, with pg_dump: ask the server&apos;s administrator, or run bantam-cli --db %1 backup FILE, which runs pg_dump.</source>
        <translation>Eine Team-Datenbank wird auf ihrem Server mit pg_dump gesichert: Fragen Sie die Administration des Servers, oder führen Sie bantam-cli --db %1 backup DATEI aus, das pg_dump aufruft.</translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <translation>%1 Sicherung %2.sqlite</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restore database from backup</source>
        <translation>Datenbank aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>In eine neue Datei wiederherstellen</translation>
    </message>
    <message>
        <source>%1 restored.sqlite</source>
        <translation>%1 wiederhergestellt.sqlite</translation>
    </message>
    <message>
        <source>%1 exists. Bantam restores into a new file only, so that nothing is overwritten: choose a name that is not taken.</source>
        <translation>%1 existiert bereits. Bantam stellt nur in eine neue Datei wieder her, damit nichts überschrieben wird: Wählen Sie einen freien Namen.</translation>
    </message>
    <message>
        <source>The backup is restored into %1. Open it now?</source>
        <translation>Die Sicherung ist in %1 wiederhergestellt. Jetzt öffnen?</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>No problems found in %1.</source>
        <translation>Keine Probleme in %1 gefunden.</translation>
    </message>
    <message>
        <source>Bantam found problems in %1.</source>
        <translation>Bantam hat Probleme in %1 gefunden.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation>%1 (Lead %2)</translation>
    </message>
    <message>
        <source>%1, %2 (lead %3)</source>
        <translation>%1, %2 (Lead %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the number %1:</source>
        <translation>
            <numerusform>%n Lead hat die Nummer %1:</numerusform>
            <numerusform>%n Leads haben die Nummer %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead has the number %1.</source>
        <translation>Kein Lead hat die Nummer %1.</translation>
    </message>
    <message>
        <source>New lead with this number</source>
        <translation>Neuer Lead mit dieser Nummer</translation>
    </message>
    <message>
        <source>Incoming call from %1.</source>
        <translation>Eingehender Anruf von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) back in your queue on their re-contact date.</source>
        <translation>
            <numerusform>%n Lead zum Wiedervorlagedatum zurück in Ihrer Warteschlange.</numerusform>
            <numerusform>%n Leads zum Wiedervorlagedatum zurück in Ihrer Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dial lead</source>
        <translation>Lead an&amp;rufen</translation>
    </message>
    <message>
        <source>Choose a lead to dial first.</source>
        <translation>Wählen Sie zuerst einen Lead zum Anrufen.</translation>
    </message>
    <message>
        <source>Dialling %1 …</source>
        <translation>%1 wird angerufen …</translation>
    </message>
    <message>
        <source>&amp;Calls (cadence, calling window, telephony)…</source>
        <translation>&amp;Anrufe (Rhythmus, Zeitfenster, Telefonie)…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert …</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Die Sicherung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Die Datenbank wird geprüft …</translation>
    </message>
    <message>
        <source>Finishing the owed scoring and routing…</source>
        <translation>Ausstehendes Scoring und Routing wird nachgeholt …</translation>
    </message>
    <message>
        <source>Finishing the work Bantam left unfinished when it stopped…</source>
        <translation>Schließe die Arbeit ab, die Bantam beim Beenden nicht fertigstellen konnte …</translation>
    </message>
    <message>
        <source>Bantam stopped before it finished its work on %1 leads (scoring, routing or a reassignment); an administrator finishes it with File › Check database.</source>
        <translation>Bantam wurde beendet, bevor seine Arbeit an %1 Leads fertig war (Bewertung, Routing oder eine Neuzuweisung); ein Administrator schließt sie mit Datei › Datenbank prüfen ab.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Repaired: %1.</source>
        <translation>Repariert: %1.</translation>
    </message>
    <message>
        <source>Finished the work Bantam left unfinished when it stopped: %1.</source>
        <translation>Erledigt, was Bantam beim letzten Beenden unerledigt gelassen hatte: %1.</translation>
    </message>
</context>
<context>
    <name>bantam::MyQueueModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 — started %2, due soon from %3</source>
        <translation>%1 — gestartet am %2, bald fällig ab %3</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Callback promised for %1</source>
        <translation>Rückruf zugesagt für %1</translation>
    </message>
    <message>
        <source>Callback overdue</source>
        <translation>Rückruf überfällig</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>Rückruf fällig</translation>
    </message>
    <message>
        <source>%1 — outside the calling window</source>
        <translation>%1 — außerhalb des Anrufzeitfensters</translation>
    </message>
    <message>
        <source>%1 (not now)</source>
        <translation>%1 (nicht jetzt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster %1</translation>
    </message>
    <message>
        <source>call now</source>
        <translation>jetzt anrufen</translation>
    </message>
    <message>
        <source>last attempt made</source>
        <translation>letzter Versuch gemacht</translation>
    </message>
    <message>
        <source>%1 unreached attempts of %2</source>
        <translation>%1 von %2 Versuchen ohne Erreichen</translation>
    </message>
    <message>
        <source>%1; next attempt from %2</source>
        <translation>%1; nächster Versuch ab %2</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
</context>
<context>
    <name>bantam::MyQueueView</name>
    <message>
        <source>Sign in to see your queue.</source>
        <translation>Melden Sie sich an, um Ihre Warteschlange zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Start call (Enter)</source>
        <translation>Anruf s&amp;tarten (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>Lead ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Log &amp;call</source>
        <translation>Anruf &amp;protokollieren</translation>
    </message>
    <message>
        <source>Log e-&amp;mail</source>
        <translation>E-&amp;Mail protokollieren</translation>
    </message>
    <message>
        <source>Log mee&amp;ting</source>
        <translation>Te&amp;rmin protokollieren</translation>
    </message>
    <message>
        <source>Choose a lead in your queue first.</source>
        <translation>Wählen Sie zuerst einen Lead in Ihrer Warteschlange aus.</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>Aktivität protokollieren</translation>
    </message>
    <message>
        <source>Logged on lead %1.</source>
        <translation>Bei Lead %1 protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n lead(s) to work: due callbacks, service levels, re-contacts and call attempts; most urgent first, attempts not yet due last.</source>
        <translation>
            <numerusform>%1 — %n Lead zu bearbeiten: fällige Rückrufe, Service-Levels, Wiedervorlagen und Anrufversuche; das Dringendste zuerst, noch nicht fällige Versuche zuletzt.</numerusform>
            <numerusform>%1 — %n Leads zu bearbeiten: fällige Rückrufe, Service-Levels, Wiedervorlagen und Anrufversuche; das Dringendste zuerst, noch nicht fällige Versuche zuletzt.</numerusform>
        </translation>
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
    <name>bantam::OpenDatabaseDialog</name>
    <message>
        <source>Open team database</source>
        <translation>Team-Datenbank öffnen</translation>
    </message>
    <message>
        <source>A team works in one PostgreSQL database. Ask your administrator for the server&apos;s address and your user name.</source>
        <translation>Ein Team arbeitet in einer gemeinsamen PostgreSQL-Datenbank. Die Adresse des Servers und Ihren Benutzernamen erfahren Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>db.example.com or /run/postgresql</source>
        <translation>db.example.com oder /run/postgresql</translation>
    </message>
    <message>
        <source>asked each time, never stored</source>
        <translation>wird jedes Mal abgefragt, nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>bantam::PasswordDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>%1 signs in to the team database as %2 with this password. Tell them in person; Bantam never shows it again.</source>
        <translation>%1 meldet sich mit diesem Passwort als %2 an der Team-Datenbank an. Teilen Sie es persönlich mit; Bantam zeigt es nie wieder an.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;setzen</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>You sign in to the team database as %1. The new password counts from your next sign-in; this window stays signed in.</source>
        <translation>Sie melden sich bei der Team-Datenbank als %1 an. Das neue Passwort gilt ab Ihrer nächsten Anmeldung; dieses Fenster bleibt angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
</context>
<context>
    <name>bantam::PeopleDialog</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Offene Leads</translation>
    </message>
    <message>
        <source>New per day</source>
        <translation>Neue pro Tag</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Postcode prefixes</source>
        <translation>PLZ-Präfixe</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>Team &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Add territory…</source>
        <translation>Gebiet &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Users, teams and territories</source>
        <translation>Benutzer, Teams und Gebiete</translation>
    </message>
    <message>
        <source>Administrators manage users; team leads change the capacity, absence, weight, languages and territories of their team&apos;s reps.</source>
        <translation>Administratoren verwalten die Benutzer; Teamleitungen ändern Kapazität, Abwesenheit, Gewichtung, Sprachen und Gebiete der Vertriebsmitarbeiter ihres Teams.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Routing rules can send leads to a team, which distributes them among its reps.</source>
        <translation>Routing-Regeln können Leads an ein Team senden, das sie auf seine Vertriebsmitarbeiter verteilt.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>A territory is a set of countries, optionally narrowed to postcode prefixes (e.g. DE with 8, 9 for the south of Germany).</source>
        <translation>Ein Gebiet ist eine Menge von Ländern, optional auf PLZ-Präfixe eingeschränkt (z. B. DE mit 8, 9 für Süddeutschland).</translation>
    </message>
    <message>
        <source>Te&amp;rritories</source>
        <translation>&amp;Gebiete</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n active member(s))</source>
        <translation>
            <numerusform>%1 (%n aktives Mitglied)</numerusform>
            <numerusform>%1 (%n aktive Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>whole countries</source>
        <translation>ganze Länder</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>Select a team first.</source>
        <translation>Wählen Sie zuerst ein Team aus.</translation>
    </message>
    <message>
        <source>Select a territory first.</source>
        <translation>Wählen Sie zuerst ein Gebiet aus.</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>A database file is a one-person database: whoever opens the file works in it, without a password. Passwords are for team databases (PostgreSQL).</source>
        <translation>Eine Datenbankdatei ist eine Ein-Personen-Datenbank: Wer die Datei öffnet, arbeitet darin, ohne Passwort. Passwörter gibt es für Team-Datenbanken (PostgreSQL).</translation>
    </message>
</context>
<context>
    <name>bantam::PipelineView</name>
    <message>
        <source>Search name, company, e-mail or phone (Ctrl+F)</source>
        <translation>Name, Unternehmen, E-Mail oder Telefon suchen (Strg+F)</translation>
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
    <message numerus="yes">
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by a field kept from an imported file</source>
        <translation>Nach einem Zusatzfeld aus einer importierten Datei filtern</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>beliebiger Wert</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>Beliebiges Feld</translation>
    </message>
    <message>
        <source>Fiel&amp;d:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Show all leads again: every stage, owner, source and field</source>
        <translation>Wieder alle Leads zeigen: jede Phase, alle Zuständigen, Quellen und Felder</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>zuständig %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>field %1 filled</source>
        <translation>Feld %1 ausgefüllt</translation>
    </message>
    <message>
        <source>%1 = “%2”</source>
        <translation>%1 = „%2“</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No leads yet: create one with Ctrl+N or import a file.</source>
        <translation>Noch keine Leads: mit Strg+N anlegen oder eine Datei importieren.</translation>
    </message>
    <message>
        <source>No leads match these filters: %1.</source>
        <translation>Keine Leads für diese Filter: %1.</translation>
    </message>
    <message>
        <source>%1 · filtered by %2</source>
        <translation>%1 · gefiltert nach %2</translation>
    </message>
    <message>
        <source>Counting the leads…</source>
        <translation>Leads werden gezählt …</translation>
    </message>
    <message>
        <source>Counting the leads… · filtered by %1</source>
        <translation>Leads werden gezählt … · gefiltert nach %1</translation>
    </message>
</context>
<context>
    <name>bantam::PredictiveModelDialog</name>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Predictive model</source>
        <translation>Vorhersagemodell</translation>
    </message>
    <message>
        <source>Reaches SQL (closed without SQL is negative)</source>
        <translation>Erreicht SQL (ohne SQL abgeschlossen ist negativ)</translation>
    </message>
    <message>
        <source>Won (lost or disqualified is negative)</source>
        <translation>Gewonnen (verloren oder disqualifiziert ist negativ)</translation>
    </message>
    <message>
        <source>e.g. Lead Quality, Tags (filled in after contact)</source>
        <translation>z. B. Lead Quality, Tags (nach dem Kontakt ausgefüllt)</translation>
    </message>
    <message>
        <source>&amp;Predict:</source>
        <translation>&amp;Vorhersagen:</translation>
    </message>
    <message>
        <source>&amp;Leave out (fields, attributes, activity types):</source>
        <translation>&amp;Weglassen (Felder, Attribute, Aktivitätsarten):</translation>
    </message>
    <message>
        <source>&amp;Held out for the evaluation:</source>
        <translation>Für die &amp;Bewertung zurückgehalten:</translation>
    </message>
    <message>
        <source>Learned score</source>
        <translation>Gelernter Score</translation>
    </message>
    <message>
        <source>Rule model</source>
        <translation>Regelmodell</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Learned:
predicted</source>
        <translation>Gelernt:
vorhergesagt</translation>
    </message>
    <message>
        <source>Learned:
actual</source>
        <translation>Gelernt:
tatsächlich</translation>
    </message>
    <message>
        <source>Rule model:
score / 100</source>
        <translation>Regelmodell:
Score / 100</translation>
    </message>
    <message>
        <source>Rule model:
actual</source>
        <translation>Regelmodell:
tatsächlich</translation>
    </message>
    <message>
        <source>Decile %1</source>
        <translation>Dezil %1</translation>
    </message>
    <message>
        <source>The learned score is advisory: it is shown beside the rule score and changes no stage. It learns from the leads whose outcome is known and is judged on leads it has never seen.</source>
        <translation>Der gelernte Score ist eine Empfehlung: Er steht neben dem Regel-Score und ändert keine Phase. Er lernt aus den Leads mit bekanntem Ergebnis und wird an Leads gemessen, die er nie gesehen hat.</translation>
    </message>
    <message>
        <source>No learned score is active yet.</source>
        <translation>Noch ist kein gelernter Score aktiv.</translation>
    </message>
    <message>
        <source>Active: version %1 (%2), ROC AUC %3 on held-out leads (rule model %4).</source>
        <translation>Aktiv: Version %1 (%2), ROC-AUC %3 auf zurückgehaltenen Leads (Regelmodell %4).</translation>
    </message>
    <message>
        <source>Learning from the closed leads…</source>
        <translation>Lerne aus den abgeschlossenen Leads…</translation>
    </message>
    <message>
        <source>The training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled: no model was trained.</source>
        <translation>Abgebrochen: Es wurde kein Modell trainiert.</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Calibration: conversion per score decile (1 = highest)</source>
        <translation>Kalibrierung: Konversion je Score-Dezil (1 = höchstes)</translation>
    </message>
    <message>
        <source>Decile</source>
        <translation>Dezil</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Trained on %1 leads (%2 positive); evaluated on %3 held-out leads (%4 positive) that training never saw.</source>
        <translation>Trainiert mit %1 Leads (%2 positiv); bewertet an %3 zurückgehaltenen Leads (%4 positiv), die das Training nie gesehen hat.</translation>
    </message>
    <message>
        <source>Warning: one feature decides almost everything: &quot;%1&quot; (ROC AUC %2 on its own). Check it is not filled in after the outcome, and leave it out.</source>
        <translation>Warnung: Ein Merkmal entscheidet fast alles: „%1“ (ROC-AUC %2 allein). Prüfen Sie, ob es erst nach dem Ergebnis ausgefüllt wird, und lassen Sie es weg.</translation>
    </message>
    <message>
        <source>Activate the learned score</source>
        <translation>Gelernten Score aktivieren</translation>
    </message>
    <message>
        <source>Note (kept with the version):</source>
        <translation>Notiz (wird mit der Version gespeichert):</translation>
    </message>
    <message>
        <source>Computing every open lead&apos;s chance…</source>
        <translation>Berechne die Chance jedes offenen Leads…</translation>
    </message>
    <message>
        <source>Saving failed.</source>
        <translation>Speichern fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved; the active version stays.</source>
        <translation>Abgebrochen: Nichts wurde gespeichert; die aktive Version bleibt.</translation>
    </message>
    <message>
        <source>Version %1 saved and active: %2 open leads have a chance.</source>
        <translation>Version %1 gespeichert und aktiv: %2 offene Leads haben eine Chance.</translation>
    </message>
</context>
<context>
    <name>bantam::ProfileMergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Merge changes</source>
        <translation>Änderungen zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeichert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Wert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something else&lt;/b&gt;</source>
        <translation>&lt;b&gt;Etwas anderes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Before both changes: %1</source>
        <translation>Vor beiden Änderungen: %1</translation>
    </message>
    <message>
        <source>Save merged</source>
        <translation>Zusammengeführt speichern</translation>
    </message>
    <message>
        <source>%1 saved this lead %2 while you were editing it, and changed some of the fields you changed. Choose what to keep for each field; your other changes and theirs are kept as they are.</source>
        <translation>%1 hat diesen Lead %2 gespeichert, während Sie ihn bearbeitet haben, und dabei Felder geändert, die Sie auch geändert haben. Wählen Sie je Feld, was gelten soll; Ihre übrigen Änderungen und die der anderen Person bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>bantam::QualificationSetupDialog</name>
    <message>
        <source>Qualification questionnaire and frameworks</source>
        <translation>Fragebogen und Frameworks zur Qualifizierung</translation>
    </message>
    <message>
        <source>Version %1 of the questionnaire and version %2 of the frameworks. Saving stores new versions; answers already given stay.</source>
        <translation>Version %1 des Fragebogens und Version %2 der Frameworks. Beim Speichern werden neue Versionen angelegt; bereits gegebene Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Fragebogen</translation>
    </message>
    <message>
        <source>&amp;Frameworks</source>
        <translation>Fra&amp;meworks</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Question (English):</source>
        <translation>Frage (Englisch):</translation>
    </message>
    <message>
        <source>Question (German):</source>
        <translation>Frage (Deutsch):</translation>
    </message>
    <message>
        <source>Hint (English):</source>
        <translation>Hinweis (Englisch):</translation>
    </message>
    <message>
        <source>Hint (German):</source>
        <translation>Hinweis (Deutsch):</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Fills &amp;criterion:</source>
        <translation>Füllt &amp;Kriterium:</translation>
    </message>
    <message>
        <source>The qualification stage this question is needed for: 2 target person in a fitting company, 3 need identified, 4 requirements and buying process known, 5 fully qualified</source>
        <translation>Die Qualifizierungsstufe, für die diese Frage benötigt wird: 2 Zielperson in passendem Unternehmen, 3 Bedarf erkannt, 4 Anforderungen und Kaufprozess bekannt, 5 vollständig qualifiziert</translation>
    </message>
    <message>
        <source>Needed for &amp;stage:</source>
        <translation>Benötigt für &amp;Stufe:</translation>
    </message>
    <message>
        <source>Answer &amp;type:</source>
        <translation>Antwort&amp;typ:</translation>
    </message>
    <message>
        <source>Yes (met), partly, no (not met), unknown.</source>
        <translation>Ja (erfüllt), teilweise, nein (nicht erfüllt), unbekannt.</translation>
    </message>
    <message>
        <source>One answer per line: key | English | German | met, partly, not_met or unknown | points (optional)</source>
        <translation>Eine Antwort pro Zeile: Schlüssel | Englisch | Deutsch | met, partly, not_met oder unknown | Punkte (optional)</translation>
    </message>
    <message>
        <source>Met from:</source>
        <translation>Erfüllt ab:</translation>
    </message>
    <message>
        <source>Partly from:</source>
        <translation>Teilweise ab:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <source>Met within days:</source>
        <translation>Erfüllt innerhalb von Tagen:</translation>
    </message>
    <message>
        <source>Partly within days:</source>
        <translation>Teilweise innerhalb von Tagen:</translation>
    </message>
    <message>
        <source>Any text counts as met.</source>
        <translation>Jeder Text gilt als erfüllt.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Qualify with:</source>
        <translation>Qualifizieren mit:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Sales-ready when at least … met:</source>
        <translation>Vertriebsbereit, wenn mindestens … erfüllt:</translation>
    </message>
    <message>
        <source>criterion keys, comma-separated</source>
        <translation>Kriteriumsschlüssel, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>… and all of these met:</source>
        <translation>… und alle diese erfüllt:</translation>
    </message>
    <message>
        <source>Criteria, one per line: key | English | German | base criteria it takes its status from (budget, authority, need, timing; comma-separated, may be empty)</source>
        <translation>Kriterien, eines pro Zeile: Schlüssel | Englisch | Deutsch | Basiskriterien, aus denen es seinen Status übernimmt (budget, authority, need, timing; durch Kommas getrennt, darf leer sein)</translation>
    </message>
    <message>
        <source>Question &apos;%1&apos;, answer line %2: write key | English | German | status | points (status met, partly, not_met or unknown; points optional).</source>
        <translation>Frage „%1“, Antwortzeile %2: Schreiben Sie Schlüssel | Englisch | Deutsch | Status | Punkte (Status met, partly, not_met oder unknown; Punkte optional).</translation>
    </message>
    <message>
        <source>Framework &apos;%1&apos;, criterion line %2: write key | English | German | base criteria.</source>
        <translation>Framework „%1“, Kriteriumszeile %2: Schreiben Sie Schlüssel | Englisch | Deutsch | Basiskriterien.</translation>
    </message>
</context>
<context>
    <name>bantam::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>e.g. holiday cover, language, workload</source>
        <translation>z. B. Urlaubsvertretung, Sprache, Auslastung</translation>
    </message>
    <message numerus="yes">
        <source>Reassign %n lead(s).</source>
        <translation>
            <numerusform>%n Lead neu zuweisen.</numerusform>
            <numerusform>%n Leads neu zuweisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New owner:</source>
        <translation>&amp;Neuer Zuständiger:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The previous and the new owner see the reason.</source>
        <translation>Der bisherige und der neue Zuständige sehen den Grund.</translation>
    </message>
    <message>
        <source>There is no rep you may give these leads to.</source>
        <translation>Es gibt niemanden, dem Sie diese Leads geben dürfen.</translation>
    </message>
    <message>
        <source>Give a reason first.</source>
        <translation>Geben Sie zuerst einen Grund an.</translation>
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
    <message>
        <source>Calculating… the charts show the previous figures until the new ones are ready.</source>
        <translation>Wird berechnet… die Diagramme zeigen bis dahin die bisherigen Zahlen.</translation>
    </message>
</context>
<context>
    <name>bantam::RoutingPreviewDialog</name>
    <message>
        <source>Routing result</source>
        <translation>Routing-Ergebnis</translation>
    </message>
    <message>
        <source>Routing preview</source>
        <translation>Routing-Vorschau</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Geht an</translation>
    </message>
    <message>
        <source>Rule or why not</source>
        <translation>Regel oder Grund</translation>
    </message>
    <message>
        <source>stays unassigned</source>
        <translation>bleibt nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 of %2 leads would be assigned; %3 stay unassigned.</source>
        <translation>%1 von %2 Leads würden zugewiesen; %3 bleiben nicht zugewiesen.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Lead %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 by its chance of %3 %)</source>
        <translation>%1 (%2 nach seiner Chance von %3 %)</translation>
    </message>
    <message>
        <source>%1 (%2: no chance yet)</source>
        <translation>%1 (%2: noch keine Chance)</translation>
    </message>
</context>
<context>
    <name>bantam::RoutingRulesDialog</name>
    <message>
        <source>Routing rules</source>
        <translation>Routing-Regeln</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches a lead and has a rep who can take it assigns the lead.</source>
        <translation>Die Regeln werden von oben nach unten geprüft; die erste Regel, die auf einen Lead zutrifft und einen Vertriebsmitarbeiter hat, der ihn übernehmen kann, weist den Lead zu.</translation>
    </message>
    <message>
        <source>Export routing rules</source>
        <translation>Routing-Regeln exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import routing rules</source>
        <translation>Routing-Regeln importieren</translation>
    </message>
    <message>
        <source>%1 is not a list of rules.</source>
        <translation>%1 ist keine Liste von Regeln.</translation>
    </message>
    <message>
        <source>team %1, %2</source>
        <translation>Team %1, %2</translation>
    </message>
    <message>
        <source>more conditions</source>
        <translation>weitere Bedingungen</translation>
    </message>
    <message>
        <source>, hot leads to senior reps</source>
        <translation>, heiße Leads an Senior-Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>any lead</source>
        <translation>jeder Lead</translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation>Neue Routing-Regel</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>Routing-Regel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>e.g. DE, AT, CH — empty: any</source>
        <translation>z. B. DE, AT, CH — leer: alle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>only fast-track</source>
        <translation>nur Fast-Track</translation>
    </message>
    <message>
        <source>only normal</source>
        <translation>nur normale</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Hot leads only to senior reps</source>
        <translation>Heiße Leads nur an Senior-Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Gebiet:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>Score &amp;bands:</source>
        <translation>Score-&amp;Bänder:</translation>
    </message>
    <message>
        <source>Company si&amp;zes:</source>
        <translation>&amp;Unternehmensgrößen:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>B&amp;ranchen:</translation>
    </message>
    <message>
        <source>&amp;Fast-track:</source>
        <translation>&amp;Fast-Track:</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Zuweisen &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Chance &amp;bands:</source>
        <translation>Chancen-&amp;Bänder:</translation>
    </message>
</context>
<context>
    <name>bantam::ScoreExplanationWidget</name>
    <message>
        <source>Why this score?</source>
        <translation>Warum dieser Score?</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Score %1 (%2) under scoring model version %3, computed %4.</source>
        <translation>Score %1 (%2) nach Version %3 des Scoring-Modells, berechnet am %4.</translation>
    </message>
    <message>
        <source>Not scored yet: this is what the active model gives now.</source>
        <translation>Noch nicht bewertet: So bewertet das aktive Modell den Lead jetzt.</translation>
    </message>
    <message>
        <source>The lead&apos;s data changed since then (the stored score is %1); the next recompute updates it.</source>
        <translation>Die Daten des Leads haben sich seitdem geändert (gespeicherter Score: %1); die nächste Neuberechnung aktualisiert ihn.</translation>
    </message>
    <message>
        <source>Rounding to a whole score</source>
        <translation>Rundung auf einen ganzzahligen Score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Raised to the lowest score, 0</source>
        <translation>Angehoben auf den niedrigsten Score, 0</translation>
    </message>
    <message>
        <source>Capped at the highest score, 100</source>
        <translation>Begrenzt auf den höchsten Score, 100</translation>
    </message>
</context>
<context>
    <name>bantam::ScoringModelDialog</name>
    <message>
        <source>Show &amp;impact</source>
        <translation>&amp;Auswirkung anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save and recompute…</source>
        <translation>&amp;Speichern und neu berechnen…</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>Diese Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Scoring model</source>
        <translation>Scoring-Modell</translation>
    </message>
    <message>
        <source>Activity type (key)</source>
        <translation>Aktivitätstyp (Schlüssel)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Bezeichnung (Englisch)</translation>
    </message>
    <message>
        <source>Label (German)</source>
        <translation>Bezeichnung (Deutsch)</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Cap: at most</source>
        <translation>Limit: höchstens</translation>
    </message>
    <message>
        <source>Cap: per days</source>
        <translation>Limit: pro Tage</translation>
    </message>
    <message>
        <source>Fast-track</source>
        <translation>Fast-Track</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>A&amp;ktivitäten</translation>
    </message>
    <message>
        <source>Points per job-title level</source>
        <translation>Punkte pro Positionsebene</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Job-title taxonomy (first match wins; * matches any letters, e.g. geschäftsführ*, *leiter, head of)</source>
        <translation>Positions-Taxonomie (der erste Treffer zählt; * steht für beliebige Buchstaben, z. B. geschäftsführ*, *leiter, head of)</translation>
    </message>
    <message>
        <source>Title contains</source>
        <translation>Position enthält</translation>
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
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Behaviour points halve every</source>
        <translation>Verhaltenspunkte halbieren sich alle</translation>
    </message>
    <message>
        <source>Warm from score</source>
        <translation>Warm ab Score</translation>
    </message>
    <message>
        <source>MQL (promote) from score</source>
        <translation>MQL (Hochstufung) ab Score</translation>
    </message>
    <message>
        <source>Hot from score</source>
        <translation>Heiß ab Score</translation>
    </message>
    <message>
        <source>A lead in stage Lead whose score reaches the MQL threshold is promoted to MQL once. Scores may fall (decay, negative points); nobody is demoted automatically.</source>
        <translation>Ein Lead in der Phase „Lead“, dessen Score die MQL-Schwelle erreicht, wird einmalig zum MQL hochgestuft. Scores können sinken (Verfall, negative Punkte); niemand wird automatisch zurückgestuft.</translation>
    </message>
    <message>
        <source>&amp;Decay and thresholds</source>
        <translation>&amp;Verfall und Schwellenwerte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Load into the editor</source>
        <translation>In den Editor &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>V&amp;ersionen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Computing the impact…</source>
        <translation>Auswirkung wird berechnet…</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Die Vorschau ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Impact preview cancelled.</source>
        <translation>Vorschau der Auswirkung abgebrochen.</translation>
    </message>
    <message>
        <source>With this model %1 leads would be promoted to MQL and %2 would change band (%3 of %4 leads would change score). Bands: %5 cold, %6 warm, %7 hot.</source>
        <translation>Mit diesem Modell würden %1 Leads zum MQL hochgestuft und %2 das Band wechseln (bei %3 von %4 Leads würde sich der Score ändern). Bänder: %5 kalt, %6 warm, %7 heiß.</translation>
    </message>
    <message>
        <source>Save scoring model</source>
        <translation>Scoring-Modell speichern</translation>
    </message>
    <message>
        <source>What changed (kept with the version)?</source>
        <translation>Was wurde geändert (wird mit der Version gespeichert)?</translation>
    </message>
    <message>
        <source>Recomputing the scores of %1 leads…</source>
        <translation>Scores von %1 Leads werden neu berechnet…</translation>
    </message>
    <message>
        <source>The recompute failed.</source>
        <translation>Die Neuberechnung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved; every lead keeps its score from the active version.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert; jeder Lead behält seinen Score aus der aktiven Version.</translation>
    </message>
    <message>
        <source>Version %1 saved and active: %2 leads scored, %3 scores changed, %4 leads promoted to MQL.</source>
        <translation>Version %1 gespeichert und aktiv: %2 Leads bewertet, %3 Scores geändert, %4 Leads zum MQL hochgestuft.</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Make version %1 active again and recompute every lead&apos;s score with it?</source>
        <translation>Version %1 wieder aktivieren und den Score aller Leads damit neu berechnen?</translation>
    </message>
    <message>
        <source>Cancelled: the active version and every score are unchanged.</source>
        <translation>Abgebrochen: Die aktive Version und alle Scores sind unverändert.</translation>
    </message>
    <message>
        <source>Version %1 is active again; %2 leads promoted to MQL.</source>
        <translation>Version %1 ist wieder aktiv; %2 Leads zum MQL hochgestuft.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Bantam</source>
        <translation>Bantam</translation>
    </message>
    <message>
        <source>No version saved yet: the default model is in use.</source>
        <translation>Noch keine Version gespeichert: Das Standardmodell wird verwendet.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The model has changes that are not saved. Discard them?</source>
        <translation>Das Modell hat Änderungen, die nicht gespeichert sind. Verwerfen?</translation>
    </message>
    <message>
        <source>Not recognised by the model</source>
        <translation>Vom Modell nicht erkannt</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Rules on custom attributes (imported columns) and profile fields: a value, or a number from ≥ to below &lt;; both empty: any value</source>
        <translation>Regeln auf Zusatzfelder (importierte Spalten) und Profilfelder: ein Wert oder eine Zahl ab ≥ bis unter &lt;; beides leer: beliebiger Wert</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>Job titles without a level</source>
        <translation>Positionen ohne Ebene</translation>
    </message>
    <message>
        <source>Company sizes in no band</source>
        <translation>Unternehmensgrößen ohne Größenklasse</translation>
    </message>
    <message>
        <source>Industries without points</source>
        <translation>Branchen ohne Punkte</translation>
    </message>
    <message numerus="yes">
        <source>%n stored score(s) have changed since they were computed (activities age), whichever model is saved; a save refreshes them.</source>
        <translation>
            <numerusform>%n gespeicherter Score hat sich seit seiner Berechnung geändert (Aktivitäten altern), gleich welches Modell gespeichert wird; jedes Speichern aktualisiert ihn.</numerusform>
            <numerusform>%n gespeicherte Scores haben sich seit ihrer Berechnung geändert (Aktivitäten altern), gleich welches Modell gespeichert wird; jedes Speichern aktualisiert sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>the rule score (MQL threshold above)</source>
        <translation>der Regel-Score (MQL-Schwelle oben)</translation>
    </message>
    <message>
        <source>the learned chance (Scoring › Predictive model)</source>
        <translation>die gelernte Chance (Scoring › Prognosemodell)</translation>
    </message>
    <message>
        <source>MQL handover driven &amp;by</source>
        <translation>MQL-Übergabe gesteuert &amp;durch</translation>
    </message>
    <message>
        <source>MQL from learned chance</source>
        <translation>MQL ab gelernter Chance</translation>
    </message>
    <message>
        <source>Which score hands leads over to sales (and so to routing); the other stays advisory. Changed by marketing managers and admins, recorded in the audit log.</source>
        <translation>Welcher Score Leads an den Vertrieb (und damit an das Routing) übergibt; der andere bleibt beratend. Ändern dürfen Marketing-Manager und Administratoren; jede Änderung steht im Audit-Log.</translation>
    </message>
    <message numerus="yes">
        <source>MQL handover is now driven by %1; %n lead(s) handed over to sales.</source>
        <translation>
            <numerusform>Die MQL-Übergabe wird jetzt durch %1 gesteuert; %n Lead an den Vertrieb übergeben.</numerusform>
            <numerusform>Die MQL-Übergabe wird jetzt durch %1 gesteuert; %n Leads an den Vertrieb übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The learned chance drives MQL handover and routing bands: with this model no lead would be promoted to MQL or routed differently. Of the rule score, %1 leads would change band (%2 of %3 leads would change score). Bands: %4 cold, %5 warm, %6 hot.</source>
        <translation>Die gelernte Chance steuert die MQL-Übergabe und die Verteilungsbänder: Mit diesem Modell würde kein Lead zum MQL hochgestuft oder anders verteilt. Beim Regel-Score würden %1 Leads das Band wechseln (bei %2 von %3 Leads würde sich der Score ändern). Bänder: %4 kalt, %5 warm, %6 heiß.</translation>
    </message>
</context>
<context>
    <name>bantam::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>bantam::SlaDashboard</name>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
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
        <source>Refres&amp;h</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>First touch</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>MQL target</source>
        <translation>MQL-Ziel</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the lead.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um den Lead zu öffnen.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>First touch: median %1 h, 90%: %2 h (business hours)</source>
        <translation>Erstkontakt: Median %1 Std., 90 %: %2 Std. (Geschäftszeit)</translation>
    </message>
    <message>
        <source>No first touches in the period.</source>
        <translation>Keine Erstkontakte im Zeitraum.</translation>
    </message>
    <message>
        <source>Now: %1 on track, %2 due soon, %3 breached. Period %4 – %5: %6 compliance. Calculated %7.</source>
        <translation>Aktuell: %1 im Plan, %2 bald fällig, %3 überschritten. Zeitraum %4 – %5: %6 Einhaltung. Berechnet am %7.</translation>
    </message>
</context>
<context>
    <name>bantam::SlaSettingsDialog</name>
    <message>
        <source>Service levels</source>
        <translation>Service-Levels</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Business calendar</source>
        <translation>&amp;Geschäftskalender</translation>
    </message>
    <message>
        <source>&amp;MQL targets</source>
        <translation>&amp;MQL-Ziele</translation>
    </message>
    <message>
        <source>Changes apply to clocks started from now on. Recompute to apply them to the whole history.</source>
        <translation>Änderungen gelten für Fristen, die ab jetzt starten. Berechnen Sie neu, um sie auf den gesamten Verlauf anzuwenden.</translation>
    </message>
    <message>
        <source>&amp;Recompute all clocks…</source>
        <translation>Alle Fristen ne&amp;u berechnen…</translation>
    </message>
    <message>
        <source>Recomputing the SLA clocks…</source>
        <translation>SLA-Fristen werden neu berechnet…</translation>
    </message>
    <message>
        <source>%1 clocks recomputed for %2 leads; %3 are open.</source>
        <translation>%1 Fristen für %2 Leads neu berechnet; %3 sind offen.</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>Jeder Lead</translation>
    </message>
    <message>
        <source>Fast-track leads only</source>
        <translation>Nur Fast-Track-Leads</translation>
    </message>
    <message>
        <source>Leads not on the fast track</source>
        <translation>Leads ohne Fast-Track</translation>
    </message>
    <message>
        <source>business minutes</source>
        <translation>Geschäftsminuten</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Kalendertage</translation>
    </message>
    <message>
        <source> % left</source>
        <translation> % übrig</translation>
    </message>
    <message>
        <source>Restart the clock when the lead is reassigned</source>
        <translation>Frist neu starten, wenn der Lead neu zugewiesen wird</translation>
    </message>
    <message>
        <source>Escalate breaches to the team lead</source>
        <translation>Überschreitungen an die Teamleitung eskalieren</translation>
    </message>
    <message>
        <source>Reassign breached leads through the routing rules</source>
        <translation>Leads mit Überschreitung über die Routing-Regeln neu zuweisen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Runs in stages:</source>
        <translation>Läuft in den Phasen:</translation>
    </message>
    <message>
        <source>&amp;Fast track:</source>
        <translation>Fast-Trac&amp;k:</translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation>Mindest-&amp;Score:</translation>
    </message>
    <message>
        <source>&amp;Allowed time:</source>
        <translation>Zulässige &amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Due soon at:</source>
        <translation>&amp;Bald fällig bei:</translation>
    </message>
    <message>
        <source>Stopped by acti&amp;vities:</source>
        <translation>Gestoppt durch Akti&amp;vitäten:</translation>
    </message>
    <message>
        <source>Stopped by &amp;moves:</source>
        <translation>Gestoppt durch &amp;Aktionen:</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>Richtlinie s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;New policy</source>
        <translation>N&amp;eue Richtlinie</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Richtlinie</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Save &amp;hours and time zone</source>
        <translation>Geschäftszeiten und Zeitzone &amp;speichern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>Name des Feiertags</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>MQL target</source>
        <translation>MQL-Ziel</translation>
    </message>
    <message>
        <source>&amp;Set target</source>
        <translation>Ziel &amp;festlegen</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Monat:</translation>
    </message>
    <message>
        <source>MQLs:</source>
        <translation>MQLs:</translation>
    </message>
    <message>
        <source>Recompute all clocks</source>
        <translation>Alle Fristen neu berechnen</translation>
    </message>
    <message numerus="yes">
        <source>Recompute the service-level clocks of all %Ln lead(s)?</source>
        <translation>
            <numerusform>Die Service-Level-Fristen von %Ln Lead neu berechnen?</numerusform>
            <numerusform>Die Service-Level-Fristen aller %Ln Leads neu berechnen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead&apos;s stage history and touches are replayed with the policies and the business calendar as saved now: due times change, open clocks already past due are recorded as breaches (without escalating them again). Unsaved changes in this dialog are not used. You can cancel while it runs; the leads done by then keep their new clocks.</source>
        <translation>Phasenverlauf und Kontakte jedes Leads werden mit den Richtlinien und dem Geschäftskalender in ihrem gespeicherten Stand nachgespielt: Fälligkeiten ändern sich, offene, bereits überfällige Fristen werden als Verletzungen erfasst (ohne erneute Eskalation). Nicht gespeicherte Änderungen in diesem Dialog werden nicht verwendet. Sie können während der Berechnung abbrechen; die bis dahin bearbeiteten Leads behalten ihre neuen Fristen.</translation>
    </message>
    <message>
        <source>&amp;Recompute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
</context>
<context>
    <name>bantam::SlaView</name>
    <message>
        <source>My queue</source>
        <translation>Meine Warteschlange</translation>
    </message>
    <message>
        <source>SLA dashboard</source>
        <translation>SLA-Dashboard</translation>
    </message>
    <message>
        <source>Service level &amp;settings…</source>
        <translation>Service-&amp;Level-Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>%n new SLA breach(es) were escalated.</source>
        <translation>
            <numerusform>%n neue SLA-Überschreitung wurde eskaliert.</numerusform>
            <numerusform>%n neue SLA-Überschreitungen wurden eskaliert.</numerusform>
        </translation>
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
    <message>
        <source>Show all leads matching the filters</source>
        <translation>Alle Leads anzeigen, die zu den Filtern passen</translation>
    </message>
    <message>
        <source>Show only the leads in %1</source>
        <translation>Nur die Leads in %1 anzeigen</translation>
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
    <name>bantam::TeamLeadModel</name>
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
        <source>Country</source>
        <translation>Land</translation>
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
        <source>not routed yet</source>
        <translation>noch kein Routing</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why the lead is not assigned to a rep</source>
        <translation>Warum der Lead keinem Vertriebsmitarbeiter zugewiesen ist</translation>
    </message>
</context>
<context>
    <name>bantam::TeamView</name>
    <message>
        <source>&amp;Route unassigned…</source>
        <translation>Nicht zugewiesene &amp;routen…</translation>
    </message>
    <message>
        <source>Routing r&amp;ules…</source>
        <translation>Routing-Re&amp;geln…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Au&amp;dit log…</source>
        <translation>Au&amp;dit-Protokoll…</translation>
    </message>
    <message>
        <source>Leads of:</source>
        <translation>Leads von:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Drop leads on a rep to reassign them.</source>
        <translation>Leads auf einen Vertriebsmitarbeiter ziehen, um sie neu zuzuweisen.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Select the leads to reassign first.</source>
        <translation>Wählen Sie zuerst die Leads aus, die neu zugewiesen werden sollen.</translation>
    </message>
    <message>
        <source>Unassigned queue</source>
        <translation>Nicht zugewiesene Leads</translation>
    </message>
    <message>
        <source>&amp;Inbox (%1)</source>
        <translation>&amp;Posteingang (%1)</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
    </message>
    <message>
        <source>%1 (senior)</source>
        <translation>%1 (Senior)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>%1 leads assigned, %2 stay unassigned.</source>
        <translation>%1 Leads zugewiesen, %2 bleiben nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>No notifications.</source>
        <translation>Keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Alle als ge&amp;lesen markieren</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>Pers&amp;onen…</translation>
    </message>
    <message>
        <source>Users, teams and territories: capacity and absence of the reps.</source>
        <translation>Benutzer, Teams und Gebiete: Kapazität und Abwesenheit der Vertriebsmitarbeiter.</translation>
    </message>
    <message>
        <source>%1 leads (%2 loaded; scroll down for more)</source>
        <translation>%1 Leads (%2 geladen; zum Nachladen nach unten scrollen)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) reassigned to %1.</source>
        <translation>
            <numerusform>%n Lead an %1 neu zugewiesen.</numerusform>
            <numerusform>%n Leads an %1 neu zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out where the unassigned leads would go…</source>
        <translation>Ermittle, wohin die nicht zugewiesenen Leads gehen würden …</translation>
    </message>
    <message>
        <source>Assigning the unassigned leads…</source>
        <translation>Weise die nicht zugewiesenen Leads zu …</translation>
    </message>
    <message>
        <source>Routing cancelled: no lead was assigned.</source>
        <translation>Routing abgebrochen: Kein Lead wurde zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigning %n leads…</source>
        <translation>
            <numerusform>Weise %n Lead neu zu …</numerusform>
            <numerusform>Weise %n Leads neu zu …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>Offen / max.</translation>
    </message>
    <message>
        <source>New today / cap</source>
        <translation>Heute / max.</translation>
    </message>
    <message>
        <source>Open leads now, and the most this rep may hold (if set).</source>
        <translation>Offene Leads jetzt und wie viele dieser Mitarbeiter höchstens haben darf (falls festgelegt).</translation>
    </message>
    <message>
        <source>Leads assigned today, and the most per day (if set).</source>
        <translation>Heute zugewiesene Leads und höchstens pro Tag (falls festgelegt).</translation>
    </message>
</context>
<context>
    <name>bantam::TerritoryDialog</name>
    <message>
        <source>Territory %1</source>
        <translation>Gebiet %1</translation>
    </message>
    <message>
        <source>New territory</source>
        <translation>Neues Gebiet</translation>
    </message>
    <message>
        <source>two-letter codes, e.g. DE, AT, CH</source>
        <translation>Ländercodes mit zwei Buchstaben, z. B. DE, AT, CH</translation>
    </message>
    <message>
        <source>optional, e.g. 80, 81, 9 — empty: the whole countries</source>
        <translation>optional, z. B. 80, 81, 9 — leer: die ganzen Länder</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Länder:</translation>
    </message>
    <message>
        <source>&amp;Postcode prefixes:</source>
        <translation>&amp;PLZ-Präfixe:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>bantam::UserDialog</name>
    <message>
        <source>Active (may sign in and receive leads)</source>
        <translation>Aktiv (darf sich anmelden und Leads erhalten)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>e.g. j.meier</source>
        <translation>z. B. j.meier</translation>
    </message>
    <message>
        <source>as colleagues see it; the login if empty</source>
        <translation>wie ihn Kollegen sehen; leer: der Anmeldename</translation>
    </message>
    <message>
        <source>e.g. de, en — empty: any</source>
        <translation>z. B. de, en — leer: alle</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No territories yet: add them on the Territories tab.</source>
        <translation>Noch keine Gebiete: Legen Sie sie auf der Registerkarte „Gebiete“ an.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>The rep&apos;s share in weighted round-robin; 0 = none that way.</source>
        <translation>Anteil des Vertriebsmitarbeiters beim gewichteten Round-Robin; 0 = keine Leads auf diesem Weg.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>No absence.</source>
        <translation>Keine Abwesenheit.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>new per day:</source>
        <translation>neue pro Tag:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Te&amp;rritories:</source>
        <translation>&amp;Gebiete:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>S&amp;prachen:</translation>
    </message>
    <message>
        <source>&amp;Capacity, open leads:</source>
        <translation>&amp;Kapazität, offene Leads:</translation>
    </message>
    <message>
        <source>Ab&amp;sent from:</source>
        <translation>Abwesend &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Ge&amp;wichtung:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>The login never changes: people sign in and scripts refer to users with it.</source>
        <translation>Der Anmeldename ändert sich nie: Damit melden sich Personen an, und Skripte verweisen damit auf Benutzer.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Repeat passwor&amp;d:</source>
        <translation>Passwort wie&amp;derholen:</translation>
    </message>
    <message>
        <source>A database file is a one-person database: whoever opens the file works in it, without a password. Passwords are for team databases (PostgreSQL).</source>
        <translation>Eine Datenbankdatei ist eine Ein-Personen-Datenbank: Wer die Datei öffnet, arbeitet darin, ohne Passwort. Passwörter gibt es für Team-Datenbanken (PostgreSQL).</translation>
    </message>
    <message>
        <source>empty: no sign-in until a password is set</source>
        <translation>leer: keine Anmeldung, bis ein Passwort gesetzt ist</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bantam lead management</source>
        <translation>Bantam-Lead-Management</translation>
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
    <message>
        <source>Open this SQLite database file or team database (postgresql://user@host/db).</source>
        <translation>Diese SQLite-Datenbankdatei oder Team-Datenbank (postgresql://benutzer@host/db) öffnen.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <source>Bring the running window to the front with the lead that has this phone number (any format), for a phone system&apos;s incoming call; starts a window when none runs.</source>
        <translation>Holt das laufende Fenster mit dem Lead nach vorn, der diese Telefonnummer hat (beliebiges Format), für einen eingehenden Anruf der Telefonanlage; startet ein Fenster, wenn keines läuft.</translation>
    </message>
</context>
</TS>
