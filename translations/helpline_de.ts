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
        <source>Write in markdown: **bold**, lists, `code`…</source>
        <translation>In Markdown schreiben: **fett**, Listen, `Code`…</translation>
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
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
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
        <source>Filter by number, title, requester, assignee, group… (%1)</source>
        <translation>Nach Nummer, Titel, Anfragendem, Bearbeiter, Gruppe filtern… (%1)</translation>
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
