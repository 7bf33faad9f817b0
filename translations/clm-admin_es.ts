<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Audit</name>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Reused sign-in token (session revoked)</source>
        <translation>Token de inicio de sesión reutilizado (sesión revocada)</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organización modificada</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>License created</source>
        <translation>Licencia creada</translation>
    </message>
    <message>
        <source>License changed</source>
        <translation>Licencia modificada</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>Licencia desactivada</translation>
    </message>
    <message>
        <source>Enrollment token created</source>
        <translation>Token de registro creado</translation>
    </message>
    <message>
        <source>Enrollment token revoked</source>
        <translation>Token de registro revocado</translation>
    </message>
    <message>
        <source>Machine enrolled</source>
        <translation>Máquina registrada</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>Máquina bloqueada</translation>
    </message>
    <message>
        <source>Seat taken</source>
        <translation>Puesto ocupado</translation>
    </message>
    <message>
        <source>Seat released</source>
        <translation>Puesto liberado</translation>
    </message>
    <message>
        <source>Seat borrowed</source>
        <translation>Puesto prestado</translation>
    </message>
    <message>
        <source>Seat force-released</source>
        <translation>Puesto liberado a la fuerza</translation>
    </message>
    <message>
        <source>Seat timed out</source>
        <translation>Puesto liberado (tiempo de espera agotado)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Enrollment token</source>
        <translation>Token de registro</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Machine enabled again</source>
        <translation>Máquina habilitada de nuevo</translation>
    </message>
    <message>
        <source>Webhook created</source>
        <translation>Webhook creado</translation>
    </message>
    <message>
        <source>Webhook changed</source>
        <translation>Webhook modificado</translation>
    </message>
    <message>
        <source>Webhook deleted</source>
        <translation>Webhook eliminado</translation>
    </message>
    <message>
        <source>Webhook event sent again</source>
        <translation>Evento de webhook reenviado</translation>
    </message>
    <message>
        <source>Webhook disabled after failing</source>
        <translation>Webhook deshabilitado tras fallar</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Código de producto</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>Clave de licencia</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Puestos en uso</translation>
    </message>
    <message>
        <source>Offline lease (s)</source>
        <translation>Concesión sin conexión (s)</translation>
    </message>
    <message>
        <source>Longest borrow (s)</source>
        <translation>Préstamo máximo (s)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>License id</source>
        <translation>ID de licencia</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Machine id</source>
        <translation>ID de máquina</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Usuario del sistema</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Última señal</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Prestada hasta</translation>
    </message>
    <message>
        <source>Lease valid until</source>
        <translation>Concesión válida hasta</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Hardware id</source>
        <translation>ID de hardware</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Uses allowed</source>
        <translation>Usos permitidos</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Actor id</source>
        <translation>ID de autor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>ID de objetivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Timed out (no heartbeat)</source>
        <translation>Caducado (sin señal)</translation>
    </message>
    <message>
        <source>Force-released</source>
        <translation>Liberado a la fuerza</translation>
    </message>
    <message>
        <source>License deactivated</source>
        <translation>Licencia desactivada</translation>
    </message>
    <message>
        <source>Machine disabled</source>
        <translation>Máquina bloqueada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the license server</source>
        <translation>Iniciar sesión en el servidor de licencias</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>propietario@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in</source>
        <translation>&amp;Mantener la sesión iniciada</translation>
    </message>
