import { describe, expect, test } from 'vitest';
import type { DigestDepartments, DigestModel } from '../src/view-models.js';
import type { ViewModels } from '../src/view-models.js';
import { buildDigestCard, renderDigestCard } from '../src/views/digest-view.js';
import { describeChange } from '../src/views/digest-wording.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { WORD_JOINER } from '../src/views/escape-card-text.js';
import { cardViewContext } from '../src/views/view-context.js';
import { CARD_SIZE_TARGET_BYTES, serializedBytes } from '../src/views/fit-card-size.js';
import { DIGEST, DIGEST_STATUS, DIGEST_ALL_UNAVAILABLE, DIGEST_WITH_ALERTS, DIGEST_WITH_WORKLOADS, FRESHNESS, cardOf, structureProblems, submitActions, visibleTexts } from './support/view-fixtures.js';
import { phrase } from '../src/i18n/message-types.js';



const FIRST_WEEK: DigestModel = (() => {
  if (DIGEST.copilot.status !== 'ok') throw new Error('fixture');
  const { comparedWith: _ignored, ...copilot } = DIGEST.copilot.data;
  const untracked = { current: 0 };
  if (DIGEST.departments?.status !== 'ok') throw new Error('fixture');
  const { comparedWith: _notYet, ...departments } = DIGEST.departments.data;
  return {
    ...DIGEST,
    departments: { status: 'ok', data: { ...departments, compared: 0, up: [], down: [] } },
    copilot: {
      status: 'ok',
      data: {
        ...copilot,
        enabled: { current: copilot.enabled.current },
        active: { current: copilot.active.current },
        adoption: { current: copilot.adoption.current },
        apps: copilot.apps.map((app) => ({ ...app, active: { ...untracked, current: app.active.current } })),
      },
    },
  };
})();


const NOTHING_TO_DO: DigestModel = {
  ...DIGEST,
  inactiveSeats:
    DIGEST.inactiveSeats.status === 'ok'
      ? {
          status: 'ok',
          data: {
            ...DIGEST.inactiveSeats.data,
            inactive: 0,
            idle: { idle: { period: 'D30', unassigned: 0, inactive: 0, neverActive: 0, seats: 0 }, spend: { currency: 'USD', monthly: 0, yearly: 0, inactiveSeatPrice: 30, unpricedSkus: [] } },
          },
        }
      : DIGEST.inactiveSeats,
  inactiveGroups: DIGEST.inactiveGroups.status === 'ok' ? { status: 'ok', data: { ...DIGEST.inactiveGroups.data, inactive: 0 } } : DIGEST.inactiveGroups,
};

const SEATS: DigestModel['seats'] = {
  status: 'ok',
  data: {
    period: 'D30',
    freshness: FRESHNESS,
    comparedWith: '2026-11-12',
    hasCopilotSkus: true,
    enabled: 359096,
    purchased: { current: 360000, change: { previous: 360000, difference: 0, relative: 0 } },
    assigned: { current: 359096, change: { previous: 358000, difference: 1096, relative: 1096 / 358000 } },
    active: { current: 165115, change: { previous: 160000, difference: 5115, relative: 5115 / 160000 } },
    idle: { current: 194885, change: { previous: 200000, difference: -5115, relative: -5115 / 200000 } },
    unassigned: 904,
    inactive: 193981,
    idleSpend: { currency: 'USD', monthly: { current: 5846550, change: { previous: 6000000, difference: -153450, relative: -153450 / 6000000 } } },
    action: { title: phrase('action.copilotLicences'), command: 'copilot licenses D30' },
  },
};

// English words in every locale: the digest's language is its subscription's setting, apart from the locale (digest-language.test.ts).
const seen = (model: DigestModel, locale = 'en-US') => visibleTexts(cardOf(renderDigestCard(model, { language: 'en', locale })));

