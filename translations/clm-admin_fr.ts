<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Reused sign-in token (session revoked)</source>
        <translation>Jeton de connexion réutilisé (session révoquée)</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organisation modifiée</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>License created</source>
        <translation>Licence créée</translation>
    </message>
    <message>
        <source>License changed</source>
        <translation>Licence modifiée</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>Licence désactivée</translation>
    </message>
    <message>
        <source>Enrollment token created</source>
        <translation>Jeton d&apos;inscription créé</translation>
    </message>
    <message>
        <source>Enrollment token revoked</source>
        <translation>Jeton d&apos;inscription révoqué</translation>
    </message>
    <message>
        <source>Machine enrolled</source>
        <translation>Machine inscrite</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>Machine bloquée</translation>
    </message>
    <message>
        <source>Seat taken</source>
        <translation>Poste occupé</translation>
    </message>
    <message>
        <source>Seat released</source>
        <translation>Poste libéré</translation>
    </message>
    <message>
        <source>Seat borrowed</source>
        <translation>Poste emprunté</translation>
    </message>
    <message>
        <source>Seat force-released</source>
        <translation>Poste libéré de force</translation>
    </message>
    <message>
        <source>Seat timed out</source>
        <translation>Poste libéré (délai dépassé)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Enrollment token</source>
        <translation>Jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Machine enabled again</source>
        <translation>Machine réactivée</translation>
    </message>
    <message>
        <source>Webhook created</source>
        <translation>Webhook créé</translation>
    </message>
    <message>
        <source>Webhook changed</source>
        <translation>Webhook modifié</translation>
    </message>
    <message>
        <source>Webhook deleted</source>
        <translation>Webhook supprimé</translation>
    </message>
    <message>
        <source>Webhook event sent again</source>
        <translation>Événement de webhook renvoyé</translation>
    </message>
    <message>
        <source>Webhook disabled after failing</source>
        <translation>Webhook désactivé après des échecs</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clé de licence</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Postes utilisés</translation>
    </message>
    <message>
        <source>Offline lease (s)</source>
        <translation>Durée hors ligne (s)</translation>
    </message>
    <message>
        <source>Longest borrow (s)</source>
        <translation>Emprunt maximal (s)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>ID de licence</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Machine id</source>
        <translation>ID de machine</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Utilisateur du système</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Dernier signal</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Emprunt jusqu&apos;au</translation>
    </message>
    <message>
        <source>Lease valid until</source>
        <translation>Fin de la durée hors ligne</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Hardware id</source>
        <translation>ID matériel</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Uses allowed</source>
        <translation>Utilisations permises</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>ID d&apos;auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>ID de cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>Timed out (no heartbeat)</source>
        <translation>Expiré (plus de signal)</translation>
    </message>
    <message>
        <source>Force-released</source>
        <translation>Libéré de force</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>Licence désactivée</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>Machine bloquée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the license server</source>
        <translation>Connexion au serveur de licences</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse e-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>proprietaire@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
