<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Reused sign-in token (session revoked)</source>
        <translation>Anmeldetoken erneut verwendet (Sitzung widerrufen)</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organisation geändert</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>License created</source>
        <translation>Lizenz angelegt</translation>
    </message>
    <message>
        <source>License changed</source>
        <translation>Lizenz geändert</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>Lizenz deaktiviert</translation>
    </message>
    <message>
        <source>Enrollment token created</source>
        <translation>Registrierungstoken angelegt</translation>
    </message>
    <message>
        <source>Enrollment token revoked</source>
        <translation>Registrierungstoken widerrufen</translation>
    </message>
    <message>
        <source>Machine enrolled</source>
        <translation>Rechner registriert</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>Rechner gesperrt</translation>
    </message>
    <message>
        <source>Seat taken</source>
        <translation>Platz belegt</translation>
    </message>
    <message>
        <source>Seat released</source>
        <translation>Platz freigegeben</translation>
    </message>
    <message>
        <source>Seat borrowed</source>
        <translation>Platz ausgeliehen</translation>
    </message>
    <message>
        <source>Seat force-released</source>
        <translation>Platz zwangsweise freigegeben</translation>
    </message>
    <message>
        <source>Seat timed out</source>
        <translation>Platz wegen Zeitüberschreitung freigegeben</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Enrollment token</source>
        <translation>Registrierungstoken</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Machine enabled again</source>
        <translation>Rechner wieder freigegeben</translation>
    </message>
    <message>
        <source>Webhook created</source>
        <translation>Webhook angelegt</translation>
    </message>
    <message>
        <source>Webhook changed</source>
        <translation>Webhook geändert</translation>
    </message>
    <message>
        <source>Webhook deleted</source>
        <translation>Webhook gelöscht</translation>
    </message>
    <message>
        <source>Webhook event sent again</source>
        <translation>Webhook-Ereignis erneut gesendet</translation>
    </message>
    <message>
        <source>Webhook disabled after failing</source>
        <translation>Webhook nach Fehlschlägen gesperrt</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>Offline lease (s)</source>
        <translation>Offline-Frist (s)</translation>
    </message>
    <message>
        <source>Longest borrow (s)</source>
        <translation>Längste Ausleihe (s)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>Lizenz-ID</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Machine id</source>
        <translation>Rechner-ID</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS-Benutzer</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Ausgeliehen bis</translation>
    </message>
    <message>
        <source>Lease valid until</source>
        <translation>Offline-Frist bis</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Hardware id</source>
        <translation>Hardware-ID</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Uses allowed</source>
        <translation>Erlaubte Nutzungen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>Urheber-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Timed out (no heartbeat)</source>
        <translation>Zeitüberschreitung (kein Lebenszeichen)</translation>
    </message>
    <message>
        <source>Force-released</source>
        <translation>Zwangsweise freigegeben</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>Lizenz deaktiviert</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>Rechner gesperrt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the license server</source>
        <translation>Am Lizenzserver anmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>inhaber@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>Angemeldet &amp;bleiben</translation>
    </message>