</context>
<context>
    <name>clm::app::ApiErrors</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>El servidor no pudo leer la solicitud.</translation>
    </message>
    <message>
        <source>Some values were not accepted.</source>
        <translation>Algunos valores no se aceptaron.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid. Sign in again.</source>
        <translation>Su inicio de sesión ya no es válido. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no lo permite.</translation>
    </message>
    <message>
        <source>It no longer exists, or it was never there.</source>
        <translation>Ya no existe, o nunca existió.</translation>
    </message>
    <message>
        <source>The server does not offer this action.</source>
        <translation>El servidor no ofrece esta acción.</translation>
    </message>
    <message>
        <source>This clashes with what is already there.</source>
        <translation>Esto choca con lo que ya existe.</translation>
    </message>
    <message>
        <source>All seats of the license are in use.</source>
        <translation>Todos los puestos de la licencia están en uso.</translation>
    </message>
    <message>
        <source>The license is deactivated.</source>
        <translation>La licencia está desactivada.</translation>
    </message>
    <message>
        <source>The license has expired.</source>
        <translation>La licencia ha caducado.</translation>
    </message>
    <message>
        <source>The seat has already been given up.</source>
        <translation>El puesto ya se ha liberado.</translation>
    </message>
    <message>
        <source>The license does not allow borrowing seats.</source>
        <translation>La licencia no permite tomar puestos en préstamo.</translation>
    </message>
    <message>
        <source>The machine is disabled.</source>
        <translation>La máquina está deshabilitada.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a minute, then try again.</source>
        <translation>Demasiadas solicitudes. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>That is too much data to send at once.</source>
        <translation>Son demasiados datos para enviarlos de una vez.</translation>
    </message>
    <message>
        <source>The server could not read the request&apos;s format.</source>
        <translation>El servidor no pudo leer el formato de la solicitud.</translation>
    </message>
    <message>
        <source>The server cannot do this right now. Try again shortly.</source>
        <translation>El servidor no puede hacerlo ahora. Inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>The server failed. Try again; if it keeps failing, tell the server&apos;s operator.</source>
        <translation>El servidor ha fallado. Inténtelo de nuevo; si sigue fallando, avise al operador del servidor.</translation>
    </message>
    <message>
        <source>The server does not answer. Check the network and try again.</source>
        <translation>El servidor no responde. Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>El servidor lo ha rechazado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n seat(s) of the license are in use.</source>
        <translation>
            <numerusform>La licencia tiene %n puesto y está en uso.</numerusform>
            <numerusform>Los %n puestos de la licencia están en uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Otra persona lo ha cambiado mientras tanto.</translation>
    </message>
    <message>
        <source>A user with this email address already exists.</source>
        <translation>Ya existe un usuario con esta dirección de correo.</translation>
    </message>
    <message>
        <source>The organization&apos;s last active owner cannot be demoted or deactivated.</source>
        <translation>El último propietario activo de la organización no se puede degradar ni desactivar.</translation>
    </message>
    <message>
        <source>Only an owner may do this.</source>
        <translation>Solo un propietario puede hacerlo.</translation>
    </message>
    <message>
        <source>This server does not let anyone create an organization.</source>
        <translation>Este servidor no permite crear organizaciones.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Su cuenta ha sido desactivada.</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation>El servidor respondió con un error (HTTP %1).</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Debe ser texto.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>No puede estar vacío.</translation>
    </message>
    <message>
        <source>Must be an email address.</source>
        <translation>Debe ser una dirección de correo.</translation>
    </message>
    <message>
        <source>Must not be the email address.</source>
        <translation>No puede ser la dirección de correo.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Debe ser sí o no.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Debe ser un número entero.</translation>
    </message>
    <message>
        <source>Must be a date and time.</source>
        <translation>Debe ser una fecha y hora.</translation>
    </message>
    <message>
        <source>Must be in the future.</source>
        <translation>Debe estar en el futuro.</translation>
    </message>
    <message>
        <source>Must be an id.</source>
        <translation>Debe ser un identificador.</translation>
    </message>
    <message>
        <source>Contains characters that are not valid text.</source>
        <translation>Contiene caracteres que no son texto válido.</translation>
    </message>
    <message>
        <source>Contains a character that cannot be stored.</source>
        <translation>Contiene un carácter que no se puede guardar.</translation>
    </message>
    <message>
        <source>Cannot be changed.</source>
        <translation>No se puede cambiar.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>Esa no es su contraseña actual.</translation>
    </message>
    <message>
        <source>Belongs to another machine.</source>
        <translation>Pertenece a otra máquina.</translation>
    </message>
    <message>
        <source>A license key or a product is required.</source>
        <translation>Se necesita una clave de licencia o un producto.</translation>
    </message>
    <message>
        <source>Must be at most 100 entries of 1 to 255 characters each.</source>
        <translation>Como máximo 100 entradas de 1 a 255 caracteres cada una.</translation>
    </message>
    <message>
        <source>Can only re-enable a machine.</source>
        <translation>Solo se puede volver a habilitar una máquina.</translation>
    </message>
    <message>
        <source>Must be from one minute to one day.</source>
        <translation>Debe estar entre un minuto y un día.</translation>
    </message>
    <message>
        <source>The time range is too long for this resolution.</source>
        <translation>El periodo es demasiado largo para esta resolución.</translation>
    </message>
    <message>
        <source>Must not be after the end.</source>
        <translation>No puede ser posterior al final.</translation>
    </message>
    <message>
        <source>Must be a full https:// address.</source>
        <translation>Debe ser una dirección https:// completa.</translation>
    </message>
    <message>
        <source>Must start with https://.</source>
        <translation>Debe empezar por https://.</translation>
    </message>
    <message>
        <source>Must not contain a user name or password.</source>
        <translation>No puede contener usuario ni contraseña.</translation>
    </message>
    <message>
        <source>Must not end in a #fragment.</source>
        <translation>No puede terminar en un #fragmento.</translation>
    </message>
    <message>
        <source>Names a private or local address, which the server does not send to.</source>
        <translation>Indica una dirección privada o local, a la que el servidor no envía.</translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s).</source>
        <translation>
            <numerusform>Como máximo %n carácter.</numerusform>
            <numerusform>Como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s).</source>
        <translation>
            <numerusform>Al menos %n carácter.</numerusform>
            <numerusform>Al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Must be from %1 to %2.</source>
        <translation>Debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Must be a whole number from 1 to %1.</source>
        <translation>Debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Debe ser como máximo %1.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>Choose at least one of: %1.</source>
        <translation>Elija al menos uno de estos: %1.</translation>
    </message>
    <message>
        <source>Unknown field; one of: %1.</source>
        <translation>Campo desconocido; posibles: %1.</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>No aceptado (%1).</translation>
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
        <translation>Sistema</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Seat of %1</source>
        <translation>Puesto de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>La organización</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>puestos</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>caducidad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>offline lease (s)</source>
        <translation>concesión sin conexión (s)</translation>
    </message>
    <message>
        <source>longest borrow (s)</source>
        <translation>préstamo más largo (s)</translation>
    </message>
    <message>
        <source>features</source>
        <translation>funciones</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>contraseña cambiada</translation>
    </message>
    <message>
        <source>secret rotated</source>
        <translation>secreto renovado</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Requests refused today because every seat was taken</source>
        <translation>Solicitudes rechazadas hoy porque todos los puestos estaban ocupados</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Puestos en uso</translation>
    </message>
    <message>
        <source>Denials today</source>
        <translation>Rechazos hoy</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use</source>
        <translation>%1 de %2 puestos en uso</translation>
    </message>
