/**
 * The Microsoft 365 Apps card's part: users active in the period of those listed, per platform, per app
 * on each platform (Windows and Mac desktops, mobile, web), and those who used no app the longest.
 */
import type { AppsUserEntry } from '../reports/apps-snapshot.js';
import type { AppsFigures } from '../workload-view-models.js';
import { periodIn } from './describe-period.js';
import type { ViewContext } from './view-context.js';
import { activeFact, inactiveList, itemFact, lastActive, section, type WorkloadCardParts } from './workload-card-parts.js';

type PlatformCounts = { readonly windows: number; readonly mac: number; readonly mobile: number; readonly web: number };

/** "Windows 1,020 · Mac 96 · mobile 700 · web 410" */
function platforms({ windows, mac, mobile, web }: PlatformCounts, ctx: ViewContext): string {
  return ctx.messages.t('apps.platforms', { windows, mac, mobile, web });
}

function userFact(user: AppsUserEntry, ctx: ViewContext) {
  const activation = user.lastActivationDate !== undefined ? ctx.messages.t('apps.lastActivated', { date: ctx.format.date(user.lastActivationDate) }) : undefined;
  return itemFact(user.userPrincipalName, [lastActive(user.lastActivityDate, ctx), activation], ctx);
}

export function appsParts(figures: AppsFigures, period: string, ctx: ViewContext): WorkloadCardParts {
  const { encode, messages } = ctx;
  const { t } = messages;
  return {
    facts: [activeFact('users', figures.users, ctx), { title: encode(t('apps.onEachPlatform')), value: encode(platforms(figures.anyApp, ctx)) }],
    sections: [
      section(
        t('apps.perApp', { period: periodIn(period, messages) }),
        figures.apps.map((app) => ({ title: encode(app.label), value: encode(t('apps.appValue', { users: app.users, platforms: platforms(app, ctx) })) })),
        ctx,
        t('apps.note'),
      ),
    ],
    lists: [inactiveList(figures.inactive, figures.users.inactive, 'users', (user) => userFact(user, ctx), period, ctx)],
  };
}