</context>
<context>
    <name>clm::app::ApiErrors</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>Der Server konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>Einige Werte wurden nicht angenommen.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <source>It no longer exists, or it was never there.</source>
        <translation>Es existiert nicht mehr oder hat nie existiert.</translation>
    </message>
    <message>
        <source>The server does not offer this action.</source>
        <translation>Der Server bietet diese Aktion nicht an.</translation>
    </message>
    <message>
        <source>This clashes with what is already there.</source>
        <translation>Das widerspricht dem, was bereits vorhanden ist.</translation>
    </message>
    <message>
        <source>All seats of the license are in use.</source>
        <translation>Alle Plätze der Lizenz sind belegt.</translation>
    </message>
    <message>
        <source>The license is deactivated.</source>
        <translation>Die Lizenz ist deaktiviert.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>Die Lizenz ist abgelaufen.</translation>
    </message>
    <message>
        <source>The seat has already been given up.</source>
        <translation>Der Platz wurde bereits freigegeben.</translation>
    </message>
    <message>
        <source>The license does not allow borrowing seats.</source>
        <translation>Die Lizenz erlaubt kein Ausleihen von Plätzen.</translation>
    </message>
    <message>
        <source>The machine is disabled.</source>
        <translation>Der Rechner ist gesperrt.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a minute, then try again.</source>
        <translation>Zu viele Anfragen. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>That is too much data to send at once.</source>
        <translation>Das sind zu viele Daten auf einmal.</translation>
    </message>
    <message>
        <source>The server could not read the request&apos;s format.</source>
        <translation>Der Server konnte das Format der Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>The server cannot do this right now. Try again shortly.</source>
        <translation>Der Server kann das gerade nicht ausführen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed. Try again; if it keeps failing, tell the server&apos;s operator.</source>
        <translation>Beim Server ist ein Fehler aufgetreten. Versuchen Sie es erneut; wenn es weiter fehlschlägt, informieren Sie den Betreiber des Servers.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the network and try again.</source>
        <translation>Der Server antwortet nicht. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>Der Server hat das abgelehnt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n seat(s) of the license are in use.</source>
        <translation>
            <numerusform>Die Lizenz hat %n Platz, und er ist belegt.</numerusform>
            <numerusform>Alle %n Plätze der Lizenz sind belegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Jemand anderes hat das inzwischen geändert.</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The organization&apos;s last active owner cannot be demoted or deactivated.</source>
        <translation>Der letzte aktive Eigentümer der Organisation kann weder herabgestuft noch deaktiviert werden.</translation>
    </message>
    <message>
        <source>Only an owner may do this.</source>
        <translation>Das darf nur ein Eigentümer.</translation>
    </message>
    <message>
        <source>This server does not let anyone create an organization.</source>
        <translation>Auf diesem Server kann niemand selbst eine Organisation anlegen.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Ihr Konto wurde deaktiviert.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>Der Server hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Pflichtangabe.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Muss Text sein.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Must be an email address.</source>
        <translation>Muss eine E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Must not be the email address.</source>
        <translation>Darf nicht die E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Must be a date and time.</source>
        <translation>Muss ein Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <source>Must be in the future.</source>
        <translation>Muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Must be an id.</source>
        <translation>Muss eine ID sein.</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>Enthält Zeichen, die kein gültiger Text sind.</translation>
    </message>
    <message>
        <source>Contains a character that cannot be stored.</source>
        <translation>Enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Cannot be changed.</source>
        <translation>Kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Das ist nicht Ihr aktuelles Passwort.</translation>
    </message>
    <message>
        <source>Belongs to another machine.</source>
        <translation>Gehört zu einem anderen Rechner.</translation>
    </message>
    <message>
        <source>A license key or a product is required.</source>
        <translation>Ein Lizenzschlüssel oder ein Produkt ist erforderlich.</translation>
    </message>
    <message>
        <source>Must be at most 100 entries of 1 to 255 characters each.</source>
        <translation>Höchstens 100 Einträge mit je 1 bis 255 Zeichen.</translation>
    </message>
    <message>
        <source>Can only re-enable a machine.</source>
        <translation>Ein Rechner kann hier nur wieder freigegeben werden.</translation>
    </message>
    <message>
        <source>Must be from one minute to one day.</source>
        <translation>Muss zwischen einer Minute und einem Tag liegen.</translation>
    </message>
    <message>
        <source>The time range is too long for this resolution.</source>
        <translation>Der Zeitraum ist für diese Auflösung zu lang.</translation>
    </message>
    <message>
        <source>Must not be after the end.</source>
        <translation>Darf nicht nach dem Ende liegen.</translation>
    </message>
    <message>
        <source>Must be a full https:// address.</source>
        <translation>Muss eine vollständige https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Must start with https://.</source>
        <translation>Muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Must not contain a user name or password.</source>
        <translation>Darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Must not end in a #fragment.</source>
        <translation>Darf nicht auf ein #Fragment enden.</translation>
    </message>
    <message>
        <source>Names a private or local address, which the server does not send to.</source>
        <translation>Nennt eine private oder lokale Adresse, an die der Server nicht sendet.</translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s).</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s).</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>Muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Must be a whole number from 1 to %1.</source>
        <translation>Muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Muss eines davon sein: %1.</translation>
    </message>
    <message>
        <source>Choose at least one of: %1.</source>
        <translation>Wählen Sie mindestens eines davon: %1.</translation>
    </message>
    <message>
        <source>Unknown field; one of: %1.</source>
        <translation>Unbekanntes Feld; möglich sind: %1.</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>Nicht angenommen (%1).</translation>
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
        <translation>System</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seat of %1</source>
        <translation>Platz von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>offline lease (s)</source>
        <translation>Offline-Frist (s)</translation>
    </message>
    <message>
        <source>longest borrow (s)</source>
        <translation>längste Ausleihe (s)</translation>
    </message>
    <message>
        <source>features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
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
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>secret rotated</source>
        <translation>Geheimnis erneuert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>clm::app::DashboardModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Requests refused today because every seat was taken</source>
        <translation>Heute abgelehnte Anfragen, weil alle Plätze belegt waren</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>Denials today</source>
        <translation>Ablehnungen heute</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 von %2 Plätzen belegt</translation>
    </message>
</context>
<context>
    <name>clm::app::LicenseOverview</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>clm::app::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export stopped at row %1: %2</source>
        <translation>Der Export brach in Zeile %1 ab: %2</translation>
    </message>
