/**
 * English, the directory's part of the answers (issue 20): `by <attribute>` and `<attribute>=<value>` as
 * typed and their refusals, a filter value no user has, concealed names, filtered answers kept to personal
 * chat, the grouped answers' card, the filter line and the digest's departments. Spread into `en`; the same
 * rules as there. An attribute is `{attribute, select, department … other {job title}}` where a message names it.
 */
export const enDirectory = {
  // Directory modifiers as typed: `by <attribute>` and `<attribute>=<value>`.
  'parse.modifiers.unclosedQuote': 'The quote after "{word}" is not closed: write the value in quotes, e.g. department="Human Resources".',
  'parse.modifiers.byNeedsAttribute': '"by" needs what to group by: department, country, office, company or job title{typed, select, none {} other {; "{typed}" is not one}}.',
  'parse.modifiers.oneBy': 'Group by one attribute at a time: one "by …" per command.',
  'parse.modifiers.unknownFilter': '"{key}=" is no attribute to filter by; the bot filters by {keys}.',
  'parse.modifiers.filterNeedsValue': '{key}= needs a value, e.g. {name}=Sales or {name}="Human Resources".',
  'parse.modifiers.filterTwice': 'Filter each attribute once: "{key}=" is given twice.',
  'parse.modifiers.quoteSpaces': 'Put a value with spaces in quotes: {filter}.',
  'parse.modifiers.noBy': '{command} has no {by} form: "by …" groups {first} and {last}.',
  'parse.modifiers.noFilter': '{command} takes no filter: filters such as {example} narrow the lists {first} and {last}{instead, select, none {} other {; "{instead}" gives every value}}.',
  'advice.directoryForbidden': 'Ask whoever runs the bot to grant its app registration the Microsoft Graph application permission User.Read.All, with admin consent.',
  'advice.namesConcealed': 'Ask a global admin to change the setting named above, or ask without the grouping or filter.',
  'advice.unknownValue': 'Pick one of the values below, or group by the attribute to see every value the directory has.',
  'advice.personalChatOnly': 'Use the button, or ask in your personal chat with the bot.',
  'help.attributes': 'An <attribute> is department, country, office, company or job title: "by department" gives one row per department, "department=Sales" only its users (personal chat; title= for a job title, quotes around a value with spaces).',
  'action.value': '{value}',
  'action.withoutGrouping': 'Without grouping or filters',
  'directory.namesConcealed': 'This tenant conceals user names in its usage reports: users arrive as 32-character codes that match no one in the directory, so usage cannot be grouped or filtered by department, country, office, company or job title, and the bot guesses nothing. To show names, a global admin turns off concealment in Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports”; reports fetched after the change can be grouped.',
  'directory.unknownValue': 'No user in the directory has the {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}} "{value}" (compared without case).{others, select, closest { The closest: {closest}.} noneClose { None is close to it; grouping by {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}} lists every value.} other { No user in the directory has a {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}} set.}}',
  'action.adoption': 'Adoption',
  'action.inactive': 'Inactive',
  'action.idleSeats': 'Idle seats',
  'action.sendToMePrivately': 'Send it to me privately',
  'errorTitle.PERSONAL_CHAT_ONLY': 'Filtered answers are for personal chat',
  'errorMessage.personalChatOnly':
    '"{command}" narrows the answer to the users with one department, country, office, company or job title: it names people, and a small group\'s counts point at them, so it is answered in your personal chat with the bot only.',
  'errorTitle.NAMES_CONCEALED': 'Names are concealed in the usage reports',
  'errorTitle.UNKNOWN_VALUE': 'No user has that value',

  // The grouped answers' card (`… by <attribute>`).
  'byAttribute.title':
    '{subject, select, copilot {{focus, select, users {Copilot adoption} inactive {Inactive Copilot seats} other {Copilot idle seats}}} other {{focus, select, users {Microsoft 365 usage} inactive {Inactive Microsoft 365 users} other {Inactive users and their licences}}}} by {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}}{period, select, none {} other { · {period}}}',
  'byAttribute.directory':
    'Directory ({users, plural, one {# user} other {# users}}) as of {day}, {refresh, select, full {read in full} other {brought up to date with the day\'s changes}}',
  'byAttribute.stale': '⚠ The directory could not be read today; its copy of {day} stands in. Ask again later for today\'s.',
  'byAttribute.empty': 'No {subject, select, copilot {enabled users} other {licensed users}} in this period, so no {attribute, select, department {departments} country {countries} officeLocation {offices} companyName {companies} other {job titles}} to show.',
  'byAttribute.rowsTitle':
    '{attribute, select, department {Departments} country {Countries} officeLocation {Offices} companyName {Companies} other {Job titles}} · {focus, select, users {most users first} inactive {most inactive first} other {most idle spend first}}',
  'byAttribute.licensedUsers': 'Licensed users',
  'byAttribute.paidLicenceUsers': 'Users with a paid licence',
  'byAttribute.usersIn':
    '{users, plural, other {#}} in {values, plural, one {# {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}}} other {# {attribute, select, department {departments} country {countries} officeLocation {offices} companyName {companies} other {job titles}}}}',
  'byAttribute.activeAny': 'Active in any workload · {period}',
  'byAttribute.other':
    'Other ({values, plural, one {# {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}}} other {# {attribute, select, department {departments} country {countries} officeLocation {offices} companyName {companies} other {job titles}}}})',
  'byAttribute.notSet': '(not set)',
  'byAttribute.notInDirectory': '(not in directory)',
  'byAttribute.share':
    '{bar} {rate} {what, select, active {active} other {inactive}} · {part, plural, other {#}} of {users, plural, one {# user} other {# users}}',
  'byAttribute.noUsers': 'no users in this period',
  'byAttribute.idleRow': '{idle, plural, one {# idle seat} other {# idle seats}}{spend, select, none {} other { · {spend} a month}} · {share}',
  'byAttribute.notSetNote': '"{label}": users whose {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}} is empty in the directory.',
  'byAttribute.notInDirectoryNote': '"{label}": users in the report whom the directory no longer has (deleted since the report\'s refresh date).',
  'byAttribute.foldedNote':
    'Here, {attribute, select, department {departments} country {countries} officeLocation {offices} companyName {companies} other {job titles}} of fewer than {smallest, plural, other {#}} users are counted in "{other}" so no one is singled out ({folded, plural, other {#}} of them); your personal chat with the bot shows them.',
  'byAttribute.otherNote': '"{other}" sums the {attribute, select, department {departments} country {countries} officeLocation {offices} companyName {companies} other {job titles}} not shown; the CSV file lists every one.',
  'byAttribute.otherLabel': 'Other',
  'byAttribute.unassignedNote':
    'The {unassigned, plural, one {# unassigned seat is} other {# unassigned seats are}} bought and held by no one, so they belong to no {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}}: the {attribute, select, department {departments} country {countries} officeLocation {offices} companyName {companies} other {job titles}}\' {inactive, plural, one {# idle seat} other {# idle seats}} and the unassigned make the tenant\'s {seats, plural, other {#}}.',
  'byAttribute.concealedNote': '{count, plural, one {# user of the report has a concealed name and is} other {# users of the report have concealed names and are}} in no row.',

  // The filter line of a filtered answer (`… department=Sales`).
  'filter.part': '{set, select, no {no {attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}} is set} other {{attribute, select, department {department} country {country} officeLocation {office} companyName {company} other {job title}} is "{value}"}}',
  'filter.only': 'Only users whose {parts}.',
  'filter.join': ' and whose ',
  'filter.directory': '{filters} Directory as of {day}.',

  // The digest's departments section.
  'digest.departmentsTitle': 'Copilot adoption by department{period, select, none {} other { · {period}}}',
  'digest.departmentsUsage': '{date, select, none {No usage data yet} other {Usage as of {date}}}',
  'digest.departmentsFirst': '{usage}, departments from the directory of {day}. Week-over-week moves show from the next digest on.',
  'digest.departmentsCompared':
    '{usage} against {compared}, departments from the directory of {day}; departments of {smallest, plural, other {#}} users or more. {moved, select, no {No department\'s active rate moved since the previous digest.} other {The active rates that moved most, week over week:}}',
  'digest.departmentMove': '{points} · {rate} active · {partOf}',
  'digest.departmentsConcealed': 'Not available: this tenant conceals user names in usage reports, so they match no department. {setting} shows them.',
  'digest.departmentsUnavailable': 'Not available this time: Microsoft Graph did not answer ({code}).',
  'digest.departmentsForbidden': 'Not available: the bot may not read the directory; its app registration needs the User.Read.All permission.',
} as const;
