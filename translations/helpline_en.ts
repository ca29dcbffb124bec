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
    <message>
        <source>The file is larger than the server accepts.</source>
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
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent – this ticket is part of the other one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child – the other ticket is part of this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by problem – the other ticket is the problem behind this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident – the other ticket is an incident this problem causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses a placeholder that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only goes with the status Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 1440 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this ticket itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already linked to this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a ticket of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child already has a parent; a ticket has at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child is already above the parent: the link would make a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit a ticket of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident is already linked to a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a merge makes or keeps this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has already been merged into another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 – Service desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 – Specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 – Engineering and vendors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High – organisation or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium – department or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low – one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High – work has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium – work is impaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low – can wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its columns but has no rows of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no name column. The first row must name the columns: name (or first name and last name), email, department, location, manager email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no %1 column. The first row must name the columns: name, email, department, location, manager email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote; a quote inside a value must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more rows than one import takes (50,000); split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows have errors, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address is already on an earlier line of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one with this email address is in the file or the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already at the highest tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escalation cannot go to a lower tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this would not change anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first response after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply to the requester yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a first contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>reopened %n time</numerusform>
            <numerusform>reopened %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escalated %n time(s)</source>
        <translation>
            <numerusform>escalated %n time</numerusform>
            <numerusform>escalated %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>handed over %n time(s)</source>
        <translation>
            <numerusform>handed over %n time</numerusform>
            <numerusform>handed over %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 by %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not work tickets, so cannot watch one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not in the list the administrator keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has been retired; choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not belong to the chosen category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the asset cannot go to this status from the one it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assigned or loaned asset needs a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an assigned or loaned asset has a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot end before the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a building goes inside a site, a room inside a building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only rooms have a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a site is not inside anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked from ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AssetFieldsEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person from the list that opens as you type, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this asset meanwhile. It now shows their version with your changes on top: check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AssetHistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AssetListModel</name>
    <message>
        <source>Serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AssetRecordView</name>
    <message>
        <source>Scan a tag or search above; the asset opens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to any ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AssetsDock</name>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a tag, serial, hostname, person or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanned tag opens its asset at once; anything else lists what matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset with this tag or serial. Show more lists others that mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es), by tag.</source>
        <translation>
            <numerusform>The first %n match, by tag.</numerusform>
            <numerusform>The first %n matches, by tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) shown.</source>
        <translation>
            <numerusform>%n match shown.</numerusform>
            <numerusform>%n matches shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>More could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AssigneeCombo</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 · attached by %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentTableModel</name>
    <message>
        <source>%1
