/**
 * English, the workload answers (`usage`, `teams`, `email`, `onedrive`, `sharepoint`, `apps`) and the
 * digest's Workloads line: the card's title and empty note by the answer's kind, each part's facts,
 * sections and lists, and a list row's counts. Spread into `en`; the same rules as there. A sentence
 * that says when takes the period's `period.in` form ("in the last 30 days").
 */
export const enWorkloads = {
  // The card: its title and, for a report without rows, the only note, by the answer's kind.
  'workload.title':
    '{kind, select, usage {Microsoft 365 usage} teams {Microsoft Teams} email {Email} onedrive {OneDrive} sharepoint {SharePoint} licences {Licences} inactiveUsers {Inactive users} other {Microsoft 365 Apps}} · {period}',
  'workload.empty':
    'No {kind, select, usage {users} teams {Teams users} email {mailbox users} onedrive {OneDrive accounts} sharepoint {SharePoint sites} licences {users} inactiveUsers {users} other {Microsoft 365 Apps users}} in the report for the {period}. Microsoft Graph sent the report\'s column headers and no rows: this tenant has no {kind, select, usage {Microsoft 365} teams {Teams} email {Exchange email} onedrive {OneDrive} sharepoint {SharePoint} licences {Microsoft 365} inactiveUsers {Microsoft 365} other {Microsoft 365 Apps}} data for the period (no licences for it, or none used yet), so there is nothing to count.',

  // What the parts share: active of listed, sums, a list row, the lists' titles and notes.
  'workload.active': '{items, select, accounts {Active accounts} sites {Active sites} other {Active users}}',
  'workload.sumsNote':
    '{items, select, accounts {Sums over every account the report lists, deleted accounts included.} sites {Sums over every site the report lists, deleted sites included.} other {Sums over every user the report lists, deleted users included.}}',
  'workload.lastActive': '{date, select, none {never active} other {last active {date}}}',
  'workload.count':
    '{what, select, messages {{value, plural, one {# message} other {# messages}}} meetings {{value, plural, one {# meeting} other {# meetings}}} calls {{value, plural, one {# call} other {# calls}}} sent {{value, plural, other {# sent}}} received {{value, plural, other {# received}}} read {{value, plural, other {# read}}} files {{value, plural, one {# file} other {# files}}} activeFiles {{value, plural, one {# active file} other {# active files}}} pageViews {{value, plural, one {# page view} other {# page views}}} other {{value, plural, other {#}}}}',
  'workload.stored': '{size} stored',
  'workload.inactiveTitle': 'Inactive the longest (never active first)',
  'workload.allActive': 'Every one of them was active {period}.',
  'workload.activityIn': 'Activity {period}',
  'workload.hours': '{hours} hours',
  'workload.files': 'Files',
  'workload.activeFiles': 'Active files',
  'workload.storageUsed': 'Storage used',
  'workload.storageAllocated': 'Storage allocated',
  'workload.largest': 'Largest',

  // usage
  'usage.anyWorkload': 'Any workload',
  'usage.noLicensed': 'no licensed users in the report',
  'usage.withAverage': '{share} · {average, number} on an average day',
  'usage.perWorkload': 'Active users per workload, of its licensed users',
  'usage.note': 'Active: used the workload at least once {period}. Microsoft 365 Apps: of the users its report lists.',
  'usage.linksTitle': 'Each workload in detail',

  // teams
  'teams.licensed': 'Licensed for Teams',
  'teams.teamChatMessages': 'Team chat messages',
  'teams.privateChatMessages': 'Private chat messages',
  'teams.channelPosts': 'Channel posts',
  'teams.replies': 'Replies',
  'teams.meetings': 'Meetings',
  'teams.meetingsOrganized': 'Meetings organized',
  'teams.calls': 'Calls',
  'teams.audio': 'Audio',
  'teams.video': 'Video',
  'teams.screenSharing': 'Screen sharing',
  'teams.averageDay': 'On an average day',
  'teams.messages': 'Messages',
  'teams.averageNote': 'The tenant\'s daily counts, averaged over {days, plural, one {# day} other {# days}}.',
  'teams.mostActive': 'Most active (messages, meetings and calls)',
  'teams.nobodyActive': 'Nobody had Teams activity {period}.',

  // email
  'email.mailIn': 'Mail {period}',
  'email.sent': 'Sent',
  'email.received': 'Received',
  'email.read': 'Read',
  'email.meetingsCreated': 'Meetings created',
  'email.meetingsAnswered': 'Meetings answered',
  'email.mostActive': 'Most active (mail sent and read)',
  'email.nobodyActive': 'Nobody sent or read mail {period}.',

  // onedrive and sharepoint
  'onedrive.filesAndStorage': 'Files and storage',
  'onedrive.filesActiveIn': 'Files active {period}',
  'onedrive.mostActive': 'Most active (files active in the period)',
  'onedrive.noActiveFiles': 'No files were active {period}.',
  'onedrive.nothingStored': 'No account stores anything.',
  'sharepoint.pageViews': 'Page views',
  'sharepoint.pagesVisited': 'Pages visited',
  'sharepoint.byTemplate': 'Sites by template',
  'sharepoint.mostViewed': 'Most viewed',
  'sharepoint.noViews': 'No pages were viewed {period}.',
  'sharepoint.nothingStored': 'No site stores anything.',

  // apps
  'apps.onEachPlatform': 'On each platform',
  'apps.platforms': 'Windows {windows, number} · Mac {mac, number} · mobile {mobile, number} · web {web, number}',
  'apps.perApp': 'Users per app {period}',
  'apps.appValue': '{users, number} · {platforms}',
  'apps.note': 'Each app\'s users, then how many of them used it on each platform (one user can use several).',
  'apps.lastActivated': 'last activated {date}',

  // The digest's Workloads line.
  'digest.workloadsTitle': '{period, select, none {Workloads} other {Workloads · active users, {period}}}',
  'digest.noWorkloads': 'Microsoft has no workload usage for this tenant yet.',
  'digest.workloadsNote':
    'Data as of {date}; {compared, select, none {changes show from the next digest on} other {changes since the digest with data as of {compared}}}.',
} as const;
