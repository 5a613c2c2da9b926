/**
 * English, many tenants from one deployment: the tenant on report cards, `tenant …` commands and their
 * answers and refusals, `@name`/`use`/`@all` refusals, the overview of every customer (and its digest)
 * and the alerts set for every customer. Spread into `en`; the same rules as there. Tenant names and
 * ids are data: they fill placeholders, never messages.
 */
export const enTenants = {
  // The tenant on a card.
  'header.tenantTitle': '{tenant} · {title}',
  'header.sourceOfTenant': 'Source: {source}, tenant {tenant} · fetched {time}',

  // Help and buttons.
  'command.overview': 'Every customer tenant\'s Copilot seats, idle seats and idle spend (managing tenant)',
  'action.tenants': 'Tenants',
  'action.overview': 'Overview',
  'action.alertsEveryCustomer': 'Alerts of every customer',

  // Advice under a tenant refusal.
  'advice.tenantNames': 'Type “tenants” to see the tenants the bot serves and their names.',
  'advice.tenantNotHere': 'Ask without naming a tenant: this chat answers for its own.',
  'advice.tenantCommand': 'Write the command as the message shows.',

  // Tenant words that do not parse (`tenant …`, `use …`, `@name`).
  'tenantParse.title': 'Tenant not understood',
  'tenantParse.twoNames': 'The message names {names}; a command is about one tenant, so name one.',
  'tenantParse.noName':
    '"{typed}" names no tenant: a tenant\'s name is a letter followed by up to 39 letters, digits, dots, dashes or underscores, e.g. contoso or Fabrikam-EU.',
  'tenantParse.tenantsAlone': '"tenants" takes nothing after it.',
  'tenantParse.addForm': 'Add a tenant as: tenant add <tenant id> as <name>, e.g. tenant add {example} as contoso.',
  'tenantParse.badId': '"{typed}" is not a tenant id: a tenant id is a GUID like {example} (Entra ID › Overview › Tenant ID).',
  'tenantParse.badName':
    '"{typed}" cannot name a tenant: use a letter followed by up to 39 letters, digits, dots, dashes or underscores, e.g. contoso or Fabrikam-EU.',
  'tenantParse.reservedName': '"{typed}" cannot name a tenant: @all names every customer tenant at once. Choose another name.',
  'tenantParse.nameTenant': 'Name the tenant: tenant {verb} <name>.',
  'tenantParse.nameTenantAndUser': 'Name the tenant and the user: tenant {verb} <name> <user object id>.',
  'tenantParse.badUserId': '"{typed}" is not a user\'s object id: it is a GUID (Entra ID › Users › the user › Object ID).',
  'tenantParse.commands': 'The tenant commands are: {forms}.',

  // Changes to the list of tenants that were refused.
  'tenantRegistry.title': 'Tenants not changed',
  'tenantRegistry.ownTenant': '{id} is this deployment\'s own tenant ({name}); it is always served.',
  'tenantRegistry.alreadyAdded': 'Tenant {id} is already added, as {name}.',
  'tenantRegistry.nameTaken': 'The name {name} is taken; choose another.',
  'tenantRegistry.tooManyTenants': 'The bot serves at most {max, plural, one {# customer tenant} other {# customer tenants}}.',
  'tenantRegistry.tooManyUsers': 'A tenant allows at most {max, plural, one {# user} other {# users}}.',
  'tenantRegistry.noSuchTenant': 'No tenant is named {name}. The tenants are {names}.',
  'tenantRegistry.noCustomerYet': 'No tenant is named {name}. No customer tenant is added yet.',
  'tenantRegistry.busy': 'The tenant list changed several times while this change was made; try again.',

  // Refusals about which tenant a conversation may ask about.
  'tenantRefusal.unknownTitle': 'No such tenant',
  'tenantRefusal.unknown': 'No tenant is named {name}. The bot serves {names}.',
  'tenantRefusal.notHereTitle': 'Not available in this chat',
  'tenantRefusal.notHere': 'This chat is in {own}\'s Teams and answers for {own} only, so it cannot show {named}. Ask without @{named}.',
  'tenantRefusal.everyCustomerNotHere':
    'This chat is in {own}\'s Teams and answers for {own} only; @{typed}, every customer tenant at once, is for the admins of the tenant that runs the bot. Ask without @{typed}.',
  'tenantRefusal.notHereOther': 'This chat is in {own}\'s Teams and answers for {own} only, so it cannot show another tenant.',
  'tenantRefusal.adminsOnlyTitle': 'Tenants are managed elsewhere',
  'tenantRefusal.adminsOnly': 'This chat is in {own}\'s Teams and answers for {own} only. The tenants this bot serves are managed in its managing tenant\'s Teams.',
  'tenantRefusal.removedTitle': 'Tenant no longer served',
  'tenantRefusal.removed': 'The tenant this card was about has been removed, so the bot no longer answers for it.',
  'tenantRefusal.unreadableTitle': 'The list of tenants cannot be read',
  'tenantRefusal.unreadable':
    'The bot\'s stored list of customer tenants is damaged, so it answers about no customer tenant until it is repaired. Tell whoever runs the bot: the record is tenant-registry/{tenantId} in its state store.',
  'tenantRefusal.everyCustomerTitle': '@all is for alerts and digests',
  'tenantRefusal.everyCustomer':
    '@all sets an alert in every customer tenant ("alert idle-seats > 100 @all"), lists them ("alerts @all"), removes one ("alert remove 1 @all") or subscribes this channel to the weekly overview of every customer ("digest subscribe @all"). Other answers are about one tenant: name it with @name, or type "overview" for every customer\'s figures.',
  'tenantRefusal.overviewNamedTitle': 'The overview covers every customer',
  'tenantRefusal.overviewNamed':
    'The overview shows every customer tenant at once, so it takes no @{name}. Type "overview" for all of them, or "copilot licenses @{name}" for {name} alone.',
  'tenantRefusal.overviewElsewhereTitle': 'The overview is for the managing tenant',
  'tenantRefusal.overviewElsewhere':
    'The overview shows every customer tenant the bot serves, so it is answered only in the managing tenant\'s Teams, to its admins. Here the bot answers about this tenant alone: try "copilot licenses".',

  // The tenants card.
  'tenants.title':
    '{event, select, list {Tenants} added {Tenant added} checked {Tenant checked} removed {Tenant removed} allowed {User allowed} disallowed {User no longer allowed} other {Tenant in use here}}',
  'tenants.listNone': 'The bot serves {managing} only. Add a customer tenant with: tenant add <tenant id> as <name>.',
  'tenants.list':
    'The bot serves {managing} and {count, plural, one {# customer tenant} other {# customer tenants}}. Name one in a command (copilot summary @name) or choose one for this conversation (use name).',
  'tenants.added': '{tenant} is added. Ask about it with @{tenant} after a command, or "use {tenant}" here.',
  'tenants.checked': 'What {tenant} lets the bot read now.',
  'tenants.removed':
    '{tenant} is removed with everything the bot kept of it: cached reports, shared report data, digest subscriptions, claims and files. Its admin can also remove the app\'s consent in their Entra ID.',
  'tenants.allowedUsers': '{count, plural, other {#}} of {tenant}\'s users may use the bot in {tenant}\'s Teams.',
  'tenants.inUseManaging': 'This conversation answers for {managing}, the bot\'s own tenant. Name another in a command (copilot summary @name), or type "use <name>".',
  'tenants.inUse': 'This conversation answers for {tenant} when a command names no tenant. "use {managing}" goes back to the bot\'s own tenant.',
  'tenants.usersAllowed': '{count, plural, one {# user allowed in its Teams} other {# users allowed in its Teams}}',
  'tenants.notChecked': 'not checked yet',
  'tenants.noConsent': 'no admin consent (checked {date})',
  'tenants.noToken': 'no token from Entra ID (checked {date})',
  'tenants.permissions':
    '{missing, select, none {all permissions granted} other {missing {missing}}}{unknown, select, none {} other {; not checked: {unknown}}} (checked {date})',
  'tenants.consentPage': 'Consent: {tenant}',
  'tenants.grant': '{tenant}: a Global Administrator of that tenant opens its consent page and accepts ({permissions}); then "tenant check {tenant}".',
  'tenants.tokenFailed': '{tenant}: Entra ID issued no token for the bot{code, select, none {} other { ({code})}}. Whoever runs the bot checks its app registration\'s credentials, then "tenant check {tenant}".',
  'tenants.checkFailed': '{tenant}: Microsoft Graph did not answer every check ({permissions}); "tenant check {tenant}" asks again.',

  // The overview of every customer (and its weekly digest).
  'overview.title': 'Customer overview',
  'overview.none': '{managing} serves no customer tenant yet. Add one with: tenant add <tenant id> as <name>.',
  'overview.summary':
    '{count, plural, one {One customer tenant.} other {# customer tenants, most idle spend first.}} Idle seats are unassigned seats and seats without Copilot activity in the idle window.',
  'overview.seats': '{seats, plural, one {# Copilot seat} other {# Copilot seats}}',
  'overview.active': '{rate} active ({period})',
  'overview.idleSeats': '{seats, plural, one {# idle seat} other {# idle seats}}',
  'overview.idleSpend': '{amount} idle a month',
  'overview.noPrice': 'idle spend: no licence price',
  'overview.refreshed': 'data of {date}',
  'overview.noData': 'no figures',
  'overview.consentMissing': 'admin consent missing. A Global Administrator of {tenant} accepts the app\'s consent page; "tenant check {tenant}" shows it.',
  'overview.permissionsMissing':
    'permissions missing ({permissions}). A Global Administrator of {tenant} grants them on the consent page; "tenant check {tenant}" shows it.',
  'overview.permissionsUnnamed': 'permissions missing. "tenant check {tenant}" names them.',
  'overview.throttled': 'Microsoft Graph is throttling this tenant\'s reports; its figures come back with the next refresh.',
  'overview.unreadable': 'its reports could not be read just now; ask again in a few minutes.',
  'overview.note': 'Aggregates only: no user of any tenant is named here. "csv overview" sends every row as a file to your personal chat.',

  // Alerts set for every customer (`@all`).
  'alertTenants.title':
    '{event, select, set {Alert set for every customer} list {Alerts here for every customer} removed {Alert removed from every customer} other {No such alert for every customer}}',
  'alertTenants.setSummary':
    'Alert {number} for every customer: {rule}. Each customer\'s alert posts in this {place, select, channel {channel} other {chat}}, naming the customer, when its figure crosses the threshold, and once when it goes back.',
  'alertTenants.setSummaryUnkept':
    '{rule}: each customer\'s alert posts in this {place, select, channel {channel} other {chat}}, naming the customer, when its figure crosses the threshold, and once when it goes back.',
  'alertTenants.listSummary':
    'The alerts each customer has in this {place, select, channel {channel} other {chat}}. "alerts @name" lists one customer\'s; "alert remove <n> @name" removes one.',
  'alertTenants.keptRules': 'Set here for every customer, customers added later included: {rules}. "alert remove <n> @all" removes one from every customer.',
  'alertTenants.keptRule': '{number} ({rule})',
  'alertTenants.removedSummary':
    'Alert {number} for every customer ({rule}) is removed here, with each customer\'s alert set by it; customers added later no longer get it.',
  'alertTenants.notFoundSummary': 'This conversation has no alert {number} set for every customer: "alerts @all" lists them with their numbers.',
  'alertTenants.noCustomers': 'The bot serves no customer tenant yet. Add one with: tenant add <tenant id> as <name>.',
  'alertTenants.setNote': 'Customers added later get this alert too, when they are added.',
  'alertTenants.listNote': 'Each customer\'s alerts are evaluated on that customer\'s figures alone.',
  'alertTenants.set': 'alert {number} set',
  'alertTenants.setNow': 'alert {number} set · now {figure} (data of {date})',
  'alertTenants.setUnavailable': 'alert {number} set · {why}',
  'alertTenants.exists': 'already watched by alert {number}',
  'alertTenants.full': 'not set: this conversation has the most alerts it keeps for this customer ({max})',
  'alertTenants.refused': 'not set: {reason}',
  'alertTenants.notAnswered': 'not answered',
  'alertTenants.removed': 'alert {number} removed',
  'alertTenants.absent': 'had no such alert here',
  'alertTenants.more':
    '{count, plural, one {And # more customer} other {And # more customers}}: "alerts @name" shows one customer\'s alerts here.',
  'alertTenants.rules': '{count, plural, =0 {no alerts} one {# alert, {firing} firing} other {# alerts, {firing} firing}}',
} as const;