%2 (%3), %4
SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentUploader</name>
    <message>
        <source>a folder cannot be attached; attach the files in it, or an archive of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1; attachments may be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted image could not be turned into a PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an answer Helpline cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentsPanel</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here or on the reply to attach them; paste a screenshot into the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived damaged and was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be shown as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::BulkActionBar</name>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected:</source>
        <translation>
            <numerusform>%n ticket selected:</numerusform>
            <numerusform>%n tickets selected:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected tickets to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority follows from impact and urgency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected tickets to the group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the selected tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to each requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changing %n ticket(s)…</source>
        <translation>
            <numerusform>Changing %n ticket…</numerusform>
            <numerusform>Changing %n tickets…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket changed.</numerusform>
            <numerusform>%n tickets changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not changed:</source>
        <translation>
            <numerusform>%n ticket not changed:</numerusform>
            <numerusform>%n tickets not changed:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected ticket(s) to:</source>
        <translation>
            <numerusform>Assign the %n selected ticket to:</numerusform>
            <numerusform>Assign the %n selected tickets to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected tickets have no assignee, and “%1” needs one.</source>
        <translation>
            <numerusform>%n of the selected tickets has no assignee, and “%1” needs one.</numerusform>
            <numerusform>%n of the selected tickets have no assignee, and “%1” needs one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign them to you in the same change? Tickets someone already holds stay theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign them to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change only the assigned ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::CatalogAdminDialog</name>
    <message>
        <source>Groups and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::CatalogWriter</name>
    <message>
        <source>Someone else changed this in the meantime. The lists are reloaded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::CategoryAdminPage</name>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new or renamed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the name as a subcategory of the selected category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategory “%1” added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”; tickets that had the old name now carry the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” retired: no longer offered; tickets that have it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::ClassificationFields</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
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
    <name>Helpline::ColleaguePickerDialog</name>
    <message>
        <source>Name or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your colleagues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleagues could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody who works tickets is signed up.</source>
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
    <message>
        <source>Macro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned response; it may also set the ticket&apos;s status or group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to the ticket. You can also drop files on the text or paste a screenshot into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in markdown: **bold**, lists, `code`… Drop files or paste a screenshot here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro is meant as a reply to the requester; your text stays an internal note until you choose otherwise above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro is meant as an internal note; your text stays a reply to the requester until you choose otherwise above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These placeholders are unknown and were left as written: %1</source>
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
    <message>
        <source>merged from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::EscalateDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group that takes it over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was tried and what was found, so the next analyst does not start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Describe what was tried in at least %n characters.</source>
        <translation>
            <numerusform>Describe what was tried in at least %n character.</numerusform>
            <numerusform>Describe what was tried in at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a higher tier or another group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket leaves its assignee and waits, new, in the receiving queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not escalated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::GroupAdminPage</name>
    <message>
        <source>Add as &amp;new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group takes care of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” retired: no longer offered; tickets in it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::LinkTicketDialog</name>
    <message>
        <source>Link %1 to another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the other ticket:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::LogTimeDialog</name>
    <message>
        <source>Log time on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the time went on, e.g. remote session, call with the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline measured %1 of work on this ticket since you last logged time (time with the ticket in focus; idle stretches left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpline has not measured any work on this ticket since you last logged time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worked at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged: %1 (%2)</source>
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
    <name>Helpline::MacroAdminDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown. Placeholders such as {requester.first_name} are filled in for the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask when applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macros could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this macro meanwhile%1. Your text is kept; save again to replace their version with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it is now called &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the macro &quot;%1&quot; for everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macros (unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this macro are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::MacroPicker</name>
    <message>
        <source>Insert a macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a macro by name or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a reply to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no macros yet. A senior analyst or an admin can add them under Tools → Macros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a reply to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an internal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then sets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholders stay as written: %1</source>
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
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;macro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Macros…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People imported: %1 new, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k to another ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge into another ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watch or unwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups and categories…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::MergeTicketDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into another ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why these are the same, for the note on the ticket you keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 is a duplicate. Find the ticket to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its replies and internal notes move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n reply(s) and internal note(s) move</source>
        <translation>
            <numerusform>Its %n reply or internal note moves</numerusform>
            <numerusform>Its %n replies and internal notes move</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 “%2” into %3 “%4”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  %1 is closed with the resolution “%2”. A closed ticket cannot be reopened; the work carries on in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  %1 to %2, keeping their authors and times; each is marked “merged from %3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  %1 gets an internal note about the merge, with your note if you wrote one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  Both tickets record the merge in their history, and %1 is listed as a duplicate of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::NewAssetDialog</name>
    <message>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label or type the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person from the list that opens as you type, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::NewTicketDialog</name>
    <message>
        <source>&amp;Override the priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, since when, what was tried. Markdown: **bold**, lists, `code`…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the matrix is wrong this time, e.g. the CEO&apos;s laptop, a branch is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
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
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the ticket (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet: see the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created yet: %1 Everything you typed is still here; creating again is safe and will not make a second ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1 Everything you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who called? Choose someone from the directory, or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the priority differs from the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the directory. Search again, or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand, as the matrix gives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand; the matrix gives %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from impact and urgency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new ticket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed for this ticket will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::PeopleImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the HR export as a CSV file. Its first row names the columns: name (or first name and last name), email, department, location, manager email. People are matched by email: a known address updates that person, a new one adds a person. Nothing is imported while any row has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the people file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n update</numerusform>
            <numerusform>%n updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the marked cells in the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. If the server had already received the whole file it may have imported it; choose the file again to see its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::PeopleImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::PersonPicker</name>
    <message>
        <source>Nobody: type a name or email to choose someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::PersonSearchModel</name>
    <message>
        <source>Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::PriorityOverrideFields</name>
    <message>
        <source>O&amp;verride the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the matrix is wrong this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand, as the matrix gives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by hand; the matrix gives %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from impact and urgency)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::QueueColumns</name>
    <message>
        <source>Default columns</source>
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
    <message>
        <source>Filter by number, title, requester, assignee, group… (%1); Enter searches the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the view by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a view of your own: which tickets, in which order, with which columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views could not be loaded or saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched on the server for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::QueueViewList</name>
    <message>
        <source>Your own view. Right-click to rename or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your view “%1”? The tickets stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::RequesterLookup</name>
    <message>
        <source>Name or email of the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in the directory matches. The ticket keeps the name and the email you type here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the directory: ↓ and Enter to choose. Someone not listed is kept as the name and email you type.</source>
        <translation>
            <numerusform>%n match in the directory: ↓ and Enter to choose. Someone not listed is kept as the name and email you type.</numerusform>
            <numerusform>%n matches in the directory: ↓ and Enter to choose. Someone not listed is kept as the name and email you type.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be searched (%1). The ticket keeps the name and the email you type here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the directory: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 or more letters of a name or email to search the directory.</source>
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
    <name>Helpline::TicketAssetsPanel</name>
    <message>
        <source>Lin&amp;k asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the asset in the Assets pane; Delete unlinks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a tag, serial, person or room to link an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked assets could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assets linked. Scan or type a tag below to link the device this ticket is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asset has the tag or serial “%1”. Choose one of the matches, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset could not be linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset could not be unlinked: %1</source>
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
    <message>
        <source>Handle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;inks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;inks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro&apos;s text was inserted, but its field changes were not applied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket was changed meanwhile; look at it and escalate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Watchers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketFacts</name>
    <message>
        <source>Copy survey &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the requester:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their other open tickets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the one-time link of the satisfaction survey, to send it to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came in by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the people directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the requester is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to the requester when the ticket is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered; the survey has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the requester&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survey was offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
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
    <message>
        <source>Assig&amp;nee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
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
    <message numerus="yes">
        <source>Merged %1 into this ticket (%n reply(s) and note(s) moved)</source>
        <translation>
            <numerusform>Merged %1 into this ticket (%n reply or note moved)</numerusform>
            <numerusform>Merged %1 into this ticket (%n replies and notes moved)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1 as a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the link to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a time entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as a watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 as a watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked asset %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketLinksPanel</name>
    <message>
        <source>&amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens the linked ticket; Delete removes the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this ticket to a parent, child, problem, incident or related ticket (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this ticket as a duplicate and move its conversation to another one (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links yet. Link… ties this ticket to others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this ticket since you opened it. Cancel, look at it again, and merge once more if it is still a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets were not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketPicker</name>
    <message>
        <source>Number or words of the title, e.g. INC-000042 or VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found; the most recently changed first.</source>
        <translation>
            <numerusform>%n ticket found; the most recently changed first.</numerusform>
            <numerusform>%n tickets found; the most recently changed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
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
    <message>
        <source>New: you have not opened it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated since you last opened it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::TicketTimePanel</name>
    <message>
        <source>&amp;Log time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a time entry you logged by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time entries could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 logged by %2 at %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::UploadStatus</name>
    <message>
        <source>Attaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::ViewEditorDialog</name>
    <message>
        <source>Edit view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone or nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helpline::WatchersPanel</name>
    <message>
        <source>Add watcher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a colleague follow this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchers follow the ticket: it is in their Watching view and marked there when someone else changes it. Whoever logs it or writes on it watches it from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watchers could not be changed or loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwatch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop following this ticket (W). %n colleague(s) watch it.</source>
        <translation>
            <numerusform>Stop following this ticket (W). %n colleague watches it.</numerusform>
            <numerusform>Stop following this ticket (W). %n colleagues watch it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow this ticket (W): it shows in your Watching view. %n colleague(s) watch it.</source>
        <translation>
            <numerusform>Follow this ticket (W): it shows in your Watching view. %n colleague watches it.</numerusform>
            <numerusform>Follow this ticket (W): it shows in your Watching view. %n colleagues watch it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody watches this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add watcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should follow %1?</source>
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