</context>
<context>
    <name>clm::app::LicenseOverview</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>clm::app::ListExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se ha cancelado.</translation>
    </message>
    <message>
        <source>The export stopped at row %1: %2</source>
        <translation>La exportación se detuvo en la fila %1: %2</translation>
    </message>
</context>
<context>
    <name>clm::app::Outcome</name>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Otra persona lo cambió mientras tanto.</translation>
    </message>
    <message>
        <source>The server does not answer. Nothing was saved; try again.</source>
        <translation>El servidor no responde. No se ha guardado nada; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>clm::app::PagedModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>clm::app::Passwords</name>
    <message>
        <source>Does not match the new password.</source>
        <translation>No coincide con la contraseña nueva.</translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAdvice</name>
    <message numerus="yes">
        <source>No seat was used in %n day(s): all %1 seats are unused.</source>
        <translation>
            <numerusform>No se usó ningún puesto en %n día: los %1 puestos están sin usar.</numerusform>
            <numerusform>No se usó ningún puesto en %n días: los %1 puestos están sin usar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak use %1 of %2: %3 seats unused for %n day(s).</source>
        <translation>
            <numerusform>Uso máximo %1 de %2: %3 puestos sin usar durante %n día.</numerusform>
            <numerusform>Uso máximo %1 de %2: %3 puestos sin usar durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peak use %1 of %2 and nobody was refused: the seats fit.</source>
        <translation>Uso máximo %1 de %2 y nadie fue rechazado: los puestos son adecuados.</translation>
    </message>
    <message numerus="yes">
        <source>At the limit %n hour(s) with %1 denials: %2 more seats would have served 95 % of them.</source>
        <translation>
            <numerusform>En el límite %n hora con %1 rechazos: %2 puestos más habrían atendido el 95 % de ellos.</numerusform>
            <numerusform>En el límite %n horas con %1 rechazos: %2 puestos más habrían atendido el 95 % de ellos.</numerusform>
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
        <translation>%1: todos los puestos están ocupados</translation>
    </message>
    <message>
        <source>%1 of %2 seats are in use; the next request is refused until one is free.</source>
        <translation>%1 de %2 puestos están en uso; la próxima solicitud se rechazará hasta que uno quede libre.</translation>
    </message>
    <message>
        <source>%1: requests are being refused</source>
        <translation>%1: se están rechazando solicitudes</translation>
    </message>
    <message>
        <source>A machine was refused a seat because all are taken.</source>
        <translation>Se negó un puesto a una máquina porque todos están ocupados.</translation>
    </message>
    <message>
        <source>%1 was refused a seat because all are taken.</source>
        <translation>Se negó un puesto a %1 porque todos están ocupados.</translation>
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
        <translation>%1: no hay ningún certificado en este archivo</translation>
    </message>
</context>
<context>
    <name>clm::app::SignInFlow</name>
    <message>
        <source>Your session has ended. Sign in again to continue; nothing you did is lost.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para continuar; no se pierde nada de lo que hizo.</translation>
    </message>
    <message>
        <source>Your kept sign-in is no longer valid. Sign in again.</source>
        <translation>Su inicio de sesión guardado ya no es válido. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server must be an http:// or https:// address.</source>
        <translation>El servidor debe ser una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>Introduzca su correo electrónico y su contraseña.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute, then try again.</source>
        <translation>Demasiados intentos. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Wrong email or password.</source>
        <translation>Correo electrónico o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>clm-admin is for owners and admins; your role is %1. Ask an owner of your organization for the admin role.</source>
        <translation>clm-admin es para propietarios y administradores; su rol es %1. Pida el rol de administrador a un propietario de su organización.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>The server does not answer. Check the address, or try again later.</source>
        <translation>El servidor no responde. Compruebe la dirección o inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>clm::app::TimeText</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>en %n s</numerusform>
            <numerusform>en %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>en %n h</numerusform>
            <numerusform>en %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
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
        <translation>Quién</translation>
    </message>
    <message>
        <source>To what</source>
        <translation>Sobre qué</translation>
    </message>
    <message>
        <source>Recorded details</source>
        <translation>Detalles registrados</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>clm::ui::CertificateDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Certificado de servidor no fiable</translation>
    </message>
    <message>
        <source>The server %1 presented a self-signed certificate, which no authority vouches for.</source>
        <translation>El servidor %1 presentó un certificado autofirmado, que ninguna autoridad respalda.</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate that this computer does not trust.</source>
        <translation>El servidor %1 presentó un certificado en el que este equipo no confía.</translation>
    </message>
    <message>
        <source>TLS said: %1.</source>
        <translation>TLS indica: %1.</translation>
    </message>
    <message>
        <source>clm-admin did not connect. If the fingerprint below is the one your server&apos;s operator gives you, trust the CA certificate that signed it (for a self-signed certificate: the certificate itself) by adding its file. Otherwise someone may be in between: do not sign in.</source>
        <translation>clm-admin no se conectó. Si la huella de abajo es la que le da el operador de su servidor, confíe en el certificado de CA que la firmó (para un certificado autofirmado: el propio certificado) añadiendo su archivo. Si no, puede haber alguien en medio: no inicie sesión.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>&amp;Trust a CA file...</source>
        <translation>&amp;Confiar en un archivo de CA...</translation>
    </message>
