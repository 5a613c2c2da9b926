import type { enAlerts } from './en-alerts.js';

/** Spanish (español), the alerts: commands, refusals, the alert cards and the digest's Alerts section; spread into `es`. */
export const esAlerts = {
  'command.alert-set': 'Publica aquí una vez cuando una cifra supera el umbral, y otra cuando vuelve',
  'command.alert-list': 'Las alertas de aquí: estado, última evaluación y cifra',
  'command.alert-snooze': 'Retiene un tiempo las publicaciones de una alerta; se sigue evaluando',
  'command.alert-remove': 'Elimina la alerta n de esta conversación',
  'command.alert-exclude': 'Excluye un SKU de las alertas de licencias de Copilot de aquí',
  'command.alert-include': 'Vuelve a contar un SKU excluido',
  'command.alert-language': 'El idioma en que se publican desde ahora las alertas de esta conversación',
  'action.alerts': 'Alertas',
  'action.licences': 'Licencias',
  'alertParse.forms':
    'Crea una con {examples} (idle-seats también admite una parte: "> 10%"); "alerts" lista las alertas de esta conversación; "alert remove <n>", "{snooze}", "alert exclude <SKU>" y "alert include <SKU>" las cambian.',
  'alertParse.alertsTakesNothing': '"alerts" lista las alertas de esta conversación y no admite nada después.',
  'alertParse.needsWhat': 'alert necesita qué vigilar o qué hacer.',
  'alertParse.listTakesNothing': '"alert list" no admite nada después.',
  'alertParse.removeNeedsNumber': '"alert remove" necesita el número de la alerta que se elimina, como lo lista "alerts": p. ej. "alert remove 2".',
  'alertParse.notRemoveNumber': '"{text}" no es un número de alerta: "alerts" lista cada alerta con su número, p. ej. "alert remove 2".',
  'alertParse.oneTooMany': '"{command}" admite {what, select, number {un solo número} other {un solo SKU}}; "{extra}" sobra.',
  'alertParse.snoozeNeeds': '"alert snooze" necesita el número de la alerta y cuánto tiempo: {usage}, p. ej. "alert snooze 2 7d".',
  'alertParse.notNumber': '"{text}" no es un número de alerta: "alerts" lista cada alerta con su número.',
  'alertParse.durationMissing': 'Di cuánto tiempo posponer: indica la duración en horas, días o semanas: 12h, 7d o 2w, al menos una hora y como mucho 90 días.',
  'alertParse.notDuration': '"{text}" no es una duración: indica la duración en horas, días o semanas: 12h, 7d o 2w, al menos una hora y como mucho 90 días.',
  'alertParse.durationRange':
    'Posponer "{text}" está fuera de rango: indica la duración en horas, días o semanas: 12h, 7d o 2w, al menos una hora y como mucho 90 días.',
  'alertParse.skuMissing':
    '{action, select, exclude {"alert exclude" excluye un SKU de las alertas de licencias de Copilot de esta conversación: indica su referencia o su id., p. ej. "alert exclude Microsoft_365_Copilot_Trial".} other {"alert include" vuelve a contar un SKU excluido: indica su referencia o su id., p. ej. "alert include Microsoft_365_Copilot_Trial".}}',
  'alertParse.notSku': '"{text}" no es una referencia ni un id. de SKU: las referencias son letras, cifras, "_", "." y "-", p. ej. SPE_E5.',
  'alertParse.noGreaterOrEqual': '">=" no está disponible: una alerta salta cuando su cifra supera el umbral (">"), así que escribe el umbral uno más bajo.',
  'alertParse.oneOperator': 'Escribe un solo ">" y el umbral detrás: una alerta salta cuando su cifra sube por encima del umbral.',
  'alertParse.noOperator': 'Escribe ">" y el umbral después de lo que se vigila, p. ej. "{example}".',
  'alertParse.noKind':
    'Di antes de ">" qué vigilar: idle-seats (licencias de Copilot sin asignar o sin actividad en Copilot en 30 días (28 con el informe v2), o su parte de las licencias compradas); unassigned (licencias compradas sin asignar: las de Copilot, o las del SKU indicado); idle-spend (lo que cuestan al mes las licencias de Copilot ociosas, al precio de licencia configurado); adoption drop (puntos porcentuales que la adopción de Copilot de los últimos 7 días bajó respecto a la semana anterior); never-used (licencias de Copilot asignadas cuyo usuario nunca usó Copilot); inactive-users (usuarios con una licencia de pago y sin actividad en ningún servicio en el período (D30, D90 o D180; 30 días si no se indica), como los enumera inactive users).',
  'alertParse.unknownKind':
    '"{text}" no es una cifra que vigilen las alertas: idle-seats (licencias de Copilot sin asignar o sin actividad en Copilot en 30 días (28 con el informe v2), o su parte de las licencias compradas); unassigned (licencias compradas sin asignar: las de Copilot, o las del SKU indicado); idle-spend (lo que cuestan al mes las licencias de Copilot ociosas, al precio de licencia configurado); adoption drop (puntos porcentuales que la adopción de Copilot de los últimos 7 días bajó respecto a la semana anterior); never-used (licencias de Copilot asignadas cuyo usuario nunca usó Copilot); inactive-users (usuarios con una licencia de pago y sin actividad en ningún servicio en el período (D30, D90 o D180; 30 días si no se indica), como los enumera inactive users).{guesses, plural, =0 {} one { ¿Querías decir "{last}"?} other { ¿Querías decir {first} o "{last}"?}}',
  'alertParse.thresholdMissing': 'Escribe el umbral después de ">", p. ej. "{example}".',
  'alertParse.notNumberThreshold': '"{text}" no es un número: escribe el umbral en cifras, p. ej. "{example}".',
  'alertParse.notShare':
    '{kind} son {unit, select, points {puntos porcentuales} money {dinero al mes} users {un número de usuarios} other {un número de licencias}}, no una parte: quita "%".{unit, select, points { La bajada ya está en puntos porcentuales.} money {} other {}}',
  'alertParse.notMoney':
    '{kind} son {unit, select, points {puntos porcentuales} money {dinero al mes} users {un número de usuarios} other {un número de licencias}}, no dinero: quita "{text}".',
  'alertParse.notCurrency': '"{text}" no es una moneda: escribe un código ISO 4217 como USD o EUR, el del precio de licencia.',
  'alertParse.notPart': '"{text}" no forma parte de {kind, select, none {una alerta} other {una alerta {kind}: escribe "{example}"}}.',
  'alertParse.notWhole': '"{text}" no es un número entero: {kind} cuenta {counted, select, users {usuarios} other {licencias}}.',
  'alertParse.tooManySeats': '"{text}" son más {counted, select, users {usuarios} other {licencias}} de los que tiene cualquier inquilino: escribe como mucho {max, number}.',
  'alertParse.oneDecimal': '"{text}" tiene más decimales de los que muestra la cifra: escribe como mucho uno, p. ej. 10.5.',
  'alertParse.over100': '"{text}" es más de 100 {unit, select, percent {%} other {puntos}}: escribe un umbral de 0 a 100.',
  'alertParse.twoDecimals': '"{text}" tiene más decimales de los que tiene el dinero: escribe como mucho dos, p. ej. 5000.50.',
  'alertParse.tooMuchMoney': '"{text}" es más de lo que compara el bot: escribe como mucho {max, number}.',
  'alertParse.language': '"alert language" necesita uno de {languages}{typed, select, none {} other {; "{typed}" no es uno de ellos}}, p. ej. "alert language it".',
  'errorTitle.ALERT_NO_PRICE': 'No hay precio de licencia configurado',
  'errorMessage.alertNoPrice':
    'El gasto ocioso se cuenta al precio de licencia, y no hay ninguno configurado: quien administra el bot define COPILOT_LICENSE_PRICE (p. ej. "30 USD"). "alert idle-seats > 100" vigila las propias licencias.',
  'errorTitle.ALERT_CURRENCY': 'El gasto ocioso está en {currency}',
  'errorMessage.alertCurrency':
    'El gasto ocioso se cuenta en {currency}, la moneda del precio de licencia (COPILOT_LICENSE_PRICE), no en {asked}: escribe "{fixed}" con el importe en {currency}.',
  'errorTitle.ALERT_UNKNOWN_SKU': '{sku} no es un SKU de este inquilino',
  'errorMessage.alertUnknownSku': 'Las suscripciones del inquilino: {skus, select, none {ninguna} other {{skus}}}. Indica una por su referencia o id.',
  'errorTitle.ALERTS_UNAVAILABLE': 'Las alertas se crean en Teams',
  'errorMessage.alertsUnavailable':
    'Una alerta publica en la conversación en que se creó: crea y lista las alertas en un canal de Teams, un chat de grupo o tu chat personal con el bot.',

  // How a figure reads: its name, why there is no figure.
  'alert.figure':
    '{kind, select, idleSeats {Licencias de Copilot ociosas} idleShare {Proporción ociosa de las licencias de Copilot compradas} unassigned {Licencias de Copilot sin asignar} unassignedSku {Licencias de {sku} sin asignar} idleSpend {Gasto ocioso de Copilot al mes} adoptionDrop {Caída de la adopción de Copilot · últimos 7 días} inactiveUsers {Usuarios con licencia de pago y sin actividad} other {Licencias de Copilot nunca usadas}}',
  'alert.unavailable.NO_PRICE': 'No hay ningún precio de licencia configurado (COPILOT_LICENSE_PRICE), así que el gasto ocioso no tiene valor.',
  'alert.unavailable.CURRENCY_CHANGED': 'El precio de la licencia está ahora en {currency, select, none {otra moneda} other {{currency}}}: vuelva a crear esta alerta en esa moneda.',
  'alert.unavailable.NO_SEATS': 'No hay licencias de Copilot compradas (o cada SKU de Copilot está excluido aquí), así que no hay proporción.',
  'alert.unavailable.SKU_NOT_FOUND': '{sku, select, none {El SKU} other {{sku}}} no está entre las suscripciones del inquilino.',
  'alert.unavailable.NO_WEEK_BEFORE':
    'La adopción de la semana anterior (datos del {date, select, none {una semana antes} other {{date}}}) no se registró: la caída aparece cuando el bot haya leído datos con una semana de diferencia.',
  'alert.unavailable.NO_USERS': 'Microsoft no informa de ningún usuario habilitado para Copilot.',

  // The alert card and its notification line.
  'alert.firedSummary': 'Alerta {number}: {figure} en {value}',
  'alert.resolvedSummary': 'Alerta {number} resuelta: {figure} en {value}',
  'alert.firedTitle': '🔔 Alerta {number} · {figure} por encima de {threshold}',
  'alert.firedMessage': '{figure}: {value}, {over} por encima del umbral de {threshold}, desde los datos del {since}.',
  'alert.resolvedTitle': '✓ Alerta {number} resuelta · {figure}',
  'alert.resolvedMessage': '{figure}: {value} con los datos del {date}, de nuevo en el umbral de {threshold} o por debajo.',
  'alert.dataAsOf': 'Datos a',
  'alert.trendTitle': '{figure}, en las evaluaciones del bot',
  'alert.excludedNote': 'Excluidos aquí: {skus} ("alert include <SKU>" vuelve a contar uno).',
  'alert.skus': '{count, select, one {SKU} other {SKU de Copilot contados}}',
  'alert.noSkus': 'ninguno',
  'alert.weekBefore': '{adoption} al {date}',

  // A conversation's alerts.
  'alertRules.title': '{place, select, channel {Alertas de este canal} other {Alertas de este chat}}',
  'alertRules.heading': 'Alerta {number} · {rule}',
  'alertRules.subject': '{number, select, none {La alerta} other {La alerta {number} ({rule})}}',
  'alertRules.forms':
    'Cree una con "alert idle-seats > 100" (o "> 10%"), "alert unassigned > 50 [SKU]", "alert idle-spend > 5000 USD", "alert adoption drop > 10" o "alert never-used > 20".',
  'alertRules.none': 'No hay alertas en {place, select, channel {este canal} other {este chat}}. {forms}',
  'alertRules.count': '{count, plural, one {# alerta} other {# alertas}} en {place, select, channel {este canal} other {este chat}}:',
  'alertRules.set': '{subject} está creada. {now}Se evalúa en unos minutos y luego en cada actualización de los datos de Microsoft.',
  'alertRules.now': 'Ahora: {value} con los datos del {date}{above, select, yes {, por encima del umbral: publica su tarjeta en la primera evaluación} other {}}.',
  'alertRules.exists': '{subject} ya vigila esto en {place, select, channel {este canal} other {este chat}}.',
  'alertRules.removed': '{subject} está eliminada.',
  'alertRules.snoozed': '{subject} está pospuesta{until, select, none {} other { hasta el {until}}}: se evalúa y se registra, y no publica nada hasta entonces.',
  'alertRules.excluded':
    '{sku, select, none {El SKU} other {{sku}}} queda excluido de las alertas de licencias de Copilot en {place, select, channel {este canal} other {este chat}} (licencias ociosas, licencias de Copilot sin asignar, gasto ocioso, nunca usadas).',
  'alertRules.included': '{sku, select, none {El SKU} other {{sku}}} vuelve a contar en las alertas de licencias de Copilot en {place, select, channel {este canal} other {este chat}}.',
  'alertRules.notFound': 'No hay ninguna alerta {number} en {place, select, channel {este canal} other {este chat}}: "alerts" las enumera con sus números.',
  'alertRules.full': '{place, select, channel {Este canal} other {Este chat}} tiene {max, number} alertas, el máximo: elimine una primero ("alert remove <n>").',
  'alertRules.languageSet': 'Las alertas de {place, select, channel {este canal} other {este chat}} se publican en {language} a partir de ahora.',
  'alertRules.languageTitle': 'Idioma',
  'alertRules.resumed': 'Las alertas de aquí estaban en pausa desde el {date}: {refusal} cuando el bot publicó aquí. A partir de ahora vuelven a publicar.',
  'alertRules.refusal': '{status, select, none {Teams rechazó la publicación} other {Teams respondió {status}}}',
  'alertRules.excludedNote': 'Excluidos de las alertas de licencias de Copilot aquí: {skus}.',
  'alertRules.evaluatedNote': 'Cada alerta se evalúa una vez en cada actualización de los datos de Microsoft; publica cuando su valor cruza el umbral, y una vez cuando vuelve.',
  'alertRules.state': 'Estado',
  'alertRules.stateNew': 'Nueva: se evalúa en unos minutos',
  'alertRules.stateFiring': 'Activa desde los datos del {since, select, none {la última evaluación} other {{since}}}',
  'alertRules.stateQuiet': 'Tranquila',
  'alertRules.snoozedTitle': 'Pospuesta',
  'alertRules.snoozedValue': 'hasta el {until}: se registra, no se publica',
  'alertRules.pausedTitle': 'En pausa',
  'alertRules.pausedValue': 'desde el {date}: {refusal} cuando el bot publicó aquí; cree, posponga o elimine una alerta aquí para reanudar',
  'alertRules.figure': 'Valor',
  'alertRules.lastEvaluated': 'Última evaluación',
  'alertRules.lastEvaluatedValue': 'datos del {date} · {at}',
  'alertRules.notPosted': 'No publicada',
  'alertRules.notPostedValue':
    '{event, select, fired {La tarjeta de alerta} other {La resolución}} no se pudo publicar ({reason, select, none {sin motivo indicado} other {{reason}}}); se vuelve a intentar en la próxima evaluación.',

  // The digest's Alerts section.
  'digest.alertsTitle': 'Alertas',
  'digest.alertsNote':
    '{firing, plural, =0 {Ninguna de las {watched, plural, one {# alerta} other {# alertas}} de aquí está activa.} one {# de las {watched, plural, one {# alerta} other {# alertas}} de aquí está activa.} other {# de las {watched, plural, one {# alerta} other {# alertas}} de aquí están activas.}}',
  'digest.alertFiring': '{value}, activa desde los datos del {since}',
} satisfies { readonly [K in keyof typeof enAlerts]: string };
