/**
 * English, every licence (`licenses`), the reclaim list (`inactive users`), the digest's Licences section and
 * the inactive-users alert (issue 19 phase 3). Spread into `en`; the same rules as there.
 */
export const enLicences = {
  'command.licenses': 'Every licence: seats bought, assigned, unused, and what idle seats cost',
  'command.inactive-users': 'Users with a paid licence and no activity in any workload, most expensive first (personal chat)',
  'action.reclaimList': 'Reclaim list',
  'action.allLicences': 'All licences',
  'action.inactiveUsers': 'Inactive users',

  // The licences card.
  'byAttribute.idleSeats': '{idle, plural, one {# idle seat} other {# idle seats}}{spend, select, none {} other { · {spend} a month}}',
  'licencesCard.purchased': 'Purchased seats (paid SKUs)',
  'licencesCard.idleSeats': 'Idle seats · {period}',
  'licencesCard.idleSeatsValue': '{seats, number}, all licences',
  'licencesCard.unpricedSeats': '{count, plural, one {# idle seat has no price set and is not in it} other {# idle seats have no price set and are not in it}}',
  'licencesCard.setPrices': 'Set LICENSE_PRICES (e.g. SPE_E5=57 USD, SPE_E3=36 USD) to see what idle seats cost.',
  'licencesCard.copilotActive': 'Active · {period}',
  'licencesCard.copilotNote': 'As "copilot licenses" states them: one figure for all Copilot SKUs, as the Copilot report does not say which one a user holds.',
  'licencesCard.howCounted': 'How seats are counted',
  'licencesCard.countedNote':
    'A seat is idle when nobody holds it, or when its holder had no activity in Exchange, OneDrive, SharePoint, Viva Engage or Teams in the last 30 days (the active-user report; use of Power BI, Visio or Project themselves is not in it). Copilot seats are idle without Copilot activity. Free and trial SKUs cost nothing and are not counted. Licence counts as of {fetchedAt} (live).{stale, select, yes { ⚠ Older licence counts from the cache: Microsoft Graph could not be asked just now.} other {}}',
  'licencesCard.skus': 'Subscriptions (SKUs)',
  'licencesCard.noSkus': 'This tenant has no subscriptions.',
  'licencesCard.unmatched': 'Products with no SKU found (counted, not priced)',
  'licencesCard.linksTitle': 'Seats to reclaim',
  'licencesCard.status': '{status, select, Warning {Warning} Suspended {Suspended} Deleted {Deleted} LockedOut {Locked out} other {{status}}}',
  'licencesCard.free': 'free or trial ({reason, select, units {by its unit count} other {by its name}}): not counted as spend',
  'licencesCard.priceIgnored': 'its price in LICENSE_PRICES is not used',
  'licencesCard.holders': '{count, plural, one {# holder} other {# holders}}',
  'licencesCard.copilotAbove': 'idle seats with Microsoft 365 Copilot above',
  'licencesCard.seatPrice': '{price} a seat a month',
  'licencesCard.priceNotSet': 'price not set',
  'licencesCard.priceNotSetSetting': 'price not set (LICENSE_PRICES)',
  'licencesCard.inactiveHolders': '{inactive, number} of {holders, plural, one {# holder} other {# holders}} inactive {period}',
  'licencesCard.skuIdleSeats': '{count, plural, one {# idle seat} other {# idle seats}}',
  'licencesCard.skuIdleSpend': '{spend} a month at {price} a seat',
  'licencesCard.unmatchedFree': 'free or trial: not counted',
  'licencesCard.unmatchedIdle': '{count, plural, one {# idle seat} other {# idle seats}}, not priced: no subscribed SKU has this name',

  // The reclaim list.
  'inactiveUsers.noActivity': 'No activity in any workload · {period}',
  'inactiveUsers.noListTitle': 'No list for a week',
  'inactiveUsers.noListNote':
    'A week without activity is no reason to take a licence back: leave and holidays last longer. The reclaim list counts the {idle}, the window idle seats are counted over.',
  'inactiveUsers.linksTitle': 'The reclaim list',
  'inactiveUsers.noFile':
    '"inactive users {period}" has no file: a week without activity is no reason to take a licence back. The list starts at 30 days: csv inactive users {idle}, D90 or D180.',
  'inactiveUsers.users':
    '{users, plural, one {# user} other {# users}}, no activity in any workload {period}{idle, select, none {} other { (part of the idle seats of the {idle})}}',
  'inactiveUsers.setPrices': 'Set LICENSE_PRICES (e.g. SPE_E5=57 USD, SPE_E3=36 USD) to see what their licences cost.',
  'inactiveUsers.byLicence': 'By licence',
  'inactiveUsers.licenceLine':
    '{users, plural, one {# user} other {# users}} · {cost, select, free {free or trial} priced {{money} a month} unmatched {no SKU found: not priced} other {price not set}}',
  'inactiveUsers.activityNote': 'Activity: Exchange, OneDrive, SharePoint, Viva Engage and Teams (the active-user report). A Copilot seat counts as idle only without Copilot activity.',
  'inactiveUsers.mostExpensive': 'Most expensive first',
  'inactiveUsers.allActive': 'Everyone with a paid licence was active {period}.',
  'inactiveUsers.copilotSeats': 'Copilot seats',
  'inactiveUsers.copilotMatched':
    '{inUse, plural, =0 {{holders, number} of them hold Microsoft 365 Copilot, and none used it {period}: their Copilot seats are in the cost.} other {{holders, number} of them hold Microsoft 365 Copilot; # used it {period}: those seats are in use, not in the cost.}}',
  'inactiveUsers.copilotConcealment':
    '{holders, number} of them hold Microsoft 365 Copilot, but {concealed, select, copilot {the Copilot report conceals names and the active-user report does not} other {the active-user report conceals names and the Copilot report does not}}, so their users cannot be matched: Copilot seats are left out of the costs. Both reports follow one setting, {setting}; they match again once both are refreshed under it.',
  'inactiveUsers.copilotNamesDiffer':
    '{holders, number} of them hold Microsoft 365 Copilot, but the concealed names of the Copilot report do not match the active-user report\'s, so their users cannot be matched: Copilot seats are left out of the costs. Turn concealment off in {setting} to match them.',
  'inactiveUsers.copilotInUse': 'Copilot in use{date, select, none {} other { ({date})}}',
  'inactiveUsers.copilotUnknown': 'Copilot use not known',

  // The digest's Licences section.
  'digestLicences.title': 'Licences{period, select, none {} other { · idle seats, {period}}}',
  'digestLicences.noUsage': 'Microsoft has no usage for this tenant yet.',
  'digestLicences.monthly': '{money} a month',
  'digestLicences.noPrice': 'price not set',
  'digestLicences.more': '{count, plural, one {# more licence} other {# more licences}}',
  'digestLicences.moreSeats': '{count, plural, one {# idle seat} other {# idle seats}}',
  'digestLicences.all': 'All licences',
  'digestLicences.note':
    'Usage as of {date}, licences live; unassigned seats and seats whose holder used nothing; {compared, select, none {changes show from the next digest on} other {changes since the digest with data as of {compared}}}.{priced, select, no { Set LICENSE_PRICES to see what they cost.} other {}}',

  // The inactive-users alert and its refusals.
  'alert.inactiveUsersTitle': 'Paid licence, no activity',
  'alert.inactiveUsersValue': '{users, plural, one {# user} other {# users}}, no activity in any workload {period}',
  'alert.licenceCostTitle': 'Their licences cost',
  'alertParse.notPeriod': '"{text}" is not a period {kind} counts over: write {periods} or {last} ({first} when none is given).',
  'alertParse.noPeriod': '{kind} takes no period: leave out "{text}".',
  'file.money': '{money} {name, select, idleSpendMonthly {idle spend a month} other {a month for their licences}}',
} as const;