</context>
<context>
    <name>clm::ui::DashboardPage</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No active licenses yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one on the Licenses page; seat use shows here as soon as clients acquire seats.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay licencias activas.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cree una en la página Licencias; el uso de puestos aparecerá aquí en cuanto los clientes ocupen puestos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message>
        <source>Not up to date: %1</source>
        <translation>No actualizado: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Seats in use per license</source>
        <translation>Puestos en uso por licencia</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>Hi&amp;storial:</translation>
    </message>
    <message>
        <source>Enter or double-click: open the license</source>
        <translation>Intro o doble clic: abrir la licencia</translation>
    </message>
</context>
<context>
    <name>clm::ui::DeliveriesDialog</name>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed (given up)</source>
        <translation>Fallido (abandonado)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Deliveries to %1</source>
        <translation>Entregas a %1</translation>
    </message>
    <message>
        <source>Event at</source>
        <translation>Evento el</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Enviar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Each event is sent until the receiver answers 2xx: again after 10 seconds, then doubling, for a day. Sending one again puts it after the events waiting for this receiver.</source>
        <translation>Cada evento se envía hasta que el receptor responde 2xx: de nuevo tras 10 segundos, luego el doble cada vez, durante un día. Un evento enviado de nuevo va detrás de los que esperan a este receptor.</translation>
    </message>
    <message>
        <source>Select a delivery to see the receiver&apos;s answer.</source>
        <translation>Seleccione una entrega para ver la respuesta del receptor.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Próximo intento: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Event id (the receiver&apos;s Idempotency-Key): %1</source>
        <translation>Id del evento (la Idempotency-Key del receptor): %1</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Could not send the event again: %1</source>
        <translation>No se pudo enviar de nuevo el evento: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Copy the whole id</source>
        <translation>Copiar el identificador completo</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>All machines</source>
        <translation>Todas las máquinas</translation>
    </message>
    <message numerus="yes">
        <source>Stale (not seen for %n day(s))</source>
        <translation>
            <numerusform>Inactivas (sin contacto en %n día)</numerusform>
            <numerusform>Inactivas (sin contacto en %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Disable...</source>
        <translation>&amp;Bloquear...</translation>
    </message>
    <message>
        <source>Disable device</source>
        <translation>Bloquear dispositivo</translation>
    </message>
    <message>
        <source>Disable %1? Its seats end at once and it can no longer check out licenses.</source>
        <translation>¿Bloquear %1? Sus puestos terminan de inmediato y ya no podrá obtener licencias.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Could not disable the machine: %1</source>
        <translation>No se pudo bloquear la máquina: %1</translation>
    </message>
    <message>
        <source>&amp;Re-enable...</source>
        <translation>&amp;Desbloquear...</translation>
    </message>
    <message>
        <source>Re-enable device</source>
        <translation>Desbloquear dispositivo</translation>
    </message>
    <message>
        <source>Re-enable %1? It can enroll again with an enrollment token; until then it holds no seats.</source>
        <translation>¿Desbloquear %1? Podrá inscribirse de nuevo con un token de inscripción; hasta entonces no ocupa puestos.</translation>
    </message>
    <message>
        <source>Re-enable</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Could not re-enable the machine: %1</source>
        <translation>No se pudo desbloquear la máquina: %1</translation>
    </message>
    <message>
        <source>Disabled: its device token no longer works; re-enable it, then enroll it again.</source>
        <translation>Bloqueada: su token de dispositivo ya no funciona; reactívela y vuelva a registrarla.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: not seen for %n day(s). Retired or off the network?</source>
        <translation>
            <numerusform>Inactiva: sin contacto en %n día. ¿Retirada o fuera de la red?</numerusform>
            <numerusform>Inactiva: sin contacto en %n días. ¿Retirada o fuera de la red?</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Seats held by this machine</source>
        <translation>Puestos ocupados por esta máquina</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identificadores</translation>
    </message>
</context>
<context>
    <name>clm::ui::FormDialog</name>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing. Reload their version (your changes here are discarded), or overwrite it with your changes (fields you did not change keep their version)?</source>
        <translation>Otra persona guardó esto mientras lo editaba. ¿Recargar su versión (se descartan los cambios que hizo aquí) o sobrescribirla con sus cambios (los campos que no cambió conservan su versión)?</translation>
    </message>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recargar su versión</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Sobrescribir con la mía</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>Reloaded: the fields show the saved version now.</source>
        <translation>Recargado: los campos muestran ahora la versión guardada.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this meanwhile.</source>
        <translation>No guardado: otra persona lo ha modificado mientras tanto.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>Esta fecha ya ha pasado.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>El servidor dijo: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::Language</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>idioma «%1» desconocido; use uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicenseView</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Desactivar...</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>&amp;Forzar liberación...</translation>
    </message>
    <message>
        <source>Select a license to see who holds its seats.</source>
        <translation>Seleccione una licencia para ver quién ocupa sus puestos.</translation>
    </message>
    <message>
        <source>Seats in use</source>
        <translation>Puestos en uso</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Usuario del sistema</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Prestada hasta</translation>
    </message>
    <message>
        <source>Who holds a seat</source>
        <translation>Quién ocupa un puesto</translation>
    </message>
    <message>
        <source>Enter or double-click: show the session</source>
        <translation>Intro o doble clic: mostrar la sesión</translation>
    </message>
    <message>
        <source>Free the selected holder&apos;s seat at once</source>
        <translation>Liberar de inmediato el puesto del titular seleccionado</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Hi&amp;story:</source>
        <translation>Hi&amp;storial:</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>&amp;Uso</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;lles</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puestos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Seats and leases</source>
        <translation>Puestos y concesiones</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Offline lease</source>
        <translation>Concesión sin conexión</translation>
    </message>
    <message>
        <source>Longest borrow</source>
        <translation>Préstamo más largo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Product %1, active.</source>
        <translation>Producto %1, activa.</translation>
    </message>
    <message>
        <source>Product %1, deactivated: no seat is granted.</source>
        <translation>Producto %1, desactivada: no se concede ningún puesto.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
    <message>
        <source>Expires today, at %1.</source>
        <translation>Caduca hoy a las %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Caduca en %n día, el %1.</numerusform>
            <numerusform>Caduca en %n días, el %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired on %1: no seat is granted.</source>
        <translation>Caducó el %1: no se concede ningún puesto.</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use: every seat is taken.</source>
        <translation>%1 de %2 puestos en uso: todos están ocupados.</translation>
    </message>
    <message>
        <source>%1 of %2 seats in use.</source>
        <translation>%1 de %2 puestos en uso.</translation>
    </message>
    <message>
        <source>(signed-in tool)</source>
        <translation>(herramienta con sesión)</translation>
    </message>
    <message>
        <source>Nobody holds a seat.</source>
        <translation>Nadie ocupa un puesto.</translation>
    </message>
    <message>
        <source>No request was refused today.</source>
        <translation>Hoy no se ha rechazado ninguna solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>Refused today: %n request(s).</source>
        <translation>
            <numerusform>Rechazadas hoy: %n solicitud.</numerusform>
            <numerusform>Rechazadas hoy: %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last: %1.</source>
        <translation>Última: %1.</translation>
    </message>
    <message>
        <source>Last: %1, %2.</source>
        <translation>Última: %1, %2.</translation>
    </message>
</context>
<context>
    <name>clm::ui::LicensesPage</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>caducó el %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (en %n día)</numerusform>
            <numerusform>%1 (en %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;New license...</source>
        <translation>&amp;Nueva licencia...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Copiar clave</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Desactivar...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Product code:</source>
        <translation>Código de &amp;producto:</translation>
    </message>
    <message>
        <source>The code tools ask the daemon for, such as coditect-cli.</source>
        <translation>El código que las herramientas piden al daemon, por ejemplo coditect-cli.</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>P&amp;uestos:</translation>
    </message>
    <message>
        <source>&amp;Offline lease (s):</source>
        <translation>Concesión &amp;sin conexión (s):</translation>
    </message>
    <message>
        <source>How long a machine keeps working after its last heartbeat.</source>
        <translation>Cuánto tiempo sigue funcionando una máquina tras su última señal.</translation>
    </message>
    <message>
        <source>&amp;Longest borrow (s):</source>
        <translation>Préstamo &amp;máximo (s):</translation>
    </message>
    <message>
        <source>0 turns borrowing off.</source>
        <translation>0 desactiva el préstamo.</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>&amp;Funciones:</translation>
    </message>
    <message>
        <source>New license</source>
        <translation>Nueva licencia</translation>
    </message>
    <message>
        <source>Edit license</source>
        <translation>Editar licencia</translation>
    </message>
    <message>
        <source>Deactivate license</source>
        <translation>Desactivar licencia</translation>
    </message>
    <message>
        <source>Deactivate &quot;%1&quot;? Its sessions end at once.</source>
        <translation>¿Desactivar «%1»? Sus sesiones terminan de inmediato.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Could not deactivate the license: %1</source>
        <translation>No se pudo desactivar la licencia: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>Forzar liberación</translation>
    </message>
    <message>
        <source>Free the seat of %1 now? The machine learns it at its next heartbeat.</source>
        <translation>¿Liberar ahora el puesto de %1? La máquina lo sabrá en su próxima señal.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>No se pudo liberar el puesto: %1</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>Could not reactivate the license: %1</source>
        <translation>No se pudo reactivar la licencia: %1</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>Ca&amp;duca:</translation>
    </message>
    <message>
        <source>In your local time. Untick for a license that does not expire.</source>
        <translation>En su hora local. Desmarque para una licencia que no caduca.</translation>
    </message>
    <message>
        <source>Seat ad&amp;vice...</source>
        <translation>Re&amp;comendación de puestos...</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
</context>
<context>
    <name>clm::ui::ListPage</name>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>No se pudieron cargar las opciones: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>Exportando %1...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Exported %1 of %2 rows...</source>
        <translation>%1 de %2 filas exportadas...</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>The list was not exported. %1</source>
        <translation>La lista no se ha exportado. %1</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportando...</translation>
    </message>
    <message>
        <source>Exported to %1 (rows: %2)</source>
        <translation>Exportado a %1 (filas: %2)</translation>
    </message>
    <message>
        <source>That item is no longer there.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Seleccione una fila para ver sus detalles.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
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
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The license server does not answer. What you see may be out of date; changes are not saved until it is back.</source>
        <translation>El servidor de licencias no responde. Lo que ve puede no estar actualizado; los cambios no se guardarán hasta que vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Actualización en directo</translation>
    </message>
    <message>
        <source>Polling every 15 s</source>
        <translation>Consulta cada 15 s</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Sesión iniciada como %1 en %2</translation>
    </message>
    <message>
        <source>No keychain (%1): you stay signed in only while the app runs.</source>
        <translation>No hay llavero (%1): la sesión solo se mantiene mientras la aplicación esté abierta.</translation>
    </message>
    <message>
        <source>About CODITECT License Manager</source>
        <translation>Acerca de CODITECT License Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Administration of licenses, seats, users and machines.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CODITECT License Manager&lt;/h3&gt;&lt;p&gt;Versión %1&lt;/p&gt;&lt;p&gt;Administración de licencias, puestos, usuarios y máquinas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time clm-admin starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie clm-admin.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some trusted CA files could not be read: %1</source>
        <translation>No se pudieron leer algunos archivos de CA de confianza: %1</translation>
    </message>
    <message>
        <source>Sign &amp;in...</source>
        <translation>&amp;Iniciar sesión...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Iniciando sesión en %1...</translation>
    </message>
    <message>
        <source>Signed out. File &gt; Sign in... signs in again.</source>
        <translation>Sesión cerrada. Archivo &gt; Iniciar sesión... para volver a entrar.</translation>
    </message>
    <message>
        <source>%1 – CODITECT License Manager</source>
        <translation>%1 – CODITECT License Manager</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) at %3</source>
        <translation>Sesión iniciada como %1 (%2) en %3</translation>
    </message>
    <message>
        <source>My &amp;account...</source>
        <translation>Mi &amp;cuenta...</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Needed for any change.</source>
        <translation>Necesaria para cualquier cambio.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>Leave empty to keep it; a new one signs you out elsewhere.</source>
        <translation>Déjela vacía para mantenerla; una nueva cierra sus otras sesiones.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Your account was saved.</source>
        <translation>Su cuenta se ha guardado.</translation>
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
        <translation>&amp;Mostrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>clm::ui::SeatAdviceDialog</name>
    <message>
        <source>Seat advice: %1</source>
        <translation>Recomendación de puestos: %1</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Refused caller</source>
        <translation>Solicitante rechazado</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Refused most</source>
        <translation>Más rechazados</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exportar &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportar &amp;PDF...</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Más rechazados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load the usage history: %1</source>
        <translation>No se pudo cargar el historial de uso: %1</translation>
    </message>
    <message>
        <source>Loading the usage history...</source>
        <translation>Cargando el historial de uso...</translation>
    </message>
    <message>
        <source>Seats owned</source>
        <translation>Puestos contratados</translation>
    </message>
    <message>
        <source>Peak use</source>
        <translation>Uso máximo</translation>
    </message>
    <message>
        <source>95th percentile of hourly peaks</source>
        <translation>Percentil 95 de los máximos por hora</translation>
    </message>
    <message>
        <source>Hours at the limit</source>
        <translation>Horas en el límite</translation>
    </message>
    <message>
        <source>Nobody was refused in this period.</source>
        <translation>Nadie fue rechazado en este periodo.</translation>
    </message>
    <message>
        <source>seat-advice</source>
        <translation>recomendacion-puestos</translation>
    </message>
    <message>
        <source>Export the seat advice</source>
        <translation>Exportar la recomendación de puestos</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Product %1, %2 to %3 (%n day(s)), made %4.</source>
        <translation>
            <numerusform>Producto %1, del %2 al %3 (%n día), elaborado el %4.</numerusform>
            <numerusform>Producto %1, del %2 al %3 (%n días), elaborado el %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>More seats that would have served 95 % of the denials</source>
        <translation>Puestos adicionales que habrían atendido el 95 % de los rechazos</translation>
    </message>
    <message>
        <source>Seats in use, hour by hour</source>
        <translation>Puestos en uso, hora a hora</translation>
    </message>
    <message>
        <source>Peaks are the most seats held at once in each hour. An hour in which n callers were refused counts as served by n more seats.</source>
        <translation>Los máximos son los puestos ocupados a la vez en cada hora. Una hora en la que se rechazó a n solicitantes cuenta como atendida con n puestos más.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>the same, working hours only</source>
        <translation>lo mismo, solo horario laboral</translation>
    </message>
    <message>
        <source>The same, working hours only (Monday to Friday, 8:00 to 18:00)</source>
        <translation>Lo mismo, solo horario laboral (de lunes a viernes, de 8:00 a 18:00)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>clm::ui::SessionsPage</name>
    <message>
        <source>Live sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Última señal</translation>
    </message>
    <message>
        <source>Borrowed until</source>
        <translation>Prestada hasta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Holding a seat</source>
        <translation>Ocupa un puesto</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Máquina:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Force release...</source>
        <translation>&amp;Forzar liberación...</translation>
    </message>
    <message>
        <source>Force release</source>
        <translation>Forzar liberación</translation>
    </message>
    <message>
        <source>Free the seat of %1 on %2 now? The machine learns it at its next heartbeat.</source>
        <translation>¿Liberar ahora el puesto de %1 en %2? La máquina lo sabrá en su próxima señal.</translation>
    </message>
    <message>
        <source>Could not release the seat: %1</source>
        <translation>No se pudo liberar el puesto: %1</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Holding a seat, borrowed</source>
        <translation>Ocupa un puesto, prestado</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminada: %1</translation>
    </message>
    <message>
        <source>Who and where</source>
        <translation>Quién y dónde</translation>
    </message>
    <message>
        <source>(a tool signed in without the daemon)</source>
        <translation>(una herramienta con sesión sin el demonio)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Show the user</source>
        <translation>Mostrar el usuario</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>clm::ui::SettingsDialog</name>
    <message>
        <source>Show desktop &amp;notifications when a license runs out of seats or requests are refused</source>
        <translation>Mostrar &amp;notificaciones cuando una licencia se quede sin puestos o se rechacen solicitudes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> days without contact</source>
        <translation> días sin contacto</translation>
    </message>
    <message>
        <source>A machine is &amp;stale after:</source>
        <translation>Una máquina está &amp;inactiva tras:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificados de confianza</translation>
    </message>
    <message>
        <source>CA certificates (PEM files) trusted for the license server besides the system&apos;s: your organization&apos;s own CA, or the server&apos;s self-signed certificate. Compare the fingerprint with your server&apos;s operator before you add one.</source>
        <translation>Certificados de CA (archivos PEM) de confianza para el servidor de licencias además de los del sistema: la CA propia de su organización o el certificado autofirmado del servidor. Compare la huella con el operador de su servidor antes de añadir uno.</translation>
    </message>
    <message>
        <source>Trusted CA files</source>
        <translation>Archivos de CA de confianza</translation>
    </message>
    <message>
        <source>&amp;Add CA file...</source>
        <translation>&amp;Añadir archivo de CA...</translation>
    </message>
    <message>
        <source>Trust a CA certificate</source>
        <translation>Confiar en un certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>clm::ui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Iniciando sesión...</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokenDialog</name>
    <message>
        <source>Enrollment token</source>
        <translation>Token de registro</translation>
    </message>
    <message>
        <source>&lt;b&gt;This token is shown only once.&lt;/b&gt; Copy it now: machines use it to enroll with the license server. Anyone who has it can enroll a machine in your organization until you revoke it.</source>
        <translation>&lt;b&gt;Este token solo se muestra una vez.&lt;/b&gt; Cópielo ahora: las máquinas lo usan para registrarse en el servidor de licencias. Cualquiera que lo tenga puede registrar una máquina en su organización hasta que lo revoque.</translation>
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
        <translation>O ejecute como root:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Lines for /etc/clm/clmd.conf</source>
        <translation>Líneas para /etc/clm/clmd.conf</translation>
    </message>
    <message>
        <source>Commands to run as root</source>
        <translation>Órdenes para ejecutar como root</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copiar: %1</translation>
    </message>
</context>
<context>
    <name>clm::ui::TokensPage</name>
    <message>
        <source>Enrollment tokens</source>
        <translation>Tokens de registro</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Max uses</source>
        <translation>Usos máx.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>&amp;New token...</source>
        <translation>&amp;Nuevo token...</translation>
    </message>
    <message>
        <source>New enrollment token</source>
        <translation>Nuevo token de registro</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Uses allowed:</source>
        <translation>&amp;Usos permitidos:</translation>
    </message>
    <message>
        <source>How many machines may enroll with it.</source>
        <translation>Cuántas máquinas pueden registrarse con él.</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Revocar...</translation>
    </message>
    <message>
        <source>Revoke token</source>
        <translation>Revocar token</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Machines cannot enroll with it any more.</source>
        <translation>¿Revocar «%1»? Las máquinas ya no podrán registrarse con él.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Could not revoke the token: %1</source>
        <translation>No se pudo revocar el token: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Machines enrolled with it</source>
        <translation>Máquinas registradas con él</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sin límite)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Revoked: machines can no longer enroll with it</source>
        <translation>Revocado: las máquinas ya no pueden registrarse con él</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identificadores</translation>
    </message>