</context>
<context>
    <name>clm::app::Outcome</name>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Jemand anderes hat dies inzwischen geändert.</translation>
    </message>
    <message>
        <source>The server does not answer. Nothing was saved; try again.</source>
        <translation>Der Server antwortet nicht. Nichts wurde gespeichert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>clm::app::PagedModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>clm::app::Passwords</name>
    <message>
        <source>Does not match the new password.</source>
        <translation>Stimmt nicht mit dem neuen Passwort überein.</translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAdvice</name>
    <message numerus="yes">
        <source>No seat was used in %n day(s): all %1 seats are unused.</source>
        <translation>
            <numerusform>An %n Tag wurde kein Platz genutzt: alle %1 Plätze sind ungenutzt.</numerusform>
            <numerusform>In %n Tagen wurde kein Platz genutzt: alle %1 Plätze sind ungenutzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak use %1 of %2: %3 seats unused for %n day(s).</source>
        <translation>
            <numerusform>Höchste Nutzung %1 von %2: %3 Plätze %n Tag lang ungenutzt.</numerusform>
            <numerusform>Höchste Nutzung %1 von %2: %3 Plätze %n Tage lang ungenutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak use %1 of %2 and nobody was refused: the seats fit.</source>
        <translation>Höchste Nutzung %1 von %2, und niemand wurde abgewiesen: die Plätze passen.</translation>
    </message>
    <message numerus="yes">
        <source>At the limit %n hour(s) with %1 denials: %2 more seats would have served 95 % of them.</source>
        <translation>
            <numerusform>%n Stunde am Limit mit %1 Abweisungen: %2 Plätze mehr hätten 95 % davon bedient.</numerusform>
            <numerusform>%n Stunden am Limit mit %1 Abweisungen: %2 Plätze mehr hätten 95 % davon bedient.</numerusform>
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
        <translation>%1: alle Plätze sind belegt</translation>
    </message>
    <message>
        <source>%1 of %2 seats are in use; the next request is refused until one is free.</source>
        <translation>%1 von %2 Plätzen sind belegt; die nächste Anfrage wird abgelehnt, bis einer frei wird.</translation>
    </message>
    <message>
        <source>%1: requests are being refused</source>
        <translation>%1: Anfragen werden abgelehnt</translation>
    </message>
    <message>
        <source>A machine was refused a seat because all are taken.</source>
        <translation>Einem Rechner wurde ein Platz verweigert, weil alle belegt sind.</translation>
    </message>
    <message>
        <source>%1 was refused a seat because all are taken.</source>
        <translation>%1 wurde ein Platz verweigert, weil alle belegt sind.</translation>
    </message>
</context>
<context>
    <name>clm::app::ServerTrust</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no certificate in this file</source>
        <translation>%1: kein Zertifikat in dieser Datei</translation>
    </message>
</context>
<context>
    <name>clm::app::SignInFlow</name>
    <message>
        <source>Your session has ended. Sign in again to continue; nothing you did is lost.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren; es geht nichts verloren.</translation>
    </message>
    <message>
        <source>Your kept sign-in is no longer valid. Sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server must be an http:// or https:// address.</source>
        <translation>Der Server muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>E-Mail-Adresse oder Passwort falsch.</translation>
    </message>
    <message>
        <source>clm-admin is for owners and admins; your role is %1. Ask an owner of your organization for the admin role.</source>
        <translation>clm-admin ist für Inhaber und Administratoren; Ihre Rolle ist %1. Bitten Sie einen Inhaber Ihrer Organisation um die Administratorrolle.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>The server does not answer. Check the address, or try again later.</source>
        <translation>Der Server antwortet nicht. Prüfen Sie die Adresse oder versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>clm::app::TimeText</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
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
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>&amp;Urheber:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
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
        <translation>Wer</translation>
    </message>
    <message>
        <source>To what</source>
        <translation>Woran</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>Erfasste Details</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>clm::ui::CertificateDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Nicht vertrauenswürdiges Serverzertifikat</translation>
    </message>
    <message>
        <source>The server %1 presented a self-signed certificate, which no authority vouches for.</source>
        <translation>Der Server %1 hat ein selbstsigniertes Zertifikat vorgelegt, für das keine Zertifizierungsstelle bürgt.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>Der Server %1 hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>TLS said: %1.</source>
        <translation>TLS meldet: %1.</translation>
    </message>
    <message>
        <source>clm-admin did not connect. If the fingerprint below is the one your server&apos;s operator gives you, trust the CA certificate that signed it (for a self-signed certificate: the certificate itself) by adding its file. Otherwise someone may be in between: do not sign in.</source>
        <translation>clm-admin hat keine Verbindung aufgebaut. Wenn der Fingerabdruck unten der ist, den Ihnen der Betreiber des Servers nennt, vertrauen Sie dem CA-Zertifikat, das ihn signiert hat (bei einem selbstsignierten Zertifikat: dem Zertifikat selbst), indem Sie seine Datei hinzufügen. Andernfalls könnte jemand dazwischen sein: Melden Sie sich nicht an.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&amp;Trust a CA file...</source>
        <translation>CA-Datei &amp;vertrauen...</translation>
    </message>