describe('digest card', () => {
  test.each([
    ['week two', DIGEST],
    ['first week', FIRST_WEEK],
    ['every report unavailable', DIGEST_ALL_UNAVAILABLE],
    ['nothing to act on', NOTHING_TO_DO],
    ['with alerts', DIGEST_WITH_ALERTS],
  ])('%s renders a valid Adaptive Card 1.5 under 40 KB in every locale', (_, model) => {
    for (const locale of ['en-US', 'de-DE', 'ru-RU', 'ja-JP', undefined, 'not-a-locale']) {
      const attachment = renderDigestCard(model, { locale: locale });
      expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const card = cardOf(attachment);
      expect(structureProblems(card), String(locale)).toEqual([]);
      expect(card).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5' });
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(40 * 1024);
    }
  });

  test('each Copilot figure shows its change with ▲/▼, the absolute and the percentage change', () => {
    const texts = seen(DIGEST);
    expect(texts).toContain('Data as of Nov 19, 2026; changes since the digest with data as of Nov 12, 2026.');
    expect(texts).toContain('Enabled users: 359,096 ▲ 1,096 (+0.3%)');
    expect(texts).toContain('Active users: 165,115 ▲ 5,115 (+3.2%)');
    expect(texts).toContain('Adoption · last 7 days: ████▋░░░░░ 46.0% ▲ 1.3 pts (+2.9%)');
    // Each app's change in users and in percentage points of its share of the enabled users.
    const points = (now: number, before: number) => (Math.round(Math.abs((now / 359096 - before / 358000) * 1000)) / 10).toFixed(1);
    expect(texts).toContain(`Teams: ███▍░░░░░░ 34.3% · 123,341 of 359,096 ▲ 3,341 (+2.8%) · ▲ ${points(123341, 120000)} pts`);
    expect(texts).toContain(`Word: ██▊░░░░░░░ 27.3% · 98,012 of 359,096 ▼ 1,000 (-1.0%) · ▼ ${points(98012, 99012)} pts`);
    expect(texts).toContain(`Loop: ▏░░░░░░░░░ 0.6% · 2,210 of 359,096 ▲ 2,210 · ▲ ${points(2210, 0)} pts`);
    // The same users of slightly more enabled users: less than 0.05 points.
    expect(points(41230, 41230)).toBe('0.0');
    expect(texts).toContain('Excel: █▏░░░░░░░░ 11.5% · 41,230 of 359,096 unchanged · ±0 pts');
  });

  test('the first digest says there is no previous week yet and shows no arrows', () => {
    const texts = seen(FIRST_WEEK);
    expect(texts).toContain('Data as of Nov 19, 2026; no previous week yet: changes show from the next digest on.');
    expect(texts.join('\n')).not.toMatch(/[▲▼]|unchanged/);
  });

  test('the departments whose active rate moved most: up, then down, in points, with both weeks and the directory\'s day', () => {
    const texts = seen(DIGEST);
    expect(texts).toContain('Copilot adoption by department · last 7 days');
    expect(texts).toContain(
      'Usage as of Nov 19, 2026 against Nov 12, 2026, departments from the directory of Nov 23, 2026; departments of 5 users or more. The active rates that moved most, week over week:',
    );
    const moves = texts.filter((text) => / pts · /.test(text) && /active · /.test(text));
    expect(moves).toEqual(['Customer Support: ▲ 6.2 pts · 51.5% active · 10,931 of 21,210', 'Marketing: ▲ 3.9 pts · 47.5% active · 8,012 of 16,870', 'Legal: ▼ 4.4 pts · 30.0% active · 2,140 of 7,140']);
    expect(seen(FIRST_WEEK)).toContain('Usage as of Nov 19, 2026, departments from the directory of Nov 23, 2026. Week-over-week moves show from the next digest on.');
    const still = { ...DIGEST, departments: { status: 'ok' as const, data: { ...(DIGEST.departments as { data: DigestDepartments }).data, up: [], down: [] } } };
    expect(seen(still).some((text) => text.endsWith("No department's active rate moved since the previous digest."))).toBe(true);
    expect(seen({ ...DIGEST, departments: { status: 'unavailable', code: 'THROTTLED' } })).toContain('Not available this time: Microsoft Graph did not answer (THROTTLED).');
    // A digest composed before the section existed shows none.
    const { departments: _none, ...older } = DIGEST;
    expect(seen(older).some((text) => text.includes('by department'))).toBe(false);
  });

  test('activations, groups and the action list with the idle seats and idle spend', () => {
    const texts = seen(DIGEST);
    expect(texts).toContain('Microsoft 365 Apps for enterprise: ███████▍░░ 74.2% · 253 of 341');
    expect(texts).toContain('Inactive: ▌░░░░░░░░░ 4.7% · 56 of 1,200');
    expect(texts).toContain(
      '⚠ 194,885 idle Copilot seats = 904 unassigned + 193,981 assigned, no Copilot activity in the last 30 days · $5,846,550.00 a month · $70,158,600.00 a year.',
    );
    expect(texts).toContain('⚠ 56 of 1,200 groups without activity in the last 30 days.');
    expect(texts).toContain('Every Monday at 09:00 (Europe/Berlin) · Nov 23, 2026');
    // Intl separates amount and currency sign with a no-break space.
    expect(seen(DIGEST, 'de-DE').map((text) => text.replaceAll('\u00a0', ' '))).toContain(
      '⚠ 194.885 idle Copilot seats = 904 unassigned + 193.981 assigned, no Copilot activity in the last 30 days · 5.846.550,00 $ a month · 70.158.600,00 $ a year.',
    );
  });

  test('without licence counts the seats to act on are the enabled users without Copilot activity, with no cost', () => {
    if (DIGEST.inactiveSeats.status !== 'ok') throw new Error('fixture');
    const { idle: _, ...withoutLicences } = DIGEST.inactiveSeats.data;
    const texts = seen({ ...DIGEST, inactiveSeats: { status: 'ok', data: withoutLicences } });
    expect(texts).toContain('⚠ 193,981 of 359,096 enabled users with no Copilot activity in the last 30 days.');
    expect(texts.join('\n')).not.toContain('a month');
  });

  test('buttons lead to the detail commands; the per-user lists are asked for privately', () => {
    const actions = submitActions(cardOf(renderDigestCard(DIGEST, { locale: 'en-US' })));
    expect(actions).toEqual([
      { title: 'Inactive seats', data: { command: 'copilot inactive D30', delivery: 'private' } },
      { title: 'Inactive groups', data: { command: 'groups inactive D30', delivery: 'private' } },
      { title: 'Copilot summary', data: { command: 'copilot summary D7' } },
      { title: 'Copilot trend', data: { command: 'copilot trend D30' } },
      { title: 'Activations', data: { command: 'activations' } },
      { title: 'Groups', data: { command: 'groups D30' } },
    ]);
  });

  test('the channel\'s firing alerts, each as its rule reads, with its figure and the data day it started firing', () => {
    const texts = seen(DIGEST_WITH_ALERTS);
    const at = texts.indexOf('Alerts');
    expect(texts.slice(at, at + 4)).toEqual([
      'Alerts',
      '2 of the 3 alerts here are firing.',
      'Alert 1 · Idle Copilot seats > 150,000: 194,885, firing since the data of Nov 12, 2026',
      'Alert 3 · Idle Copilot spend a month > $5,000,000.00: $5,846,550.00, firing since the data of Nov 19, 2026',
    ]);
    // The same idle seats and idle spend as the seats to act on, for the same data.
    expect(texts).toContain(
      '⚠ 194,885 idle Copilot seats = 904 unassigned + 193,981 assigned, no Copilot activity in the last 30 days · $5,846,550.00 a month · $70,158,600.00 a year.',
    );
    expect(submitActions(cardOf(renderDigestCard(DIGEST_WITH_ALERTS, { locale: 'en-US' })))[0]).toEqual({ title: 'Alerts', data: { command: 'alerts' } });
    expect(seen(DIGEST)).not.toContain('Alerts');
  });

  test('with nothing to act on the items say so and offer no button', () => {
    const texts = seen(NOTHING_TO_DO);
    expect(texts).toContain('No idle Copilot seats: every seat is assigned and had Copilot activity in the last 30 days.');
    expect(texts).toContain('Every group had activity in the last 30 days.');
    expect(submitActions(cardOf(renderDigestCard(NOTHING_TO_DO, { locale: 'en-US' }))).map((action) => action.title)).toEqual([
      'Copilot summary',
      'Copilot trend',
      'Activations',
      'Groups',
    ]);
  });

  test('a section whose report failed says so and the card still renders', () => {
    const texts = seen(DIGEST_ALL_UNAVAILABLE);
    expect(texts).toContain('Not available this time: Microsoft Graph did not answer this report (FORBIDDEN).');
    expect(texts).toContain('Inactive groups: not available this time: Microsoft Graph did not answer this report (UNAVAILABLE).');
    expect(texts).toContain('Preview · Nov 23, 2026');
  });

  test('report text is escaped: a product name cannot become a link or Markdown', () => {
    if (DIGEST.activations.status !== 'ok') throw new Error('fixture');
    const hostile: DigestModel = {
      ...DIGEST,
      activations: { status: 'ok', data: { ...DIGEST.activations.data, products: [{ productType: 'X', productName: '[Click me](https://evil.example) **now**', assigned: 1, activated: 1 }] } },
    };
    const json = JSON.stringify(cardOf(renderDigestCard(hostile, { locale: 'en-US' })));
    expect(json).not.toContain('](https://evil.example)');
    expect(json).not.toContain('**now**');
    expect(json).toContain(`]${WORD_JOINER}(https://evil.example)`);
  });

  test('buildDigestCard gives the data the template binds: two action items, the per-app facts', () => {
    const data = buildDigestCard(DIGEST, cardViewContext({ locale: 'en-US' }));
    expect(data.toDo.items).toHaveLength(2);
    expect(data.copilot.hasApps).toBe(true);
  });
});

