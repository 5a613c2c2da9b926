/**
 * The Microsoft 365 Apps usage user detail: per user (deleted accounts left out), which apps they used in
 * the period and on which platforms. Outlook is mail activity and Teams is Teams activity, as the other
 * reports count them; Word, Excel, PowerPoint and OneNote are the apps' own. CSV writes Yes/No, JSON
 * booleans with the per-user values under `details` (the v1.0 page's example).
 */
import { concealIdentity } from './conceal-identity.js';
import { isoFromEpochDay } from './epoch-days.js';
import { dayCell } from './active-user-report-views.js';
import { windowDaysOf, type CsvColumn, type ReportContext, type ReportView } from './report-view.js';
import { createRandomSequence, hashKeys } from './seeded-random.js';
import { generateUser } from './synthetic-tenant.js';
import { ACTIVITY_BIT, computeLastActivityDays, getActivityProfile, latestOf } from './synthetic-workloads.js';

// The report's apps in its column order, the activity each one is, and how often it is used on a phone and on the web.
const APPS = [
  { key: 'outlook', header: 'Outlook', activity: ACTIVITY_BIT.exchange, mobile: 0.7, web: 0.4 },
  { key: 'word', header: 'Word', activity: ACTIVITY_BIT.word, mobile: 0.2, web: 0.5 },
  { key: 'excel', header: 'Excel', activity: ACTIVITY_BIT.excel, mobile: 0.15, web: 0.4 },
  { key: 'powerPoint', header: 'PowerPoint', activity: ACTIVITY_BIT.powerPoint, mobile: 0.1, web: 0.3 },
  { key: 'oneNote', header: 'OneNote', activity: ACTIVITY_BIT.oneNote, mobile: 0.3, web: 0.3 },
  { key: 'teams', header: 'Teams', activity: ACTIVITY_BIT.teams, mobile: 0.8, web: 0.3 },
] as const;
const PLATFORMS = [
  { key: 'Windows', json: 'windows' },
  { key: 'Mac', json: 'mac' },
  { key: 'Mobile', json: 'mobile' },
  { key: 'Web', json: 'web' },
] as const;
const WINDOWS = 1;
const MAC = 2;
const MOBILE = 4;
const WEB = 8;
const APPS_MASK = APPS.reduce((mask, app) => mask | app.activity, 0);

const STREAM_DEVICES = 23;
const SALT_APP_PLATFORMS = 0xa995;
const ACTIVATION_SPREAD_DAYS = 700;

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

const APPS_COLUMNS: readonly CsvColumn[] = [
  ['Report Refresh Date', 'reportRefreshDate'],
  ['User Principal Name', 'userPrincipalName'],
  ['Last Activation Date', 'lastActivationDate'],
  ['Last Activity Date', 'lastActivityDate'],
  ['Report Period', 'reportPeriod'],
  ...PLATFORMS.map((platform): CsvColumn => [platform.key, platform.json]),
  ...APPS.map((app): CsvColumn => [app.header, app.key]),
  ...PLATFORMS.flatMap((platform) => APPS.map((app): CsvColumn => [`${app.header} (${platform.key})`, `${app.key}${platform.key}`])),
];

/** The platforms (bits) each app is used on by user `index`, when used: a desktop, a phone, a browser. */
function appPlatforms(seed: number, index: number): { readonly desktop: number; readonly perApp: readonly number[] } {
  const devices = createRandomSequence(seed, STREAM_DEVICES, index);
  const roll = devices.next();
  const desktop = roll < 0.85 ? WINDOWS : roll < 0.97 ? MAC : 0;
  const phone = devices.chance(0.55);
  const browser = devices.chance(0.45) || desktop === 0;
  const perApp = APPS.map((app, a) => {
    const bits = hashKeys(seed ^ SALT_APP_PLATFORMS, index, a);
    let mask = (bits & 0xff) < 230 ? desktop : 0;
    if (phone && ((bits >>> 8) & 0xff) < app.mobile * 256) mask |= MOBILE;
    if (browser && ((bits >>> 16) & 0xff) < app.web * 256) mask |= WEB;
    return mask || desktop || WEB;
  });
  return { desktop, perApp };
}

