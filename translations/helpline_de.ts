<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiFailure</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Dieses Element existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Zu viele Anfragen an den Server. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer Helpline does not understand. Is the server URL right?</source>
        <translation>Der Server hat eine Antwort gesendet, die Helpline nicht versteht. Ist die Server-URL richtig?</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Please wait a few minutes before trying again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation>Einige Felder fehlen oder sind ungültig.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation>Die gesendeten Daten sind für den Server zu groß.</translation>
    </message>
    <message>
        <source>The server could not complete the request. Nothing was changed; try again later.</source>
        <translation>Der Server konnte die Anfrage nicht abschließen. Es wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Die Datei ist größer, als der Server zulässt.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>P1 Critical</source>
        <translation>P1 Kritisch</translation>
    </message>
    <message>
        <source>P2 High</source>
        <translation>P2 Hoch</translation>
    </message>
    <message>
        <source>P3 Medium</source>
        <translation>P3 Mittel</translation>
    </message>
    <message>
        <source>P4 Low</source>
        <translation>P4 Niedrig</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Senior analyst</source>
        <translation>Senior-Analyst</translation>
    </message>
    <message>
        <source>Room and event staff</source>
        <translation>Raum- und Veranstaltungsteam</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Awaiting the requester</source>
        <translation>Warten auf den Anfragenden</translation>
    </message>
    <message>
        <source>Awaiting a vendor</source>
        <translation>Warten auf einen Lieferanten</translation>
    </message>
    <message>
        <source>Awaiting a change</source>
        <translation>Warten auf einen Change</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Workaround provided</source>
        <translation>Workaround bereitgestellt</translation>
    </message>
    <message>
        <source>User instructed</source>
        <translation>Benutzer angeleitet</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Kein Fehler festgestellt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Could not reproduce</source>
        <translation>Nicht reproduzierbar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartegrund</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Resolution notes</source>
        <translation>Lösungsnotizen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>1 – Organisation or site</source>
        <translation>1 – Organisation oder Standort</translation>
    </message>
    <message>
        <source>2 – Department or group</source>
        <translation>2 – Abteilung oder Gruppe</translation>
    </message>
    <message>
        <source>3 – One person</source>
        <translation>3 – Eine Person</translation>
    </message>
    <message>
        <source>1 – Work has stopped</source>
        <translation>1 – Die Arbeit steht</translation>
    </message>
    <message>
        <source>2 – Work is impaired</source>
        <translation>2 – Die Arbeit ist beeinträchtigt</translation>
    </message>
    <message>
        <source>3 – Can wait</source>
        <translation>3 – Kann warten</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>this step is not allowed from the ticket&apos;s status</source>
        <translation>dieser Schritt ist im aktuellen Status des Tickets nicht erlaubt</translation>
    </message>
    <message>
        <source>the ticket is closed or cancelled</source>
        <translation>das Ticket ist geschlossen oder abgebrochen</translation>
    </message>
    <message>
        <source>can only be an analyst</source>
        <translation>kann nur ein Analyst sein</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>muss 1, 2 oder 3 sein</translation>
    </message>
    <message>
        <source>must be empty for a new ticket</source>
        <translation>muss bei einem neuen Ticket leer sein</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>cannot be changed</source>
        <translation>kann nicht geändert werden</translation>
    </message>
    <message>
        <source>is not a field of this item</source>
        <translation>ist kein Feld dieses Eintrags</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>nicht akzeptiert</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Antwort oder Notiz</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Name des Anfragenden</translation>
    </message>
    <message>
        <source>Requester&apos;s email</source>
        <translation>E-Mail des Anfragenden</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Untergeordnet</translation>
    </message>
    <message>
        <source>Caused by problem</source>
        <translation>Verursacht durch Problem</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Zusammengeführte Duplikate</translation>
    </message>
    <message>
        <source>Parent – this ticket is part of the other one</source>
        <translation>Übergeordnet – dieses Ticket ist Teil des anderen</translation>
    </message>
    <message>
        <source>Child – the other ticket is part of this one</source>
        <translation>Untergeordnet – das andere Ticket ist Teil dieses Tickets</translation>
    </message>
    <message>
        <source>Caused by problem – the other ticket is the problem behind this one</source>
        <translation>Verursacht durch Problem – das andere Ticket ist das Problem hinter diesem</translation>
    </message>
    <message>
        <source>Incident – the other ticket is an incident this problem causes</source>
        <translation>Störung – das andere Ticket ist eine Störung, die dieses Problem verursacht</translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation>Zusammengeführtes Duplikat</translation>
    </message>
    <message>
        <source>uses a placeholder that does not exist</source>
        <translation>verwendet einen Platzhalter, den es nicht gibt</translation>
    </message>
    <message>
        <source>is already used by another one</source>
        <translation>wird bereits von einem anderen Eintrag verwendet</translation>
    </message>
    <message>
        <source>only goes with the status Pending</source>
        <translation>ist nur mit dem Status Wartend möglich</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>hat nicht das erwartete Format</translation>
    </message>
    <message>
        <source>must be 1 to 1440 minutes</source>
        <translation>muss zwischen 1 und 1440 Minuten liegen</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>is this ticket itself</source>
        <translation>ist dieses Ticket selbst</translation>
    </message>
    <message>
        <source>is already linked to this ticket</source>
        <translation>ist bereits mit diesem Ticket verknüpft</translation>
    </message>
    <message>
        <source>is a ticket of another type</source>
        <translation>ist ein Ticket eines anderen Typs</translation>
    </message>
    <message>
        <source>the child already has a parent; a ticket has at most one</source>
        <translation>das untergeordnete Ticket hat bereits ein übergeordnetes; ein Ticket hat höchstens eines</translation>
    </message>
    <message>
        <source>the child is already above the parent: the link would make a loop</source>
        <translation>das untergeordnete Ticket steht bereits über dem übergeordneten: Die Verknüpfung würde einen Kreis bilden</translation>
    </message>
    <message>
        <source>does not fit a ticket of this type</source>
        <translation>passt nicht zu einem Ticket dieses Typs</translation>
    </message>
    <message>
        <source>must be a problem</source>
        <translation>muss ein Problem sein</translation>
    </message>
    <message>
        <source>must be an incident</source>
        <translation>muss eine Störung sein</translation>
    </message>
    <message>
        <source>the incident is already linked to a problem</source>
        <translation>die Störung ist bereits mit einem Problem verknüpft</translation>
    </message>
    <message>
        <source>only a merge makes or keeps this link</source>
        <translation>diese Verknüpfung entsteht und besteht nur durch eine Zusammenführung</translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation>dieses Ticket gibt es nicht</translation>
    </message>
    <message>
        <source>has already been merged into another ticket</source>
        <translation>wurde bereits in ein anderes Ticket zusammengeführt</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Meine offenen Tickets</translation>
    </message>
    <message>
        <source>My group</source>
        <translation>Meine Gruppe</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Other ticket</source>
        <translation>Anderes Ticket</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Art der Verknüpfung</translation>
    </message>
    <message>
        <source>Ticket to keep</source>
        <translation>Beizubehaltendes Ticket</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>Dieses Ticket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Field changes</source>
        <translation>Feldänderungen</translation>
    </message>
    <message>
        <source>Sets status</source>
        <translation>Setzt Status</translation>
    </message>
    <message>
        <source>Sets waiting for</source>
        <translation>Setzt Wartegrund</translation>
    </message>
    <message>
        <source>Sets group</source>
        <translation>Setzt Gruppe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Worked at</source>
        <translation>Gearbeitet am</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>L1 – Service desk</source>
        <translation>L1 – Service Desk</translation>
    </message>
    <message>
        <source>L2 – Specialists</source>
        <translation>L2 – Spezialisten</translation>
    </message>
    <message>
        <source>L3 – Engineering and vendors</source>
        <translation>L3 – Entwicklung und Lieferanten</translation>
    </message>
    <message>
        <source>High – organisation or site</source>
        <translation>Hoch – Organisation oder Standort</translation>
    </message>
    <message>
        <source>Medium – department or group</source>
        <translation>Mittel – Abteilung oder Gruppe</translation>
    </message>
    <message>
        <source>Low – one person</source>
        <translation>Niedrig – eine Person</translation>
    </message>
    <message>
        <source>High – work has stopped</source>
        <translation>Hoch – die Arbeit steht</translation>
    </message>
    <message>
        <source>Medium – work is impaired</source>
        <translation>Mittel – die Arbeit ist beeinträchtigt</translation>
    </message>
    <message>
        <source>Low – can wait</source>
        <translation>Niedrig – kann warten</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows of people.</source>
        <translation>Die Datei benennt ihre Spalten, enthält aber keine Zeilen mit Personen.</translation>
    </message>
    <message>
        <source>The file has no name column. The first row must name the columns: name (or first name and last name), email, department, location, manager email.</source>
        <translation>Die Datei hat keine Spalte für den Namen. Die erste Zeile muss die Spalten benennen (Spaltennamen auf Englisch): name (oder first name und last name), email, department, location, manager email.</translation>
    </message>
    <message>
        <source>The file has no %1 column. The first row must name the columns: name, email, department, location, manager email.</source>
        <translation>Die Datei hat keine Spalte „%1“. Die erste Zeile muss die Spalten benennen (Spaltennamen auf Englisch): name, email, department, location, manager email.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.</source>
        <translation>Ein Wert in Anführungszeichen, der in Zeile %1 beginnt, wird nie geschlossen, daher kann der Rest der Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote; a quote inside a value must be doubled (&quot;&quot;).</source>
        <translation>Zeile %1 enthält Text nach einem schließenden Anführungszeichen; ein Anführungszeichen innerhalb eines Werts muss verdoppelt werden (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file has more rows than one import takes (50,000); split it into smaller files.</source>
        <translation>Die Datei hat mehr Zeilen, als ein Import aufnehmen kann (50.000); teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“ und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Some rows have errors, so nothing was imported.</source>
        <translation>Einige Zeilen enthalten Fehler, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Every person needs an email address.</source>
        <translation>Jede Person benötigt eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Every person needs a name.</source>
        <translation>Jede Person benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Zu lang.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>This email address is already on an earlier line of the file.</source>
        <translation>Diese E-Mail-Adresse steht bereits in einer früheren Zeile der Datei.</translation>
    </message>
    <message>
        <source>No one with this email address is in the file or the directory.</source>
        <translation>Weder in der Datei noch im Verzeichnis gibt es jemanden mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>Eine Person kann nicht ihre eigene Führungskraft sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>the ticket is already at the highest tier</source>
        <translation>das Ticket ist bereits auf der höchsten Ebene</translation>
    </message>
    <message>
        <source>an escalation cannot go to a lower tier</source>
        <translation>eine Eskalation kann nicht auf eine niedrigere Ebene führen</translation>
    </message>
    <message>
        <source>this would not change anything</source>
        <translation>das würde nichts ändern</translation>
    </message>
    <message>
        <source>the ticket is no longer open</source>
        <translation>das Ticket ist nicht mehr offen</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Unterkategorie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>Begründung der Priorität</translation>
    </message>
    <message>
        <source>To tier</source>
        <translation>Zielebene</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>first response after %1</source>
        <translation>erste Antwort nach %1</translation>
    </message>
    <message>
        <source>no reply to the requester yet</source>
        <translation>noch keine Antwort an den Anfragenden</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>gelöst nach %1</translation>
    </message>
    <message>
        <source>first contact resolution</source>
        <translation>Lösung beim ersten Kontakt</translation>
    </message>
    <message>
        <source>not a first contact resolution</source>
        <translation>keine Lösung beim ersten Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>%n-mal wiedereröffnet</numerusform>
            <numerusform>%n-mal wiedereröffnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escalated %n time(s)</source>
        <translation>
            <numerusform>%n-mal eskaliert</numerusform>
            <numerusform>%n-mal eskaliert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>handed over %n time(s)</source>
        <translation>
            <numerusform>%n-mal weitergegeben</numerusform>
            <numerusform>%n-mal weitergegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not escalated</source>
        <translation>%1, nicht eskaliert</translation>
    </message>
    <message>
        <source>%1 → %2 by %3, %4: %5</source>
        <translation>%1 → %2 durch %3, %4: %5</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>Führungskraft %1</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>nicht mehr aktiv</translation>
    </message>
    <message>
        <source>No details in the directory.</source>
        <translation>Keine Angaben im Verzeichnis.</translation>
    </message>
    <message>
        <source>does not work tickets, so cannot watch one</source>
        <translation>bearbeitet keine Tickets und kann daher keines beobachten</translation>
    </message>
    <message>
        <source>is not in the list the administrator keeps</source>
        <translation>steht nicht in der vom Administrator gepflegten Liste</translation>
    </message>
    <message>
        <source>has been retired; choose another one</source>
        <translation>wurde deaktiviert; wählen Sie einen anderen Eintrag</translation>
    </message>
    <message>
        <source>does not belong to the chosen category</source>
        <translation>gehört nicht zur gewählten Kategorie</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>muss ja oder nein sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Im Einsatz</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop-PC</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Konferenztelefon</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>Dockingstation</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Peripheriegerät</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>In Reparatur</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft am</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Garantie bis</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Patch level</source>
        <translation>Patchstand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Liegt in</translation>
    </message>
    <message>
        <source>Room profile</source>
        <translation>Raumprofil</translation>
    </message>
    <message>
        <source>the asset cannot go to this status from the one it has</source>
        <translation>das Asset kann von seinem aktuellen Status nicht in diesen wechseln</translation>
    </message>
    <message>
        <source>an assigned or loaned asset needs a person</source>
        <translation>ein zugewiesenes oder verliehenes Asset braucht eine Person</translation>
    </message>
    <message>
        <source>only an assigned or loaned asset has a person</source>
        <translation>nur ein zugewiesenes oder verliehenes Asset hat eine Person</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>cannot end before the purchase</source>
        <translation>kann nicht vor dem Kauf enden</translation>
    </message>
    <message>
        <source>must be a room</source>
        <translation>muss ein Raum sein</translation>
    </message>
    <message>
        <source>was not found</source>
        <translation>wurde nicht gefunden</translation>
    </message>
    <message>
        <source>is already used by another asset</source>
        <translation>wird bereits von einem anderen Asset verwendet</translation>
    </message>
    <message>
        <source>a building goes inside a site, a room inside a building</source>
        <translation>ein Gebäude liegt in einem Standort, ein Raum in einem Gebäude</translation>
    </message>
    <message>
        <source>only rooms have a profile</source>
        <translation>nur Räume haben ein Profil</translation>
    </message>
    <message>
        <source>a site is not inside anything</source>
        <translation>ein Standort liegt nicht in einem anderen Ort</translation>
    </message>
    <message>
        <source>Recorded the asset</source>
        <translation>Hat das Asset erfasst</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Mit Ticket %1 verknüpft</translation>
    </message>
    <message>
        <source>Unlinked from ticket %1</source>
        <translation>Verknüpfung mit Ticket %1 aufgehoben</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetFieldsEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <source>Choose the person from the list that opens as you type, or clear the field.</source>
        <translation>Wählen Sie die Person aus der Liste, die sich beim Tippen öffnet, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Someone else changed this asset meanwhile. It now shows their version with your changes on top: check them and save again.</source>
        <translation>Jemand anderes hat dieses Asset inzwischen geändert. Angezeigt wird jetzt die andere Version mit Ihren Änderungen darüber: Prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetHistoryView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetListModel</name>
    <message>
        <source>Serial %1</source>
        <translation>Seriennr. %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetRecordView</name>
    <message>
        <source>Scan a tag or search above; the asset opens here.</source>
        <translation>Scannen Sie eine Inventarnummer oder suchen Sie oben; das Asset wird hier geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation>T&amp;ickets</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft am</translation>
    </message>
    <message>
        <source>Enter or double-click opens the ticket.</source>
        <translation>Eingabetaste oder Doppelklick öffnet das Ticket.</translation>
    </message>
    <message>
        <source>The asset could not be loaded: %1</source>
        <translation>Das Asset konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>warranty ended %1</source>
        <translation>Garantie abgelaufen am %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
%4</source>
        <translation>%1 — %2 (%3)
%4</translation>
    </message>
    <message>
        <source>Not linked to any ticket.</source>
        <translation>Mit keinem Ticket verknüpft.</translation>
    </message>
    <message>
        <source>T&amp;ickets (%1)</source>
        <translation>T&amp;ickets (%1)</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetsDock</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation>&amp;Neues Asset…</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>Scan or type a tag, serial, hostname, person or room</source>
        <translation>Inventarnummer, Seriennummer, Hostname, Person oder Raum scannen oder eingeben</translation>
    </message>
    <message>
        <source>A scanned tag opens its asset at once; anything else lists what matches.</source>
        <translation>Eine gescannte Inventarnummer öffnet sofort das zugehörige Asset; alles andere listet die Treffer auf.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No assets yet.</source>
        <translation>Noch keine Assets.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>The asset with this tag or serial. Show more lists others that mention it.</source>
        <translation>Das Asset mit dieser Inventar- oder Seriennummer. „Mehr anzeigen“ listet weitere auf, die sie erwähnen.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es), by tag.</source>
        <translation>
            <numerusform>%n Treffer, nach Inventarnummer sortiert.</numerusform>
            <numerusform>Die ersten %n Treffer, nach Inventarnummer sortiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) shown.</source>
        <translation>
            <numerusform>%n Treffer angezeigt.</numerusform>
            <numerusform>%n Treffer angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>More could not be loaded: %1</source>
        <translation>Weitere Treffer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>%1 erfasst.</translation>
    </message>