</context>
<context>
    <name>clm::app::ApiErrors</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>Le serveur n’a pas pu lire la requête.</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>Certaines valeurs n’ont pas été acceptées.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Votre connexion n’est plus valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <source>It no longer exists, or it was never there.</source>
        <translation>Cela n’existe plus, ou n’a jamais existé.</translation>
    </message>
    <message>
        <source>The server does not offer this action.</source>
        <translation>Le serveur ne propose pas cette action.</translation>
    </message>
    <message>
        <source>This clashes with what is already there.</source>
        <translation>Cela entre en conflit avec l’existant.</translation>
    </message>
    <message>
        <source>All seats of the license are in use.</source>
        <translation>Toutes les places de la licence sont utilisées.</translation>
    </message>
    <message>
        <source>The license is deactivated.</source>
        <translation>La licence est désactivée.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>La licence a expiré.</translation>
    </message>
    <message>
        <source>The seat has already been given up.</source>
        <translation>La place a déjà été libérée.</translation>
    </message>
    <message>
        <source>The license does not allow borrowing seats.</source>
        <translation>La licence ne permet pas d’emprunter des places.</translation>
    </message>
    <message>
        <source>The machine is disabled.</source>
        <translation>La machine est désactivée.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a minute, then try again.</source>
        <translation>Trop de requêtes. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>That is too much data to send at once.</source>
        <translation>C’est trop de données à envoyer en une fois.</translation>
    </message>
    <message>
        <source>The server could not read the request&apos;s format.</source>
        <translation>Le serveur n’a pas pu lire le format de la requête.</translation>
    </message>
    <message>
        <source>The server cannot do this right now. Try again shortly.</source>
        <translation>Le serveur ne peut pas le faire pour l’instant. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The server failed. Try again; if it keeps failing, tell the server&apos;s operator.</source>
        <translation>Le serveur a échoué. Réessayez ; si l’échec persiste, prévenez l’exploitant du serveur.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the network and try again.</source>
        <translation>Le serveur ne répond pas. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>Le serveur a refusé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n seat(s) of the license are in use.</source>
        <translation>
            <numerusform>La licence a %n place, et elle est utilisée.</numerusform>
            <numerusform>Les %n places de la licence sont toutes utilisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps.</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>Un utilisateur avec cette adresse e-mail existe déjà.</translation>
    </message>
    <message>
        <source>The organization&apos;s last active owner cannot be demoted or deactivated.</source>
        <translation>Le dernier propriétaire actif de l’organisation ne peut être ni rétrogradé ni désactivé.</translation>
    </message>
    <message>
        <source>Only an owner may do this.</source>
        <translation>Seul un propriétaire peut faire cela.</translation>
    </message>
    <message>
        <source>This server does not let anyone create an organization.</source>
        <translation>Ce serveur ne permet à personne de créer une organisation.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Votre compte a été désactivé.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Le serveur a répondu par une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Doit être du texte.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Must be an email address.</source>
        <translation>Doit être une adresse e-mail.</translation>
    </message>
    <message>
        <source>Must not be the email address.</source>
        <translation>Ne doit pas être l’adresse e-mail.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Doit être oui ou non.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Must be a date and time.</source>
        <translation>Doit être une date et une heure.</translation>
    </message>
    <message>
        <source>Must be in the future.</source>
        <translation>Doit être dans le futur.</translation>
    </message>
    <message>
        <source>Must be an id.</source>
        <translation>Doit être un identifiant.</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>Contient des caractères qui ne sont pas du texte valide.</translation>
    </message>
    <message>
        <source>Contains a character that cannot be stored.</source>
        <translation>Contient un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Cannot be changed.</source>
        <translation>Ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Ce n’est pas votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Belongs to another machine.</source>
        <translation>Appartient à une autre machine.</translation>
    </message>
    <message>
        <source>A license key or a product is required.</source>
        <translation>Une clé de licence ou un produit est requis.</translation>
    </message>
    <message>
        <source>Must be at most 100 entries of 1 to 255 characters each.</source>
        <translation>Au plus 100 entrées de 1 à 255 caractères chacune.</translation>
    </message>
    <message>
        <source>Can only re-enable a machine.</source>
        <translation>On peut seulement réactiver une machine.</translation>
    </message>
    <message>
        <source>Must be from one minute to one day.</source>
        <translation>Doit être compris entre une minute et un jour.</translation>
    </message>
    <message>
        <source>The time range is too long for this resolution.</source>
        <translation>La période est trop longue pour cette résolution.</translation>
    </message>
    <message>
        <source>Must not be after the end.</source>
        <translation>Ne doit pas être après la fin.</translation>
    </message>
    <message>
        <source>Must be a full https:// address.</source>
        <translation>Doit être une adresse https:// complète.</translation>
    </message>
    <message>
        <source>Must start with https://.</source>
        <translation>Doit commencer par https://.</translation>
    </message>
    <message>
        <source>Must not contain a user name or password.</source>
        <translation>Ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Must not end in a #fragment.</source>
        <translation>Ne doit pas se terminer par un #fragment.</translation>
    </message>
    <message>
        <source>Names a private or local address, which the server does not send to.</source>
        <translation>Désigne une adresse privée ou locale, vers laquelle le serveur n’envoie rien.</translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s).</source>
        <translation>
            <numerusform>Au plus %n caractère.</numerusform>
            <numerusform>Au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s).</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Must be a whole number from 1 to %1.</source>
        <translation>Doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Doit être au plus %1.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Doit être l’une de ces valeurs : %1.</translation>
    </message>
    <message>
        <source>Choose at least one of: %1.</source>
        <translation>Choisissez au moins l’une de ces valeurs : %1.</translation>
    </message>
    <message>
        <source>Unknown field; one of: %1.</source>
        <translation>Champ inconnu ; valeurs possibles : %1.</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>Non accepté (%1).</translation>
    </message>
</context>
<context>
    <name>clm::app::AuditNames</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seat of %1</source>
        <translation>Place de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>L’organisation</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>places</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>offline lease (s)</source>
        <translation>bail hors ligne (s)</translation>
    </message>
    <message>
        <source>longest borrow (s)</source>
        <translation>emprunt le plus long (s)</translation>
    </message>
    <message>
        <source>features</source>
        <translation>fonctionnalités</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>mot de passe changé</translation>
    </message>
    <message>
        <source>secret rotated</source>
        <translation>secret renouvelé</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>clm::app::DashboardModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Requests refused today because every seat was taken</source>
        <translation>Demandes refusées aujourd&apos;hui faute de poste libre</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Postes utilisés</translation>
    </message>
    <message>
        <source>Denials today</source>
        <translation>Refus aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 postes utilisés sur %2</translation>
    </message>
