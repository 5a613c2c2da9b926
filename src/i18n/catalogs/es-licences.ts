import type { enLicences } from './en-licences.js';

/** Spanish (español), every licence, the reclaim list, the digest's Licences section and the inactive-users alert; spread into `es`. */
export const esLicences = {
  'command.licenses': 'Todas las licencias: compradas, asignadas, sin uso y cuánto cuestan las ociosas',
  'command.inactive-users': 'Usuarios con una licencia de pago y sin actividad en ningún servicio, los más caros primero (chat personal)',
  'action.reclaimList': 'Lista para recuperar',
  'action.allLicences': 'Todas las licencias',
  'action.inactiveUsers': 'Usuarios inactivos',
  'byAttribute.idleSeats': '{idle, plural, one {# licencia ociosa} other {# licencias ociosas}}{spend, select, none {} other { · {spend} al mes}}',

  // The licences card.
  'licencesCard.purchased': 'Licencias compradas (SKU de pago)',
  'licencesCard.idleSeats': 'Licencias ociosas · {period}',
  'licencesCard.idleSeatsValue': '{seats, number}, todas las licencias',
  'licencesCard.unpricedSeats': '{count, plural, one {# licencia ociosa no tiene precio y no está incluida} other {# licencias ociosas no tienen precio y no están incluidas}}',
  'licencesCard.setPrices': 'Defina LICENSE_PRICES (p. ej. SPE_E5=57 USD, SPE_E3=36 USD) para ver cuánto cuestan las licencias ociosas.',
  'licencesCard.copilotActive': 'Activos · {period}',
  'licencesCard.copilotNote': 'Como las muestra "copilot licenses": una cifra para todos los SKU de Copilot, ya que el informe de Copilot no dice cuál tiene cada usuario.',
  'licencesCard.howCounted': 'Cómo se cuentan las licencias',
  'licencesCard.countedNote':
    'Una licencia está ociosa cuando nadie la tiene, o cuando su titular no tuvo actividad en Exchange, OneDrive, SharePoint, Viva Engage o Teams en los últimos 30 días (el informe de usuarios activos; el uso de Power BI, Visio o Project no figura en él). Las licencias de Copilot están ociosas sin actividad en Copilot. Los SKU gratuitos y de prueba no cuestan nada y no se cuentan. Recuento de licencias al {fetchedAt} (en directo).{stale, select, yes { ⚠ Recuentos de licencias más antiguos de la caché: no se pudo consultar Microsoft Graph ahora.} other {}}',
  'licencesCard.skus': 'Suscripciones (SKU)',
  'licencesCard.noSkus': 'Este inquilino no tiene suscripciones.',
  'licencesCard.unmatched': 'Productos sin SKU encontrado (contados, sin precio)',
  'licencesCard.linksTitle': 'Licencias para recuperar',
  'licencesCard.status': '{status, select, Warning {Advertencia} Suspended {Suspendida} Deleted {Eliminada} LockedOut {Bloqueada} other {{status}}}',
  'licencesCard.free': 'gratuita o de prueba ({reason, select, units {por su número de unidades} other {por su nombre}}): no cuenta como gasto',
  'licencesCard.priceIgnored': 'su precio en LICENSE_PRICES no se usa',
  'licencesCard.holders': '{count, plural, one {# titular} other {# titulares}}',
  'licencesCard.copilotAbove': 'licencias ociosas en Microsoft 365 Copilot arriba',
  'licencesCard.seatPrice': '{price} por licencia al mes',
  'licencesCard.priceNotSet': 'precio sin definir',
  'licencesCard.priceNotSetSetting': 'precio sin definir (LICENSE_PRICES)',
  'licencesCard.inactiveHolders': '{inactive, number} de {holders, plural, one {# titular} other {# titulares}} inactivos {period}',
  'licencesCard.skuIdleSeats': '{count, plural, one {# licencia ociosa} other {# licencias ociosas}}',
  'licencesCard.skuIdleSpend': '{spend} al mes a {price} por licencia',
  'licencesCard.unmatchedFree': 'gratuito o de prueba: no se cuenta',
  'licencesCard.unmatchedIdle': '{count, plural, one {# licencia ociosa} other {# licencias ociosas}}, sin precio: ningún SKU suscrito tiene este nombre',

  // The reclaim list.
  'inactiveUsers.noActivity': 'Sin actividad en ningún servicio · {period}',
  'inactiveUsers.noListTitle': 'Sin lista para una semana',
  'inactiveUsers.noListNote':
    'Una semana sin actividad no es motivo para retirar una licencia: las vacaciones y ausencias duran más. La lista para recuperar cuenta los {idle}, el período en que se cuentan las licencias ociosas.',
  'inactiveUsers.linksTitle': 'La lista para recuperar',
  'inactiveUsers.noFile':
    '"inactive users {period}" no tiene archivo: una semana sin actividad no es motivo para retirar una licencia. La lista empieza en 30 días: csv inactive users {idle}, D90 o D180.',
  'inactiveUsers.users':
    '{users, plural, one {# usuario} other {# usuarios}} sin actividad en ningún servicio {period}{idle, select, none {} other { (parte de las licencias ociosas de los {idle})}}',
  'inactiveUsers.setPrices': 'Defina LICENSE_PRICES (p. ej. SPE_E5=57 USD, SPE_E3=36 USD) para ver cuánto cuestan sus licencias.',
  'inactiveUsers.byLicence': 'Por licencia',
  'inactiveUsers.licenceLine':
    '{users, plural, one {# usuario} other {# usuarios}} · {cost, select, free {gratuita o de prueba} priced {{money} al mes} unmatched {SKU no encontrado: sin precio} other {precio sin definir}}',
  'inactiveUsers.activityNote': 'Actividad: Exchange, OneDrive, SharePoint, Viva Engage y Teams (el informe de usuarios activos). Una licencia de Copilot solo está ociosa sin actividad en Copilot.',
  'inactiveUsers.mostExpensive': 'Los más caros primero',
  'inactiveUsers.allActive': 'Todos los que tienen una licencia de pago estuvieron activos {period}.',
  'inactiveUsers.copilotSeats': 'Licencias de Copilot',
  'inactiveUsers.copilotMatched':
    '{inUse, plural, =0 {{holders, number} de ellos tienen Microsoft 365 Copilot y ninguno lo usó {period}: sus licencias de Copilot están en el coste.} other {{holders, number} de ellos tienen Microsoft 365 Copilot; # lo usaron {period}: esas licencias están en uso, no en el coste.}}',
  'inactiveUsers.copilotConcealment':
    '{holders, number} de ellos tienen Microsoft 365 Copilot, pero {concealed, select, copilot {el informe de Copilot oculta los nombres y el de usuarios activos no} other {el informe de usuarios activos oculta los nombres y el de Copilot no}}, así que sus usuarios no se pueden emparejar: las licencias de Copilot quedan fuera de los costes. Ambos informes siguen un mismo ajuste, {setting}; vuelven a coincidir cuando ambos se actualizan con él.',
  'inactiveUsers.copilotNamesDiffer':
    '{holders, number} de ellos tienen Microsoft 365 Copilot, pero los nombres ocultos del informe de Copilot no coinciden con los del informe de usuarios activos, así que sus usuarios no se pueden emparejar: las licencias de Copilot quedan fuera de los costes. Desactive la ocultación en {setting} para emparejarlos.',
  'inactiveUsers.copilotInUse': 'Copilot en uso{date, select, none {} other { ({date})}}',
  'inactiveUsers.copilotUnknown': 'Uso de Copilot desconocido',

  // The digest's Licences section.
  'digestLicences.title': 'Licencias{period, select, none {} other { · ociosas, {period}}}',
  'digestLicences.noUsage': 'Microsoft aún no tiene datos de uso de este inquilino.',
  'digestLicences.monthly': '{money} al mes',
  'digestLicences.noPrice': 'precio sin definir',
  'digestLicences.more': '{count, plural, one {# licencia más} other {# licencias más}}',
  'digestLicences.moreSeats': '{count, plural, one {# licencia ociosa} other {# licencias ociosas}}',
  'digestLicences.all': 'Todas las licencias',
  'digestLicences.note':
    'Uso al {date}, licencias en directo; licencias sin asignar y licencias cuyo titular no usó nada; {compared, select, none {los cambios se muestran a partir del próximo resumen} other {cambios desde el resumen con datos al {compared}}}.{priced, select, no { Defina LICENSE_PRICES para ver cuánto cuestan.} other {}}',

  // The inactive-users alert and its refusals.
  'alert.inactiveUsersTitle': 'Licencia de pago, sin actividad',
  'alert.inactiveUsersValue': '{users, plural, one {# usuario} other {# usuarios}} sin actividad en ningún servicio {period}',
  'alert.licenceCostTitle': 'Sus licencias cuestan',
  'alertParse.notPeriod': '"{text}" no es un período en que {kind} cuente: escribe {periods} o {last} ({first} si no se indica).',
  'alertParse.noPeriod': '{kind} no admite período: quita "{text}".',
  'file.money': '{money} {name, select, idleSpendMonthly {de gasto ocioso al mes} other {al mes por sus licencias}}',
} satisfies { readonly [K in keyof typeof enLicences]: string };