</context>
<context>
    <name>Helpline::AssigneeCombo</name>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 · attached by %4, %5</source>
        <translation>%1 × %2 Pixel, %3 · angehängt von %4, %5</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentTableModel</name>
    <message>
        <source>%1
%2 (%3), %4
SHA-256 %5</source>
        <translation>%1
%2 (%3), %4
SHA-256 %5</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Angehängt von</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt am</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentUploader</name>
    <message>
        <source>a folder cannot be attached; attach the files in it, or an archive of it.</source>
        <translation>Ein Ordner kann nicht angehängt werden; hängen Sie die darin enthaltenen Dateien oder ein Archiv des Ordners an.</translation>
    </message>
    <message>
        <source>it is %1; attachments may be at most %2.</source>
        <translation>Die Datei ist %1 groß; Anhänge dürfen höchstens %2 groß sein.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the pasted image could not be turned into a PNG file.</source>
        <translation>Das eingefügte Bild konnte nicht in eine PNG-Datei umgewandelt werden.</translation>
    </message>
    <message>
        <source>the server sent an answer Helpline cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Helpline nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentsPanel</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation>&amp;Dateien anhängen…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Vo&amp;rschau</translation>
    </message>
    <message>
        <source>Drop files here or on the reply to attach them; paste a screenshot into the reply.</source>
        <translation>Ziehen Sie Dateien hierher oder auf die Antwort, um sie anzuhängen; fügen Sie einen Screenshot in die Antwort ein.</translation>
    </message>
    <message>
        <source>The attachments could not be loaded: %1</source>
        <translation>Die Anhänge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was not saved. Try again.</source>
        <translation>%1 ist beschädigt angekommen und wurde nicht gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be shown as a picture.</source>
        <translation>%1 kann nicht als Bild angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>Helpline::BulkActionBar</name>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priorität…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Gruppe…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected:</source>
        <translation>
            <numerusform>%n Ticket ausgewählt:</numerusform>
            <numerusform>%n Tickets ausgewählt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign tickets</source>
        <translation>Tickets zuweisen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Move the selected tickets to:</source>
        <translation>Ausgewählte Tickets auf diesen Status setzen:</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Dringlichkeit:</translation>
    </message>
    <message>
        <source>The priority follows from impact and urgency.</source>
        <translation>Die Priorität ergibt sich aus Auswirkung und Dringlichkeit.</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <source>Move the selected tickets to the group:</source>
        <translation>Ausgewählte Tickets in diese Gruppe verschieben:</translation>
    </message>
    <message>
        <source>Add to the selected tickets</source>
        <translation>Zu den ausgewählten Tickets hinzufügen</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply to each requester</source>
        <translation>Antwort an jeden Anfragenden</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n ticket(s)…</source>
        <translation>
            <numerusform>%n Ticket wird geändert…</numerusform>
            <numerusform>%n Tickets werden geändert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n Ticket geändert.</numerusform>
            <numerusform>%n Tickets geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not changed:</source>
        <translation>
            <numerusform>%n Ticket nicht geändert:</numerusform>
            <numerusform>%n Tickets nicht geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected ticket(s) to:</source>
        <translation>
            <numerusform>%n ausgewähltes Ticket zuweisen an:</numerusform>
            <numerusform>%n ausgewählte Tickets zuweisen an:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n Ticket</numerusform>
            <numerusform>%1: %n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned tickets</source>
        <translation>Nicht zugewiesene Tickets</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected tickets have no assignee, and “%1” needs one.</source>
        <translation>
            <numerusform>%n der ausgewählten Tickets hat keinen Bearbeiter, und „%1“ erfordert einen.</numerusform>
            <numerusform>%n der ausgewählten Tickets haben keinen Bearbeiter, und „%1“ erfordert einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign them to you in the same change? Tickets someone already holds stay theirs.</source>
        <translation>Im selben Schritt Ihnen zuweisen? Tickets, die bereits jemand bearbeitet, bleiben bei dieser Person.</translation>
    </message>
    <message>
        <source>Assign them to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Change only the assigned ones</source>
        <translation>Nur die zugewiesenen ändern</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>Helpline::CatalogAdminDialog</name>
    <message>
        <source>Groups and categories</source>
        <translation>Gruppen und Kategorien</translation>
    </message>
    <message>
        <source>Assignment &amp;groups</source>
        <translation>Zuweisungs&amp;gruppen</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::CatalogWriter</name>
    <message>
        <source>Someone else changed this in the meantime. The lists are reloaded; try again.</source>
        <translation>Jemand anderes hat dies inzwischen geändert. Die Listen werden neu geladen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::CategoryAdminPage</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Add as &amp;category</source>
        <translation>Als Kategorie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add as &amp;subcategory</source>
        <translation>Als &amp;Unterkategorie hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name selected</source>
        <translation>Auswahl u&amp;mbenennen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Name of a new or renamed entry</source>
        <translation>Name eines neuen oder umbenannten Eintrags</translation>
    </message>
    <message>
        <source>Adds the name as a subcategory of the selected category</source>
        <translation>Fügt den Namen als Unterkategorie der ausgewählten Kategorie hinzu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Category “%1” added.</source>
        <translation>Kategorie „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Subcategory “%1” added to %2.</source>
        <translation>Unterkategorie „%1“ zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Renamed to “%1”; tickets that had the old name now carry the new one.</source>
        <translation>In „%1“ umbenannt; Tickets mit dem alten Namen tragen jetzt den neuen.</translation>
    </message>
    <message>
        <source>“%1” retired: no longer offered; tickets that have it keep it.</source>
        <translation>„%1“ deaktiviert: wird nicht mehr angeboten; Tickets, die sie bereits haben, behalten sie.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>„%1“ wird wieder angeboten.</translation>
    </message>
    <message>
        <source>“%1” moved.</source>
        <translation>„%1“ verschoben.</translation>
    </message>
