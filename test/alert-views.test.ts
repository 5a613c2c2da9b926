import { describe, expect, test } from 'vitest';
import { renderAlertMessage } from '../src/views/alert-view.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { ALERT_FIRED, ALERT_INACTIVE_USERS, ALERT_RESOLVED, ALERT_RULES, cardOf, submitActions, visibleTexts } from './support/view-fixtures.js';

describe('the alert card', () => {
  test('says what crossed, by how much, since when, what it is made of and how it moved, with the list privately and its CSV', () => {
    const message = renderAlertMessage(ALERT_FIRED, { locale: 'en-US' });
    expect(message.summary).toBe('Alert 2: Idle Copilot seats at 128');
    const card = cardOf(message.attachments[0]!);
    expect(visibleTexts(card)).toEqual([
      '🔔 Alert 2 · Idle Copilot seats above 100',
      'Idle Copilot seats: 128, 28 above the threshold of 100, since the data of Nov 19, 2026.',
      'Idle seats: 128 = 40 unassigned + 88 assigned, no Copilot activity in the last 30 days',
      'Idle spend: $3,840.00 a month · $46,080.00 a year',
      'Purchased seats: 1,200',
      'Data as of: Nov 19, 2026',
      "Idle Copilot seats, at the bot's evaluations",
      'Thu, Oct 29: 91',
      'Thu, Nov 5: 95',
      'Thu, Nov 12: 99',
      'Thu, Nov 19: 128',
      'Left out here: Microsoft_365_Copilot_Trial ("alert include <SKU>" counts one again).',
      '[Inactive seats]',
      '[Licences]',
      '[CSV]',
      '[Alerts]',
    ]);
    expect(submitActions(card)[0]).toEqual({ title: 'Inactive seats', data: { command: 'copilot inactive D30', delivery: 'private' } });
  });

  test('inactive users: the period in the figure\'s name, the users and what their licences cost, the reclaim list privately', () => {
    const message = renderAlertMessage(ALERT_INACTIVE_USERS, { locale: 'en-US' });
    expect(message.summary).toBe('Alert 3: Users with a paid licence and no activity · last 90 days at 214');
    const texts = visibleTexts(cardOf(message.attachments[0]!));
    expect(texts.slice(0, 5)).toEqual([
      '🔔 Alert 3 · Users with a paid licence and no activity · last 90 days above 200',
      'Users with a paid licence and no activity · last 90 days: 214, 14 above the threshold of 200, since the data of Nov 19, 2026.',
      'Paid licence, no activity: 214 users, no activity in any workload in the last 90 days',
      'Their licences cost: $9,876.50 a month · $118,518.00 a year',
      'Data as of: Nov 19, 2026',
    ]);
    // Without a price the card states the users alone.
    const unpriced = renderAlertMessage({ ...ALERT_INACTIVE_USERS, breakdown: { kind: 'inactive-users', period: 'D90', users: 214 } }, { locale: 'en-US' });
    expect(visibleTexts(cardOf(unpriced.attachments[0]!)).join('\n')).not.toContain('Their licences cost');
  });

  test('money and points in the admin’s locale', () => {
    const spend = renderAlertMessage(
      {
        ...ALERT_FIRED,
        rule: { number: 1, kind: 'idle-spend', threshold: { amount: 5000, unit: 'money', currency: 'USD' } },
        figure: { amount: 5123.45, unit: 'money', currency: 'USD' },
        breakdown: {
          kind: 'idle-spend',
          idle: { period: 'D30', unassigned: 40, inactive: 130, neverActive: 12, seats: 170 },
          spend: { currency: 'USD', monthly: 5123.45, yearly: 61_481.4, inactiveSeatPrice: 30.14, unpricedSkus: ['Microsoft_365_Copilot_EDU'] },
        },
        trend: [],
      },
      { locale: 'de-DE', language: 'en' },
    );
    const texts = visibleTexts(cardOf(spend.attachments[0]!));
    // German money puts a no-break space before the sign.
    expect(texts[1]).toBe('Idle Copilot spend a month: 5.123,45\u00a0$, 123,45\u00a0$ above the threshold of 5.000,00\u00a0$, since the data of 19.11.2026.');
    expect(texts).toContain('Idle spend: 5.123,45\u00a0$ a month · 61.481,40\u00a0$ a year');
    expect(texts).toContain('Not priced: Unassigned seats of Microsoft_365_Copilot_EDU: no price configured for them.');
    const drop = renderAlertMessage(
      {
        ...ALERT_FIRED,
        rule: { number: 3, kind: 'adoption-drop', threshold: { amount: 10, unit: 'points' } },
        figure: { amount: 10.2, unit: 'points' },
        breakdown: { kind: 'adoption-drop', period: 'D7', enabled: 798, active: 346, weekBefore: { date: '2026-11-12', enabled: 790, active: 423 } },
        trend: [],
      },
      { locale: 'en-US' },
    );
    expect(visibleTexts(cardOf(drop.attachments[0]!)).slice(1, 4)).toEqual([
      'Drop in Copilot adoption · last 7 days: 10.2 pts, 0.2 pts above the threshold of 10.0 pts, since the data of Nov 19, 2026.',
      'Adoption · last 7 days: 43.4% · 346 of 798',
      'Adoption · last 7 days to Nov 12, 2026: 53.5% · 423 of 790',
    ]);
  });

  test('a resolution is one short message', () => {
    const message = renderAlertMessage(ALERT_RESOLVED, { locale: 'en-US' });
    expect(message.summary).toBe('Alert 2 resolved: Idle Copilot seats at 97');
    expect(visibleTexts(cardOf(message.attachments[0]!))).toEqual([
      '✓ Alert 2 resolved · Idle Copilot seats',
      'Idle Copilot seats: 97 with the data of Nov 24, 2026, back at or under the threshold of 100.',
      '[Alerts]',
    ]);
  });
});

