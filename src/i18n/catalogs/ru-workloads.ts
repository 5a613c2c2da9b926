import type { enWorkloads } from './en-workloads.js';

/** Russian (русский), the workload answers and the digest's Workloads line; spread into `ru`. */
export const ruWorkloads = {
  // The card: its title and, for a report without rows, the only note, by the answer's kind.
  'workload.title':
    '{kind, select, usage {Использование Microsoft 365} teams {Microsoft Teams} email {Почта} onedrive {OneDrive} sharepoint {SharePoint} licences {Лицензии} inactiveUsers {Неактивные пользователи} other {Microsoft 365 Apps}} · {period}',
  'workload.empty':
    'В отчёте нет {kind, select, usage {пользователей} teams {пользователей Teams} email {пользователей почтовых ящиков} onedrive {учётных записей OneDrive} sharepoint {сайтов SharePoint} licences {пользователей} inactiveUsers {пользователей} other {пользователей Microsoft 365 Apps}} за {period}. Microsoft Graph прислал заголовки столбцов отчёта без единой строки: у этой организации нет данных {kind, select, usage {Microsoft 365} teams {Teams} email {почты Exchange} onedrive {OneDrive} sharepoint {SharePoint} licences {Microsoft 365} inactiveUsers {Microsoft 365} other {Microsoft 365 Apps}} за этот период (нет лицензий или ими ещё не пользовались), поэтому считать нечего.',

  // What the parts share: active of listed, sums, a list row, the lists' titles and notes.
  'workload.active': '{items, select, accounts {Активные учётные записи} sites {Активные сайты} other {Активные пользователи}}',
  'workload.sumsNote':
    '{items, select, accounts {Суммы по всем учётным записям отчёта, включая удалённые.} sites {Суммы по всем сайтам отчёта, включая удалённые.} other {Суммы по всем пользователям отчёта, включая удалённых.}}',
  'workload.lastActive': '{date, select, none {активности не было} other {последняя активность {date}}}',
  'workload.count':
    '{what, select, messages {{value, plural, one {# сообщение} few {# сообщения} many {# сообщений} other {# сообщения}}} meetings {{value, plural, one {# собрание} few {# собрания} many {# собраний} other {# собрания}}} calls {{value, plural, one {# звонок} few {# звонка} many {# звонков} other {# звонка}}} sent {{value, plural, other {отправлено #}}} received {{value, plural, other {получено #}}} read {{value, plural, other {прочитано #}}} files {{value, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}} activeFiles {{value, plural, one {# активный файл} few {# активных файла} many {# активных файлов} other {# активного файла}}} pageViews {{value, plural, one {# просмотр страниц} few {# просмотра страниц} many {# просмотров страниц} other {# просмотра страниц}}} other {{value, plural, other {#}}}}',
  'workload.stored': 'хранится {size}',
  'workload.inactiveTitle': 'Дольше всех без активности (сначала те, у кого её не было)',
  'workload.allActive': 'Все они были активны {period}.',
  'workload.activityIn': 'Активность {period}',
  'workload.hours': '{hours} ч',
  'workload.files': 'Файлы',
  'workload.activeFiles': 'Активные файлы',
  'workload.storageUsed': 'Занято в хранилище',
  'workload.storageAllocated': 'Выделено в хранилище',
  'workload.largest': 'Самые большие',

  // usage
  'usage.anyWorkload': 'Любой сервис',
  'usage.noLicensed': 'в отчёте нет пользователей с лицензией',
  'usage.withAverage': '{share} · в среднем {average, number} за день',
  'usage.perWorkload': 'Активные пользователи каждого сервиса из тех, у кого есть лицензия на него',
  'usage.note': 'Активные: пользовались сервисом хотя бы раз {period}. Microsoft 365 Apps: из пользователей, перечисленных в его отчёте.',
  'usage.linksTitle': 'Каждый сервис подробно',

  // teams
  'teams.licensed': 'С лицензией Teams',
  'teams.teamChatMessages': 'Сообщения в командных чатах',
  'teams.privateChatMessages': 'Сообщения в личных чатах',
  'teams.channelPosts': 'Публикации в каналах',
  'teams.replies': 'Ответы',
  'teams.meetings': 'Собрания',
  'teams.meetingsOrganized': 'Организовано собраний',
  'teams.calls': 'Звонки',
  'teams.audio': 'Аудио',
  'teams.video': 'Видео',
  'teams.screenSharing': 'Демонстрация экрана',
  'teams.averageDay': 'В среднем за день',
  'teams.messages': 'Сообщения',
  'teams.averageNote': 'Ежедневные показатели организации, усреднённые за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}.',
  'teams.mostActive': 'Самые активные (сообщения, собрания и звонки)',
  'teams.nobodyActive': 'Никто не был активен в Teams {period}.',

  // email
  'email.mailIn': 'Почта {period}',
  'email.sent': 'Отправлено',
  'email.received': 'Получено',
  'email.read': 'Прочитано',
  'email.meetingsCreated': 'Создано собраний',
  'email.meetingsAnswered': 'Ответов на приглашения',
  'email.mostActive': 'Самые активные (отправлено и прочитано)',
  'email.nobodyActive': 'Никто не отправлял и не читал почту {period}.',

  // onedrive and sharepoint
  'onedrive.filesAndStorage': 'Файлы и хранилище',
  'onedrive.filesActiveIn': 'Активные файлы {period}',
  'onedrive.mostActive': 'Самые активные (активные файлы за период)',
  'onedrive.noActiveFiles': 'Ни один файл не был активен {period}.',
  'onedrive.nothingStored': 'Ни в одной учётной записи ничего не хранится.',
  'sharepoint.pageViews': 'Просмотры страниц',
  'sharepoint.pagesVisited': 'Посещённые страницы',
  'sharepoint.byTemplate': 'Сайты по шаблонам',
  'sharepoint.mostViewed': 'Самые просматриваемые',
  'sharepoint.noViews': 'Ни одна страница не была просмотрена {period}.',
  'sharepoint.nothingStored': 'Ни на одном сайте ничего не хранится.',

  // apps
  'apps.onEachPlatform': 'На каждой платформе',
  'apps.platforms': 'Windows {windows, number} · Mac {mac, number} · мобильные {mobile, number} · веб {web, number}',
  'apps.perApp': 'Пользователи по приложениям {period}',
  'apps.appValue': '{users, number} · {platforms}',
  'apps.note':
    'Пользователи каждого приложения, затем сколько из них пользовались им на каждой платформе (один пользователь может пользоваться несколькими).',
  'apps.lastActivated': 'последняя активация {date}',

  // The digest's Workloads line.
  'digest.workloadsTitle': '{period, select, none {Сервисы} other {Сервисы · активные пользователи, {period}}}',
  'digest.noWorkloads': 'У Microsoft пока нет данных об использовании сервисов в этой организации.',
  'digest.workloadsNote':
    'Данные на {date}; {compared, select, none {изменения появятся со следующей сводки} other {изменения с момента сводки с данными на {compared}}}.',
} satisfies { readonly [K in keyof typeof enWorkloads]: string };
