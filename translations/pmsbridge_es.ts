<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>QObject</name>
    <message>
        <source>A connection to system %1 at %2 exists already.</source>
        <translation>Ya existe una conexión al sistema %1 en %2.</translation>
    </message>
    <message>
        <source>There is no connection %1 in this cache.</source>
        <translation>No hay ninguna conexión %1 en esta caché.</translation>
    </message>
    <message>
        <source>This cache has no connection yet. Run 'pmsbridge connect' first.</source>
        <translation>Esta caché aún no tiene ninguna conexión. Ejecute primero 'pmsbridge connect'.</translation>
    </message>
    <message>
        <source>Cannot configure the cache %1: %2</source>
        <translation>No se puede configurar la caché %1: %2</translation>
    </message>
    <message>
        <source>There is no cache at %1. Check the path given with --db, or run 'pmsbridge connect' to create one.</source>
        <translation>No hay ninguna caché en %1. Revise la ruta indicada con --db o ejecute 'pmsbridge connect' para crear una.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation>No se puede crear la carpeta %1 para la caché.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PMS Bridge cache (it is not an SQLite database). Choose another file with --db.</source>
        <translation>%1 no es una caché de PMS Bridge (no es una base de datos SQLite). Elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>PostgreSQL on %1 refused the login of %2. Set PGPASSWORD or add a line to ~/.pgpass (host:port:database:user:password) with the right password.</source>
        <translation>El servidor PostgreSQL de %1 rechazó el inicio de sesión de %2. Defina PGPASSWORD o añada una línea a ~/.pgpass (host:puerto:base de datos:usuario:contraseña) con la contraseña correcta.</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>este usuario</translation>
    </message>
    <message>
        <source>There is no database %1 on the PostgreSQL server %2. Ask IT to create it (createdb -O %3 %1) or correct the URL.</source>
        <translation>No existe la base de datos %1 en el servidor PostgreSQL %2. Pida a TI que la cree (createdb -O %3 %1) o corrija la URL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 has no role %2. Ask IT to create it, or correct the user in the URL.</source>
        <translation>El servidor PostgreSQL %1 no tiene el rol %2. Pida a TI que lo cree o corrija el usuario de la URL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 did not answer in time. Check that it runs and that this desk may reach it.</source>
        <translation>El servidor PostgreSQL %1 no respondió a tiempo. Compruebe que está en marcha y que este puesto puede llegar a él.</translation>
    </message>
    <message>
        <source>The TLS connection to the PostgreSQL server %1 failed: %2. Check sslmode and the server's certificate (sslrootcert=).</source>
        <translation>Falló la conexión TLS con el servidor PostgreSQL %1: %2. Revise sslmode y el certificado del servidor (sslrootcert=).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1. Check that it runs and that the host and port in the URL are right.</source>
        <translation>No se puede llegar al servidor PostgreSQL %1. Compruebe que está en marcha y que el host y el puerto de la URL son correctos.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL cache %1: %2</source>
        <translation>No se puede abrir la caché PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>This PMS Bridge cannot reach PostgreSQL: Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Este PMS Bridge no puede usar PostgreSQL: falta el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The schema %1 does not exist in %2 and this user may not create it. Ask IT to create it (CREATE SCHEMA %1 AUTHORIZATION %3).</source>
        <translation>El esquema %1 no existe en %2 y este usuario no puede crearlo. Pida a TI que lo cree (CREATE SCHEMA %1 AUTHORIZATION %3).</translation>
    </message>
    <message>
        <source>Cannot read the cache %1: %2</source>
        <translation>No se puede leer la caché %1: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2), not to PMS Bridge; it was left untouched. Choose another file with --db.</source>
        <translation>%1 pertenece a otro programa (id de aplicación %2), no a PMS Bridge; no se ha tocado. Elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>%1 already holds tables of another program, so it is not a PMS Bridge cache; it was left untouched. Choose another file with --db.</source>
        <translation>%1 ya contiene tablas de otro programa, así que no es una caché de PMS Bridge; no se ha tocado. Elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>Cannot write to the cache %1: %2</source>
        <translation>No se puede escribir en la caché %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the PostgreSQL cache %1: %2</source>
        <translation>No se puede leer la caché PostgreSQL %1: %2</translation>
    </message>
    <message>
        <source>The %1 already holds tables that are not a PMS Bridge cache; it was left untouched. Ask IT for an empty database for PMS Bridge.</source>
        <translation>%1 ya contiene tablas que no son de una caché de PMS Bridge; no se ha tocado. Pida a TI una base de datos vacía para PMS Bridge.</translation>
    </message>
    <message>
        <source>a newer PMS Bridge</source>
        <translation>un PMS Bridge más reciente</translation>
    </message>
    <message>
        <source>PMS Bridge %1</source>
        <translation>PMS Bridge %1</translation>
    </message>
    <message>
        <source>The cache %1 was upgraded by %2 (schema %3; this version %4 knows %5). Install that version, or choose another cache. Nothing was written.</source>
        <translation>La caché %1 la actualizó %2 (esquema %3; esta versión %4 conoce el %5). Instale esa versión o elija otra caché. No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>No se puede leer la versión del esquema de %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the migration of %1: %2</source>
        <translation>No se puede iniciar la migración de %1: %2</translation>
    </message>
    <message>
        <source>Cannot lock %1 for its migration: %2</source>
        <translation>No se puede bloquear %1 para su migración: %2</translation>
    </message>
    <message>
        <source>Cannot create the schema table in %1: %2. The database user needs the CREATE right on the database's schema.</source>
        <translation>No se puede crear la tabla del esquema en %1: %2. El usuario de la base de datos necesita el permiso CREATE sobre el esquema.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>No se puede iniciar la migración %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migración %1 falló: %2</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>No se puede registrar la migración %1: %2</translation>
    </message>
    <message>
        <source>Cannot commit the migration of %1: %2</source>
        <translation>No se puede confirmar la migración de %1: %2</translation>
    </message>
    <message>
        <source>Lost the connection to the PostgreSQL server of the cache. Check the network and the server; the interrupted step was rolled back and the next run picks it up.</source>
        <translation>Se perdió la conexión con el servidor PostgreSQL de la caché. Revise la red y el servidor; el paso interrumpido se deshizo y la próxima ejecución lo retoma.</translation>
    </message>
    <message>
        <source>Lost the connection to the PostgreSQL server of the cache (%1). Check the network and the server; nothing half-written was kept, and the next run picks up where this one stopped.</source>
        <translation>Se perdió la conexión con el servidor PostgreSQL de la caché (%1). Revise la red y el servidor; no se guardó nada a medias y la próxima ejecución sigue donde se quedó esta.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>No se puede confirmar: %1</translation>
    </message>
    <message>
        <source>--snapshot takes 'latest' or a snapshot id (a positive number), not '%1'</source>
        <translation>--snapshot acepta 'latest' o un id de instantánea (un número positivo), no '%1'</translation>
    </message>
    <message>
        <source>There is no reconciliation snapshot with id %1.</source>
        <translation>No hay ninguna instantánea de conciliación con id %1.</translation>
    </message>
    <message>
        <source>Cannot prepare the export: %1</source>
        <translation>No se puede preparar la exportación: %1</translation>
    </message>
    <message>
        <source>Cannot read the cache for the export: %1</source>
        <translation>No se puede leer la caché para la exportación: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Owner '%1' cannot be saved: its name is empty or its external_ref '%2' is already used.</source>
        <translation>No se puede guardar el propietario '%1': su nombre está vacío o su external_ref '%2' ya está en uso.</translation>
    </message>
    <message>
        <source>Owner '%1' cannot be saved: it is no longer in the cache.</source>
        <translation>No se puede guardar el propietario '%1': ya no está en la caché.</translation>
    </message>
    <message>
        <source>Platform unit '%1' cannot be saved: its name is empty or its external_ref '%2' is already used.</source>
        <translation>No se puede guardar la unidad de plataforma '%1': su nombre está vacío o su external_ref '%2' ya está en uso.</translation>
    </message>
    <message>
        <source>There is no platform unit with id %1.</source>
        <translation>No hay ninguna unidad de plataforma con id %1.</translation>
    </message>
    <message>
        <source>The app stopped while this run was in progress.</source>
        <translation>La aplicación se detuvo mientras esta ejecución estaba en curso.</translation>
    </message>
    <message>
        <source>There is no sync run %1.</source>
        <translation>No hay ninguna ejecución de sincronización %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the cache: %1</source>
        <translation>No se puede leer la caché: %1</translation>
    </message>
    <message>
        <source>Service provider '%1' cannot be saved: its name is empty or its external_ref '%2' is already used.</source>
        <translation>No se puede guardar el proveedor '%1': su nombre está vacío o su external_ref '%2' ya está en uso.</translation>
    </message>
    <message>
        <source>Service provider '%1' cannot be saved: it is no longer in the cache.</source>
        <translation>No se puede guardar el proveedor '%1': ya no está en la caché.</translation>
    </message>
    <message>
        <source>The desk running it stopped before it ended; %1 took over.</source>
        <translation>El puesto que la ejecutaba se detuvo antes de terminar; %1 tomó el relevo.</translation>
    </message>
</context>
<context>
    <name>pms</name>
    <message>
        <source>accepted suggestion</source>
        <translation>sugerencia aceptada</translation>
    </message>
    <message>
        <source>mapped from the command line</source>
        <translation>asignada desde la línea de comandos</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importada</translation>
    </message>
    <message>
        <source>mapped by hand</source>
        <translation>asignada a mano</translation>
    </message>
    <message>
        <source>portfolios</source>
        <translation>carteras</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>edificios</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>leases</source>
        <translation>contratos</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>work orders</source>
        <translation>órdenes de trabajo</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>proveedores</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Unit “%1” (PMS id %2)</source>
        <translation>Unidad “%1” (id en el PMS %2)</translation>
    </message>
    <message>
        <source>%1 deactivated by reconciliation (snapshot %2): it is no longer in the PMS unit list.</source>
        <translation>%1 desactivada por la conciliación (instantánea %2): ya no está en la lista de unidades del PMS.</translation>
    </message>
    <message>
        <source>%1 is listed in the PMS again after reconciliation deactivated it; it stays inactive until someone reviews it (snapshot %2).</source>
        <translation>%1 vuelve a aparecer en el PMS después de que la conciliación la desactivara; sigue inactiva hasta que alguien la revise (instantánea %2).</translation>
    </message>
    <message>
        <source>The system keychain holds no client secret for this connection.</source>
        <translation>El llavero del sistema no tiene ningún secreto de cliente para esta conexión.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the client secret.</source>
        <translation>El llavero del sistema denegó el acceso al secreto de cliente.</translation>
    </message>
    <message>
        <source>No system keychain is available on this machine (%1).</source>
        <translation>No hay ningún llavero del sistema disponible en este equipo (%1).</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>El llavero del sistema falló: %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>El llavero del sistema no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>No se puede leer la tabla %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1 in %2: %3</source>
        <translation>No se pueden contar las filas de %1 en %2: %3</translation>
    </message>
    <message>
        <source>use hourly:0-5, every:2h, daily:23:30@UTC or monthly:27@03:00@America/Los_Angeles</source>
        <translation>use hourly:0-5, every:2h, daily:23:30@UTC o monthly:27@03:00@America/Los_Angeles</translation>
    </message>
    <message>
        <source>The minute must be between 0 and 59 (got %1).</source>
        <translation>El minuto debe estar entre 0 y 59 (se recibió %1).</translation>
    </message>
    <message>
        <source>The minutes %1-%2 are not a window inside the hour: write A-B with 0 &lt;= A &lt; B &lt;= 60, e.g. 0-5 for the first five minutes.</source>
        <translation>Los minutos %1-%2 no son una ventana dentro de la hora: escriba A-B con 0 &lt;= A &lt; B &lt;= 60, p. ej., 0-5 para los cinco primeros minutos.</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day: write HH:MM from 00:00 to 23:59.</source>
        <translation>%1:%2 no es una hora del día: escriba HH:MM de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>Incremental sync</source>
        <translation>Sincronización incremental</translation>
    </message>
    <message>
        <source>Properties and residents</source>
        <translation>Inmuebles y residentes</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
</context>
<context>
    <name>pms::AboutDialog</name>
    <message>
        <source>About PMS Bridge</source>
        <translation>Acerca de PMS Bridge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PMS Bridge %1&lt;/h2&gt;&lt;p&gt;Keeps a local copy of your Propertyware portfolio, sends work orders back to it, reconciles units every month and maps PMS units to platform units.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PMS Bridge %1&lt;/h2&gt;&lt;p&gt;Conserva una copia local de su cartera de Propertyware, le devuelve las órdenes de trabajo, concilia las unidades cada mes y asigna unidades del PMS a unidades de la plataforma.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2 (ejecutándose en Qt %3).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pms::AttachmentStore</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>'%1' is not a kind of attachment (photo, call_log, sms_log, invoice).</source>
        <translation>'%1' no es un tipo de adjunto (photo, call_log, sms_log, invoice).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the cache's folder.</source>
        <translation>No se puede copiar %1 en la carpeta de la caché.</translation>
    </message>
</context>
<context>
    <name>pms::AvailablePlatformUnitsModel</name>
    <message>
        <source>(no platform unit)</source>
        <translation>(sin unidad de la plataforma)</translation>
    </message>
    <message>
        <source>%1, floor %2</source>
        <translation>%1, piso %2</translation>
    </message>
</context>
<context>
    <name>pms::CacheCopier</name>
    <message>
        <source>The source and the target are the same cache (%1).</source>
        <translation>El origen y el destino son la misma caché (%1).</translation>
    </message>
    <message>
        <source>The two caches have different schema versions (%1 and %2); open both with this PMS Bridge first.</source>
        <translation>Las dos cachés tienen versiones de esquema distintas (%1 y %2); abra primero ambas con este PMS Bridge.</translation>
    </message>
    <message>
        <source>%1 already holds a cache (%2 rows). Nothing was copied; add --replace to overwrite it.</source>
        <translation>%1 ya contiene una caché (%2 filas). No se copió nada; añada --replace para sobrescribirla.</translation>
    </message>
    <message>
        <source>Cannot empty %1 of %2: %3</source>
        <translation>No se puede vaciar %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot read %1 from %2: %3</source>
        <translation>No se puede leer %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cannot copy the rows of %1 into %2: %3</source>
        <translation>No se pueden copiar las filas de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot move the ids of %1 on: %2</source>
        <translation>No se pueden avanzar los ids de %1: %2</translation>
    </message>
    <message>
        <source>The copy of %1 does not add up (%2 rows in the source, %3 in the target); nothing was written.</source>
        <translation>La copia de %1 no cuadra (%2 filas en el origen, %3 en el destino); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>pms::CacheLocation</name>
    <message>
        <source>No cache given: pass a file path or a postgresql:// URL.</source>
        <translation>No se indicó ninguna caché: pase una ruta de archivo o una URL postgresql://.</translation>
    </message>
    <message>
        <source>%1 is not a cache PMS Bridge can open: give a file path or a postgresql:// URL.</source>
        <translation>%1 no es una caché que PMS Bridge pueda abrir: indique una ruta de archivo o una URL postgresql://.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid (%1). Write it as postgresql://user@host:5432/database.</source>
        <translation>La URL de PostgreSQL no es válida (%1). Escríbala como postgresql://usuario@host:5432/base_de_datos.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL holds a password. Remove it and put the password in PGPASSWORD or ~/.pgpass instead, so it never lands in the shell history or the settings.</source>
        <translation>La URL de PostgreSQL contiene una contraseña. Quítela y ponga la contraseña en PGPASSWORD o en ~/.pgpass, para que nunca acabe en el historial del shell ni en la configuración.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has an option PMS Bridge does not know: %1. Known options: %2.</source>
        <translation>La URL de PostgreSQL tiene una opción que PMS Bridge no conoce: %1. Opciones conocidas: %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a PostgreSQL SSL mode; use verify-full, verify-ca or require.</source>
        <translation>sslmode=%1 no es un modo SSL de PostgreSQL; use verify-full, verify-ca o require.</translation>
    </message>
    <message>
        <source>port=%1 is not a port number.</source>
        <translation>port=%1 no es un número de puerto.</translation>
    </message>
    <message>
        <source>schema=%1 is not a schema name PMS Bridge accepts: use lower-case letters, digits and _.</source>
        <translation>schema=%1 no es un nombre de esquema que PMS Bridge acepte: use minúsculas, dígitos y _.</translation>
    </message>
    <message>
        <source>connect_timeout=%1 must be between 1 and 300 seconds.</source>
        <translation>connect_timeout=%1 debe estar entre 1 y 300 segundos.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database. Write it as postgresql://user@host:5432/database.</source>
        <translation>La URL de PostgreSQL no indica ninguna base de datos. Escríbala como postgresql://usuario@host:5432/base_de_datos.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 is on another machine, so the connection must be encrypted: add ?sslmode=verify-full (or require) to the URL.</source>
        <translation>El servidor PostgreSQL %1 está en otro equipo, así que la conexión debe ir cifrada: añada ?sslmode=verify-full (o require) a la URL.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2</source>
        <translation>Base de datos PostgreSQL %1 en %2</translation>
    </message>
    <message>
        <source>PostgreSQL database %1 on %2 as %3</source>
        <translation>Base de datos PostgreSQL %1 en %2 como %3</translation>
    </message>
</context>
<context>
    <name>pms::CacheSettingsBox</name>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Shared: every desk pointed at this PostgreSQL database sees the same data.</source>
        <translation>Compartida: todos los puestos que apuntan a esta base de datos PostgreSQL ven los mismos datos.</translation>
    </message>
    <message>
        <source>On this computer only (SQLite).</source>
        <translation>Solo en este equipo (SQLite).</translation>
    </message>
    <message>
        <source>This desk uses:</source>
        <translation>Este puesto usa:</translation>
    </message>
    <message>
        <source>a file, or postgresql://user@host:5432/database?sslmode=verify-full</source>
        <translation>un archivo, o postgresql://usuario@servidor:5432/base?sslmode=verify-full</translation>
    </message>
    <message>
        <source>&amp;Check and Use</source>
        <translation>&amp;Comprobar y usar</translation>
    </message>
    <message>
        <source>From the next start, &amp;open:</source>
        <translation>Desde el próximo inicio, &amp;abrir:</translation>
    </message>
    <message>
        <source>Leave it empty to keep this computer's own cache. The password of a PostgreSQL user comes from PGPASSWORD or ~/.pgpass, never from here. To move this desk's data, run 'pmsbridge cache copy --to URL' first.</source>
        <translation>Déjelo vacío para seguir con la caché propia de este equipo. La contraseña de un usuario de PostgreSQL sale de PGPASSWORD o de ~/.pgpass, nunca de aquí. Para trasladar los datos de este puesto, ejecute antes 'pmsbridge cache copy --to URL'.</translation>
    </message>
    <message>
        <source>PMS Bridge opens this computer's own cache from its next start.</source>
        <translation>PMS Bridge abrirá la caché propia de este equipo desde su próximo inicio.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>Checked and kept: PMS Bridge opens this cache from its next start.</source>
        <translation>Comprobada y guardada: PMS Bridge abrirá esta caché desde su próximo inicio.</translation>
    </message>
</context>
<context>
    <name>pms::CompleteWorkOrderDialog</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>SMS log</source>
        <translation>Registro de SMS</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation>Completar %1</translation>
    </message>
    <message>
        <source>Completing closes the work order in Propertyware and uploads its files to it. The files are copied into PMS Bridge's cache first, so moving the originals later is fine.</source>
        <translation>Al completarla, la orden de trabajo se cierra en Propertyware y sus archivos se suben a él. Los archivos se copian primero en la caché de PMS Bridge, así que puede mover los originales después sin problema.</translation>
    </message>
    <message>
        <source>Closing &amp;comment:</source>
        <translation>&amp;Comentario de cierre:</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Qué se hizo (opcional)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Add photos, call logs, SMS logs or invoices with Add Files…, or drop them here.</source>
        <translation>Añada fotos, registros de llamadas, registros de SMS o facturas con Añadir archivos…, o suéltelos aquí.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Complete Work Order</source>
        <translation>Completar orden de trabajo</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Photos, logs and invoices (*.jpg *.jpeg *.png *.heic *.gif *.webp *.pdf *.txt *.csv *.log *.mp3 *.m4a *.wav)</source>
        <translation>Fotos, registros y facturas (*.jpg *.jpeg *.png *.heic *.gif *.webp *.pdf *.txt *.csv *.log *.mp3 *.m4a *.wav)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not added (not a readable file): %1</source>
        <translation>No añadido (no es un archivo legible): %1</translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation>No completada: %1</translation>
    </message>