describe('an alert on demo data', () => {
  test('the card, the resolution and their notifications lead with "Demo data", as every report card does', () => {
    const fired = renderAlertMessage({ ...ALERT_FIRED, demo: true }, { locale: 'en-US' });
    const resolved = renderAlertMessage({ ...ALERT_RESOLVED, demo: true }, { locale: 'en-US' });
    expect([fired.summary, visibleTexts(cardOf(fired.attachments[0]!))[0]]).toEqual(['Demo data · Alert 2: Idle Copilot seats at 128', 'Demo data · 🔔 Alert 2 · Idle Copilot seats above 100']);
    expect([resolved.summary, visibleTexts(cardOf(resolved.attachments[0]!))[0]]).toEqual(['Demo data · Alert 2 resolved: Idle Copilot seats at 97', 'Demo data · ✓ Alert 2 resolved · Idle Copilot seats']);
  });
});

describe('the list of a conversation’s alerts', () => {
  test('each rule with its number, state, snooze, pause, figure, last evaluation and a post that failed', () => {
    expect(formatReplyText({ view: 'alert-rules', model: ALERT_RULES }, { locale: 'en-US' }).split('\n')).toEqual([
      'Alerts in this channel',
      '',
      '3 alerts in this channel:',
      '',
      'Alert 1 · Idle Copilot spend a month > $5,000.00',
      'State           Quiet',
      'Language        English',
      'Figure          $3,840.00',
      'Last evaluated  data of Nov 19, 2026 · Nov 22, 2026, 9:15 AM UTC',
      '',
      'Alert 2 · Idle Copilot seats > 100',
      'State           Firing since the data of Nov 19, 2026',
      'Language        English',
      'Snoozed         until Nov 29, 2026, 9:00 AM UTC: recorded, not posted',
      'Figure          128',
      'Last evaluated  data of Nov 19, 2026 · Nov 22, 2026, 9:15 AM UTC',
      'Not posted      The alert card could not be posted (HTTP_502); it is tried again at the next evaluation.',
      '',
      'Alert 3 · Drop in Copilot adoption · last 7 days > 10.0 pts',
      'State     New: evaluated within minutes',
      'Language  Italiano',
      'Paused    since Nov 20, 2026: Teams answered 403 when the bot posted here; set, snooze or remove an alert here to resume',
      '',
      'Left out of the Copilot seat alerts here: Microsoft_365_Copilot_Trial. Each alert is evaluated once each time Microsoft refreshes its data; it posts when its figure crosses the threshold, and once when it goes back.',
    ]);
  });
});