describe('the digest in the typed card map', () => {
  test('is the "digest" view: the posted card is the card a reply with the view renders', () => {
    expect(renderDigestCard(DIGEST, { locale: 'de-DE' })).toEqual(renderReplyMessage({ view: 'digest', model: DIGEST }, { locale: 'de-DE' }));
  });

  test('reads as terminal text through the same card', () => {
    const text = formatReplyText({ view: 'digest', model: DIGEST }, { locale: 'en-US' });
    expect(text.split('\n').slice(0, 2)).toEqual(['Weekly Microsoft 365 digest', 'Every Monday at 09:00 (Europe/Berlin) · Nov 23, 2026']);
    expect(text).toMatch(/^Active users\s+165,115 ▲ 5,115 \(\+3\.2%\)$/m);
    expect(text).toMatch(/^→ Inactive seats\s+copilot inactive D30 \(in personal chat\)$/m);
  });
});

describe('digest status card', () => {
  const statusText = (model: ViewModels['digest-status'], locale = 'en-US') => formatReplyText({ view: 'digest-status', model }, { locale: locale });

  test('after run-now: what happened, the schedule, the next and last run in the subscription\'s zone, and the buttons', () => {
    const text = statusText(DIGEST_STATUS);
    expect(text).toContain('Posted: the digest is in this channel now, as a new post, and recorded like a scheduled run.');
    expect(text).toMatch(/^Schedule\s+Every Friday at 08:00 \(Europe\/Berlin\)$/m);
    expect(text).toMatch(/^Next digest\s+Fri, Nov 27, 2026, 08:00 \(Europe\/Berlin\)$/m);
    expect(text).toMatch(/^Last digest\s+Posted · Sun, Nov 22, 2026, 09:00 \(Europe\/Berlin\) · run now$/m);
    expect(submitActions(cardOf(renderReplyMessage({ view: 'digest-status', model: DIGEST_STATUS }, { locale: 'en-US' }))).map((action) => action.data)).toEqual([
      { command: 'digest preview' },
      { command: 'digest run-now' },
      { command: 'digest status' },
    ]);
    expect(statusText(DIGEST_STATUS, 'de-DE')).toMatch(/Fr\., 27\. Nov\. 2026, 08:00 \(Europe\/Berlin\)/);
  });

  test('a paused subscription says why and offers to subscribe again; failed and missed runs say why', () => {
    const paused: ViewModels['digest-status'] = {
      ...DIGEST_STATUS,
      event: 'status',
      subscription: { ...DIGEST_STATUS.subscription!, active: false, deactivatedAt: '2026-11-23T07:00:05.000Z', deactivatedStatus: 403 },
      lastRun: { occurrence: '2026-11-23T07:00:00.000Z', trigger: 'schedule', state: 'gone', status: 403 },
      actions: [{ title: phrase('action.subscribeAgain'), command: 'digest subscribe friday 08:00 Europe/Berlin' }],
    };
    const { nextRun: _none, ...withoutNext } = paused;
    const text = statusText(withoutNext);
    expect(text).toContain("This channel's digest is paused: Teams answered 403 when the bot last posted here");
    expect(text).toMatch(/^Status\s+Paused since Nov 23, 2026: Teams answered 403$/m);
    expect(text).not.toContain('Next digest');
    expect(text).toMatch(/^Last digest\s+Not posted: Teams answered 403 · Mon, Nov 23, 2026, 08:00 \(Europe\/Berlin\) · scheduled$/m);
    const missed = statusText({ ...DIGEST_STATUS, event: 'status', lastRun: { occurrence: '2026-11-23T07:00:00.000Z', trigger: 'schedule', state: 'missed', reason: 'PAST_GRACE' } });
    expect(missed).toContain('Missed: the bot was down until too late to post it');
    const failed = statusText({ ...DIGEST_STATUS, lastRun: { occurrence: '2026-11-22T08:00:00.000Z', trigger: 'run-now', state: 'failed', reason: 'THROTTLED', status: 429 } });
    expect(failed).toContain('The digest could not be posted (THROTTLED); the run is recorded as failed.');
  });

  test('a group chat is "this chat"', () => {
    expect(statusText({ ...DIGEST_STATUS, conversation: 'groupChat', event: 'subscribed' })).toContain(
      'Subscribed: this chat gets the weekly digest every Friday at 08:00 (Europe/Berlin), in English.',
    );
  });
});

