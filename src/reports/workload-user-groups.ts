/**
 * Microsoft 365 usage by directory attribute (`usage D30 by office`): the active user detail joined to the
 * directory, each user who is not deleted and holds a licence for any workload counted once, active when
 * their latest activity in any workload falls in the period. The same rule as the usage card's "Any workload".
 */
import { latestActivityOf } from './active-users-snapshot.js';
import type { UserMeasure } from './directory-joins.js';
import { activityWindow, isActiveIn, periodDays } from './insights.js';
import { WORKLOAD_COLUMNS } from './workload-catalog.js';

/** Every user licensed for a workload (not deleted) as one user, active in the report's period or not. */
export const MICROSOFT_365_USERS: UserMeasure<'active-users', 'users' | 'active'> = {
  name: 'microsoft 365 users',
  report: 'active-users',
  keys: ['users', 'active'],
  reader(meta, today) {
    const days = periodDays(meta.period ?? '');
    if (days === undefined) throw new Error(`${meta.report} came back with a period the bot cannot count (${meta.period ?? 'none'}).`);
    const window = activityWindow(meta.refreshDate ?? today, days);
    const figures = { users: 1, active: 0 };
    return (row) => {
      if (row.isDeleted === true || !WORKLOAD_COLUMNS.some((workload) => row[workload.license] === true)) return undefined;
      figures.active = isActiveIn(window, latestActivityOf(row)) ? 1 : 0;
      return [row.userPrincipalName, figures];
    };
  },
};
