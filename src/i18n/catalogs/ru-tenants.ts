import type { enTenants } from './en-tenants.js';

/** Russian (русский), many tenants: the tenant on cards, tenant commands and refusals, the overview, alerts for every customer; spread into `ru`. */
export const ruTenants = {
  'header.tenantTitle': '{tenant} · {title}',
  'header.sourceOfTenant': 'Источник: {source}, организация {tenant} · загружено {time}',

  'command.overview': 'Лицензии Copilot, простаивающие лицензии и их стоимость у каждой организации-клиента (управляющая организация)',
  'action.tenants': 'Организации',
  'action.overview': 'Обзор',
  'action.alertsEveryCustomer': 'Оповещения всех клиентов',

  'advice.tenantNames': 'Отправьте «tenants», чтобы увидеть организации, которые обслуживает бот, и их имена.',
  'advice.tenantNotHere': 'Спросите, не называя организацию: этот чат отвечает за свою.',
  'advice.tenantCommand': 'Напишите команду так, как показано в сообщении.',

  'tenantParse.title': 'Организация не распознана',
  'tenantParse.twoNames': 'В сообщении названы {names}; команда относится к одной организации, назовите одну.',
  'tenantParse.noName':
    '«{typed}» не называет организацию: имя организации — буква и затем до 39 букв, цифр, точек, дефисов или подчёркиваний, например contoso или Fabrikam-EU.',
  'tenantParse.tenantsAlone': 'После «tenants» ничего не пишется.',
  'tenantParse.addForm': 'Организация добавляется так: tenant add <tenant id> as <name>, например tenant add {example} as contoso.',
  'tenantParse.badId': '«{typed}» — не идентификатор организации: это GUID вида {example} (Entra ID › Обзор › Идентификатор клиента).',
  'tenantParse.badName':
    '«{typed}» не может быть именем организации: используйте букву и затем до 39 букв, цифр, точек, дефисов или подчёркиваний, например contoso или Fabrikam-EU.',
  'tenantParse.reservedName': '«{typed}» не может быть именем организации: @all означает сразу всех клиентов. Выберите другое имя.',
  'tenantParse.nameTenant': 'Назовите организацию: tenant {verb} <name>.',
  'tenantParse.nameTenantAndUser': 'Назовите организацию и пользователя: tenant {verb} <name> <user object id>.',
  'tenantParse.badUserId': '«{typed}» — не идентификатор объекта пользователя: это GUID (Entra ID › Пользователи › пользователь › Идентификатор объекта).',
  'tenantParse.commands': 'Команды для организаций: {forms}.',

  'tenantRegistry.title': 'Список организаций не изменён',
  'tenantRegistry.ownTenant': '{id} — собственная организация этого развёртывания ({name}); она обслуживается всегда.',
  'tenantRegistry.alreadyAdded': 'Организация {id} уже добавлена под именем {name}.',
  'tenantRegistry.nameTaken': 'Имя {name} занято; выберите другое.',
  'tenantRegistry.tooManyTenants':
    'Бот обслуживает не более {max, plural, one {# организации-клиента} few {# организаций-клиентов} many {# организаций-клиентов} other {# организации-клиента}}.',
  'tenantRegistry.tooManyUsers':
    'Организация может разрешить не более {max, plural, one {# пользователя} few {# пользователей} many {# пользователей} other {# пользователя}}.',
  'tenantRegistry.noSuchTenant': 'Организации с именем {name} нет. Есть организации: {names}.',
  'tenantRegistry.noCustomerYet': 'Организации с именем {name} нет. Ни одна организация-клиент ещё не добавлена.',
  'tenantRegistry.busy': 'Список организаций несколько раз менялся во время этого изменения; повторите.',

  'tenantRefusal.unknownTitle': 'Такой организации нет',
  'tenantRefusal.unknown': 'Организации с именем {name} нет. Бот обслуживает: {names}.',
  'tenantRefusal.notHereTitle': 'Недоступно в этом чате',
  'tenantRefusal.notHere': 'Этот чат находится в Teams организации {own} и отвечает только за {own}, поэтому не может показать {named}. Спросите без @{named}.',
  'tenantRefusal.everyCustomerNotHere':
    'Этот чат находится в Teams организации {own} и отвечает только за {own}; @{typed} — все организации-клиенты сразу — доступно администраторам организации, в которой работает бот. Спросите без @{typed}.',
  'tenantRefusal.notHereOther': 'Этот чат находится в Teams организации {own} и отвечает только за {own}, поэтому не может показать другую организацию.',
  'tenantRefusal.adminsOnlyTitle': 'Организациями управляют в другом месте',
  'tenantRefusal.adminsOnly': 'Этот чат находится в Teams организации {own} и отвечает только за {own}. Организациями, которые обслуживает бот, управляют в Teams управляющей организации.',
  'tenantRefusal.removedTitle': 'Организация больше не обслуживается',
  'tenantRefusal.removed': 'Организация, к которой относилась эта карточка, удалена, поэтому бот за неё больше не отвечает.',
  'tenantRefusal.unreadableTitle': 'Список организаций не читается',
  'tenantRefusal.unreadable':
    'Сохранённый ботом список организаций-клиентов повреждён, поэтому до его исправления бот не отвечает ни за одну организацию-клиента. Сообщите администратору бота: это запись tenant-registry/{tenantId} в его хранилище состояния.',
  'tenantRefusal.everyCustomerTitle': '@all — для оповещений и сводок',
  'tenantRefusal.everyCustomer':
    '@all задаёт оповещение в каждой организации-клиенте («alert idle-seats > 100 @all»), показывает их («alerts @all»), удаляет одно («alert remove 1 @all») или подписывает этот канал на еженедельный обзор всех клиентов («digest subscribe @all»). Остальные ответы касаются одной организации: назовите её через @name или отправьте «overview», чтобы увидеть показатели всех клиентов.',
  'tenantRefusal.overviewNamedTitle': 'Обзор охватывает всех клиентов',
  'tenantRefusal.overviewNamed':
    'Обзор показывает сразу все организации-клиенты, поэтому @{name} в нём не указывается. Отправьте «overview» для всех или «copilot licenses @{name}» только для {name}.',
  'tenantRefusal.overviewElsewhereTitle': 'Обзор — для управляющей организации',
  'tenantRefusal.overviewElsewhere':
    'Обзор показывает все организации-клиенты бота, поэтому он доступен только в Teams управляющей организации, её администраторам. Здесь бот отвечает только об этой организации: попробуйте «copilot licenses».',

  'tenants.title':
    '{event, select, list {Организации} added {Организация добавлена} checked {Организация проверена} removed {Организация удалена} allowed {Пользователь допущен} disallowed {Пользователь больше не допущен} other {Организация этой беседы}}',
  'tenants.listNone': 'Бот обслуживает только {managing}. Добавьте организацию-клиента: tenant add <tenant id> as <name>.',
  'tenants.list':
    'Бот обслуживает {managing} и {count, plural, one {# организацию-клиента} few {# организации-клиента} many {# организаций-клиентов} other {# организации-клиента}}. Назовите одну в команде (copilot summary @name) или выберите её для этой беседы (use name).',
  'tenants.added': 'Организация {tenant} добавлена. Спрашивайте о ней, добавив @{tenant} к команде, или отправьте здесь «use {tenant}».',
  'tenants.checked': 'Что {tenant} сейчас разрешает читать боту.',
  'tenants.removed':
    'Организация {tenant} удалена вместе со всем, что бот о ней хранил: кэшированные отчёты, общие данные отчётов, подписки на сводки, отметки и файлы. Её администратор может также отозвать согласие для приложения в своём Entra ID.',
  'tenants.allowedUsers':
    '{count, plural, one {# пользователь} few {# пользователя} many {# пользователей} other {# пользователя}} организации {tenant} {count, plural, one {может} other {могут}} пользоваться ботом в Teams организации {tenant}.',
  'tenants.inUseManaging': 'Эта беседа отвечает за {managing}, собственную организацию бота. Назовите другую в команде (copilot summary @name) или отправьте «use <name>».',
  'tenants.inUse': 'Эта беседа отвечает за {tenant}, когда команда не называет организацию. «use {managing}» возвращает к собственной организации бота.',
  'tenants.usersAllowed':
    '{count, plural, one {# пользователь допущен} few {# пользователя допущены} many {# пользователей допущены} other {# пользователя допущены}} в её Teams',
  'tenants.notChecked': 'ещё не проверена',
  'tenants.noConsent': 'нет согласия администратора (проверено {date})',
  'tenants.noToken': 'Entra ID не выдал токен (проверено {date})',
  'tenants.permissions':
    '{missing, select, none {все разрешения предоставлены} other {не хватает {missing}}}{unknown, select, none {} other {; не проверено: {unknown}}} (проверено {date})',
  'tenants.consentPage': 'Согласие: {tenant}',
  'tenants.grant': '{tenant}: глобальный администратор этой организации открывает страницу согласия и принимает ({permissions}); затем «tenant check {tenant}».',
  'tenants.tokenFailed': '{tenant}: Entra ID не выдал боту токен{code, select, none {} other { ({code})}}. Администратор бота проверяет учётные данные его регистрации приложения, затем «tenant check {tenant}».',
  'tenants.checkFailed': '{tenant}: Microsoft Graph ответил не на все проверки ({permissions}); «tenant check {tenant}» спросит снова.',

  'overview.title': 'Обзор клиентов',
  'overview.none': '{managing} ещё не обслуживает ни одной организации-клиента. Добавьте её: tenant add <tenant id> as <name>.',
  'overview.summary':
    '{count, plural, one {# организация-клиент, сначала самые большие расходы на простой.} few {# организации-клиента, сначала самые большие расходы на простой.} many {# организаций-клиентов, сначала самые большие расходы на простой.} other {# организации-клиента, сначала самые большие расходы на простой.}} Простаивающие лицензии — неназначенные и лицензии без активности Copilot в окне простоя.',
  'overview.seats': '{seats, plural, one {# лицензия Copilot} few {# лицензии Copilot} many {# лицензий Copilot} other {# лицензии Copilot}}',
  'overview.active': '{rate} активны ({period})',
  'overview.idleSeats': '{seats, plural, one {# простаивает} few {# простаивают} many {# простаивают} other {# простаивают}}',
  'overview.idleSpend': '{amount} в месяц за простой',
  'overview.noPrice': 'стоимость простоя: нет цены лицензии',
  'overview.refreshed': 'данные на {date}',
  'overview.noData': 'нет показателей',
  'overview.consentMissing': 'нет согласия администратора. Глобальный администратор {tenant} принимает страницу согласия приложения; «tenant check {tenant}» это покажет.',
  'overview.permissionsMissing':
    'не хватает разрешений ({permissions}). Глобальный администратор {tenant} предоставляет их на странице согласия; «tenant check {tenant}» это покажет.',
  'overview.permissionsUnnamed': 'не хватает разрешений. «tenant check {tenant}» их назовёт.',
  'overview.throttled': 'Microsoft Graph ограничивает запросы отчётов этой организации; её показатели вернутся со следующим обновлением.',
  'overview.unreadable': 'её отчёты сейчас не удалось прочитать; спросите снова через несколько минут.',
  'overview.note': 'Только сводные данные: ни один пользователь ни одной организации здесь не назван. «csv overview» присылает все строки файлом в ваш личный чат.',

  'alertTenants.title':
    '{event, select, set {Оповещение задано для всех клиентов} list {Оповещения здесь для всех клиентов} removed {Оповещение удалено у всех клиентов} other {Такого оповещения для всех клиентов нет}}',
  'alertTenants.setSummary':
    'Оповещение {number} для всех клиентов: {rule}. Оповещение каждого клиента пишет в {place, select, channel {этот канал} other {этот чат}}, называя клиента, когда его показатель превышает порог, и один раз, когда возвращается.',
  'alertTenants.setSummaryUnkept':
    '{rule}: оповещение каждого клиента пишет в {place, select, channel {этот канал} other {этот чат}}, называя клиента, когда его показатель превышает порог, и один раз, когда возвращается.',
  'alertTenants.listSummary':
    'Оповещения каждого клиента в {place, select, channel {этом канале} other {этом чате}}. «alerts @name» показывает оповещения одного клиента; «alert remove <n> @name» удаляет одно.',
  'alertTenants.keptRules': 'Заданы здесь для всех клиентов, включая добавленных позже: {rules}. «alert remove <n> @all» удаляет одно у всех клиентов.',
  'alertTenants.keptRule': '{number} ({rule})',
  'alertTenants.removedSummary':
    'Оповещение {number} для всех клиентов ({rule}) удалено здесь вместе с заданными по нему оповещениями каждого клиента; клиенты, добавленные позже, его больше не получат.',
  'alertTenants.notFoundSummary': 'В этой беседе нет оповещения {number} для всех клиентов: «alerts @all» покажет их с номерами.',
  'alertTenants.noCustomers': 'Бот ещё не обслуживает ни одной организации-клиента. Добавьте её: tenant add <tenant id> as <name>.',
  'alertTenants.setNote': 'Клиенты, добавленные позже, тоже получат это оповещение при добавлении.',
  'alertTenants.listNote': 'Оповещения каждого клиента проверяются только по его собственным показателям.',
  'alertTenants.set': 'оповещение {number} задано',
  'alertTenants.setNow': 'оповещение {number} задано · сейчас {figure} (данные на {date})',
  'alertTenants.setUnavailable': 'оповещение {number} задано · {why}',
  'alertTenants.exists': 'уже отслеживается оповещением {number}',
  'alertTenants.full': 'не задано: у этой беседы уже максимум оповещений для этого клиента ({max})',
  'alertTenants.refused': 'не задано: {reason}',
  'alertTenants.notAnswered': 'нет ответа',
  'alertTenants.removed': 'оповещение {number} удалено',
  'alertTenants.absent': 'такого оповещения здесь не было',
  'alertTenants.more':
    '{count, plural, one {И ещё # клиент} few {И ещё # клиента} many {И ещё # клиентов} other {И ещё # клиента}}: «alerts @name» показывает оповещения одного клиента здесь.',
  'alertTenants.rules':
    '{count, plural, =0 {нет оповещений} one {# оповещение, срабатывает {firing}} few {# оповещения, срабатывает {firing}} many {# оповещений, срабатывает {firing}} other {# оповещения, срабатывает {firing}}}',
} satisfies { readonly [K in keyof typeof enTenants]: string };