</context>
<context>
    <name>clm::app::LicenseOverview</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>clm::app::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>The export stopped at row %1: %2</source>
        <translation>L&apos;export s&apos;est arrêté à la ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>clm::app::Outcome</name>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Quelqu&apos;un d&apos;autre l&apos;a modifié entre-temps.</translation>
    </message>
    <message>
        <source>The server does not answer. Nothing was saved; try again.</source>
        <translation>Le serveur ne répond pas. Rien n’a été enregistré ; réessayez.</translation>
    </message>
</context>
<context>
    <name>clm::app::PagedModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>clm::app::Passwords</name>
    <message>
        <source>Does not match the new password.</source>
        <translation>Ne correspond pas au nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAdvice</name>
    <message numerus="yes">
        <source>No seat was used in %n day(s): all %1 seats are unused.</source>
        <translation>
            <numerusform>Aucune place utilisée en %n jour : les %1 places sont inutilisées.</numerusform>
            <numerusform>Aucune place utilisée en %n jours : les %1 places sont inutilisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak use %1 of %2: %3 seats unused for %n day(s).</source>
        <translation>
            <numerusform>Pic d’utilisation %1 sur %2 : %3 places inutilisées pendant %n jour.</numerusform>
            <numerusform>Pic d’utilisation %1 sur %2 : %3 places inutilisées pendant %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak use %1 of %2 and nobody was refused: the seats fit.</source>
        <translation>Pic d’utilisation %1 sur %2 et personne n’a été refusé : le nombre de places convient.</translation>
    </message>
    <message numerus="yes">
        <source>At the limit %n hour(s) with %1 denials: %2 more seats would have served 95 % of them.</source>
        <translation>
            <numerusform>À la limite pendant %n heure avec %1 refus : %2 places de plus en auraient servi 95 %.</numerusform>
            <numerusform>À la limite pendant %n heures avec %1 refus : %2 places de plus en auraient servi 95 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAlerts</name>
    <message>
        <source>%1: every seat is taken</source>
        <translation>%1 : tous les postes sont occupés</translation>
    </message>
    <message>
        <source>%1 of %2 seats are in use; the next request is refused until one is free.</source>
        <translation>%1 postes sur %2 sont utilisés ; la prochaine demande sera refusée jusqu&apos;à ce qu&apos;un poste se libère.</translation>
    </message>
    <message>
        <source>%1: requests are being refused</source>
        <translation>%1 : des demandes sont refusées</translation>
    </message>
    <message>
        <source>A machine was refused a seat because all are taken.</source>
        <translation>Un poste a été refusé à une machine car tous sont occupés.</translation>
    </message>
    <message>
        <source>%1 was refused a seat because all are taken.</source>
        <translation>Un poste a été refusé à %1 car tous sont occupés.</translation>
    </message>
</context>
<context>
    <name>clm::app::ServerTrust</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no certificate in this file</source>
        <translation>%1 : aucun certificat dans ce fichier</translation>
    </message>
</context>
<context>
    <name>clm::app::SignInFlow</name>
    <message>
        <source>Your session has ended. Sign in again to continue; nothing you did is lost.</source>
        <translation>Votre session a expiré. Reconnectez-vous pour continuer&#xa0;; rien de ce que vous avez fait n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Your kept sign-in is no longer valid. Sign in again.</source>
        <translation>Votre connexion mémorisée n&apos;est plus valable. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server must be an http:// or https:// address.</source>
        <translation>Le serveur doit être une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Saisissez votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Trop de tentatives. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Adresse e-mail ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>clm-admin is for owners and admins; your role is %1. Ask an owner of your organization for the admin role.</source>
        <translation>clm-admin est réservé aux propriétaires et aux administrateurs&#xa0;; votre rôle est %1. Demandez le rôle d’administrateur à un propriétaire de votre organisation.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu : %1</translation>
    </message>
    <message>
        <source>The server does not answer. Check the address, or try again later.</source>
        <translation>Le serveur ne répond pas. Vérifiez l&apos;adresse ou réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>clm::app::TimeText</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>dans %n s</numerusform>
            <numerusform>dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Au&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>To what</source>
        <translation>Sur quoi</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>Détails enregistrés</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>clm::ui::CertificateDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Certificat de serveur non reconnu</translation>
    </message>
    <message>
        <source>The server %1 presented a self-signed certificate, which no authority vouches for.</source>
        <translation>Le serveur %1 a présenté un certificat auto-signé, qu&apos;aucune autorité ne garantit.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>Le serveur %1 a présenté un certificat que cet ordinateur ne reconnaît pas.</translation>
    </message>
    <message>
        <source>TLS said: %1.</source>
        <translation>TLS indique : %1.</translation>
    </message>
    <message>
        <source>clm-admin did not connect. If the fingerprint below is the one your server&apos;s operator gives you, trust the CA certificate that signed it (for a self-signed certificate: the certificate itself) by adding its file. Otherwise someone may be in between: do not sign in.</source>
        <translation>clm-admin ne s&apos;est pas connecté. Si l&apos;empreinte ci-dessous est celle que vous donne l&apos;exploitant du serveur, faites confiance au certificat d&apos;autorité qui l&apos;a signé (pour un certificat auto-signé : le certificat lui-même) en ajoutant son fichier. Sinon, quelqu&apos;un est peut-être au milieu : ne vous connectez pas.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>&amp;Trust a CA file...</source>
        <translation>&amp;Faire confiance à un fichier CA...</translation>
    </message>