</context>
<context>
    <name>pms::ConnectionTester</name>
    <message>
        <source>Enter the address of the Propertyware API, e.g. https://api.propertyware.com/pw/api/rest/v1</source>
        <translation type="vanished">Introduzca la dirección de la API de Propertyware, p. ej. https://api.propertyware.com/pw/api/rest/v1</translation>
    </message>
    <message>
        <source>This is not a web address. It looks like https://api.propertyware.com/pw/api/rest/v1</source>
        <translation type="vanished">Esto no es una dirección web. Debe tener un formato como https://api.propertyware.com/pw/api/rest/v1</translation>
    </message>
    <message>
        <source>HTTPS is required for %1: use https:// (plain http is only allowed on this computer).</source>
        <translation>Se requiere HTTPS para %1: use https:// (http sin cifrar solo se permite en este equipo).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Propertyware API (HTTP %2, no list of portfolios). Check the base URL.</source>
        <translation type="vanished">%1 respondió, pero no como la API de Propertyware (HTTP %2, sin lista de carteras). Compruebe la URL base.</translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio visible</source>
        <translation type="vanished">
            <numerusform>%n cartera visible</numerusform>
            <numerusform>%n carteras visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portfolios visible</source>
        <translation type="vanished">
            <numerusform>%n cartera visible</numerusform>
            <numerusform>%n carteras visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: Propertyware answered in %1 ms; %2.</source>
        <translation type="vanished">Conectado: Propertyware respondió en %1 ms; %2.</translation>
    </message>
    <message>
        <source>The PMS rejected the client ID or secret (HTTP 401).</source>
        <translation type="vanished">El PMS rechazó el ID o el secreto de cliente (HTTP 401).</translation>
    </message>
    <message>
        <source>The PMS accepted the client ID but refused access to system ID %1 (HTTP 403). Check the system ID and the API user's permissions.</source>
        <translation type="vanished">El PMS aceptó el ID de cliente, pero denegó el acceso al ID de sistema %1 (HTTP 403). Compruebe el ID de sistema y los permisos del usuario de la API.</translation>
    </message>
    <message>
        <source>There is no Propertyware API at %1 (HTTP 404). Check the base URL; it usually ends in /pw/api/rest/v1.</source>
        <translation type="vanished">No hay ninguna API de Propertyware en %1 (HTTP 404). Compruebe la URL base; normalmente termina en /pw/api/rest/v1.</translation>
    </message>
    <message>
        <source>The PMS asks to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation type="vanished">El PMS pide reducir el ritmo de solicitudes (HTTP 429). Espere un minuto y vuelva a probar.</translation>
    </message>
    <message>
        <source>The PMS at %1 has a problem of its own (HTTP %2). Try again later.</source>
        <translation type="vanished">El PMS en %1 tiene un problema propio (HTTP %2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The PMS at %1 refused the request (HTTP %2).</source>
        <translation type="vanished">El PMS en %1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: connection refused.</source>
        <translation type="vanished">No se puede conectar con %1: conexión rechazada.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the name is unknown. Check the address and the network.</source>
        <translation type="vanished">No se puede conectar con %1: el nombre es desconocido. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>Cannot reach %1: it closed the connection.</source>
        <translation type="vanished">No se puede conectar con %1: cerró la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach %1: no answer within %n seconds.</source>
        <translation type="vanished">
            <numerusform>No se puede conectar con %1: sin respuesta en %n segundo.</numerusform>
            <numerusform>No se puede conectar con %1: sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect securely to %1: %2</source>
        <translation type="vanished">No se puede establecer una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: this computer is offline.</source>
        <translation type="vanished">No se puede conectar con %1: este equipo no tiene conexión.</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: %2</source>
        <translation type="vanished">No se puede conectar con %1 a través del proxy: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="vanished">No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Enter the address of the %1 API, e.g. %2</source>
        <translation>Escriba la dirección de la API de %1, p. ej. %2</translation>
    </message>
    <message>
        <source>This is not a web address. It looks like %1</source>
        <translation>Esto no es una dirección web. Parece %1</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Conectado: %1 respondió en %2 ms.</translation>
    </message>
</context>
<context>
    <name>pms::ConnectionValidator</name>
    <message>
        <source>Enter the system ID of your Propertyware account (a number, shown in Propertyware's API settings).</source>
        <translation>Introduzca el ID de sistema de su cuenta de Propertyware (un número que aparece en la configuración de la API de Propertyware).</translation>
    </message>
    <message>
        <source>The system ID is a number, e.g. 1001.</source>
        <translation>El ID de sistema es un número, p. ej. 1001.</translation>
    </message>
    <message>
        <source>Enter the client ID from Propertyware's API settings.</source>
        <translation>Introduzca el ID de cliente de la configuración de la API de Propertyware.</translation>
    </message>
    <message>
        <source>Enter the client secret that belongs to the client ID.</source>
        <translation>Introduzca el secreto de cliente que corresponde al ID de cliente.</translation>
    </message>
    <message>
        <source>Keep the name under 100 characters.</source>
        <translation>El nombre debe tener menos de 100 caracteres.</translation>
    </message>
    <message>
        <source>Enter the integration user's name: work orders whose "Managed By" is this name are imported.</source>
        <translation>Introduzca el nombre del usuario de integración: se importan las órdenes de trabajo cuyo "Managed By" sea este nombre.</translation>
    </message>
    <message>
        <source>Enter the integration user's email (the email of the PMS user PMS Bridge works as).</source>
        <translation>Introduzca el correo electrónico del usuario de integración (el correo del usuario del PMS con el que actúa PMS Bridge).</translation>
    </message>
    <message>
        <source>This is not an email address, e.g. bridge@example.com.</source>
        <translation>Esto no es una dirección de correo electrónico, p. ej. bridge@example.com.</translation>
    </message>
    <message>
        <source>The look-back is at least 1 hour.</source>
        <translation>El período retrospectivo es de al menos 1 hora.</translation>
    </message>
    <message>
        <source>Enter the client ID of a Buildium API key (Buildium: Settings &gt; Developer Tools &gt; API keys).</source>
        <translation>Escriba el ID de cliente de una clave de API de Buildium (Buildium: Settings &gt; Developer Tools &gt; API keys).</translation>
    </message>
    <message>
        <source>Enter the id of the Buildium vendor new work orders get: Buildium needs a vendor on every work order.</source>
        <translation>Escriba el id del proveedor de Buildium que reciben las órdenes de trabajo nuevas: Buildium exige un proveedor en cada orden de trabajo.</translation>
    </message>
    <message>
        <source>The vendor is a Buildium vendor id, a number, e.g. 12.</source>
        <translation>El proveedor es un id de proveedor de Buildium, un número, p. ej. 12.</translation>
    </message>
</context>
<context>
    <name>pms::ConnectorRegistry</name>
    <message>
        <source>Connection %1 is to a PMS this version of PMS Bridge cannot talk to ('%2'); it knows %3.</source>
        <translation>La conexión %1 es con un PMS con el que esta versión de PMS Bridge no sabe hablar ('%2'); conoce %3.</translation>
    </message>
</context>
<context>
    <name>pms::CsvImporter</name>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>column '%1': </source>
        <translation>columna '%1': </translation>
    </message>
</context>
<context>
    <name>pms::CsvWriter</name>
    <message>
        <source>cannot write the CSV data: %1</source>
        <translation>no se pueden escribir los datos CSV: %1</translation>
    </message>
</context>
<context>
    <name>pms::DashboardPage</name>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>No sincronizado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Active units</source>
        <translation>Unidades activas</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residentes</translation>
    </message>
    <message>
        <source>Active leases</source>
        <translation>Contratos activos</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Unlinked work orders</source>
        <translation>Órdenes de trabajo sin vincular</translation>
    </message>
    <message>
        <source>Mapping coverage</source>
        <translation>Cobertura de asignación</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>The dashboard cannot read the cache: %1</source>
        <translation>El panel no puede leer la caché: %1</translation>
    </message>
    <message>
        <source>%1 inactive</source>
        <translation>%1 inactivas</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 activas</translation>
    </message>
    <message>
        <source>%1 pending, %2 failed</source>
        <translation>%1 pendientes, %2 fallidas</translation>
    </message>
    <message>
        <source>property or unit not in the cache</source>
        <translation>propiedad o unidad que no está en la caché</translation>
    </message>
    <message>
        <source>%1 of %2 active PMS units are mapped to a platform unit; %3 are not.</source>
        <translation>%1 de %2 unidades activas del PMS están asignadas a una unidad de la plataforma; %3 no lo están.</translation>
    </message>
    <message>
        <source>No active units</source>
        <translation>No hay unidades activas</translation>
    </message>
    <message>
        <source>Units appear here after the first sync.</source>
        <translation>Las unidades aparecen aquí después de la primera sincronización.</translation>
    </message>
    <message>
        <source>Work-order sync is off for %1: the integration email in Settings (%2) is not the email of the PMS user (%3). Change one of them so they match.</source>
        <translation>La sincronización de órdenes de trabajo está desactivada para %1: el correo de integración en Configuración (%2) no es el correo del usuario del PMS (%3). Cambie uno de los dos para que coincidan.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>A petición</translation>
    </message>
    <message>
        <source>Once per connection, or from Sync now</source>
        <translation>Una vez por conexión, o desde Sincronizar ahora</translation>
    </message>
    <message>
        <source>When work orders change</source>
        <translation>Cuando cambian las órdenes de trabajo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Records per run: no runs yet</source>
        <translation>Registros por ejecución: aún no hay ejecuciones</translation>
    </message>
    <message>
        <source>Records per run (the only run so far)</source>
        <translation>Registros por ejecución (la única hasta ahora)</translation>
    </message>
    <message numerus="yes">
        <source>Records per run (last %n runs)</source>
        <translation>
            <numerusform>Registros por ejecución (última ejecución)</numerusform>
            <numerusform>Registros por ejecución (últimas %n ejecuciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Work orders by sync state</source>
        <translation>Órdenes de trabajo por estado de sincronización</translation>
    </message>
    <message>
        <source>Work orders by sync state: none yet</source>
        <translation>Órdenes de trabajo por estado de sincronización: todavía ninguna</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubierto</translation>
    </message>
    <message>
        <source>Brought up to date by another sync (the initial sync covers every job).</source>
        <translation>Actualizado por otra sincronización (la sincronización inicial cubre todas las tareas).</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 — a %2 connection (%3)</source>
        <translation>%1 — una conexión de %2 (%3)</translation>
    </message>
</context>
<context>
    <name>pms::DataTableView</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Restablecer columnas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation>No se pudo leer la caché: %1</translation>
    </message>
    <message>
        <source>%L1 rows are too many to copy; use Export CSV for them.</source>
        <translation>Hay demasiadas filas (%L1) para copiar; use Exportar CSV para ellas.</translation>
    </message>
    <message>
        <source>The rows are still loading; try again in a moment.</source>
        <translation>Las filas todavía se están cargando; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>pms::DeactivationChartView</name>
    <message>
        <source>Units deactivated per month</source>
        <translation>Unidades desactivadas por mes</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Units deactivated per month, %1 – %2</source>
        <translation>Unidades desactivadas por mes, %1 – %2</translation>
    </message>
</context>
<context>
    <name>pms::DemoLauncher</name>
    <message>
        <source>Demo (simulator)</source>
        <translation>Demostración (simulador)</translation>
    </message>
    <message>
        <source>The simulator could not open a port on this computer.</source>
        <translation>El simulador no pudo abrir un puerto en este equipo.</translation>
    </message>
    <message>
        <source>The simulator is not part of this build.</source>
        <translation>El simulador no está incluido en esta compilación.</translation>
    </message>
    <message>
        <source>The simulator did not start.</source>
        <translation>El simulador no se inició.</translation>
    </message>
    <message>
        <source>Cannot save the demo connection: %1</source>
        <translation>No se puede guardar la conexión de demostración: %1</translation>
    </message>
    <message>
        <source>Demo (Buildium simulator)</source>
        <translation>Demostración (simulador de Buildium)</translation>
    </message>
</context>
<context>
    <name>pms::DesktopSettingsBox</name>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The new language applies the next time PMS Bridge starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie PMS Bridge.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Stop the sync and close</source>
        <translation>Detener la sincronización y cerrar</translation>
    </message>
    <message>
        <source>Closing the window during a sync:</source>
        <translation>Al cerrar la ventana durante una sincronización:</translation>
    </message>
</context>
<context>
    <name>pms::DirectoryEntryDialog</name>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>e.g. office@example.com</source>
        <translation>p. ej., oficina@example.com</translation>
    </message>
    <message>
        <source>e.g. (503) 555-0142</source>
        <translation>p. ej., (503) 555-0142</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>optional, unique: the id in your own records; an import updates by it</source>
        <translation>opcional, único: el identificador en sus propios registros; una importación actualiza por él</translation>
    </message>
    <message>
        <source>Edit Service Provider</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <source>Edit Owner</source>
        <translation>Editar propietario</translation>
    </message>
    <message>
        <source>New Service Provider</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>New Owner</source>
        <translation>Nuevo propietario</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Close without saving your changes to this service provider?</source>
        <translation>¿Cerrar sin guardar los cambios de este proveedor?</translation>
    </message>
    <message>
        <source>Close without saving your changes to this owner?</source>
        <translation>¿Cerrar sin guardar los cambios de este propietario?</translation>
    </message>
    <message>
        <source>Close without adding this service provider? What you typed is lost.</source>
        <translation>¿Cerrar sin añadir este proveedor? Se pierde lo escrito.</translation>
    </message>
    <message>
        <source>Close without adding this owner? What you typed is lost.</source>
        <translation>¿Cerrar sin añadir este propietario? Se pierde lo escrito.</translation>
    </message>
</context>
<context>
    <name>pms::ErrorMapper</name>
    <message>
        <source>The PMS rejected the client ID or secret (HTTP %1). Check them in Settings.</source>
        <translation>El PMS rechazó el ID o el secreto de cliente (HTTP %1). Revíselos en Configuración.</translation>
    </message>
    <message>
        <source>The PMS said: %1</source>
        <translation>El PMS dijo: %1</translation>
    </message>
    <message>
        <source>The PMS at %1 has no "%2" (HTTP 404). It may have been deleted, or the base URL is wrong.</source>
        <translation>El PMS de %1 no tiene "%2" (HTTP 404). Puede que se haya eliminado o que la URL base sea incorrecta.</translation>
    </message>
    <message>
        <source>The PMS at %1 gave up waiting for the request (HTTP 408). Try again later.</source>
        <translation>El PMS de %1 dejó de esperar la solicitud (HTTP 408). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The PMS at %1 is limiting requests (HTTP 429). Try again in a few minutes.</source>
        <translation>El PMS de %1 está limitando las solicitudes (HTTP 429). Inténtelo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The PMS at %1 had a problem answering (HTTP %2). Try again later.</source>
        <translation>El PMS de %1 tuvo un problema al responder (HTTP %2). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The PMS refused the request to "%1" (HTTP %2).</source>
        <translation>El PMS rechazó la solicitud a "%1" (HTTP %2).</translation>
    </message>
    <message>
        <source>The PMS refused the request to "%1" (HTTP %2): %3</source>
        <translation>El PMS rechazó la solicitud a "%1" (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The PMS at %1 redirected the request (HTTP %2) somewhere it was not followed. Check the base URL.</source>
        <translation>El PMS de %1 redirigió la solicitud (HTTP %2) a un sitio al que no se la siguió. Revise la URL base.</translation>
    </message>
    <message>
        <source>The PMS at %1 answered with an unexpected HTTP status %2.</source>
        <translation>El PMS de %1 respondió con un estado HTTP inesperado %2.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The certificate must be valid; certificate errors are never ignored.</source>
        <translation>Falló la conexión segura con %1: %2. El certificado debe ser válido; los errores de certificado nunca se ignoran.</translation>
    </message>
    <message>
        <source>The PMS at %1 did not answer in time.</source>
        <translation>El PMS de %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The PMS at %1 redirected the request somewhere it was not followed (%2). Check the base URL.</source>
        <translation>El PMS de %1 redirigió la solicitud a un sitio al que no se la siguió (%2). Revise la URL base.</translation>
    </message>
    <message>
        <source>The PMS at %1 answered in a way that could not be understood: %2.</source>
        <translation>El PMS de %1 respondió de una forma que no se pudo entender: %2.</translation>
    </message>
    <message>
        <source>Cannot reach the PMS at %1: %2. Check the internet connection and the base URL.</source>
        <translation>No se puede llegar al PMS de %1: %2. Revise la conexión a Internet y la URL base.</translation>
    </message>
    <message numerus="yes">
        <source>The PMS at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>El PMS de %1 no respondió en %n segundo.</numerusform>
            <numerusform>El PMS de %1 no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the PMS at %1 broke while the answer arrived (%2 of %3 bytes).</source>
        <translation>La conexión con el PMS de %1 se cortó mientras llegaba la respuesta (%2 de %3 bytes).</translation>
    </message>
    <message>
        <source>The request to %1 may or may not have been saved by the PMS (%2). Check the PMS before sending it again.</source>
        <translation>Puede que el PMS haya guardado o no la solicitud a %1 (%2). Compruebe el PMS antes de enviarla de nuevo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The PMS sent an answer that could not be read: %1.</source>
        <translation>El PMS envió una respuesta que no se pudo leer: %1.</translation>
    </message>
    <message>
        <source>The PMS answered with a web page instead of data (HTTP %1). Check the base URL.</source>
        <translation>El PMS respondió con una página web en lugar de datos (HTTP %1). Revise la URL base.</translation>
    </message>
</context>
<context>
    <name>pms::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter this column: text finds values containing it; =x equals, != differs, &gt; and &lt; compare numbers and dates (2024-03 is March 2024); yes/no for flags.</source>
        <translation>Filtre esta columna: un texto busca los valores que lo contienen; =x es igual, != es distinto, &gt; y &lt; comparan números y fechas (2024-03 es marzo de 2024); yes/no para indicadores.</translation>
    </message>
    <message>
        <source>Filter for %1</source>
        <translation>Filtro para %1</translation>
    </message>
</context>
<context>
    <name>pms::GetJob</name>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>JSON no válido en el byte %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pms::ImportCommitPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Every line is good. Click Import to write the rows to the cache.</source>
        <translation>Todas las líneas son correctas. Haga clic en Importar para escribir las filas en la caché.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&lt;b&gt;All or nothing.&lt;/b&gt; The rows are written in one transaction: if anything goes wrong, nothing is written and the cache stays as it is.&lt;br&gt;&lt;br&gt;&lt;b&gt;Only additions.&lt;/b&gt; An import adds new %1; it never changes or removes the ones already in the cache (a line that matches one was reported in the check).</source>
        <translation type="vanished">&lt;b&gt;Todo o nada.&lt;/b&gt; Las filas se escriben en una sola transacción: si algo falla, no se escribe nada y la caché queda como está.&lt;br&gt;&lt;br&gt;&lt;b&gt;Solo adiciones.&lt;/b&gt; Una importación solo añade %1 que aún no existen; nunca modifica ni elimina lo que ya está en la caché (las líneas que coinciden con un registro existente se indicaron en la comprobación).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will be written&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué se escribirá&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Row numbers are the lines of the file</source>
        <translation>Los números de fila son las líneas del archivo</translation>
    </message>
    <message>
        <source>1 %1 is ready to be added.</source>
        <translation>Se añadirá 1 %1.</translation>
    </message>
    <message>
        <source>%1 %2 are ready to be added.</source>
        <translation>Se añadirán %1 %2.</translation>
    </message>
    <message>
        <source>From %1: %2 checked, no errors.</source>
        <translation>De %1: %2 comprobadas, sin errores.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>1 warning (see the previous step).</source>
        <translation>1 advertencia (consulte el paso anterior).</translation>
    </message>
    <message>
        <source>%1 warnings (see the previous step).</source>
        <translation>%1 advertencias (consulte el paso anterior).</translation>
    </message>
    <message>
        <source>The first %1 rows are shown below.</source>
        <translation>Abajo se muestran las primeras %1 filas.</translation>
    </message>
    <message>
        <source>Importing 1 %1…</source>
        <translation>Importando 1 %1…</translation>
    </message>
    <message>
        <source>Importing %1 %2…</source>
        <translation>Importando %1 %2…</translation>
    </message>
    <message>
        <source>there is no cache file to write to</source>
        <translation>no hay ningún archivo de caché en el que escribir</translation>
    </message>
    <message>
        <source>&lt;b&gt;All or nothing.&lt;/b&gt; The rows are written in one transaction: if anything goes wrong, nothing is written and the cache stays as it is.</source>
        <translation>&lt;b&gt;Todo o nada.&lt;/b&gt; Las filas se escriben en una sola transacción: si algo falla, no se escribe nada y la caché queda como estaba.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Only additions.&lt;/b&gt; An import adds new %1; it never changes or removes the ones already in the cache (a line that matches one was reported in the check).</source>
        <translation>&lt;b&gt;Solo altas.&lt;/b&gt; Una importación añade %1 nuevas; nunca cambia ni elimina las que ya están en la caché (una línea que coincide con una se señaló en la comprobación).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adds and updates.&lt;/b&gt; A line whose external reference is already in the cache updates that %1 (the columns the file has; the others keep their values); every other line adds a new one. Nothing is removed.</source>
        <translation>&lt;b&gt;Altas y actualizaciones.&lt;/b&gt; Una línea cuya referencia externa ya está en la caché actualiza ese %1 (las columnas que trae el archivo; las demás conservan sus valores); cada una de las demás líneas añade uno nuevo. No se elimina nada.</translation>
    </message>
    <message>
        <source>1 %1 is ready to be updated.</source>
        <translation>1 %1 está listo para actualizarse.</translation>
    </message>
    <message>
        <source>%1 %2 are ready to be updated.</source>
        <translation>%1 %2 están listos para actualizarse.</translation>
    </message>
    <message>
        <source>%1 %2 are ready: %3 to add, %4 to update.</source>
        <translation>%1 %2 están listos: %3 por añadir, %4 por actualizar.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>pms::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
    <message>
        <source>Import %1 from a CSV file with a header row. Nothing is written until every line of the file is good.</source>
        <translation>Importe %1 desde un archivo CSV con una fila de encabezado. No se escribe nada hasta que todas las líneas del archivo sean correctas.</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Archivo CSV:</translation>
    </message>
    <message>
        <source>Path of a .csv file, e.g. %1</source>
        <translation>Ruta de un archivo .csv, p. ej. %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Drop a .csv file here, or choose one with Browse…</source>
        <translation>Suelte aquí un archivo .csv o elija uno con Examinar…</translation>
    </message>
    <message>
        <source>What the file needs</source>
        <translation>Qué necesita el archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (required)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (obligatorio)</translation>
    </message>
    <message>
        <source>A header row, then one line per %1. Comma, semicolon or tab separated, UTF-8.&lt;br&gt;Columns: %2.&lt;br&gt;%3</source>
        <translation>Una fila de encabezado y luego una línea por %1. Separado por comas, punto y coma o tabuladores, UTF-8.&lt;br&gt;Columnas: %2.&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Headers are matched by name ("E-mail", "Postal Code" and "Zip" work); you can change the choice in step 3. Unknown columns are ignored.</source>
        <translation>Los encabezados se asocian por nombre ("E-mail", "Postal Code" y "Zip" funcionan); puede cambiar la elección en el paso 3. Las columnas desconocidas se ignoran.</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>&amp;Guardar plantilla…</translation>
    </message>
    <message>
        <source>A CSV file with the header row and one example line, to fill in</source>
        <translation>Un archivo CSV con la fila de encabezado y una línea de ejemplo, para rellenar</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Todavía no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>There is no file at this path; check the name or choose it with Browse…</source>
        <translation>No hay ningún archivo en esta ruta; compruebe el nombre o elíjalo con Examinar…</translation>
    </message>
    <message>
        <source>This is a folder; choose a CSV file in it.</source>
        <translation>Esto es una carpeta; elija un archivo CSV dentro de ella.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Elegir un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1. Fill it in, save it as CSV, then choose it above.</source>
        <translation>Se guardó %1. Rellénelo, guárdelo como CSV y luego elíjalo arriba.</translation>
    </message>
</context>
<context>
    <name>pms::ImportMappingPage</name>
    <message>
        <source>Map columns</source>
        <translation>Asignar columnas</translation>
    </message>
    <message>
        <source>Pick the column of the file for each field; they were matched by header name. * marks a required field.</source>
        <translation>Elija la columna del archivo para cada campo; se asociaron por nombre de encabezado. * indica un campo obligatorio.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Columna del archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First value in the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primer valor del archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;span style="color:#c62828"&gt;*&lt;/span&gt;</source>
        <translation>%1 &lt;span style="color:#c62828"&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Column '%1', required</source>
        <translation>Columna '%1', obligatoria</translation>
    </message>
    <message>
        <source>Column '%1'</source>
        <translation>Columna '%1'</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1  (column %2)</source>
        <translation>%1  (columna %2)</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The column '%1' is chosen for both %2 and %3; a column can fill one field only. Choose another column for one of them, or “not imported”.</source>
        <translation>La columna '%1' está elegida tanto para %2 como para %3; una columna solo puede rellenar un campo. Elija otra columna para uno de ellos, o “no se importa”.</translation>
    </message>
    <message>
        <source>Choose the column that holds %1: it is required, so the import cannot go on without it.</source>
        <translation>Elija la columna que contiene %1: es obligatoria, así que la importación no puede continuar sin ella.</translation>
    </message>
    <message>
        <source>Choose the columns that hold %1: they are required, so the import cannot go on without them.</source>
        <translation>Elija las columnas que contienen %1: son obligatorias, así que la importación no puede continuar sin ellas.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Todos los campos obligatorios tienen una columna.</translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Sin importar: %1.</translation>
    </message>
</context>
<context>
    <name>pms::ImportPreviewPage</name>
    <message>
        <source>semicolon (;)</source>
        <translation>punto y coma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>coma (,)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first rows of the file, as they were read. Check that this is the right file and that the columns are split where you expect.</source>
        <translation>Las primeras filas del archivo, tal como se leyeron. Compruebe que es el archivo correcto y que las columnas están separadas donde espera.</translation>
    </message>
    <message>
        <source>Row numbers are the lines of the file (the header is line 1)</source>
        <translation>Los números de fila son las líneas del archivo (el encabezado es la línea 1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Leyendo las primeras filas…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>el archivo no tiene fila de encabezado</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1. Go back and choose another file.</source>
        <translation>Este archivo no se puede importar: %1. Vuelva atrás y elija otro archivo.</translation>
    </message>
    <message>
        <source>UTF-8 (with byte order mark)</source>
        <translation>UTF-8 (con marca de orden de bytes)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 columna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln columns</source>
        <translation>
            <numerusform>%Ln columna</numerusform>
            <numerusform>%Ln columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Delimiter: %2 &amp;nbsp;·&amp;nbsp; Encoding: %3 &amp;nbsp;·&amp;nbsp; Header row: line 1, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Delimitador: %2 &amp;nbsp;·&amp;nbsp; Codificación: %3 &amp;nbsp;·&amp;nbsp; Fila de encabezado: línea 1, %4</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>The file's only data row is shown.</source>
        <translation>Se muestra la única fila de datos del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln data rows of the file are shown.</source>
        <translation>
            <numerusform>Se muestra %Ln fila de datos del archivo.</numerusform>
            <numerusform>Se muestran las %Ln filas de datos del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln data rows are shown; every line is checked in step 4.</source>
        <translation>
            <numerusform>Se muestra %Ln fila de datos; todas las líneas se comprueban en el paso 4.</numerusform>
            <numerusform>Se muestran las primeras %Ln filas de datos; todas las líneas se comprueban en el paso 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has a header row but no data rows yet.</source>
        <translation>El archivo tiene una fila de encabezado, pero todavía no tiene filas de datos.</translation>
    </message>
    <message>
        <source>1 of them could not be read cleanly (its line number is red; hover for the reason).</source>
        <translation>1 de ellas no se pudo leer correctamente (su número de línea está en rojo; pase el cursor por encima para ver el motivo).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them could not be read cleanly (line numbers in red; hover for the reason).</source>
        <translation>
            <numerusform>%Ln de ellas no se pudo leer correctamente (números de línea en rojo; pase el cursor por encima para ver el motivo).</numerusform>
            <numerusform>%Ln de ellas no se pudieron leer correctamente (números de línea en rojo; pase el cursor por encima para ver el motivo).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::ImportSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>La importación se completó.</translation>
    </message>
    <message>
        <source>Imported 1 %1.</source>
        <translation type="vanished">Se importó 1 %1.</translation>
    </message>
    <message>
        <source>Imported %1 %2.</source>
        <translation type="vanished">Se importaron %1 %2.</translation>
    </message>
    <message>
        <source>They are on the Platform units tab of Unit Mapping, ready to be mapped to PMS units.</source>
        <translation>Están en la pestaña Unidades de la plataforma de Asignación de unidades, listas para asignarse a unidades del PMS.</translation>
    </message>
    <message>
        <source>They are listed on Owners &amp; Service Providers, where Export CSV writes them back out.</source>
        <translation>Aparecen en Propietarios y proveedores, donde Exportar CSV los vuelve a exportar.</translation>
    </message>
    <message>
        <source>Every row of &lt;b&gt;%1&lt;/b&gt; was added in one transaction. Existing %2 were not changed: an import only adds.&lt;br&gt;&lt;br&gt;%3</source>
        <translation type="vanished">Todas las filas de &lt;b&gt;%1&lt;/b&gt; se añadieron en una sola transacción. No se modificaron %2 existentes: una importación solo añade.&lt;br&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>The import did not complete.</source>
        <translation>La importación no se completó.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>no rows were written</source>
        <translation>no se escribió ninguna fila</translation>
    </message>
    <message>
        <source>The cache is unchanged: %1.&lt;br&gt;Fix the problem and run the import again; the file &lt;b&gt;%2&lt;/b&gt; can be imported as it is once the cause is gone.</source>
        <translation>La caché no ha cambiado: %1.&lt;br&gt;Corrija el problema y vuelva a ejecutar la importación; el archivo &lt;b&gt;%2&lt;/b&gt; se puede importar tal como está una vez resuelta la causa.</translation>
    </message>
    <message>
        <source>Existing %1 were not changed: an import of platform units only adds.</source>
        <translation>Las %1 existentes no se cambiaron: una importación de unidades de plataforma solo añade.</translation>
    </message>
    <message>
        <source>Lines with an external reference already in the cache updated that %1; the others were added.</source>
        <translation>Las líneas con una referencia externa ya presente en la caché actualizaron ese %1; las demás se añadieron.</translation>
    </message>
    <message>
        <source>Every row of &lt;b&gt;%1&lt;/b&gt; was written in one transaction. %2&lt;br&gt;&lt;br&gt;%3</source>
        <translation>Todas las filas de &lt;b&gt;%1&lt;/b&gt; se escribieron en una sola transacción. %2&lt;br&gt;&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>pms::ImportSupport</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Referencia externa</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Oficio</translation>
    </message>
    <message>
        <source>Insurance expires</source>
        <translation>Vencimiento del seguro</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propietarios</translation>
    </message>
    <message>
        <source>Service Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Platform Units</source>
        <translation>Unidades de plataforma</translation>
    </message>
    <message>
        <source>service provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>service providers</source>
        <translation>proveedores</translation>
    </message>
    <message>
        <source>Nothing changed: the 1 %1 in the file is already in the cache as it is.</source>
        <translation>Nada cambió: el 1 %1 del archivo ya está en la caché tal cual.</translation>
    </message>
    <message>
        <source>Nothing changed: the %1 %2 in the file are already in the cache as they are.</source>
        <translation>Nada cambió: los %1 %2 del archivo ya están en la caché tal cual.</translation>
    </message>
    <message>
        <source>Imported 1 %1</source>
        <translation>Se importó 1 %1</translation>
    </message>
    <message>
        <source>Imported %1 %2</source>
        <translation>Se importaron %1 %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 añadidos</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 actualizados</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 sin cambios</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>a date, YYYY-MM-DD</source>
        <translation>una fecha, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pms::ImportValidatePage</name>
    <message>
        <source>Check every line</source>
        <translation>Comprobar cada línea</translation>
    </message>
    <message>
        <source>Each line is checked against the fields and against what the cache already holds. Nothing is written in this step.</source>
        <translation>Cada línea se comprueba con los campos y con lo que ya contiene la caché. En este paso no se escribe nada.</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>Cancelar comprobación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Save errors as CSV…</source>
        <translation>&amp;Guardar errores como CSV…</translation>
    </message>
    <message>
        <source>One line per problem: line, column, reason; to fix the file with</source>
        <translation>Una línea por problema: línea, columna, motivo; para corregir el archivo con ella</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar &amp;de nuevo</translation>
    </message>
    <message>
        <source>Read the file again, e.g. after fixing it</source>
        <translation>Volver a leer el archivo, p. ej. después de corregirlo</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning: the line is imported anyway</source>
        <translation>Advertencia: la línea se importa igualmente</translation>
    </message>
    <message>
        <source>(whole line)</source>
        <translation>(línea completa)</translation>
    </message>
    <message>
        <source>1 warning below: it does not stop the import.</source>
        <translation>1 advertencia abajo: no detiene la importación.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings below: they do not stop the import.</source>
        <translation>
            <numerusform>%Ln advertencia abajo: no detiene la importación.</numerusform>
            <numerusform>%Ln advertencias abajo: no detienen la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>The check was cancelled before the end of the file. Click Check again to run it, or go back.</source>
        <translation>La comprobación se canceló antes del final del archivo. Haga clic en Comprobar de nuevo para ejecutarla, o vuelva atrás.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errores</translation>
    </message>
    <message>
        <source>%1 in %2 — nothing will be imported.</source>
        <translation>%1 en %2 — no se importará nada.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Se muestran los primeros %1.</translation>
    </message>
    <message>
        <source>Fix the lines listed below in the file (or go back and change the column mapping), save the file, then click Check again.</source>
        <translation>Corrija en el archivo las líneas indicadas abajo (o vuelva atrás y cambie la asignación de columnas), guarde el archivo y haga clic en Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas para importar.</translation>
    </message>
    <message>
        <source>The row is good and ready to import.</source>
        <translation>La fila es correcta y está lista para importar.</translation>
    </message>
    <message>
        <source>All %1 are good and ready to import.</source>
        <translation>Todas las %1 son correctas y están listas para importar.</translation>
    </message>
    <message>
        <source>Save Errors as CSV</source>
        <translation>Guardar errores como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
</context>
<context>
    <name>pms::ImportWizard</name>
    <message>
        <source>Import %1 from CSV</source>
        <translation>Importar %1 desde CSV</translation>
    </message>
</context>
<context>
    <name>pms::KeychainSecretStore</name>
    <message>
        <source>The client secret could not be removed from the system keychain (%1).</source>
        <translation>No se pudo eliminar el secreto de cliente del llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>pms::LeasesModel</name>
    <message>
        <source>PMS ID</source>
        <translation>ID del PMS</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Base rent</source>
        <translation>Renta base</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>PMS unit ID</source>
        <translation>ID de unidad del PMS</translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation>ID de propiedad del PMS</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation>Propiedad (ID local)</translation>
    </message>
</context>
<context>
    <name>pms::LeasesPage</name>
    <message>
        <source>Search lease name, status, PMS lease ID</source>
        <translation>Buscar nombre del contrato, estado, ID de contrato del PMS</translation>
    </message>
    <message>
        <source>No leases yet — leases sync once a day at 23:30 UTC, or run a sync from the toolbar.</source>
        <translation>Aún no hay contratos — los contratos se sincronizan una vez al día a las 23:30 UTC, o ejecute una sincronización desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>No leases match the search and filters.</source>
        <translation>Ningún contrato coincide con la búsqueda y los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln leases</source>
        <translation>
            <numerusform>%L1 de %Ln contrato</numerusform>
            <numerusform>%L1 de %Ln contratos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 lease</source>
        <translation>1 contrato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln leases</source>
        <translation>
            <numerusform>%Ln contrato</numerusform>
            <numerusform>%Ln contratos</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
</context>
<context>
    <name>pms::ListJob</name>
    <message numerus="yes">
        <source>Stopped reading %1 from the PMS after %n page(s) because the list did not come to an end (the PMS reported %2). The records received so far were kept; try again later.</source>
        <translation>
            <numerusform>Se dejó de leer %1 del PMS tras %n página porque la lista no terminaba (el PMS indicó %2). Se conservaron los registros recibidos; inténtelo más tarde.</numerusform>
            <numerusform>Se dejó de leer %1 del PMS tras %n páginas porque la lista no terminaba (el PMS indicó %2). Se conservaron los registros recibidos; inténtelo más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PMS sends at most %n record(s) per page; paging in that size.</source>
        <translation>
            <numerusform>El PMS envía como mucho %n registro por página; se pagina con ese tamaño.</numerusform>
            <numerusform>El PMS envía como mucho %n registros por página; se pagina con ese tamaño.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PMS stopped sending %1 after %2 of the %3 it reported (it sent an empty page). The records received so far were kept; try again later.</source>
        <translation>El PMS dejó de enviar %1 tras %2 de los %3 que indicó (envió una página vacía). Se conservaron los registros recibidos; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The PMS stopped sending %1 before the end of the list (%2 of the %3 it reported). The records received so far were kept; try again later.</source>
        <translation>El PMS dejó de enviar %1 antes del final de la lista (%2 de los %3 que indicó). Se conservaron los registros recibidos; inténtelo más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>The PMS kept sending the same %1 page after page, so reading stopped after %n request(s). The records received so far were kept.</source>
        <translation>
            <numerusform>El PMS enviaba la misma página de %1 una y otra vez, así que la lectura se detuvo tras %n solicitud. Se conservaron los registros recibidos.</numerusform>
            <numerusform>El PMS enviaba la misma página de %1 una y otra vez, así que la lectura se detuvo tras %n solicitudes. Se conservaron los registros recibidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PMS reported %1 %2 but sent only %3 of them, the same on every try. The records received were kept; the rest may appear in a later sync.</source>
        <translation>El PMS indicó %1 %2 pero solo envió %3, lo mismo en cada intento. Se conservaron los registros recibidos; el resto puede llegar en una sincronización posterior.</translation>
    </message>
    <message>
        <source>The list of %1 kept changing while it was read; records added during the sync may only arrive with the next one.</source>
        <translation>La lista de %1 cambió mientras se leía; los registros añadidos durante la sincronización pueden llegar solo con la siguiente.</translation>
    </message>
</context>
<context>
    <name>pms::MainWindow</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
    <message>
        <source>Sync cancelled; what was synced so far is kept.</source>
        <translation>Sincronización cancelada; se conserva lo sincronizado hasta ahora.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Initial sync (everything)</source>
        <translation>Sincronización &amp;inicial (todo)</translation>
    </message>
    <message>
        <source>I&amp;ncremental sync (recent changes)</source>
        <translation>Sincronización i&amp;ncremental (cambios recientes)</translation>
    </message>
    <message>
        <source>&amp;Leases</source>
        <translation>&amp;Contratos</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync the recent changes now (F5); the arrow offers the other kinds</source>
        <translation>Sincroniza ahora los cambios recientes (F5); la flecha ofrece los demás tipos</translation>
    </message>
    <message>
        <source>&amp;About PMS Bridge</source>
        <translation>&amp;Acerca de PMS Bridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The connection (PMS account) the screens show</source>
        <translation>La conexión (cuenta del PMS) que muestran las pantallas</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>Enter the client secret of this connection to sync it.</source>
        <translation>Introduzca el secreto de cliente de esta conexión para sincronizarla.</translation>
    </message>
    <message>
        <source>The demo opens in a new window with its own cache.</source>
        <translation>La demostración se abre en una ventana nueva con su propia caché.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <source>Could not start the demo. Run 'pmsbridge demo' in a terminal.</source>
        <translation>No se pudo iniciar la demostración. Ejecute 'pmsbridge demo' en un terminal.</translation>
    </message>
    <message>
        <source>Connected to the built-in simulator at %1.</source>
        <translation>Conectado al simulador integrado en %1.</translation>
    </message>
    <message>
        <source>PMS Bridge</source>
        <translation>PMS Bridge</translation>
    </message>
</context>
<context>
    <name>pms::ManualSwitch</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Unit “%1” (PMS id %2) disabled by hand; syncs and reconciliation will not re-activate it.</source>
        <translation>Unidad “%1” (id en el PMS %2) desactivada a mano; ni las sincronizaciones ni la conciliación la reactivarán.</translation>
    </message>
    <message>
        <source>Unit “%1” (PMS id %2) enabled by hand.</source>
        <translation>Unidad “%1” (id en el PMS %2) activada a mano.</translation>
    </message>
    <message>
        <source>Unit “%1” (PMS id %2) enabled by hand; it stays inactive because the PMS lists it as inactive.</source>
        <translation>Unidad “%1” (id en el PMS %2) activada a mano; sigue inactiva porque el PMS la tiene como inactiva.</translation>
    </message>
    <message>
        <source>Property “%1” (PMS id %2) disabled by hand; syncs will not re-activate it.</source>
        <translation>Inmueble “%1” (id en el PMS %2) desactivado a mano; las sincronizaciones no lo reactivarán.</translation>
    </message>
    <message>
        <source>Property “%1” (PMS id %2) enabled by hand.</source>
        <translation>Inmueble “%1” (id en el PMS %2) activado a mano.</translation>
    </message>
    <message>
        <source>Property “%1” (PMS id %2) enabled by hand; it stays inactive because the PMS lists it as inactive.</source>
        <translation>Inmueble “%1” (id en el PMS %2) activado a mano; sigue inactivo porque el PMS lo tiene como inactivo.</translation>
    </message>
</context>
<context>
    <name>pms::MappingRepository</name>
    <message>
        <source>There is no PMS unit with id %1 in the cache.</source>
        <translation>No hay ninguna unidad del PMS con id %1 en la caché.</translation>
    </message>
    <message>
        <source>unknown PMS unit %1 (no unit with that PMS id in connection %2)</source>
        <translation>unidad del PMS %1 desconocida (no hay ninguna unidad con ese id del PMS en la conexión %2)</translation>
    </message>
    <message>
        <source>unknown platform unit %1</source>
        <translation>unidad de plataforma %1 desconocida</translation>
    </message>
    <message>
        <source>unknown platform unit '%1'</source>
        <translation>unidad de plataforma '%1' desconocida</translation>
    </message>
</context>
<context>
    <name>pms::MappingService</name>
    <message>
        <source>Platform unit '%1' is already mapped to PMS unit %2. Remove that mapping first, or choose another.</source>
        <translation>La unidad de plataforma '%1' ya está asignada a la unidad del PMS %2. Quite antes esa asignación o elija otra.</translation>
    </message>
    <message>
        <source>Platform unit '%1' is already mapped to PMS unit %2 in %3. Remove that mapping first, or choose another.</source>
        <translation>La unidad de plataforma '%1' ya está asignada a la unidad del PMS %2 en %3. Quite antes esa asignación o elija otra.</translation>
    </message>
</context>
<context>
    <name>pms::NetworkSettings</name>
    <message>
        <source>The time to wait for a silent PMS must be between %1 and %2 seconds.</source>
        <translation>El tiempo de espera para un PMS en silencio debe estar entre %1 y %2 segundos.</translation>
    </message>
</context>
<context>
    <name>pms::OwnersModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>External ref</source>
        <translation>Ref. externa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>pms::OwnersPage</name>
    <message>
        <source>Search name, email, phone, address, reference</source>
        <translation>Buscar nombre, correo, teléfono, dirección, referencia</translation>
    </message>
    <message>
        <source>No owners yet — import a CSV file with Import Owners… (it offers a template to start from).</source>
        <translation type="vanished">Aún no hay propietarios — importe un archivo CSV con Importar propietarios… (ofrece una plantilla para empezar).</translation>
    </message>
    <message>
        <source>No owner matches the search.</source>
        <translation>Ningún propietario coincide con la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln owners</source>
        <translation>
            <numerusform>%L1 de %Ln propietario</numerusform>
            <numerusform>%L1 de %Ln propietarios</numerusform>
        </translation>
    </message>
    <message>
        <source>1 owner</source>
        <translation>1 propietario</translation>
    </message>
    <message numerus="yes">
        <source>%Ln owners</source>
        <translation>
            <numerusform>%Ln propietario</numerusform>
            <numerusform>%Ln propietarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, trade, email, phone, reference</source>
        <translation>Buscar nombre, oficio, correo, teléfono, referencia</translation>
    </message>
    <message>
        <source>No service providers yet — import a CSV file with Import Service Providers… (it offers a template).</source>
        <translation type="vanished">Aún no hay proveedores — importe un archivo CSV con Importar proveedores… (ofrece una plantilla).</translation>
    </message>
    <message>
        <source>No service provider matches the search.</source>
        <translation>Ningún proveedor coincide con la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln service providers</source>
        <translation>
            <numerusform>%L1 de %Ln proveedor</numerusform>
            <numerusform>%L1 de %Ln proveedores</numerusform>
        </translation>
    </message>
    <message>
        <source>1 service provider</source>
        <translation>1 proveedor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln service providers</source>
        <translation>
            <numerusform>%Ln proveedor</numerusform>
            <numerusform>%Ln proveedores</numerusform>
        </translation>
    </message>
    <message>
        <source>The people and companies who own the properties you manage. Not synced with the PMS: imported from CSV, shared by every connection.</source>
        <translation type="vanished">Las personas y empresas propietarias de las propiedades que administra. No se sincronizan con el PMS: se importan desde CSV y las comparten todas las conexiones.</translation>
    </message>
    <message>
        <source>&amp;Import Owners…</source>
        <translation>&amp;Importar propietarios…</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propietarios</translation>
    </message>
    <message>
        <source>Contractors and suppliers for maintenance work. Not synced with the PMS: imported from CSV, shared by every connection.</source>
        <translation type="vanished">Contratistas y suministradores para trabajos de mantenimiento. No se sincronizan con el PMS: se importan desde CSV y los comparten todas las conexiones.</translation>
    </message>
    <message>
        <source>I&amp;mport Service Providers…</source>
        <translation>Im&amp;portar proveedores…</translation>
    </message>
    <message>
        <source>Service Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Add rows from a CSV file: preview, column mapping, every bad line listed; nothing is written unless the whole file is good</source>
        <translation type="vanished">Añadir filas desde un archivo CSV: vista previa, asignación de columnas y lista de cada línea errónea; no se escribe nada a menos que todo el archivo sea correcto</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Imported 1 %1.</source>
        <translation type="vanished">Se importó 1 %1.</translation>
    </message>
    <message>
        <source>Imported %1 %2.</source>
        <translation type="vanished">Se importaron %1 %2.</translation>
    </message>
    <message>
        <source>No owners yet — add one with New Owner…, or import a CSV file with Import Owners… (it offers a template to start from).</source>
        <translation>Aún no hay propietarios: añada uno con Nuevo propietario… o importe un archivo CSV con Importar propietarios… (ofrece una plantilla para empezar).</translation>
    </message>
    <message>
        <source>No service providers yet — add one with New Service Provider…, or import a CSV file with Import Service Providers… (it offers a template).</source>
        <translation>Aún no hay proveedores: añada uno con Nuevo proveedor… o importe un archivo CSV con Importar proveedores… (ofrece una plantilla).</translation>
    </message>
    <message>
        <source>The people and companies who own the properties you manage. Not synced with the PMS: added here or imported from CSV, shared by every connection.</source>
        <translation>Las personas y empresas propietarias de los inmuebles que gestiona. No se sincronizan con el PMS: se añaden aquí o se importan de CSV, y las comparten todas las conexiones.</translation>
    </message>
    <message>
        <source>Contractors and suppliers for maintenance work. Not synced with the PMS: added here or imported from CSV, shared by every connection.</source>
        <translation>Contratistas y proveedores para trabajos de mantenimiento. No se sincronizan con el PMS: se añaden aquí o se importan de CSV, y las comparten todas las conexiones.</translation>
    </message>
    <message>
        <source>&amp;New Service Provider…</source>
        <translation>&amp;Nuevo proveedor…</translation>
    </message>
    <message>
        <source>&amp;New Owner…</source>
        <translation>&amp;Nuevo propietario…</translation>
    </message>
    <message>
        <source>Add one service provider by hand</source>
        <translation>Añadir un proveedor a mano</translation>
    </message>
    <message>
        <source>Add one owner by hand</source>
        <translation>Añadir un propietario a mano</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected row (or double-click it)</source>
        <translation>Cambiar la fila seleccionada (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <source>Add or update rows from a CSV file: preview, column mapping, every bad line listed; a line whose external reference is already here updates that row; nothing is written unless the whole file is good</source>
        <translation>Añadir o actualizar filas desde un archivo CSV: vista previa, asignación de columnas, cada línea errónea listada; una línea cuya referencia externa ya está aquí actualiza esa fila; no se escribe nada salvo que todo el archivo sea correcto</translation>
    </message>
    <message>
        <source>That service provider is no longer in the cache.</source>
        <translation>Ese proveedor ya no está en la caché.</translation>
    </message>
    <message>
        <source>That owner is no longer in the cache.</source>
        <translation>Ese propietario ya no está en la caché.</translation>
    </message>
    <message>
        <source>Added service provider %1.</source>
        <translation>Se añadió el proveedor %1.</translation>
    </message>
    <message>
        <source>Added owner %1.</source>
        <translation>Se añadió el propietario %1.</translation>
    </message>
    <message>
        <source>Saved service provider %1.</source>
        <translation>Se guardó el proveedor %1.</translation>
    </message>
    <message>
        <source>Saved owner %1.</source>
        <translation>Se guardó el propietario %1.</translation>
    </message>
</context>
<context>
    <name>pms::PageParser</name>
    <message>
        <source>the record is %1, not an object</source>
        <translation>el registro es %1, no un objeto</translation>
    </message>
    <message>
        <source>the record has no id</source>
        <translation>el registro no tiene id</translation>
    </message>
    <message>
        <source>the record's id is null</source>
        <translation>el id del registro es nulo</translation>
    </message>
    <message>
        <source>the record's id %1 is not a whole number</source>
        <translation>el id %1 del registro no es un número entero</translation>
    </message>
    <message>
        <source>the record's id %1 is not positive</source>
        <translation>el id %1 del registro no es positivo</translation>
    </message>
    <message>
        <source>the record's id %1 is too large</source>
        <translation>el id %1 del registro es demasiado grande</translation>
    </message>
    <message>
        <source>the record's id "%1" is not a positive whole number</source>
        <translation>el id "%1" del registro no es un número entero positivo</translation>
    </message>
    <message>
        <source>the record's id is not a number</source>
        <translation>el id del registro no es un número</translation>
    </message>
    <message>
        <source>the list was empty instead of a JSON array</source>
        <translation>la lista estaba vacía en lugar de ser una matriz JSON</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>JSON no válido en el byte %1 (%2)</translation>
    </message>
    <message>
        <source>a list was expected but the PMS sent a JSON object</source>
        <translation>se esperaba una lista pero el PMS envió un objeto JSON</translation>
    </message>
</context>
<context>
    <name>pms::PageRegistry</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residentes</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Work Orders</source>
        <translation>Órdenes de trabajo</translation>
    </message>
    <message>
        <source>Unit Mapping</source>
        <translation>Asignación de unidades</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Owners &amp; Service Providers</source>
        <translation>Propietarios y proveedores</translation>
    </message>
    <message>
        <source>Sync Activity</source>
        <translation>Actividad de sincronización</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitDialog</name>
    <message>
        <source>Edit Platform Unit</source>
        <translation>Editar unidad de la plataforma</translation>
    </message>
    <message>
        <source>New Platform Unit</source>
        <translation>Nueva unidad de la plataforma</translation>
    </message>
    <message>
        <source>e.g. A-1203</source>
        <translation>p. ej., A-1203</translation>
    </message>
    <message>
        <source>e.g. Maple Court, or 123 Oak St</source>
        <translation>p. ej., Maple Court o 123 Oak St</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>opcional, única</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Edificio:</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Planta:</translation>
    </message>
    <message>
        <source>E&amp;xternal reference:</source>
        <translation>Referencia e&amp;xterna:</translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitEditQueries</name>
    <message>
        <source>There is no platform unit with id %1.</source>
        <translation>No hay ninguna unidad de plataforma con id %1.</translation>
    </message>
    <message>
        <source>A platform unit needs a name.</source>
        <translation>Una unidad de plataforma necesita un nombre.</translation>
    </message>
    <message>
        <source>The external reference '%1' is already used by platform unit '%2'.</source>
        <translation>La referencia externa '%1' ya la usa la unidad de plataforma '%2'.</translation>
    </message>
    <message>
        <source>There is already a platform unit '%1' without a building.</source>
        <translation>Ya hay una unidad de plataforma '%1' sin edificio.</translation>
    </message>
    <message>
        <source>There is already a platform unit '%1' in %2.</source>
        <translation>Ya hay una unidad de plataforma '%1' en %2.</translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitModel</name>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>Mapped to PMS unit %1</source>
        <translation>Asignada a la unidad del PMS %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Referencia externa</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Asignada a</translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitPicker</name>
    <message>
        <source>Type to search platform units</source>
        <translation>Escriba para buscar unidades de la plataforma</translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitsPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importar desde CSV…</translation>
    </message>
    <message>
        <source>Search platform units</source>
        <translation>Buscar unidades de la plataforma</translation>
    </message>
    <message>
        <source>%1 platform units, %2 available</source>
        <translation>%1 unidades de la plataforma, %2 disponibles</translation>
    </message>
    <message>
        <source>Platform unit created.</source>
        <translation>Unidad de la plataforma creada.</translation>
    </message>
    <message>
        <source>Platform unit saved.</source>
        <translation>Unidad de la plataforma guardada.</translation>
    </message>
    <message>
        <source>Platform unit '%1' is mapped to PMS unit %2.</source>
        <translation>La unidad de la plataforma '%1' está asignada a la unidad del PMS %2.</translation>
    </message>
    <message>
        <source>Platform unit '%1' is mapped to PMS unit %2 in %3.</source>
        <translation>La unidad de la plataforma '%1' está asignada a la unidad del PMS %2 en %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident is assigned to it.</source>
        <translation>
            <numerusform>Tiene %n residente asignado.</numerusform>
            <numerusform>Tiene %n residentes asignados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents are assigned to it.</source>
        <translation>
            <numerusform>Tiene %n residente asignado.</numerusform>
            <numerusform>Tiene %n residentes asignados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it together with its mapping? This cannot be undone.</source>
        <translation>¿Eliminarla junto con su asignación? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Platform Unit</source>
        <translation>Eliminar unidad de la plataforma</translation>
    </message>
    <message>
        <source>Platform unit '%1' deleted.</source>
        <translation>Unidad de la plataforma '%1' eliminada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n platform unit.</source>
        <translation>
            <numerusform>Se importó %n unidad de la plataforma.</numerusform>
            <numerusform>Se importaron %n unidades de la plataforma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n platform units.</source>
        <translation>
            <numerusform>Se importó %n unidad de la plataforma.</numerusform>
            <numerusform>Se importaron %n unidades de la plataforma.</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform units yet. Create them one at a time with New…, or many at once from a CSV file with Import from CSV…; then map them to PMS units on the Editor tab.</source>
        <translation>Aún no hay unidades de plataforma. Créelas de una en una con Nuevo…, o muchas a la vez desde un archivo CSV con Importar desde CSV…; después asígnelas a unidades del PMS en la pestaña Editor.</translation>
    </message>
</context>
<context>
    <name>pms::PropertiesModel</name>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation>ID del PMS</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abreviatura</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation>Correo del administrador</translation>
    </message>
    <message>
        <source>Manager user ID</source>
        <translation>ID de usuario del administrador</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Disabled by hand</source>
        <translation>Deshabilitada manualmente</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>PMS portfolio ID</source>
        <translation>ID de cartera del PMS</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Disabled by hand: a sync never re-activates it.</source>
        <translation>Deshabilitada manualmente: una sincronización nunca la reactiva.</translation>
    </message>
    <message>
        <source>Inactive in the PMS or deactivated by reconciliation.</source>
        <translation>Inactiva en el PMS o desactivada por la conciliación.</translation>
    </message>
</context>
<context>
    <name>pms::PropertiesPage</name>
    <message>
        <source>Search name, PMS ID, address, city, manager</source>
        <translation>Buscar nombre, ID del PMS, dirección, ciudad, administrador</translation>
    </message>
    <message>
        <source>No properties yet — run a sync from the toolbar.</source>
        <translation>Aún no hay propiedades — ejecute una sincronización desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>No properties match the search and filters.</source>
        <translation>Ninguna propiedad coincide con la búsqueda y los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln properties</source>
        <translation>
            <numerusform>%L1 de %Ln propiedad</numerusform>
            <numerusform>%L1 de %Ln propiedades</numerusform>
        </translation>
    </message>
    <message>
        <source>1 property</source>
        <translation>1 propiedad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln properties</source>
        <translation>
            <numerusform>%Ln propiedad</numerusform>
            <numerusform>%Ln propiedades</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a property to see its units and its log.</source>
        <translation>Seleccione una propiedad para ver sus unidades y su registro.</translation>
    </message>
    <message>
        <source>Search unit, PMS ID, address</source>
        <translation>Buscar unidad, ID del PMS, dirección</translation>
    </message>
    <message>
        <source>Select a property to see its units.</source>
        <translation>Seleccione una propiedad para ver sus unidades.</translation>
    </message>
    <message>
        <source>No unit matches the search.</source>
        <translation>Ninguna unidad coincide con la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln units</source>
        <translation>
            <numerusform>%L1 de %Ln unidad</numerusform>
            <numerusform>%L1 de %Ln unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln units</source>
        <translation>
            <numerusform>%Ln unidad</numerusform>
            <numerusform>%Ln unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Nothing logged for this property yet.</source>
        <translation>Aún no hay nada registrado para esta propiedad.</translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation>Ninguna entrada del registro coincide con la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln log entries</source>
        <translation>
            <numerusform>%L1 de %Ln entrada del registro</numerusform>
            <numerusform>%L1 de %Ln entradas del registro</numerusform>
        </translation>
    </message>
    <message>
        <source>1 log entry</source>
        <translation>1 entrada del registro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln log entries</source>
        <translation>
            <numerusform>%Ln entrada del registro</numerusform>
            <numerusform>%Ln entradas del registro</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Units (%L1)</source>
        <translation>Unidades (%L1)</translation>
    </message>
    <message>
        <source>Log (%L1)</source>
        <translation>Registro (%L1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Properties and units come from Propertyware and are read-only here while this connection is active (R9): add or change them in Propertyware, then sync.</source>
        <translation type="vanished">Las propiedades y unidades provienen de Propertyware y aquí son de solo lectura mientras esta conexión esté activa (R9): añádalas o modifíquelas en Propertyware y luego sincronice.</translation>
    </message>
    <message>
        <source>Properties and units come from Propertyware and are read-only here while this connection is active: add or change them in Propertyware, then sync.</source>
        <translation>Las propiedades y unidades provienen de Propertyware y aquí son de solo lectura mientras esta conexión esté activa: añádalas o modifíquelas en Propertyware y luego sincronice.</translation>
    </message>
</context>
<context>
    <name>pms::PropertyFilterCombo</name>
    <message>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
    <message>
        <source>Show only one property's rows</source>
        <translation>Mostrar solo las filas de una propiedad</translation>
    </message>
</context>
<context>
    <name>pms::PropertyLogModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation>Propiedad (ID local)</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitación</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitación</translation>
    </message>
    <message>
        <source>Reappeared</source>
        <translation>Reaparición</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edición</translation>
    </message>
</context>
<context>
    <name>pms::PropertywareClient</name>
    <message>
        <source>The PMS base URL "%1" is not a valid web address. It looks like https://api.propertyware.com/pw/api/rest/v1.</source>
        <translation>La URL base del PMS "%1" no es una dirección web válida. Tiene este aspecto: https://api.propertyware.com/pw/api/rest/v1.</translation>
    </message>
    <message>
        <source>The PMS base URL must start with https:// so the client secret is encrypted on the way. Plain http is only allowed for this computer (localhost). Change "%1" to https://%2 in Settings.</source>
        <translation>La URL base del PMS debe empezar por https:// para que el secreto de cliente viaje cifrado. http sin cifrar solo se admite para este equipo (localhost). Cambie "%1" por https://%2 en Configuración.</translation>
    </message>
    <message>
        <source>The PMS base URL "%1" must start with https://.</source>
        <translation>La URL base del PMS "%1" debe empezar por https://.</translation>
    </message>
    <message>
        <source>The file "%1" does not exist.</source>
        <translation>El archivo "%1" no existe.</translation>
    </message>
    <message>
        <source>The file "%1" is too large to upload (%2 MB; at most %3 MB).</source>
        <translation>El archivo "%1" es demasiado grande para subirlo (%2 MB; como máximo %3 MB).</translation>
    </message>
    <message>
        <source>Cannot read the file "%1": %2</source>
        <translation>No se puede leer el archivo "%1": %2</translation>
    </message>
</context>
<context>
    <name>pms::ReconcileCsvExport</name>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation>No se puede abrir la caché: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>pms::ReconcileEngine</name>
    <message>
        <source>Reconciliation is already running; wait for it to finish.</source>
        <translation>La conciliación ya está en marcha; espere a que termine.</translation>
    </message>
    <message>
        <source>No client secret for this connection: enter it in Settings.</source>
        <translation>No hay secreto de cliente para esta conexión: introdúzcalo en Configuración.</translation>
    </message>
    <message>
        <source>cannot record the run</source>
        <translation>no se puede registrar la ejecución</translation>
    </message>
    <message>
        <source>Cancelled; nothing was deactivated.</source>
        <translation>Cancelada; no se desactivó nada.</translation>
    </message>
    <message>
        <source>The PMS unit list could not be read completely (%1); nothing was deactivated.</source>
        <translation>No se pudo leer completa la lista de unidades del PMS (%1); no se desactivó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit record(s) without a usable id</source>
        <translation>
            <numerusform>%n registro de unidad sin un id utilizable</numerusform>
            <numerusform>%n registros de unidad sin un id utilizable</numerusform>
        </translation>
    </message>
    <message>
        <source>the last sync failed: %1</source>
        <translation>la última sincronización falló: %1</translation>
    </message>
    <message>
        <source>Stopped for confirmation: %1</source>
        <translation>Detenida para confirmación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n unit(s) would be deactivated.</source>
        <translation>
            <numerusform>Vista previa: se desactivaría %n unidad.</numerusform>
            <numerusform>Vista previa: se desactivarían %n unidades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::ReconcileItemsModel</name>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Would deactivate</source>
        <translation>Se desactivaría</translation>
    </message>
    <message>
        <source>Back in the PMS</source>
        <translation>De nuevo en el PMS</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>Edificio %1</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>PMS unit %1 in PMS building %2</source>
        <translation>Unidad del PMS %1 en el edificio del PMS %2</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>pms::ReconcilePlan</name>
    <message>
        <source>%n of %1 active units (%2 %) would be deactivated, more than the %3 % allowed without confirmation.</source>
        <translation>Se desactivarían %n de %1 unidades activas (%2 %), más del %3 % permitido sin confirmación.</translation>
    </message>
    <message>
        <source>building %1</source>
        <translation>edificio %1</translation>
    </message>
    <message>
        <source>Every active unit of %1 (%n) would be deactivated.</source>
        <translation>Se desactivarían todas las unidades activas de %1 (%n).</translation>
    </message>
    <message>
        <source>Every active unit of %1 (%n) would be deactivated after a PMS error (%2).</source>
        <translation>Se desactivarían todas las unidades activas de %1 (%n) tras un error del PMS (%2).</translation>
    </message>
</context>
<context>
    <name>pms::ReconcilePreviewDialog</name>
    <message>
        <source>Reconciliation preview</source>
        <translation>Vista previa de la conciliación</translation>
    </message>
    <message>
        <source>All %1 active units are still in the PMS unit list: nothing would be deactivated. Confirm to record the run.</source>
        <translation>Las %1 unidades activas siguen en la lista de unidades del PMS: no se desactivaría nada. Confirme para registrar la ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n active unit(s) no longer in the PMS unit list would be deactivated (%1 units checked, %2 in the PMS). Each deactivation is logged on its property and can be undone later with Restore.</source>
        <translation>
            <numerusform>Se desactivaría %n unidad activa que ya no está en la lista de unidades del PMS (%1 unidades comprobadas, %2 en el PMS). Cada desactivación se registra en su propiedad y puede deshacerse más tarde con Restaurar.</numerusform>
            <numerusform>Se desactivarían %n unidades activas que ya no están en la lista de unidades del PMS (%1 unidades comprobadas, %2 en el PMS). Cada desactivación se registra en su propiedad y puede deshacerse más tarde con Restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The safety guard stopped this run.&lt;/b&gt; %1&lt;br&gt;A PMS outage can look like units disappearing: check the list before you confirm.</source>
        <translation>&lt;b&gt;La protección de seguridad detuvo esta ejecución.&lt;/b&gt; %1&lt;br&gt;Una caída del PMS puede parecer una desaparición de unidades: revise la lista antes de confirmar.</translation>
    </message>
    <message>
        <source>Property / unit</source>
        <translation>Propiedad / unidad</translation>
    </message>
    <message>
        <source>Active units</source>
        <translation>Unidades activas</translation>
    </message>
    <message>
        <source>Would be deactivated</source>
        <translation>Se desactivaría</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>Edificio %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PMS unit %1</source>
        <translation>Unidad del PMS %1</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n unit(s)</source>
        <translation>
            <numerusform>Desactivar %n unidad</numerusform>
            <numerusform>Desactivar %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>I checked the list: deactivate these units anyway</source>
        <translation>He revisado la lista: desactivar estas unidades de todos modos</translation>
    </message>
</context>
<context>
    <name>pms::ReconcileReviewModel</name>
    <message>
        <source>PMS unit %1: deactivated by reconciliation (snapshot %2), listed in the PMS again.</source>
        <translation>Unidad del PMS %1: desactivada por la conciliación (instantánea %2), de nuevo en la lista del PMS.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>pms::ReconcileSnapshotsModel</name>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation>Requiere confirmación</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Ejecutar ahora</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Snapshot %1, %2</source>
        <translation>Instantánea %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) would be deactivated</source>
        <translation>
            <numerusform>Se desactivaría %n unidad</numerusform>
            <numerusform>Se desactivarían %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobadas</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivadas</translation>
    </message>
</context>
<context>
    <name>pms::ReconcileWorker</name>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>Interrupted (the app stopped during the run); nothing was deactivated.</source>
        <translation>Interrumpida (la aplicación se detuvo durante la ejecución); no se desactivó nada.</translation>
    </message>
    <message>
        <source>Reconciliation is running; confirm when it has finished.</source>
        <translation>La conciliación está en marcha; confirme cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>pms::Reconciler</name>
    <message>
        <source>Superseded by snapshot %1 before it was confirmed.</source>
        <translation>Sustituida por la instantánea %1 antes de confirmarse.</translation>
    </message>
    <message>
        <source>Snapshot %1 belongs to another connection.</source>
        <translation>La instantánea %1 pertenece a otra conexión.</translation>
    </message>
    <message>
        <source>Snapshot %1 is not a preview waiting for confirmation (it is %2).</source>
        <translation>La instantánea %1 no es una vista previa pendiente de confirmación (está en %2).</translation>
    </message>
    <message>
        <source>Reconciliation ran again after this preview; run it once more to see what it would deactivate now.</source>
        <translation>La conciliación se ejecutó de nuevo después de esta vista previa; ejecútela otra vez para ver qué desactivaría ahora.</translation>
    </message>
    <message>
        <source>%n previewed unit(s) had changed since the preview and were left as they are.</source>
        <translation>%n unidad(es) de la vista previa habían cambiado desde entonces y se dejaron como estaban.</translation>
    </message>
    <message>
        <source>Preview confirmed: %n unit(s) deactivated.</source>
        <translation>Vista previa confirmada: %n unidad(es) desactivada(s).</translation>
    </message>
    <message>
        <source>%1 restored by hand; reconciliation (snapshot %2) had deactivated it.</source>
        <translation>%1 restaurada a mano; la conciliación (instantánea %2) la había desactivado.</translation>
    </message>
    <message>
        <source>%1 restored by hand after reconciliation had deactivated it.</source>
        <translation>%1 restaurada a mano después de que la conciliación la desactivara.</translation>
    </message>
    <message>
        <source>%1 reviewed: it stays deactivated although the PMS lists it again.</source>
        <translation>%1 revisada: sigue desactivada aunque el PMS vuelva a listarla.</translation>
    </message>
</context>
<context>
    <name>pms::ReconciliationPage</name>
    <message numerus="yes">
        <source>%n unit(s) exported to %1.</source>
        <translation>
            <numerusform>%n unidad exportada a %1.</numerusform>
            <numerusform>%n unidades exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Reading the PMS unit list: page %1 of %2…</source>
        <translation>Leyendo la lista de unidades del PMS: página %1 de %2…</translation>
    </message>
    <message>
        <source>Reading the PMS unit list…</source>
        <translation>Leyendo la lista de unidades del PMS…</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Units the PMS no longer lists are deactivated once a month; nothing is deleted.</source>
        <translation>Las unidades que el PMS ya no incluye se desactivan una vez al mes; no se elimina nada.</translation>
    </message>
    <message>
        <source>Run now…</source>
        <translation>Ejecutar ahora…</translation>
    </message>
    <message>
        <source>Compare with the PMS now and preview what would be deactivated</source>
        <translation>Comparar ahora con el PMS y ver una vista previa de lo que se desactivaría</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>The units the selected run deactivated (or the latest run's), as CSV</source>
        <translation>Las unidades que desactivó la ejecución seleccionada (o la más reciente), en CSV</translation>
    </message>
    <message>
        <source>Review and confirm…</source>
        <translation>Revisar y confirmar…</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>Units of the selected run</source>
        <translation>Unidades de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Filter by property, unit, address or PMS id</source>
        <translation>Filtrar por propiedad, unidad, dirección o ID del PMS</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Restaurar seleccionadas</translation>
    </message>
    <message>
        <source>Make the selected deactivated units active again (logged on their property)</source>
        <translation>Volver a activar las unidades desactivadas seleccionadas (se registra en su propiedad)</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Deactivated by reconciliation and listed in the PMS again: they stay inactive until you decide.</source>
        <translation>Desactivadas por la conciliación y de nuevo en la lista del PMS: siguen inactivas hasta que usted decida.</translation>
    </message>
    <message>
        <source>Keep deactivated</source>
        <translation>Mantener desactivadas</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation>No se puede abrir la caché %1.</translation>
    </message>
    <message>
        <source>Cannot read the reconciliation history: %1</source>
        <translation>No se puede leer el historial de conciliación: %1</translation>
    </message>
    <message>
        <source>Needs review (%1)</source>
        <translation>Requiere revisión (%1)</translation>
    </message>
    <message>
        <source>The run of %1 stopped before deactivating anything: %2</source>
        <translation>La ejecución de %1 se detuvo antes de desactivar nada: %2</translation>
    </message>
    <message>
        <source>No PMS connection yet: add one in Settings, then reconciliation can run.</source>
        <translation>Todavía no hay ninguna conexión al PMS: agregue una en Configuración y luego podrá ejecutarse la conciliación.</translation>
    </message>
    <message>
        <source>Units of the run of %1 (%2, %3)</source>
        <translation>Unidades de la ejecución de %1 (%2, %3)</translation>
    </message>
    <message>
        <source>No reconciliation has run yet</source>
        <translation>Todavía no se ha ejecutado ninguna conciliación</translation>
    </message>
    <message>
        <source>Reconciliation needs the sync engine, which is not running in this window.</source>
        <translation>La conciliación necesita el motor de sincronización, que no se está ejecutando en esta ventana.</translation>
    </message>
    <message>
        <source>Run reconciliation</source>
        <translation>Ejecutar conciliación</translation>
    </message>
    <message>
        <source>The client secret of this connection is not available in this session. Enter it in Settings, then run reconciliation again.</source>
        <translation>El secreto de cliente de esta conexión no está disponible en esta sesión. Introdúzcalo en Configuración y vuelva a ejecutar la conciliación.</translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation>Conciliación detenida: %1</translation>
    </message>
    <message>
        <source>Nothing was deactivated: %1</source>
        <translation>No se desactivó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) deactivated and logged on their properties.</source>
        <translation>
            <numerusform>%n unidad desactivada y registrada en su propiedad.</numerusform>
            <numerusform>%n unidades desactivadas y registradas en sus propiedades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) had changed since the preview and were left as they are.</source>
        <translation>
            <numerusform>%n unidad había cambiado desde la vista previa y se dejó como estaba.</numerusform>
            <numerusform>%n unidades habían cambiado desde la vista previa y se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <source>Nothing was deactivated. The preview is kept in the list of runs (snapshot %1).</source>
        <translation type="vanished">No se desactivó nada. La vista previa se conserva en la lista de ejecuciones (instantánea %1).</translation>
    </message>
    <message>
        <source>Restore units</source>
        <translation>Restaurar unidades</translation>
    </message>
    <message numerus="yes">
        <source>Make %n unit(s) active again? Each restoration is logged on its property. A unit the PMS still does not list is deactivated again by the next run.</source>
        <translation>
            <numerusform>¿Reactivar %n unidad? Cada restauración se registra en su propiedad. Una unidad que el PMS siga sin listar se desactivará de nuevo en la próxima ejecución.</numerusform>
            <numerusform>¿Reactivar %n unidades? Cada restauración se registra en su propiedad. Una unidad que el PMS siga sin listar se desactivará de nuevo en la próxima ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation>No se puede restaurar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) restored; each is logged on its property.</source>
        <translation>
            <numerusform>%n unidad restaurada; queda registrada en su propiedad.</numerusform>
            <numerusform>%n unidades restauradas; cada una queda registrada en su propiedad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update the units: %1</source>
        <translation>No se pueden actualizar las unidades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept deactivated and off the review list: %n unit(s).</source>
        <translation>
            <numerusform>Se mantiene desactivada y fuera de la lista de revisión: %n unidad.</numerusform>
            <numerusform>Se mantienen desactivadas y fuera de la lista de revisión: %n unidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deactivated units</source>
        <translation>Exportar unidades desactivadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Nothing was deactivated. The run is still waiting for confirmation: Review and confirm shows it again.</source>
        <translation>No se desactivó nada. La ejecución sigue esperando confirmación: Revisar y confirmar la vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Nothing was deactivated, but the preview could not be removed: %1</source>
        <translation>No se desactivó nada, pero no se pudo eliminar la vista previa: %1</translation>
    </message>
    <message>
        <source>Nothing was deactivated.</source>
        <translation>No se desactivó nada.</translation>
    </message>
</context>
<context>
    <name>pms::ReconciliationRepository</name>
    <message>
        <source>There is no reconciliation snapshot with id %1.</source>
        <translation>No hay ninguna instantánea de conciliación con id %1.</translation>
    </message>
    <message>
        <source>The unit is no longer in the cache.</source>
        <translation>La unidad ya no está en la caché.</translation>
    </message>
    <message>
        <source>There is no unit with PMS id %1 in the cache; run a sync first or check the id.</source>
        <translation>No hay ninguna unidad con id del PMS %1 en la caché; ejecute antes una sincronización o revise el id.</translation>
    </message>
    <message>
        <source>There is no property with PMS id %1 in the cache; run a sync first or check the id.</source>
        <translation>No hay ningún inmueble con id del PMS %1 en la caché; ejecute antes una sincronización o revise el id.</translation>
    </message>
    <message>
        <source>The share of units reconciliation may deactivate without asking must be between 0 % and 100 %.</source>
        <translation>La proporción de unidades que la conciliación puede desactivar sin preguntar debe estar entre el 0 % y el 100 %.</translation>
    </message>
</context>
<context>
    <name>pms::RecordApplier</name>
    <message>
        <source>The PMS sent a record that could not be read: %1</source>
        <translation>El PMS envió un registro que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>building %1 not in cache</source>
        <translation>el edificio %1 no está en la caché</translation>
    </message>
    <message>
        <source>the unit names no building</source>
        <translation>la unidad no indica ningún edificio</translation>
    </message>
    <message>
        <source>unit %1 of lease %2 not in cache</source>
        <translation>la unidad %1 del contrato %2 no está en la caché</translation>
    </message>
    <message>
        <source>lease %1 inactive (status '%2')</source>
        <translation>contrato %1 inactivo (estado '%2')</translation>
    </message>
    <message>
        <source>unit %1 not in cache</source>
        <translation>la unidad %1 no está en la caché</translation>
    </message>
    <message>
        <source>lease %1 names no unit</source>
        <translation>el contrato %1 no indica ninguna unidad</translation>
    </message>
    <message>
        <source>Managed By is blank, not the integration user '%1'</source>
        <translation>Managed By está vacío, no es el usuario de integración '%1'</translation>
    </message>
    <message>
        <source>Managed By is '%1', not the integration user '%2'</source>
        <translation>Managed By es '%1', no el usuario de integración '%2'</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation>Excluido.</translation>
    </message>
</context>
<context>
    <name>pms::RequestJob</name>
    <message>
        <source>the answer had no HTTP status</source>
        <translation>la respuesta no tenía estado HTTP</translation>
    </message>
    <message numerus="yes">
        <source>The PMS asked to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>El PMS pidió esperar %n segundo antes de reintentar.</numerusform>
            <numerusform>El PMS pidió esperar %n segundos antes de reintentar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::ResidentsModel</name>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Platform unit</source>
        <translation>Unidad de la plataforma</translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation>Fecha de entrada</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>PMS contact ID</source>
        <translation>ID de contacto del PMS</translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation>ID de propiedad del PMS</translation>
    </message>
    <message>
        <source>PMS unit ID</source>
        <translation>ID de unidad del PMS</translation>
    </message>
    <message>
        <source>Platform unit ID</source>
        <translation>ID de unidad de la plataforma</translation>
    </message>
    <message>
        <source>PMS lease ID</source>
        <translation>ID de contrato del PMS</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation>Propiedad (ID local)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>The resident's unit is not mapped to a platform unit (Unit Mapping).</source>
        <translation>La unidad del residente no está asignada a una unidad de la plataforma (Asignación de unidades).</translation>
    </message>
</context>
<context>
    <name>pms::ResidentsPage</name>
    <message>
        <source>Search name, email, phone, PMS contact ID</source>
        <translation>Buscar nombre, correo electrónico, teléfono, ID de contacto del PMS</translation>
    </message>
    <message>
        <source>No residents yet — residents on active leases arrive with a sync from the toolbar.</source>
        <translation>Todavía no hay residentes — los residentes con contratos activos llegan con una sincronización desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>No residents match the search and filters.</source>
        <translation>Ningún residente coincide con la búsqueda y los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln residents</source>
        <translation>
            <numerusform>%L1 de %Ln residente</numerusform>
            <numerusform>%L1 de %Ln residentes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 resident</source>
        <translation>1 residente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln residents</source>
        <translation>
            <numerusform>%Ln residente</numerusform>
            <numerusform>%Ln residentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Without platform unit</source>
        <translation>Sin unidad de la plataforma</translation>
    </message>
    <message>
        <source>Residents whose unit is not mapped to a platform unit</source>
        <translation>Residentes cuya unidad no está asignada a una unidad de la plataforma</translation>
    </message>
    <message>
        <source>Residents come from Propertyware and are read-only here while this connection is active (R9): add or change a resident in Propertyware, then sync.</source>
        <translation type="vanished">Los residentes provienen de Propertyware y aquí son de solo lectura mientras esta conexión esté activa (R9): agregue o modifique un residente en Propertyware y luego sincronice.</translation>
    </message>
    <message>
        <source>Residents come from Propertyware and are read-only here while this connection is active: add or change a resident in Propertyware, then sync.</source>
        <translation>Los residentes provienen de Propertyware y aquí son de solo lectura mientras esta conexión esté activa: agregue o modifique un residente en Propertyware y luego sincronice.</translation>
    </message>
</context>
<context>
    <name>pms::RunChart</name>
    <message>
        <source>Duration (s)</source>
        <translation>Duración (s)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>Ejecución fallida</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>No finished sync runs yet</source>
        <translation>Todavía no hay ejecuciones de sincronización terminadas</translation>
    </message>
</context>
<context>
    <name>pms::ScheduleEditor</name>
    <message>
        <source>Schedules</source>
        <translation>Programaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Job&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tarea&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;When&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuándo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next run&lt;/b&gt;</source>
        <translation>&lt;b&gt;Próxima ejecución&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <source>Jobs that run every hour or every few hours start at a minute picked from the PMS address and system ID, so offices using the same PMS do not all call it at once; changing either moves that minute.</source>
        <translation>Las tareas que se ejecutan cada hora o cada pocas horas empiezan en un minuto elegido a partir de la dirección del PMS y el ID de sistema, para que las oficinas que usan el mismo PMS no lo llamen todas a la vez; cambiar cualquiera de los dos mueve ese minuto.</translation>
    </message>
    <message>
        <source>%1 runs at %2</source>
        <translation>%1 se ejecuta en el minuto %2</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 pasó de %2 a %3</translation>
    </message>
    <message>
        <source>%1 past the hour: the minute is picked from the PMS address and system ID, so offices do not all call the PMS at once.</source>
        <translation>%1 de cada hora: el minuto se elige a partir de la dirección del PMS y el ID de sistema, para que las oficinas no llamen todas al PMS a la vez.</translation>
    </message>
    <message>
        <source>%1, at a minute from %2 to %3 picked when the connection is saved</source>
        <translation>%1, en un minuto entre %2 y %3 elegido al guardar la conexión</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Cada %n hora</numerusform>
            <numerusform>Cada %n horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::ScheduleSpec</name>
    <message>
        <source>The schedule is empty: %1.</source>
        <translation>La programación está vacía: %1.</translation>
    </message>
    <message>
        <source>"%1" is not an hourly schedule: write hourly:0-5 (a minute in the first five) or hourly:15 (at a quarter past).</source>
        <translation>"%1" no es una programación horaria: escriba hourly:0-5 (un minuto entre los cinco primeros) o hourly:15 (y cuarto).</translation>
    </message>
    <message>
        <source>"%1" is not an every-N-hours schedule: write every:2h, every:2h+10 (10 minutes past) or every:2h+0-5.</source>
        <translation>"%1" no es una programación cada N horas: escriba every:2h, every:2h+10 (10 minutos después) o every:2h+0-5.</translation>
    </message>
    <message>
        <source>Every %1 hours: the number of hours must be between 1 and 24.</source>
        <translation>Cada %1 horas: el número de horas debe estar entre 1 y 24.</translation>
    </message>
    <message>
        <source>"%1" is not a daily schedule: write daily:23:30@UTC or daily:06:00@America/Chicago.</source>
        <translation>"%1" no es una programación diaria: escriba daily:23:30@UTC o daily:06:00@America/Chicago.</translation>
    </message>
    <message>
        <source>"%1" is not a time zone: use an IANA name such as America/Los_Angeles or UTC.</source>
        <translation>"%1" no es una zona horaria: use un nombre IANA como America/Los_Angeles o UTC.</translation>
    </message>
    <message>
        <source>"%1" is not a monthly schedule: write monthly:27@03:00@America/Los_Angeles (day@HH:MM@zone).</source>
        <translation>"%1" no es una programación mensual: escriba monthly:27@03:00@America/Los_Angeles (día@HH:MM@zona).</translation>
    </message>
    <message>
        <source>The day of the month must be between 1 and 31 (got %1).</source>
        <translation>El día del mes debe estar entre 1 y 31 (se recibió %1).</translation>
    </message>
    <message>
        <source>Unknown schedule "%1": %2.</source>
        <translation>Programación desconocida "%1": %2.</translation>
    </message>
    <message>
        <source>Every hour at :%1 (UTC hours)</source>
        <translation>Cada hora en el minuto :%1 (horas UTC)</translation>
    </message>
    <message>
        <source>Every %n hour(s) at :%1 (UTC hours)</source>
        <translation>Cada %n hora(s) en el minuto :%1 (horas UTC)</translation>
    </message>
    <message>
        <source>Daily at %1 (%2)</source>
        <translation>Cada día a las %1 (%2)</translation>
    </message>
    <message>
        <source>Monthly on day %1 (or the month's last day) at %2 (%3)</source>
        <translation>Cada mes el día %1 (o el último día del mes) a las %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>Cada mes el día %1 a las %2 (%3)</translation>
    </message>
</context>
<context>
    <name>pms::Scheduler</name>
    <message>
        <source>Not scheduled</source>
        <translation>No programada</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>pms::SecretResolver</name>
    <message>
        <source>Client secret: </source>
        <translation>Secreto de cliente: </translation>
    </message>
    <message>
        <source>; no system keychain is available on this machine.</source>
        <translation>; no hay ningún llavero del sistema disponible en este equipo.</translation>
    </message>
    <message>
        <source>; the system keychain failed: </source>
        <translation>; el llavero del sistema falló: </translation>
    </message>
    <message>
        <source>, or run 'pmsbridge connect' again to save it in the system keychain.</source>
        <translation>, o ejecute de nuevo 'pmsbridge connect' para guardarlo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No client secret: standard input was empty; set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input</source>
        <translation>No hay secreto de cliente: la entrada estándar estaba vacía; defina PMSBRIDGE_CLIENT_SECRET o páselo por la entrada estándar</translation>
    </message>
    <message>
        <source>No client secret: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input</source>
        <translation>No hay secreto de cliente: defina PMSBRIDGE_CLIENT_SECRET o páselo por la entrada estándar</translation>
    </message>
</context>
<context>
    <name>pms::SendJob</name>
    <message>
        <source>invalid JSON at byte %1 (%2)</source>
        <translation>JSON no válido en el byte %1 (%2)</translation>
    </message>
    <message>
        <source>The PMS accepted the request (HTTP %1) but its answer could not be read: %2</source>
        <translation>El PMS aceptó la solicitud (HTTP %1) pero su respuesta no se pudo leer: %2</translation>
    </message>
</context>
<context>
    <name>pms::SessionSecretStore</name>
    <message>
        <source>No client secret has been entered in this session.</source>
        <translation>No se ha introducido ningún secreto de cliente en esta sesión.</translation>
    </message>
</context>
<context>
    <name>pms::SettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a connection to another Propertyware account (one per system ID)</source>
        <translation type="vanished">Agregar una conexión a otra cuenta de Propertyware (una por ID de sistema)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation>¿Descartar los cambios de esta conexión?</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>e.g. Downtown portfolio</source>
        <translation>p. ej., Cartera del centro</translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation>p. ej., 1001</translation>
    </message>
    <message>
        <source>e.g. PMS Bridge</source>
        <translation>p. ej., PMS Bridge</translation>
    </message>
    <message>
        <source>e.g. bridge@example.com</source>
        <translation>p. ej., bridge@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>S&amp;ystem ID:</source>
        <translation>ID del &amp;sistema:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Integration &amp;user:</source>
        <translation>&amp;Usuario de integración:</translation>
    </message>
    <message>
        <source>Integration e&amp;mail:</source>
        <translation>C&amp;orreo de integración:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Qué sincronizar</translation>
    </message>
    <message>
        <source>User Sync: import residents on active leases</source>
        <translation>Sincronización de usuarios: importar los residentes con contratos activos</translation>
    </message>
    <message>
        <source>Unit Sync: assign residents to platform units through the unit mapping</source>
        <translation>Sincronización de unidades: asignar los residentes a unidades de la plataforma mediante la asignación de unidades</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Incremental syncs ask for records changed in this many hours before the last successful run (never less than the time since it).</source>
        <translation>Las sincronizaciones incrementales solicitan los registros modificados en este número de horas antes de la última ejecución correcta (nunca menos que el tiempo transcurrido desde ella).</translation>
    </message>
    <message>
        <source>&amp;Look-back for incremental syncs:</source>
        <translation>&amp;Margen de las sincronizaciones incrementales:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>The PMS says its API user's email is %1: work-order sync stays off until they match.</source>
        <translation>El PMS indica que el correo electrónico de su usuario de API es %1: la sincronización de órdenes de trabajo permanece desactivada hasta que coincidan.</translation>
    </message>
    <message>
        <source>A secret is kept for this session only; leave the field empty to keep it.</source>
        <translation>Hay un secreto guardado solo para esta sesión; deje el campo vacío para conservarlo.</translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain; leave the field empty to keep it.</source>
        <translation>Hay un secreto almacenado en el llavero del sistema; deje el campo vacío para conservarlo.</translation>
    </message>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation>Todavía no hay ningún secreto almacenado para esta conexión.</translation>
    </message>
    <message>
        <source>There is no system keychain on this computer: PMS Bridge keeps the secret for this session only and asks for it again next time.</source>
        <translation>Este equipo no tiene llavero del sistema: PMS Bridge conserva el secreto solo durante esta sesión y lo volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the settings or the cache.</source>
        <translation>El secreto se guarda en el llavero del sistema, nunca en la configuración ni en la caché.</translation>
    </message>
    <message>
        <source>•••••••• (unchanged)</source>
        <translation>•••••••• (sin cambios)</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>Corrija primero los campos marcados arriba.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>No se guardó: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved, but the secret could not be stored: %1</source>
        <translation>Se guardó, pero no se pudo almacenar el secreto: %1</translation>
    </message>
    <message>
        <source>Connection added.</source>
        <translation>Conexión agregada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection "%1" and everything synced from it (properties, units, residents, leases, work orders and its run history)? The PMS itself is not changed.</source>
        <translation>¿Quitar la conexión "%1" y todo lo sincronizado desde ella (propiedades, unidades, residentes, contratos, órdenes de trabajo y su historial de ejecuciones)? El PMS en sí no se modifica.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>A sync, a push or a reconciliation stops with the reason when the PMS sends nothing for this long. Applies to every connection of this cache.</source>
        <translation>Una sincronización, un envío o una conciliación se detiene indicando el motivo cuando el PMS no envía nada durante este tiempo. Se aplica a todas las conexiones de esta caché.</translation>
    </message>
    <message>
        <source>&amp;Give up when the PMS is silent for:</source>
        <translation>&amp;Abandonar si el PMS no responde durante:</translation>
    </message>
    <message>
        <source>Add a connection to another PMS account (Propertyware: one per system ID; Buildium: one per API key)</source>
        <translation>Añadir una conexión a otra cuenta de PMS (Propertyware: una por ID de sistema; Buildium: una por clave de API)</translation>
    </message>
    <message>
        <source>The property management system this connection talks to. It cannot change once the connection is saved: add another connection for another PMS.</source>
        <translation>El sistema de administración de propiedades con el que habla esta conexión. No se puede cambiar una vez guardada la conexión: añada otra conexión para otro PMS.</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ej. 12</translation>
    </message>
    <message>
        <source>&amp;PMS:</source>
        <translation>&amp;PMS:</translation>
    </message>
    <message>
        <source>&amp;Vendor for new work orders:</source>
        <translation>&amp;Proveedor para órdenes de trabajo nuevas:</translation>
    </message>
</context>
<context>
    <name>pms::SqlTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (CSV column "%2")</source>
        <translation>%1 (columna CSV "%2")</translation>
    </message>
</context>
<context>
    <name>pms::Sync</name>
    <message>
        <source>%1 without a valid id</source>
        <translation>%1 sin un id válido</translation>
    </message>
    <message>
        <source>Initial sync</source>
        <translation>Sincronización inicial</translation>
    </message>
    <message>
        <source>Incremental sync</source>
        <translation>Sincronización incremental</translation>
    </message>
    <message>
        <source>Properties and residents</source>
        <translation>Inmuebles y residentes</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Work-order push</source>
        <translation>Envío de órdenes de trabajo</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
</context>
<context>
    <name>pms::SyncActivityPage</name>
    <message>
        <source>Recent runs</source>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>Every run</source>
        <translation>Todas las ejecuciones</translation>
    </message>
    <message>
        <source>Search kind, result, error</source>
        <translation>Buscar tipo, resultado, error</translation>
    </message>
    <message>
        <source>No sync has run yet — run a sync from the toolbar.</source>
        <translation>Todavía no se ha ejecutado ninguna sincronización — ejecute una desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>No run matches the search and filters.</source>
        <translation>Ninguna ejecución coincide con la búsqueda y los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln runs</source>
        <translation>
            <numerusform>%L1 de %Ln ejecución</numerusform>
            <numerusform>%L1 de %Ln ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 ejecución</translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs</source>
        <translation>
            <numerusform>%Ln ejecución</numerusform>
            <numerusform>%Ln ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Select a run to see its counts per record type.</source>
        <translation>Seleccione una ejecución para ver sus recuentos por tipo de registro.</translation>
    </message>
    <message>
        <source>Why didn't this sync?</source>
        <translation>¿Por qué no se sincronizó?</translation>
    </message>
    <message>
        <source>Search a name, a PMS ID or a reason</source>
        <translation>Buscar un nombre, un ID del PMS o un motivo</translation>
    </message>
    <message>
        <source>Nothing was left out — every record the PMS sent was synced.</source>
        <translation>No se excluyó nada — se sincronizaron todos los registros que envió el PMS.</translation>
    </message>
    <message>
        <source>No exclusion matches the search and filters.</source>
        <translation>Ninguna exclusión coincide con la búsqueda y los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln records left out</source>
        <translation>
            <numerusform>%L1 de %Ln registro excluido</numerusform>
            <numerusform>%L1 de %Ln registros excluidos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record left out</source>
        <translation>1 registro excluido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records left out</source>
        <translation>
            <numerusform>%Ln registro excluido</numerusform>
            <numerusform>%Ln registros excluidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected run only</source>
        <translation>Solo la ejecución seleccionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %L2 created, %L3 updated, %L4 unchanged, %L5 skipped, %L6 failed</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %L2 creados, %L3 actualizados, %L4 sin cambios, %L5 omitidos, %L6 fallidos</translation>
    </message>
    <message>
        <source>Run %1 recorded no counts.</source>
        <translation>La ejecución %1 no registró recuentos.</translation>
    </message>
    <message>
        <source>Run %1 — </source>
        <translation>Ejecución %1 — </translation>
    </message>
</context>
<context>
    <name>pms::SyncController</name>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>Another run is in progress; reconcile when it has finished.</source>
        <translation>Hay otra ejecución en curso; concilie cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>pms::SyncEngine</name>
    <message>
        <source>A sync is already running; wait for it to finish or cancel it.</source>
        <translation>Ya hay una sincronización en marcha; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>This kind of run is not a PMS pull.</source>
        <translation>Este tipo de ejecución no es una descarga del PMS.</translation>
    </message>
    <message>
        <source>No client secret for this connection: enter it in Settings.</source>
        <translation>No hay secreto de cliente para esta conexión: introdúzcalo en Configuración.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>portfolios</source>
        <translation>carteras</translation>
    </message>
    <message>
        <source>properties</source>
        <translation>inmuebles</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unidades</translation>
    </message>
    <message>
        <source>leases and residents</source>
        <translation>contratos y residentes</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>residentes</translation>
    </message>
    <message>
        <source>work orders</source>
        <translation>órdenes de trabajo</translation>
    </message>
    <message>
        <source>Work-order sync is off: no integration user is set on this connection (Settings).</source>
        <translation>La sincronización de órdenes de trabajo está desactivada: esta conexión no tiene usuario de integración (Configuración).</translation>
    </message>
    <message>
        <source>Work-order sync is off: the integration email '%1' is not the email the PMS has for user '%2' ('%3'). Correct it in Settings.</source>
        <translation>La sincronización de órdenes de trabajo está desactivada: el correo de integración '%1' no es el que el PMS tiene para el usuario '%2' ('%3'). Corríjalo en Configuración.</translation>
    </message>
    <message>
        <source>The PMS sent a record that could not be read: %1</source>
        <translation type="vanished">El PMS envió un registro que no se pudo leer: %1</translation>
    </message>
    <message>
        <source>While reading %1: %2</source>
        <translation>Al leer %1: %2</translation>
    </message>
    <message>
        <source>Left out.</source>
        <translation type="vanished">Excluido.</translation>
    </message>
    <message>
        <source>building %1 not in cache</source>
        <translation type="vanished">el edificio %1 no está en la caché</translation>
    </message>
    <message>
        <source>the unit names no building</source>
        <translation type="vanished">la unidad no indica ningún edificio</translation>
    </message>
    <message>
        <source>unit %1 of lease %2 not in cache</source>
        <translation type="vanished">la unidad %1 del contrato %2 no está en la caché</translation>
    </message>
    <message>
        <source>lease %1 inactive (status '%2')</source>
        <translation type="vanished">contrato %1 inactivo (estado '%2')</translation>
    </message>
    <message>
        <source>unit %1 not in cache</source>
        <translation type="vanished">la unidad %1 no está en la caché</translation>
    </message>
    <message>
        <source>lease %1 names no unit</source>
        <translation type="vanished">el contrato %1 no indica ninguna unidad</translation>
    </message>
    <message>
        <source>Managed By is blank, not the integration user '%1'</source>
        <translation type="vanished">Managed By está vacío, no es el usuario de integración '%1'</translation>
    </message>
    <message>
        <source>Managed By is '%1', not the integration user '%2'</source>
        <translation type="vanished">Managed By es '%1', no el usuario de integración '%2'</translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation>No se puede abrir la caché %1.</translation>
    </message>
    <message>
        <source>Work-order sync is off: %1</source>
        <translation>La sincronización de órdenes de trabajo está desactivada: %1</translation>
    </message>
</context>
<context>
    <name>pms::SyncExclusionsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation>ID del PMS</translation>
    </message>
    <message>
        <source>Why it did not sync</source>
        <translation>Por qué no se sincronizó</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
</context>
<context>
    <name>pms::SyncRunsModel</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Cambios desde</translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation>Cambios hasta</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Properties &amp; residents</source>
        <translation>Propiedades y residentes</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Asked by another desk</source>
        <translation>A petición de otro puesto</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>Relevo</translation>
    </message>
</context>
<context>
    <name>pms::SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync at the next page; what was synced so far is kept</source>
        <translation>Detiene la sincronización en la página siguiente; se conserva lo sincronizado hasta ahora</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>Sincronizando %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 registros/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>queda %n s aprox.</numerusform>
            <numerusform>quedan %n s aprox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda %n min aprox.</numerusform>
            <numerusform>quedan %n min aprox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record so far</source>
        <translation>
            <numerusform>%n registro hasta ahora</numerusform>
            <numerusform>%n registros hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records so far</source>
        <translation>
            <numerusform>%n registro hasta ahora</numerusform>
            <numerusform>%n registros hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message>
        <source>The last sync was cancelled; what it synced so far is kept.</source>
        <translation>La última sincronización se canceló; se conserva lo que sincronizó.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last successful sync finished %1 (%2 UTC)</source>
        <translation>La última sincronización correcta terminó %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>See Sync Activity for details.</source>
        <translation>Consulte Actividad de sincronización para más detalles.</translation>
    </message>
    <message>
        <source>Click to open Sync Activity.</source>
        <translation>Haga clic para abrir Actividad de sincronización.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>pms::TablePanel</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Elegir las columnas que se muestran</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the rows shown (search, filters and sort apply) with the visible columns</source>
        <translation>Exportar las filas mostradas (se aplican la búsqueda, los filtros y el orden) con las columnas visibles</translation>
    </message>
    <message>
        <source>Copied 1 row.</source>
        <translation>Se copió 1 fila.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation>
            <numerusform>Se copió %Ln fila.</numerusform>
            <numerusform>Se copiaron %Ln filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln rows</source>
        <translation>
            <numerusform>%L1 de %Ln fila</numerusform>
            <numerusform>%L1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation>Se exportó 1 fila a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::TeamLink</name>
    <message>
        <source>The shared cache cannot be reached; try again in a moment.</source>
        <translation>No se puede acceder a la caché compartida; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>pms::TeamStatusWidget</name>
    <message>
        <source>Sync now was not passed on: %1</source>
        <translation>No se pudo pasar Sincronizar ahora: %1</translation>
    </message>
    <message>
        <source>Sync now is waiting: no desk with this connection's secret is open to run it</source>
        <translation>Sincronizar ahora está en espera: no hay abierto ningún puesto con el secreto de esta conexión que pueda ejecutarlo</translation>
    </message>
    <message>
        <source>Asked %1 to sync now</source>
        <translation>Se pidió a %1 que sincronice ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) on the cache</source>
        <translation>
            <numerusform>%n puesto en la caché</numerusform>
            <numerusform>%n puestos en la caché</numerusform>
        </translation>
    </message>
    <message>
        <source>Open on this shared cache: %1</source>
        <translation>Abiertos en esta caché compartida: %1</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>otro puesto</translation>
    </message>
    <message>
        <source>Reconciling on %1, started %2</source>
        <translation>Conciliando en %1, desde las %2</translation>
    </message>
    <message>
        <source>Syncing on %1, started %2</source>
        <translation>Sincronizando en %1, desde las %2</translation>
    </message>
    <message>
        <source> — %1 %</source>
        <translation> — %1 %</translation>
    </message>
</context>
<context>
    <name>pms::TrayIcon</name>
    <message>
        <source>Idle</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Show PMS Bridge</source>
        <translation>Mostrar PMS Bridge</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>PMS Bridge: %1</source>
        <translation>PMS Bridge: %1</translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation>Hay una sincronización en curso</translation>
    </message>
    <message>
        <source>A sync is running. Keep it running in the tray, or stop it and close?</source>
        <translation>Hay una sincronización en curso. ¿Continuarla en la bandeja del sistema, o detenerla y cerrar?</translation>
    </message>
    <message>
        <source>Keep Running in the Tray</source>
        <translation>Continuar en la bandeja</translation>
    </message>
    <message>
        <source>Stop the Sync and Close</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>PMS Bridge is still syncing</source>
        <translation>PMS Bridge sigue sincronizando</translation>
    </message>
    <message>
        <source>The sync goes on in the background. Click the tray icon to open the window.</source>
        <translation>La sincronización continúa en segundo plano. Haga clic en el icono de la bandeja para abrir la ventana.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>La última sincronización falló</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>La sincronización falló</translation>
    </message>
    <message>
        <source>See Sync Activity for the reason.</source>
        <translation>Consulte el motivo en Actividad de sincronización.</translation>
    </message>
    <message>
        <source>Last sync cancelled</source>
        <translation>Última sincronización cancelada</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
    <message>
        <source>PMS Bridge is still running in the tray.</source>
        <translation>PMS Bridge sigue en ejecución en la bandeja.</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation deactivated %n unit(s)</source>
        <translation>
            <numerusform>La conciliación desactivó %n unidad</numerusform>
            <numerusform>La conciliación desactivó %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Units deactivated</source>
        <translation>Unidades desactivadas</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation deactivated %n unit(s) that the PMS no longer lists.</source>
        <translation>
            <numerusform>La conciliación desactivó %n unidad que el PMS ya no incluye.</numerusform>
            <numerusform>La conciliación desactivó %n unidades que el PMS ya no incluye.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation needs your confirmation</source>
        <translation>La conciliación necesita su confirmación</translation>
    </message>
    <message>
        <source>Reconciliation stopped</source>
        <translation>Conciliación detenida</translation>
    </message>
    <message>
        <source>Reconciliation failed</source>
        <translation>La conciliación falló</translation>
    </message>
</context>
<context>
    <name>pms::UnitMappingModel</name>
    <message>
        <source>same unit number</source>
        <translation>mismo número de unidad</translation>
    </message>
    <message>
        <source>named after the unit's street address</source>
        <translation>con el nombre de la dirección de la unidad</translation>
    </message>
    <message>
        <source>same unit number once the building code is removed</source>
        <translation>mismo número de unidad al quitar el código de edificio</translation>
    </message>
    <message>
        <source>same unit number once the building codes are removed</source>
        <translation>mismo número de unidad al quitar los códigos de edificio</translation>
    </message>
    <message>
        <source>same building</source>
        <translation>mismo edificio</translation>
    </message>
    <message>
        <source>similar building name</source>
        <translation>nombre de edificio similar</translation>
    </message>
    <message>
        <source>building where this property's other units are mapped</source>
        <translation>edificio donde están asignadas las demás unidades de esta propiedad</translation>
    </message>
    <message>
        <source>no building to compare</source>
        <translation>no hay edificio para comparar</translation>
    </message>
    <message>
        <source>a different building</source>
        <translation>un edificio distinto</translation>
    </message>
    <message>
        <source>%1 confidence: %2, %3.</source>
        <translation>Confianza %1: %2, %3.</translation>
    </message>
    <message>
        <source>Not mapped. Double-click or press F2 to pick a platform unit.</source>
        <translation>Sin asignar. Haga doble clic o pulse F2 para elegir una unidad de la plataforma.</translation>
    </message>
    <message>
        <source>PMS unit %1</source>
        <translation>Unidad del PMS %1</translation>
    </message>
    <message>
        <source>PMS unit %1 (inactive)</source>
        <translation>Unidad del PMS %1 (inactiva)</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>PMS unit</source>
        <translation>Unidad del PMS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Platform unit</source>
        <translation>Unidad de la plataforma</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
</context>
<context>
    <name>pms::UnitMappingPage</name>
    <message>
        <source>Unit Mapping</source>
        <translation>Asignación de unidades</translation>
    </message>
    <message>
        <source>Platform Units</source>
        <translation>Unidades de la plataforma</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search units, properties, addresses, platform units (Ctrl+F)</source>
        <translation>Buscar unidades, propiedades, direcciones, unidades de la plataforma (Ctrl+F)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>With suggestion</source>
        <translation>Con sugerencia</translation>
    </message>
    <message>
        <source>Show inactive units</source>
        <translation>Mostrar unidades inactivas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Deshacer: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Use Suggestion</source>
        <translation>Usar sugerencia</translation>
    </message>
    <message>
        <source>Map the selected units to their suggested platform units (Enter)</source>
        <translation>Asignar las unidades seleccionadas a sus unidades de la plataforma sugeridas (Enter)</translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>Remove the mapping of the selected units (Delete)</source>
        <translation>Quitar la asignación de las unidades seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Confidence at least</source>
        <translation>Confianza mínima</translation>
    </message>
    <message>
        <source>The units could not be read: %1</source>
        <translation>No se pudieron leer las unidades: %1</translation>
    </message>
    <message>
        <source>Remove mapping of %1</source>
        <translation>Quitar la asignación de %1</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Asignar %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mappings</source>
        <translation>
            <numerusform>Quitar %n asignación</numerusform>
            <numerusform>Quitar %n asignaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestions</source>
        <translation>
            <numerusform>Aceptar %n sugerencia</numerusform>
            <numerusform>Aceptar %n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestion shown has a confidence of %1 % or more.</source>
        <translation>Ninguna sugerencia mostrada tiene una confianza del %1 % o más.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion accepted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n sugerencia aceptada. Ctrl+Z la deshace.</numerusform>
            <numerusform>%n sugerencias aceptadas. Ctrl+Z las deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions accepted. Ctrl+Z undoes them all.</source>
        <translation>
            <numerusform>%n sugerencia aceptada. Ctrl+Z la deshace.</numerusform>
            <numerusform>%n sugerencias aceptadas. Ctrl+Z las deshace todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>No se pudo deshacer: %1</translation>
    </message>
    <message>
        <source>Could not redo: %1</source>
        <translation>No se pudo rehacer: %1</translation>
    </message>
    <message>
        <source>Pick Platform Unit…	F2</source>
        <translation>Elegir unidad de la plataforma…	F2</translation>
    </message>
    <message>
        <source>Use Suggestion	Enter</source>
        <translation>Usar sugerencia	Enter</translation>
    </message>
    <message>
        <source>Remove Mapping	Del</source>
        <translation>Quitar asignación	Del</translation>
    </message>
    <message>
        <source>Show in Platform Units</source>
        <translation>Mostrar en Unidades de la plataforma</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
    <message>
        <source>(property %1)</source>
        <translation>(propiedad %1)</translation>
    </message>
    <message>
        <source>User Sync is off for this connection, so Unit Sync is too: mappings are kept, but no resident is assigned to a platform unit. Switch it on in Settings.</source>
        <translation>La Sincronización de usuarios está desactivada para esta conexión, así que la Sincronización de unidades también: las asignaciones se conservan, pero no se asigna ningún residente a una unidad de la plataforma. Actívela en Configuración.</translation>
    </message>
    <message>
        <source>Unit Sync is off for this connection: mappings are kept, but no resident is assigned to a platform unit. Switch it on in Settings.</source>
        <translation>La Sincronización de unidades está desactivada para esta conexión: las asignaciones se conservan, pero no se asigna ningún residente a una unidad de la plataforma. Actívela en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Suggestion</source>
        <translation>
            <numerusform>Aceptar %n sugerencia</numerusform>
            <numerusform>Aceptar %n sugerencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Suggestions</source>
        <translation>
            <numerusform>Aceptar %n sugerencia</numerusform>
            <numerusform>Aceptar %n sugerencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Map every unit shown whose suggestion has a confidence of %1 % or more, in one step (Ctrl+Z undoes it)</source>
        <translation>Asignar en un solo paso cada unidad mostrada cuya sugerencia tenga una confianza del %1 % o más (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>Loading units…</source>
        <translation>Cargando unidades…</translation>
    </message>
    <message>
        <source>%1 of %2 units mapped (%3 %) · %4 suggestions · %5 platform units available</source>
        <translation>%1 de %2 unidades asignadas (%3 %) · %4 sugerencias · %5 unidades de la plataforma disponibles</translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation> · se muestran %1</translation>
    </message>
    <message>
        <source> · reloading…</source>
        <translation> · recargando…</translation>
    </message>
    <message>
        <source> · computing suggestions…</source>
        <translation> · calculando sugerencias…</translation>
    </message>
    <message>
        <source>Map to another building</source>
        <translation>Asignar a otro edificio</translation>
    </message>
    <message>
        <source>Platform unit %1 is in %2, but %3 is in %4. Map it there anyway?</source>
        <translation>La unidad de plataforma %1 está en %2, pero %3 está en %4. ¿Asignarla ahí de todos modos?</translation>
    </message>
</context>
<context>
    <name>pms::UnitsModel</name>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation>ID del PMS</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Platform unit</source>
        <translation>Unidad de la plataforma</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residentes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Deactivated by</source>
        <translation>Desactivada por</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requiere revisión</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation>ID de propiedad del PMS</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation>Propiedad (ID local)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Disabled by hand: a sync never re-activates it.</source>
        <translation>Desactivada manualmente: una sincronización nunca la reactiva.</translation>
    </message>
    <message>
        <source>Deactivated by reconciliation snapshot %1.</source>
        <translation>Desactivada por la instantánea de conciliación %1.</translation>
    </message>
    <message>
        <source>Inactive in the PMS.</source>
        <translation>Inactiva en el PMS.</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>pms::VendorsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Insurance expires</source>
        <translation>Vencimiento del seguro</translation>
    </message>
    <message>
        <source>External ref</source>
        <translation>Ref. externa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>pms::WelcomePage</name>
    <message>
        <source>Welcome to PMS Bridge</source>
        <translation>Bienvenido a PMS Bridge</translation>
    </message>
    <message>
        <source>PMS Bridge keeps a local copy of your Propertyware portfolio, sends work orders back to it, and helps you map PMS units to platform units. Connect your Propertyware account to start, or try it first with the built-in simulator.</source>
        <translation type="vanished">PMS Bridge mantiene una copia local de su cartera de Propertyware, le envía de vuelta las órdenes de trabajo y le ayuda a asignar las unidades del PMS a unidades de la plataforma. Conecte su cuenta de Propertyware para empezar, o pruébelo primero con el simulador integrado.</translation>
    </message>
    <message>
        <source>Connect to Propertyware…</source>
        <translation type="vanished">Conectar a Propertyware…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>You need the base URL of the API, your system ID, and a client ID and secret from Propertyware's API settings.</source>
        <translation type="vanished">Necesita la URL base de la API, su ID de sistema y un ID y secreto de cliente de la configuración de la API de Propertyware.</translation>
    </message>
    <message>
        <source>Starts a simulated Propertyware account on this computer and syncs it, so you can see every screen at work. Nothing leaves your machine.</source>
        <translation>Inicia una cuenta de Propertyware simulada en este equipo y la sincroniza, para que pueda ver cada pantalla en funcionamiento. Nada sale de su equipo.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation>Iniciando el simulador…</translation>
    </message>
    <message>
        <source>PMS Bridge keeps a local copy of your Propertyware or Buildium portfolio, sends work orders back to it, and helps you map PMS units to platform units. Connect your PMS account to start, or try it first with the built-in simulator.</source>
        <translation>PMS Bridge guarda una copia local de su cartera de Propertyware o Buildium, le envía las órdenes de trabajo y le ayuda a asignar unidades del PMS a unidades de la plataforma. Conecte su cuenta del PMS para empezar, o pruébelo antes con el simulador incorporado.</translation>
    </message>
    <message>
        <source>Connect to your PMS…</source>
        <translation>Conectar con su PMS…</translation>
    </message>
    <message>
        <source>First choose your PMS. Propertyware: the API's base URL, your system ID, and a client ID and secret from its API settings. Buildium: the client ID and secret of an API key, and the vendor new work orders get.</source>
        <translation>Primero elija su PMS. Propertyware: la URL base de la API, su ID de sistema y un ID y secreto de cliente de su configuración de API. Buildium: el ID y el secreto de cliente de una clave de API, y el proveedor que reciben las órdenes de trabajo nuevas.</translation>
    </message>
</context>
<context>
    <name>pms::WorkOrderDetailPane</name>
    <message>
        <source>Select a work order to see its details.</source>
        <translation>Seleccione una orden de trabajo para ver sus detalles.</translation>
    </message>
    <message>
        <source>Unlinked: the property or unit of this work order is not in the cache yet. It is kept, and a later sync links it.</source>
        <translation>Sin vincular: la propiedad o la unidad de esta orden de trabajo aún no está en la caché. Se conserva, y una sincronización posterior la vinculará.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Gestionada por</translation>
    </message>
    <message>
        <source>Entry authorized</source>
        <translation>Entrada autorizada</translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation>ID del PMS</translation>
    </message>
    <message>
        <source>Created in</source>
        <translation>Creada en</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>New work order (local %1)</source>
        <translation type="vanished">Nueva orden de trabajo (local %1)</translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation>Orden de trabajo %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Sent to the PMS</source>
        <translation>Enviada al PMS</translation>
    </message>
    <message>
        <source>PMS answered</source>
        <translation>Respuesta del PMS</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Se reintentará</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>subido</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>pendiente de subir</translation>
    </message>
    <message>
        <source>%1, %2, copied to %3</source>
        <translation>%1, %2, copiado en %3</translation>
    </message>
    <message>
        <source>PMS number</source>
        <translation>Número en el PMS</translation>
    </message>
</context>
<context>
    <name>pms::WorkOrderDialog</name>
    <message>
        <source>Edit Work Order</source>
        <translation>Editar orden de trabajo</translation>
    </message>
    <message>
        <source>New Work Order</source>
        <translation>Nueva orden de trabajo</translation>
    </message>
    <message>
        <source>&amp;Property:</source>
        <translation>&amp;Propiedad:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Resident:</source>
        <translation>&amp;Residente:</translation>
    </message>
    <message>
        <source>Appliance</source>
        <translation>Electrodomésticos</translation>
    </message>
    <message>
        <source>Electrical</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>HVAC</source>
        <translation>Climatización</translation>
    </message>
    <message>
        <source>Landscaping</source>
        <translation>Jardinería</translation>
    </message>
    <message>
        <source>Locks &amp; keys</source>
        <translation>Cerraduras y llaves</translation>
    </message>
    <message>
        <source>Pest control</source>
        <translation>Control de plagas</translation>
    </message>
    <message>
        <source>Plumbing</source>
        <translation>Fontanería</translation>
    </message>
    <message>
        <source>Roofing</source>
        <translation>Techos</translation>
    </message>
    <message>
        <source>Choose or type a category</source>
        <translation>Elija o escriba una categoría</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <source>Maintenance staff may enter the unit at any time</source>
        <translation>El personal de mantenimiento puede entrar en la unidad en cualquier momento</translation>
    </message>
    <message>
        <source>The resident's permission to enter (Propertyware's "authorize enter": Anytime, or No)</source>
        <translation>El permiso del residente para entrar (campo "authorize enter" de Propertyware: En cualquier momento o No)</translation>
    </message>
    <message>
        <source>Permission to enter:</source>
        <translation>Permiso de entrada:</translation>
    </message>
    <message>
        <source>What needs to be done, where, and anything the technician should know</source>
        <translation>Qué hay que hacer, dónde y cualquier cosa que el técnico deba saber</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>The change is sent to Propertyware as a comment on the work order's task. Property, unit and resident cannot be changed after creation.</source>
        <translation>El cambio se envía a Propertyware como comentario en la tarea de la orden de trabajo. La propiedad, la unidad y el residente no se pueden cambiar después de la creación.</translation>
    </message>
    <message>
        <source>Properties, units and residents come from Propertyware: while this connection is active they are not created here. Missing one? Add it in Propertyware and sync.</source>
        <translation>Las propiedades, unidades y residentes provienen de Propertyware: mientras esta conexión esté activa, no se crean aquí. ¿Falta alguno? Añádalo en Propertyware y sincronice.</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Create Work Order</source>
        <translation>Crear orden de trabajo</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Elija una propiedad…</translation>
    </message>
    <message>
        <source>The cache has no properties for this connection yet. Run a sync first: work orders belong to a property that comes from Propertyware.</source>
        <translation>La caché aún no tiene propiedades para esta conexión. Ejecute primero una sincronización: las órdenes de trabajo pertenecen a una propiedad que proviene de Propertyware.</translation>
    </message>
    <message>
        <source>Choose a property first</source>
        <translation>Elija primero una propiedad</translation>
    </message>
    <message>
        <source>No units (the whole property)</source>
        <translation>No hay unidades (toda la propiedad)</translation>
    </message>
    <message>
        <source>No unit (the whole property)</source>
        <translation>Sin unidad (toda la propiedad)</translation>
    </message>
    <message>
        <source>No residents here</source>
        <translation>No hay residentes aquí</translation>
    </message>
    <message>
        <source>No resident</source>
        <translation>Sin residente</translation>
    </message>
    <message>
        <source>This work order is no longer in the cache.</source>
        <translation>Esta orden de trabajo ya no está en la caché.</translation>
    </message>
    <message>
        <source>(unknown property)</source>
        <translation>(propiedad desconocida)</translation>
    </message>
    <message>
        <source>Choose the property first</source>
        <translation>Elija primero la propiedad</translation>
    </message>
    <message>
        <source>Describe what needs to be done</source>
        <translation>Describa lo que hay que hacer</translation>
    </message>
    <message>
        <source>Choose the property the work order is for.</source>
        <translation>Elija la propiedad a la que corresponde la orden de trabajo.</translation>
    </message>
    <message>
        <source>Describe what needs to be done.</source>
        <translation>Describa lo que hay que hacer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard work order</source>
        <translation>Descartar orden de trabajo</translation>
    </message>
    <message>
        <source>Close without saving your changes to this work order?</source>
        <translation>¿Cerrar sin guardar los cambios de esta orden de trabajo?</translation>
    </message>
    <message>
        <source>Close without creating this work order? What you typed is lost.</source>
        <translation>¿Cerrar sin crear esta orden de trabajo? Se perderá lo que escribió.</translation>
    </message>
</context>
<context>
    <name>pms::WorkOrderPusher</name>
    <message>
        <source>Work-order sync is off for this connection: its integration email (%1) is not the email of its PMS user (%2). Correct it in Settings; the work order is sent then.</source>
        <translation>La sincronización de órdenes de trabajo está desactivada para esta conexión: su correo de integración (%1) no es el de su usuario del PMS (%2). Corríjalo en Configuración; entonces se envía la orden de trabajo.</translation>
    </message>
    <message>
        <source>Already in Propertyware as work order %1.</source>
        <translation type="vanished">Ya está en Propertyware como orden de trabajo %1.</translation>
    </message>
    <message>
        <source>The work order is not in Propertyware yet.</source>
        <translation type="vanished">La orden de trabajo aún no está en Propertyware.</translation>
    </message>
    <message>
        <source>Not found in Propertyware after an uncertain answer; creating it again.</source>
        <translation type="vanished">No se encontró en Propertyware tras una respuesta dudosa; se crea de nuevo.</translation>
    </message>
    <message>
        <source>Found in Propertyware as work order %1 (the earlier attempt had reached it).</source>
        <translation type="vanished">Se encontró en Propertyware como orden de trabajo %1 (el intento anterior había llegado).</translation>
    </message>
    <message>
        <source>POST /workorders (attempt %1).</source>
        <translation type="vanished">POST /workorders (intento %1).</translation>
    </message>
    <message>
        <source>Propertyware accepted the work order but sent no id.</source>
        <translation type="vanished">Propertyware aceptó la orden de trabajo pero no envió ningún id.</translation>
    </message>
    <message>
        <source>Created in Propertyware as work order %1.</source>
        <translation type="vanished">Creada en Propertyware como orden de trabajo %1.</translation>
    </message>
    <message>
        <source>Change sent as a task comment.</source>
        <translation type="vanished">Cambio enviado como comentario de tarea.</translation>
    </message>
    <message>
        <source>Changed in PMS Bridge</source>
        <translation type="vanished">Cambiada en PMS Bridge</translation>
    </message>
    <message>
        <source>Propertyware made the task but sent no id.</source>
        <translation type="vanished">Propertyware creó la tarea pero no envió ningún id.</translation>
    </message>
    <message>
        <source>Closed in Propertyware.</source>
        <translation type="vanished">Cerrada en Propertyware.</translation>
    </message>
    <message>
        <source>The attached file %1 is gone from the cache's folder.</source>
        <translation>El archivo adjunto %1 ya no está en la carpeta de la caché.</translation>
    </message>
    <message>
        <source>Uploaded %1 (document %2).</source>
        <translation>Se subió %1 (documento %2).</translation>
    </message>
    <message>
        <source>The push failed.</source>
        <translation>El envío falló.</translation>
    </message>
    <message>
        <source>%1 Not retried until the work order is changed or Sync Now is pressed.</source>
        <translation>%1 No se reintenta hasta que se cambie la orden de trabajo o se pulse Sincronizar ahora.</translation>
    </message>
    <message>
        <source>%1 Checking whether Propertyware got it.</source>
        <translation type="vanished">%1 Comprobando si Propertyware la recibió.</translation>
    </message>
    <message>
        <source>%1 Trying again at %2.</source>
        <translation>%1 Se reintentará a las %2.</translation>
    </message>
    <message>
        <source>Already in %1 as work order %2.</source>
        <translation>Ya está en %1 como orden de trabajo %2.</translation>
    </message>
    <message>
        <source>The work order is not in %1 yet.</source>
        <translation>La orden de trabajo aún no está en %1.</translation>
    </message>
    <message>
        <source>Not found in %1 after an uncertain answer; creating it again.</source>
        <translation>No se encontró en %1 tras una respuesta incierta; se vuelve a crear.</translation>
    </message>
    <message>
        <source>Found in %1 as work order %2 (the earlier attempt had reached it).</source>
        <translation>Encontrada en %1 como orden de trabajo %2 (el intento anterior había llegado).</translation>
    </message>
    <message>
        <source>Sending to %1 (attempt %2).</source>
        <translation>Enviando a %1 (intento %2).</translation>
    </message>
    <message>
        <source>Created in %1 as work order %2.</source>
        <translation>Creada en %1 como orden de trabajo %2.</translation>
    </message>
    <message>
        <source>Change sent to %1.</source>
        <translation>Cambio enviado a %1.</translation>
    </message>
    <message>
        <source>Closed in %1.</source>
        <translation>Cerrada en %1.</translation>
    </message>
    <message>
        <source>%1 Checking whether %2 got it.</source>
        <translation>%1 Comprobando si %2 la recibió.</translation>
    </message>
</context>
<context>
    <name>pms::WorkOrderRepository</name>
    <message>
        <source>Choose the property of the work order.</source>
        <translation>Elija el inmueble de la orden de trabajo.</translation>
    </message>
    <message>
        <source>Describe the work to be done.</source>
        <translation>Describa el trabajo que hay que hacer.</translation>
    </message>
    <message>
        <source>Property %1 is not in the cache; run a sync first.</source>
        <translation>El inmueble %1 no está en la caché; ejecute antes una sincronización.</translation>
    </message>
    <message>
        <source>Unit %1 is not a unit of property %2 in the cache.</source>
        <translation>La unidad %1 no es una unidad del inmueble %2 en la caché.</translation>
    </message>
    <message>
        <source>Created in PMS Bridge.</source>
        <translation>Creada en PMS Bridge.</translation>
    </message>
    <message>
        <source>%1: "%2" → "%3"</source>
        <translation>%1: "%2" → "%3"</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Permission to enter</source>
        <translation>Permiso para entrar</translation>
    </message>
    <message>
        <source>Changed in PMS Bridge: %1</source>
        <translation>Cambiada en PMS Bridge: %1</translation>
    </message>
    <message>
        <source>Work order %1 is already completed.</source>
        <translation>La orden de trabajo %1 ya está completada.</translation>
    </message>
    <message numerus="yes">
        <source>Completed in PMS Bridge with %n attachment(s).</source>
        <translation>
            <numerusform>Completada en PMS Bridge con %n adjunto.</numerusform>
            <numerusform>Completada en PMS Bridge con %n adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing comment: %1</source>
        <translation>Comentario de cierre: %1</translation>
    </message>
    <message>
        <source>There is no work order %1.</source>
        <translation>No hay ninguna orden de trabajo %1.</translation>
    </message>
    <message>
        <source>The attachment %1 is gone from the cache.</source>
        <translation>El adjunto %1 ya no está en la caché.</translation>
    </message>
</context>
<context>
    <name>pms::WorkOrdersModel</name>
    <message>
        <source>Local ID</source>
        <translation type="vanished">ID local</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculada</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation>ID del PMS</translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation>ID de propiedad del PMS</translation>
    </message>
    <message>
        <source>PMS unit ID</source>
        <translation>ID de unidad del PMS</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Resident PMS ID</source>
        <translation>ID del residente en el PMS</translation>
    </message>
    <message>
        <source>Manager user ID</source>
        <translation>ID de usuario del gestor</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>Gestionada por</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Entry authorized</source>
        <translation>Entrada autorizada</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation>Propiedad (ID local)</translation>
    </message>
    <message>
        <source>PMS</source>
        <translation>PMS</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Esta aplicación</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Anytime</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>A una hora fija</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>No sincronizado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>The last push to the PMS failed.</source>
        <translation>El último envío al PMS falló.</translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation>El envío falló: %1</translation>
    </message>
    <message>
        <source>Changes wait in the outbox to be pushed to the PMS.</source>
        <translation>Los cambios esperan en la bandeja de salida para enviarse al PMS.</translation>
    </message>
    <message>
        <source>Not sent to the PMS.</source>
        <translation>No enviada al PMS.</translation>
    </message>
    <message>
        <source>In step with the PMS.</source>
        <translation>Al día con el PMS.</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Linked to its property and unit in the cache.</source>
        <translation>Vinculada a su propiedad y unidad en la caché.</translation>
    </message>
    <message>
        <source>Unlinked: its property or unit is not in the cache yet. It is kept and linked by a later sync.</source>
        <translation>Sin vincular: su propiedad o unidad aún no está en la caché. Se conserva y una sincronización posterior la vinculará.</translation>
    </message>
    <message>
        <source>PMS number</source>
        <translation>Número en el PMS</translation>
    </message>
</context>
<context>
    <name>pms::WorkOrdersPage</name>
    <message>
        <source>No work orders yet — run a sync from the toolbar.</source>
        <translation>Aún no hay órdenes de trabajo: ejecute una sincronización desde la barra de herramientas.</translation>
    </message>
    <message>
        <source>No work orders match the search and filters.</source>
        <translation>Ninguna orden de trabajo coincide con la búsqueda y los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln work orders</source>
        <translation>
            <numerusform>%L1 de %Ln orden de trabajo</numerusform>
            <numerusform>%L1 de %Ln órdenes de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>1 work order</source>
        <translation>1 orden de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln work orders</source>
        <translation>
            <numerusform>%Ln orden de trabajo</numerusform>
            <numerusform>%Ln órdenes de trabajo</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Status in the PMS</source>
        <translation>Estado en el PMS</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <source>All sync states</source>
        <translation>Todos los estados de sincronización</translation>
    </message>
    <message>
        <source>Unlinked only</source>
        <translation>Solo sin vincular</translation>
    </message>
    <message>
        <source>Work orders whose property or unit is not in the cache yet</source>
        <translation>Órdenes de trabajo cuya propiedad o unidad aún no está en la caché</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work-order sync is off for this connection.&lt;/b&gt; The integration email (%1) is not the email of its PMS user (%2). Correct it in Settings; until then no work order is imported or pushed.</source>
        <translation>&lt;b&gt;La sincronización de órdenes de trabajo está desactivada para esta conexión.&lt;/b&gt; El correo electrónico de integración (%1) no es el correo electrónico de su usuario del PMS (%2). Corríjalo en Configuración; hasta entonces no se importa ni se envía ninguna orden de trabajo.</translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation>Buscar órdenes de trabajo</translation>
    </message>
    <message>
        <source>Finds work orders whose number, description, requester or category contains every word (a number finds that work order)</source>
        <translation>Busca órdenes de trabajo cuyo número, descripción, solicitante o categoría contenga todas las palabras (un número encuentra esa orden de trabajo)</translation>
    </message>
    <message>
        <source>the new work order</source>
        <translation type="vanished">la nueva orden de trabajo</translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation>orden de trabajo %1</translation>
    </message>
    <message>
        <source>&amp;New Work Order…</source>
        <translation>&amp;Nueva orden de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Completar…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send the selected work orders' waiting changes to Propertyware now, also those that failed</source>
        <translation>Enviar ahora a Propertyware los cambios pendientes de las órdenes de trabajo seleccionadas, también los que fallaron</translation>
    </message>
    <message>
        <source>This work order is completed already</source>
        <translation>Esta orden de trabajo ya está completada</translation>
    </message>
    <message>
        <source>Complete it, with photos, logs and invoices</source>
        <translation>Completarla, con fotos, registros y facturas</translation>
    </message>
    <message>
        <source>Work order created.</source>
        <translation>Orden de trabajo creada.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Work order completed.</source>
        <translation>Orden de trabajo completada.</translation>
    </message>
    <message>
        <source>It waits in the outbox: enter the connection's client secret in Settings and it is sent.</source>
        <translation>Espera en la bandeja de salida: introduzca el secreto de cliente de la conexión en Configuración y se enviará.</translation>
    </message>
    <message>
        <source>Sending it to Propertyware…</source>
        <translation>Enviándola a Propertyware…</translation>
    </message>
    <message>
        <source>Enter the client secret of this connection to send work orders to Propertyware.</source>
        <translation>Introduzca el secreto de cliente de esta conexión para enviar órdenes de trabajo a Propertyware.</translation>
    </message>
    <message>
        <source>Sending every waiting work-order change to Propertyware…</source>
        <translation>Enviando a Propertyware todos los cambios pendientes de órdenes de trabajo…</translation>
    </message>
    <message>
        <source>Sending the work order to Propertyware…</source>
        <translation>Enviando la orden de trabajo a Propertyware…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n work orders to Propertyware…</source>
        <translation>
            <numerusform>Enviando %n orden de trabajo a Propertyware…</numerusform>
            <numerusform>Enviando %n órdenes de trabajo a Propertyware…</numerusform>
        </translation>
    </message>
    <message>
        <source>Propertyware refused the credentials: %1</source>
        <translation>Propertyware rechazó las credenciales: %1</translation>
    </message>
    <message>
        <source>A work order could not be sent; the Sync column and the detail pane say why.</source>
        <translation>No se pudo enviar una orden de trabajo; la columna Sincronización y el panel de detalles indican el motivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n work orders could not be sent; the Sync column and the detail pane say why.</source>
        <translation>
            <numerusform>No se pudo enviar %n orden de trabajo; la columna Sincronización y el panel de detalles indican el motivo.</numerusform>
            <numerusform>No se pudieron enviar %n órdenes de trabajo; la columna Sincronización y el panel de detalles indican el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Propertyware did not answer for a work order; it is tried again shortly.</source>
        <translation>Propertyware no respondió para una orden de trabajo; se volverá a intentar en breve.</translation>
    </message>
    <message numerus="yes">
        <source>Propertyware did not answer for %n work orders; they are tried again shortly.</source>
        <translation>
            <numerusform>Propertyware no respondió para %n orden de trabajo; se volverá a intentar en breve.</numerusform>
            <numerusform>Propertyware no respondió para %n órdenes de trabajo; se volverán a intentar en breve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to Propertyware: 1 change.</source>
        <translation>Enviado a Propertyware: 1 cambio.</translation>
    </message>
    <message numerus="yes">
        <source>Sent to Propertyware: %n changes.</source>
        <translation>
            <numerusform>Enviado a Propertyware: %n cambio.</numerusform>
            <numerusform>Enviados a Propertyware: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>No había nada pendiente de envío.</translation>
    </message>
</context>
<context>
    <name>pms::app::Cli</name>
    <message>
        <source>PMS Bridge is already open on this cache; its window was brought forward.</source>
        <translation>PMS Bridge ya está abierto con esta caché; se ha traído su ventana al frente.</translation>
    </message>
</context>
<context>
    <name>pms::app::ConnectCommand</name>
    <message>
        <source>--system-id '%1' is not a Propertyware system id: it is a number, e.g. --system-id 1001</source>
        <translation>--system-id '%1' no es un ID de sistema de Propertyware: es un número, p. ej. --system-id 1001</translation>
    </message>
    <message>
        <source>the PMS base URL must start with https:// so the client secret is encrypted on the way (plain http only to this computer): use --base-url %1</source>
        <translation>la URL base del PMS debe empezar por https:// para que el secreto de cliente viaje cifrado (http sin cifrar solo hacia este equipo): use --base-url %1</translation>
    </message>
</context>
<context>
    <name>pms::app::DemoCommand</name>
    <message>
        <source>There is no display to show the demo on (DISPLAY is not set): run ./scripts/demo.sh, which starts a virtual one, or add --exit-after-sync to run it offscreen.</source>
        <translation>No hay ninguna pantalla en la que mostrar la demostración (DISPLAY no está definida): ejecute ./scripts/demo.sh, que inicia una virtual, o añada --exit-after-sync para ejecutarla sin pantalla.</translation>
    </message>
</context>
<context>
    <name>pms::app::GuiCommand</name>
    <message>
        <source>There is no display to open the window on (DISPLAY is not set): start PMS Bridge from a desktop session, or give it a command (see 'pmsbridge --help').</source>
        <translation>No hay ninguna pantalla en la que abrir la ventana (DISPLAY no está definida): inicie PMS Bridge desde una sesión de escritorio o indíquele un comando (vea 'pmsbridge --help').</translation>
    </message>
</context>
<context>
    <name>pms::buildium</name>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumClient</name>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>https://api.buildium.com, or a sandbox's address</source>
        <translation>https://api.buildium.com, o la dirección de un entorno de pruebas</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>From Buildium: Settings &gt; Developer Tools &gt; API keys (the key needs the permissions listed in the documentation)</source>
        <translation>De Buildium: Settings &gt; Developer Tools &gt; API keys (la clave necesita los permisos que indica la documentación)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Shown once when the key is created; kept in the system keychain</source>
        <translation>Se muestra una vez al crear la clave; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Integration user</source>
        <translation>Usuario de integración</translation>
    </message>
    <message>
        <source>The Buildium staff user the work orders for PMS Bridge are assigned to</source>
        <translation>El usuario de Buildium al que se asignan las órdenes de trabajo de PMS Bridge</translation>
    </message>
    <message>
        <source>Integration user's email</source>
        <translation>Correo del usuario de integración</translation>
    </message>
    <message>
        <source>Must be that Buildium user's email, or work orders are not synced</source>
        <translation>Debe ser el correo de ese usuario de Buildium, o las órdenes de trabajo no se sincronizan</translation>
    </message>
    <message>
        <source>Vendor for new work orders</source>
        <translation>Proveedor para las órdenes de trabajo nuevas</translation>
    </message>
    <message>
        <source>Buildium requires a vendor on every work order; the id of the one work orders made in PMS Bridge get</source>
        <translation>Buildium exige un proveedor en cada orden de trabajo; el id del que reciben las órdenes creadas en PMS Bridge</translation>
    </message>
    <message>
        <source>Buildium needs a vendor on every work order: choose the vendor for new work orders in Settings &gt; Connection.</source>
        <translation>Buildium necesita un proveedor en cada orden de trabajo: elija el proveedor para las órdenes nuevas en Configuración &gt; Conexión.</translation>
    </message>
    <message>
        <source>Buildium created the work order but its answer has no work order or task id</source>
        <translation>Buildium creó la orden de trabajo pero su respuesta no trae id de orden ni de tarea</translation>
    </message>
    <message>
        <source>No Buildium user has the email %1: work orders stay off until the connection's integration email is the one of the Buildium user they are assigned to.</source>
        <translation>Ningún usuario de Buildium tiene el correo %1: las órdenes de trabajo siguen desactivadas hasta que el correo de integración de la conexión sea el del usuario de Buildium al que se asignan.</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumConnector</name>
    <message>
        <source>Buildium work orders are assigned to the integration user: enter its email in Settings &gt; Connection.</source>
        <translation>Las órdenes de trabajo de Buildium se asignan al usuario de integración: escriba su correo en Configuración &gt; Conexión.</translation>
    </message>
    <message>
        <source>Buildium needs a vendor on every work order: choose the vendor for new work orders in Settings &gt; Connection.</source>
        <translation>Buildium exige un proveedor en cada orden de trabajo: elija el proveedor para órdenes de trabajo nuevas en Configuración &gt; Conexión.</translation>
    </message>
    <message>
        <source>Buildium sent the work order without its task</source>
        <translation>Buildium envió la orden de trabajo sin su tarea</translation>
    </message>
    <message>
        <source>Work order %1: %2</source>
        <translation>Orden de trabajo %1: %2</translation>
    </message>
    <message>
        <source>Buildium has no file category to put the attachment in: add one in Buildium (Files &gt; Categories).</source>
        <translation>Buildium no tiene una categoría de archivos donde poner el adjunto: cree una en Buildium (Files &gt; Categories).</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumErrors</name>
    <message>
        <source>Buildium does not know this API key's client ID: enter the client ID of an active key (Buildium: Settings &gt; Developer Tools) in Settings &gt; Connection.</source>
        <translation>Buildium no conoce el ID de cliente de esta clave de API: introduzca el ID de cliente de una clave activa (Buildium: Settings &gt; Developer Tools) en Configuración &gt; Conexión.</translation>
    </message>
    <message>
        <source>Buildium refused the API key: enter the key's current client secret (or the client ID and secret of a new key from Buildium's Settings &gt; Developer Tools) in Settings &gt; Connection.</source>
        <translation>Buildium rechazó la clave de API: introduzca el secreto de cliente actual de la clave (o el ID y el secreto de una clave nueva de Settings &gt; Developer Tools de Buildium) en Configuración &gt; Conexión.</translation>
    </message>
    <message>
        <source>The Buildium API key has no permission for %1: allow it in Buildium (Settings &gt; Developer Tools &gt; the key's permissions), then sync again.</source>
        <translation>La clave de API de Buildium no tiene permiso para %1: permítalo en Buildium (Settings &gt; Developer Tools &gt; permisos de la clave) y sincronice de nuevo.</translation>
    </message>
    <message>
        <source>Buildium said: %1</source>
        <translation>Buildium dijo: %1</translation>
    </message>
    <message>
        <source>Buildium refused the request to %1 as malformed (HTTP 400).</source>
        <translation>Buildium rechazó la solicitud a %1 por estar mal formada (HTTP 400).</translation>
    </message>
    <message>
        <source>Buildium has no %1 (HTTP 404): it may have been deleted.</source>
        <translation>Buildium no tiene %1 (HTTP 404): puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Buildium refused the change to %1 because it conflicts with the record as it is now (HTTP 409).</source>
        <translation>Buildium rechazó el cambio en %1 porque choca con el registro tal como está ahora (HTTP 409).</translation>
    </message>
    <message>
        <source>Buildium did not accept the format of the request to %1 (HTTP 415).</source>
        <translation>Buildium no aceptó el formato de la solicitud a %1 (HTTP 415).</translation>
    </message>
    <message>
        <source>Buildium could not use the data sent to %1 (HTTP 422).</source>
        <translation>Buildium no pudo usar los datos enviados a %1 (HTTP 422).</translation>
    </message>
    <message>
        <source>Buildium is limiting requests (HTTP 429); try again in a few minutes.</source>
        <translation>Buildium está limitando las solicitudes (HTTP 429); inténtelo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Buildium had a problem answering (HTTP %1); try again later.</source>
        <translation>Buildium tuvo un problema al responder (HTTP %1); inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Buildium refused the request to %1 (HTTP %2).</source>
        <translation>Buildium rechazó la solicitud a %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>Buildium answered with an unexpected HTTP status %1.</source>
        <translation>Buildium respondió con un estado HTTP inesperado %1.</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumListJob</name>
    <message>
        <source>Buildium kept sending pages of %1 beyond %2 requests; the list was stopped.</source>
        <translation>Buildium siguió enviando páginas de %1 más allá de %2 solicitudes; se detuvo la lista.</translation>
    </message>
    <message>
        <source>Buildium answered %1 with something other than a list</source>
        <translation>Buildium respondió a %1 con algo que no es una lista</translation>
    </message>
    <message>
        <source>Buildium sent an unusable record count ('%1') for %2; the list was read to its end without it.</source>
        <translation>Buildium envió un recuento de registros inutilizable ('%1') para %2; la lista se leyó hasta el final sin él.</translation>
    </message>
    <message>
        <source>A record of %1 (position %2) has no usable Id and was left out.</source>
        <translation>Un registro de %1 (posición %2) no tiene un Id utilizable y se dejó fuera.</translation>
    </message>
    <message>
        <source>Position %1 of %2 is not a record and was left out.</source>
        <translation>La posición %1 de %2 no es un registro y se dejó fuera.</translation>
    </message>
    <message>
        <source>Buildium said %1 holds %2 records but %3 came; reading it once more.</source>
        <translation>Buildium dijo que %1 tiene %2 registros pero llegaron %3; se lee una vez más.</translation>
    </message>
    <message>
        <source>Records were added to or removed from %1 while it was read; reading it once more.</source>
        <translation>Se añadieron o quitaron registros de %1 mientras se leía; se lee una vez más.</translation>
    </message>
    <message>
        <source>Buildium said %1 holds %2 records, but only %3 came after reading it twice; try again later.</source>
        <translation>Buildium dijo que %1 tiene %2 registros, pero solo llegaron %3 tras leerla dos veces; inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumPager</name>
    <message>
        <source>Buildium work order %1 names no task; it is left out</source>
        <translation>La orden de trabajo %1 de Buildium no indica ninguna tarea; se deja fuera</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumRecords</name>
    <message>
        <source>it has no %1</source>
        <translation>no tiene %1</translation>
    </message>
    <message>
        <source>%1 is %2, not an id (a whole number from 1 to 2147483647)</source>
        <translation>%1 es %2, no un id (un número entero de 1 a 2147483647)</translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <translation>%1 es %2, no un texto</translation>
    </message>
    <message>
        <source>%1 is %2, not true or false</source>
        <translation>%1 es %2, no verdadero o falso</translation>
    </message>
    <message>
        <source>%1 is %2, not a number</source>
        <translation>%1 es %2, no un número</translation>
    </message>
    <message>
        <source>%1 is '%2', not a date (YYYY-MM-DD)</source>
        <translation>%1 es '%2', no una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is '%2', not a date and time</source>
        <translation>%1 es '%2', no una fecha y hora</translation>
    </message>
    <message>
        <source>%1 is '%2', which the Buildium API does not define</source>
        <translation>%1 es '%2', que la API de Buildium no define</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 es %2, no un objeto</translation>
    </message>
    <message>
        <source>%1 is %2, not a list</source>
        <translation>%1 es %2, no una lista</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Buildium %1 %2 cannot be used: %3.</source>
        <translation>No se puede usar %1 %2 de Buildium: %3.</translation>
    </message>
    <message>
        <source>A Buildium %1 cannot be used: %2.</source>
        <translation>No se puede usar un %1 de Buildium: %2.</translation>
    </message>
    <message>
        <source>PropertyIds holds %1, not a rental id</source>
        <translation>PropertyIds contiene %1, no un id de alquiler</translation>
    </message>
    <message>
        <source>a non-number</source>
        <translation>algo que no es un número</translation>
    </message>
    <message>
        <source>rental owner</source>
        <translation>propietario de alquiler</translation>
    </message>
    <message>
        <source>it has no Name</source>
        <translation>no tiene Name</translation>
    </message>
    <message>
        <source>rental property</source>
        <translation>inmueble en alquiler</translation>
    </message>
    <message>
        <source>rental unit</source>
        <translation>unidad en alquiler</translation>
    </message>
    <message>
        <source>it has no LeaseStatus</source>
        <translation>no tiene LeaseStatus</translation>
    </message>
    <message>
        <source>%1 holds something that is not a tenant</source>
        <translation>%1 contiene algo que no es un inquilino</translation>
    </message>
    <message>
        <source>lease</source>
        <translation>contrato</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>its task is %1, but task %2 was joined to it</source>
        <translation>su tarea es la %1, pero se le unió la tarea %2</translation>
    </message>
    <message>
        <source>Buildium user %1</source>
        <translation>usuario de Buildium %1</translation>
    </message>
    <message>
        <source>work order</source>
        <translation>orden de trabajo</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumRequest</name>
    <message>
        <source>The Buildium file store refused the upload (HTTP %1): %2</source>
        <translation>El almacén de archivos de Buildium rechazó la subida (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the answer had no HTTP status</source>
        <translation>la respuesta no tenía estado HTTP</translation>
    </message>
    <message numerus="yes">
        <source>Buildium asked to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Buildium pidió esperar %n segundo antes de reintentar.</numerusform>
            <numerusform>Buildium pidió esperar %n segundos antes de reintentar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumTaskStatusJob</name>
    <message>
        <source>Buildium task %1 has no task type PMS Bridge knows ('%2')</source>
        <translation>La tarea %1 de Buildium tiene un tipo de tarea que PMS Bridge no conoce ('%2')</translation>
    </message>
</context>
<context>
    <name>pms::buildium::BuildiumUploadJob</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>Buildium's upload ticket has no usable BucketUrl, FormData or PhysicalFileName</source>
        <translation>El ticket de subida de Buildium no tiene BucketUrl, FormData ni PhysicalFileName utilizables</translation>
    </message>
    <message>
        <source>Buildium accepted the file %1 but does not list it yet</source>
        <translation>Buildium aceptó el archivo %1 pero aún no lo lista</translation>
    </message>
</context>
<context>
    <name>pms::propertyware::PropertywareConnector</name>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>The Propertyware REST API address, ending in /v1</source>
        <translation>La dirección de la API REST de Propertyware, terminada en /v1</translation>
    </message>
    <message>
        <source>System ID</source>
        <translation>ID de sistema</translation>
    </message>
    <message>
        <source>Your Propertyware system ID (one account per connection)</source>
        <translation>Su ID de sistema de Propertyware (una cuenta por conexión)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>From Propertyware: Settings &gt; API Access</source>
        <translation>En Propertyware: Settings &gt; API Access</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Integration user</source>
        <translation>Usuario de integración</translation>
    </message>
    <message>
        <source>The Propertyware user in the work orders' "Managed By" that PMS Bridge syncs</source>
        <translation>El usuario de Propertyware del campo «Managed By» de las órdenes de trabajo que PMS Bridge sincroniza</translation>
    </message>
    <message>
        <source>Integration user's email</source>
        <translation>Correo del usuario de integración</translation>
    </message>
    <message>
        <source>Must be that Propertyware user's email, or work orders are not synced</source>
        <translation>Debe ser el correo de ese usuario de Propertyware, o las órdenes de trabajo no se sincronizan</translation>
    </message>
    <message>
        <source>Propertyware accepted the work order but sent no id.</source>
        <translation>Propertyware aceptó la orden de trabajo pero no envió ningún id.</translation>
    </message>
    <message>
        <source>Changed in PMS Bridge</source>
        <translation>Cambiado en PMS Bridge</translation>
    </message>
    <message>
        <source>Propertyware made the task but sent no id.</source>
        <translation>Propertyware creó la tarea pero no envió ningún id.</translation>
    </message>
</context>
</TS>