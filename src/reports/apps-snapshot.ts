/**
 * The Microsoft 365 Apps usage user detail reduced, while it downloads, to what `apps` answers with: per
 * app the users who used it in the period on each platform (Windows and Mac desktops, mobile, web), users
 * by their last activity in any app, and those who have not used the apps the longest.
 */
import type { RowOf } from './catalog.js';
import { createDetailCollector, type DetailSnapshot } from './detail-snapshot.js';
import type { ReportSpan } from './insights.js';
import { M365_APPS, M365_PLATFORMS, type M365AppKey, type M365PlatformKey } from './workload-catalog.js';

type UserRow = RowOf<'apps-users'>;

const KEEP = ['userPrincipalName', 'lastActivityDate', 'lastActivationDate'] as const;

/** A listed user: name, last activity in any app, last activation. */
export type AppsUserEntry = Pick<UserRow, (typeof KEEP)[number]>;

/** Users of an app (or of any app) in the period, in all and per platform. */
export type AppUsage = { readonly users: number } & Readonly<Record<M365PlatformKey, number>>;

export type AppsUsersSnapshot = DetailSnapshot<AppsUserEntry, never, never> & {
  readonly report: 'apps-users';
  /** Users who used any app in the period, in all and per platform. */
  readonly anyApp: AppUsage;
  /** Per app (M365_APPS order). */
  readonly apps: readonly ({ readonly key: M365AppKey; readonly label: string } & AppUsage)[];
};

type PlatformColumn = `${M365AppKey}${Capitalize<M365PlatformKey>}`;
const platformColumn = (app: M365AppKey, platform: M365PlatformKey) => `${app}${platform.charAt(0).toUpperCase()}${platform.slice(1)}` as PlatformColumn;

function createUsage() {
  return { users: 0, windows: 0, mac: 0, mobile: 0, web: 0 };
}

/** Per platform, its key and the column saying whether a user used `app` on it: named once, not per row. */
function platformColumnsOf(app: M365AppKey) {
  return M365_PLATFORMS.map(({ key }) => ({ key, column: platformColumn(app, key) }));
}

export function createAppsUsersCollector(span: ReportSpan, rowLimit: number) {
  const detail = createDetailCollector<UserRow, (typeof KEEP)[number], never, never>(span, rowLimit, {
    nameOf: (row) => row.userPrincipalName,
    keep: KEEP,
    totals: [],
    rankings: {},
  });
  const anyApp = createUsage();
  const apps = M365_APPS.map((app) => ({ key: app.key, label: app.label, ...createUsage() }));
  const platforms = M365_APPS.map((app) => platformColumnsOf(app.key));
  return {
    observe(row: UserRow): void {
      detail.observe(row);
      let usedAny = false;
      for (let a = 0; a < apps.length; a += 1) {
        const app = apps[a]!;
        if (row[app.key] !== true) continue;
        usedAny = true;
        app.users += 1;
        for (const { key, column } of platforms[a]!) if (row[column] === true) app[key] += 1;
      }
      if (usedAny) anyApp.users += 1;
      for (const { key } of M365_PLATFORMS) if (row[key] === true) anyApp[key] += 1;
    },
    result: (): AppsUsersSnapshot => ({ report: 'apps-users', ...detail.result(), anyApp, apps }),
  };
}