</context>
<context>
    <name>Helpline::ClassificationFields</name>
    <message>
        <source>(none)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (nicht in der Liste)</translation>
    </message>
</context>
<context>
    <name>Helpline::ClientShell</name>
    <message>
        <source>The system keychain is not available, so Helpline cannot keep you signed in. You are signed in for this session only and will be asked again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann Helpline Ihre Anmeldung nicht speichern. Sie sind nur für diese Sitzung angemeldet und müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::ColleaguePickerDialog</name>
    <message>
        <source>Name or group</source>
        <translation>Name oder Gruppe</translation>
    </message>
    <message>
        <source>Loading your colleagues…</source>
        <translation>Ihre Kollegen werden geladen…</translation>
    </message>
    <message>
        <source>Your colleagues could not be loaded: %1</source>
        <translation>Ihre Kollegen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <source>Already chosen</source>
        <translation>Bereits ausgewählt</translation>
    </message>
    <message>
        <source>Nobody who works tickets is signed up.</source>
        <translation>Es ist niemand registriert, der Tickets bearbeitet.</translation>
    </message>
</context>
<context>
    <name>Helpline::CommentComposer</name>
    <message>
        <source>&amp;Reply to the requester</source>
        <translation>&amp;Antwort an den Anfragenden</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Senden (%1)</translation>
    </message>
    <message>
        <source>Not sent, your text is kept: %1</source>
        <translation>Nicht gesendet, Ihr Text bleibt erhalten: %1</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Macro…</source>
        <translation>Makro…</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>&amp;Dateien anhängen…</translation>
    </message>
    <message>
        <source>Insert a canned response; it may also set the ticket&apos;s status or group (%1)</source>
        <translation>Textbaustein einfügen; er kann auch Status oder Gruppe des Tickets setzen (%1)</translation>
    </message>
    <message>
        <source>Attach files to the ticket. You can also drop files on the text or paste a screenshot into it.</source>
        <translation>Dateien an das Ticket anhängen. Sie können Dateien auch auf den Text ziehen oder einen Screenshot darin einfügen.</translation>
    </message>
    <message>
        <source>Write in markdown: **bold**, lists, `code`… Drop files or paste a screenshot here to attach them.</source>
        <translation>In Markdown schreiben: **fett**, Listen, `Code`… Ziehen Sie Dateien hierher oder fügen Sie einen Screenshot ein, um sie anzuhängen.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>The macro is meant as a reply to the requester; your text stays an internal note until you choose otherwise above.</source>
        <translation>Das Makro ist als Antwort an den Anfragenden gedacht; Ihr Text bleibt eine interne Notiz, bis Sie oben etwas anderes wählen.</translation>
    </message>
    <message>
        <source>The macro is meant as an internal note; your text stays a reply to the requester until you choose otherwise above.</source>
        <translation>Das Makro ist als interne Notiz gedacht; Ihr Text bleibt eine Antwort an den Anfragenden, bis Sie oben etwas anderes wählen.</translation>
    </message>
    <message>
        <source>These placeholders are unknown and were left as written: %1</source>
        <translation>Diese Platzhalter sind unbekannt und wurden unverändert gelassen: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::ConflictDialog</name>
    <message>
        <source>Someone else changed this ticket</source>
        <translation>Jemand anderes hat dieses Ticket geändert</translation>
    </message>
    <message>
        <source>While you were working, the ticket was changed (now version %1). Here is your change beside what the ticket holds now.</source>
        <translation>Während Sie gearbeitet haben, wurde das Ticket geändert (jetzt Version %1). Hier sehen Sie Ihre Änderung neben dem aktuellen Stand des Tickets.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>&amp;Apply my change to the current version</source>
        <translation>Meine Änderung auf die aktuelle Version &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>Aktuelle Version &amp;behalten</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
