#!/usr/bin/env python3
"""Fills translations/pmsbridge_es.ts from the table below (run after lupdate; a translator
working in Qt Linguist can ignore it). Only entries still unfinished are touched."""
import sys
import xml.etree.ElementTree as ET

ES = {
    # main window, navigation, about
    'About PMS Bridge': 'Acerca de PMS Bridge',
    'Sync failed: %1': 'La sincronización falló: %1',
    'Sync cancelled; what was synced so far is kept.': 'Sincronización cancelada; se conserva lo sincronizado hasta ahora.',
    '&File': '&Archivo', '&Edit': '&Editar', '&Go': '&Ir', '&Sync': '&Sincronizar', '&Help': 'Ay&uda',
    '&Quit': '&Salir', '&Copy': '&Copiar', '&Find': '&Buscar',
    '&Initial sync (everything)': 'Sincronización &inicial (todo)',
    'I&ncremental sync (recent changes)': 'Sincronización i&ncremental (cambios recientes)',
    '&Leases': '&Contratos', '&Cancel sync': '&Cancelar sincronización',
    'Sync now': 'Sincronizar ahora',
    'Sync the recent changes now (F5); the arrow offers the other kinds':
        'Sincroniza ahora los cambios recientes (F5); la flecha ofrece los demás tipos',
    '&About PMS Bridge': '&Acerca de PMS Bridge', 'About &Qt': 'Acerca de &Qt', 'Main': 'Principal',
    'The connection (PMS account) the screens show': 'La conexión (cuenta del PMS) que muestran las pantallas',
    'A sync is running already.': 'Ya hay una sincronización en curso.',
    'Enter the client secret of this connection to sync it.': 'Introduzca el secreto de cliente de esta conexión para sincronizarla.',
    'The demo opens in a new window with its own cache.': 'La demostración se abre en una ventana nueva con su propia caché.',
    'Demo': 'Demostración',
    "Could not start the demo. Run 'pmsbridge demo' in a terminal.":
        "No se pudo iniciar la demostración. Ejecute 'pmsbridge demo' en un terminal.",
    'Connected to the built-in simulator at %1.': 'Conectado al simulador integrado en %1.',
    'PMS Bridge': 'PMS Bridge',
    'Dashboard': 'Panel', 'Properties': 'Propiedades', 'Residents': 'Residentes', 'Leases': 'Contratos',
    'Work Orders': 'Órdenes de trabajo', 'Unit Mapping': 'Asignación de unidades', 'Reconciliation': 'Conciliación',
    'Owners & Service Providers': 'Propietarios y proveedores', 'Sync Activity': 'Actividad de sincronización',
    'Settings': 'Configuración',
    # dashboard
    'Synced': 'Sincronizado', 'Pending': 'Pendiente', 'Failed': 'Fallido', 'Not synced': 'No sincronizado',
    'Succeeded': 'Correcto', 'Cancelled': 'Cancelado', 'Running': 'En curso', 'Active units': 'Unidades activas',
    'Active leases': 'Contratos activos', 'Work orders': 'Órdenes de trabajo',
    'Unlinked work orders': 'Órdenes de trabajo sin vincular', 'Mapping coverage': 'Cobertura de asignación',
    'Runs': 'Ejecuciones', 'Job': 'Tarea', 'Last run': 'Última ejecución', 'Result': 'Resultado',
    'Next run': 'Próxima ejecución', 'Schedule': 'Programación',
    'The dashboard cannot read the cache: %1': 'El panel no puede leer la caché: %1',
    '%1 inactive': '%1 inactivas', '%1 active': '%1 activas', '%1 pending, %2 failed': '%1 pendientes, %2 fallidas',
    'property or unit not in the cache': 'propiedad o unidad que no está en la caché',
    '%1 of %2 active PMS units are mapped to a platform unit; %3 are not.':
        '%1 de %2 unidades activas del PMS están asignadas a una unidad de la plataforma; %3 no lo están.',
    'No active units': 'No hay unidades activas',
    'Units appear here after the first sync.': 'Las unidades aparecen aquí después de la primera sincronización.',
    'Work-order sync is off for %1: the integration email in Settings (%2) is not the email of the PMS user (%3). Change one of them so they match.':
        'La sincronización de órdenes de trabajo está desactivada para %1: el correo de integración en Configuración (%2) no es el correo del usuario del PMS (%3). Cambie uno de los dos para que coincidan.',
    'empty': 'vacío', 'Updated %1': 'Actualizado %1', 'Never': 'Nunca', 'On demand': 'A petición',
    'Once per connection, or from Sync now': 'Una vez por conexión, o desde Sincronizar ahora',
    'When work orders change': 'Cuando cambian las órdenes de trabajo', 'Off': 'Desactivado',
    'Due now': 'Pendiente ahora', 'No connection': 'Sin conexión',
    'Records per run: no runs yet': 'Registros por ejecución: aún no hay ejecuciones',
    'Records per run (the only run so far)': 'Registros por ejecución (la única hasta ahora)',
    'Created': 'Creados', 'Updated': 'Actualizados', 'Unchanged': 'Sin cambios', 'Skipped': 'Omitidos',
    'Work orders by sync state': 'Órdenes de trabajo por estado de sincronización',
    'Work orders by sync state: none yet': 'Órdenes de trabajo por estado de sincronización: todavía ninguna',
    # status bar
    'Cancel': 'Cancelar',
    'Stop the sync at the next page; what was synced so far is kept':
        'Detiene la sincronización en la página siguiente; se conserva lo sincronizado hasta ahora',
    'Cancelling…': 'Cancelando…', 'Never synced': 'Nunca sincronizado', 'data': 'datos',
    'Syncing %1': 'Sincronizando %1', 'page %1 of %2': 'página %1 de %2', 'page %1': 'página %1',
    '%1 records/s': '%1 registros/s', 'Starting %1…': 'Iniciando %1…', 'Step %1 of %2': 'Paso %1 de %2',
    '%1 failed': '%1 fallidos',
    'The last sync was cancelled; what it synced so far is kept.':
        'La última sincronización se canceló; se conserva lo que sincronizó.',
    'Last sync: %1': 'Última sincronización: %1',
    'Last successful sync finished %1 (%2 UTC)': 'La última sincronización correcta terminó %1 (%2 UTC)',
    'See Sync Activity for details.': 'Consulte Actividad de sincronización para más detalles.',
    'Click to open Sync Activity.': 'Haga clic para abrir Actividad de sincronización.',
    # tray
    'Idle': 'En espera', 'Show PMS Bridge': 'Mostrar PMS Bridge', 'Quit': 'Salir', 'PMS Bridge: %1': 'PMS Bridge: %1',
    'A sync is running': 'Hay una sincronización en curso',
    'A sync is running. Keep it running in the tray, or stop it and close?':
        'Hay una sincronización en curso. ¿Continuarla en la bandeja del sistema, o detenerla y cerrar?',
    'Keep Running in the Tray': 'Continuar en la bandeja', 'Stop the Sync and Close': 'Detener y cerrar',
    'Do not ask again': 'No volver a preguntar', 'PMS Bridge is still syncing': 'PMS Bridge sigue sincronizando',
    'The sync goes on in the background. Click the tray icon to open the window.':
        'La sincronización continúa en segundo plano. Haga clic en el icono de la bandeja para abrir la ventana.',
    'Syncing…': 'Sincronizando…', 'Last sync failed': 'La última sincronización falló',
    'Sync failed': 'La sincronización falló', 'See Sync Activity for the reason.': 'Consulte el motivo en Actividad de sincronización.',
    'Last sync cancelled': 'Última sincronización cancelada', 'Synced at %1': 'Sincronizado a las %1',
    'Sync finished': 'Sincronización terminada', 'PMS Bridge is still running in the tray.': 'PMS Bridge sigue en ejecución en la bandeja.',
    'Units deactivated': 'Unidades desactivadas',
    'Reconciliation needs your confirmation': 'La conciliación necesita su confirmación',
    'Reconciliation stopped': 'Conciliación detenida', 'Reconciliation failed': 'La conciliación falló',
    # Settings: desktop
    'Desktop': 'Escritorio', 'System language': 'Idioma del sistema',
    'The new language applies the next time PMS Bridge starts.': 'El nuevo idioma se aplica la próxima vez que se inicie PMS Bridge.',
    '&Language:': '&Idioma:', 'Ask': 'Preguntar', 'Keep running in the tray': 'Seguir en la bandeja del sistema',
    'Stop the sync and close': 'Detener la sincronización y cerrar',
    'Closing the window during a sync:': 'Al cerrar la ventana durante una sincronización:',
}
ES_PLURAL = {
    'Records per run (last %n runs)': ['Registros por ejecución (última ejecución)', 'Registros por ejecución (últimas %n ejecuciones)'],
    'about %n s left': ['queda %n s aprox.', 'quedan %n s aprox.'],
    'about %n min left': ['queda %n min aprox.', 'quedan %n min aprox.'],
    '%n record so far': ['%n registro hasta ahora', '%n registros hasta ahora'],
    '%n records so far': ['%n registro hasta ahora', '%n registros hasta ahora'],
    'Reconciliation deactivated %n unit(s)': ['La conciliación desactivó %n unidad', 'La conciliación desactivó %n unidades'],
    'Reconciliation deactivated %n unit(s) that the PMS no longer lists.':
        ['La conciliación desactivó %n unidad que el PMS ya no incluye.', 'La conciliación desactivó %n unidades que el PMS ya no incluye.'],
}

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/pmsbridge_es.ts'
tree = ET.parse(path)
done = 0
for msg in tree.getroot().iter('message'):
    src = msg.find('source').text or ''
    tr = msg.find('translation')
    if tr.get('type') != 'unfinished':
        continue
    if msg.get('numerus') == 'yes' and src in ES_PLURAL:
        for f in list(tr):
            tr.remove(f)
        tr.text = None
        for form in ES_PLURAL[src]:
            ET.SubElement(tr, 'numerusform').text = form
    elif msg.get('numerus') != 'yes' and src in ES:
        tr.text = ES[src]
    else:
        continue
    del tr.attrib['type']
    done += 1
tree.write(path, encoding='utf-8', xml_declaration=True)
print(f'{done} messages translated')