</context>
<context>
    <name>clm::ui::UsageChart</name>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Denials</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <source>Peak seats in use</source>
        <translation>Máximo de puestos en uso</translation>
    </message>
    <message>
        <source>Seat use over time</source>
        <translation>Uso de puestos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The same numbers are in the table behind the Show as table button.</source>
        <translation>Los mismos números están en la tabla tras el botón Mostrar como tabla.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Seat limit</source>
        <translation>Límite de puestos</translation>
    </message>
    <message>
        <source>Seat use over time, as a table</source>
        <translation>Uso de puestos en el tiempo, como tabla</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Mostrar como &amp;tabla</translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation>Mostrar como &amp;gráfico</translation>
    </message>
    <message>
        <source>Seat limit (%1)</source>
        <translation>Límite de puestos (%1)</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Hora local (%1)</translation>
    </message>
    <message>
        <source>Select a license to see its seat use</source>
        <translation>Seleccione una licencia para ver el uso de sus puestos</translation>
    </message>
    <message>
        <source>%1: loading...</source>
        <translation>%1: cargando...</translation>
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
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;New user...</source>
        <translation>&amp;Nuevo usuario...</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation>&amp;Desactivar...</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out everywhere.</source>
        <translation>¿Desactivar a %1? Su sesión se cierra en todas partes.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Could not deactivate the user: %1</source>
        <translation>No se pudo desactivar al usuario: %1</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Owners and admins manage licenses, users and machines; members and guests only use licenses.</source>
        <translation>Los propietarios y administradores gestionan licencias, usuarios y máquinas; los miembros e invitados solo usan licencias.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deactivated: cannot sign in</source>
        <translation>Desactivado: no puede iniciar sesión</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionado</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Seats of tools signed in as them</source>
        <translation>Puestos de herramientas con sesión a su nombre</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
    </message>
    <message>
        <source>Could not reactivate the user: %1</source>
        <translation>No se pudo reactivar al usuario: %1</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Establecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Establecer la contraseña de %1</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>&amp;Contraseña nueva:</translation>
    </message>
    <message>
        <source>Leave empty to generate a strong password, shown once after saving.</source>
        <translation>Déjela vacía para generar una contraseña segura, que se muestra una vez al guardar.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The password of %1 was changed; they were signed out everywhere.</source>
        <translation>La contraseña de %1 se ha cambiado; se han cerrado todas sus sesiones.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only once.&lt;/b&gt; Give it to %1 in a safe way; they sign in with it and can change it under &lt;i&gt;My account&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Esta contraseña solo se muestra una vez.&lt;/b&gt; Entréguela a %1 de forma segura; con ella inicia sesión y puede cambiarla en &lt;i&gt;Mi cuenta&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>clm::ui::WebhooksPage</name>
    <message>
        <source>Disabled</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Disabled by the server</source>
        <translation>Desactivado por el servidor</translation>
    </message>
    <message>
        <source>Failing since %1</source>
        <translation>Fallando desde %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;New webhook...</source>
        <translation>&amp;Nuevo webhook...</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Rotate secret...</source>
        <translation>&amp;Renovar secreto...</translation>
    </message>
    <message>
        <source>&amp;Deliveries...</source>
        <translation>En&amp;tregas...</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? Its delivery log goes with it, and events waiting for it are not sent.</source>
        <translation>¿Eliminar el webhook a %1? Su registro de entregas se elimina con él y los eventos en espera no se envían.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the webhook: %1</source>
        <translation>No se pudo eliminar el webhook: %1</translation>
    </message>
    <message>
        <source>&amp;Receiver URL:</source>
        <translation>URL del &amp;receptor:</translation>
    </message>
    <message>
        <source>https:// address that receives the events as signed POST requests.</source>
        <translation>Dirección https:// que recibe los eventos como peticiones POST firmadas.</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Eventos:</translation>
    </message>
    <message>
        <source>Comma-separated, of: %1</source>
        <translation>Separados por comas, de: %1</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <source>Could not enable the webhook: %1</source>
        <translation>No se pudo activar el webhook: %1</translation>
    </message>
    <message>
        <source>Could not pause the webhook: %1</source>
        <translation>No se pudo pausar el webhook: %1</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renovar secreto</translation>
    </message>
    <message>
        <source>Make a new secret for %1? Requests are signed with the new one at once: the receiver must be given it.</source>
        <translation>¿Crear un secreto nuevo para %1? Las peticiones se firman con el nuevo de inmediato: hay que dárselo al receptor.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Could not rotate the secret: %1</source>
        <translation>No se pudo renovar el secreto: %1</translation>
    </message>
    <message>
        <source>The event will be sent again.</source>
        <translation>El evento se enviará de nuevo.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Why the server disabled it</source>
        <translation>Por qué el servidor lo desactivó</translation>
    </message>
    <message>
        <source>Ids</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret is shown only once.&lt;/b&gt; Copy it now into the receiver at %1. Every request carries a &lt;tt&gt;Clm-Signature&lt;/tt&gt; header made with it; the receiver checks it and refuses anything else (the administration guide shows how).</source>
        <translation>&lt;b&gt;Este secreto se muestra solo una vez.&lt;/b&gt; Cópielo ahora en el receptor de %1. Cada petición lleva una cabecera &lt;tt&gt;Clm-Signature&lt;/tt&gt; hecha con él; el receptor la comprueba y rechaza todo lo demás (la guía de administración explica cómo).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CODITECT License Manager administration: users, licenses, live sessions, devices and enrollment tokens.</source>
        <translation>Administración de CODITECT License Manager: usuarios, licencias, sesiones activas, dispositivos y tokens de registro.</translation>
    </message>
    <message>
        <source>license server URL for the sign-in dialog</source>
        <translation>URL del servidor de licencias para el diálogo de inicio de sesión</translation>
    </message>
    <message>
        <source>language: de, fr, es, ja or en (default: the system&apos;s)</source>
        <translation>idioma: de, fr, es, ja o en (predeterminado: el del sistema)</translation>
    </message>
    <message>
        <source>email for the sign-in dialog</source>
        <translation>correo electrónico para el diálogo de inicio de sesión</translation>
    </message>
</context>
</TS>
