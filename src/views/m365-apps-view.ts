/**
 * The Microsoft 365 Apps card's part: users active in the period of those listed, per platform, per app
 * on each platform (Windows and Mac desktops, mobile, web), and those who used no app the longest.
 */
import type { AppsUserEntry } from '../reports/apps-snapshot.js';
import type { AppsFigures } from '../workload-view-models.js';
import { describePeriod } from './describe-period.js';
import type { ValueFormat } from './format-values.js';
import type { ViewContext } from './view-context.js';
import { activeFact, inactiveList, itemFact, lastActive, section, type WorkloadCardParts } from './workload-card-parts.js';

type PlatformCounts = { readonly windows: number; readonly mac: number; readonly mobile: number; readonly web: number };

/** "Windows 1,020 · Mac 96 · mobile 700 · web 410" */
function platforms(counts: PlatformCounts, format: ValueFormat): string {
  return `Windows ${format.number(counts.windows)} · Mac ${format.number(counts.mac)} · mobile ${format.number(counts.mobile)} · web ${format.number(counts.web)}`;
}

function userFact(user: AppsUserEntry, ctx: ViewContext) {
  const { format } = ctx;
  const activation = user.lastActivationDate !== undefined ? `last activated ${format.date(user.lastActivationDate)}` : undefined;
  return itemFact(user.userPrincipalName, [lastActive(user.lastActivityDate, format), activation], ctx);
}

export function appsParts(figures: AppsFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { format, encode } = ctx;
  const during = describePeriod(period);
  return {
    title: 'Microsoft 365 Apps',
    items: 'Microsoft 365 Apps users',
    workload: 'Microsoft 365 Apps',
    facts: [
      activeFact('Active users', figures.users, ctx),
      { title: encode('On each platform'), value: encode(platforms(figures.anyApp, format)) },
    ],
    sections: [
      section(
        `Users per app in the ${during}`,
        figures.apps.map((app) => ({ title: encode(app.label), value: encode(`${format.number(app.users)} · ${platforms(app, format)}`) })),
        ctx,
        'Each app\'s users, then how many of them used it on each platform (one user can use several).',
      ),
    ],
    lists: [inactiveList(figures.inactive, figures.users.inactive, 'users', (user) => userFact(user, ctx), during)],
    listsName: 'The list of users inactive the longest',
  };
}
