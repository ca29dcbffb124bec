<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiFailure</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Too many requests. Please wait a moment and try again.</source>
        <translation>Trop de requêtes. Veuillez patienter un instant, puis réessayer.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the connection and try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server sent an answer Helpline does not understand. Is the server URL right?</source>
        <translation>Le serveur a envoyé une réponse que Helpline ne comprend pas. L&apos;URL du serveur est-elle correcte&#xa0;?</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Please wait a few minutes before trying again.</source>
        <translation>Trop de tentatives de connexion échouées. Veuillez patienter quelques minutes avant de réessayer.</translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation>Certains champs sont manquants ou invalides.</translation>
    </message>
    <message>
        <source>What you sent is too large for the server.</source>
        <translation>Les données envoyées sont trop volumineuses pour le serveur.</translation>
    </message>
    <message>
        <source>The server could not complete the request. Nothing was changed; try again later.</source>
        <translation>Le serveur n’a pas pu traiter la demande. Rien n’a été modifié&#xa0;; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigné</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>P1 Critical</source>
        <translation>P1 Critique</translation>
    </message>
    <message>
        <source>P2 High</source>
        <translation>P2 Haute</translation>
    </message>
    <message>
        <source>P3 Medium</source>
        <translation>P3 Moyenne</translation>
    </message>
    <message>
        <source>P4 Low</source>
        <translation>P4 Basse</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Senior analyst</source>
        <translation>Analyste senior</translation>
    </message>
    <message>
        <source>Room and event staff</source>
        <translation>Équipe salles et événements</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Awaiting the requester</source>
        <translation>En attente du demandeur</translation>
    </message>
    <message>
        <source>Awaiting a vendor</source>
        <translation>En attente d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>Awaiting a change</source>
        <translation>En attente d&apos;un changement</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Workaround provided</source>
        <translation>Solution de contournement fournie</translation>
    </message>
    <message>
        <source>User instructed</source>
        <translation>Utilisateur guidé</translation>
    </message>
    <message>
        <source>No fault found</source>
        <translation>Aucune anomalie constatée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Could not reproduce</source>
        <translation>Non reproductible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Technicien assigné</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Motif d&apos;attente</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Resolution notes</source>
        <translation>Notes de résolution</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>1 – Organisation or site</source>
        <translation>1 – Organisation ou site</translation>
    </message>
    <message>
        <source>2 – Department or group</source>
        <translation>2 – Service ou groupe</translation>
    </message>
    <message>
        <source>3 – One person</source>
        <translation>3 – Une personne</translation>
    </message>
    <message>
        <source>1 – Work has stopped</source>
        <translation>1 – Le travail est arrêté</translation>
    </message>
    <message>
        <source>2 – Work is impaired</source>
        <translation>2 – Le travail est perturbé</translation>
    </message>
    <message>
        <source>3 – Can wait</source>
        <translation>3 – Peut attendre</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>this step is not allowed from the ticket&apos;s status</source>
        <translation>cette étape n&apos;est pas permise depuis le statut du ticket</translation>
    </message>
    <message>
        <source>the ticket is closed or cancelled</source>
        <translation>le ticket est clos ou annulé</translation>
    </message>
    <message>
        <source>can only be an analyst</source>
        <translation>doit être un analyste</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3</source>
        <translation>doit valoir 1, 2 ou 3</translation>
    </message>
    <message>
        <source>must be empty for a new ticket</source>
        <translation>doit être vide pour un nouveau ticket</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>cannot be changed</source>
        <translation>ne peut pas être modifié</translation>
    </message>
    <message>
        <source>is not a field of this item</source>
        <translation>n&apos;est pas un champ de cet élément</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>non accepté</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Réponse ou note</translation>
    </message>
    <message>
        <source>Requester&apos;s name</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Requester&apos;s email</source>
        <translation>E-mail du demandeur</translation>
    </message>
</context>
<context>
    <name>Helpline::ClientShell</name>
    <message>
        <source>The system keychain is not available, so Helpline cannot keep you signed in. You are signed in for this session only and will be asked again next time.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: Helpline ne peut donc pas conserver votre connexion. Votre connexion est valable pour cette session uniquement et vos identifiants vous seront redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation>Connexion pour cette session uniquement</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::CommentComposer</name>
    <message>
        <source>&amp;Reply to the requester</source>
        <translation>&amp;Répondre au demandeur</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Write in markdown: **bold**, lists, `code`…</source>
        <translation>Écrivez en markdown&#xa0;: **gras**, listes, `code`…</translation>
    </message>
    <message>
        <source>Send (%1)</source>
        <translation>Envoyer (%1)</translation>
    </message>
    <message>
        <source>Not sent, your text is kept: %1</source>
        <translation>Non envoyé, votre texte est conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Send reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>A&amp;jouter la note</translation>
    </message>
</context>
<context>
    <name>Helpline::ConflictDialog</name>
    <message>
        <source>Someone else changed this ticket</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce ticket</translation>
    </message>
    <message>
        <source>While you were working, the ticket was changed (now version %1). Here is your change beside what the ticket holds now.</source>
        <translation>Pendant que vous travailliez, le ticket a été modifié (il est maintenant en version %1). Voici votre modification à côté du contenu actuel du ticket.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>&amp;Apply my change to the current version</source>
        <translation>&amp;Appliquer ma modification à la version actuelle</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>&amp;Conserver la version actuelle</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>Helpline::ConversationView</name>
    <message>
        <source>No replies or notes yet.</source>
        <translation>Aucune réponse ni note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>Réponse au demandeur</translation>
    </message>