</context>
<context>
    <name>Helpline::ConversationView</name>
    <message>
        <source>No replies or notes yet.</source>
        <translation>Noch keine Antworten oder Notizen.</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>Antwort an den Anfragenden</translation>
    </message>
    <message>
        <source>merged from %1</source>
        <translation>zusammengeführt aus %1</translation>
    </message>
</context>
<context>
    <name>Helpline::EscalateDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation>%1 eskalieren</translation>
    </message>
    <message>
        <source>%1 (stays)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>The group that takes it over</source>
        <translation>Die Gruppe, die das Ticket übernimmt</translation>
    </message>
    <message>
        <source>What was tried and what was found, so the next analyst does not start again.</source>
        <translation>Was versucht und was festgestellt wurde, damit der nächste Analyst nicht von vorn beginnt.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>To &amp;tier:</source>
        <translation>&amp;Zielebene:</translation>
    </message>
    <message>
        <source>To &amp;group:</source>
        <translation>Ziel&amp;gruppe:</translation>
    </message>
    <message>
        <source>What was &amp;tried:</source>
        <translation>Was wurde &amp;versucht:</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message numerus="yes">
        <source>Describe what was tried in at least %n characters.</source>
        <translation>
            <numerusform>Beschreiben Sie in mindestens %n Zeichen, was versucht wurde.</numerusform>
            <numerusform>Beschreiben Sie in mindestens %n Zeichen, was versucht wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a higher tier or another group.</source>
        <translation>Wählen Sie eine höhere Ebene oder eine andere Gruppe.</translation>
    </message>
    <message>
        <source>The ticket leaves its assignee and waits, new, in the receiving queue.</source>
        <translation>Das Ticket verliert seinen Bearbeiter und wartet mit dem Status „Neu“ in der Ziel-Warteschlange.</translation>
    </message>
    <message>
        <source>Not escalated: %1</source>
        <translation>Nicht eskaliert: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::GroupAdminPage</name>
    <message>
        <source>Add as &amp;new group</source>
        <translation>Als neue Gruppe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>Gruppe &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>What the group takes care of</source>
        <translation>Wofür die Gruppe zuständig ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Mitglieder:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Group “%1” added.</source>
        <translation>Gruppe „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Group “%1” saved.</source>
        <translation>Gruppe „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” retired: no longer offered; tickets in it keep it.</source>
        <translation>„%1“ deaktiviert: wird nicht mehr angeboten; Tickets in dieser Gruppe behalten sie.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>„%1“ wird wieder angeboten.</translation>
    </message>
</context>
<context>
    <name>Helpline::LinkTicketDialog</name>
    <message>
        <source>Link %1 to another ticket</source>
        <translation>%1 mit einem anderen Ticket verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Find the other ticket:</source>
        <translation>Anderes Ticket &amp;suchen:</translation>
    </message>
</context>
<context>
    <name>Helpline::LogTimeDialog</name>
    <message>
        <source>Log time on %1</source>
        <translation>Zeit für %1 erfassen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>What the time went on, e.g. remote session, call with the vendor</source>
        <translation>Wofür die Zeit aufgewendet wurde, z. B. Fernwartung, Telefonat mit dem Lieferanten</translation>
    </message>
    <message>
        <source>Helpline measured %1 of work on this ticket since you last logged time (time with the ticket in focus; idle stretches left out).</source>
        <translation>Helpline hat seit Ihrer letzten Zeiterfassung %1 Arbeit an diesem Ticket gemessen (Zeit, in der das Ticket im Fokus war; Leerlaufphasen nicht mitgezählt).</translation>
    </message>
    <message>
        <source>Helpline has not measured any work on this ticket since you last logged time.</source>
        <translation>Helpline hat seit Ihrer letzten Zeiterfassung keine Arbeit an diesem Ticket gemessen.</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>&amp;Aufgewendete Zeit:</translation>
    </message>
    <message>
        <source>&amp;Worked at:</source>
        <translation>&amp;Gearbeitet am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Log time</source>
        <translation>Zeit &amp;erfassen</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Not logged: %1 (%2)</source>
        <translation>Nicht erfasst: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Helpline::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem &amp;Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in to Helpline</source>
        <translation>Bei Helpline anmelden</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain, never in a file.</source>
        <translation>Die Sitzung wird im Schlüsselbund des Systems gespeichert, niemals in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in with your Helpline account.</source>
        <translation>Melden Sie sich mit Ihrem Helpline-Konto an.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://helpline.example.org</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel https://helpline.example.org</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Use https:// for a server on another computer: over http:// your password would cross the network unencrypted.</source>
        <translation>Verwenden Sie https:// für einen Server auf einem anderen Computer: Über http:// würde Ihr Passwort unverschlüsselt über das Netzwerk gehen.</translation>
    </message>
