import type { enTenants } from './en-tenants.js';

/** Spanish (español), many tenants: the tenant on cards, tenant commands and refusals, the overview, alerts for every customer; spread into `es`. */
export const esTenants = {
  'header.tenantTitle': '{tenant} · {title}',
  'header.sourceOfTenant': 'Fuente: {source}, inquilino {tenant} · obtenido {time}',

  'command.overview': 'Licencias de Copilot, licencias inactivas y su gasto en cada inquilino cliente (inquilino de administración)',
  'action.tenants': 'Inquilinos',
  'action.overview': 'Resumen general',
  'action.alertsEveryCustomer': 'Alertas de todos los clientes',

  'advice.tenantNames': 'Escribe “tenants” para ver los inquilinos que atiende el bot y sus nombres.',
  'advice.tenantNotHere': 'Pregunta sin nombrar un inquilino: este chat responde por el suyo.',
  'advice.tenantCommand': 'Escribe el comando como indica el mensaje.',

  'tenantParse.title': 'Inquilino no entendido',
  'tenantParse.twoNames': 'El mensaje nombra {names}; un comando trata de un solo inquilino, así que nombra uno.',
  'tenantParse.noName':
    '“{typed}” no nombra ningún inquilino: el nombre de un inquilino es una letra seguida de hasta 39 letras, dígitos, puntos, guiones o guiones bajos, p. ej. contoso o Fabrikam-EU.',
  'tenantParse.tenantsAlone': '“tenants” no lleva nada detrás.',
  'tenantParse.addForm': 'Agrega un inquilino así: tenant add <tenant id> as <name>, p. ej. tenant add {example} as contoso.',
  'tenantParse.badId':
    '“{typed}” no es un id. de inquilino: es un GUID como {example} (Entra ID › Información general › Id. de inquilino).',
  'tenantParse.badName':
    '“{typed}” no puede nombrar un inquilino: usa una letra seguida de hasta 39 letras, dígitos, puntos, guiones o guiones bajos, p. ej. contoso o Fabrikam-EU.',
  'tenantParse.reservedName': '“{typed}” no puede nombrar un inquilino: @all nombra a todos los inquilinos clientes a la vez. Elige otro nombre.',
  'tenantParse.nameTenant': 'Nombra el inquilino: tenant {verb} <name>.',
  'tenantParse.nameTenantAndUser': 'Nombra el inquilino y el usuario: tenant {verb} <name> <user object id>.',
  'tenantParse.badUserId': '“{typed}” no es el id. de objeto de un usuario: es un GUID (Entra ID › Usuarios › el usuario › Id. de objeto).',
  'tenantParse.commands': 'Los comandos de inquilinos son: {forms}.',

  'tenantRegistry.title': 'Inquilinos sin cambios',
  'tenantRegistry.ownTenant': '{id} es el inquilino propio de esta implementación ({name}); siempre se atiende.',
  'tenantRegistry.alreadyAdded': 'El inquilino {id} ya está agregado, como {name}.',
  'tenantRegistry.nameTaken': 'El nombre {name} ya está en uso; elige otro.',
  'tenantRegistry.tooManyTenants': 'El bot atiende como máximo {max, plural, one {# inquilino cliente} other {# inquilinos clientes}}.',
  'tenantRegistry.tooManyUsers': 'Un inquilino permite como máximo {max, plural, one {# usuario} other {# usuarios}}.',
  'tenantRegistry.noSuchTenant': 'Ningún inquilino se llama {name}. Los inquilinos son {names}.',
  'tenantRegistry.noCustomerYet': 'Ningún inquilino se llama {name}. Aún no se ha agregado ningún inquilino cliente.',
  'tenantRegistry.busy': 'La lista de inquilinos cambió varias veces mientras se hacía este cambio; vuelve a intentarlo.',

  'tenantRefusal.unknownTitle': 'No existe ese inquilino',
  'tenantRefusal.unknown': 'Ningún inquilino se llama {name}. El bot atiende a {names}.',
  'tenantRefusal.notHereTitle': 'No disponible en este chat',
  'tenantRefusal.notHere': 'Este chat está en el Teams de {own} y solo responde por {own}, así que no puede mostrar {named}. Pregunta sin @{named}.',
  'tenantRefusal.everyCustomerNotHere':
    'Este chat está en el Teams de {own} y solo responde por {own}; @{typed}, todos los inquilinos clientes a la vez, es para los administradores del inquilino que ejecuta el bot. Pregunta sin @{typed}.',
  'tenantRefusal.notHereOther': 'Este chat está en el Teams de {own} y solo responde por {own}, así que no puede mostrar otro inquilino.',
  'tenantRefusal.adminsOnlyTitle': 'Los inquilinos se administran en otro lugar',
  'tenantRefusal.adminsOnly': 'Este chat está en el Teams de {own} y solo responde por {own}. Los inquilinos que atiende este bot se administran en el Teams de su inquilino de administración.',
  'tenantRefusal.removedTitle': 'Inquilino ya no atendido',
  'tenantRefusal.removed': 'El inquilino de esta tarjeta se ha quitado, así que el bot ya no responde por él.',
  'tenantRefusal.unreadableTitle': 'No se puede leer la lista de inquilinos',
  'tenantRefusal.unreadable':
    'La lista de inquilinos clientes que guarda el bot está dañada, así que no responde por ningún inquilino cliente hasta que se repare. Avisa a quien administra el bot: el registro es tenant-registry/{tenantId} en su almacén de estado.',
  'tenantRefusal.everyCustomerTitle': '@all es para alertas y resúmenes',
  'tenantRefusal.everyCustomer':
    '@all crea una alerta en cada inquilino cliente (“alert idle-seats > 100 @all”), las lista (“alerts @all”), quita una (“alert remove 1 @all”) o suscribe este canal al resumen general semanal de todos los clientes (“digest subscribe @all”). Las demás respuestas tratan de un solo inquilino: nómbralo con @name, o escribe “overview” para las cifras de todos los clientes.',
  'tenantRefusal.overviewNamedTitle': 'El resumen general abarca a todos los clientes',
  'tenantRefusal.overviewNamed':
    'El resumen general muestra todos los inquilinos clientes a la vez, así que no lleva @{name}. Escribe “overview” para todos, o “copilot licenses @{name}” solo para {name}.',
  'tenantRefusal.overviewElsewhereTitle': 'El resumen general es para el inquilino de administración',
  'tenantRefusal.overviewElsewhere':
    'El resumen general muestra todos los inquilinos clientes del bot, así que solo se responde en el Teams del inquilino de administración, a sus administradores. Aquí el bot responde solo sobre este inquilino: prueba “copilot licenses”.',

  'tenants.title':
    '{event, select, list {Inquilinos} added {Inquilino agregado} checked {Inquilino comprobado} removed {Inquilino quitado} allowed {Usuario autorizado} disallowed {Usuario ya no autorizado} other {Inquilino en uso aquí}}',
  'tenants.listNone': 'El bot solo atiende a {managing}. Agrega un inquilino cliente con: tenant add <tenant id> as <name>.',
  'tenants.list':
    'El bot atiende a {managing} y {count, plural, one {# inquilino cliente} other {# inquilinos clientes}}. Nombra uno en un comando (copilot summary @name) o elige uno para esta conversación (use name).',
  'tenants.added': '{tenant} está agregado. Pregunta por él con @{tenant} tras un comando, o escribe aquí “use {tenant}”.',
  'tenants.checked': 'Lo que {tenant} permite leer ahora al bot.',
  'tenants.removed':
    '{tenant} se ha quitado con todo lo que el bot guardaba de él: informes en caché, datos de informes compartidos, suscripciones a resúmenes, reservas y archivos. Su administrador también puede quitar el consentimiento de la aplicación en su Entra ID.',
  'tenants.allowedUsers': '{count, plural, one {# usuario} other {# usuarios}} de {tenant} {count, plural, one {puede} other {pueden}} usar el bot en el Teams de {tenant}.',
  'tenants.inUseManaging': 'Esta conversación responde por {managing}, el inquilino propio del bot. Nombra otro en un comando (copilot summary @name) o escribe “use <name>”.',
  'tenants.inUse': 'Esta conversación responde por {tenant} cuando un comando no nombra ningún inquilino. “use {managing}” vuelve al inquilino propio del bot.',
  'tenants.usersAllowed': '{count, plural, one {# usuario autorizado en su Teams} other {# usuarios autorizados en su Teams}}',
  'tenants.notChecked': 'aún sin comprobar',
  'tenants.noConsent': 'sin consentimiento de administrador (comprobado el {date})',
  'tenants.noToken': 'sin token de Entra ID (comprobado el {date})',
  'tenants.permissions':
    '{missing, select, none {todos los permisos concedidos} other {falta {missing}}}{unknown, select, none {} other {; sin comprobar: {unknown}}} (comprobado el {date})',
  'tenants.consentPage': 'Consentimiento: {tenant}',
  'tenants.grant': '{tenant}: un administrador global de ese inquilino abre su página de consentimiento y acepta ({permissions}); después, “tenant check {tenant}”.',
  'tenants.tokenFailed': '{tenant}: Entra ID no emitió ningún token para el bot{code, select, none {} other { ({code})}}. Quien administra el bot revisa las credenciales de su registro de aplicación y después “tenant check {tenant}”.',
  'tenants.checkFailed': '{tenant}: Microsoft Graph no respondió a todas las comprobaciones ({permissions}); “tenant check {tenant}” vuelve a preguntar.',

  'overview.title': 'Resumen de clientes',
  'overview.none': '{managing} aún no atiende a ningún inquilino cliente. Agrega uno con: tenant add <tenant id> as <name>.',
  'overview.summary':
    '{count, plural, one {Un inquilino cliente.} other {# inquilinos clientes, primero el mayor gasto inactivo.}} Las licencias inactivas son las no asignadas y las que no tienen actividad de Copilot en el periodo de inactividad.',
  'overview.seats': '{seats, plural, one {# licencia de Copilot} other {# licencias de Copilot}}',
  'overview.active': '{rate} activas ({period})',
  'overview.idleSeats': '{seats, plural, one {# licencia inactiva} other {# licencias inactivas}}',
  'overview.idleSpend': '{amount} inactivos al mes',
  'overview.noPrice': 'gasto inactivo: sin precio de licencia',
  'overview.refreshed': 'datos del {date}',
  'overview.noData': 'sin cifras',
  'overview.consentMissing': 'falta el consentimiento de administrador. Un administrador global de {tenant} acepta la página de consentimiento de la aplicación; “tenant check {tenant}” lo muestra.',
  'overview.permissionsMissing':
    'faltan permisos ({permissions}). Un administrador global de {tenant} los concede en la página de consentimiento; “tenant check {tenant}” lo muestra.',
  'overview.permissionsUnnamed': 'faltan permisos. “tenant check {tenant}” los nombra.',
  'overview.throttled': 'Microsoft Graph está limitando los informes de este inquilino; sus cifras vuelven con la próxima actualización.',
  'overview.unreadable': 'sus informes no se pudieron leer ahora; vuelve a preguntar en unos minutos.',
  'overview.note': 'Solo datos agregados: aquí no se nombra a ningún usuario de ningún inquilino. “csv overview” envía todas las filas como archivo a tu chat personal.',

  'alertTenants.title':
    '{event, select, set {Alerta creada para todos los clientes} list {Alertas aquí para todos los clientes} removed {Alerta quitada de todos los clientes} other {No existe esa alerta para todos los clientes}}',
  'alertTenants.setSummary':
    'Alerta {number} para todos los clientes: {rule}. La alerta de cada cliente publica en {place, select, channel {este canal} other {este chat}}, nombrando al cliente, cuando su cifra cruza el umbral, y una vez cuando vuelve.',
  'alertTenants.setSummaryUnkept':
    '{rule}: la alerta de cada cliente publica en {place, select, channel {este canal} other {este chat}}, nombrando al cliente, cuando su cifra cruza el umbral, y una vez cuando vuelve.',
  'alertTenants.listSummary':
    'Las alertas de cada cliente en {place, select, channel {este canal} other {este chat}}. “alerts @name” lista las de un cliente; “alert remove <n> @name” quita una.',
  'alertTenants.keptRules': 'Creadas aquí para todos los clientes, incluidos los agregados después: {rules}. “alert remove <n> @all” quita una de todos los clientes.',
  'alertTenants.keptRule': '{number} ({rule})',
  'alertTenants.removedSummary':
    'La alerta {number} para todos los clientes ({rule}) se ha quitado aquí, con la alerta que creó en cada cliente; los clientes agregados después ya no la reciben.',
  'alertTenants.notFoundSummary': 'Esta conversación no tiene una alerta {number} para todos los clientes: “alerts @all” las lista con sus números.',
  'alertTenants.noCustomers': 'El bot aún no atiende a ningún inquilino cliente. Agrega uno con: tenant add <tenant id> as <name>.',
  'alertTenants.setNote': 'Los clientes agregados después también reciben esta alerta al agregarse.',
  'alertTenants.listNote': 'Las alertas de cada cliente se evalúan solo con las cifras de ese cliente.',
  'alertTenants.set': 'alerta {number} creada',
  'alertTenants.setNow': 'alerta {number} creada · ahora {figure} (datos del {date})',
  'alertTenants.setUnavailable': 'alerta {number} creada · {why}',
  'alertTenants.exists': 'ya vigilado por la alerta {number}',
  'alertTenants.full': 'no creada: esta conversación ya tiene el máximo de alertas para este cliente ({max})',
  'alertTenants.refused': 'no creada: {reason}',
  'alertTenants.notAnswered': 'sin respuesta',
  'alertTenants.removed': 'alerta {number} quitada',
  'alertTenants.absent': 'no tenía esa alerta aquí',
  'alertTenants.more': '{count, plural, one {Y # cliente más} other {Y # clientes más}}: “alerts @name” muestra aquí las alertas de un cliente.',
  'alertTenants.rules': '{count, plural, =0 {sin alertas} one {# alerta, {firing} activadas} other {# alertas, {firing} activadas}}',
} satisfies { readonly [K in keyof typeof enTenants]: string };