describe('changes', () => {
  const ctx = cardViewContext({ locale: 'en-US' });
  test.each([
    [{ previous: 100, difference: 12, relative: 0.12 }, 'count', '▲ 12 (+12.0%)'],
    [{ previous: 100, difference: -3, relative: -0.03 }, 'count', '▼ 3 (-3.0%)'],
    [{ previous: 0, difference: 5 }, 'count', '▲ 5'],
    [{ previous: 7, difference: 0, relative: 0 }, 'count', 'unchanged'],
    [{ previous: 0.45, difference: 0.0123, relative: 0.0273 }, 'points', '▲ 1.2 pts (+2.7%)'],
    [{ previous: 0.45, difference: -0.00004, relative: -0.0001 }, 'points', 'unchanged'],
  ] as const)('%o as %s reads %s', (change, unit, text) => {
    expect(describeChange(change, ctx, unit)).toBe(text);
  });
});

describe('digest card: Copilot seats', () => {
  test('purchased, assigned, active, idle seats and idle spend, each with its change; money in the locale and the price\'s currency', () => {
    const texts = seen({ ...DIGEST, seats: SEATS });
    expect(texts).toContain('Copilot seats · last 30 days');
    expect(texts).toContain('Usage as of Nov 19, 2026, licences live; changes since the digest with data as of Nov 12, 2026.');
    expect(texts).toContain('Purchased seats: 360,000 unchanged');
    expect(texts).toContain('Assigned seats: 359,096 ▲ 1,096 (+0.3%)');
    expect(texts).toContain('Active · last 30 days: 165,115 of 359,096 enabled users ▲ 5,115 (+3.2%)');
    expect(texts).toContain('Idle seats: 194,885 = 904 unassigned + 193,981 assigned, no Copilot activity in the last 30 days ▼ 5,115 (-2.6%)');
    expect(texts).toContain('Idle spend: $5,846,550.00 a month · $70,158,600.00 a year ▼ $153,450.00 (-2.6%)');
    const dollarsInGerman = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD' });
    expect(seen({ ...DIGEST, seats: SEATS }, 'de-DE').find((text) => text.startsWith('Idle spend'))).toContain(
      `${dollarsInGerman.format(5846550)} a month · ${dollarsInGerman.format(70158600)} a year ▼ ${dollarsInGerman.format(153450)}`,
    );
    expect(submitActions(cardOf(renderDigestCard({ ...DIGEST, seats: SEATS }, { locale: 'en-US' })))).toContainEqual({ title: 'Copilot licences', data: { command: 'copilot licenses D30' } });
  });

  test('a tenant without Copilot SKUs, or a refused licence read, is said so; a digest without the section shows none', () => {
    if (SEATS?.status !== 'ok') throw new Error('fixture');
    expect(seen({ ...DIGEST, seats: { status: 'ok', data: { ...SEATS.data, hasCopilotSkus: false } } })).toContain(
      "No Copilot licences found in the tenant's subscriptions.",
    );
    expect(seen({ ...DIGEST, seats: { status: 'unavailable', code: 'LICENSE_FORBIDDEN' } })).toContain(
      'Not available this time: Microsoft Graph did not answer (LICENSE_FORBIDDEN).',
    );
    expect(seen(DIGEST).some((text) => text.startsWith('Copilot seats'))).toBe(false);
  });
});

