import type { enAlerts } from './en-alerts.js';

/** Russian (русский), the alerts: commands, refusals, the alert cards and the digest's Alerts section; spread into `ru`. */
export const ruAlerts = {
  'command.alert-set': 'Пишет сюда один раз, когда показатель превышает порог, и один раз, когда возвращается',
  'command.alert-list': 'Оповещения здесь: состояние, последняя проверка и значение',
  'command.alert-snooze': 'Откладывает сообщения оповещения на время; проверка продолжается',
  'command.alert-remove': 'Удаляет оповещение n этой беседы',
  'command.alert-exclude': 'Исключает SKU из оповещений о лицензиях Copilot здесь',
  'command.alert-include': 'Снова учитывает исключённый SKU',
  'command.alert-language': 'Язык, на котором с этого момента публикуются оповещения этой беседы',
  'action.alerts': 'Оповещения',
  'action.licences': 'Лицензии',
  'alertParse.forms':
    'Задайте оповещение так: {examples} (idle-seats принимает и долю: "> 10%"); «alerts» показывает оповещения этой беседы; «alert remove <n>», «{snooze}», «alert exclude <SKU>» и «alert include <SKU>» их меняют.',
  'alertParse.alertsTakesNothing': '«alerts» показывает оповещения этой беседы, и после него ничего не пишут.',
  'alertParse.needsWhat': 'После alert нужно, что отслеживать или что сделать.',
  'alertParse.listTakesNothing': 'После «alert list» ничего не пишут.',
  'alertParse.removeNeedsNumber': '«alert remove» нужен номер удаляемого оповещения из списка «alerts», например «alert remove 2».',
  'alertParse.notRemoveNumber': '«{text}» — не номер оповещения: «alerts» показывает каждое оповещение с номером, например «alert remove 2».',
  'alertParse.oneTooMany': '«{command}» принимает {what, select, number {один номер} other {один SKU}}; «{extra}» — лишнее.',
  'alertParse.snoozeNeeds': '«alert snooze» нужны номер оповещения и срок: {usage}, например «alert snooze 2 7d».',
  'alertParse.notNumber': '«{text}» — не номер оповещения: «alerts» показывает каждое оповещение с номером.',
  'alertParse.durationMissing': 'Скажите, на сколько отложить: укажите срок в часах, днях или неделях: 12h, 7d или 2w, не меньше часа и не больше 90 дней.',
  'alertParse.notDuration': '«{text}» — не срок: укажите срок в часах, днях или неделях: 12h, 7d или 2w, не меньше часа и не больше 90 дней.',
  'alertParse.durationRange': 'Срок «{text}» вне допустимого: укажите срок в часах, днях или неделях: 12h, 7d или 2w, не меньше часа и не больше 90 дней.',
  'alertParse.skuMissing':
    '{action, select, exclude {«alert exclude» исключает SKU из оповещений о лицензиях Copilot этой беседы: укажите его код продукта или идентификатор, например «alert exclude Microsoft_365_Copilot_Trial».} other {«alert include» снова учитывает исключённый SKU: укажите его код продукта или идентификатор, например «alert include Microsoft_365_Copilot_Trial».}}',
  'alertParse.notSku': '«{text}» — не код продукта и не идентификатор SKU: коды состоят из букв, цифр, «_», «.» и «-», например SPE_E5.',
  'alertParse.noGreaterOrEqual': '«>=» не поддерживается: оповещение срабатывает, когда показатель выше порога («>»), поэтому укажите порог на единицу меньше.',
  'alertParse.oneOperator': 'Напишите один «>» и порог после него: оповещение срабатывает, когда показатель поднимается выше порога.',
  'alertParse.noOperator': 'Напишите «>» и порог после того, что отслеживать, например «{example}».',
  'alertParse.noKind':
    'Скажите перед «>», что отслеживать: idle-seats (лицензии Copilot, не назначенные или без активности в Copilot за 30 дней (28 в отчёте v2), либо их доля от купленных); unassigned (купленные, но не назначенные лицензии: Copilot или указанного SKU); idle-spend (сколько в месяц стоят простаивающие лицензии Copilot по заданной цене лицензии); adoption drop (на сколько процентных пунктов внедрение Copilot за последние 7 дней упало по сравнению с неделей до того); never-used (назначенные лицензии Copilot, пользователь которых ни разу не пользовался Copilot); inactive-users (пользователи с платной лицензией без активности в каком-либо сервисе за период (D30, D90 или D180; 30 дней, если не указан), как их перечисляет inactive users).',
  'alertParse.unknownKind':
    '«{text}» — не показатель для оповещений: idle-seats (лицензии Copilot, не назначенные или без активности в Copilot за 30 дней (28 в отчёте v2), либо их доля от купленных); unassigned (купленные, но не назначенные лицензии: Copilot или указанного SKU); idle-spend (сколько в месяц стоят простаивающие лицензии Copilot по заданной цене лицензии); adoption drop (на сколько процентных пунктов внедрение Copilot за последние 7 дней упало по сравнению с неделей до того); never-used (назначенные лицензии Copilot, пользователь которых ни разу не пользовался Copilot); inactive-users (пользователи с платной лицензией без активности в каком-либо сервисе за период (D30, D90 или D180; 30 дней, если не указан), как их перечисляет inactive users).{guesses, plural, =0 {} one { Возможно, вы имели в виду «{last}»?} other { Возможно, вы имели в виду {first} или «{last}»?}}',
  'alertParse.thresholdMissing': 'Напишите порог после «>», например «{example}».',
  'alertParse.notNumberThreshold': '«{text}» — не число: напишите порог цифрами, например «{example}».',
  'alertParse.notShare':
    '{kind} — это {unit, select, points {процентные пункты} money {деньги в месяц} users {число пользователей} other {число лицензий}}, а не доля: уберите «%».{unit, select, points { Падение уже выражено в процентных пунктах.} money {} other {}}',
  'alertParse.notMoney':
    '{kind} — это {unit, select, points {процентные пункты} money {деньги в месяц} users {число пользователей} other {число лицензий}}, а не деньги: уберите «{text}».',
  'alertParse.notCurrency': '«{text}» — не валюта: укажите код ISO 4217, например USD или EUR, — тот, в котором задана цена лицензии.',
  'alertParse.notPart': '«{text}» не относится к {kind, select, none {оповещению} other {оповещению {kind}: напишите «{example}»}}.',
  'alertParse.notWhole': '«{text}» — не целое число: {kind} считает {counted, select, users {пользователей} other {лицензии}}.',
  'alertParse.tooManySeats': '«{text}» — больше {counted, select, users {пользователей} other {лицензий}}, чем бывает у организации: не больше {max, number}.',
  'alertParse.oneDecimal': 'В «{text}» больше знаков после запятой, чем у показателя: не больше одного, например 10.5.',
  'alertParse.over100': '«{text}» больше 100 {unit, select, percent {%} other {пунктов}}: порог — от 0 до 100.',
  'alertParse.twoDecimals': 'В «{text}» больше знаков после запятой, чем у денег: не больше двух, например 5000.50.',
  'alertParse.tooMuchMoney': '«{text}» — больше, чем бот сравнивает: не больше {max, number}.',
  'alertParse.language': '«alert language» нужен один из кодов {languages}{typed, select, none {} other {; «{typed}» — не из них}}, например «alert language it».',
  'errorTitle.ALERT_NO_PRICE': 'Цена лицензии не задана',
  'errorMessage.alertNoPrice':
    'Расходы на простой считаются по цене лицензии, а она не задана: администратор бота задаёт COPILOT_LICENSE_PRICE (например, "30 USD"). «alert idle-seats > 100» отслеживает сами лицензии.',
  'errorTitle.ALERT_CURRENCY': 'Расходы на простой считаются в {currency}',
  'errorMessage.alertCurrency':
    'Расходы на простой считаются в {currency}, валюте цены лицензии (COPILOT_LICENSE_PRICE), а не в {asked}: напишите «{fixed}» с суммой в {currency}.',
  'errorTitle.ALERT_UNKNOWN_SKU': 'У этой организации нет SKU {sku}',
  'errorMessage.alertUnknownSku': 'Подписки организации: {skus, select, none {нет} other {{skus}}}. Укажите одну из них по коду продукта или идентификатору.',
  'errorTitle.ALERTS_UNAVAILABLE': 'Оповещения задаются в Teams',
  'errorMessage.alertsUnavailable':
    'Оповещение пишет в ту беседу, где его задали: задавайте и смотрите оповещения в канале Teams, групповом чате или личном чате с ботом.',

  // How a figure reads: its name, why there is no figure.
  'alert.figure':
    '{kind, select, idleSeats {Простаивающие лицензии Copilot} idleShare {Доля простаивающих среди купленных лицензий Copilot} unassigned {Неназначенные лицензии Copilot} unassignedSku {Неназначенные лицензии {sku}} idleSpend {Расходы на простой Copilot в месяц} adoptionDrop {Падение внедрения Copilot · последние 7 дней} inactiveUsers {Пользователи с платной лицензией без активности} other {Ни разу не использованные лицензии Copilot}}',
  'alert.unavailable.NO_PRICE': 'Цена лицензии не настроена (COPILOT_LICENSE_PRICE), поэтому у расходов на простой нет значения.',
  'alert.unavailable.CURRENCY_CHANGED': 'Цена лицензии теперь в {currency, select, none {другой валюте} other {{currency}}}: задайте это оповещение заново в этой валюте.',
  'alert.unavailable.NO_SEATS': 'Лицензии Copilot не куплены (или каждый SKU Copilot здесь исключён), поэтому доли нет.',
  'alert.unavailable.SKU_NOT_FOUND': '{sku, select, none {Этого SKU} other {{sku}}} нет среди подписок клиента.',
  'alert.unavailable.NO_WEEK_BEFORE':
    'Внедрение предыдущей недели (данные за {date, select, none {неделю раньше} other {{date}}}) не записано: падение появится, когда бот прочитает данные с разницей в неделю.',
  'alert.unavailable.NO_USERS': 'Microsoft не сообщает ни об одном пользователе с включённым Copilot.',

  // The alert card and its notification line.
  'alert.firedSummary': 'Оповещение {number}: {figure} — {value}',
  'alert.resolvedSummary': 'Оповещение {number} снято: {figure} — {value}',
  'alert.firedTitle': '🔔 Оповещение {number} · {figure} выше {threshold}',
  'alert.firedMessage': '{figure}: {value}, на {over} выше порога {threshold}, начиная с данных за {since}.',
  'alert.resolvedTitle': '✓ Оповещение {number} снято · {figure}',
  'alert.resolvedMessage': '{figure}: {value} по данным за {date}, снова на пороге {threshold} или ниже.',
  'alert.dataAsOf': 'Данные на',
  'alert.trendTitle': '{figure} при проверках бота',
  'alert.excludedNote': 'Здесь не учитываются: {skus} («alert include <SKU>» снова учитывает SKU).',
  'alert.skus': '{count, select, one {SKU} other {Учтённые SKU Copilot}}',
  'alert.noSkus': 'нет',
  'alert.weekBefore': '{adoption} до {date}',

  // A conversation's alerts.
  'alertRules.title': '{place, select, channel {Оповещения в этом канале} other {Оповещения в этом чате}}',
  'alertRules.heading': 'Оповещение {number} · {rule}',
  'alertRules.subject': '{number, select, none {Оповещение} other {Оповещение {number} ({rule})}}',
  'alertRules.forms':
    'Задайте его так: «alert idle-seats > 100» (или «> 10%»), «alert unassigned > 50 [SKU]», «alert idle-spend > 5000 USD», «alert adoption drop > 10» или «alert never-used > 20».',
  'alertRules.none': 'В {place, select, channel {этом канале} other {этом чате}} нет оповещений. {forms}',
  'alertRules.count': '{count, plural, one {# оповещение} few {# оповещения} many {# оповещений} other {# оповещения}} в {place, select, channel {этом канале} other {этом чате}}:',
  'alertRules.set': '{subject} задано. {now}Оно проверяется в течение нескольких минут, затем при каждом обновлении данных Microsoft.',
  'alertRules.now': 'Сейчас: {value} по данным за {date}{above, select, yes {, выше порога: карточка будет опубликована при первой проверке} other {}}.',
  'alertRules.exists': '{subject} уже следит за этим в {place, select, channel {этом канале} other {этом чате}}.',
  'alertRules.removed': '{subject} удалено.',
  'alertRules.snoozed': '{subject} отложено{until, select, none {} other { до {until}}}: оно проверяется и записывается, но ничего не публикует до этого времени.',
  'alertRules.excluded':
    '{sku, select, none {SKU} other {{sku}}} больше не учитывается оповещениями о лицензиях Copilot в {place, select, channel {этом канале} other {этом чате}} (простаивающие, неназначенные лицензии Copilot, расходы на простой, ни разу не использованные).',
  'alertRules.included': '{sku, select, none {SKU} other {{sku}}} снова учитывается оповещениями о лицензиях Copilot в {place, select, channel {этом канале} other {этом чате}}.',
  'alertRules.notFound': 'В {place, select, channel {этом канале} other {этом чате}} нет оповещения {number}: «alerts» перечисляет их с номерами.',
  'alertRules.full': 'В {place, select, channel {этом канале} other {этом чате}} уже {max, number} оповещений — это максимум: сначала удалите одно («alert remove <n>»).',
  'alertRules.languageSet': 'Оповещения в {place, select, channel {этом канале} other {этом чате}} с этого момента публикуются на языке: {language}.',
  'alertRules.languageTitle': 'Язык',
  'alertRules.resumed': 'Оповещения здесь были приостановлены с {date}: {refusal}, когда бот публиковал сюда. С этого момента они снова публикуются.',
  'alertRules.refusal': '{status, select, none {Teams отклонил публикацию} other {Teams ответил {status}}}',
  'alertRules.excludedNote': 'Не учитываются оповещениями о лицензиях Copilot здесь: {skus}.',
  'alertRules.evaluatedNote': 'Каждое оповещение проверяется один раз при каждом обновлении данных Microsoft; оно публикуется, когда значение переходит порог, и один раз, когда возвращается.',
  'alertRules.state': 'Состояние',
  'alertRules.stateNew': 'Новое: проверяется в течение нескольких минут',
  'alertRules.stateFiring': 'Сработало по данным за {since, select, none {последнюю проверку} other {{since}}}',
  'alertRules.stateQuiet': 'Спокойно',
  'alertRules.snoozedTitle': 'Отложено',
  'alertRules.snoozedValue': 'до {until}: записывается, не публикуется',
  'alertRules.pausedTitle': 'Приостановлено',
  'alertRules.pausedValue': 'с {date}: {refusal}, когда бот публиковал сюда; задайте, отложите или удалите оповещение здесь, чтобы возобновить',
  'alertRules.figure': 'Значение',
  'alertRules.lastEvaluated': 'Последняя проверка',
  'alertRules.lastEvaluatedValue': 'данные за {date} · {at}',
  'alertRules.notPosted': 'Не опубликовано',
  'alertRules.notPostedValue':
    '{event, select, fired {Карточку оповещения} other {Сообщение о снятии}} не удалось опубликовать ({reason, select, none {причина не указана} other {{reason}}}); попытка повторится при следующей проверке.',

  // The digest's Alerts section.
  'digest.alertsTitle': 'Оповещения',
  'digest.alertsNote':
    '{firing, plural, =0 {Ни одно из {watched, plural, one {# оповещения} other {# оповещений}} здесь не сработало.} one {Сработало # из {watched, plural, one {# оповещения} other {# оповещений}} здесь.} other {Сработали # из {watched, plural, one {# оповещения} other {# оповещений}} здесь.}}',
  'digest.alertFiring': '{value}, сработало по данным за {since}',
} satisfies { readonly [K in keyof typeof enAlerts]: string };