</context>
<context>
    <name>clm::ui::DashboardPage</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No active licenses yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one on the Licenses page; seat use shows here as soon as clients acquire seats.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine aktiven Lizenzen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie auf der Seite „Lizenzen“ eine an; die Platzbelegung erscheint hier, sobald Clients Plätze belegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>Nicht aktuell: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Seats in use per license</source>
        <translation>Belegte Plätze je Lizenz</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>Enter or double-click: open the license</source>
        <translation>Eingabetaste oder Doppelklick: Lizenz öffnen</translation>
    </message>
</context>
<context>
    <name>clm::ui::DeliveriesDialog</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed (given up)</source>
        <translation>Fehlgeschlagen (aufgegeben)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>Zustellungen an %1</translation>
    </message>
    <message>
        <source>Event at</source>
        <translation>Ereignis am</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Each event is sent until the receiver answers 2xx: again after 10 seconds, then doubling, for a day. Sending one again puts it after the events waiting for this receiver.</source>
        <translation>Jedes Ereignis wird gesendet, bis der Empfänger mit 2xx antwortet: erneut nach 10 Sekunden, dann jeweils doppelt so spät, einen Tag lang. Ein erneut gesendetes Ereignis kommt nach den Ereignissen, die für diesen Empfänger warten.</translation>
    </message>
    <message>
        <source>Select a delivery to see the receiver&apos;s answer.</source>
        <translation>Wählen Sie eine Zustellung, um die Antwort des Empfängers zu sehen.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Event id (the receiver&apos;s Idempotency-Key): %1</source>
        <translation>Ereignis-ID (der Idempotency-Key beim Empfänger): %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Could not send the event again: %1</source>
        <translation>Das Ereignis konnte nicht erneut gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy the whole id</source>
        <translation>Ganze ID kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>clm::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>Alle Rechner</translation>
    </message>
    <message numerus="yes">
        <source>Stale (not seen for %n day(s))</source>
        <translation>
            <numerusform>Veraltet (seit %n Tag nicht gesehen)</numerusform>
            <numerusform>Veraltet (seit %n Tagen nicht gesehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>&amp;Disable...</source>
        <translation>&amp;Sperren...</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Disable %1? Its seats end at once and it can no longer check out licenses.</source>
        <translation>%1 sperren? Seine Plätze enden sofort und er kann keine Lizenzen mehr beziehen.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Could not disable the machine: %1</source>
        <translation>Der Rechner konnte nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Re-enable...</source>
        <translation>&amp;Wieder freigeben...</translation>
    </message>
    <message>
        <source>Re-enable device</source>
        <translation>Gerät wieder freigeben</translation>
    </message>
    <message>
        <source>Re-enable %1? It can enroll again with an enrollment token; until then it holds no seats.</source>
        <translation>%1 wieder freigeben? Der Rechner kann sich dann mit einem Registrierungstoken erneut anmelden; bis dahin belegt er keine Plätze.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Wieder freigeben</translation>
    </message>
    <message>
        <source>Could not re-enable the machine: %1</source>
        <translation>Der Rechner konnte nicht wieder freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Disabled: its device token no longer works; re-enable it, then enroll it again.</source>
        <translation>Gesperrt: sein Gerätetoken funktioniert nicht mehr; entsperren Sie ihn und registrieren Sie ihn dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: not seen for %n day(s). Retired or off the network?</source>
        <translation>
            <numerusform>Veraltet: seit %n Tag nicht gesehen. Ausgemustert oder nicht im Netz?</numerusform>
            <numerusform>Veraltet: seit %n Tagen nicht gesehen. Ausgemustert oder nicht im Netz?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Seats held by this machine</source>
        <translation>Von diesem Rechner belegte Plätze</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
</context>
<context>
    <name>clm::ui::FormDialog</name>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing. Reload their version (your changes here are discarded), or overwrite it with your changes (fields you did not change keep their version)?</source>
        <translation>Jemand anderes hat dies gespeichert, während Sie es bearbeitet haben. Die gespeicherte Version laden (Ihre Änderungen hier werden verworfen) oder sie mit Ihren Änderungen überschreiben (Felder, die Sie nicht geändert haben, behalten die gespeicherte Fassung)?</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>Gespeicherte Version &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner &amp;überschreiben</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Reloaded: the fields show the saved version now.</source>
        <translation>Neu geladen: Die Felder zeigen jetzt die gespeicherte Version.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this meanwhile.</source>
        <translation>Nicht gespeichert: Jemand anderes hat dies inzwischen geändert.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>Dieser Zeitpunkt liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>unbekannte Sprache „%1“; möglich sind: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicenseView</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Deaktivieren...</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>Freigabe &amp;erzwingen...</translation>
    </message>
    <message>
        <source>Select a license to see who holds its seats.</source>
        <translation>Wählen Sie eine Lizenz, um zu sehen, wer ihre Plätze belegt.</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>OS-Benutzer</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Ausgeliehen bis</translation>
    </message>
    <message>
        <source>Who holds a seat</source>
        <translation>Wer einen Platz belegt</translation>
    </message>
    <message>
        <source>Enter or double-click: show the session</source>
        <translation>Eingabetaste oder Doppelklick: Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Free the selected holder&apos;s seat at once</source>
        <translation>Platz des gewählten Inhabers sofort freigeben</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Nutzung</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plätze&lt;/b&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Seats and leases</source>
        <translation>Plätze und Leases</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Offline lease</source>
        <translation>Offline-Lease</translation>
    </message>
    <message>
        <source>Longest borrow</source>
        <translation>Längste Ausleihe</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Product %1, active.</source>
        <translation>Produkt %1, aktiv.</translation>
    </message>
    <message>
        <source>Product %1, deactivated: no seat is granted.</source>
        <translation>Produkt %1, deaktiviert: es wird kein Platz vergeben.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Expires today, at %1.</source>
        <translation>Läuft heute um %1 ab.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1: no seat is granted.</source>
        <translation>Am %1 abgelaufen: es wird kein Platz vergeben.</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use: every seat is taken.</source>
        <translation>%1 von %2 Plätzen belegt: alle Plätze sind vergeben.</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use.</source>
        <translation>%1 von %2 Plätzen belegt.</translation>
    </message>
    <message>
        <source>(signed-in tool)</source>
        <translation>(angemeldetes Werkzeug)</translation>
    </message>
    <message>
        <source>Nobody holds a seat.</source>
        <translation>Niemand belegt einen Platz.</translation>
    </message>
    <message>
        <source>No request was refused today.</source>
        <translation>Heute wurde keine Anfrage abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Refused today: %n request(s).</source>
        <translation>
            <numerusform>Heute abgelehnt: %n Anfrage.</numerusform>
            <numerusform>Heute abgelehnt: %n Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1.</source>
        <translation>Zuletzt: %1.</translation>
    </message>
    <message>
        <source>Last: %1, %2.</source>
        <translation>Zuletzt: %1, %2.</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicensesPage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;New license...</source>
        <translation>&amp;Neue Lizenz...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Deaktivieren...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Product code:</source>
        <translation>&amp;Produktcode:</translation>
    </message>
    <message>
        <source>The code tools ask the daemon for, such as coditect-cli.</source>
        <translation>Der Code, den Werkzeuge beim Daemon anfragen, z. B. coditect-cli.</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>P&amp;lätze:</translation>
    </message>
    <message>
        <source>&amp;Offline lease (s):</source>
        <translation>&amp;Offline-Frist (s):</translation>
    </message>
    <message>
        <source>How long a machine keeps working after its last heartbeat.</source>
        <translation>Wie lange ein Rechner nach seinem letzten Lebenszeichen weiterarbeitet.</translation>
    </message>
    <message>
        <source>&amp;Longest borrow (s):</source>
        <translation>Längste &amp;Ausleihe (s):</translation>
    </message>
    <message>
        <source>0 turns borrowing off.</source>
        <translation>0 schaltet das Ausleihen ab.</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Funktionen:</translation>
    </message>
    <message>
        <source>New license</source>
        <translation>Neue Lizenz</translation>
    </message>
    <message>
        <source>Edit license</source>
        <translation>Lizenz bearbeiten</translation>
    </message>
    <message>
        <source>Deactivate license</source>
        <translation>Lizenz deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? Its sessions end at once.</source>
        <translation>„%1“ deaktivieren? Ihre Sitzungen enden sofort.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Could not deactivate the license: %1</source>
        <translation>Die Lizenz konnte nicht deaktiviert werden: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>Freigabe erzwingen</translation>
    </message>
    <message>
        <source>Free the seat of %1 now? The machine learns it at its next heartbeat.</source>
        <translation>Den Platz von %1 jetzt freigeben? Der Rechner erfährt es beim nächsten Lebenszeichen.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>Der Platz konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Could not reactivate the license: %1</source>
        <translation>Die Lizenz konnte nicht reaktiviert werden: %1</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
    <message>
        <source>In your local time. Untick for a license that does not expire.</source>
        <translation>In Ihrer Ortszeit. Ohne Haken läuft die Lizenz nicht ab.</translation>
    </message>
    <message>
        <source>Seat ad&amp;vice...</source>
        <translation>Platz&amp;empfehlung...</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>clm::ui::ListPage</name>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>Die Auswahl konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Export von %1 läuft...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows...</source>
        <translation>%1 von %2 Zeilen exportiert...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The list was not exported. %1</source>
        <translation>Die Liste wurde nicht exportiert. %1</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export läuft...</translation>
    </message>
    <message>
        <source>Exported to %1 (rows: %2)</source>
        <translation>Nach %1 exportiert (Zeilen: %2)</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Dieser Eintrag ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
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
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The license server does not answer. What you see may be out of date; changes are not saved until it is back.</source>
        <translation>Der Lizenzserver antwortet nicht. Die Anzeige ist möglicherweise veraltet; Änderungen werden erst gespeichert, wenn er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>Polling every 15 s</source>
        <translation>Abfrage alle 15 s</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Angemeldet als %1 bei %2</translation>
    </message>
    <message>
        <source>No keychain (%1): you stay signed in only while the app runs.</source>
        <translation>Kein Schlüsselbund (%1): Sie bleiben nur angemeldet, solange das Programm läuft.</translation>
    </message>
    <message>
        <source>About CODITECT License Manager</source>
        <translation>Über CODITECT License Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Administration of licenses, seats, users and machines.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Verwaltung von Lizenzen, Plätzen, Benutzern und Rechnern.&lt;/p&gt;</translation>
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
        <source>The new language applies the next time clm-admin starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von clm-admin.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some trusted CA files could not be read: %1</source>
        <translation>Einige vertrauenswürdige CA-Dateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign &amp;in...</source>
        <translation>&amp;Anmelden...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Anmeldung bei %1...</translation>
    </message>
    <message>
        <source>Signed out. File &gt; Sign in... signs in again.</source>
        <translation>Abgemeldet. Datei &gt; Anmelden... meldet Sie wieder an.</translation>
    </message>
    <message>
        <source>%1 – CODITECT License Manager</source>
        <translation>%1 – CODITECT License Manager</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
    <message>
        <source>My &amp;account...</source>
        <translation>Mein &amp;Konto...</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>Needed for any change.</source>
        <translation>Für jede Änderung nötig.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Leave empty to keep it; a new one signs you out elsewhere.</source>
        <translation>Leer lassen, um es zu behalten; ein neues meldet Sie überall sonst ab.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Your account was saved.</source>
        <translation>Ihr Konto wurde gespeichert.</translation>
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
        <translation>Fenster an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>clm::ui::SeatAdviceDialog</name>
    <message>
        <source>Seat advice: %1</source>
        <translation>Platzempfehlung: %1</translation>
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
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Refused caller</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Abweisungen</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Refused most</source>
        <translation>Am häufigsten abgewiesen</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Am häufigsten abgewiesen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the usage history: %1</source>
        <translation>Der Nutzungsverlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the usage history...</source>
        <translation>Nutzungsverlauf wird geladen...</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Plätze im Besitz</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Höchste Nutzung</translation>
    </message>
    <message>
        <source>95th percentile of hourly peaks</source>
        <translation>95. Perzentil der stündlichen Höchstwerte</translation>
    </message>
    <message>
        <source>Hours at the limit</source>
        <translation>Stunden am Limit</translation>
    </message>
    <message>
        <source>Nobody was refused in this period.</source>
        <translation>In diesem Zeitraum wurde niemand abgewiesen.</translation>
    </message>
    <message>
        <source>seat-advice</source>
        <translation>platzempfehlung</translation>
    </message>
    <message>
        <source>Export the seat advice</source>
        <translation>Platzempfehlung exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Product %1, %2 to %3 (%n day(s)), made %4.</source>
        <translation>
            <numerusform>Produkt %1, %2 bis %3 (%n Tag), erstellt %4.</numerusform>
            <numerusform>Produkt %1, %2 bis %3 (%n Tage), erstellt %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>More seats that would have served 95 % of the denials</source>
        <translation>Zusätzliche Plätze, die 95 % der Abweisungen bedient hätten</translation>
    </message>
    <message>
        <source>Seats in use, hour by hour</source>
        <translation>Belegte Plätze, Stunde für Stunde</translation>
    </message>
    <message>
        <source>Peaks are the most seats held at once in each hour. An hour in which n callers were refused counts as served by n more seats.</source>
        <translation>Höchstwerte sind die meisten gleichzeitig belegten Plätze je Stunde. Eine Stunde, in der n Anfragende abgewiesen wurden, gilt als mit n zusätzlichen Plätzen bedient.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the same, working hours only</source>
        <translation>dasselbe, nur Arbeitszeit</translation>
    </message>
    <message>
        <source>The same, working hours only (Monday to Friday, 8:00 to 18:00)</source>
        <translation>Dasselbe, nur Arbeitszeit (Montag bis Freitag, 8:00 bis 18:00)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>clm::ui::SessionsPage</name>
    <message>
        <source>Live sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Ausgeliehen bis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Holding a seat</source>
        <translation>Belegt einen Platz</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>Freigabe &amp;erzwingen...</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>Freigabe erzwingen</translation>
    </message>
    <message>
        <source>Free the seat of %1 on %2 now? The machine learns it at its next heartbeat.</source>
        <translation>Den Platz von %1 auf %2 jetzt freigeben? Der Rechner erfährt es beim nächsten Lebenszeichen.</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>Der Platz konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Holding a seat, borrowed</source>
        <translation>Belegt einen Platz, ausgeliehen</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Wer und wo</translation>
    </message>
    <message>
        <source>(a tool signed in without the daemon)</source>
        <translation>(ein Werkzeug, angemeldet ohne den Dienst)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Show the user</source>
        <translation>Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>clm::ui::SettingsDialog</name>
    <message>
        <source>Show desktop &amp;notifications when a license runs out of seats or requests are refused</source>
        <translation>Desktop-&amp;Benachrichtigungen zeigen, wenn einer Lizenz die Plätze ausgehen oder Anfragen abgelehnt werden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>A machine is &amp;stale after:</source>
        <translation>Ein Rechner gilt als &amp;veraltet nach:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>CA certificates (PEM files) trusted for the license server besides the system&apos;s: your organization&apos;s own CA, or the server&apos;s self-signed certificate. Compare the fingerprint with your server&apos;s operator before you add one.</source>
        <translation>CA-Zertifikate (PEM-Dateien), denen für den Lizenzserver zusätzlich zu denen des Systems vertraut wird: die eigene CA Ihrer Organisation oder das selbstsignierte Zertifikat des Servers. Vergleichen Sie den Fingerabdruck mit dem Betreiber Ihres Servers, bevor Sie eines hinzufügen.</translation>
    </message>
    <message>
        <source>Trusted CA files</source>
        <translation>Vertrauenswürdige CA-Dateien</translation>
    </message>
    <message>
        <source>&amp;Add CA file...</source>
        <translation>CA-Datei &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation>Einem CA-Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Anmeldung läuft...</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokenDialog</name>
    <message>
        <source>Enrollment token</source>
        <translation>Registrierungstoken</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token is shown only once.&lt;/b&gt; Copy it now: machines use it to enroll with the license server. Anyone who has it can enroll a machine in your organization until you revoke it.</source>
        <translation>&lt;b&gt;Dieses Token wird nur einmal angezeigt.&lt;/b&gt; Kopieren Sie es jetzt: Rechner registrieren sich damit beim Lizenzserver. Wer es besitzt, kann einen Rechner in Ihrer Organisation registrieren, bis Sie es widerrufen.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>/etc/clm/clmd.conf:</source>
        <translation>/etc/clm/clmd.conf:</translation>
    </message>
    <message>
        <source>Or run as root:</source>
        <translation>Oder als root ausführen:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Lines for /etc/clm/clmd.conf</source>
        <translation>Zeilen für /etc/clm/clmd.conf</translation>
    </message>
    <message>
        <source>Commands to run as root</source>
        <translation>Als root auszuführende Befehle</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokensPage</name>
    <message>
        <source>Enrollment tokens</source>
        <translation>Registrierungstokens</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Nutzungen</translation>
    </message>
    <message>
        <source>Max uses</source>
        <translation>Max. Nutzungen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>&amp;New token...</source>
        <translation>&amp;Neues Token...</translation>
    </message>
    <message>
        <source>New enrollment token</source>
        <translation>Neues Registrierungstoken</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Uses allowed:</source>
        <translation>&amp;Erlaubte Nutzungen:</translation>
    </message>
    <message>
        <source>How many machines may enroll with it.</source>
        <translation>Wie viele Rechner sich damit registrieren dürfen.</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Widerrufen...</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Machines cannot enroll with it any more.</source>
        <translation>„%1“ widerrufen? Rechner können sich damit nicht mehr registrieren.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation>Das Token konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Machines enrolled with it</source>
        <translation>Damit registrierte Rechner</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Revoked: machines can no longer enroll with it</source>
        <translation>Widerrufen: Rechner können sich damit nicht mehr registrieren</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Verwendbar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsageChart</name>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>Peak seats in use</source>
        <translation>Höchstzahl belegter Plätze</translation>
    </message>
    <message>
        <source>Seat use over time</source>
        <translation>Platzbelegung im Zeitverlauf</translation>
    </message>
    <message>
        <source>The same numbers are in the table behind the Show as table button.</source>
        <translation>Dieselben Zahlen stehen in der Tabelle hinter der Schaltfläche „Als Tabelle zeigen“.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Seat limit</source>
        <translation>Platzgrenze</translation>
    </message>
    <message>
        <source>Seat use over time, as a table</source>
        <translation>Platznutzung im Zeitverlauf, als Tabelle</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Seat limit (%1)</source>
        <translation>Platzlimit (%1)</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <source>Select a license to see its seat use</source>
        <translation>Wählen Sie eine Lizenz, um ihre Platzbelegung zu sehen</translation>
    </message>
    <message>
        <source>%1: loading...</source>
        <translation>%1: wird geladen...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;Neuer Benutzer...</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Deaktivieren...</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out everywhere.</source>
        <translation>%1 deaktivieren? Die Person wird überall abgemeldet.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Could not deactivate the user: %1</source>
        <translation>Der Benutzer konnte nicht deaktiviert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Owners and admins manage licenses, users and machines; members and guests only use licenses.</source>
        <translation>Inhaber und Administratoren verwalten Lizenzen, Benutzer und Rechner; Mitglieder und Gäste nutzen nur Lizenzen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Deaktiviert: kann sich nicht anmelden</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Was sie getan haben</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Seats of tools signed in as them</source>
        <translation>Plätze von Werkzeugen, die als sie angemeldet sind</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Could not reactivate the user: %1</source>
        <translation>Der Benutzer konnte nicht reaktiviert werden: %1</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>&amp;Passwort festlegen...</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Passwort für %1 festlegen</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>Leave empty to generate a strong password, shown once after saving.</source>
        <translation>Leer lassen, um ein starkes Passwort zu erzeugen; es wird nach dem Speichern einmal angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The password of %1 was changed; they were signed out everywhere.</source>
        <translation>Das Passwort von %1 wurde geändert; die Person wurde überall abgemeldet.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only once.&lt;/b&gt; Give it to %1 in a safe way; they sign in with it and can change it under &lt;i&gt;My account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Dieses Passwort wird nur einmal angezeigt.&lt;/b&gt; Geben Sie es %1 auf sicherem Weg; damit meldet sich die Person an und kann es unter &lt;i&gt;Mein Konto&lt;/i&gt; ändern.</translation>
    </message>
</context>
<context>
    <name>clm::ui::WebhooksPage</name>
    <message>
        <source>Disabled</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Disabled by the server</source>
        <translation>Vom Server gesperrt</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Fehlerhaft seit %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;New webhook...</source>
        <translation>&amp;Neuer Webhook...</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Rotate secret...</source>
        <translation>Geheimnis &amp;erneuern...</translation>
    </message>
    <message>
        <source>&amp;Deliveries...</source>
        <translation>&amp;Zustellungen...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? Its delivery log goes with it, and events waiting for it are not sent.</source>
        <translation>Den Webhook an %1 löschen? Sein Zustellprotokoll wird mitgelöscht, und wartende Ereignisse werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the webhook: %1</source>
        <translation>Der Webhook konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation>&amp;Empfänger-URL:</translation>
    </message>
    <message>
        <source>https:// address that receives the events as signed POST requests.</source>
        <translation>https://-Adresse, die die Ereignisse als signierte POST-Anfragen empfängt.</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>E&amp;reignisse:</translation>
    </message>
    <message>
        <source>Comma-separated, of: %1</source>
        <translation>Durch Kommas getrennt, aus: %1</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Could not enable the webhook: %1</source>
        <translation>Der Webhook konnte nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <source>Could not pause the webhook: %1</source>
        <translation>Der Webhook konnte nicht pausiert werden: %1</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Requests are signed with the new one at once: the receiver must be given it.</source>
        <translation>Ein neues Geheimnis für %1 erstellen? Anfragen werden sofort mit dem neuen signiert: der Empfänger muss es erhalten.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation>Das Geheimnis konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>The event will be sent again.</source>
        <translation>Das Ereignis wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Why the server disabled it</source>
        <translation>Warum der Server ihn gesperrt hat</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret is shown only once.&lt;/b&gt; Copy it now into the receiver at %1. Every request carries a &lt;tt&gt;Clm-Signature&lt;/tt&gt; header made with it; the receiver checks it and refuses anything else (the administration guide shows how).</source>
        <translation>&lt;b&gt;Dieses Geheimnis wird nur einmal angezeigt.&lt;/b&gt; Kopieren Sie es jetzt in den Empfänger unter %1. Jede Anfrage trägt einen damit erstellten &lt;tt&gt;Clm-Signature&lt;/tt&gt;-Header; der Empfänger prüft ihn und weist alles andere ab (wie, zeigt das Administrationshandbuch).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CODITECT License Manager administration: users, licenses, live sessions, devices and enrollment tokens.</source>
        <translation>Verwaltung des CODITECT License Manager: Benutzer, Lizenzen, aktive Sitzungen, Geräte und Registrierungstokens.</translation>
    </message>
    <message>
        <source>license server URL for the sign-in dialog</source>
        <translation>URL des Lizenzservers für den Anmeldedialog</translation>
    </message>
    <message>
        <source>language: de, fr, es, ja or en (default: the system&apos;s)</source>
        <translation>Sprache: de, fr, es, ja oder en (Vorgabe: die des Systems)</translation>
    </message>
    <message>
        <source>email for the sign-in dialog</source>
        <translation>E-Mail-Adresse für den Anmeldedialog</translation>
    </message>
</context>
</TS>
