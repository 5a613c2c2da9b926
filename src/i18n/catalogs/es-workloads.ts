import type { enWorkloads } from './en-workloads.js';

/** Spanish (español), the workload answers and the digest's Workloads line; spread into `es`. */
export const esWorkloads = {
  // The card: its title and, for a report without rows, the only note, by the answer's kind.
  'workload.title':
    '{kind, select, usage {Uso de Microsoft 365} teams {Microsoft Teams} email {Correo} onedrive {OneDrive} sharepoint {SharePoint} licences {Licencias} inactiveUsers {Usuarios inactivos} other {Microsoft 365 Apps}} · {period}',
  'workload.empty':
    'No hay {kind, select, usage {usuarios} teams {usuarios de Teams} email {usuarios de buzones} onedrive {cuentas de OneDrive} sharepoint {sitios de SharePoint} licences {usuarios} inactiveUsers {usuarios} other {usuarios de Microsoft 365 Apps}} en el informe ({period}). Microsoft Graph envió los encabezados de columna del informe y ninguna fila: este inquilino no tiene datos de {kind, select, usage {Microsoft 365} teams {Teams} email {correo de Exchange} onedrive {OneDrive} sharepoint {SharePoint} licences {Microsoft 365} inactiveUsers {Microsoft 365} other {Microsoft 365 Apps}} para el período (no hay licencias o aún no se han usado), así que no hay nada que contar.',

  // What the parts share: active of listed, sums, a list row, the lists' titles and notes.
  'workload.active': '{items, select, accounts {Cuentas activas} sites {Sitios activos} other {Usuarios activos}}',
  'workload.sumsNote':
    '{items, select, accounts {Sumas de todas las cuentas del informe, incluidas las eliminadas.} sites {Sumas de todos los sitios del informe, incluidos los eliminados.} other {Sumas de todos los usuarios del informe, incluidos los eliminados.}}',
  'workload.lastActive': '{date, select, none {nunca activo} other {última actividad el {date}}}',
  'workload.count':
    '{what, select, messages {{value, plural, one {# mensaje} other {# mensajes}}} meetings {{value, plural, one {# reunión} other {# reuniones}}} calls {{value, plural, one {# llamada} other {# llamadas}}} sent {{value, plural, one {# enviado} other {# enviados}}} received {{value, plural, one {# recibido} other {# recibidos}}} read {{value, plural, one {# leído} other {# leídos}}} files {{value, plural, one {# archivo} other {# archivos}}} activeFiles {{value, plural, one {# archivo activo} other {# archivos activos}}} pageViews {{value, plural, one {# página vista} other {# páginas vistas}}} other {{value, plural, other {#}}}}',
  'workload.stored': '{size} almacenados',
  'workload.inactiveTitle': 'Inactivos desde hace más tiempo (primero los nunca activos)',
  'workload.allActive': 'Todos estuvieron activos {period}.',
  'workload.activityIn': 'Actividad {period}',
  'workload.hours': '{hours} h',
  'workload.files': 'Archivos',
  'workload.activeFiles': 'Archivos activos',
  'workload.storageUsed': 'Almacenamiento usado',
  'workload.storageAllocated': 'Almacenamiento asignado',
  'workload.largest': 'Mayor almacenamiento',

  // usage
  'usage.anyWorkload': 'Cualquier servicio',
  'usage.noLicensed': 'ningún usuario con licencia en el informe',
  'usage.withAverage': '{share} · {average, number} en un día medio',
  'usage.perWorkload': 'Usuarios activos por servicio, de sus usuarios con licencia',
  'usage.note': 'Activos: usaron el servicio al menos una vez {period}. Microsoft 365 Apps: de los usuarios que lista su informe.',
  'usage.linksTitle': 'Cada servicio en detalle',

  // teams
  'teams.licensed': 'Con licencia de Teams',
  'teams.teamChatMessages': 'Mensajes en chats de equipo',
  'teams.privateChatMessages': 'Mensajes en chats privados',
  'teams.channelPosts': 'Publicaciones en canales',
  'teams.replies': 'Respuestas',
  'teams.meetings': 'Reuniones',
  'teams.meetingsOrganized': 'Reuniones organizadas',
  'teams.calls': 'Llamadas',
  'teams.audio': 'Audio',
  'teams.video': 'Vídeo',
  'teams.screenSharing': 'Pantalla compartida',
  'teams.averageDay': 'En un día medio',
  'teams.messages': 'Mensajes',
  'teams.averageNote': 'Los recuentos diarios del inquilino, en promedio de {days, plural, one {# día} other {# días}}.',
  'teams.mostActive': 'Los más activos (mensajes, reuniones y llamadas)',
  'teams.nobodyActive': 'Nadie tuvo actividad en Teams {period}.',

  // email
  'email.mailIn': 'Correo {period}',
  'email.sent': 'Enviados',
  'email.received': 'Recibidos',
  'email.read': 'Leídos',
  'email.meetingsCreated': 'Reuniones creadas',
  'email.meetingsAnswered': 'Reuniones respondidas',
  'email.mostActive': 'Los más activos (correo enviado y leído)',
  'email.nobodyActive': 'Nadie envió ni leyó correo {period}.',

  // onedrive and sharepoint
  'onedrive.filesAndStorage': 'Archivos y almacenamiento',
  'onedrive.filesActiveIn': 'Archivos activos {period}',
  'onedrive.mostActive': 'Más activas (archivos activos en el período)',
  'onedrive.noActiveFiles': 'Ningún archivo estuvo activo {period}.',
  'onedrive.nothingStored': 'Ninguna cuenta almacena nada.',
  'sharepoint.pageViews': 'Páginas vistas',
  'sharepoint.pagesVisited': 'Páginas visitadas',
  'sharepoint.byTemplate': 'Sitios por plantilla',
  'sharepoint.mostViewed': 'Los más vistos',
  'sharepoint.noViews': 'No se vio ninguna página {period}.',
  'sharepoint.nothingStored': 'Ningún sitio almacena nada.',

  // apps
  'apps.onEachPlatform': 'En cada plataforma',
  'apps.platforms': 'Windows {windows, number} · Mac {mac, number} · móvil {mobile, number} · web {web, number}',
  'apps.perApp': 'Usuarios por aplicación {period}',
  'apps.appValue': '{users, number} · {platforms}',
  'apps.note': 'Los usuarios de cada aplicación y cuántos de ellos la usaron en cada plataforma (un usuario puede usar varias).',
  'apps.lastActivated': 'última activación el {date}',

  // The digest's Workloads line.
  'digest.workloadsTitle': '{period, select, none {Servicios} other {Servicios · usuarios activos, {period}}}',
  'digest.noWorkloads': 'Microsoft aún no tiene datos de uso de los servicios de este inquilino.',
  'digest.workloadsNote':
    'Datos a {date}; {compared, select, none {los cambios aparecen a partir del próximo resumen} other {cambios desde el resumen con datos a {compared}}}.',
} satisfies { readonly [K in keyof typeof enWorkloads]: string };
