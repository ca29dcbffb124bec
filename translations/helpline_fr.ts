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
    <message>
        <source>The file is larger than the server accepts.</source>
        <translation>Le fichier dépasse la taille acceptée par le serveur.</translation>
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
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Caused by problem</source>
        <translation>Causé par le problème</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Associé</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <source>Parent – this ticket is part of the other one</source>
        <translation>Parent – ce ticket fait partie de l&apos;autre</translation>
    </message>
    <message>
        <source>Child – the other ticket is part of this one</source>
        <translation>Enfant – l&apos;autre ticket fait partie de celui-ci</translation>
    </message>
    <message>
        <source>Caused by problem – the other ticket is the problem behind this one</source>
        <translation>Causé par le problème – l&apos;autre ticket est le problème à l&apos;origine de celui-ci</translation>
    </message>
    <message>
        <source>Incident – the other ticket is an incident this problem causes</source>
        <translation>Incident – l&apos;autre ticket est un incident causé par ce problème</translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation>Doublon fusionné</translation>
    </message>
    <message>
        <source>uses a placeholder that does not exist</source>
        <translation>utilise un espace réservé qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>is already used by another one</source>
        <translation>est déjà utilisé par un autre élément</translation>
    </message>
    <message>
        <source>only goes with the status Pending</source>
        <translation>n&apos;est possible qu&apos;avec le statut En attente</translation>
    </message>
    <message>
        <source>is not in the expected form</source>
        <translation>n&apos;a pas le format attendu</translation>
    </message>
    <message>
        <source>must be 1 to 1440 minutes</source>
        <translation>doit être compris entre 1 et 1440 minutes</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>is this ticket itself</source>
        <translation>est ce ticket lui-même</translation>
    </message>
    <message>
        <source>is already linked to this ticket</source>
        <translation>est déjà lié à ce ticket</translation>
    </message>
    <message>
        <source>is a ticket of another type</source>
        <translation>est un ticket d&apos;un autre type</translation>
    </message>
    <message>
        <source>the child already has a parent; a ticket has at most one</source>
        <translation>l&apos;enfant a déjà un parent&#xa0;; un ticket en a au plus un</translation>
    </message>
    <message>
        <source>the child is already above the parent: the link would make a loop</source>
        <translation>l&apos;enfant est déjà au-dessus du parent&#xa0;: le lien créerait une boucle</translation>
    </message>
    <message>
        <source>does not fit a ticket of this type</source>
        <translation>ne convient pas à un ticket de ce type</translation>
    </message>
    <message>
        <source>must be a problem</source>
        <translation>doit être un problème</translation>
    </message>
    <message>
        <source>must be an incident</source>
        <translation>doit être un incident</translation>
    </message>
    <message>
        <source>the incident is already linked to a problem</source>
        <translation>l&apos;incident est déjà lié à un problème</translation>
    </message>
    <message>
        <source>only a merge makes or keeps this link</source>
        <translation>seule une fusion crée ou conserve ce lien</translation>
    </message>
    <message>
        <source>no such ticket</source>
        <translation>ce ticket n&apos;existe pas</translation>
    </message>
    <message>
        <source>has already been merged into another ticket</source>
        <translation>a déjà été fusionné dans un autre ticket</translation>
    </message>
    <message>
        <source>My open tickets</source>
        <translation>Mes tickets ouverts</translation>
    </message>
    <message>
        <source>My group</source>
        <translation>Mon groupe</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignés</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Other ticket</source>
        <translation>Autre ticket</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Ticket to keep</source>
        <translation>Ticket à conserver</translation>
    </message>
    <message>
        <source>This ticket</source>
        <translation>Ce ticket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Field changes</source>
        <translation>Modifications de champs</translation>
    </message>
    <message>
        <source>Sets status</source>
        <translation>Définit le statut</translation>
    </message>
    <message>
        <source>Sets waiting for</source>
        <translation>Définit le motif d&apos;attente</translation>
    </message>
    <message>
        <source>Sets group</source>
        <translation>Définit le groupe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Worked at</source>
        <translation>Date du travail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>L1 – Service desk</source>
        <translation>L1 – Centre de services</translation>
    </message>
    <message>
        <source>L2 – Specialists</source>
        <translation>L2 – Spécialistes</translation>
    </message>
    <message>
        <source>L3 – Engineering and vendors</source>
        <translation>L3 – Ingénierie et fournisseurs</translation>
    </message>
    <message>
        <source>High – organisation or site</source>
        <translation>Élevé – organisation ou site</translation>
    </message>
    <message>
        <source>Medium – department or group</source>
        <translation>Moyen – service ou groupe</translation>
    </message>
    <message>
        <source>Low – one person</source>
        <translation>Faible – une personne</translation>
    </message>
    <message>
        <source>High – work has stopped</source>
        <translation>Élevée – le travail est arrêté</translation>
    </message>
    <message>
        <source>Medium – work is impaired</source>
        <translation>Moyenne – le travail est perturbé</translation>
    </message>
    <message>
        <source>Low – can wait</source>
        <translation>Faible – peut attendre</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file names its columns but has no rows of people.</source>
        <translation>Le fichier nomme ses colonnes mais ne contient aucune ligne de personne.</translation>
    </message>
    <message>
        <source>The file has no name column. The first row must name the columns: name (or first name and last name), email, department, location, manager email.</source>
        <translation>Le fichier n&apos;a pas de colonne de nom. La première ligne doit nommer les colonnes (en anglais)&#xa0;: name (ou first name et last name), email, department, location, manager email.</translation>
    </message>
    <message>
        <source>The file has no %1 column. The first row must name the columns: name, email, department, location, manager email.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;». La première ligne doit nommer les colonnes (en anglais)&#xa0;: name, email, department, location, manager email.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed, so the rest of the file cannot be read.</source>
        <translation>Une valeur entre guillemets qui commence à la ligne %1 n&apos;est jamais fermée&#xa0;: le reste du fichier ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>Line %1 has text after a closing quote; a quote inside a value must be doubled (&quot;&quot;).</source>
        <translation>La ligne %1 contient du texte après un guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;une valeur doit être doublé (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file has more rows than one import takes (50,000); split it into smaller files.</source>
        <translation>Le fichier contient plus de lignes qu&apos;un import n&apos;en accepte (50&#xa0;000)&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>Le fichier n&apos;est pas un texte UTF-8. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;» et choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Some rows have errors, so nothing was imported.</source>
        <translation>Certaines lignes contiennent des erreurs&#xa0;: rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>Every person needs an email address.</source>
        <translation>Chaque personne doit avoir une adresse e-mail.</translation>
    </message>
    <message>
        <source>Every person needs a name.</source>
        <translation>Chaque personne doit avoir un nom.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Adresse e-mail non valide.</translation>
    </message>
    <message>
        <source>This email address is already on an earlier line of the file.</source>
        <translation>Cette adresse e-mail figure déjà sur une ligne précédente du fichier.</translation>
    </message>
    <message>
        <source>No one with this email address is in the file or the directory.</source>
        <translation>Personne n&apos;a cette adresse e-mail, ni dans le fichier ni dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>A person cannot be their own manager.</source>
        <translation>Une personne ne peut pas être son propre responsable.</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>the ticket is already at the highest tier</source>
        <translation>le ticket est déjà au niveau le plus élevé</translation>
    </message>
    <message>
        <source>an escalation cannot go to a lower tier</source>
        <translation>une escalade ne peut pas aller vers un niveau inférieur</translation>
    </message>
    <message>
        <source>this would not change anything</source>
        <translation>cela ne changerait rien</translation>
    </message>
    <message>
        <source>the ticket is no longer open</source>
        <translation>le ticket n&apos;est plus ouvert</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Sous-catégorie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>Justification de la priorité</translation>
    </message>
    <message>
        <source>To tier</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>To group</source>
        <translation>Groupe cible</translation>
    </message>
    <message>
        <source>first response after %1</source>
        <translation>première réponse après %1</translation>
    </message>
    <message>
        <source>no reply to the requester yet</source>
        <translation>pas encore de réponse au demandeur</translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>résolu après %1</translation>
    </message>
    <message>
        <source>first contact resolution</source>
        <translation>résolution au premier contact</translation>
    </message>
    <message>
        <source>not a first contact resolution</source>
        <translation>pas de résolution au premier contact</translation>
    </message>
    <message numerus="yes">
        <source>reopened %n time(s)</source>
        <translation>
            <numerusform>rouvert %n fois</numerusform>
            <numerusform>rouvert %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>escalated %n time(s)</source>
        <translation>
            <numerusform>escaladé %n fois</numerusform>
            <numerusform>escaladé %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>handed over %n time(s)</source>
        <translation>
            <numerusform>réassigné %n fois</numerusform>
            <numerusform>réassigné %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not escalated</source>
        <translation>%1, non escaladé</translation>
    </message>
    <message>
        <source>%1 → %2 by %3, %4: %5</source>
        <translation>%1 → %2 par %3, %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>responsable %1</translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation>désormais inactif</translation>
    </message>
    <message>
        <source>No details in the directory.</source>
        <translation>Aucune information dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>does not work tickets, so cannot watch one</source>
        <translation>ne traite pas de tickets et ne peut donc pas en suivre</translation>
    </message>
    <message>
        <source>is not in the list the administrator keeps</source>
        <translation>ne figure pas dans la liste tenue par l&apos;administrateur</translation>
    </message>
    <message>
        <source>has been retired; choose another one</source>
        <translation>a été retiré&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>does not belong to the chosen category</source>
        <translation>n&apos;appartient pas à la catégorie choisie</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur portable</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Ordinateur de bureau</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Écran d&apos;affichage</translation>
    </message>
    <message>
        <source>Conference phone</source>
        <translation>Téléphone de conférence</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Dock</source>
        <translation>Station d&apos;accueil</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>En prêt</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>En réparation</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Réformé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>N° d&apos;inventaire</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acheté le</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>Fin de garantie</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Patch level</source>
        <translation>Niveau de correctifs</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Situé dans</translation>
    </message>
    <message>
        <source>Room profile</source>
        <translation>Profil de salle</translation>
    </message>
    <message>
        <source>the asset cannot go to this status from the one it has</source>
        <translation>l&apos;équipement ne peut pas passer à ce statut depuis son statut actuel</translation>
    </message>
    <message>
        <source>an assigned or loaned asset needs a person</source>
        <translation>un équipement attribué ou prêté doit avoir une personne</translation>
    </message>
    <message>
        <source>only an assigned or loaned asset has a person</source>
        <translation>seul un équipement attribué ou prêté a une personne</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>cannot end before the purchase</source>
        <translation>ne peut pas se terminer avant l&apos;achat</translation>
    </message>
    <message>
        <source>must be a room</source>
        <translation>doit être une salle</translation>
    </message>
    <message>
        <source>was not found</source>
        <translation>est introuvable</translation>
    </message>
    <message>
        <source>is already used by another asset</source>
        <translation>est déjà utilisé par un autre équipement</translation>
    </message>
    <message>
        <source>a building goes inside a site, a room inside a building</source>
        <translation>un bâtiment se trouve dans un site, une salle dans un bâtiment</translation>
    </message>
    <message>
        <source>only rooms have a profile</source>
        <translation>seules les salles ont un profil</translation>
    </message>
    <message>
        <source>a site is not inside anything</source>
        <translation>un site ne se trouve dans aucun autre lieu</translation>
    </message>
    <message>
        <source>Recorded the asset</source>
        <translation>A enregistré l&apos;équipement</translation>
    </message>
    <message>
        <source>Linked to ticket %1</source>
        <translation>Lié au ticket %1</translation>
    </message>
    <message>
        <source>Unlinked from ticket %1</source>
        <translation>Lien avec le ticket %1 supprimé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetFieldsEditor</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(aucune salle)</translation>
    </message>
    <message>
        <source>Choose the person from the list that opens as you type, or clear the field.</source>
        <translation>Choisissez la personne dans la liste qui s&apos;ouvre pendant la saisie, ou videz le champ.</translation>
    </message>
    <message>
        <source>Someone else changed this asset meanwhile. It now shows their version with your changes on top: check them and save again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet équipement entre-temps. Sa version est maintenant affichée avec vos modifications par-dessus&#xa0;: vérifiez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetHistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetListModel</name>
    <message>
        <source>Serial %1</source>
        <translation>N° de série %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>N° d&apos;inventaire</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
</context>
<context>
    <name>Helpline::AssetRecordView</name>
    <message>
        <source>Scan a tag or search above; the asset opens here.</source>
        <translation>Scannez un numéro d&apos;inventaire ou lancez une recherche ci-dessus&#xa0;; l&apos;équipement s&apos;ouvre ici.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histori&amp;que</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié le</translation>
    </message>
    <message>
        <source>Enter or double-click opens the ticket.</source>
        <translation>Entrée ou un double-clic ouvre le ticket.</translation>
    </message>
    <message>
        <source>The asset could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;équipement&#xa0;: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>warranty ended %1</source>
        <translation>garantie expirée le %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
%4</source>
        <translation>%1 — %2 (%3)
%4</translation>
    </message>
    <message>
        <source>Not linked to any ticket.</source>
        <translation>Lié à aucun ticket.</translation>
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
        <translation>Équipements</translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation>&amp;Nouvel équipement…</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Scan or type a tag, serial, hostname, person or room</source>
        <translation>Scannez ou saisissez un numéro d&apos;inventaire, de série, un nom d&apos;hôte, une personne ou une salle</translation>
    </message>
    <message>
        <source>A scanned tag opens its asset at once; anything else lists what matches.</source>
        <translation>Un numéro d&apos;inventaire scanné ouvre directement son équipement&#xa0;; toute autre saisie liste les correspondances.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No assets yet.</source>
        <translation>Aucun équipement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The asset with this tag or serial. Show more lists others that mention it.</source>
        <translation>L&apos;équipement portant ce numéro d&apos;inventaire ou de série. «&#xa0;Afficher plus&#xa0;» liste les autres qui le mentionnent.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n match(es), by tag.</source>
        <translation>
            <numerusform>%n résultat, trié par numéro d&apos;inventaire.</numerusform>
            <numerusform>Les %n premiers résultats, triés par numéro d&apos;inventaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) shown.</source>
        <translation>
            <numerusform>%n résultat affiché.</numerusform>
            <numerusform>%n résultats affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>More could not be loaded: %1</source>
        <translation>Impossible de charger la suite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>Helpline::AssigneeCombo</name>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 · attached by %4, %5</source>
        <translation>%1 × %2 pixels, %3 · joint par %4, %5</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Joint par</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint le</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentUploader</name>
    <message>
        <source>a folder cannot be attached; attach the files in it, or an archive of it.</source>
        <translation>un dossier ne peut pas être joint&#xa0;; joignez les fichiers qu&apos;il contient, ou une archive du dossier.</translation>
    </message>
    <message>
        <source>it is %1; attachments may be at most %2.</source>
        <translation>le fichier fait %1&#xa0;; les pièces jointes sont limitées à %2.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the pasted image could not be turned into a PNG file.</source>
        <translation>l&apos;image collée n&apos;a pas pu être convertie en fichier PNG.</translation>
    </message>
    <message>
        <source>the server sent an answer Helpline cannot read.</source>
        <translation>le serveur a envoyé une réponse que Helpline ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>Helpline::AttachmentsPanel</name>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Joindre des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer s&amp;ous…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Drop files here or on the reply to attach them; paste a screenshot into the reply.</source>
        <translation>Déposez des fichiers ici ou sur la réponse pour les joindre&#xa0;; collez une capture d&apos;écran dans la réponse.</translation>
    </message>
    <message>
        <source>The attachments could not be loaded: %1</source>
        <translation>Impossible de charger les pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 arrived damaged and was not saved. Try again.</source>
        <translation>%1 est arrivé endommagé et n&apos;a pas été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be shown as a picture.</source>
        <translation>%1 ne peut pas être affiché comme image.</translation>
    </message>
</context>
<context>
    <name>Helpline::BulkActionBar</name>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;assigner</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assigner à…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Statut…</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>Priorité…</translation>
    </message>
    <message>
        <source>Group…</source>
        <translation>Groupe…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected:</source>
        <translation>
            <numerusform>%n ticket sélectionné&#xa0;:</numerusform>
            <numerusform>%n tickets sélectionnés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign tickets</source>
        <translation>Assigner les tickets</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>Move the selected tickets to:</source>
        <translation>Faire passer les tickets sélectionnés au statut&#xa0;:</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Modifier la priorité</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact&#xa0;:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>The priority follows from impact and urgency.</source>
        <translation>La priorité découle de l&apos;impact et de l&apos;urgence.</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Move the selected tickets to the group:</source>
        <translation>Transférer les tickets sélectionnés au groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Add to the selected tickets</source>
        <translation>Ajouter aux tickets sélectionnés</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Reply to each requester</source>
        <translation>Réponse à chaque demandeur</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n ticket(s)…</source>
        <translation>
            <numerusform>Modification de %n ticket…</numerusform>
            <numerusform>Modification de %n tickets…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket modifié.</numerusform>
            <numerusform>%n tickets modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not changed:</source>
        <translation>
            <numerusform>%n ticket non modifié&#xa0;:</numerusform>
            <numerusform>%n tickets non modifiés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n selected ticket(s) to:</source>
        <translation>
            <numerusform>Assigner %n ticket sélectionné à&#xa0;:</numerusform>
            <numerusform>Assigner les %n tickets sélectionnés à&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n ticket</numerusform>
            <numerusform>%1&#xa0;: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned tickets</source>
        <translation>Tickets non assignés</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected tickets have no assignee, and “%1” needs one.</source>
        <translation>
            <numerusform>%n des tickets sélectionnés n&apos;a pas de technicien assigné, et «&#xa0;%1&#xa0;» en exige un.</numerusform>
            <numerusform>%n des tickets sélectionnés n&apos;ont pas de technicien assigné, et «&#xa0;%1&#xa0;» en exige un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign them to you in the same change? Tickets someone already holds stay theirs.</source>
        <translation>Vous les assigner dans la même modification&#xa0;? Les tickets déjà pris en charge par quelqu&apos;un le restent.</translation>
    </message>
    <message>
        <source>Assign them to me</source>
        <translation>Me les assigner</translation>
    </message>
    <message>
        <source>Change only the assigned ones</source>
        <translation>Ne modifier que les tickets assignés</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Helpline::CatalogAdminDialog</name>
    <message>
        <source>Groups and categories</source>
        <translation>Groupes et catégories</translation>
    </message>
    <message>
        <source>Assignment &amp;groups</source>
        <translation>&amp;Groupes d&apos;assignation</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Impossible de charger les listes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::CatalogWriter</name>
    <message>
        <source>Someone else changed this in the meantime. The lists are reloaded; try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément entre-temps. Les listes sont rechargées&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::CategoryAdminPage</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>Add as &amp;category</source>
        <translation>Ajouter comme c&amp;atégorie</translation>
    </message>
    <message>
        <source>Add as &amp;subcategory</source>
        <translation>Ajouter comme &amp;sous-catégorie</translation>
    </message>
    <message>
        <source>Re&amp;name selected</source>
        <translation>&amp;Renommer la sélection</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Name of a new or renamed entry</source>
        <translation>Nom d&apos;une entrée nouvelle ou renommée</translation>
    </message>
    <message>
        <source>Adds the name as a subcategory of the selected category</source>
        <translation>Ajoute le nom comme sous-catégorie de la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Category “%1” added.</source>
        <translation>Catégorie «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Subcategory “%1” added to %2.</source>
        <translation>Sous-catégorie «&#xa0;%1&#xa0;» ajoutée à %2.</translation>
    </message>
    <message>
        <source>Renamed to “%1”; tickets that had the old name now carry the new one.</source>
        <translation>Renommée en «&#xa0;%1&#xa0;»&#xa0;; les tickets qui portaient l&apos;ancien nom portent désormais le nouveau.</translation>
    </message>
    <message>
        <source>“%1” retired: no longer offered; tickets that have it keep it.</source>
        <translation>«&#xa0;%1&#xa0;» retirée&#xa0;: elle n&apos;est plus proposée&#xa0;; les tickets qui l&apos;ont la conservent.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau proposée.</translation>
    </message>
    <message>
        <source>“%1” moved.</source>
        <translation>«&#xa0;%1&#xa0;» déplacée.</translation>
    </message>
</context>
<context>
    <name>Helpline::ClassificationFields</name>
    <message>
        <source>(none)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>%1 (not in the list)</source>
        <translation>%1 (absent de la liste)</translation>
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
    <name>Helpline::ColleaguePickerDialog</name>
    <message>
        <source>Name or group</source>
        <translation>Nom ou groupe</translation>
    </message>
    <message>
        <source>Loading your colleagues…</source>
        <translation>Chargement de vos collègues…</translation>
    </message>
    <message>
        <source>Your colleagues could not be loaded: %1</source>
        <translation>Impossible de charger vos collègues&#xa0;: %1</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>%1  —  %2</source>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <source>Already chosen</source>
        <translation>Déjà choisi</translation>
    </message>
    <message>
        <source>Nobody who works tickets is signed up.</source>
        <translation>Aucune personne traitant des tickets n&apos;est inscrite.</translation>
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
    <message>
        <source>Macro…</source>
        <translation>Macro…</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Joindre des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Insert a canned response; it may also set the ticket&apos;s status or group (%1)</source>
        <translation>Insérer une réponse prédéfinie&#xa0;; elle peut aussi définir le statut ou le groupe du ticket (%1)</translation>
    </message>
    <message>
        <source>Attach files to the ticket. You can also drop files on the text or paste a screenshot into it.</source>
        <translation>Joindre des fichiers au ticket. Vous pouvez aussi déposer des fichiers sur le texte ou y coller une capture d&apos;écran.</translation>
    </message>
    <message>
        <source>Write in markdown: **bold**, lists, `code`… Drop files or paste a screenshot here to attach them.</source>
        <translation>Rédigez en Markdown&#xa0;: **gras**, listes, `code`… Déposez des fichiers ou collez une capture d&apos;écran ici pour les joindre.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>The macro is meant as a reply to the requester; your text stays an internal note until you choose otherwise above.</source>
        <translation>La macro est prévue comme réponse au demandeur&#xa0;; votre texte reste une note interne tant que vous ne choisissez pas autre chose ci-dessus.</translation>
    </message>
    <message>
        <source>The macro is meant as an internal note; your text stays a reply to the requester until you choose otherwise above.</source>
        <translation>La macro est prévue comme note interne&#xa0;; votre texte reste une réponse au demandeur tant que vous ne choisissez pas autre chose ci-dessus.</translation>
    </message>
    <message>
        <source>These placeholders are unknown and were left as written: %1</source>
        <translation>Ces espaces réservés sont inconnus et ont été laissés tels quels&#xa0;: %1</translation>
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
    <message>
        <source>merged from %1</source>
        <translation>fusionné depuis %1</translation>
    </message>
</context>
<context>
    <name>Helpline::EscalateDialog</name>
    <message>
        <source>Escalate %1</source>
        <translation>Escalader %1</translation>
    </message>
    <message>
        <source>%1 (stays)</source>
        <translation>%1 (inchangé)</translation>
    </message>
    <message>
        <source>The group that takes it over</source>
        <translation>Le groupe qui reprend le ticket</translation>
    </message>
    <message>
        <source>What was tried and what was found, so the next analyst does not start again.</source>
        <translation>Ce qui a été tenté et ce qui a été constaté, pour que le prochain analyste ne reparte pas de zéro.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>To &amp;tier:</source>
        <translation>Niveau &amp;cible&#xa0;:</translation>
    </message>
    <message>
        <source>To &amp;group:</source>
        <translation>&amp;Groupe cible&#xa0;:</translation>
    </message>
    <message>
        <source>What was &amp;tried:</source>
        <translation>Ce qui a été &amp;tenté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalader</translation>
    </message>
    <message numerus="yes">
        <source>Describe what was tried in at least %n characters.</source>
        <translation>
            <numerusform>Décrivez ce qui a été tenté en au moins %n caractère.</numerusform>
            <numerusform>Décrivez ce qui a été tenté en au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a higher tier or another group.</source>
        <translation>Choisissez un niveau supérieur ou un autre groupe.</translation>
    </message>
    <message>
        <source>The ticket leaves its assignee and waits, new, in the receiving queue.</source>
        <translation>Le ticket n&apos;a plus de technicien assigné et attend, au statut «&#xa0;Nouveau&#xa0;», dans la file d&apos;attente de destination.</translation>
    </message>
    <message>
        <source>Not escalated: %1</source>
        <translation>Non escaladé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::GroupAdminPage</name>
    <message>
        <source>Add as &amp;new group</source>
        <translation>&amp;Ajouter comme nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Save group</source>
        <translation>&amp;Enregistrer le groupe</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>What the group takes care of</source>
        <translation>Ce dont le groupe s&apos;occupe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Membres&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Group “%1” added.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Group “%1” saved.</source>
        <translation>Groupe «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>“%1” retired: no longer offered; tickets in it keep it.</source>
        <translation>«&#xa0;%1&#xa0;» retiré&#xa0;: il n&apos;est plus proposé&#xa0;; les tickets qui s&apos;y trouvent le conservent.</translation>
    </message>
    <message>
        <source>“%1” is offered again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau proposé.</translation>
    </message>
</context>
<context>
    <name>Helpline::LinkTicketDialog</name>
    <message>
        <source>Link %1 to another ticket</source>
        <translation>Lier %1 à un autre ticket</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type de lien&#xa0;:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Find the other ticket:</source>
        <translation>&amp;Rechercher l&apos;autre ticket&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Helpline::LogTimeDialog</name>
    <message>
        <source>Log time on %1</source>
        <translation>Saisir du temps sur %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the time went on, e.g. remote session, call with the vendor</source>
        <translation>À quoi le temps a été consacré, p. ex. session à distance, appel au fournisseur</translation>
    </message>
    <message>
        <source>Helpline measured %1 of work on this ticket since you last logged time (time with the ticket in focus; idle stretches left out).</source>
        <translation>Helpline a mesuré %1 de travail sur ce ticket depuis votre dernière saisie du temps (temps passé avec le ticket au premier plan, hors périodes d&apos;inactivité).</translation>
    </message>
    <message>
        <source>Helpline has not measured any work on this ticket since you last logged time.</source>
        <translation>Helpline n&apos;a mesuré aucun travail sur ce ticket depuis votre dernière saisie du temps.</translation>
    </message>
    <message>
        <source>&amp;Time spent:</source>
        <translation>&amp;Temps passé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Worked at:</source>
        <translation>&amp;Date du travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log time</source>
        <translation>&amp;Saisir le temps</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Non saisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not logged: %1 (%2)</source>
        <translation>Non saisi&#xa0;: %1 (%2)</translation>
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
    <name>Helpline::MacroAdminDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>Macros</translation>
    </message>
    <message>
        <source>Reply to the requester</source>
        <translation>Réponse au demandeur</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Markdown. Placeholders such as {requester.first_name} are filled in for the ticket.</source>
        <translation>Markdown. Les espaces réservés comme {requester.first_name} sont remplis pour le ticket.</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>Ask when applied</source>
        <translation>Demander lors de l&apos;application</translation>
    </message>
    <message>
        <source>Insert &amp;placeholder</source>
        <translation>Insérer un es&amp;pace réservé</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Writes:</source>
        <translation>&amp;Rédige&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Sets &amp;status:</source>
        <translation>Définit le stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting &amp;for:</source>
        <translation>Motif d&apos;&amp;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Sets &amp;group:</source>
        <translation>Définit le &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>The macros could not be loaded: %1</source>
        <translation>Impossible de charger les macros&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone else changed this macro meanwhile%1. Your text is kept; save again to replace their version with yours.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette macro entre-temps%1. Votre texte est conservé&#xa0;; enregistrez à nouveau pour remplacer l&apos;autre version par la vôtre.</translation>
    </message>
    <message>
        <source> (it is now called &quot;%1&quot;)</source>
        <translation> (elle s&apos;appelle désormais «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2)</source>
        <translation>Non enregistré&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Delete macro</source>
        <translation>Supprimer la macro</translation>
    </message>
    <message>
        <source>Delete the macro &quot;%1&quot; for everyone?</source>
        <translation>Supprimer la macro «&#xa0;%1&#xa0;» pour tout le monde&#xa0;?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Espaces réservés inconnus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Macros (unsaved changes)</source>
        <translation>Macros (modifications non enregistrées)</translation>
    </message>
    <message>
        <source>Unsaved macro</source>
        <translation>Macro non enregistrée</translation>
    </message>
    <message>
        <source>Your changes to this macro are not saved. Discard them?</source>
        <translation>Vos modifications de cette macro ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Helpline::MacroPicker</name>
    <message>
        <source>Insert a macro</source>
        <translation>Insérer une macro</translation>
    </message>
    <message>
        <source>Type to find a macro by name or text…</source>
        <translation>Saisissez du texte pour trouver une macro par nom ou contenu…</translation>
    </message>
    <message>
        <source>Writes a reply to the requester</source>
        <translation>Rédige une réponse au demandeur</translation>
    </message>
    <message>
        <source>Writes an internal note</source>
        <translation>Rédige une note interne</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>There are no macros yet. A senior analyst or an admin can add them under Tools → Macros.</source>
        <translation>Il n&apos;y a pas encore de macros. Un analyste senior ou un administrateur peut en ajouter dans Outils → Macros.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation>Statut → %1</translation>
    </message>
    <message>
        <source>Group → %1</source>
        <translation>Groupe → %1</translation>
    </message>
    <message>
        <source>No macro matches.</source>
        <translation>Aucune macro ne correspond.</translation>
    </message>
    <message>
        <source>Writes a reply to the requester.</source>
        <translation>Rédige une réponse au demandeur.</translation>
    </message>
    <message>
        <source>Writes an internal note.</source>
        <translation>Rédige une note interne.</translation>
    </message>
    <message>
        <source>Then sets: %1</source>
        <translation>Définit ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown placeholders stay as written: %1</source>
        <translation>Les espaces réservés inconnus restent tels quels&#xa0;: %1</translation>
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
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>Import &amp;people…</source>
        <translation>Importer des &amp;personnes…</translation>
    </message>
    <message>
        <source>Insert &amp;macro…</source>
        <translation>Insérer une ma&amp;cro…</translation>
    </message>
    <message>
        <source>&amp;Log time…</source>
        <translation>Saisir du &amp;temps…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Macros…</source>
        <translation>&amp;Macros…</translation>
    </message>
    <message>
        <source>People imported: %1 new, %2 updated.</source>
        <translation>Personnes importées — nouvelles&#xa0;: %1, mises à jour&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Internal n&amp;ote</source>
        <translation>N&amp;ote interne</translation>
    </message>
    <message>
        <source>Lin&amp;k to another ticket…</source>
        <translation>Lier à un autre tic&amp;ket…</translation>
    </message>
    <message>
        <source>Mer&amp;ge into another ticket…</source>
        <translation>Fusionner dans un autre ticket (&amp;g)…</translation>
    </message>
    <message>
        <source>Find &amp;asset</source>
        <translation>Rechercher un é&amp;quipement</translation>
    </message>
    <message>
        <source>&amp;New asset…</source>
        <translation>&amp;Nouvel équipement…</translation>
    </message>
    <message>
        <source>&amp;Watch or unwatch</source>
        <translation>&amp;Suivre ou ne plus suivre</translation>
    </message>
    <message>
        <source>&amp;Groups and categories…</source>
        <translation>&amp;Groupes et catégories…</translation>
    </message>
</context>
<context>
    <name>Helpline::MergeTicketDialog</name>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Merge %1 into another ticket</source>
        <translation>Fusionner %1 dans un autre ticket</translation>
    </message>
    <message>
        <source>Optional: why these are the same, for the note on the ticket you keep.</source>
        <translation>Facultatif&#xa0;: pourquoi il s&apos;agit de la même demande, pour la note sur le ticket conservé.</translation>
    </message>
    <message>
        <source>%1 – %2 is a duplicate. Find the ticket to keep:</source>
        <translation>%1 – %2 est un doublon. Recherchez le ticket à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>All its replies and internal notes move</source>
        <translation>Toutes ses réponses et notes internes sont déplacées</translation>
    </message>
    <message numerus="yes">
        <source>Its %n reply(s) and internal note(s) move</source>
        <translation>
            <numerusform>%n réponse ou note interne est déplacée</numerusform>
            <numerusform>%n réponses et notes internes sont déplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 “%2” into %3 “%4”?</source>
        <translation>Fusionner %1 «&#xa0;%2&#xa0;» dans %3 «&#xa0;%4&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>•  %1 is closed with the resolution “%2”. A closed ticket cannot be reopened; the work carries on in %3.</source>
        <translation>•  %1 est clos avec la résolution «&#xa0;%2&#xa0;». Un ticket clos ne peut pas être rouvert&#xa0;; le travail se poursuit dans %3.</translation>
    </message>
    <message>
        <source>•  %1 to %2, keeping their authors and times; each is marked “merged from %3”.</source>
        <translation>•  %1 vers %2, avec leurs auteurs et leurs dates&#xa0;; chacune est marquée «&#xa0;fusionné depuis %3&#xa0;».</translation>
    </message>
    <message>
        <source>•  %1 gets an internal note about the merge, with your note if you wrote one.</source>
        <translation>•  %1 reçoit une note interne sur la fusion, avec votre note si vous en avez rédigé une.</translation>
    </message>
    <message>
        <source>•  Both tickets record the merge in their history, and %1 is listed as a duplicate of %2.</source>
        <translation>•  Les deux tickets consignent la fusion dans leur historique, et %1 est répertorié comme doublon de %2.</translation>
    </message>
    <message>
        <source>A merge cannot be undone.</source>
        <translation>Une fusion ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>Helpline::NewAssetDialog</name>
    <message>
        <source>New asset</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>Scan the label or type the tag</source>
        <translation>Scannez l&apos;étiquette ou saisissez le numéro d&apos;inventaire</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(aucune salle)</translation>
    </message>
    <message>
        <source>Choose the person from the list that opens as you type, or clear the field.</source>
        <translation>Choisissez la personne dans la liste qui s&apos;ouvre pendant la saisie, ou videz le champ.</translation>
    </message>
</context>
<context>
    <name>Helpline::NewTicketDialog</name>
    <message>
        <source>&amp;Override the priority…</source>
        <translation>&amp;Forcer la priorité…</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;M&apos;assigner</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Créer le ticket</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>Quel est le souci, en quelques mots</translation>
    </message>
    <message>
        <source>What happened, since when, what was tried. Markdown: **bold**, lists, `code`…</source>
        <translation>Ce qui s&apos;est passé, depuis quand, ce qui a été essayé. Markdown&#xa0;: **gras**, listes, `code`…</translation>
    </message>
    <message>
        <source>Why the matrix is wrong this time, e.g. the CEO&apos;s laptop, a branch is down</source>
        <translation>Pourquoi la matrice ne convient pas cette fois, p. ex. l&apos;ordinateur portable du PDG, une agence hors service</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;ption&#xa0;:</translation>
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
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Set to:</source>
        <translation>Fixer à&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation>&amp;Sous-catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Create the ticket (%1)</source>
        <translation>Créer le ticket (%1)</translation>
    </message>
    <message>
        <source>Not created yet: see the marked fields.</source>
        <translation>Pas encore créé&#xa0;: voir les champs signalés.</translation>
    </message>
    <message>
        <source>Not created yet: %1 Everything you typed is still here; creating again is safe and will not make a second ticket.</source>
        <translation>Pas encore créé&#xa0;: %1 Tout ce que vous avez saisi est conservé&#xa0;; vous pouvez relancer la création sans risque, elle ne créera pas de second ticket.</translation>
    </message>
    <message>
        <source>Not created: %1 Everything you typed is still here.</source>
        <translation>Non créé&#xa0;: %1 Tout ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the ticket a title.</source>
        <translation>Donnez un titre au ticket.</translation>
    </message>
    <message>
        <source>Who called? Choose someone from the directory, or type a name.</source>
        <translation>Qui a appelé&#xa0;? Choisissez une personne dans l&apos;annuaire ou saisissez un nom.</translation>
    </message>
    <message>
        <source>Say why the priority differs from the matrix.</source>
        <translation>Indiquez pourquoi la priorité diffère de la matrice.</translation>
    </message>
    <message>
        <source>This person is no longer in the directory. Search again, or type the name.</source>
        <translation>Cette personne ne figure plus dans l&apos;annuaire. Relancez la recherche ou saisissez le nom.</translation>
    </message>
    <message>
        <source>Not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n character(s).</source>
        <translation>
            <numerusform>Trop long&#xa0;: %n caractère au maximum.</numerusform>
            <numerusform>Trop long&#xa0;: %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (set by hand, as the matrix gives)</source>
        <translation>%1 (défini manuellement, comme le donne la matrice)</translation>
    </message>
    <message>
        <source>%1 (set by hand; the matrix gives %2)</source>
        <translation>%1 (défini manuellement&#xa0;; la matrice donne %2)</translation>
    </message>
    <message>
        <source>%1 (from impact and urgency)</source>
        <translation>%1 (selon l&apos;impact et l&apos;urgence)</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Discard the new ticket?</source>
        <translation>Abandonner le nouveau ticket&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed for this ticket will be lost.</source>
        <translation>Ce que vous avez saisi pour ce ticket sera perdu.</translation>
    </message>
</context>
<context>
    <name>Helpline::PeopleImportDialog</name>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>N&apos;afficher que les lignes en &amp;erreur</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Choose the HR export as a CSV file. Its first row names the columns: name (or first name and last name), email, department, location, manager email. People are matched by email: a known address updates that person, a new one adds a person. Nothing is imported while any row has an error.</source>
        <translation>Choisissez l&apos;export RH au format CSV. Sa première ligne nomme les colonnes (en anglais)&#xa0;: name (ou first name et last name), email, department, location, manager email. Les personnes sont identifiées par leur e-mail&#xa0;: une adresse connue met à jour la personne, une nouvelle adresse ajoute une personne. Rien n&apos;est importé tant qu&apos;une ligne contient une erreur.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Choose the people file</source>
        <translation>Choisir le fichier des personnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file is larger than %1; split it into smaller files.</source>
        <translation>Le fichier dépasse %1&#xa0;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking %1 (%2)…</source>
        <translation>Vérification de %1 (%2)…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Import terminé&#xa0;: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n création</numerusform>
            <numerusform>%n créations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation>Le fichier contient une ligne d&apos;en-tête mais aucune personne en dessous.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <translation>%1&#xa0;: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the marked cells in the file and choose it again.</source>
        <translation>Corrigez les cellules signalées dans le fichier, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt pour l&apos;import.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Impossible de vérifier le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cancelled. If the server had already received the whole file it may have imported it; choose the file again to see its state.</source>
        <translation>Import annulé. Si le serveur avait déjà reçu tout le fichier, il l&apos;a peut-être importé&#xa0;; choisissez à nouveau le fichier pour voir son état.</translation>
    </message>
    <message>
        <source>Check cancelled; nothing was imported.</source>
        <translation>Vérification annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::PeopleImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Manager&apos;s email</source>
        <translation>E-mail du responsable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::PersonPicker</name>
    <message>
        <source>Nobody: type a name or email to choose someone</source>
        <translation>Personne&#xa0;: saisissez un nom ou un e-mail pour choisir quelqu&apos;un</translation>
    </message>
</context>
<context>
    <name>Helpline::PersonSearchModel</name>
    <message>
        <source>Manager: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
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
        <translation>%1 (inactif)</translation>
    </message>
</context>
<context>
    <name>Helpline::PriorityOverrideFields</name>
    <message>
        <source>O&amp;verride the matrix</source>
        <translation>Déroger à la &amp;matrice</translation>
    </message>
    <message>
        <source>Why the matrix is wrong this time</source>
        <translation>Pourquoi la matrice ne convient pas cette fois</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>Set &amp;to:</source>
        <translation>Fi&amp;xer à&#xa0;:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (set by hand, as the matrix gives)</source>
        <translation>%1 (défini manuellement, comme le donne la matrice)</translation>
    </message>
    <message>
        <source>%1 (set by hand; the matrix gives %2)</source>
        <translation>%1 (défini manuellement&#xa0;; la matrice donne %2)</translation>
    </message>
    <message>
        <source>%1 (from impact and urgency)</source>
        <translation>%1 (selon l&apos;impact et l&apos;urgence)</translation>
    </message>
</context>
<context>
    <name>Helpline::QueueColumns</name>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
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
    <message>
        <source>Filter by number, title, requester, assignee, group… (%1); Enter searches the server</source>
        <translation>Filtrer par numéro, titre, demandeur, technicien assigné, groupe… (%1)&#xa0;; Entrée lance la recherche sur le serveur</translation>
    </message>
    <message>
        <source>Narrow the view by status</source>
        <translation>Restreindre la vue par statut</translation>
    </message>
    <message>
        <source>New view…</source>
        <translation>Nouvelle vue…</translation>
    </message>
    <message>
        <source>Save a view of your own: which tickets, in which order, with which columns</source>
        <translation>Enregistrer votre propre vue&#xa0;: quels tickets, dans quel ordre, avec quelles colonnes</translation>
    </message>
    <message>
        <source>Edit view…</source>
        <translation>Modifier la vue…</translation>
    </message>
    <message>
        <source>The views could not be loaded or saved: %1</source>
        <translation>Impossible de charger ou d&apos;enregistrer les vues&#xa0;: %1</translation>
    </message>
    <message>
        <source>searched on the server for “%1”</source>
        <translation>recherche de «&#xa0;%1&#xa0;» sur le serveur</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (ma copie)</translation>
    </message>
</context>
<context>
    <name>Helpline::QueueViewList</name>
    <message>
        <source>Your own view. Right-click to rename or delete it.</source>
        <translation>Votre propre vue. Clic droit pour la renommer ou la supprimer.</translation>
    </message>
    <message>
        <source>Save the current view as…</source>
        <translation>Enregistrer la vue actuelle sous…</translation>
    </message>
    <message>
        <source>Rename “%1”…</source>
        <translation>Renommer «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete your view “%1”? The tickets stay as they are.</source>
        <translation>Supprimer votre vue «&#xa0;%1&#xa0;»&#xa0;? Les tickets restent inchangés.</translation>
    </message>
</context>
<context>
    <name>Helpline::RequesterLookup</name>
    <message>
        <source>Name or email of the caller</source>
        <translation>Nom ou e-mail de l&apos;appelant</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Searching the directory…</source>
        <translation>Recherche dans l&apos;annuaire…</translation>
    </message>
    <message>
        <source>No one in the directory matches. The ticket keeps the name and the email you type here.</source>
        <translation>Personne ne correspond dans l&apos;annuaire. Le ticket conserve le nom et l&apos;e-mail que vous saisissez ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the directory: ↓ and Enter to choose. Someone not listed is kept as the name and email you type.</source>
        <translation>
            <numerusform>%n résultat dans l&apos;annuaire&#xa0;: ↓ puis Entrée pour choisir. Une personne absente de la liste est conservée avec le nom et l&apos;e-mail que vous saisissez.</numerusform>
            <numerusform>%n résultats dans l&apos;annuaire&#xa0;: ↓ puis Entrée pour choisir. Une personne absente de la liste est conservée avec le nom et l&apos;e-mail que vous saisissez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory could not be searched (%1). The ticket keeps the name and the email you type here.</source>
        <translation>Impossible de consulter l&apos;annuaire (%1). Le ticket conserve le nom et l&apos;e-mail que vous saisissez ici.</translation>
    </message>
    <message>
        <source>manager %1</source>
        <translation>responsable %1</translation>
    </message>
    <message>
        <source>From the directory.</source>
        <translation>Issu de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>From the directory: %1.</source>
        <translation>Issu de l&apos;annuaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type %1 or more letters of a name or email to search the directory.</source>
        <translation>Saisissez au moins %1 lettres d&apos;un nom ou d&apos;un e-mail pour rechercher dans l&apos;annuaire.</translation>
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
    <name>Helpline::TicketAssetsPanel</name>
    <message>
        <source>Lin&amp;k asset</source>
        <translation>&amp;Lier un équipement</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Open in Assets</source>
        <translation>Ou&amp;vrir dans Équipements</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>N° d&apos;inventaire</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Enter or double-click opens the asset in the Assets pane; Delete unlinks it.</source>
        <translation>Entrée ou un double-clic ouvre l&apos;équipement dans le volet Équipements&#xa0;; Suppr supprime le lien.</translation>
    </message>
    <message>
        <source>Scan or type a tag, serial, person or room to link an asset</source>
        <translation>Scannez ou saisissez un numéro d&apos;inventaire, de série, une personne ou une salle pour lier un équipement</translation>
    </message>
    <message>
        <source>The linked assets could not be loaded: %1</source>
        <translation>Impossible de charger les équipements liés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No assets linked. Scan or type a tag below to link the device this ticket is about.</source>
        <translation>Aucun équipement lié. Scannez ou saisissez un numéro d&apos;inventaire ci-dessous pour lier l&apos;appareil concerné par ce ticket.</translation>
    </message>
    <message>
        <source>No asset has the tag or serial “%1”. Choose one of the matches, if any.</source>
        <translation>Aucun équipement n&apos;a le numéro d&apos;inventaire ou de série «&#xa0;%1&#xa0;». Choisissez l&apos;un des résultats, s&apos;il y en a.</translation>
    </message>
    <message>
        <source>The asset could not be linked: %1</source>
        <translation>Impossible de lier l&apos;équipement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The asset could not be unlinked: %1</source>
        <translation>Impossible de supprimer le lien avec l&apos;équipement&#xa0;: %1</translation>
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
    <message>
        <source>Handle time:</source>
        <translation>Temps de traitement&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>Pièces &amp;jointes (%1)</translation>
    </message>
    <message>
        <source>L&amp;inks</source>
        <translation>&amp;Liens</translation>
    </message>
    <message>
        <source>L&amp;inks (%1)</source>
        <translation>&amp;Liens (%1)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The macro&apos;s text was inserted, but its field changes were not applied (%1).</source>
        <translation>Le texte de la macro a été inséré, mais ses modifications de champs n&apos;ont pas été appliquées (%1).</translation>
    </message>
    <message>
        <source>the ticket was changed meanwhile; look at it and escalate again.</source>
        <translation>le ticket a été modifié entre-temps&#xa0;; examinez-le et relancez l&apos;escalade.</translation>
    </message>
    <message>
        <source>Ti&amp;me (%1)</source>
        <translation>Te&amp;mps (%1)</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Te&amp;mps</translation>
    </message>
    <message>
        <source>&amp;Watchers</source>
        <translation>O&amp;bservateurs</translation>
    </message>
    <message>
        <source>&amp;Watchers (%1)</source>
        <translation>O&amp;bservateurs (%1)</translation>
    </message>
    <message>
        <source>A&amp;ssets</source>
        <translation>Équi&amp;pements</translation>
    </message>
    <message>
        <source>A&amp;ssets (%1)</source>
        <translation>Équi&amp;pements (%1)</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketFacts</name>
    <message>
        <source>Copy survey &amp;link</source>
        <translation>Copier le lien de l&apos;en&amp;quête</translation>
    </message>
    <message>
        <source>Routed to:</source>
        <translation>Acheminé vers&#xa0;:</translation>
    </message>
    <message>
        <source>Escalation path:</source>
        <translation>Chemin d&apos;escalade&#xa0;:</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <source>About the requester:</source>
        <translation>À propos du demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>Their other open tickets:</source>
        <translation>Ses autres tickets ouverts&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the one-time link of the satisfaction survey, to send it to the requester.</source>
        <translation>Copier le lien à usage unique de l&apos;enquête de satisfaction, pour l&apos;envoyer au demandeur.</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>Satisfaction&#xa0;:</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>aucun groupe</translation>
    </message>
    <message>
        <source>came in by %1</source>
        <translation>canal d&apos;arrivée&#xa0;: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>Not in the people directory.</source>
        <translation>Absent de l&apos;annuaire des personnes.</translation>
    </message>
    <message>
        <source>Unknown: the requester is not in the directory.</source>
        <translation>Inconnu&#xa0;: le demandeur ne figure pas dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>et d&apos;autres</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Offered to the requester when the ticket is resolved.</source>
        <translation>Proposée au demandeur lorsque le ticket est résolu.</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>%1 of 5: “%2”</source>
        <translation>%1 sur 5&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Not answered; the survey has closed.</source>
        <translation>Sans réponse&#xa0;; l&apos;enquête est close.</translation>
    </message>
    <message>
        <source>Waiting for the requester&apos;s answer.</source>
        <translation>En attente de la réponse du demandeur.</translation>
    </message>
    <message>
        <source>No survey was offered.</source>
        <translation>Aucune enquête n&apos;a été proposée.</translation>
    </message>
    <message>
        <source>Their devices:</source>
        <translation>Ses équipements&#xa0;:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
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
    <message>
        <source>Assig&amp;nee:</source>
        <translation>Technicien &amp;assigné&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;bcategory:</source>
        <translation>&amp;Sous-catégorie&#xa0;:</translation>
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
    <message numerus="yes">
        <source>Merged %1 into this ticket (%n reply(s) and note(s) moved)</source>
        <translation>
            <numerusform>A fusionné %1 dans ce ticket (%n réponse ou note déplacée)</numerusform>
            <numerusform>A fusionné %1 dans ce ticket (%n réponses et notes déplacées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged into %1 as a duplicate</source>
        <translation>A fusionné le ticket dans %1 comme doublon</translation>
    </message>
    <message>
        <source>Linked %1 (%2)</source>
        <translation>A lié %1 (%2)</translation>
    </message>
    <message>
        <source>Removed the link to %1 (%2)</source>
        <translation>A supprimé le lien vers %1 (%2)</translation>
    </message>
    <message>
        <source>Attached %1</source>
        <translation>A joint %1</translation>
    </message>
    <message>
        <source>Removed a time entry of %1</source>
        <translation>A supprimé une saisie de temps de %1</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>A saisi %1</translation>
    </message>
    <message>
        <source>Logged %1: %2</source>
        <translation>A saisi %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added %1 as a watcher</source>
        <translation>A ajouté %1 comme observateur</translation>
    </message>
    <message>
        <source>Removed %1 as a watcher</source>
        <translation>A retiré %1 des observateurs</translation>
    </message>
    <message>
        <source>Linked asset %1</source>
        <translation>A lié l&apos;équipement %1</translation>
    </message>
    <message>
        <source>Unlinked asset %1</source>
        <translation>A supprimé le lien avec l&apos;équipement %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketLinksPanel</name>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>Remove lin&amp;k</source>
        <translation>Supprimer le lie&amp;n</translation>
    </message>
    <message>
        <source>Mer&amp;ge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Enter or double-click opens the linked ticket; Delete removes the link.</source>
        <translation>Entrée ou un double-clic ouvre le ticket lié&#xa0;; Suppr supprime le lien.</translation>
    </message>
    <message>
        <source>Link this ticket to a parent, child, problem, incident or related ticket (Ctrl+L)</source>
        <translation>Lier ce ticket à un ticket parent, enfant, problème, incident ou associé (Ctrl+L)</translation>
    </message>
    <message>
        <source>Close this ticket as a duplicate and move its conversation to another one (Ctrl+Shift+M)</source>
        <translation>Clore ce ticket comme doublon et déplacer sa conversation vers un autre (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>The links could not be loaded: %1</source>
        <translation>Impossible de charger les liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>No links yet. Link… ties this ticket to others.</source>
        <translation>Aucun lien pour l&apos;instant. «&#xa0;Lier…&#xa0;» relie ce ticket à d&apos;autres.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, ouverts&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Linked by %1 on %2</source>
        <translation>Lié par %1 le %2</translation>
    </message>
    <message>
        <source>The link was not made: %1</source>
        <translation>Le lien n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link was not removed: %1</source>
        <translation>Le lien n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone changed this ticket since you opened it. Cancel, look at it again, and merge once more if it is still a duplicate.</source>
        <translation>Quelqu&apos;un a modifié ce ticket depuis que vous l&apos;avez ouvert. Annulez, examinez-le de nouveau et relancez la fusion s&apos;il s&apos;agit toujours d&apos;un doublon.</translation>
    </message>
    <message>
        <source>The tickets were not merged: %1</source>
        <translation>Les tickets n&apos;ont pas été fusionnés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketPicker</name>
    <message>
        <source>Number or words of the title, e.g. INC-000042 or VPN</source>
        <translation>Numéro ou mots du titre, p. ex. INC-000042 ou VPN</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No ticket matches.</source>
        <translation>Aucun ticket ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found; the most recently changed first.</source>
        <translation>
            <numerusform>%n ticket trouvé&#xa0;; les plus récemment modifiés en premier.</numerusform>
            <numerusform>%n tickets trouvés&#xa0;; les plus récemment modifiés en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
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
    <message>
        <source>New: you have not opened it yet</source>
        <translation>Nouveau&#xa0;: vous ne l&apos;avez pas encore ouvert</translation>
    </message>
    <message>
        <source>Updated since you last opened it</source>
        <translation>Modifié depuis votre dernière ouverture</translation>
    </message>
</context>
<context>
    <name>Helpline::TicketTimePanel</name>
    <message>
        <source>&amp;Log time…</source>
        <translation>&amp;Saisir du temps…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Supprimer la saisie</translation>
    </message>
    <message>
        <source>Worked at</source>
        <translation>Date du travail</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Remove a time entry you logged by mistake</source>
        <translation>Supprimer une saisie de temps faite par erreur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Handle time: %1</source>
        <translation>Temps de traitement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The time entries could not be loaded: %1</source>
        <translation>Impossible de charger les saisies de temps&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove time entry</source>
        <translation>Supprimer la saisie de temps</translation>
    </message>
    <message>
        <source>Remove %1 logged by %2 at %3?</source>
        <translation>Supprimer la saisie de %1 faite par %2 le %3&#xa0;?</translation>
    </message>
    <message>
        <source>The entry was not removed: %1</source>
        <translation>La saisie n&apos;a pas été supprimée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Helpline::UploadStatus</name>
    <message>
        <source>Attaching %1…</source>
        <translation>Ajout de la pièce jointe %1…</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 joint.</translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation>%1 n&apos;a pas été joint&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Helpline::ViewEditorDialog</name>
    <message>
        <source>Edit view</source>
        <translation>Modifier la vue</translation>
    </message>
    <message>
        <source>New view</source>
        <translation>Nouvelle vue</translation>
    </message>
    <message>
        <source>Anyone or nobody</source>
        <translation>N&apos;importe qui ou personne</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Personne (non assigné)</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>Mes groupes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Technicien &amp;assigné&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Mots-clés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Helpline::WatchersPanel</name>
    <message>
        <source>Add watcher…</source>
        <translation>Ajouter un observateur…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Let a colleague follow this ticket</source>
        <translation>Permettre à un collègue de suivre ce ticket</translation>
    </message>
    <message>
        <source>Watchers follow the ticket: it is in their Watching view and marked there when someone else changes it. Whoever logs it or writes on it watches it from then on.</source>
        <translation>Les observateurs suivent le ticket&#xa0;: il apparaît dans leur vue «&#xa0;Suivis&#xa0;» et y est signalé quand quelqu&apos;un d&apos;autre le modifie. Quiconque l&apos;enregistre ou y écrit le suit dès lors.</translation>
    </message>
    <message>
        <source>The watchers could not be changed or loaded: %1</source>
        <translation>Impossible de modifier ou de charger les observateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unwatch (%1)</source>
        <translation>Ne plus suivre (%1)</translation>
    </message>
    <message>
        <source>Watch (%1)</source>
        <translation>Suivre (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Stop following this ticket (W). %n colleague(s) watch it.</source>
        <translation>
            <numerusform>Ne plus suivre ce ticket (W). %n collègue le suit.</numerusform>
            <numerusform>Ne plus suivre ce ticket (W). %n collègues le suivent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow this ticket (W): it shows in your Watching view. %n colleague(s) watch it.</source>
        <translation>
            <numerusform>Suivre ce ticket (W)&#xa0;: il apparaît dans votre vue «&#xa0;Suivis&#xa0;». %n collègue le suit.</numerusform>
            <numerusform>Suivre ce ticket (W)&#xa0;: il apparaît dans votre vue «&#xa0;Suivis&#xa0;». %n collègues le suivent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>%1  ·  since %2</source>
        <translation>%1  ·  depuis %2</translation>
    </message>
    <message>
        <source>Nobody watches this ticket.</source>
        <translation>Personne ne suit ce ticket.</translation>
    </message>
    <message>
        <source>Add watcher</source>
        <translation>Ajouter un observateur</translation>
    </message>
    <message>
        <source>Who should follow %1?</source>
        <translation>Qui doit suivre %1&#xa0;?</translation>
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