describe('the Workloads line', () => {
  test('one line of active users per workload, each with its change, the period and the data\'s date said', () => {
    const card = cardOf(renderDigestCard(DIGEST_WITH_WORKLOADS, { locale: 'en-US' }));
    expect(structureProblems(card)).toEqual([]);
    const texts = visibleTexts(card);
    const title = texts.indexOf('Workloads · active users, last 7 days');
    expect(texts.slice(title + 1, title + 3)).toEqual([
      'Data as of Nov 20, 2026; changes since the digest with data as of Nov 13, 2026.',
      'Any workload 1,150 ▲ 50 (+4.5%) · Exchange 1,101 unchanged · Viva Engage (Yammer) 40 ▲ 40 · Teams 1,012 ▼ 28 (-2.7%)',
    ]);
    expect(submitActions(card).filter((action) => action.data['command'] === 'usage D7').map((action) => action.title)).toEqual(['Usage']);
    expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
  });

  test('a digest composed before the line existed shows none', () => {
    expect(visibleTexts(cardOf(renderDigestCard(DIGEST, { locale: 'en-US' }))).some((text) => text.startsWith('Workloads'))).toBe(false);
  });
});

describe('the Licences section', () => {
  const tracked = (current: number, previous: number) => ({ current, change: { previous, difference: current - previous, ...(previous !== 0 ? { relative: (current - previous) / previous } : {}) } });
  const WITH_LICENCES: DigestModel = {
    ...DIGEST,
    licences: {
      status: 'ok',
      data: {
        period: 'D30',
        freshness: { ...FRESHNESS, refreshDate: '2026-11-20' },
        comparedWith: '2026-11-13',
        currency: 'USD',
        lines: [
          { key: 'copilot', label: 'Microsoft 365 Copilot', seats: tracked(241, 250), monthlySpend: tracked(7230, 7500) },
          { key: 'SPE_E3', label: 'Microsoft 365 E3', seats: tracked(139, 139), monthlySpend: tracked(5004, 5004) },
          { key: 'POWER_BI_PRO', label: 'Power BI Pro', seats: tracked(12, 0) },
        ],
        more: { licences: 2, seats: 9 },
        total: { seats: tracked(401, 389), monthlySpend: tracked(12234, 12504) },
        action: { title: phrase('action.licences'), command: 'licenses D30' },
      },
    },
  };

  test('idle seats and idle spend per licence and of all, each with its change; the rest on one line; within the size target', () => {
    const card = cardOf(renderDigestCard(WITH_LICENCES, { locale: 'en-US' }));
    expect(structureProblems(card)).toEqual([]);
    const texts = visibleTexts(card);
    const title = texts.indexOf('Licences · idle seats, last 30 days');
    expect(texts.slice(title + 1, title + 7)).toEqual([
      'Usage as of Nov 20, 2026, licences live; unassigned seats and seats whose holder used nothing; changes since the digest with data as of Nov 13, 2026.',
      'Microsoft 365 Copilot: 241 ▼ 9 (-3.6%) · $7,230.00 a month ▼ $270.00 (-3.6%)',
      'Microsoft 365 E3: 139 unchanged · $5,004.00 a month unchanged',
      'Power BI Pro: 12 ▲ 12 · price not set',
      '2 more licences: 9 idle seats',
      'All licences: 401 ▲ 12 (+3.1%) · $12,234.00 a month ▼ $270.00 (-2.2%)',
    ]);
    expect(submitActions(card)).toContainEqual({ title: 'Licences', data: { command: 'licenses D30' } });
    expect(serializedBytes(card)).toBeLessThanOrEqual(CARD_SIZE_TARGET_BYTES);
  });

  test('without prices the seats are shown and the section says how to price them; a refused read is said so; an older digest shows none', () => {
    if (WITH_LICENCES.licences?.status !== 'ok') throw new Error('fixture');
    const { currency: _currency, ...data } = WITH_LICENCES.licences.data;
    const unpriced = visibleTexts(cardOf(renderDigestCard({ ...DIGEST, licences: { status: 'ok', data: { ...data, lines: data.lines.map(({ monthlySpend: _spend, ...line }) => line), total: { seats: data.total.seats } } } }, { locale: 'en-US' })));
    expect(unpriced.join('\n')).toContain('Set LICENSE_PRICES to see what they cost.');
    expect(unpriced).toContain('Power BI Pro: 12 ▲ 12');
    const refused = visibleTexts(cardOf(renderDigestCard({ ...DIGEST, licences: { status: 'unavailable', code: 'LICENSE_FORBIDDEN' } }, { locale: 'en-US' })));
    expect(refused.join('\n')).toContain('Licences\nNot available this time: Microsoft Graph did not answer this report (LICENSE_FORBIDDEN).');
    expect(visibleTexts(cardOf(renderDigestCard(DIGEST, { locale: 'en-US' }))).some((text) => text.startsWith('Licences'))).toBe(false);
  });
});