/**
 * The period and usage columns from the platforms each app was used on (APPS order): any platform, each
 * app, each app on each platform, written by `write` (booleans for JSON, Yes/No for CSV). A literal, not a
 * loop: a million rows of objects built key by key would be far slower.
 */
function usageFlags<T>(days: number, on: readonly number[], write: (used: boolean) => T) {
  const [outlook = 0, word = 0, excel = 0, powerPoint = 0, oneNote = 0, teams = 0] = on;
  const any = outlook | word | excel | powerPoint | oneNote | teams;
  const at = (platforms: number, platform: number) => write((platforms & platform) !== 0);
  return {
    reportPeriod: days,
    windows: at(any, WINDOWS),
    mac: at(any, MAC),
    mobile: at(any, MOBILE),
    web: at(any, WEB),
    outlook: write(outlook !== 0),
    word: write(word !== 0),
    excel: write(excel !== 0),
    powerPoint: write(powerPoint !== 0),
    oneNote: write(oneNote !== 0),
    teams: write(teams !== 0),
    outlookWindows: at(outlook, WINDOWS),
    wordWindows: at(word, WINDOWS),
    excelWindows: at(excel, WINDOWS),
    powerPointWindows: at(powerPoint, WINDOWS),
    oneNoteWindows: at(oneNote, WINDOWS),
    teamsWindows: at(teams, WINDOWS),
    outlookMac: at(outlook, MAC),
    wordMac: at(word, MAC),
    excelMac: at(excel, MAC),
    powerPointMac: at(powerPoint, MAC),
    oneNoteMac: at(oneNote, MAC),
    teamsMac: at(teams, MAC),
    outlookMobile: at(outlook, MOBILE),
    wordMobile: at(word, MOBILE),
    excelMobile: at(excel, MOBILE),
    powerPointMobile: at(powerPoint, MOBILE),
    oneNoteMobile: at(oneNote, MOBILE),
    teamsMobile: at(teams, MOBILE),
    outlookWeb: at(outlook, WEB),
    wordWeb: at(word, WEB),
    excelWeb: at(excel, WEB),
    powerPointWeb: at(powerPoint, WEB),
    oneNoteWeb: at(oneNote, WEB),
    teamsWeb: at(teams, WEB),
  };
}

/** The apps usage user detail: one item per user (cursor: next user index). */
export function createAppsUsersView(context: ReportContext): ReportView {
  const { spec, call, refreshDay, concealed } = context;
  const days = windowDaysOf(call);
  const start = refreshDay - days + 1;
  const reportRefreshDate = isoFromEpochDay(refreshDay);
  return {
    columns: APPS_COLUMNS,
    *items(from) {
      for (let index = from; index < spec.users; index++) {
        const profile = getActivityProfile(spec.seed, index, refreshDay);
        if (profile.licences.deleted) continue;
        const last = computeLastActivityDays(profile, refreshDay, APPS_MASK);
        const platforms = appPlatforms(spec.seed, index);
        // Per app, the platforms (bits) it was used on in the period; 0 when not used.
        const on = APPS.map((app, a) => {
          const appDay = latestOf(last, app.activity);
          return appDay !== undefined && appDay >= start ? platforms.perApp[a]! : 0;
        });
        const activation = platforms.desktop === 0 ? undefined : Math.min(refreshDay, profile.licences.assignedDay + (profile.amountKey % ACTIVATION_SPREAD_DAYS));
        const identity = {
          reportRefreshDate,
          userPrincipalName: concealIdentity(generateUser(spec, index).userPrincipalName, concealed),
          lastActivationDate: dayCell(activation),
          lastActivityDate: dayCell(latestOf(last, APPS_MASK)),
        };
        yield {
          cursor: index + 1,
          csvRecords: () => [{ ...identity, ...usageFlags(days, on, yesNo) }],
          json: () => ({ ...identity, details: [usageFlags(days, on, (used) => used)] }),
        };
      }
    },
  };
}