</context>
<context>
    <name>Helpline::MacroAdminDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Makros</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>Antwort an den Anfragenden</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Markdown. Placeholders such as {requester.first_name} are filled in for the ticket.</source>
        <translation>Markdown. Platzhalter wie {requester.first_name} werden für das Ticket ausgefüllt.</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Ask when applied</source>
        <translation>Beim Anwenden fragen</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Writes:</source>
        <translation>Sch&amp;reibt:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Sets &amp;status:</source>
        <translation>Setzt Stat&amp;us:</translation>
    </message>
    <message>
        <source>Waiting &amp;for:</source>
        <translation>&amp;Wartegrund:</translation>
    </message>
    <message>
        <source>Sets &amp;group:</source>
        <translation>Setzt &amp;Gruppe:</translation>
    </message>
    <message>
        <source>The macros could not be loaded: %1</source>
        <translation>Die Makros konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Someone else changed this macro meanwhile%1. Your text is kept; save again to replace their version with yours.</source>
        <translation>Jemand anderes hat dieses Makro inzwischen geändert%1. Ihr Text bleibt erhalten; speichern Sie erneut, um die andere Version durch Ihre zu ersetzen.</translation>
    </message>
    <message>
        <source> (it is now called &quot;%1&quot;)</source>
        <translation> (es heißt jetzt „%1“)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Nicht gespeichert: %1 (%2)</translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>Makro löschen</translation>
    </message>
    <message>
        <source>Delete the macro &quot;%1&quot; for everyone?</source>
        <translation>Das Makro „%1“ für alle löschen?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Unbekannte Platzhalter: %1</translation>
    </message>
    <message>
        <source>Macros (unsaved changes)</source>
        <translation>Makros (ungespeicherte Änderungen)</translation>
    </message>
    <message>
        <source>Unsaved macro</source>
        <translation>Ungespeichertes Makro</translation>
    </message>
    <message>
        <source>Your changes to this macro are not saved. Discard them?</source>
        <translation>Ihre Änderungen an diesem Makro sind nicht gespeichert. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>Helpline::MacroPicker</name>
    <message>
        <source>Insert a macro</source>
        <translation>Makro einfügen</translation>
    </message>
    <message>
        <source>Type to find a macro by name or text…</source>
        <translation>Tippen, um ein Makro nach Name oder Text zu finden…</translation>
    </message>
    <message>
        <source>Writes a reply to the requester</source>
        <translation>Schreibt eine Antwort an den Anfragenden</translation>
    </message>
    <message>
        <source>Writes an internal note</source>
        <translation>Schreibt eine interne Notiz</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>There are no macros yet. A senior analyst or an admin can add them under Tools → Macros.</source>
        <translation>Es gibt noch keine Makros. Ein Senior-Analyst oder ein Administrator kann sie unter Extras → Makros anlegen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <source>Group → %1</source>
        <translation>Gruppe → %1</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>Kein Makro gefunden.</translation>
    </message>
    <message>
        <source>Writes a reply to the requester.</source>
        <translation>Schreibt eine Antwort an den Anfragenden.</translation>
    </message>
    <message>
        <source>Writes an internal note.</source>
        <translation>Schreibt eine interne Notiz.</translation>
    </message>
    <message>
        <source>Then sets: %1</source>
        <translation>Setzt anschließend: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders stay as written: %1</source>
        <translation>Unbekannte Platzhalter bleiben unverändert: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::MainWindow</name>
    <message>
        <source>Helpline</source>
        <translation>Helpline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload queue</source>
        <translation>Warteschlange neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>In Warteschlange &amp;suchen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
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
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Helpline</source>
        <translation>&amp;Über Helpline</translation>
    </message>
    <message>
        <source>About Helpline</source>
        <translation>Über Helpline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helpline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service desk for IT support analysts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Helpline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Service Desk für Analysten im IT-Support.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation>Nur für diese Sitzung angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Reply to the requester</source>
        <translation>&amp;Antwort an den Anfragenden</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>Import &amp;people…</source>
        <translation>&amp;Personen importieren…</translation>
    </message>
    <message>
        <source>Insert &amp;macro…</source>
        <translation>Ma&amp;kro einfügen…</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>Zeit &amp;erfassen…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Macros…</source>
        <translation>&amp;Makros…</translation>
    </message>
    <message>
        <source>People imported: %1 new, %2 updated.</source>
        <translation>Personen importiert: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>E&amp;skalieren…</translation>
    </message>
    <message>
        <source>Internal n&amp;ote</source>
        <translation>Interne N&amp;otiz</translation>
    </message>
    <message>
        <source>Lin&amp;k to another ticket…</source>
        <translation>Mit anderem Ticket &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into another ticket…</source>
        <translation>In anderes Ticket zusammen&amp;führen…</translation>
    </message>
    <message>
        <source>Find &amp;asset</source>
        <translation>Asset &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation>&amp;Neues Asset…</translation>
    </message>
    <message>
        <source>&amp;Watch or unwatch</source>
        <translation>&amp;Beobachten ein/aus</translation>
    </message>
    <message>
        <source>&amp;Groups and categories…</source>
        <translation>&amp;Gruppen und Kategorien…</translation>
    </message>
</context>
<context>
    <name>Helpline::MergeTicketDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Zusammen&amp;führen</translation>
    </message>
    <message>
        <source>Merge %1 into another ticket</source>
        <translation>%1 in ein anderes Ticket zusammenführen</translation>
    </message>
    <message>
        <source>Optional: why these are the same, for the note on the ticket you keep.</source>
        <translation>Optional: warum es sich um dasselbe Anliegen handelt – für die Notiz am beibehaltenen Ticket.</translation>
    </message>
    <message>
        <source>%1 – %2 is a duplicate. Find the ticket to keep:</source>
        <translation>%1 – %2 ist ein Duplikat. Suchen Sie das Ticket, das bestehen bleibt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>All its replies and internal notes move</source>
        <translation>Alle Antworten und internen Notizen werden</translation>
    </message>
    <message numerus="yes">
        <source>Its %n reply(s) and internal note(s) move</source>
        <translation>
            <numerusform>%n Antwort bzw. interne Notiz wird</numerusform>
            <numerusform>%n Antworten und interne Notizen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 “%2” into %3 “%4”?</source>
        <translation>%1 „%2“ in %3 „%4“ zusammenführen?</translation>
    </message>
    <message>
        <source>•  %1 is closed with the resolution “%2”. A closed ticket cannot be reopened; the work carries on in %3.</source>
        <translation>•  %1 wird mit der Lösung „%2“ geschlossen. Ein geschlossenes Ticket kann nicht wiedereröffnet werden; die Arbeit geht in %3 weiter.</translation>
    </message>
    <message>
        <source>•  %1 to %2, keeping their authors and times; each is marked “merged from %3”.</source>
        <translation>•  %1 nach %2 verschoben; Verfasser und Zeitpunkte bleiben erhalten, und jeder Beitrag wird als „zusammengeführt aus %3“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>•  %1 gets an internal note about the merge, with your note if you wrote one.</source>
        <translation>•  %1 erhält eine interne Notiz zur Zusammenführung, mit Ihrer Notiz, falls Sie eine geschrieben haben.</translation>
    </message>
    <message>
        <source>•  Both tickets record the merge in their history, and %1 is listed as a duplicate of %2.</source>
        <translation>•  Beide Tickets vermerken die Zusammenführung in ihrer Änderungshistorie, und %1 wird als Duplikat von %2 geführt.</translation>
    </message>
    <message>
        <source>A merge cannot be undone.</source>
        <translation>Eine Zusammenführung kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Helpline::NewAssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>Neues Asset</translation>
    </message>
    <message>
        <source>Scan the label or type the tag</source>
        <translation>Etikett scannen oder Inventarnummer eingeben</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <source>Choose the person from the list that opens as you type, or clear the field.</source>
        <translation>Wählen Sie die Person aus der Liste, die sich beim Tippen öffnet, oder leeren Sie das Feld.</translation>
    </message>
