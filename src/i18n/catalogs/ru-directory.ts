import type { enDirectory } from './en-directory.js';

/** Russian (русский), the directory's part of the answers: by <attribute>, filters, grouped answers, the digest's departments; spread into `ru`. */
export const ruDirectory = {
  'parse.modifiers.unclosedQuote': 'Кавычка после «{word}» не закрыта: запишите значение в кавычках, например department="Human Resources".',
  'parse.modifiers.byNeedsAttribute':
    'После «by» нужно, по чему группировать: department, country, office, company или job title{typed, select, none {} other {; «{typed}» — не из них}}.',
  'parse.modifiers.oneBy': 'Группируйте по одному атрибуту за раз: одно «by …» на команду.',
  'parse.modifiers.unknownFilter': '«{key}=» — не атрибут для фильтра; бот фильтрует по {keys}.',
  'parse.modifiers.filterNeedsValue': 'После {key}= нужно значение, например {name}=Sales или {name}="Human Resources".',
  'parse.modifiers.filterTwice': 'Каждый атрибут фильтруется один раз: «{key}=» указан дважды.',
  'parse.modifiers.quoteSpaces': 'Значение с пробелами пишите в кавычках: {filter}.',
  'parse.modifiers.noBy': 'У {command} нет формы «{by}»: «by …» группирует {first} и {last}.',
  'parse.modifiers.noFilter':
    '{command} не принимает фильтр: фильтры вроде {example} сужают списки {first} и {last}{instead, select, none {} other {; «{instead}» даёт все значения}}.',
  'advice.directoryForbidden':
    'Попросите администратора бота выдать регистрации приложения разрешение приложения Microsoft Graph User.Read.All с согласием администратора.',
  'advice.namesConcealed': 'Попросите глобального администратора изменить указанную выше настройку или спросите без группировки и фильтра.',
  'advice.unknownValue': 'Выберите одно из значений ниже или сгруппируйте по атрибуту, чтобы увидеть все значения каталога.',
  'advice.personalChatOnly': 'Нажмите кнопку или спросите в личном чате с ботом.',
  'help.attributes':
    '<attribute> — это department, country, office, company или job title: «by department» даёт строку на отдел, «department=Sales» — только его пользователей (в личном чате; title= — для должности, значение с пробелами — в кавычках).',
  'action.value': '{value}',
  'action.withoutGrouping': 'Без группировки и фильтров',
  'directory.namesConcealed':
    'Эта организация скрывает имена пользователей в отчётах об использовании: пользователи приходят 32-символьными кодами, которые не совпадают ни с кем в каталоге, поэтому использование нельзя сгруппировать или отфильтровать по отделу, стране, офису, компании или должности, а угадывать бот не станет. Чтобы показать имена, глобальный администратор отключает скрытие: Центр администрирования Microsoft 365 › Параметры › Параметры организации › Службы › Отчеты › «Отображать скрытые имена пользователей, групп и сайтов во всех отчетах»; отчёты, полученные после изменения, можно группировать.',
  'directory.unknownValue':
    'Ни у одного пользователя каталога нет значения «{value}» в поле «{attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}}» (без учёта регистра).{others, select, closest { Ближайшие: {closest}.} noneClose { Близких нет; группировка по полю «{attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}}» покажет все значения.} other { Ни у одного пользователя каталога не заполнено поле «{attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}}».}}',
  'action.adoption': 'Внедрение',
  'action.inactive': 'Неактивные',
  'action.idleSeats': 'Простаивающие',
  'action.sendToMePrivately': 'Прислать мне лично',
  'errorTitle.PERSONAL_CHAT_ONLY': 'Ответы с фильтром — только в личном чате',
  'errorMessage.personalChatOnly':
    '«{command}» сужает ответ до пользователей одного отдела, страны, офиса, компании или должности: он называет людей, а числа маленькой группы указывают на них, поэтому ответ приходит только в личный чат с ботом.',
  'errorTitle.NAMES_CONCEALED': 'Имена в отчётах об использовании скрыты',
  'errorTitle.UNKNOWN_VALUE': 'Ни у кого нет такого значения',

  // The grouped answers' card.
  'byAttribute.title':
    '{subject, select, copilot {{focus, select, users {Внедрение Copilot} inactive {Неактивные лицензии Copilot} other {Простаивающие лицензии Copilot}}} other {{focus, select, users {Использование Microsoft 365} inactive {Неактивные пользователи Microsoft 365} other {Неактивные пользователи и их лицензии}}}} по {attribute, select, department {отделам} country {странам} officeLocation {офисам} companyName {компаниям} other {должностям}}{period, select, none {} other { · {period}}}',
  'byAttribute.directory':
    'Каталог ({users, plural, one {# пользователь} few {# пользователя} many {# пользователей} other {# пользователя}}) на {day}, {refresh, select, full {прочитан полностью} other {дополнен изменениями за день}}',
  'byAttribute.stale': '⚠ Сегодня каталог прочитать не удалось; вместо него используется копия от {day}. Спросите позже, чтобы получить сегодняшнюю.',
  'byAttribute.empty':
    'В этом периоде нет {subject, select, copilot {включённых пользователей} other {лицензированных пользователей}}, поэтому нет {attribute, select, department {отделов} country {стран} officeLocation {офисов} companyName {компаний} other {должностей}} для показа.',
  'byAttribute.rowsTitle':
    '{attribute, select, department {Отделы} country {Страны} officeLocation {Офисы} companyName {Компании} other {Должности}} · {focus, select, users {сначала с наибольшим числом пользователей} inactive {сначала с наибольшим числом неактивных} other {сначала с наибольшими расходами на простой}}',
  'byAttribute.licensedUsers': 'Лицензированные пользователи',
  'byAttribute.paidLicenceUsers': 'Пользователи с платной лицензией',
  'byAttribute.usersIn':
    '{users, plural, other {#}} в {values, plural, one {# {attribute, select, department {отделе} country {стране} officeLocation {офисе} companyName {компании} other {должности}}} other {# {attribute, select, department {отделах} country {странах} officeLocation {офисах} companyName {компаниях} other {должностях}}}}',
  'byAttribute.activeAny': 'Активны в любом сервисе · {period}',
  'byAttribute.other':
    'Другие ({values, plural, one {# {attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}}} few {# {attribute, select, department {отдела} country {страны} officeLocation {офиса} companyName {компании} other {должности}}} other {# {attribute, select, department {отделов} country {стран} officeLocation {офисов} companyName {компаний} other {должностей}}}})',
  'byAttribute.notSet': '(не задано)',
  'byAttribute.notInDirectory': '(нет в каталоге)',
  'byAttribute.share':
    '{bar} {rate} {what, select, active {активны} other {неактивны}} · {part, plural, other {#}} из {users, plural, one {# пользователя} other {# пользователей}}',
  'byAttribute.noUsers': 'нет пользователей в этом периоде',
  'byAttribute.idleRow':
    '{idle, plural, one {# простаивающая лицензия} few {# простаивающие лицензии} many {# простаивающих лицензий} other {# простаивающей лицензии}}{spend, select, none {} other { · {spend} в месяц}} · {share}',
  'byAttribute.notSetNote':
    '«{label}»: пользователи, у которых в каталоге не заполнено поле «{attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}}».',
  'byAttribute.notInDirectoryNote': '«{label}»: пользователи из отчёта, которых больше нет в каталоге (удалены после даты обновления отчёта).',
  'byAttribute.foldedNote':
    'Здесь {attribute, select, department {отделы} country {страны} officeLocation {офисы} companyName {компании} other {должности}}, где меньше {smallest, plural, one {# пользователя} other {# пользователей}}, учтены в «{other}», чтобы никого не выделять (таких {folded, plural, other {#}}); личный чат с ботом показывает их.',
  'byAttribute.otherNote':
    '«{other}» суммирует не показанные {attribute, select, department {отделы} country {страны} officeLocation {офисы} companyName {компании} other {должности}}; в CSV-файле есть все.',
  'byAttribute.otherLabel': 'Другие',
  'byAttribute.unassignedNote':
    '{unassigned, plural, one {# неназначенная лицензия куплена} few {# неназначенные лицензии куплены} many {# неназначенных лицензий куплены} other {# неназначенной лицензии куплены}} и никем не заняты, поэтому не относятся ни к одному {attribute, select, department {отделу} country {стране} officeLocation {офису} companyName {компании} other {должности}}: {inactive, plural, one {# простаивающая лицензия} few {# простаивающие лицензии} many {# простаивающих лицензий} other {# простаивающей лицензии}} по группам и неназначенные дают {seats, plural, other {#}} клиента.',
  'byAttribute.concealedNote':
    '{count, plural, one {# пользователь отчёта со скрытым именем не попал} few {# пользователя отчёта со скрытыми именами не попали} many {# пользователей отчёта со скрытыми именами не попали} other {# пользователя отчёта со скрытыми именами не попали}} ни в одну строку.',

  // The filter line.
  'filter.part':
    '{set, select, no {не задано поле «{attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}}»} other {{attribute, select, department {отдел} country {страна} officeLocation {офис} companyName {компания} other {должность}} — «{value}»}}',
  'filter.only': 'Только пользователи, у которых {parts}.',
  'filter.join': ' и у которых ',
  'filter.directory': '{filters} Каталог на {day}.',

  // The digest's departments section.
  'digest.departmentsTitle': 'Внедрение Copilot по отделам{period, select, none {} other { · {period}}}',
  'digest.departmentsUsage': '{date, select, none {Данных об использовании пока нет} other {Использование на {date}}}',
  'digest.departmentsFirst': '{usage}, отделы из каталога от {day}. Изменения за неделю появятся со следующей сводки.',
  'digest.departmentsCompared':
    '{usage} в сравнении с {compared}, отделы из каталога от {day}; отделы от {smallest, plural, one {# пользователя} other {# пользователей}}. {moved, select, no {Доля активных ни в одном отделе не изменилась с прошлой сводки.} other {Доли активных, изменившиеся сильнее всего за неделю:}}',
  'digest.departmentMove': '{points} · {rate} активны · {partOf}',
  'digest.departmentsConcealed': 'Недоступно: этот клиент скрывает имена пользователей в отчётах об использовании, поэтому они не сопоставляются с отделами. Их показывает {setting}.',
  'digest.departmentsUnavailable': 'На этот раз недоступно: Microsoft Graph не ответил ({code}).',
  'digest.departmentsForbidden': 'Недоступно: боту нельзя читать каталог; его регистрации приложения нужно разрешение User.Read.All.',
} satisfies { readonly [K in keyof typeof enDirectory]: string };