</context>
<context>
    <name>Helpline::LoginDialog</name>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>&amp;Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in to Helpline</source>
        <translation>Connexion à Helpline</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain, never in a file.</source>
        <translation>La session est conservée dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in with your Helpline account.</source>
        <translation>Connectez-vous avec votre compte Helpline.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://helpline.example.org</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://helpline.example.org</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>Use https:// for a server on another computer: over http:// your password would cross the network unencrypted.</source>
        <translation>Utilisez https:// pour un serveur sur un autre ordinateur&#xa0;: avec http://, votre mot de passe circulerait en clair sur le réseau.</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reload queue</source>
        <translation>&amp;Recharger la file d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Find in queue</source>
        <translation>Re&amp;chercher dans la file d&apos;attente</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Helpline</source>
        <translation>À &amp;propos de Helpline</translation>
    </message>
    <message>
        <source>About Helpline</source>
        <translation>À propos de Helpline</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Helpline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The service desk for IT support analysts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Helpline %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le centre de services des analystes du support informatique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in for this session only</source>
        <translation>Connexion pour cette session uniquement</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Connecté en tant que %1 (%2) sur %3</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;M&apos;assigner</translation>
    </message>
    <message>
        <source>&amp;Reply to the requester</source>
        <translation>&amp;Répondre au demandeur</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Note interne</translation>
    </message>
</context>
<context>
    <name>Helpline::QueueDock</name>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>Chargement de la file d&apos;attente…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) shown</source>
        <translation>
            <numerusform>%n ticket affiché</numerusform>
            <numerusform>%n tickets affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>loading more…</source>
        <translation>chargement de la suite…</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>Impossible de charger la file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter by number, title, requester, assignee, group… (%1)</source>
        <translation>Filtrer par numéro, titre, demandeur, technicien assigné, groupe… (%1)</translation>
    </message>
    <message>
        <source>Fetch the queue again from the server (%1)</source>
        <translation>Recharger la file d’attente depuis le serveur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) loaded</source>
        <translation>
            <numerusform>%n ticket chargé</numerusform>
            <numerusform>%n tickets chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>more tickets on the server: narrow the filter to see them</source>
        <translation>d’autres tickets sur le serveur&#xa0;: affinez le filtre pour les voir</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Ticket suivant</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Ticket précédent</translation>
    </message>
</context>
<context>
    <name>Helpline::Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your saved session has expired. Please sign in again.</source>
        <translation>Votre session enregistrée a expiré. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>Helpline::StatusChangeDialog</name>
    <message>
        <source>Set the ticket pending</source>
        <translation>Mettre le ticket en attente</translation>
    </message>
    <message>
        <source>&amp;Waiting for:</source>
        <translation>&amp;Motif d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Resolve the ticket</source>
        <translation>Résoudre le ticket</translation>
    </message>
    <message>
        <source>What was wrong and what fixed it, for the requester and the next analyst.</source>
        <translation>Ce qui n&apos;allait pas et ce qui l&apos;a corrigé, pour le demandeur et le prochain analyste.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Set &amp;pending</source>
        <translation>Mettre en a&amp;ttente</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>Write down how it was resolved: the notes are required.</source>
        <translation>Indiquez comment le ticket a été résolu&#xa0;: les notes sont obligatoires.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
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
        <translation>Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Technicien assigné&#xa0;:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Ouvert le&#xa0;:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Select a ticket in the queue to see it here.</source>
        <translation>Sélectionnez un ticket dans la file d&apos;attente pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Opening the ticket…</source>
        <translation>Ouverture du ticket…</translation>
    </message>
    <message>
        <source>The server sent a ticket Helpline cannot read.</source>
        <translation>Le serveur a envoyé un ticket que Helpline ne peut pas lire.</translation>
    </message>
    <message>
        <source>The ticket could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le ticket&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;assigner</translation>
    </message>
    <message>
        <source>Move the ticket on: only the steps its workflow allows are offered.</source>
        <translation>Faire avancer le ticket&#xa0;: seules les étapes autorisées par son workflow sont proposées.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reopen: %1</source>
        <translation>Rouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1 (%2)</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>&amp;Conversation (%1)</source>
        <translation>&amp;Conversation (%1)</translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation>La conversation n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketFieldsEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Opened the ticket</source>
        <translation>A ouvert le ticket</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Replied to the requester</source>
        <translation>A répondu au demandeur</translation>
    </message>
    <message>
        <source>Added an internal note</source>
        <translation>A ajouté une note interne</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Technicien assigné</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Helpline: the service desk for IT support analysts.</source>
        <translation>Helpline&#xa0;: le centre de services des analystes du support informatique.</translation>
    </message>
    <message>
        <source>Offer this server in the sign-in dialog.</source>
        <translation>Proposer ce serveur dans la boîte de dialogue de connexion.</translation>
    </message>
</context>
</TS>