</context>
<context>
    <name>Helpline::NewTicketDialog</name>
    <message>
        <source>&amp;Override the priority…</source>
        <translation>&amp;Priorität überschreiben…</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Mir &amp;zuweisen</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Worum geht es, in wenigen Worten</translation>
    </message>
    <message>
        <source>What happened, since when, what was tried. Markdown: **bold**, lists, `code`…</source>
        <translation>Was ist passiert, seit wann, was wurde versucht. Markdown: **fett**, Listen, `Code`…</translation>
    </message>
    <message>
        <source>Why the matrix is wrong this time, e.g. the CEO&apos;s laptop, a branch is down</source>
        <translation>Warum die Matrix diesmal nicht passt, z. B. Laptop der Geschäftsführung, eine Filiale ist ausgefallen</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>A&amp;nfragender:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Festlegen auf:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Beg&amp;ründung:</translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Kateg&amp;orie:</translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation>&amp;Unterkategorie:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Create the ticket (%1)</source>
        <translation>Ticket erstellen (%1)</translation>
    </message>
    <message>
        <source>Not created yet: see the marked fields.</source>
        <translation>Noch nicht erstellt: Beachten Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Not created yet: %1 Everything you typed is still here; creating again is safe and will not make a second ticket.</source>
        <translation>Noch nicht erstellt: %1 Ihre Eingaben sind noch vorhanden; erneutes Erstellen ist unbedenklich und erzeugt kein zweites Ticket.</translation>
    </message>
    <message>
        <source>Not created: %1 Everything you typed is still here.</source>
        <translation>Nicht erstellt: %1 Ihre Eingaben sind noch vorhanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation>Geben Sie dem Ticket einen Titel.</translation>
    </message>
    <message>
        <source>Who called? Choose someone from the directory, or type a name.</source>
        <translation>Wer hat angerufen? Wählen Sie jemanden aus dem Verzeichnis oder geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Say why the priority differs from the matrix.</source>
        <translation>Begründen Sie, warum die Priorität von der Matrix abweicht.</translation>
    </message>
    <message>
        <source>This person is no longer in the directory. Search again, or type the name.</source>
        <translation>Diese Person ist nicht mehr im Verzeichnis. Suchen Sie erneut oder geben Sie den Namen ein.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand, as the matrix gives)</source>
        <translation>%1 (manuell gesetzt, wie von der Matrix vorgegeben)</translation>
    </message>
    <message>
        <source>%1 (set by hand; the matrix gives %2)</source>
        <translation>%1 (manuell gesetzt; die Matrix ergibt %2)</translation>
    </message>
    <message>
        <source>%1 (from impact and urgency)</source>
        <translation>%1 (aus Auswirkung und Dringlichkeit)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Discard the new ticket?</source>
        <translation>Neues Ticket verwerfen?</translation>
    </message>
    <message>
        <source>What you typed for this ticket will be lost.</source>
        <translation>Ihre Eingaben für dieses Ticket gehen verloren.</translation>
    </message>
</context>
<context>
    <name>Helpline::PeopleImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei auswählen…</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>Nur Zeilen mit &amp;Fehlern anzeigen</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>Choose the HR export as a CSV file. Its first row names the columns: name (or first name and last name), email, department, location, manager email. People are matched by email: a known address updates that person, a new one adds a person. Nothing is imported while any row has an error.</source>
        <translation>Wählen Sie den HR-Export als CSV-Datei aus. Die erste Zeile benennt die Spalten (Spaltennamen auf Englisch): name (oder first name und last name), email, department, location, manager email. Personen werden über die E-Mail-Adresse zugeordnet: Eine bekannte Adresse aktualisiert die Person, eine neue fügt eine Person hinzu. Solange eine Zeile einen Fehler enthält, wird nichts importiert.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Choose the people file</source>
        <translation>Personendatei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is larger than %1; split it into smaller files.</source>
        <translation>Die Datei ist größer als %1; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation>%1 wird geprüft (%2)…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Importiert: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Personen darunter.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the marked cells in the file and choose it again.</source>
        <translation>Korrigieren Sie die markierten Zellen in der Datei und wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Bereit zum Import.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Die Datei konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Import cancelled. If the server had already received the whole file it may have imported it; choose the file again to see its state.</source>
        <translation>Import abgebrochen. Falls der Server die Datei bereits vollständig erhalten hatte, hat er sie möglicherweise importiert; wählen Sie die Datei erneut aus, um ihren Stand zu sehen.</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation>Prüfung abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::PeopleImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Manager&apos;s email</source>
        <translation>E-Mail der Führungskraft</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::PersonPicker</name>
    <message>
        <source>Nobody: type a name or email to choose someone</source>
        <translation>Niemand: Namen oder E-Mail-Adresse eingeben, um jemanden auszuwählen</translation>
    </message>
</context>
<context>
    <name>Helpline::PersonSearchModel</name>
    <message>
        <source>Manager: %1</source>
        <translation>Führungskraft: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>Helpline::PriorityOverrideFields</name>
    <message>
        <source>O&amp;verride the matrix</source>
        <translation>Matri&amp;x überschreiben</translation>
    </message>
    <message>
        <source>Why the matrix is wrong this time</source>
        <translation>Warum die Matrix diesmal nicht passt</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Set &amp;to:</source>
        <translation>&amp;Festlegen auf:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Beg&amp;ründung:</translation>
    </message>
    <message>
        <source>%1 (set by hand, as the matrix gives)</source>
        <translation>%1 (manuell gesetzt, wie von der Matrix vorgegeben)</translation>
    </message>
    <message>
        <source>%1 (set by hand; the matrix gives %2)</source>
        <translation>%1 (manuell gesetzt; die Matrix ergibt %2)</translation>
    </message>
    <message>
        <source>%1 (from impact and urgency)</source>
        <translation>%1 (aus Auswirkung und Dringlichkeit)</translation>
    </message>
</context>
<context>
    <name>Helpline::QueueColumns</name>
    <message>
        <source>Default columns</source>
        <translation>Standardspalten</translation>
    </message>
</context>
<context>
    <name>Helpline::QueueDock</name>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Warteschlange wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>%n Ticket angezeigt</numerusform>
            <numerusform>%n Tickets angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation>weitere werden geladen…</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>Die Warteschlange konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Fetch the queue again from the server (%1)</source>
        <translation>Warteschlange erneut vom Server laden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded</source>
        <translation>
            <numerusform>%n Ticket geladen</numerusform>
            <numerusform>%n Tickets geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>more tickets on the server: narrow the filter to see them</source>
        <translation>weitere Tickets auf dem Server: Filter eingrenzen, um sie zu sehen</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Nächstes Ticket</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Vorheriges Ticket</translation>
    </message>
    <message>
        <source>Filter by number, title, requester, assignee, group… (%1); Enter searches the server</source>
        <translation>Nach Nummer, Titel, Anfragendem, Bearbeiter, Gruppe… filtern (%1); die Eingabetaste durchsucht den Server</translation>
    </message>
    <message>
        <source>Narrow the view by status</source>
        <translation>Ansicht nach Status eingrenzen</translation>
    </message>
    <message>
        <source>New view…</source>
        <translation>Neue Ansicht…</translation>
    </message>
    <message>
        <source>Save a view of your own: which tickets, in which order, with which columns</source>
        <translation>Eigene Ansicht speichern: welche Tickets, in welcher Reihenfolge, mit welchen Spalten</translation>
    </message>
    <message>
        <source>Edit view…</source>
        <translation>Ansicht bearbeiten…</translation>
    </message>
    <message>
        <source>The views could not be loaded or saved: %1</source>
        <translation>Die Ansichten konnten nicht geladen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <source>searched on the server for “%1”</source>
        <translation>auf dem Server nach „%1“ gesucht</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
