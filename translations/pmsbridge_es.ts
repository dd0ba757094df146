<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>pms</name>
    <message>
        <source>accepted suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapped by hand</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::AvailablePlatformUnitsModel</name>
    <message>
        <source>(no platform unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, floor %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ConnectionTester</name>
    <message>
        <source>Enter the address of the Propertyware API, e.g. https://api.propertyware.com/pw/api/rest/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. It looks like https://api.propertyware.com/pw/api/rest/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS is required for %1: use https:// (plain http is only allowed on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like the Propertyware API (HTTP %2, no list of portfolios). Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n portfolio visible</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n portfolios visible</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: Propertyware answered in %1 ms; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PMS rejected the client ID or secret (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PMS accepted the client ID but refused access to system ID %1 (HTTP 403). Check the system ID and the API user&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Propertyware API at %1 (HTTP 404). Check the base URL; it usually ends in /pw/api/rest/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PMS asks to slow down (HTTP 429). Wait a minute and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PMS at %1 has a problem of its own (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PMS at %1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: connection refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: the name is unknown. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: it closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach %1: no answer within %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect securely to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: this computer is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 through the proxy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ConnectionValidator</name>
    <message>
        <source>Enter the system ID of your Propertyware account (a number, shown in Propertyware&apos;s API settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system ID is a number, e.g. 1001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID from Propertyware&apos;s API settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret that belongs to the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name under 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the integration user&apos;s name: work orders whose &quot;Managed By&quot; is this name are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the integration user&apos;s email (the email of the PMS user PMS Bridge works as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address, e.g. bridge@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The look-back is at least 1 hour.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>pms::DataTableView</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows are too many to copy; use Export CSV for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::DeactivationChartView</name>
    <message>
        <source>Units deactivated per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::DemoLauncher</name>
    <message>
        <source>Demo (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator could not open a port on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the demo connection: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this column: text finds values containing it; =x equals, != differs, &gt; and &lt; compare numbers and dates (2024-03 is March 2024); yes/no for flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::LeasesModel</name>
    <message>
        <source>PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::LeasesPage</name>
    <message>
        <source>Search lease name, status, PMS lease ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leases yet — leases sync once a day at 23:30 UTC, or run a sync from the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leases match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln leases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln leases</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
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
        <source>Could not start the demo. Run &apos;pmsbridge demo&apos; in a terminal.</source>
        <translation>No se pudo iniciar la demostración. Ejecute &apos;pmsbridge demo&apos; en un terminal.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Platform Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A-1203</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maple Court, or 123 Oak St</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitImportDialog</name>
    <message>
        <source>Import Platform Units from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with the columns name, building, floor, external_ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file. Nothing is imported until every line is good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file are listed here, with their line numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n platform unit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n platform units.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Platform Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %n error: nothing will be imported until it is fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %n errors: nothing will be imported until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform unit ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n platform units ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n platform units…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitModel</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to PMS unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitPicker</name>
    <message>
        <source>Type to search platform units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::PlatformUnitsPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search platform units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 platform units, %2 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit &apos;%1&apos; is mapped to PMS unit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit &apos;%1&apos; is mapped to PMS unit %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident is assigned to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents are assigned to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete it together with its mapping? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Platform Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit &apos;%1&apos; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n platform unit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n platform units.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pms::PropertiesModel</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS portfolio ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by hand: a sync never re-activates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive in the PMS or deactivated by reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::PropertiesPage</name>
    <message>
        <source>Search name, PMS ID, address, city, manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No properties yet — run a sync from the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No properties match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 property</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln properties</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a property to see its units and its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search unit, PMS ID, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a property to see its units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged for this property yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log entry matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln log entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln log entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::PropertyFilterCombo</name>
    <message>
        <source>All properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one property&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::PropertyLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reappeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ReconcileCsvExport</name>
    <message>
        <source>Cannot open the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ReconcileItemsModel</name>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the PMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit %1 in PMS building %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ReconcilePreviewDialog</name>
    <message>
        <source>Reconciliation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 active units are still in the PMS unit list: nothing would be deactivated. Confirm to record the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active unit(s) no longer in the PMS unit list would be deactivated (%1 units checked, %2 in the PMS). Each deactivation is logged on its property and can be undone later with Restore.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The safety guard stopped this run.&lt;/b&gt; %1&lt;br&gt;A PMS outage can look like units disappearing: check the list before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property / unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active units</source>
        <translation>Unidades activas</translation>
    </message>
    <message>
        <source>Would be deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked the list: deactivate these units anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ReconcileReviewModel</name>
    <message>
        <source>PMS unit %1: deactivated by reconciliation (snapshot %2), listed in the PMS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ReconcileSnapshotsModel</name>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) would be deactivated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ReconciliationPage</name>
    <message numerus="yes">
        <source>%n unit(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the PMS unit list: page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the PMS unit list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Units the PMS no longer lists are deactivated once a month; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the PMS now and preview what would be deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units the selected run deactivated (or the latest run&apos;s), as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by property, unit, address or PMS id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected deactivated units active again (logged on their property)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated by reconciliation and listed in the PMS again: they stay inactive until you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the reconciliation history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 stopped before deactivating anything: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PMS connection yet: add one in Settings, then reconciliation can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the run of %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reconciliation has run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation needs the sync engine, which is not running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of this connection is not available in this session. Enter it in Settings, then run reconciliation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deactivated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) deactivated and logged on their properties.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) had changed since the preview and were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deactivated. The preview is kept in the list of runs (snapshot %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Make %n unit(s) active again? Each restoration is logged on its property. A unit the PMS still does not list is deactivated again by the next run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) restored; each is logged on its property.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot update the units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept deactivated and off the review list: %n unit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export deactivated units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ResidentsModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS lease ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s unit is not mapped to a platform unit (Unit Mapping).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ResidentsPage</name>
    <message>
        <source>Search name, email, phone, PMS contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residents yet — residents on active leases arrive with a sync from the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residents match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln residents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln residents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Without platform unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents whose unit is not mapped to a platform unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::RunChart</name>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished sync runs yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::ScheduleEditor</name>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Job&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;When&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next run&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a connection to another Propertyware account (one per system ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to this connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Downtown portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PMS Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bridge@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration e&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Sync: import residents on active leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Sync: assign residents to platform units through the unit mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental syncs ask for records changed in this many hours before the last successful run (never less than the time since it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look-back for incremental syncs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PMS says its API user&apos;s email is %1: work-order sync stays off until they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is kept for this session only; leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the system keychain; leave the field empty to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keychain on this computer: PMS Bridge keeps the secret for this session only and asks for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the settings or the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••••••• (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the fields marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and everything synced from it (properties, units, residents, leases, work orders and its run history)? The PMS itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::SqlTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CSV column &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::SyncActivityPage</name>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search kind, result, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has run yet — run a sync from the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its counts per record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why didn&apos;t this sync?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a name, a PMS ID or a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was left out — every record the PMS sent was synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exclusion matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln records left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 record left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln records left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %L2 created, %L3 updated, %L4 unchanged, %L5 skipped, %L6 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 recorded no counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 — </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::SyncExclusionsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it did not sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::SyncRunsModel</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties &amp; residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>pms::TablePanel</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows shown (search, filters and sort apply) with the visible columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied 1 row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 row to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln rows to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after the unit&apos;s street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same unit number once the building code is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same unit number once the building codes are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar building name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building where this property&apos;s other units are mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no building to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confidence: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped. Double-click or press F2 to pick a platform unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit %1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search units, properties, addresses, platform units (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the selected units to their suggested platform units (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping of the selected units (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n mappings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestion shown has a confidence of %1 % or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion accepted. Ctrl+Z undoes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions accepted. Ctrl+Z undoes them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick Platform Unit…	F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Suggestion	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Mapping	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Platform Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(property %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Sync is off for this connection, so Unit Sync is too: mappings are kept, but no resident is assigned to a platform unit. Switch it on in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Sync is off for this connection: mappings are kept, but no resident is assigned to a platform unit. Switch it on in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Suggestion</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n Suggestions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Map every unit shown whose suggestion has a confidence of %1 % or more, in one step (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units mapped (%3 %) · %4 suggestions · %5 platform units available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · computing suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::UnitsModel</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residentes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by hand: a sync never re-activates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated by reconciliation snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive in the PMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::WelcomePage</name>
    <message>
        <source>Welcome to PMS Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS Bridge keeps a local copy of your Propertyware portfolio, sends work orders back to it, and helps you map PMS units to platform units. Connect your Propertyware account to start, or try it first with the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Propertyware…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the base URL of the API, your system ID, and a client ID and secret from Propertyware&apos;s API settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a simulated Propertyware account on this computer and syncs it, so you can see every screen at work. Nothing leaves your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the simulator…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::WorkOrderDetailPane</name>
    <message>
        <source>Select a work order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked: the property or unit of this work order is not in the cache yet. It is kept, and a later sync links it.</source>
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
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New work order (local %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::WorkOrdersModel</name>
    <message>
        <source>Local ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
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
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS property ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS unit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident PMS ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property (local ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anytime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last push to the PMS failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes wait in the outbox to be pushed to the PMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the PMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In step with the PMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to its property and unit in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked: its property or unit is not in the cache yet. It is kept and linked by a later sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pms::WorkOrdersPage</name>
    <message>
        <source>No work orders yet — run a sync from the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work orders match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln work orders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln work orders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in the PMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sync states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders whose property or unit is not in the cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Work-order sync is off for this connection.&lt;/b&gt; The integration email (%1) is not the email of its PMS user (%2). Correct it in Settings; until then no work order is imported or pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds work orders whose number, description, requester or category contains every word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
