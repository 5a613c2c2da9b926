import type { enDirectory } from './en-directory.js';

/** Spanish (español), the directory's part of the answers: by <attribute>, filters, grouped answers, the digest's departments; spread into `es`. */
export const esDirectory = {
  'parse.modifiers.unclosedQuote': 'Las comillas después de "{word}" no están cerradas: escribe el valor entre comillas, p. ej. department="Human Resources".',
  'parse.modifiers.byNeedsAttribute':
    '"by" necesita por qué agrupar: department, country, office, company o job title{typed, select, none {} other {; "{typed}" no es uno de ellos}}.',
  'parse.modifiers.oneBy': 'Agrupa por un atributo cada vez: un solo "by …" por comando.',
  'parse.modifiers.unknownFilter': '"{key}=" no es un atributo para filtrar; el bot filtra por {keys}.',
  'parse.modifiers.filterNeedsValue': '{key}= necesita un valor, p. ej. {name}=Sales o {name}="Human Resources".',
  'parse.modifiers.filterTwice': 'Filtra cada atributo una sola vez: "{key}=" aparece dos veces.',
  'parse.modifiers.quoteSpaces': 'Pon entre comillas un valor con espacios: {filter}.',
  'parse.modifiers.noBy': '{command} no tiene la forma "{by}": "by …" agrupa {first} y {last}.',
  'parse.modifiers.noFilter':
    '{command} no admite filtros: filtros como {example} acotan las listas {first} y {last}{instead, select, none {} other {; "{instead}" da todos los valores}}.',
  'advice.directoryForbidden':
    'Pide a quien administra el bot que conceda a su registro de aplicación el permiso de aplicación de Microsoft Graph User.Read.All, con consentimiento de administrador.',
  'advice.namesConcealed': 'Pide a un administrador global que cambie la configuración indicada arriba, o pregunta sin agrupar ni filtrar.',
  'advice.unknownValue': 'Elige uno de los valores de abajo, o agrupa por el atributo para ver todos los valores del directorio.',
  'advice.personalChatOnly': 'Usa el botón, o pregunta en tu chat personal con el bot.',
  'help.attributes':
    'Un <attribute> es department, country, office, company o job title: "by department" da una fila por departamento, "department=Sales" solo sus usuarios (en chat personal; title= para el puesto, comillas alrededor de un valor con espacios).',
  'action.value': '{value}',
  'action.withoutGrouping': 'Sin agrupar ni filtrar',
  'directory.namesConcealed':
    'Este inquilino oculta los nombres de usuario en sus informes de uso: los usuarios llegan como códigos de 32 caracteres que no coinciden con nadie del directorio, así que el uso no se puede agrupar ni filtrar por departamento, país, oficina, empresa o puesto, y el bot no adivina nada. Para mostrar los nombres, un administrador global desactiva la ocultación en Centro de administración de Microsoft 365 › Configuración › Configuración de la organización › Servicios › Informes › “Mostrar nombres ocultos de usuarios, grupos y sitios en todos los informes”; los informes obtenidos después del cambio se pueden agrupar.',
  'directory.unknownValue':
    'Ningún usuario del directorio tiene "{value}" como {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}} (sin distinguir mayúsculas).{others, select, closest { Los más cercanos: {closest}.} noneClose { Ninguno se le parece; agrupar por {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}} muestra todos los valores.} other { Ningún usuario del directorio tiene el campo {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}} rellenado.}}',
  'action.adoption': 'Adopción',
  'action.inactive': 'Inactivos',
  'action.idleSeats': 'Licencias ociosas',
  'action.sendToMePrivately': 'Enviármelo en privado',
  'errorTitle.PERSONAL_CHAT_ONLY': 'Las respuestas filtradas son para el chat personal',
  'errorMessage.personalChatOnly':
    '"{command}" acota la respuesta a los usuarios de un departamento, país, oficina, empresa o puesto: nombra a personas, y las cifras de un grupo pequeño las señalan, así que solo se responde en tu chat personal con el bot.',
  'errorTitle.NAMES_CONCEALED': 'Los nombres están ocultos en los informes de uso',
  'errorTitle.UNKNOWN_VALUE': 'Ningún usuario tiene ese valor',

  // The grouped answers' card.
  'byAttribute.title':
    '{subject, select, copilot {{focus, select, users {Adopción de Copilot} inactive {Licencias de Copilot inactivas} other {Licencias de Copilot ociosas}}} other {{focus, select, users {Uso de Microsoft 365} inactive {Usuarios de Microsoft 365 inactivos} other {Usuarios inactivos y sus licencias}}}} por {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}}{period, select, none {} other { · {period}}}',
  'byAttribute.directory':
    'Directorio ({users, plural, one {# usuario} other {# usuarios}}) al {day}, {refresh, select, full {leído completo} other {actualizado con los cambios del día}}',
  'byAttribute.stale': '⚠ Hoy no se pudo leer el directorio; se usa su copia del {day}. Vuelva a preguntar más tarde para obtener la de hoy.',
  'byAttribute.empty':
    'No hay {subject, select, copilot {usuarios habilitados} other {usuarios con licencia}} en este período, así que no hay {attribute, select, department {departamentos} country {países} officeLocation {oficinas} companyName {empresas} other {puestos}} que mostrar.',
  'byAttribute.rowsTitle':
    '{attribute, select, department {Departamentos} country {Países} officeLocation {Oficinas} companyName {Empresas} other {Puestos}} · {focus, select, users {primero los de más usuarios} inactive {primero los de más inactivos} other {primero los de más gasto ocioso}}',
  'byAttribute.licensedUsers': 'Usuarios con licencia',
  'byAttribute.paidLicenceUsers': 'Usuarios con licencia de pago',
  'byAttribute.usersIn':
    '{users, plural, other {#}} en {values, plural, one {# {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}}} other {# {attribute, select, department {departamentos} country {países} officeLocation {oficinas} companyName {empresas} other {puestos}}}}',
  'byAttribute.activeAny': 'Activos en cualquier servicio · {period}',
  'byAttribute.other':
    'Otros ({values, plural, one {# {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}}} other {# {attribute, select, department {departamentos} country {países} officeLocation {oficinas} companyName {empresas} other {puestos}}}})',
  'byAttribute.notSet': '(sin definir)',
  'byAttribute.notInDirectory': '(no está en el directorio)',
  'byAttribute.share':
    '{bar} {rate} {what, select, active {activos} other {inactivos}} · {part, plural, other {#}} de {users, plural, one {# usuario} other {# usuarios}}',
  'byAttribute.noUsers': 'ningún usuario en este período',
  'byAttribute.idleRow': '{idle, plural, one {# licencia ociosa} other {# licencias ociosas}}{spend, select, none {} other { · {spend} al mes}} · {share}',
  'byAttribute.notSetNote':
    '"{label}": usuarios cuyo campo {attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}} está vacío en el directorio.',
  'byAttribute.notInDirectoryNote': '"{label}": usuarios del informe que el directorio ya no tiene (eliminados después de la fecha de actualización del informe).',
  'byAttribute.foldedNote':
    'Aquí, {attribute, select, department {los departamentos} country {los países} officeLocation {las oficinas} companyName {las empresas} other {los puestos}} de menos de {smallest, plural, other {#}} usuarios se cuentan en "{other}" para que nadie quede señalado ({folded, plural, other {#}} en total); su chat personal con el bot los muestra.',
  'byAttribute.otherNote':
    '"{other}" suma {attribute, select, department {los departamentos} country {los países} officeLocation {las oficinas} companyName {las empresas} other {los puestos}} no mostrados; el archivo CSV los enumera todos.',
  'byAttribute.otherLabel': 'Otros',
  'byAttribute.unassignedNote':
    '{unassigned, plural, one {La # licencia sin asignar está comprada} other {Las # licencias sin asignar están compradas}} y nadie las tiene, así que no pertenecen a {attribute, select, department {ningún departamento} country {ningún país} officeLocation {ninguna oficina} companyName {ninguna empresa} other {ningún puesto}}: {inactive, plural, one {# licencia ociosa} other {# licencias ociosas}} de los grupos y las sin asignar suman las {seats, plural, other {#}} del inquilino.',
  'byAttribute.concealedNote':
    '{count, plural, one {# usuario del informe tiene el nombre oculto y no está} other {# usuarios del informe tienen el nombre oculto y no están}} en ninguna fila.',

  // The filter line.
  'filter.part':
    '{set, select, no {{attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}} no está definido} other {{attribute, select, department {departamento} country {país} officeLocation {oficina} companyName {empresa} other {puesto}} es "{value}"}}',
  'filter.only': 'Solo los usuarios cuyo {parts}.',
  'filter.join': ' y cuyo ',
  'filter.directory': '{filters} Directorio al {day}.',

  // The digest's departments section.
  'digest.departmentsTitle': 'Adopción de Copilot por departamento{period, select, none {} other { · {period}}}',
  'digest.departmentsUsage': '{date, select, none {Aún no hay datos de uso} other {Uso al {date}}}',
  'digest.departmentsFirst': '{usage}, departamentos del directorio del {day}. Los cambios semanales se muestran a partir del próximo resumen.',
  'digest.departmentsCompared':
    '{usage} frente al {compared}, departamentos del directorio del {day}; departamentos de {smallest, plural, other {#}} usuarios o más. {moved, select, no {La tasa de actividad de ningún departamento cambió desde el resumen anterior.} other {Las tasas de actividad que más cambiaron de una semana a otra:}}',
  'digest.departmentMove': '{points} · {rate} activos · {partOf}',
  'digest.departmentsConcealed': 'No disponible: este inquilino oculta los nombres de usuario en los informes de uso, así que no coinciden con ningún departamento. {setting} los muestra.',
  'digest.departmentsUnavailable': 'No disponible esta vez: Microsoft Graph no respondió ({code}).',
  'digest.departmentsForbidden': 'No disponible: el bot no puede leer el directorio; su registro de aplicación necesita el permiso User.Read.All.',
} satisfies { readonly [K in keyof typeof enDirectory]: string };