</context>
<context>
    <name>Helpline::QueueViewList</name>
    <message>
        <source>Your own view. Right-click to rename or delete it.</source>
        <translation>Ihre eigene Ansicht. Rechtsklick zum Umbenennen oder Löschen.</translation>
    </message>
    <message>
        <source>Save the current view as…</source>
        <translation>Aktuelle Ansicht speichern unter…</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>„%1“ umbenennen…</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete your view “%1”? The tickets stay as they are.</source>
        <translation>Ihre Ansicht „%1“ löschen? Die Tickets bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>Helpline::RequesterLookup</name>
    <message>
        <source>Name or email of the caller</source>
        <translation>Name oder E-Mail des Anrufers</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Searching the directory…</source>
        <translation>Verzeichnis wird durchsucht…</translation>
    </message>
    <message>
        <source>No one in the directory matches. The ticket keeps the name and the email you type here.</source>
        <translation>Kein Treffer im Verzeichnis. Das Ticket übernimmt den Namen und die E-Mail-Adresse, die Sie hier eingeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the directory: ↓ and Enter to choose. Someone not listed is kept as the name and email you type.</source>
        <translation>
            <numerusform>%n Treffer im Verzeichnis: ↓ und Eingabetaste zum Auswählen. Wer nicht aufgeführt ist, wird mit dem eingegebenen Namen und der eingegebenen E-Mail-Adresse übernommen.</numerusform>
            <numerusform>%n Treffer im Verzeichnis: ↓ und Eingabetaste zum Auswählen. Wer nicht aufgeführt ist, wird mit dem eingegebenen Namen und der eingegebenen E-Mail-Adresse übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be searched (%1). The ticket keeps the name and the email you type here.</source>
        <translation>Das Verzeichnis konnte nicht durchsucht werden (%1). Das Ticket übernimmt den Namen und die E-Mail-Adresse, die Sie hier eingeben.</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>Führungskraft %1</translation>
    </message>
    <message>
        <source>From the directory.</source>
        <translation>Aus dem Verzeichnis.</translation>
    </message>
    <message>
        <source>From the directory: %1.</source>
        <translation>Aus dem Verzeichnis: %1.</translation>
    </message>
    <message>
        <source>Type %1 or more letters of a name or email to search the directory.</source>
        <translation>Geben Sie mindestens %1 Buchstaben eines Namens oder einer E-Mail-Adresse ein, um das Verzeichnis zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>Helpline::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Your saved session has expired. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Helpline::StatusChangeDialog</name>
    <message>
        <source>Set the ticket pending</source>
        <translation>Ticket auf Wartend setzen</translation>
    </message>
    <message>
        <source>&amp;Waiting for:</source>
        <translation>&amp;Wartegrund:</translation>
    </message>
    <message>
        <source>Resolve the ticket</source>
        <translation>Ticket lösen</translation>
    </message>
    <message>
        <source>What was wrong and what fixed it, for the requester and the next analyst.</source>
        <translation>Was war falsch und was hat es behoben – für den Anfragenden und den nächsten Analysten.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Set &amp;pending</source>
        <translation>Auf Wartend &amp;setzen</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Lö&amp;sen</translation>
    </message>
    <message>
        <source>Write down how it was resolved: the notes are required.</source>
        <translation>Beschreiben Sie, wie das Ticket gelöst wurde: Die Notizen sind erforderlich.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketAssetsPanel</name>
    <message>
        <source>Lin&amp;k asset</source>
        <translation>Asset &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Open in Assets</source>
        <translation>In Assets ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Inventarnummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Enter or double-click opens the asset in the Assets pane; Delete unlinks it.</source>
        <translation>Eingabetaste oder Doppelklick öffnet das Asset im Bereich „Assets“; Entf hebt die Verknüpfung auf.</translation>
    </message>
    <message>
        <source>Scan or type a tag, serial, person or room to link an asset</source>
        <translation>Inventarnummer, Seriennummer, Person oder Raum scannen oder eingeben, um ein Asset zu verknüpfen</translation>
    </message>
    <message>
        <source>The linked assets could not be loaded: %1</source>
        <translation>Die verknüpften Assets konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No assets linked. Scan or type a tag below to link the device this ticket is about.</source>
        <translation>Keine Assets verknüpft. Scannen Sie unten eine Inventarnummer oder geben Sie sie ein, um das Gerät zu verknüpfen, um das es in diesem Ticket geht.</translation>
    </message>
    <message>
        <source>No asset has the tag or serial “%1”. Choose one of the matches, if any.</source>
        <translation>Kein Asset hat die Inventar- oder Seriennummer „%1“. Wählen Sie gegebenenfalls einen der Treffer.</translation>
    </message>
    <message>
        <source>The asset could not be linked: %1</source>
        <translation>Das Asset konnte nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>The asset could not be unlinked: %1</source>
        <translation>Die Verknüpfung des Assets konnte nicht aufgehoben werden: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketDock</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Anfragender:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Eröffnet:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to see it here.</source>
        <translation>Wählen Sie ein Ticket in der Warteschlange aus, um es hier anzuzeigen.</translation>
    </message>
    <message>
        <source>Opening the ticket…</source>
        <translation>Ticket wird geöffnet…</translation>
    </message>
    <message>
        <source>The server sent a ticket Helpline cannot read.</source>
        <translation>Der Server hat ein Ticket gesendet, das Helpline nicht lesen kann.</translation>
    </message>
    <message>
        <source>The ticket could not be opened: %1</source>
        <translation>Das Ticket konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Move the ticket on: only the steps its workflow allows are offered.</source>
        <translation>Ticket weiterführen: Es werden nur die Schritte angeboten, die sein Workflow erlaubt.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Wiedereröffnen: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1 (%2)</source>
        <translation>Die Änderung wurde nicht gespeichert: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Conversation (%1)</source>
        <translation>&amp;Verlauf (%1)</translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Handle time:</source>
        <translation>Bearbeitungszeit:</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>An&amp;hänge</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>An&amp;hänge (%1)</translation>
    </message>
    <message>
        <source>L&amp;inks</source>
        <translation>Verknü&amp;pfungen</translation>
    </message>
    <message>
        <source>L&amp;inks (%1)</source>
        <translation>Verknü&amp;pfungen (%1)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The macro&apos;s text was inserted, but its field changes were not applied (%1).</source>
        <translation>Der Text des Makros wurde eingefügt, seine Feldänderungen wurden aber nicht übernommen (%1).</translation>
    </message>
    <message>
        <source>the ticket was changed meanwhile; look at it and escalate again.</source>
        <translation>das Ticket wurde inzwischen geändert; sehen Sie es sich an und eskalieren Sie erneut.</translation>
    </message>
    <message>
        <source>Ti&amp;me (%1)</source>
        <translation>Zei&amp;t (%1)</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Zei&amp;t</translation>
    </message>
    <message>
        <source>&amp;Watchers</source>
        <translation>&amp;Beobachter</translation>
    </message>
    <message>
        <source>&amp;Watchers (%1)</source>
        <translation>&amp;Beobachter (%1)</translation>
    </message>
    <message>
        <source>A&amp;ssets</source>
        <translation>A&amp;ssets</translation>
    </message>
    <message>
        <source>A&amp;ssets (%1)</source>
        <translation>A&amp;ssets (%1)</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketFacts</name>
    <message>
        <source>Copy survey &amp;link</source>
        <translation>Umfrage&amp;link kopieren</translation>
    </message>
    <message>
        <source>Routed to:</source>
        <translation>Weitergeleitet an:</translation>
    </message>
    <message>
        <source>Escalation path:</source>
        <translation>Eskalationspfad:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Kennzahlen:</translation>
    </message>
    <message>
        <source>About the requester:</source>
        <translation>Zum Anfragenden:</translation>
    </message>
    <message>
        <source>Their other open tickets:</source>
        <translation>Weitere offene Tickets des Anfragenden:</translation>
    </message>
    <message>
        <source>Copy the one-time link of the satisfaction survey, to send it to the requester.</source>
        <translation>Den Einmal-Link der Zufriedenheitsumfrage kopieren, um ihn an den Anfragenden zu senden.</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Zufriedenheit:</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <source>came in by %1</source>
        <translation>Eingangskanal: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Not in the people directory.</source>
        <translation>Nicht im Personenverzeichnis.</translation>
    </message>
    <message>
        <source>Unknown: the requester is not in the directory.</source>
        <translation>Unbekannt: Der Anfragende ist nicht im Verzeichnis.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>und weitere</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Offered to the requester when the ticket is resolved.</source>
        <translation>Wird dem Anfragenden angeboten, sobald das Ticket gelöst ist.</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>%1 of 5: “%2”</source>
        <translation>%1 von 5: „%2“</translation>
    </message>
    <message>
        <source>Not answered; the survey has closed.</source>
        <translation>Nicht beantwortet; die Umfrage ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Waiting for the requester&apos;s answer.</source>
        <translation>Warten auf die Antwort des Anfragenden.</translation>
    </message>
    <message>
        <source>No survey was offered.</source>
        <translation>Es wurde keine Umfrage angeboten.</translation>
    </message>
    <message>
        <source>Their devices:</source>
        <translation>Geräte der Person:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketFieldsEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>St&amp;andort:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Assig&amp;nee:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation>&amp;Unterkategorie:</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketHistoryView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was wurde geändert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Opened the ticket</source>
        <translation>Hat das Ticket eröffnet</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Replied to the requester</source>
        <translation>Hat dem Anfragenden geantwortet</translation>
    </message>
    <message>
        <source>Added an internal note</source>
        <translation>Hat eine interne Notiz hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into this ticket (%n reply(s) and note(s) moved)</source>
        <translation>
            <numerusform>Hat %1 in dieses Ticket zusammengeführt (%n Antwort bzw. Notiz verschoben)</numerusform>
            <numerusform>Hat %1 in dieses Ticket zusammengeführt (%n Antworten und Notizen verschoben)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1 as a duplicate</source>
        <translation>Hat das Ticket als Duplikat in %1 zusammengeführt</translation>
    </message>
    <message>
        <source>Linked %1 (%2)</source>
        <translation>Hat %1 verknüpft (%2)</translation>
    </message>
    <message>
        <source>Removed the link to %1 (%2)</source>
        <translation>Hat die Verknüpfung mit %1 entfernt (%2)</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>Hat %1 angehängt</translation>
    </message>
    <message>
        <source>Removed a time entry of %1</source>
        <translation>Hat einen Zeiteintrag über %1 entfernt</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Hat %1 erfasst</translation>
    </message>
    <message>
        <source>Logged %1: %2</source>
        <translation>Hat %1 erfasst: %2</translation>
    </message>
    <message>
        <source>Added %1 as a watcher</source>
        <translation>Hat %1 als Beobachter hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1 as a watcher</source>
        <translation>Hat %1 als Beobachter entfernt</translation>
    </message>
    <message>
        <source>Linked asset %1</source>
        <translation>Hat Asset %1 verknüpft</translation>
    </message>
    <message>
        <source>Unlinked asset %1</source>
        <translation>Hat die Verknüpfung mit Asset %1 aufgehoben</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketLinksPanel</name>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>Zusammen&amp;führen in…</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter or double-click opens the linked ticket; Delete removes the link.</source>
        <translation>Eingabetaste oder Doppelklick öffnet das verknüpfte Ticket; Entf entfernt die Verknüpfung.</translation>
    </message>
    <message>
        <source>Link this ticket to a parent, child, problem, incident or related ticket (Ctrl+L)</source>
        <translation>Dieses Ticket mit einem übergeordneten, untergeordneten, Problem-, Störungs- oder verwandten Ticket verknüpfen (Strg+L)</translation>
    </message>
    <message>
        <source>Close this ticket as a duplicate and move its conversation to another one (Ctrl+Shift+M)</source>
        <translation>Dieses Ticket als Duplikat schließen und seinen Verlauf in ein anderes verschieben (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>The links could not be loaded: %1</source>
        <translation>Die Verknüpfungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No links yet. Link… ties this ticket to others.</source>
        <translation>Noch keine Verknüpfungen. „Verknüpfen…“ verbindet dieses Ticket mit anderen.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 offen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Linked by %1 on %2</source>
        <translation>Verknüpft von %1 am %2</translation>
    </message>
    <message>
        <source>The link was not made: %1</source>
        <translation>Die Verknüpfung wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>The link was not removed: %1</source>
        <translation>Die Verknüpfung wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Someone changed this ticket since you opened it. Cancel, look at it again, and merge once more if it is still a duplicate.</source>
        <translation>Jemand hat dieses Ticket geändert, seit Sie es geöffnet haben. Brechen Sie ab, sehen Sie es sich erneut an und führen Sie es noch einmal zusammen, falls es weiterhin ein Duplikat ist.</translation>
    </message>
    <message>
        <source>The tickets were not merged: %1</source>
        <translation>Die Tickets wurden nicht zusammengeführt: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketPicker</name>
    <message>
        <source>Number or words of the title, e.g. INC-000042 or VPN</source>
        <translation>Nummer oder Wörter aus dem Titel, z. B. INC-000042 oder VPN</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No ticket matches.</source>
        <translation>Kein passendes Ticket.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found; the most recently changed first.</source>
        <translation>
            <numerusform>%n Ticket gefunden; zuletzt geänderte zuerst.</numerusform>
            <numerusform>%n Tickets gefunden; zuletzt geänderte zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketTableModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragender</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>New: you have not opened it yet</source>
        <translation>Neu: Sie haben es noch nicht geöffnet</translation>
    </message>
    <message>
        <source>Updated since you last opened it</source>
        <translation>Geändert, seit Sie es zuletzt geöffnet haben</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketTimePanel</name>
    <message>
        <source>&amp;Log time…</source>
        <translation>Zeit &amp;erfassen…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Worked at</source>
        <translation>Gearbeitet am</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Remove a time entry you logged by mistake</source>
        <translation>Einen versehentlich erfassten Zeiteintrag entfernen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Handle time: %1</source>
        <translation>Bearbeitungszeit: %1</translation>
    </message>
    <message>
        <source>The time entries could not be loaded: %1</source>
        <translation>Die Zeiteinträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Remove time entry</source>
        <translation>Zeiteintrag entfernen</translation>
    </message>
    <message>
        <source>Remove %1 logged by %2 at %3?</source>
        <translation>%1, erfasst von %2 am %3, entfernen?</translation>
    </message>
    <message>
        <source>The entry was not removed: %1</source>
        <translation>Der Eintrag wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::UploadStatus</name>
    <message>
        <source>Attaching %1…</source>
        <translation>%1 wird angehängt…</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 angehängt.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 wurde nicht angehängt: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::ViewEditorDialog</name>
    <message>
        <source>Edit view</source>
        <translation>Ansicht bearbeiten</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Neue Ansicht</translation>
    </message>
    <message>
        <source>Anyone or nobody</source>
        <translation>Beliebig oder niemand</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Niemand (nicht zugewiesen)</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>Meine Gruppen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Bearbeiter:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>St&amp;andort:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>Stich&amp;wörter:</translation>
    </message>
</context>
<context>
    <name>Helpline::WatchersPanel</name>
    <message>
        <source>Add watcher…</source>
        <translation>Beobachter hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Let a colleague follow this ticket</source>
        <translation>Einen Kollegen dieses Ticket beobachten lassen</translation>
    </message>
    <message>
        <source>Watchers follow the ticket: it is in their Watching view and marked there when someone else changes it. Whoever logs it or writes on it watches it from then on.</source>
        <translation>Beobachter verfolgen das Ticket: Es erscheint in ihrer Ansicht „Beobachtet“ und wird dort markiert, wenn jemand anderes es ändert. Wer das Ticket erfasst oder darin schreibt, beobachtet es von da an.</translation>
    </message>
    <message>
        <source>The watchers could not be changed or loaded: %1</source>
        <translation>Die Beobachter konnten nicht geändert oder geladen werden: %1</translation>
    </message>
    <message>
        <source>Unwatch (%1)</source>
        <translation>Nicht mehr beobachten (%1)</translation>
    </message>
    <message>
        <source>Watch (%1)</source>
        <translation>Beobachten (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Stop following this ticket (W). %n colleague(s) watch it.</source>
        <translation>
            <numerusform>Dieses Ticket nicht mehr beobachten (W). %n Kollege beobachtet es.</numerusform>
            <numerusform>Dieses Ticket nicht mehr beobachten (W). %n Kollegen beobachten es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow this ticket (W): it shows in your Watching view. %n colleague(s) watch it.</source>
        <translation>
            <numerusform>Dieses Ticket beobachten (W): Es erscheint in Ihrer Ansicht „Beobachtet“. %n Kollege beobachtet es.</numerusform>
            <numerusform>Dieses Ticket beobachten (W): Es erscheint in Ihrer Ansicht „Beobachtet“. %n Kollegen beobachten es.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>%1  ·  since %2</source>
        <translation>%1  ·  seit %2</translation>
    </message>
    <message>
        <source>Nobody watches this ticket.</source>
        <translation>Niemand beobachtet dieses Ticket.</translation>
    </message>
    <message>
        <source>Add watcher</source>
        <translation>Beobachter hinzufügen</translation>
    </message>
    <message>
        <source>Who should follow %1?</source>
        <translation>Wer soll %1 beobachten?</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Helpline: the service desk for IT support analysts.</source>
        <translation>Helpline: der Service Desk für Analysten im IT-Support.</translation>
    </message>
    <message>
        <source>Offer this server in the sign-in dialog.</source>
        <translation>Diesen Server im Anmeldedialog vorschlagen.</translation>
    </message>
</context>
</TS>
