import type { enLicences } from './en-licences.js';

/** Russian (русский), every licence, the reclaim list, the digest's Licences section and the inactive-users alert; spread into `ru`. */
export const ruLicences = {
  'command.licenses': 'Все лицензии: куплено, назначено, не используется и сколько стоят простаивающие',
  'command.inactive-users': 'Пользователи с платной лицензией без активности в каком-либо сервисе, самые дорогие первыми (личный чат)',
  'action.reclaimList': 'Список на возврат',
  'action.allLicences': 'Все лицензии',
  'action.inactiveUsers': 'Неактивные пользователи',
  'byAttribute.idleSeats':
    '{idle, plural, one {# простаивающая лицензия} few {# простаивающие лицензии} many {# простаивающих лицензий} other {# простаивающей лицензии}}{spend, select, none {} other { · {spend} в месяц}}',

  // The licences card.
  'licencesCard.purchased': 'Купленные лицензии (платные SKU)',
  'licencesCard.idleSeats': 'Простаивающие лицензии · {period}',
  'licencesCard.idleSeatsValue': '{seats, number}, все лицензии',
  'licencesCard.unpricedSeats':
    '{count, plural, one {# простаивающая лицензия без цены не учтена} few {# простаивающие лицензии без цены не учтены} many {# простаивающих лицензий без цены не учтены} other {# простаивающей лицензии без цены не учтены}}',
  'licencesCard.setPrices': 'Задайте LICENSE_PRICES (например, SPE_E5=57 USD, SPE_E3=36 USD), чтобы видеть стоимость простаивающих лицензий.',
  'licencesCard.copilotActive': 'Активны · {period}',
  'licencesCard.copilotNote': 'Как их показывает «copilot licenses»: одно значение на все SKU Copilot, так как отчёт Copilot не говорит, какой SKU у пользователя.',
  'licencesCard.howCounted': 'Как считаются лицензии',
  'licencesCard.countedNote':
    'Лицензия простаивает, если её никто не занимает или если её владелец не был активен в Exchange, OneDrive, SharePoint, Viva Engage или Teams за последние 30 дней (отчёт об активных пользователях; использование самих Power BI, Visio или Project в нём нет). Лицензии Copilot простаивают без активности в Copilot. Бесплатные и пробные SKU ничего не стоят и не учитываются. Количество лицензий на {fetchedAt} (в реальном времени).{stale, select, yes { ⚠ Более старые данные о лицензиях из кэша: Microsoft Graph сейчас не удалось опросить.} other {}}',
  'licencesCard.skus': 'Подписки (SKU)',
  'licencesCard.noSkus': 'У этого клиента нет подписок.',
  'licencesCard.unmatched': 'Продукты без найденного SKU (учтены, без цены)',
  'licencesCard.linksTitle': 'Лицензии на возврат',
  'licencesCard.status': '{status, select, Warning {Предупреждение} Suspended {Приостановлена} Deleted {Удалена} LockedOut {Заблокирована} other {{status}}}',
  'licencesCard.free': 'бесплатная или пробная ({reason, select, units {по числу единиц} other {по названию}}): не считается расходом',
  'licencesCard.priceIgnored': 'её цена в LICENSE_PRICES не используется',
  'licencesCard.holders': '{count, plural, one {# владелец} few {# владельца} many {# владельцев} other {# владельца}}',
  'licencesCard.copilotAbove': 'простаивающие лицензии — в разделе Microsoft 365 Copilot выше',
  'licencesCard.seatPrice': '{price} за лицензию в месяц',
  'licencesCard.priceNotSet': 'цена не задана',
  'licencesCard.priceNotSetSetting': 'цена не задана (LICENSE_PRICES)',
  'licencesCard.inactiveHolders': '{inactive, number} из {holders, plural, one {# владельца} other {# владельцев}} неактивны {period}',
  'licencesCard.skuIdleSeats': '{count, plural, one {# простаивающая лицензия} few {# простаивающие лицензии} many {# простаивающих лицензий} other {# простаивающей лицензии}}',
  'licencesCard.skuIdleSpend': '{spend} в месяц по {price} за лицензию',
  'licencesCard.unmatchedFree': 'бесплатный или пробный: не учитывается',
  'licencesCard.unmatchedIdle':
    '{count, plural, one {# простаивающая лицензия} few {# простаивающие лицензии} many {# простаивающих лицензий} other {# простаивающей лицензии}}, без цены: ни у одного купленного SKU нет такого названия',

  // The reclaim list.
  'inactiveUsers.noActivity': 'Нет активности ни в одном сервисе · {period}',
  'inactiveUsers.noListTitle': 'За неделю списка нет',
  'inactiveUsers.noListNote':
    'Неделя без активности — не повод забирать лицензию: отпуска и отгулы длятся дольше. Список на возврат считает {idle} — окно, за которое считаются простаивающие лицензии.',
  'inactiveUsers.linksTitle': 'Список на возврат',
  'inactiveUsers.noFile':
    'У «inactive users {period}» нет файла: неделя без активности — не повод забирать лицензию. Список начинается с 30 дней: csv inactive users {idle}, D90 или D180.',
  'inactiveUsers.users':
    '{users, plural, one {# пользователь} few {# пользователя} many {# пользователей} other {# пользователя}} без активности ни в одном сервисе {period}{idle, select, none {} other { (часть простаивающих лицензий за {idle})}}',
  'inactiveUsers.setPrices': 'Задайте LICENSE_PRICES (например, SPE_E5=57 USD, SPE_E3=36 USD), чтобы видеть стоимость их лицензий.',
  'inactiveUsers.byLicence': 'По лицензиям',
  'inactiveUsers.licenceLine':
    '{users, plural, one {# пользователь} few {# пользователя} many {# пользователей} other {# пользователя}} · {cost, select, free {бесплатная или пробная} priced {{money} в месяц} unmatched {SKU не найден: без цены} other {цена не задана}}',
  'inactiveUsers.activityNote': 'Активность: Exchange, OneDrive, SharePoint, Viva Engage и Teams (отчёт об активных пользователях). Лицензия Copilot простаивает только без активности в Copilot.',
  'inactiveUsers.mostExpensive': 'Сначала самые дорогие',
  'inactiveUsers.allActive': 'Все с платной лицензией были активны {period}.',
  'inactiveUsers.copilotSeats': 'Лицензии Copilot',
  'inactiveUsers.copilotMatched':
    '{inUse, plural, =0 {У {holders, number} из них есть Microsoft 365 Copilot, и никто не пользовался им {period}: их лицензии Copilot входят в стоимость.} other {У {holders, number} из них есть Microsoft 365 Copilot; # пользовались им {period}: эти лицензии используются и в стоимость не входят.}}',
  'inactiveUsers.copilotConcealment':
    'У {holders, number} из них есть Microsoft 365 Copilot, но {concealed, select, copilot {отчёт Copilot скрывает имена, а отчёт об активных пользователях — нет} other {отчёт об активных пользователях скрывает имена, а отчёт Copilot — нет}}, поэтому их не сопоставить: лицензии Copilot не вошли в стоимость. Оба отчёта следуют одному параметру, {setting}; они снова сопоставятся, когда оба обновятся с ним.',
  'inactiveUsers.copilotNamesDiffer':
    'У {holders, number} из них есть Microsoft 365 Copilot, но скрытые имена отчёта Copilot не совпадают с именами отчёта об активных пользователях, поэтому их не сопоставить: лицензии Copilot не вошли в стоимость. Отключите скрытие в {setting}, чтобы сопоставить их.',
  'inactiveUsers.copilotInUse': 'Copilot используется{date, select, none {} other { ({date})}}',
  'inactiveUsers.copilotUnknown': 'Использование Copilot неизвестно',

  // The digest's Licences section.
  'digestLicences.title': 'Лицензии{period, select, none {} other { · простаивающие, {period}}}',
  'digestLicences.noUsage': 'У Microsoft пока нет данных об использовании для этого клиента.',
  'digestLicences.monthly': '{money} в месяц',
  'digestLicences.noPrice': 'цена не задана',
  'digestLicences.more': '{count, plural, one {Ещё # лицензия} few {Ещё # лицензии} many {Ещё # лицензий} other {Ещё # лицензии}}',
  'digestLicences.moreSeats': '{count, plural, one {# простаивающая лицензия} few {# простаивающие лицензии} many {# простаивающих лицензий} other {# простаивающей лицензии}}',
  'digestLicences.all': 'Все лицензии',
  'digestLicences.note':
    'Использование на {date}, лицензии в реальном времени; неназначенные лицензии и лицензии, владелец которых ничем не пользовался; {compared, select, none {изменения появятся со следующей сводки} other {изменения с момента сводки с данными на {compared}}}.{priced, select, no { Задайте LICENSE_PRICES, чтобы видеть их стоимость.} other {}}',

  // The inactive-users alert and its refusals.
  'alert.inactiveUsersTitle': 'Платная лицензия, нет активности',
  'alert.inactiveUsersValue':
    '{users, plural, one {# пользователь} few {# пользователя} many {# пользователей} other {# пользователя}} без активности ни в одном сервисе {period}',
  'alert.licenceCostTitle': 'Их лицензии стоят',
  'alertParse.notPeriod': '«{text}» — не период, за который считает {kind}: укажите {periods} или {last} ({first}, если не указано).',
  'alertParse.noPeriod': '{kind} не принимает период: уберите «{text}».',
  'file.money': '{money} {name, select, idleSpendMonthly {на простой в месяц} other {в месяц за их лицензии}}',
} satisfies { readonly [K in keyof typeof enLicences]: string };