</context>
<context>
    <name>clm::ui::DashboardPage</name>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No active licenses yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one on the Licenses page; seat use shows here as soon as clients acquire seats.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune licence active pour l&apos;instant.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Créez-en une sur la page Licences&#xa0;; l&apos;utilisation des postes s&apos;affiche ici dès que des clients en occupent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>Pas à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Seats in use per license</source>
        <translation>Postes utilisés par licence</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>Hi&amp;storique&#xa0;:</translation>
    </message>
    <message>
        <source>Enter or double-click: open the license</source>
        <translation>Entrée ou double-clic : ouvrir la licence</translation>
    </message>
</context>
<context>
    <name>clm::ui::DeliveriesDialog</name>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed (given up)</source>
        <translation>Échec (abandonné)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>Livraisons vers %1</translation>
    </message>
    <message>
        <source>Event at</source>
        <translation>Événement le</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Each event is sent until the receiver answers 2xx: again after 10 seconds, then doubling, for a day. Sending one again puts it after the events waiting for this receiver.</source>
        <translation>Chaque événement est envoyé jusqu&apos;à ce que le destinataire réponde 2xx : de nouveau après 10 secondes, puis en doublant, pendant une journée. Un événement renvoyé passe après ceux qui attendent ce destinataire.</translation>
    </message>
    <message>
        <source>Select a delivery to see the receiver&apos;s answer.</source>
        <translation>Sélectionnez une livraison pour voir la réponse du destinataire.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative : %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <source>Event id (the receiver&apos;s Idempotency-Key): %1</source>
        <translation>Identifiant de l&apos;événement (l&apos;Idempotency-Key du destinataire) : %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Could not send the event again: %1</source>
        <translation>Impossible de renvoyer l&apos;événement : %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy the whole id</source>
        <translation>Copier l&apos;identifiant complet</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>Toutes les machines</translation>
    </message>
    <message numerus="yes">
        <source>Stale (not seen for %n day(s))</source>
        <translation>
            <numerusform>Inactive (pas vue depuis %n jour)</numerusform>
            <numerusform>Inactives (pas vues depuis %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>&amp;Disable...</source>
        <translation>&amp;Bloquer...</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Bloquer l&apos;appareil</translation>
    </message>
    <message>
        <source>Disable %1? Its seats end at once and it can no longer check out licenses.</source>
        <translation>Bloquer %1 ? Ses postes prennent fin immédiatement et elle ne peut plus obtenir de licences.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Could not disable the machine: %1</source>
        <translation>Impossible de bloquer la machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Re-enable...</source>
        <translation>&amp;Débloquer...</translation>
    </message>
    <message>
        <source>Re-enable device</source>
        <translation>Débloquer l&apos;appareil</translation>
    </message>
    <message>
        <source>Re-enable %1? It can enroll again with an enrollment token; until then it holds no seats.</source>
        <translation>Débloquer %1&#xa0;? Il pourra s&apos;inscrire à nouveau avec un jeton d&apos;inscription&#xa0;; d&apos;ici là, il n&apos;occupe aucun poste.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <source>Could not re-enable the machine: %1</source>
        <translation>Impossible de débloquer la machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disabled: its device token no longer works; re-enable it, then enroll it again.</source>
        <translation>Bloquée : son jeton d&apos;appareil ne fonctionne plus ; réactivez-la, puis inscrivez-la à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: not seen for %n day(s). Retired or off the network?</source>
        <translation>
            <numerusform>Inactive : pas vue depuis %n jour. Retirée ou hors réseau ?</numerusform>
            <numerusform>Inactive : pas vue depuis %n jours. Retirée ou hors réseau ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Seats held by this machine</source>
        <translation>Postes occupés par cette machine</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identifiants</translation>
    </message>
</context>
<context>
    <name>clm::ui::FormDialog</name>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing. Reload their version (your changes here are discarded), or overwrite it with your changes (fields you did not change keep their version)?</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet élément pendant que vous le modifiiez. Recharger sa version (vos modifications ici sont abandonnées) ou l&apos;écraser avec vos modifications (les champs que vous n&apos;avez pas modifiés gardent sa version)&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recharger sa version</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Écraser avec la mienne</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Reloaded: the fields show the saved version now.</source>
        <translation>Rechargé&#xa0;: les champs affichent maintenant la version enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this meanwhile.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre l&apos;a modifié entre-temps.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>Cette date est passée.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a indiqué : %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue&#xa0;; choisissez parmi&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicenseView</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Désactiver...</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>&amp;Forcer la libération...</translation>
    </message>
    <message>
        <source>Select a license to see who holds its seats.</source>
        <translation>Sélectionnez une licence pour voir qui occupe ses postes.</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Postes utilisés</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Utilisateur du système</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Emprunt jusqu&apos;au</translation>
    </message>
    <message>
        <source>Who holds a seat</source>
        <translation>Qui occupe un poste</translation>
    </message>
    <message>
        <source>Enter or double-click: show the session</source>
        <translation>Entrée ou double-clic : afficher la session</translation>
    </message>
    <message>
        <source>Free the selected holder&apos;s seat at once</source>
        <translation>Libérer immédiatement le poste du détenteur sélectionné</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>Hi&amp;storique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Utilisation</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Postes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Seats and leases</source>
        <translation>Postes et baux</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Offline lease</source>
        <translation>Bail hors ligne</translation>
    </message>
    <message>
        <source>Longest borrow</source>
        <translation>Emprunt le plus long</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Product %1, active.</source>
        <translation>Produit %1, active.</translation>
    </message>
    <message>
        <source>Product %1, deactivated: no seat is granted.</source>
        <translation>Produit %1, désactivée : aucun poste n&apos;est accordé.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Expire le %1.</translation>
    </message>
    <message>
        <source>Expires today, at %1.</source>
        <translation>Expire aujourd&apos;hui à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1.</numerusform>
            <numerusform>Expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1: no seat is granted.</source>
        <translation>Expirée le %1 : aucun poste n&apos;est accordé.</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use: every seat is taken.</source>
        <translation>%1 postes sur %2 utilisés : tous les postes sont occupés.</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use.</source>
        <translation>%1 postes sur %2 utilisés.</translation>
    </message>
    <message>
        <source>(signed-in tool)</source>
        <translation>(outil connecté)</translation>
    </message>
    <message>
        <source>Nobody holds a seat.</source>
        <translation>Personne n&apos;occupe de poste.</translation>
    </message>
    <message>
        <source>No request was refused today.</source>
        <translation>Aucune demande refusée aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>Refused today: %n request(s).</source>
        <translation>
            <numerusform>Refusée(s) aujourd&apos;hui : %n demande.</numerusform>
            <numerusform>Refusées aujourd&apos;hui : %n demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1.</source>
        <translation>Dernière : %1.</translation>
    </message>
    <message>
        <source>Last: %1, %2.</source>
        <translation>Dernière : %1, %2.</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicensesPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (dans %n jour)</numerusform>
            <numerusform>%1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;New license...</source>
        <translation>&amp;Nouvelle licence...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Copier la clé</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Désactiver...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Product code:</source>
        <translation>Code &amp;produit&#xa0;:</translation>
    </message>
    <message>
        <source>The code tools ask the daemon for, such as coditect-cli.</source>
        <translation>Le code que les outils demandent au démon, par exemple coditect-cli.</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>P&amp;ostes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Offline lease (s):</source>
        <translation>Durée &amp;hors ligne (s)&#xa0;:</translation>
    </message>
    <message>
        <source>How long a machine keeps working after its last heartbeat.</source>
        <translation>Durée pendant laquelle une machine continue de fonctionner après son dernier signal.</translation>
    </message>
    <message>
        <source>&amp;Longest borrow (s):</source>
        <translation>Emprunt m&amp;aximal (s)&#xa0;:</translation>
    </message>
    <message>
        <source>0 turns borrowing off.</source>
        <translation>0 désactive l&apos;emprunt.</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Fonctionnalités&#xa0;:</translation>
    </message>
    <message>
        <source>New license</source>
        <translation>Nouvelle licence</translation>
    </message>
    <message>
        <source>Edit license</source>
        <translation>Modifier la licence</translation>
    </message>
    <message>
        <source>Deactivate license</source>
        <translation>Désactiver la licence</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? Its sessions end at once.</source>
        <translation>Désactiver «&#xa0;%1&#xa0;»&#xa0;? Ses sessions prennent fin immédiatement.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Could not deactivate the license: %1</source>
        <translation>Impossible de désactiver la licence&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>Forcer la libération</translation>
    </message>
    <message>
        <source>Free the seat of %1 now? The machine learns it at its next heartbeat.</source>
        <translation>Libérer maintenant le poste de %1 ? La machine l&apos;apprendra à son prochain signal.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>Impossible de libérer le poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Could not reactivate the license: %1</source>
        <translation>Impossible de réactiver la licence : %1</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>In your local time. Untick for a license that does not expire.</source>
        <translation>Dans votre heure locale. Décochez pour une licence qui n&apos;expire pas.</translation>
    </message>
    <message>
        <source>Seat ad&amp;vice...</source>
        <translation>Con&amp;seil de places...</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>clm::ui::ListPage</name>
    <message>
        <source>Search %1</source>
        <translation>Rechercher&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>Impossible de charger les choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>E&amp;xporter en CSV...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Export de %1 en cours...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows...</source>
        <translation>%1 lignes exportées sur %2...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>L&apos;export a échoué.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The list was not exported. %1</source>
        <translation>La liste n&apos;a pas été exportée. %1</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message>
        <source>Exported to %1 (rows: %2)</source>
        <translation>Exporté vers %1 (lignes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
</context>
<context>
    <name>clm::ui::MainWindow</name>
    <message>
        <source>CODITECT License Manager</source>
        <translation>CODITECT License Manager</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The license server does not answer. What you see may be out of date; changes are not saved until it is back.</source>
        <translation>Le serveur de licences ne répond pas. Les données affichées peuvent être périmées&#xa0;; les modifications ne seront enregistrées qu&apos;à son retour.</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>Polling every 15 s</source>
        <translation>Interrogation toutes les 15 s</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <source>No keychain (%1): you stay signed in only while the app runs.</source>
        <translation>Pas de trousseau (%1)&#xa0;: vous ne restez connecté que tant que l&apos;application tourne.</translation>
    </message>
    <message>
        <source>About CODITECT License Manager</source>
        <translation>À propos de CODITECT License Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Administration of licenses, seats, users and machines.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Administration des licences, des postes, des utilisateurs et des machines.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time clm-admin starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de clm-admin.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Some trusted CA files could not be read: %1</source>
        <translation>Certains fichiers CA de confiance n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Sign &amp;in...</source>
        <translation>Se &amp;connecter...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Signed out. File &gt; Sign in... signs in again.</source>
        <translation>Déconnecté. Fichier &gt; Se connecter... pour vous reconnecter.</translation>
    </message>
    <message>
        <source>%1 – CODITECT License Manager</source>
        <translation>%1 – CODITECT License Manager</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Connecté en tant que %1 (%2) à %3</translation>
    </message>
    <message>
        <source>My &amp;account...</source>
        <translation>Mon &amp;compte...</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>Needed for any change.</source>
        <translation>Nécessaire pour toute modification.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Leave empty to keep it; a new one signs you out elsewhere.</source>
        <translation>Laissez vide pour le garder ; un nouveau vous déconnecte ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Your account was saved.</source>
        <translation>Votre compte a été enregistré.</translation>
    </message>
</context>
<context>
    <name>clm::ui::Notifier</name>
    <message>
        <source>CODITECT License Manager</source>
        <translation>CODITECT License Manager</translation>
    </message>
    <message>
        <source>&amp;Show the window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>clm::ui::SeatAdviceDialog</name>
    <message>
        <source>Seat advice: %1</source>
        <translation>Conseil de places : %1</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Refused caller</source>
        <translation>Demandeur refusé</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Refused most</source>
        <translation>Les plus refusés</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exporter en &amp;PDF...</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les plus refusés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the usage history: %1</source>
        <translation>Impossible de charger l’historique d’utilisation : %1</translation>
    </message>
    <message>
        <source>Loading the usage history...</source>
        <translation>Chargement de l’historique d’utilisation...</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Places détenues</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Pic d’utilisation</translation>
    </message>
    <message>
        <source>95th percentile of hourly peaks</source>
        <translation>95e centile des pics horaires</translation>
    </message>
    <message>
        <source>Hours at the limit</source>
        <translation>Heures à la limite</translation>
    </message>
    <message>
        <source>Nobody was refused in this period.</source>
        <translation>Personne n’a été refusé sur cette période.</translation>
    </message>
    <message>
        <source>seat-advice</source>
        <translation>conseil-places</translation>
    </message>
    <message>
        <source>Export the seat advice</source>
        <translation>Exporter le conseil de places</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Product %1, %2 to %3 (%n day(s)), made %4.</source>
        <translation>
            <numerusform>Produit %1, du %2 au %3 (%n jour), établi le %4.</numerusform>
            <numerusform>Produit %1, du %2 au %3 (%n jours), établi le %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>More seats that would have served 95 % of the denials</source>
        <translation>Places supplémentaires qui auraient servi 95 % des refus</translation>
    </message>
    <message>
        <source>Seats in use, hour by hour</source>
        <translation>Places utilisées, heure par heure</translation>
    </message>
    <message>
        <source>Peaks are the most seats held at once in each hour. An hour in which n callers were refused counts as served by n more seats.</source>
        <translation>Les pics sont le plus grand nombre de places occupées en même temps dans chaque heure. Une heure où n demandeurs ont été refusés compte comme servie par n places de plus.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>the same, working hours only</source>
        <translation>idem, heures ouvrées seulement</translation>
    </message>
    <message>
        <source>The same, working hours only (Monday to Friday, 8:00 to 18:00)</source>
        <translation>Idem, heures ouvrées seulement (du lundi au vendredi, de 8 h à 18 h)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>clm::ui::SessionsPage</name>
    <message>
        <source>Live sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Dernier signal</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Emprunt jusqu&apos;au</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Holding a seat</source>
        <translation>Occupe un poste</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Licence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Machine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>&amp;Forcer la libération...</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>Forcer la libération</translation>
    </message>
    <message>
        <source>Free the seat of %1 on %2 now? The machine learns it at its next heartbeat.</source>
        <translation>Libérer maintenant le poste de %1 sur %2 ? La machine l&apos;apprendra à son prochain signal.</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>Impossible de libérer le poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Holding a seat, borrowed</source>
        <translation>Occupe un poste, emprunté</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminée : %1</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Qui et où</translation>
    </message>
    <message>
        <source>(a tool signed in without the daemon)</source>
        <translation>(un outil connecté sans le démon)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Show the user</source>
        <translation>Afficher l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>clm::ui::SettingsDialog</name>
    <message>
        <source>Show desktop &amp;notifications when a license runs out of seats or requests are refused</source>
        <translation>Afficher des &amp;notifications lorsqu&apos;une licence n&apos;a plus de postes ou que des demandes sont refusées</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> jours sans contact</translation>
    </message>
    <message>
        <source>A machine is &amp;stale after:</source>
        <translation>Une machine est &amp;inactive après :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>CA certificates (PEM files) trusted for the license server besides the system&apos;s: your organization&apos;s own CA, or the server&apos;s self-signed certificate. Compare the fingerprint with your server&apos;s operator before you add one.</source>
        <translation>Certificats d&apos;autorité (fichiers PEM) reconnus pour le serveur de licences en plus de ceux du système : l&apos;autorité de votre organisation, ou le certificat auto-signé du serveur. Comparez l&apos;empreinte avec l&apos;exploitant du serveur avant d&apos;en ajouter un.</translation>
    </message>
    <message>
        <source>Trusted CA files</source>
        <translation>Fichiers CA de confiance</translation>
    </message>
    <message>
        <source>&amp;Add CA file...</source>
        <translation>&amp;Ajouter un fichier CA...</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation>Faire confiance à un certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Connexion...</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokenDialog</name>
    <message>
        <source>Enrollment token</source>
        <translation>Jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token is shown only once.&lt;/b&gt; Copy it now: machines use it to enroll with the license server. Anyone who has it can enroll a machine in your organization until you revoke it.</source>
        <translation>&lt;b&gt;Ce jeton n&apos;est affiché qu&apos;une seule fois.&lt;/b&gt; Copiez-le maintenant&#xa0;: les machines l&apos;utilisent pour s&apos;inscrire auprès du serveur de licences. Quiconque le possède peut inscrire une machine dans votre organisation jusqu&apos;à ce que vous le révoquiez.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>/etc/clm/clmd.conf:</source>
        <translation>/etc/clm/clmd.conf&#xa0;:</translation>
    </message>
    <message>
        <source>Or run as root:</source>
        <translation>Ou exécutez en tant que root&#xa0;:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Lines for /etc/clm/clmd.conf</source>
        <translation>Lignes pour /etc/clm/clmd.conf</translation>
    </message>
    <message>
        <source>Commands to run as root</source>
        <translation>Commandes à exécuter en root</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copier : %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokensPage</name>
    <message>
        <source>Enrollment tokens</source>
        <translation>Jetons d&apos;inscription</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Max uses</source>
        <translation>Utilisations max.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>&amp;New token...</source>
        <translation>&amp;Nouveau jeton...</translation>
    </message>
    <message>
        <source>New enrollment token</source>
        <translation>Nouveau jeton d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Uses allowed:</source>
        <translation>&amp;Utilisations permises&#xa0;:</translation>
    </message>
    <message>
        <source>How many machines may enroll with it.</source>
        <translation>Nombre de machines pouvant s&apos;inscrire avec ce jeton.</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Révoquer...</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Machines cannot enroll with it any more.</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»&#xa0;? Les machines ne pourront plus s&apos;inscrire avec.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation>Impossible de révoquer le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Machines enrolled with it</source>
        <translation>Machines inscrites avec ce jeton</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Revoked: machines can no longer enroll with it</source>
        <translation>Révoqué : les machines ne peuvent plus s&apos;inscrire avec</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identifiants</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsageChart</name>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Peak seats in use</source>
        <translation>Pic de postes utilisés</translation>
    </message>
    <message>
        <source>Seat use over time</source>
        <translation>Utilisation des postes dans le temps</translation>
    </message>
    <message>
        <source>The same numbers are in the table behind the Show as table button.</source>
        <translation>Les mêmes chiffres figurent dans le tableau derrière le bouton Afficher en tableau.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Seat limit</source>
        <translation>Limite de postes</translation>
    </message>
    <message>
        <source>Seat use over time, as a table</source>
        <translation>Utilisation des postes dans le temps, en tableau</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Afficher en &amp;graphique</translation>
    </message>
    <message>
        <source>Seat limit (%1)</source>
        <translation>Limite de postes (%1)</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Heure locale (%1)</translation>
    </message>
    <message>
        <source>Select a license to see its seat use</source>
        <translation>Sélectionnez une licence pour voir l&apos;utilisation de ses postes</translation>
    </message>
    <message>
        <source>%1: loading...</source>
        <translation>%1&#xa0;: chargement...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;Nouvel utilisateur...</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse e-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Désactiver...</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out everywhere.</source>
        <translation>Désactiver %1&#xa0;? Cette personne est déconnectée partout.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Could not deactivate the user: %1</source>
        <translation>Impossible de désactiver l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Owners and admins manage licenses, users and machines; members and guests only use licenses.</source>
        <translation>Les propriétaires et les administrateurs gèrent les licences, les utilisateurs et les machines&#xa0;; les membres et les invités ne font qu&apos;utiliser les licences.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Désactivé : ne peut pas se connecter</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Ce qu&apos;il a fait</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Seats of tools signed in as them</source>
        <translation>Postes des outils connectés sous son nom</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Could not reactivate the user: %1</source>
        <translation>Impossible de réactiver l&apos;utilisateur : %1</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Définir le mot de &amp;passe...</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Définir le mot de passe de %1</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Leave empty to generate a strong password, shown once after saving.</source>
        <translation>Laissez vide pour générer un mot de passe robuste, affiché une seule fois après l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>The password of %1 was changed; they were signed out everywhere.</source>
        <translation>Le mot de passe de %1 a été changé ; cette personne a été déconnectée partout.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only once.&lt;/b&gt; Give it to %1 in a safe way; they sign in with it and can change it under &lt;i&gt;My account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Ce mot de passe n’est affiché qu’une fois.&lt;/b&gt; Transmettez-le à %1 de façon sûre ; cette personne se connecte avec et peut le changer dans &lt;i&gt;Mon compte&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>clm::ui::WebhooksPage</name>
    <message>
        <source>Disabled</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Disabled by the server</source>
        <translation>Désactivé par le serveur</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>En échec depuis %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;New webhook...</source>
        <translation>&amp;Nouveau webhook...</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>&amp;Rotate secret...</source>
        <translation>&amp;Renouveler le secret...</translation>
    </message>
    <message>
        <source>&amp;Deliveries...</source>
        <translation>&amp;Livraisons...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Supprimer...</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? Its delivery log goes with it, and events waiting for it are not sent.</source>
        <translation>Supprimer le webhook vers %1 ? Son journal de livraisons est supprimé avec lui et les événements en attente ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the webhook: %1</source>
        <translation>Impossible de supprimer le webhook : %1</translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation>URL du &amp;destinataire :</translation>
    </message>
    <message>
        <source>https:// address that receives the events as signed POST requests.</source>
        <translation>Adresse https:// qui reçoit les événements en requêtes POST signées.</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>É&amp;vénements :</translation>
    </message>
    <message>
        <source>Comma-separated, of: %1</source>
        <translation>Séparés par des virgules, parmi : %1</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <source>Could not enable the webhook: %1</source>
        <translation>Impossible d&apos;activer le webhook : %1</translation>
    </message>
    <message>
        <source>Could not pause the webhook: %1</source>
        <translation>Impossible de suspendre le webhook : %1</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Requests are signed with the new one at once: the receiver must be given it.</source>
        <translation>Créer un nouveau secret pour %1 ? Les requêtes sont aussitôt signées avec le nouveau : il faut le donner au destinataire.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation>Impossible de renouveler le secret : %1</translation>
    </message>
    <message>
        <source>The event will be sent again.</source>
        <translation>L&apos;événement va être renvoyé.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Why the server disabled it</source>
        <translation>Pourquoi le serveur l&apos;a désactivé</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret is shown only once.&lt;/b&gt; Copy it now into the receiver at %1. Every request carries a &lt;tt&gt;Clm-Signature&lt;/tt&gt; header made with it; the receiver checks it and refuses anything else (the administration guide shows how).</source>
        <translation>&lt;b&gt;Ce secret n&apos;est affiché qu&apos;une fois.&lt;/b&gt; Copiez-le maintenant dans le destinataire à %1. Chaque requête porte un en-tête &lt;tt&gt;Clm-Signature&lt;/tt&gt; calculé avec lui ; le destinataire le vérifie et refuse tout le reste (le guide d&apos;administration explique comment).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CODITECT License Manager administration: users, licenses, live sessions, devices and enrollment tokens.</source>
        <translation>Administration de CODITECT License Manager&#xa0;: utilisateurs, licences, sessions actives, appareils et jetons d&apos;inscription.</translation>
    </message>
    <message>
        <source>license server URL for the sign-in dialog</source>
        <translation>URL du serveur de licences pour la fenêtre de connexion</translation>
    </message>
    <message>
        <source>language: de, fr, es, ja or en (default: the system&apos;s)</source>
        <translation>langue&#xa0;: de, fr, es, ja ou en (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>email for the sign-in dialog</source>
        <translation>adresse e-mail pour la fenêtre de connexion</translation>
    </message>
</context>
</TS>
