<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiFailure</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Helpline does not understand. Is the server URL right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Please wait a few minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not complete the request. Nothing was changed; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room and event staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workaround provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User instructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reproduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Organisation or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Department or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – One person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Work has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Work is impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Can wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this step is not allowed from the ticket&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is closed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can only be an analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty for a new ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::ClientShell</name>
    <message>
        <source>The system keychain is not available, so Helpline cannot keep you signed in. You are signed in for this session only and will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::CommentComposer</name>
    <message>
        <source>&amp;Reply to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in markdown: **bold**, lists, `code`…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, your text is kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::ConflictDialog</name>
    <message>
        <source>Someone else changed this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were working, the ticket was changed (now version %1). Here is your change beside what the ticket holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply my change to the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::ConversationView</name>
    <message>
        <source>No replies or notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your Helpline account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://helpline.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for a server on another computer: over http:// your password would cross the network unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::MainWindow</name>
    <message>
        <source>Helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
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
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helpline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service desk for IT support analysts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::QueueDock</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>%n ticket shown</numerusform>
            <numerusform>%n tickets shown</numerusform>
        </translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, title, requester, assignee, group… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the queue again from the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded</source>
        <translation>
            <numerusform>%n ticket loaded</numerusform>
            <numerusform>%n tickets loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>more tickets on the server: narrow the filter to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::StatusChangeDialog</name>
    <message>
        <source>Set the ticket pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong and what fixed it, for the requester and the next analyst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down how it was resolved: the notes are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketDock</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket in the queue to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a ticket Helpline cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the ticket on: only the steps its workflow allows are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketFieldsEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketHistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an internal note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Helpline: the service desk for IT support analysts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this server in the sign-in dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
