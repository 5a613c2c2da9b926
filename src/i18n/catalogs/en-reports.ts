/**
 * English, the report cards and the digest: periods, the defined figures (docs/figures.md) and their
 * names, every report card's words, the file offer's totals and the weekly digest. Spread into `en`;
 * the same rules as there. Counts that sit next to a noun are plurals (`{n, plural, one {…} other {…}}`),
 * even where English would not need one, so every language can make the noun agree.
 */
export const enReports = {
  // Periods: `period.label` names one ("last 30 days"), `period.in` says when something happened ("in the last 30 days").
  'period.label': '{kind, select, all {all periods} days {{days, plural, one {last day} other {last # days}}} other {{period}}}',
  'period.in': '{kind, select, all {across all periods} days {{days, plural, one {in the last day} other {in the last # days}}} other {in {period}}}',

  // The lines every report card starts and ends with.
  'header.demoTitle': 'Demo data · {title}',
  'header.asOf': 'Data as of {date}; Microsoft reports lag up to {lag, plural, one {# day} other {# days}}',
  'header.noData': 'Microsoft has no data for this report yet; Microsoft reports lag up to {lag, plural, one {# day} other {# days}}',
  'header.stale': '⚠ Older data from the cache (fetched {time}): Microsoft Graph could not be asked just now. Ask again later for newer numbers.',
  'header.source': 'Source: {source} · fetched {time}',
  'source.emulator': 'Graph reports emulator',
  'source.graphAt': 'Microsoft Graph at {host}',
  'source.compatible': 'Graph-compatible server at {host}',
  'rows.showing':
    'Showing {shown, plural, other {#}} of {total, plural, one {# {noun, select, groups {group} accounts {account} sites {site} skus {SKU} products {product} customers {customer} problems {problem} other {user}}} other {# {noun, select, groups {groups} accounts {accounts} sites {sites} skus {SKUs} products {products} customers {customers} problems {problems} other {users}}}}. The CSV file has them all.',
  'identity.concealed': 'Names are concealed: this tenant shows users and groups in reports as 32-character codes. To see names, turn off concealment in {setting}.',
  'identity.setting': 'Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports”',
  'withheld.text':
    '{list, select, groups {The list of groups and their owners} inactive {The list of inactive users} teams {The list of the most and least active Teams users} email {The list of the most and least active mailbox users} onedrive {The list of OneDrive accounts and their owners} sharepoint {The list of sites and their owners} apps {The list of users inactive the longest} inactiveUsers {The list of inactive users} other {The list of users}} is only sent in personal chat, because it names people. Use the button to get it there.',

  // The defined figures, named and worded the same on every card (docs/figures.md).
  'population.enabledUsers': 'Enabled users',
  'population.assignedSeats': 'Assigned seats',
  'population.purchasedSeats': 'Purchased seats',
  'figure.adoption': 'Adoption · {period}',
  'figure.active': 'Active',
  'figure.inactive': 'Inactive',
  'figure.activeIn': 'Active · {period}',
  'figure.inactiveIn': 'Inactive · {period}',
  'figure.neverActive': '{count, plural, other {# never active}}',
  'figure.idleSeats': 'Idle seats',
  'figure.idleSeatsValue': '{seats, number} = {unassigned, number} unassigned + {inactive, number} assigned, no Copilot activity {period}',
  'figure.idleSpend': 'Idle spend',
  'figure.idleSpendValue': '{monthly} a month · {yearly} a year',
  'figure.idleSpendUnpriced': 'Set COPILOT_LICENSE_PRICE (e.g. 30 USD per seat and month) to see what idle seats cost.',
  'figure.idleTitle': 'Idle seats and what they cost',
  'figure.points': '{value} pts',
  'figure.perActiveUser': '{total} · {perUser} per active user',
  'figure.noUsage': 'Microsoft has no Copilot usage for this period yet.',

  // copilot summary
  'summary.title': 'Copilot adoption · {period}',
  'summary.activeOfEnabled': '{active, number} of {enabled, plural, one {# enabled user} other {# enabled users}} active',
  'summary.prompts': '{prompts, plural, one {# prompt submitted} other {# prompts submitted}}',
  'summary.appsTitle': 'Active users per app · {period}',
  'summary.baseNote': 'Per-app shares are of the {enabled, plural, one {# user} other {# users}} enabled for Copilot in any app, as in "{command}".',
  'summary.baseNoteAny': 'Per-app shares are of the users enabled for Copilot in any app, as in "{command}".',

  // copilot users and copilot inactive
  'users.title': 'Copilot users · {period}',
  'users.appsTitle': 'Active users per app',
  'users.listTitle': 'Enabled users, most recently active first',
  'users.noUseYet': 'no Copilot use yet',
  'users.empty': 'No users in this report.',
  'users.prompts': 'Prompts submitted',
  'users.activeDays': 'Active usage days',
  'userRow.lastUse': 'last Copilot use {date}',
  'userRow.usage': '{prompts, plural, one {# prompt} other {# prompts}} · {days, plural, one {# active day} other {# active days}}',
  'inactive.title': 'Inactive Copilot seats · {period}',
  'inactive.tooShort':
    'This is not a list of seats to reclaim: a seat without Copilot {period} may well be used again. Idle seats are those with no Copilot activity {idleWindow}.',
  'inactive.listLonger': 'No Copilot activity {period} (part of the idle seats): never used first, then the longest unused',
  'inactive.listTitle': 'Seats to reclaim: never used first, then the longest unused',
  'inactive.neverUsed': 'never used Copilot',
  'inactive.empty': 'Every enabled user used Copilot in this period.',
  'inactive.idleUnavailable':
    'Unassigned seats plus the enabled users with no Copilot activity {period}; the licence counts they need could not be read ({code}). "copilot licenses" says why.',

  // copilot trend
  'trend.title': 'Copilot trend · {period}',
  'trend.note':
    'Adoption counts the users active at least once in the period; the average active per day counts those active on a day, so it is always the smaller figure.',
  'trend.chartDaily': 'Enabled and active users per day',
  'trend.chartWeekly': 'Enabled users and average active per day, by week',
  'trend.legendEnabled': 'Enabled',
  'trend.legendActive': 'Active',
  'trend.tableDaily': 'Active of enabled users, active per day',
  'trend.tableWeekly': 'Active of enabled users, average active per day, a week per row',
  'trend.adoptionValue': '{percent} · {active, number} of {enabled, plural, one {# enabled user} other {# enabled users}} active at least once',
  'trend.averageWeek': 'Average active per day, {span}',
  'trend.change': 'Change in the average active per day',
  'trend.changeValue':
    '{users} {usersSize, plural, one {user} other {users}}{points, select, none {} other { · {points} of the enabled users}} · {enabled} {enabledSize, plural, one {enabled user} other {enabled users}}',
  'trend.newest': 'Newest day, {date}',
  'trend.weekBefore': '{share} ({date}: {active, number} active)',
  'trend.weekRow': 'Week {span}',

  // copilot licenses
  'licences.title': 'Copilot licences · {period}',
  'licences.note': 'Licence counts as of {time} (live); usage from the Copilot usage report.',
  'licences.stale': '⚠ Older licence counts from the cache: Microsoft Graph could not be asked just now.',
  'licences.none':
    'No Copilot licences found in this tenant\'s subscriptions. Looked for {sku} ({skuId}), any SKU whose part number contains "365_Copilot" or that includes a service plan whose name starts with M365_COPILOT{ids, select, none {} other {, or one of the SKU ids in COPILOT_SKU_IDS ({ids})}}.',
  'licences.seatsTitle': 'Seats, all Copilot SKUs',
  'licences.usageTitle': 'Copilot use · {period}',
  'licences.unassigned': 'Unassigned',
  'licences.overAssigned': 'Over-assigned',
  'licences.overAssignedValue': '{count, number} more assigned than purchased',
  'licences.inWarning': 'In warning',
  'licences.inWarningValue': '{count, number} of the purchased seats: their subscription has expired and is in its grace period; renew it or they are suspended.',
  'licences.notPurchased': 'Not purchased seats',
  'licences.notPurchasedValue': '{parts}: units of cancelled subscriptions, not counted as purchased seats.',
  'licences.suspended': '{count, number} suspended',
  'licences.lockedOut': '{count, number} locked out',
  'licences.noteTitle': 'Note',
  'licences.trails':
    'The usage report lists {enabled, plural, one {# enabled user} other {# enabled users}}, the licence counts {assigned, plural, one {# assigned seat} other {# assigned seats}}: the report trails licence changes by a few days.',
  'licences.pricePerSeat': 'Price per seat',
  'licences.averagePrice': 'Average price per assigned seat',
  'licences.perMonth': '{amount} a month',
  'licences.notPriced': 'Not priced',
  'licences.notPricedValue': 'Unassigned seats of {skus}: no price configured for them.',
  'licences.skusTitle': '{count, plural, one {Copilot SKU} other {Copilot SKUs (#)}}',
  'licences.skuLine': '{product} ({sku}, {status, select, Enabled {Enabled} Warning {Warning} Suspended {Suspended} Deleted {Deleted} LockedOut {Locked out} other {{status}}}): {parts}',
  'licences.sku.purchased': '{count, number} purchased',
  'licences.sku.purchasedInWarning': '{count, number} purchased ({warning, number} in warning)',
  'licences.sku.assigned': '{count, number} assigned',
  'licences.sku.unassigned': '{count, number} unassigned',
  'licences.sku.overAssigned': '{count, number} over-assigned',
  'licences.sku.suspended': '{count, number} suspended, not counted',
  'licences.sku.lockedOut': '{count, number} locked out, not counted',
  'licences.sku.price': '{price} per seat a month',

  // activations
  'activations.title': 'Microsoft 365 apps activations',
  'activations.empty': 'Microsoft has no activation data yet.',
  'activations.products': 'Products',
  'activations.licences': 'Licences',
  'activations.licencesValue': 'Counted per product: one user can hold licences of several products, so they are not added up.',
  'activations.productsTitle': 'Activated of assigned licences, per product',
  'activations.sharedTitle': 'Shared computer activations',

  // groups and groups inactive
  'groups.title': '{when, select, none {Microsoft 365 groups} other {Microsoft 365 groups · {when}}}',
  'groups.onDate': 'on {date}',
  'groups.notDeleted': 'Groups, not deleted',
  'groups.deleted': 'Deleted',
  'groups.deletedValue':
    '{percent, select, none {} other {{percent} · }}{deleted, number} of {all, plural, one {# group} other {# groups}} in the report, deleted included',
  'groups.chartTitle': 'Active and inactive groups',
  'groups.legendActive': 'Active ({count, number})',
  'groups.legendInactive': 'Inactive ({count, number})',
  'groups.byType': 'By type',
  'groups.type': '{type, select, Public {Public} Private {Private} Unknown {Unknown} other {{type}}}',
  'groups.mostActive': 'Most active groups',
  'groups.mostStorage': 'Most storage used',
  'groups.none': 'No groups.',
  'groupRow.withId': '{name} (id {id})',
  'groupRow.deleted': '{name} (🗑 deleted)',
  'groupRow.active': 'active {date}',
  'groupRow.noActivity': 'no activity recorded',
  'groupRow.lastActivity': 'last activity {date}',
  'groupRow.members': '{count, plural, one {# member} other {# members}}',
  'groupRow.emails': '{count, plural, one {# email received} other {# emails received}}',
  'groupRow.files': '{count, plural, one {# active file} other {# active files}}',
  'groupRow.owner': 'owner {owner}',
  'groupRow.noOwner': 'no owner listed',
  'groupsInactive.title': 'Inactive groups · {period}',
  'groupsInactive.listTitle': 'Longest inactive first',
  'groupsInactive.empty': 'Every group had activity in this period.',

  // The file offer's totals (the licence file).
  'file.demoNotice': 'Demo data, not your tenant\'s.',
  'file.seatTotals':
    '{purchased, plural, one {# purchased seat} other {# purchased seats}}, {assigned, number} assigned, {unassigned, number} unassigned, {overAssigned, number} over-assigned.',
  'file.idleTotals':
    'Idle seats: {seats, number} = {unassigned, number} unassigned + {inactive, number} assigned, no Copilot activity {period}{spend, select, none {} other {; idle spend {spend}}}.',
  'file.totals': 'Totals of the rows: {totals}',
  'file.totalsLabel': 'Totals of the rows',
  'file.figure': '{name, select, users {{value, plural, one {# user} other {# users}}} activeInPeriod {{value, plural, other {# active in the period}}} mailsSent {{value, plural, one {# mail sent} other {# mails sent}}} mailsReceived {{value, plural, other {# received}}} mailsRead {{value, plural, other {# read}}} files {{value, plural, one {# file} other {# files}}} activeFiles {{value, plural, one {# active file} other {# active files}}} pageViews {{value, plural, one {# page view} other {# page views}}} teamChatMessages {{value, plural, one {# team chat message} other {# team chat messages}}} privateChatMessages {{value, plural, one {# private chat message} other {# private chat messages}}} meetings {{value, plural, one {# meeting} other {# meetings}}} calls {{value, plural, one {# call} other {# calls}}} licensedAnyWorkload {{value, plural, one {# user licensed for any workload} other {# users licensed for any workload}}} inactiveLicensed {{value, plural, one {# user with a paid licence and no activity} other {# users with a paid licence and no activity}}} seatsPurchased {{value, plural, other {# paid seats purchased}}} seatsAssigned {{value, plural, other {# assigned}}} seatsUnassigned {{value, plural, other {# unassigned}}} seatsOverAssigned {{value, plural, other {# over-assigned}}} idleSeats {{value, plural, one {# idle seat in the last 30 days} other {# idle seats in the last 30 days}}} other {{value, plural, other {# active in any workload}}}}',
  'file.storageUsed': '{size} storage used',

  // The weekly digest.
  'digest.scheduled':
    '{day, select, monday {Every Monday} tuesday {Every Tuesday} wednesday {Every Wednesday} thursday {Every Thursday} friday {Every Friday} saturday {Every Saturday} other {Every Sunday}} at {time} ({zone}) · {date}',
  'digest.preview': 'Preview · {date}',
  'digest.toDo': 'To act on',
  'digest.copilotTitle': 'Microsoft 365 Copilot · {period}',
  'digest.unavailable': 'Not available this time: Microsoft Graph did not answer this report ({code}).',
  'digest.noCopilot': 'Microsoft has no Copilot usage for this tenant yet.',
  'digest.copilotNote':
    'Data as of {date}; {compared, select, none {no previous week yet: changes show from the next digest on} other {changes since the digest with data as of {compared}}}.',
  'digest.activeUsers': 'Active users',
  'digest.appsTitle': 'Active users per app, of the {enabled, plural, one {# enabled user} other {# enabled users}}',
  'digest.seatsTitle': '{period, select, none {Copilot seats} other {Copilot seats · {period}}}',
  'digest.seatsUnavailable': 'Not available this time: Microsoft Graph did not answer ({code}).',
  'digest.noLicences': 'No Copilot licences found in the tenant\'s subscriptions.',
  'digest.seatsNote':
    '{asOf, select, none {} other {Usage as of {asOf}, licences live; }}{compared, select, none {changes show from the next digest on} other {changes since the digest with data as of {compared}}}.',
  'digest.activeOfEnabled': '{active, number} of {enabled, plural, one {# enabled user} other {# enabled users}}',
  'digest.sectionAsOf': '{date, select, none {Microsoft has no data for this report yet.} other {Data as of {date}.}}',
  'digest.activationsNote': '{asOf} Activated of assigned licences, per product: each product counts its own licences.',
  'digest.groupsNote': '{asOf} {total, plural, one {# group, not deleted} other {# groups, not deleted}}.',
  'digest.itemUnavailable':
    '{item, select, seats {Idle Copilot seats} other {Inactive groups}}: not available this time: Microsoft Graph did not answer this report ({code}).',
  'digest.noIdle': 'No idle Copilot seats: every seat is assigned and had Copilot activity {period}.',
  'digest.idle':
    '⚠ {seats, plural, one {# idle Copilot seat} other {# idle Copilot seats}} = {unassigned, number} unassigned + {inactive, number} assigned, no Copilot activity {period}{spend, select, none {} other { · {spend}}}.',
  'digest.everyEnabledActive': 'Every enabled user had Copilot activity {period}.',
  'digest.noEnabled': 'No users are enabled for Copilot.',
  'digest.inactiveUsers': '⚠ {inactive, number} of {enabled, plural, one {# enabled user} other {# enabled users}} with no Copilot activity {period}.',
  'digest.everyGroupActive': 'Every group had activity {period}.',
  'digest.inactiveGroups': '⚠ {inactive, number} of {total, plural, one {# group} other {# groups}} without activity {period}.',
  'digest.unchanged': 'unchanged',
  'digest.stale': '⚠ Older data from the cache (fetched {time}): Microsoft Graph could not be asked just now.',
  'digest.source': 'Source: {source}',
  'digest.lag': 'Microsoft reports lag up to {lag, plural, one {# day} other {# days}}',
  'digest.composed': 'composed {time}',
} as const;
