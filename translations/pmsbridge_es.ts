<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
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
        <translation>Introduzca la dirección de la API de Propertyware, p. ej. https://api.propertyware.com/pw/api/rest/v1</translation>
    </message>
    <message>
        <source>This is not a web address. It looks like https://api.propertyware.com/pw/api/rest/v1</source>
        <translation>Esto no es una dirección web. Debe tener un formato como https://api.propertyware.com/pw/api/rest/v1</translation>
    </message>
    <message>
        <source>HTTPS is required for %1: use https:// (plain http is only allowed on this computer).</source>
        <translation>Se requiere HTTPS para %1: use https:// (http sin cifrar solo se permite en este equipo).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Propertyware API (HTTP %2, no list of portfolios). Check the base URL.</source>
        <translation>%1 respondió, pero no como la API de Propertyware (HTTP %2, sin lista de carteras). Compruebe la URL base.</translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio visible</source>
        <translation>
            <numerusform>%n cartera visible</numerusform>
            <numerusform>%n carteras visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portfolios visible</source>
        <translation>
            <numerusform>%n cartera visible</numerusform>
            <numerusform>%n carteras visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: Propertyware answered in %1 ms; %2.</source>
        <translation>Conectado: Propertyware respondió en %1 ms; %2.</translation>
    </message>
    <message>
        <source>The PMS rejected the client ID or secret (HTTP 401).</source>
        <translation>El PMS rechazó el ID o el secreto de cliente (HTTP 401).</translation>
    </message>
    <message>
        <source>The PMS accepted the client ID but refused access to system ID %1 (HTTP 403). Check the system ID and the API user's permissions.</source>
        <translation>El PMS aceptó el ID de cliente, pero denegó el acceso al ID de sistema %1 (HTTP 403). Compruebe el ID de sistema y los permisos del usuario de la API.</translation>
    </message>
    <message>
        <source>There is no Propertyware API at %1 (HTTP 404). Check the base URL; it usually ends in /pw/api/rest/v1.</source>
        <translation>No hay ninguna API de Propertyware en %1 (HTTP 404). Compruebe la URL base; normalmente termina en /pw/api/rest/v1.</translation>
    </message>
    <message>
        <source>The PMS asks to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation>El PMS pide reducir el ritmo de solicitudes (HTTP 429). Espere un minuto y vuelva a probar.</translation>
    </message>
    <message>
        <source>The PMS at %1 has a problem of its own (HTTP %2). Try again later.</source>
        <translation>El PMS en %1 tiene un problema propio (HTTP %2). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The PMS at %1 refused the request (HTTP %2).</source>
        <translation>El PMS en %1 rechazó la solicitud (HTTP %2).</translation>
    </message>
    <message>
        <source>Cannot reach %1: connection refused.</source>
        <translation>No se puede conectar con %1: conexión rechazada.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the name is unknown. Check the address and the network.</source>
        <translation>No se puede conectar con %1: el nombre es desconocido. Compruebe la dirección y la red.</translation>
    </message>
    <message>
        <source>Cannot reach %1: it closed the connection.</source>
        <translation>No se puede conectar con %1: cerró la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach %1: no answer within %n seconds.</source>
        <translation>
            <numerusform>No se puede conectar con %1: sin respuesta en %n segundo.</numerusform>
            <numerusform>No se puede conectar con %1: sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect securely to %1: %2</source>
        <translation>No se puede establecer una conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: this computer is offline.</source>
        <translation>No se puede conectar con %1: este equipo no tiene conexión.</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: %2</source>
        <translation>No se puede conectar con %1 a través del proxy: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
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
        <translation>&lt;b&gt;Todo o nada.&lt;/b&gt; Las filas se escriben en una sola transacción: si algo falla, no se escribe nada y la caché queda como está.&lt;br&gt;&lt;br&gt;&lt;b&gt;Solo adiciones.&lt;/b&gt; Una importación solo añade %1 que aún no existen; nunca modifica ni elimina lo que ya está en la caché (las líneas que coinciden con un registro existente se indicaron en la comprobación).</translation>
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
        <translation>Se importó 1 %1.</translation>
    </message>
    <message>
        <source>Imported %1 %2.</source>
        <translation>Se importaron %1 %2.</translation>
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
        <translation>Todas las filas de &lt;b&gt;%1&lt;/b&gt; se añadieron en una sola transacción. No se modificaron %2 existentes: una importación solo añade.&lt;br&gt;&lt;br&gt;%3</translation>
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
        <translation>Aún no hay propietarios — importe un archivo CSV con Importar propietarios… (ofrece una plantilla para empezar).</translation>
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
        <translation>Aún no hay proveedores — importe un archivo CSV con Importar proveedores… (ofrece una plantilla).</translation>
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
        <translation>Las personas y empresas propietarias de las propiedades que administra. No se sincronizan con el PMS: se importan desde CSV y las comparten todas las conexiones.</translation>
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
        <translation>Contratistas y suministradores para trabajos de mantenimiento. No se sincronizan con el PMS: se importan desde CSV y los comparten todas las conexiones.</translation>
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
        <translation>Añadir filas desde un archivo CSV: vista previa, asignación de columnas y lista de cada línea errónea; no se escribe nada a menos que todo el archivo sea correcto</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Imported 1 %1.</source>
        <translation>Se importó 1 %1.</translation>
    </message>
    <message>
        <source>Imported %1 %2.</source>
        <translation>Se importaron %1 %2.</translation>
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
        <translation>No se desactivó nada. La vista previa se conserva en la lista de ejecuciones (instantánea %1).</translation>
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
</context>
<context>
    <name>pms::SettingsPage</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a connection to another Propertyware account (one per system ID)</source>
        <translation>Agregar una conexión a otra cuenta de Propertyware (una por ID de sistema)</translation>
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
        <translation><numerusform>%n puesto en la caché</numerusform><numerusform>%n puestos en la caché</numerusform></translation>
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
        <translation>PMS Bridge mantiene una copia local de su cartera de Propertyware, le envía de vuelta las órdenes de trabajo y le ayuda a asignar las unidades del PMS a unidades de la plataforma. Conecte su cuenta de Propertyware para empezar, o pruébelo primero con el simulador integrado.</translation>
    </message>
    <message>
        <source>Connect to Propertyware…</source>
        <translation>Conectar a Propertyware…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demostración</translation>
    </message>
    <message>
        <source>You need the base URL of the API, your system ID, and a client ID and secret from Propertyware's API settings.</source>
        <translation>Necesita la URL base de la API, su ID de sistema y un ID y secreto de cliente de la configuración de la API de Propertyware.</translation>
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
        <translation>Nueva orden de trabajo (local %1)</translation>
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
    <name>pms::WorkOrdersModel</name>
    <message>
        <source>Local ID</source>
        <translation>ID local</translation>
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
        <translation>la nueva orden de trabajo</translation>
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
</TS>