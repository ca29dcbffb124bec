// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeed.h"

#include "Clock.h"
#include "CommentRepository.h"
#include "DemoAssetSeed.h"
#include "MacroRepository.h"
#include "Priority.h"
#include "SessionTokens.h"
#include "TimeEntryRepository.h"
#include "TicketLink.h"
#include "TicketLinkRepository.h"
#include "PeopleImport.h"
#include "PersonRepository.h"
#include "TicketRepository.h"
#include "Transaction.h"
#include "UserGroupRepository.h"
#include "AssignmentGroupRepository.h"
#include "CategoryRepository.h"
#include "UserRepository.h"
#include "WatcherRepository.h"

#include <QRandomGenerator>
#include <QScopeGuard>

namespace Helpline {

using namespace Qt::StringLiterals;

namespace {

struct Template
{
    TicketType type;
    const char *category;
    const char *subcategory;
    const char *title;
    const char *description;
    int impact;
    int urgency;
};

// What a service desk actually sees in a week.
constexpr Template templates[] = {
    {TicketType::Incident, "Email", "Outlook", "Outlook keeps asking for my password", "Since this morning Outlook prompts for the password every few minutes, even after I enter it.", 3, 2},
    {TicketType::Incident, "Network", "VPN", "VPN drops every ten minutes", "Working from home; the VPN client disconnects roughly every ten minutes and I lose my Teams call.", 3, 1},
    {TicketType::Incident, "Network", "Wired network", "No network on the 3rd floor east wing", "Several desks on 3 East have no wired connection; the port lights are off.", 1, 1},
    {TicketType::Incident, "Hardware", "Printer", "Printer jams on every second page", "The MFP near reception jams on every second page when printing double-sided.", 2, 3},
    {TicketType::Incident, "Hardware", "Laptop", "Laptop will not wake from sleep", "The lid is open but the screen stays black; the power light blinks.", 3, 2},
    {TicketType::Incident, "Hardware", "Docking station", "Docking station not detecting monitors", "Both monitors stay black when the laptop is docked; they work with HDMI directly.", 3, 2},
    {TicketType::Incident, "Software", "Crash or error", "ERP client crashes when exporting to Excel", "The ERP client closes without an error when I export the monthly report.", 2, 2},
    {TicketType::Incident, "Access", "Account unlock", "Account locked out after password change", "I changed my password yesterday and now my account locks every morning.", 3, 1},
    {TicketType::Incident, "Telephony", "Desk phone", "Desk phone shows 'No service'", "The desk phone shows No service after the office move.", 3, 2},
    {TicketType::Incident, "Software", "Crash or error", "Teams camera shows a black image", "Other apps can use the camera; Teams shows black.", 3, 3},
    {TicketType::Incident, "Email", "Shared mailbox", "Shared mailbox not visible in Outlook", "The Accounts Payable shared mailbox disappeared from my folder list.", 2, 2},
    {TicketType::Incident, "Network", "Wi-Fi", "Wi-Fi in meeting room Atlas very slow", "Video calls in Atlas freeze; speed test shows under 1 Mbit/s.", 2, 2},
    {TicketType::ServiceRequest, "Access", "Shared drive", "Access to the Finance shared drive", "Please give me read/write access to \\\\files\\finance\\budget, approved by my manager.", 3, 3},
    {TicketType::ServiceRequest, "Hardware", "Monitor", "Second monitor for new desk", "I moved desks and need a second 27\" monitor.", 3, 3},
    {TicketType::ServiceRequest, "Software", "Install", "Install Visio Professional", "I need Visio for process diagrams; cost centre 4410.", 3, 3},
    {TicketType::ServiceRequest, "Access", "New starter", "New starter: laptop and accounts", "New starter in Marketing on Monday: laptop, email, Teams and CRM access.", 3, 2},
    {TicketType::ServiceRequest, "Access", "Leaver", "Leaver: disable accounts on Friday", "Leaver in Sales; last day Friday. Disable accounts and collect equipment.", 3, 2},
    {TicketType::ServiceRequest, "Telephony", "Mobile phone", "Mobile phone replacement", "The screen of my company phone is cracked.", 3, 3},
    {TicketType::Problem, "Network", "VPN", "Recurring VPN disconnects for home workers", "Many incidents about VPN drops since the firewall update.", 2, 2},
    {TicketType::Problem, "Email", "Outlook", "Password prompts in Outlook after migration", "Pattern of incidents since the mailbox migration wave 3.", 2, 3},
    {TicketType::Change, "Network", "Wired network", "Replace core switch in server room B", "Planned replacement of the core switch; maintenance window Saturday 06:00-09:00.", 1, 3},
    {TicketType::Change, "Software", "Install", "Roll out browser update to all desktops", "Deploy the new browser version through software distribution in two waves.", 2, 3},
};

constexpr const char *requesters[] = {
    "Hannah Becker", "Oliver Schmidt", "Amira Haddad", "Lucas Moreau", "Sofia Rossi", "Noah Williams",
    "Mei Lin", "Daniel Novak", "Fatima Khan", "Jonas Weber", "Elena Petrova", "Samuel Okafor",
    "Chloe Martin", "Mateo García", "Aisha Bello", "Tom Jansen", "Grace O'Neill", "Ravi Patel",
};

constexpr const char *locations[] = {
    "HQ / Floor 1 / Reception", "HQ / Floor 2 / Finance", "HQ / Floor 3 / East wing", "HQ / Meeting room Atlas",
    "HQ / Meeting room Orion", "Warehouse / Dispatch", "Branch Leeds / Office", "Branch Lyon / Office", "Remote",
};

// The assignment groups, with what each takes care of.
constexpr std::pair<const char *, const char *> groups[] = {
    {"Service Desk", "First line: calls, chats and the web form; fixes what it can at once"},
    {"Desktop Support", "Laptops, monitors, docking stations and printers, on site and remote"},
    {"Network", "LAN, Wi-Fi, VPN and the firewalls"},
    {"Identity & Access", "Accounts, passwords, group memberships, joiners and leavers"},
};

// The categories in the order the desk picks them, each with its subcategories. Printing was
// folded into Hardware → Printer: kept, retired, so the demo shows what retiring looks like.
struct CategoryTemplate
{
    const char *name;
    std::initializer_list<const char *> subcategories;
    bool active = true;
};
const CategoryTemplate categoryTemplates[] = {
    {"Hardware", {"Laptop", "Printer", "Monitor", "Docking station"}},
    {"Access", {"Password reset", "Account unlock", "VPN", "Shared drive", "New starter", "Leaver"}},
    {"Software", {"Install", "Licence", "Crash or error"}},
    {"Network", {"Wi-Fi", "VPN", "Wired network"}},
    {"Email", {"Outlook", "Shared mailbox"}},
    {"Telephony", {"Desk phone", "Mobile phone"}},
    {"Printing", {"Toner"}, false},
};

struct MacroTemplate
{
    const char *name;
    Comment::Visibility visibility;
    const char *body;
    const char *status; // "" leaves the status alone
    const char *pendingReason;
    const char *group;
};

// The replies a desk writes twenty times a day.
constexpr MacroTemplate macroTemplates[] = {
    {"First response: looking into it", Comment::Visibility::Public,
     "Hi {requester.first_name},\n\nthanks for reporting \"{ticket.title}\" ({ticket.number}). I'm looking into "
     "it now and will get back to you shortly.\n\nBest regards,\n{analyst.name}",
     "in_progress", "", ""},
    {"Ask for a screenshot", Comment::Visibility::Public,
     "Hi {requester.first_name},\n\ncould you send me a **screenshot** of the error message and tell me roughly "
     "when it first appeared? I'll keep {ticket.number} on hold until I hear from you.\n\nThanks,\n"
     "{analyst.first_name}",
     "pending", "awaiting_user", ""},
    {"Password reset done", Comment::Visibility::Public,
     "Hi {requester.first_name},\n\nyour password has been reset. You will be asked to choose a new one the next "
     "time you sign in:\n\n1. at least 12 characters\n2. not one of your last five\n\nIf anything still "
     "doesn't work, just reply to this message.\n\n{analyst.name}",
     "resolved", "", ""},
    {"Escalate to Network", Comment::Visibility::Internal,
     "Escalating {ticket.number} to Network.\n\n**Checked so far:**\n- cable and port lights\n- IP "
     "configuration\n- other users at {ticket.location}\n\nRequester: {requester.name} ({requester.email})",
     "", "", "Network"},
    {"Waiting for the vendor", Comment::Visibility::Internal,
     "Opened a case with the vendor for {ticket.number}; waiting for their answer. Follow up in two working days.",
     "pending", "awaiting_vendor", ""},
};

QString emailFor(const QString &name)
{
    QString local = name.toLower();
    local.replace(u' ', u'.').remove(u'\'');
    return local + u"@example.org"_s;
}

// Links only what the rules allow, so the demo never shows what a user could not make.
void linkIfAllowed(Database &database, LinkKind kind, const Ticket &self, const Ticket &other, qint64 actorId)
{
    TicketLinkRepository links(database);
    const TicketLinkRules::Facts facts{links.touching(self.id), links.touching(other.id), links.ancestorsOf(self.id),
                                       links.ancestorsOf(other.id)};
    if (TicketLinkRules::check(kind, self, other, facts).isEmpty())
        links.add(TicketLinkRules::orient(kind, self.id, other.id), actorId);
}

// The newest tickets with this title, newest first.
QList<Ticket> newest(const QList<Ticket> &tickets, const char *title, qsizetype count)
{
    QList<Ticket> found;
    for (auto it = tickets.crbegin(); it != tickets.crend() && found.size() < count; ++it) {
        if (it->title == QString::fromUtf8(title))
            found << *it;
    }
    return found;
}

// A week's worth of relations: a major incident with its children, problems with the
// incidents they cause, and two related tickets.
void seedLinks(Database &database, const QList<Ticket> &tickets, qint64 actorId)
{
    const QList<Ticket> outage = newest(tickets, "No network on the 3rd floor east wing", 3);
    if (!outage.isEmpty()) {
        for (const Ticket &child : outage.mid(1) + newest(tickets, "Desk phone shows 'No service'", 2))
            linkIfAllowed(database, LinkKind::Child, outage.constFirst(), child, actorId);
    }
    const std::pair<const char *, const char *> causes[] = {
        {"Recurring VPN disconnects for home workers", "VPN drops every ten minutes"},
        {"Password prompts in Outlook after migration", "Outlook keeps asking for my password"},
    };
    for (const auto &[problemTitle, incidentTitle] : causes) {
        const QList<Ticket> problem = newest(tickets, problemTitle, 1);
        if (problem.isEmpty())
            continue;
        for (const Ticket &incident : newest(tickets, incidentTitle, 4))
            linkIfAllowed(database, LinkKind::Incident, problem.constFirst(), incident, actorId);
    }
    const QList<Ticket> lockout = newest(tickets, "Account locked out after password change", 1);
    const QList<Ticket> prompts = newest(tickets, "Outlook keeps asking for my password", 1);
    if (!lockout.isEmpty() && !prompts.isEmpty())
        linkIfAllowed(database, LinkKind::Related, lockout.constFirst(), prompts.constFirst(), actorId);
}

} // namespace

QList<DemoSeed::Login> DemoSeed::logins()
{
    return {
        {Role::Analyst, u"analyst"_s, u"analyst-demo"_s},
        {Role::Senior, u"senior"_s, u"senior-demo"_s},
        {Role::RoomStaff, u"rooms"_s, u"rooms-demo"_s},
        {Role::Admin, u"admin"_s, u"admin-demo"_s},
    };
}

bool DemoSeed::seed(Database &database, const PasswordHasher &hasher, int ticketCount)
{
    UserRepository users(database);
    if (users.count() > 0)
        return false;

    const QDateTime now = Clock::current().now();
    ManualClock seedClock(now.addDays(-28));
    const Clock *previous = &Clock::current();
    Clock::install(&seedClock);
    const auto restoreClock = qScopeGuard([previous] { Clock::install(previous); });

    Transaction transaction(database);
    const QStringList names{u"Alex Morgan"_s, u"Sam Rivera"_s, u"Robin Keller"_s, u"Avery Admin"_s};
    QList<qint64> analystIds;
    const QList<Login> demoLogins = logins();
    for (qsizetype i = 0; i < demoLogins.size(); ++i) {
        const Login &login = demoLogins.at(i);
        const User created = users.create({0, login.username, names.at(i), emailFor(names.at(i)), login.role, true, 1},
                                          hasher.hash(login.password), std::nullopt);
        if (roleHas(login.role, Permission::WriteTickets) && login.role != Role::Admin)
            analystIds << created.id;
    }
    // Colleagues to share the queue with; they have random passwords nobody knows.
    for (const auto &[username, name, role] : {std::tuple{u"jamie"_s, u"Jamie Chen"_s, Role::Analyst},
                                               std::tuple{u"priya"_s, u"Priya Nair"_s, Role::Analyst},
                                               std::tuple{u"marek"_s, u"Marek Dvořák"_s, Role::Senior}}) {
        analystIds << users.create({0, username, name, emailFor(username), role, true, 1},
                                   hasher.hash(SessionTokens::generate()), std::nullopt)
                          .id;
    }

    MacroRepository macros(database);
    for (const MacroTemplate &t : macroTemplates) {
        Macro macro;
        macro.name = QString::fromUtf8(t.name);
        macro.visibility = t.visibility;
        macro.body = QString::fromUtf8(t.body);
        if (*t.status)
            macro.changes.insert(u"status"_s, QString::fromLatin1(t.status));
        if (*t.pendingReason)
            macro.changes.insert(u"pending_reason"_s, QString::fromLatin1(t.pendingReason));
        if (*t.group)
            macro.changes.insert(u"group"_s, QString::fromUtf8(t.group));
        macros.create(macro, std::nullopt);
    }
    // The lists an administrator keeps: every ticket below is routed and classified by them.
    AssignmentGroupRepository groupList(database);
    for (const auto &[name, description] : groups)
        groupList.create({0, QString::fromUtf8(name), QString::fromUtf8(description), true, 1, {}}, std::nullopt);
    CategoryRepository categories(database);
    for (const CategoryTemplate &t : categoryTemplates) {
        Category category = categories.create(QString::fromUtf8(t.name), std::nullopt, std::nullopt);
        for (const char *sub : t.subcategories)
            categories.createSubcategory(category, QString::fromUtf8(sub), std::nullopt, std::nullopt);
        if (!t.active) {
            Category retired = category;
            retired.active = false;
            categories.update(category, retired, std::nullopt);
        }
    }
    // The assignment groups each analyst works in: their "My group" view.
    UserGroupRepository memberships(database);
    for (const auto &[username, group] : {std::pair{u"analyst"_s, 0}, std::pair{u"analyst"_s, 3},
                                          std::pair{u"senior"_s, 1}, std::pair{u"jamie"_s, 0},
                                          std::pair{u"priya"_s, 3}, std::pair{u"marek"_s, 2}}) {
        if (const auto member = users.findByUsername(username))
            memberships.add(member->user.id, QString::fromUtf8(groups[group].first), std::nullopt);
    }

    // The people directory, as an HR export would bring it: every requester is someone.
    constexpr const char *departments[] = {"Finance", "Sales", "Logistics", "HR", "Marketing", "Engineering"};
    QString hrExport = u"name,email,department,location,manager_email\n"_s;
    for (std::size_t i = 0; i < std::size(requesters); ++i) {
        const QString name = QString::fromUtf8(requesters[i]);
        hrExport += u"\"%1\",%2,%3,\"%4\",%5\n"_s.arg(name, emailFor(name), QString::fromUtf8(departments[i % std::size(departments)]),
                                                    QString::fromUtf8(locations[i % std::size(locations)]),
                                                    i == 0 ? QString() : emailFor(QString::fromUtf8(requesters[0])));
    }
    PersonRepository people(database);
    people.import(planPeopleImport(hrExport, [](const QString &) { return false; }), std::nullopt);
    QHash<QString, qint64> personOfEmail;
    for (const Person &person : people.search(QString(), int(std::size(requesters))))
        personOfEmail.insert(person.email, person.id);

    QRandomGenerator random(20261123);
    TimeEntryRepository timeEntries(database);
    const PriorityMatrix matrix;
    TicketRepository tickets(database);
    CommentRepository comments(database);
    WatcherRepository watchers(database);
    const qint64 spanSeconds = 28 * 24 * 3600;
    QList<Ticket> seeded;
    for (int i = 0; i < ticketCount; ++i) {
        // Spread creation over the four weeks before now, oldest first.
        seedClock.set(now.addSecs(-spanSeconds + spanSeconds * i / ticketCount + random.bounded(600)));
        const Template &t = templates[random.bounded(int(std::size(templates)))];
        const QString requester = QString::fromUtf8(requesters[random.bounded(int(std::size(requesters)))]);
        NewTicket ticket;
        ticket.type = t.type;
        ticket.title = QString::fromUtf8(t.title);
        ticket.description = QString::fromUtf8(t.description);
        ticket.category = QString::fromUtf8(t.category);
        ticket.subcategory = QString::fromUtf8(t.subcategory);
        // Most tickets keep the template's impact and urgency; some are worse than usual.
        ticket.impact = std::max(1, t.impact - (random.bounded(10) == 0 ? 1 : 0));
        ticket.urgency = std::max(1, t.urgency - (random.bounded(8) == 0 ? 1 : 0));
        ticket.requesterName = requester;
        ticket.requesterEmail = emailFor(requester);
        ticket.requesterPersonId = personOfEmail.value(ticket.requesterEmail);
        ticket.channel = std::array{ContactChannel::Phone, ContactChannel::Email, ContactChannel::Web,
                                    ContactChannel::Chat, ContactChannel::WalkIn}[random.bounded(5)];
        ticket.location = QString::fromUtf8(locations[random.bounded(int(std::size(locations)))]);
        ticket.group = QString::fromUtf8(groups[random.bounded(int(std::size(groups)))].first);
        if (random.bounded(4) != 0)
            ticket.assigneeId = analystIds.at(random.bounded(int(analystIds.size())));
        const Ticket created = tickets.create(ticket, matrix.priorityFor(ticket.impact, ticket.urgency), std::nullopt);
        seeded << created;

        // Older tickets are further along; recent ones are mostly still open.
        const int age = ticketCount - i;
        if (created.assignee) {
            const int roll = random.bounded(100);
            seedClock.advance(std::chrono::seconds(300 + random.bounded(1800)));
            // Most worked tickets have a first reply, and some an internal note as well.
            if (roll < 80) {
                const QString firstName = requester.section(u' ', 0, 0);
                comments.add(created.id, created.assignee->id,
                             {Comment::Visibility::Public,
                              u"Hi %1,\n\nthanks for reporting this. I'm looking into it now and will get back to "
                              "you shortly.\n\n%2"_s.arg(firstName, created.assignee->name)});
            }
            if (roll % 3 == 0) {
                seedClock.advance(std::chrono::seconds(120 + random.bounded(900)));
                comments.add(created.id, created.assignee->id,
                             {Comment::Visibility::Internal,
                              u"Checked the logs: the problem started after **last night's update**. "
                              "Asked the requester for a screenshot."_s});
            }
            // Whoever wrote on a ticket follows it, as the server's own rule has it.
            if (roll < 80 || roll % 3 == 0)
                watchers.add(created.id, created.assignee->id, created.assignee->id, WatchReason::Wrote);
            seedClock.advance(std::chrono::seconds(600 + random.bounded(7200)));
            TicketStatus status = TicketStatus::Assigned;
            if (age > ticketCount / 2 && roll < 70)
                status = roll < 55 ? TicketStatus::Closed : TicketStatus::Resolved;
            else if (roll < 45)
                status = TicketStatus::InProgress;
            else if (roll < 60)
                status = TicketStatus::Pending;
            else if (roll < 63)
                status = TicketStatus::Cancelled;
            if (status != TicketStatus::Assigned) {
                Ticket worked = created;
                worked.status = status;
                if (status == TicketStatus::Pending)
                    worked.pendingReason = roll % 2 ? PendingReason::AwaitingUser : PendingReason::AwaitingVendor;
                if (status == TicketStatus::Resolved || status == TicketStatus::Closed) {
                    worked.resolutionCode = roll % 3 ? ResolutionCode::Fixed : ResolutionCode::Workaround;
                    worked.resolutionNotes = u"Fixed remotely; the user confirmed it works again."_s;
                }
                tickets.update(created, worked, created.assignee->id);
            }
            // Worked tickets carry the time spent on them, a stretch or two each.
            if (status != TicketStatus::Assigned && status != TicketStatus::Cancelled) {
                for (int stretch = 0, count = 1 + random.bounded(2); stretch < count; ++stretch)
                    timeEntries.add(created.id, created.assignee->id,
                                    {5 * (1 + random.bounded(12)),
                                     stretch == 0 ? u"Diagnosis"_s : u"Fix and follow-up with the requester"_s, {}});
            }
        }
    }
    seedLinks(database, seeded, analystIds.constFirst());
    QList<qint64> personIds = personOfEmail.values();
    std::sort(personIds.begin(), personIds.end()); // the same estate on every run
    seedDemoAssets(database, personIds, seeded, analystIds.constFirst(), random, seedClock, now.addDays(-28));
    transaction.commit();
    return true;
}

} // namespace Helpline
