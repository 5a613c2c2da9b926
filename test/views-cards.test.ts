import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Audience } from '../src/i18n/audience.js';
import type { ReplyMessage } from '../src/view-models.js';
import { CARD_NAMES, cardTemplateUrl } from '../src/views/card-templates.js';
import { escapeCardText } from '../src/views/escape-card-text.js';
import { renderCard } from '../src/views/render-card.js';
import { refusalReply } from '../src/commands/handlers.js';
import { parseCommand } from '../src/commands/parse.js';
import { renderReplyMessage } from '../src/views/render-reply.js';
import {
  ACCESS_DENIED,
  ACTIVATIONS,
  ERROR_BUDGET,
  EVERY_VIEW,
  FRESHNESS,
  GROUPS_D30,
  GROUPS_INACTIVE_SHOWN,
  GROUPS_INACTIVE_WITHHELD,
  HELP,
  HELP_UNKNOWN,
  INACTIVE_SHOWN,
  INACTIVE_WITHHELD,
  SENT_PRIVATELY,
  STATUS,
  SUMMARY_ALL,
  SUMMARY_D30,
  TREND_D30,
  USERS_CONCEALED,
  USERS_SHOWN,
  USERS_WITHHELD,
  cardOf,
  structureProblems,
  submitActions,
  trendDays,
  visibleTexts,
} from './support/view-fixtures.js';
import { phrase } from '../src/i18n/message-types.js';

/** `locale` alone answers in its language; an audience can keep English words with another locale's numbers. */
function render(message: ReplyMessage, locale: string | Audience | undefined = 'en-US') {
  return cardOf(renderReplyMessage(message, typeof locale === 'object' ? locale : { locale }));
}

function seen(message: ReplyMessage, locale: string | Audience | undefined = 'en-US'): string[] {
  return visibleTexts(render(message, locale));
}

type Element = { type?: string; [key: string]: unknown };

function findElements(card: unknown, type: string): Element[] {
  const found: Element[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const element = value as Element;
    if (element.type === type) found.push(element);
    Object.values(element).forEach(visit);
  };
  visit(card);
  return found;
}

describe('every view', () => {
  test.each(EVERY_VIEW.map((message) => [message.view, message] as const))('%s renders a valid Adaptive Card 1.5', (_, message) => {
    const attachment = renderReplyMessage(message, { locale: 'en-US' });
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = cardOf(attachment);
    expect(structureProblems(card)).toEqual([]);
    expect(card['$schema']).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    expect(card['version']).toBe('1.5');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(40 * 1024);
  });

  test.each(['en-US', 'it-IT', 'ru-RU', 'de-DE', undefined, 'not-a-locale'])('renders every view in locale %s', (locale) => {
    for (const message of EVERY_VIEW) expect(structureProblems(render(message, locale))).toEqual([]);
  });

  test('every template has a file in cards/ with the schema, version 1.5, and each chart dropped where charts do not render', () => {
    for (const name of CARD_NAMES) {
      const template = JSON.parse(readFileSync(cardTemplateUrl(name), 'utf8'));
      expect(template).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5' });
      for (const chart of ['Chart.HorizontalBar', 'Chart.VerticalBar', 'Chart.Line', 'Chart.Donut', 'Chart.Gauge'].flatMap((type) => findElements(template, type))) {
        expect(chart['fallback'], `${name}: ${chart.type}`).toBe('drop');
      }
    }
  });

  test.each(EVERY_VIEW.map((message) => [message.view, message] as const))(
    '%s states as text every number its charts draw, so it reads fully where charts do not render',
    (_, message) => {
      const card = render(message);
      const text = visibleTexts(card)
        .filter((line) => !line.startsWith('chart: '))
        .join('\n');
      const charted = ['Chart.HorizontalBar', 'Chart.Line', 'Chart.Donut'].flatMap((type) => findElements(card, type));
      const values = charted.flatMap((chart) =>
        (chart['data'] as { y?: number; value?: number; values?: { y: number }[] }[]).flatMap((point) =>
          point.values ? point.values.map((value) => value.y) : [point.y ?? point.value ?? Number.NaN],
        ),
      );
      for (const value of values) expect(text, `${message.view}: ${value}`).toContain(value.toLocaleString('en-US'));
    },
  );

  test.each(EVERY_VIEW.map((message) => [message.view, message] as const))(
    '%s draws a figure once: no text bar for what its chart draws',
    (_, message) => {
      const card = render(message);
      const charted = new Set(
        ['Chart.HorizontalBar', 'Chart.Line', 'Chart.Donut']
          .flatMap((type) => findElements(card, type))
          .flatMap((chart) => (chart['data'] as { y?: number; value?: number; values?: { y: number }[] }[]).flatMap((point) => (point.values ? point.values.map((value) => value.y) : [point.y ?? point.value ?? Number.NaN])))
          .map((value) => value.toLocaleString('en-US')),
      );
      const drawnTwice = visibleTexts(card).filter((line) => /[█░▏▎▍▌▋▊▉]/.test(line) && [...charted].some((value) => new RegExp(`(^|\\D)${value.replaceAll(',', '\\,')} of`).test(line)));
      expect(drawnTwice, message.view).toEqual([]);
    },
  );

  test('templates are found from any working directory', () => {
    const cwd = process.cwd();
    process.chdir('/');
    try {
      expect(structureProblems(render({ view: 'status', model: STATUS }))).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('report cards: title, period, freshness, source', () => {
  test('copilot summary says what, for when, and how old the data is', () => {
    const texts = seen({ view: 'copilot-summary', model: SUMMARY_D30 });
    expect(texts[0]).toBe('Copilot adoption · last 30 days');
    expect(texts[1]).toBe('Data as of Nov 19, 2026; Microsoft reports lag up to 3 days');
    expect(texts).toContain('Source: Microsoft Graph · fetched Nov 21, 2026, 2:05 PM UTC');
    expect(texts.join('\n')).not.toContain('⚠');
  });

  test('Office reports state their own lag', () => {
    expect(seen({ view: 'activations', model: ACTIVATIONS })[1]).toBe('Data as of Nov 19, 2026; Microsoft reports lag up to 2 days');
  });

  test('stale cached data gets a visible warning', () => {
    const card = render({ view: 'copilot-summary', model: { ...SUMMARY_D30, freshness: { ...FRESHNESS, cache: 'stale' } } });
    const warning = findElements(card, 'TextBlock').find((block) => block['color'] === 'Warning');
    expect(warning?.['text']).toBe(
      '⚠ Older data from the cache (fetched Nov 21, 2026, 2:05 PM UTC): Microsoft Graph could not be asked just now. Ask again later for newer numbers.',
    );
  });

  test('a report without data says so instead of showing a date', () => {
    const { refreshDate: _, ...empty } = FRESHNESS;
    const texts = seen({ view: 'copilot-summary', model: { ...SUMMARY_D30, freshness: empty, periods: [] } });
    expect(texts).toContain('Microsoft has no data for this report yet; Microsoft reports lag up to 3 days');
    expect(texts).toContain('Microsoft has no Copilot usage for this period yet.');
  });
});

describe('copilot summary', () => {
  test('one period: overall adoption with its period, and each app drawn once, as a text bar with its numbers', () => {
    const card = render({ view: 'copilot-summary', model: SUMMARY_D30 });
    const texts = visibleTexts(card);
    expect(texts).toEqual(expect.arrayContaining(['Adoption · last 30 days', '46.0%', '████▋░░░░░', '165,115 of 359,096 enabled users active']));
    // No bar chart: Teams' writes raw values (123341) and cuts them at a phone's width.
    expect(findElements(card, 'Chart.HorizontalBar')).toEqual([]);
    expect(texts).toContain('Active users per app · Last 30 days');
    expect(texts).toContain('Per-app shares are of the 359,096 users enabled for Copilot in any app, as in "copilot users".');
    expect(texts).toContain('Teams: ███▍░░░░░░ 34.3% · 123,341 of 359,096');
    expect(texts).toContain('Loop: ▏░░░░░░░░░ 0.6% · 2,210 of 359,096');
  });

  test('numbers follow the asker’s locale', () => {
    expect(seen({ view: 'copilot-summary', model: SUMMARY_D30 }, 'it-IT')).toContain('Teams: ███▍░░░░░░ 34,3% · 123.341 su 359.096');
    expect(seen({ view: 'copilot-summary', model: SUMMARY_D30 }, 'de-DE')).toContain('Teams: ███▍░░░░░░ 34,3\u00a0% · 123.341 von 359.096');
    expect(seen({ view: 'copilot-summary', model: SUMMARY_D30 }, 'ru-RU')).toContain('Teams: ███▍░░░░░░ 34,3\u00a0% · 123\u00a0341 из 359\u00a0096');
    expect(seen({ view: 'copilot-summary', model: SUMMARY_D30 }, 'ru-RU')[1]).toBe('Данные на 19 нояб. 2026 г.; отчёты Microsoft запаздывают до 3 дней');
    // English words with German numbers, for an audience whose language is set apart from its locale (a digest's).
    expect(seen({ view: 'copilot-summary', model: SUMMARY_D30 }, { language: 'en', locale: 'de-DE' })).toContain('Teams: ███▍░░░░░░ 34,3\u00a0% · 123.341 of 359.096');
  });

  test('ALL puts the periods side by side, each with its prompts and its own app bars, and no chart', () => {
    const card = render({ view: 'copilot-summary', model: SUMMARY_ALL });
    const [columns] = findElements(card, 'ColumnSet');
    expect((columns?.['columns'] as unknown[]).length).toBe(3);
    expect(findElements(card, 'Chart.HorizontalBar')).toEqual([]);
    const texts = visibleTexts(card);
    expect(texts[0]).toBe('Copilot adoption · all periods');
    expect(texts).toEqual(
      expect.arrayContaining([
        'Adoption · last 7 days',
        'Adoption · last 28 days',
        'Adoption · last 90 days',
        '3,120,455 prompts submitted · 19.7 per active user',
        'Active users per app · Last 28 days',
      ]),
    );
    // No chart: each app's share is drawn as a text bar.
    expect(texts).toContainEqual(expect.stringMatching(/^Teams: [█░▏▎▍▌▋▊▉]{10} 20\.6% · 74,005 of 359,096$/));
    expect(findElements(card, 'FactSet')).toHaveLength(3);
    expect(texts).toContain('Per-app shares are of the 359,096 users enabled for Copilot in any app, as in "copilot users".');
  });

  test('the buttons send the neighbouring views’ commands', () => {
    const actions = submitActions(render({ view: 'copilot-summary', model: SUMMARY_D30 }));
    expect(actions).toEqual([
      { title: 'Last 7 days', data: { command: 'copilot summary D7' } },
      { title: 'Last 90 days', data: { command: 'copilot summary D90' } },
      { title: 'Inactive seats', data: { command: 'copilot inactive D30' } },
      { title: 'Users', data: { command: 'copilot users D30' } },
      { title: 'Trend', data: { command: 'copilot trend D30' } },
    ]);
  });
});

describe('copilot users and inactive seats', () => {
  test('personal chat: counts, per-app bars, and the users with their last activity', () => {
    const texts = seen({ view: 'copilot-users', model: USERS_SHOWN });
    expect(texts).toEqual(
      expect.arrayContaining([
        'Copilot users · last 30 days',
        'Enabled users: 359,096',
        'Active · last 30 days: ████▋░░░░░ 46.0% · 165,115 of 359,096',
        // The never active are a part of the inactive, on the same line: the bars add up to 100 %.
        'Inactive · last 30 days: █████▍░░░░ 54.0% · 193,981 of 359,096 · 120,433 never active',
        'Teams: ███▍░░░░░░ 34.3% · 123,341 of 359,096',
        'Megan Bowen',
        'megan.bowen@contoso.com · last Copilot use Nov 18, 2026 · Teams, Word',
        'Adele Vance',
        'adele_vance@contoso.com · last Copilot use Nov 17, 2026 · Outlook',
        'isaiah.langer@contoso.com',
        'last Copilot use Nov 2, 2026',
        'Showing 3 of 165,115 users. The CSV file has them all.',
      ]),
    );
    expect(seen({ view: 'copilot-users', model: USERS_SHOWN }).some((text) => text.startsWith('Never active'))).toBe(false);
  });

  test('list rows are a name line and a details line, never a two-column FactSet, so addresses and app lists wrap on a narrow client', () => {
    for (const message of EVERY_VIEW) {
      const card = render(message);
      const listed = JSON.stringify(findElements(card, 'FactSet'));
      expect(listed, message.view).not.toMatch(/@contoso\.com/);
    }
    const card = render({ view: 'copilot-users', model: USERS_SHOWN });
    const row = findElements(card, 'Container').find((container) => JSON.stringify(container['items']).includes('megan.bowen@contoso.com') && (container['items'] as unknown[]).length === 2);
    expect(row?.['items']).toEqual([
      { type: 'TextBlock', text: 'Megan Bowen', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: 'megan.bowen@contoso.com · last Copilot use Nov 18, 2026 · Teams, Word', size: 'Small', spacing: 'None', wrap: true },
    ]);
  });

  test('a channel gets counts, one line that the list goes to personal chat, and the button that offers it; no rows', () => {
    const card = render({ view: 'copilot-users', model: USERS_WITHHELD });
    const texts = visibleTexts(card);
    expect(texts).toContain('The list of users is only sent in personal chat, because it names people. Use the button to get it there.');
    expect(texts.some((text) => text.includes('@contoso.com'))).toBe(false);
    expect(texts).not.toContain('Enabled users, most recently active first');
    const actions = submitActions(card);
    expect(actions[0]).toEqual({ title: 'Send me the list privately', data: { command: 'copilot users D30', delivery: 'private' } });
    expect(actions.filter((action) => action.data['delivery'] === 'private')).toHaveLength(1);
    expect(actions.map((action) => action.data['command'])).toEqual(['copilot users D30', 'copilot inactive D30', 'copilot summary D30']);
  });

  test('concealed names are shown as the hashes they are, with the one line that explains the tenant setting', () => {
    const texts = seen({ view: 'copilot-users', model: USERS_CONCEALED });
    const note = texts.find((text) => text.startsWith('Names are concealed'));
    expect(note).toContain('Microsoft 365 admin center › Settings › Org settings › Services › Reports › “Display concealed user, group, and site names in all reports”');
    expect(texts).toEqual(expect.arrayContaining(['A1B2C3D4E5F60718293A4B5C6D7E8F90', '5E0A1E3C6A1C2B7D9F00C1D2E3F4A5B6 · last Copilot use Nov 18, 2026 · Teams']));
    expect(seen({ view: 'copilot-users', model: USERS_SHOWN }).some((text) => text.startsWith('Names are concealed'))).toBe(false);
  });

  test('inactive seats: never used first, counts as bars, with the idle seats and idle spend of the last 30 days', () => {
    const texts = seen({ view: 'copilot-inactive', model: INACTIVE_SHOWN }, { language: 'en', locale: 'de-DE' });
    expect(texts).toEqual(
      expect.arrayContaining([
        'Inactive Copilot seats · last 90 days',
        'Enabled users: 359.096',
        'Inactive · last 90 days: ████▍░░░░░ 44,0\u00a0% · 158.094 of 359.096 · 120.433 never active',
        'Idle seats: 194.885 = 904 unassigned + 193.981 assigned, no Copilot activity in the last 30 days',
        'Idle spend: 5.846.550,00\u00a0$ a month · 70.158.600,00\u00a0$ a year',
        'No Copilot activity in the last 90 days (part of the idle seats): never used first, then the longest unused',
        'Lynne Robbins',
        'lynne.robbins@contoso.com · never used Copilot',
        'Patti Fernandez',
        'patti.fernandez@contoso.com · last Copilot use 30.07.2026',
      ]),
    );
    const withheld = render({ view: 'copilot-inactive', model: INACTIVE_WITHHELD });
    expect(visibleTexts(withheld).some((text) => text.includes('Lynne'))).toBe(false);
    expect(submitActions(withheld)[0]?.data).toEqual({ command: 'copilot inactive D90', delivery: 'private' });
  });

  test('an empty inactive list says why it is empty', () => {
    expect(seen({ view: 'copilot-inactive', model: { ...INACTIVE_SHOWN, inactive: 0, rows: [], totalRows: 0 } })).toContain(
      'Every enabled user used Copilot in this period.',
    );
  });
});

describe('copilot trend', () => {
  test('weekly averages compared like with like, a line chart with whole-number ticks, and the table of what it draws', () => {
    const card = render({ view: 'copilot-trend', model: TREND_D30 });
    const [chart] = findElements(card, 'Chart.Line');
    const series = chart?.['data'] as { legend: string; values: { x: string; y: number }[] }[];
    expect(series.map((line) => line.legend)).toEqual(['Enabled', 'Active']);
    // 30 days: the 4 whole weeks counted back from the newest day, each its average per day.
    // Axis labels short enough to read on a phone.
    expect(series[1]?.values).toEqual([
      { x: '10/29', y: 161515 },
      { x: '11/5', y: 162565 },
      { x: '11/12', y: 163615 },
      { x: '11/19', y: 164665 },
    ]);
    expect(chart).toMatchObject({ yMin: 0, yMax: 400000, fallback: 'drop' });
    const first = { enabled: 358616, active: 161515 };
    const last = { enabled: 359036, active: 164665 };
    const points = Math.round((last.active / last.enabled - first.active / first.enabled) * 1000) / 10;
    expect(visibleTexts(card)).toEqual(
      expect.arrayContaining([
        // The period's adoption beside the average active per day, each named for what it counts.
        'Adoption · last 30 days: 73.8% · 265,008 of 359,096 enabled users active at least once',
        'Average active per day, Nov 13–Nov 19: 45.9% · 164,665 of 359,036',
        'Average active per day, Oct 23–Oct 29: 45.0% · 161,515 of 358,616',
        `Change in the average active per day: +3,150 users · +${points.toFixed(1)} pts of the enabled users · +420 enabled users`,
        'Newest day, Thu, Nov 19: 46.0% · 165,115 of 359,096 (Thu, Nov 12: 164,065 active)',
        'Active of enabled users, average active per day, a week per row',
        'Week Nov 13–Nov 19: 45.9% · 164,665 of 359,036',
      ]),
    );
  });

  test('a weekend day is never compared with a weekday: the newest day is set beside the same weekday a week before', () => {
    const days = trendDays(30).map((day) => {
      const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
      return weekday === 0 || weekday === 6 ? { ...day, active: 40 } : { ...day, active: 190 };
    });
    const saturday = days.findLastIndex((day) => new Date(`${day.date}T00:00:00Z`).getUTCDay() === 6);
    const texts = seen({ view: 'copilot-trend', model: { ...TREND_D30, days: days.slice(0, saturday + 1) } });
    expect(texts.find((text) => text.startsWith('Change in the average active per day'))).toMatch(/^Change in the average active per day: 0 users · (±0|[+−]\d+\.\d) pts/);
    expect(texts.find((text) => text.startsWith('Newest day'))).toContain('(Sat, Nov 7: 40 active)');
  });

  test('a week or two is listed day by day with its weekday; years stay compact', () => {
    const week = render({ view: 'copilot-trend', model: { ...TREND_D30, period: 'D7', days: trendDays(7) } });
    const table = findElements(week, 'FactSet')[1]?.['facts'] as { title: string }[];
    expect(table.map((fact) => fact.title)).toEqual(['Fri, Nov 13', 'Sat, Nov 14', 'Sun, Nov 15', 'Mon, Nov 16', 'Tue, Nov 17', 'Wed, Nov 18', 'Thu, Nov 19']);
    const years = render({ view: 'copilot-trend', model: { ...TREND_D30, period: 'ALL', days: trendDays(1000) } });
    const [chart] = findElements(years, 'Chart.Line');
    const series = chart?.['data'] as { values: { x: string }[] }[];
    expect(series[0]?.values.length).toBeLessThanOrEqual(7);
    expect(series[0]?.values.at(-1)?.x).toBe('Nov 2026');
    expect((findElements(years, 'FactSet')[1]?.['facts'] as unknown[]).length).toBeLessThanOrEqual(26);
    expect(Buffer.byteLength(JSON.stringify(years))).toBeLessThan(16 * 1024);
  });
});

describe('activations', () => {
  test('activated of assigned licences per product by product name, drawn once as text bars, and shared-computer activations', () => {
    const card = render({ view: 'activations', model: ACTIVATIONS });
    expect(findElements(card, 'Chart.HorizontalBar')).toEqual([]);
    const texts = visibleTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Microsoft 365 apps activations',
        'Products: 3',
        'Microsoft 365 Apps for enterprise: ████████▍░ 83.9% · 301,422 of 359,096',
        'Project Online Desktop Client: ███▎░░░░░░ 32.3% · 388 of 1,200',
        'Shared computer activations',
        'Microsoft 365 Apps for enterprise: 1,204',
        'Visio Online Plan 2: 12',
      ]),
    );
    // Licences are counted per product: never summed into one head count.
    const sum = ACTIVATIONS.products.reduce((total, product) => total + product.assigned, 0);
    expect(texts.join('\n')).not.toContain(sum.toLocaleString('en-US'));
  });
});

describe('groups', () => {
  test('totals, active vs inactive as a donut with a FactSet fallback, types, top groups; deleted groups flagged', () => {
    const card = render({ view: 'groups', model: GROUPS_D30 });
    expect(findElements(card, 'Chart.Donut')[0]?.['data']).toEqual([
      { legend: 'Active (1,203)', value: 1203 },
      { legend: 'Inactive (637)', value: 637 },
    ]);
    expect(visibleTexts(card)).toEqual(
      expect.arrayContaining([
        'Microsoft 365 groups · last 30 days',
        'Groups, not deleted: 1,840',
        'Active: 65.4% · 1,203 of 1,840',
        'Inactive: 34.6% · 637 of 1,840',
        // Deleted groups are a part of all the groups in the report, the deleted included.
        `Deleted: ${((12 / (1840 + 12)) * 100).toFixed(1)}% · 12 of 1,852 groups in the report, deleted included`,
        'Public: ███████▏░░ 71.2% · 1,310 of 1,840',
        'Sales EMEA',
        'active Nov 19, 2026 · 42 members · 12,840 emails received · 321 active files',
        'Project Falcon (🗑 deleted)',
        'active Nov 18, 2026 · 42 members · 5,320 emails received',
        'Engineering Archive',
        '1.5\u00a0TB · 310 members',
      ]),
    );
  });

  test('groups of the same name are told apart by the start of their id', () => {
    const [first, second] = [GROUPS_D30.topByActivity[0]!, GROUPS_D30.topByActivity[1]!];
    const twins = { ...GROUPS_D30, topByActivity: [first, { ...second, name: first.name }] };
    const texts = seen({ view: 'groups', model: twins });
    expect(texts).toContain(`Sales EMEA (id ${first.id.slice(0, 8)})`);
    expect(texts).toContain(`Sales EMEA (id ${second.id.slice(0, 8)}) (🗑 deleted)`);
    expect(first.id.slice(0, 8)).not.toBe(second.id.slice(0, 8));
    // A name shown once needs no id.
    expect(seen({ view: 'groups', model: GROUPS_D30 })).toContain('Sales EMEA');
  });

  test('a groups card for one day says which day', () => {
    const { period: _, ...byDay } = GROUPS_D30;
    expect(seen({ view: 'groups', model: { ...byDay, date: '2026-11-10' } })[0]).toBe('Microsoft 365 groups · on Nov 10, 2026');
  });

  test('inactive groups with owners in personal chat; counts only elsewhere', () => {
    expect(seen({ view: 'groups-inactive', model: GROUPS_INACTIVE_SHOWN })).toEqual(
      expect.arrayContaining([
        'Inactive groups · last 90 days',
        'Inactive: ███▌░░░░░░ 34.6% · 637 of 1,840',
        // Each group on lines of their own, so a long owner address has the card's full width.
        'Summer Party 2024',
        'owner alex.wilber@contoso.com · last activity Aug 1, 2025 · 12 members · 1.5\u00a0KB',
        'Old Intranet (🗑 deleted)',
        'no owner listed · no activity recorded · 42 members · 5\u00a0GB',
        'Showing 2 of 637 groups. The CSV file has them all.',
      ]),
    );
    const withheld = render({ view: 'groups-inactive', model: GROUPS_INACTIVE_WITHHELD });
    expect(visibleTexts(withheld).join('\n')).not.toContain('alex.wilber');
    expect(visibleTexts(withheld)).toContain(
      'The list of groups and their owners is only sent in personal chat, because it names people. Use the button to get it there.',
    );
    expect(submitActions(withheld)).toEqual([{ title: 'Send me the list privately', data: { command: 'groups inactive D90', delivery: 'private' } }]);
  });
});

describe('help', () => {
  test('each command with usage, description and an example button', () => {
    const card = render({ view: 'help', model: HELP });
    const texts = visibleTexts(card);
    expect(texts).toEqual(
      expect.arrayContaining([
        'What I can answer',
        'copilot summary [D7|D30|D90|D180|ALL]',
        'Copilot adoption: enabled and active users per app',
        'Type a command or pick an example. Without a period, commands use D30. An <attribute> is department, country, office, company or job title: ' +
          '"by department" gives one row per department, "department=Sales" only its users (personal chat; title= for a job title, quotes around a value with spaces).',
      ]),
    );
    expect(texts.some((text) => text.includes('didn’t understand') || text.includes("didn't understand"))).toBe(false);
    expect(submitActions(card)).toEqual([
      { title: 'copilot summary D30', data: { command: 'copilot summary D30' } },
      { title: 'groups D7', data: { command: 'groups D7' } },
      { title: 'help', data: { command: 'help' } },
    ]);
  });

  test('a known command used wrongly quotes the input once, with the reason and the fix as a button', () => {
    const card = render({
      view: 'help',
      model: { ...HELP_UNKNOWN, unknownInput: 'copilot summary D31', reason: [phrase('parse.notAPeriod', { period: 'D31', command: 'copilot summary' })], options: ['copilot summary'] },
    });
    expect(visibleTexts(card)).toEqual([
      'I didn\'t understand "copilot summary D31". "D31" is not a period of copilot summary. Did you mean "copilot summary"? Type "help" to see all commands.',
      '[copilot summary]',
    ]);
  });

  test('commands are stacked, not squeezed into columns, so the card reads at Teams\' narrow widths', () => {
    const card = render({ view: 'help', model: HELP });
    expect(findElements(card, 'ColumnSet')).toEqual([]);
    for (const block of findElements(card, 'TextBlock')) expect(block['wrap'], String(block['text'])).toBe(true);
    // Each example button has a row of its own (an ActionSet of one), not a column beside the text.
    expect(findElements(card, 'ActionSet').every((set) => (set['actions'] as unknown[]).length === 1)).toBe(true);
  });

  test('a typo gets one line with "type help" once and the three closest commands as buttons, not the whole guide', () => {
    const typo = parseCommand('<at>Usage Bot</at> copilot sumary D31');
    if (typo.ok) throw new Error('should be refused');
    const card = render(refusalReply(typo.error).messages[0]!);
    const texts = visibleTexts(card);
    expect(texts[0]).toBe(
      'I don\'t know "copilot sumary D31". Did you mean "copilot summary"? "D31" is not a period of copilot summary. Give a period (D7, D30, D90, D180, ALL); ' +
        'a tenant on Copilot report v2 counts 28 days (D28) instead of 30. Type "help" to see all commands.',
    );
    expect(texts[0]!.match(/help/g)).toHaveLength(1);
    expect(submitActions(card)).toEqual([
      { title: 'copilot summary', data: { command: 'copilot summary' } },
      { title: 'copilot users', data: { command: 'copilot users' } },
      { title: 'copilot inactive', data: { command: 'copilot inactive' } },
    ]);
    expect(texts).not.toContain('What I can answer');

    const badArgument = parseCommand('digest subscribe monday 09:00 Mars/Olympus');
    if (badArgument.ok) throw new Error('should be refused');
    const [line] = visibleTexts(render(refusalReply(badArgument.error).messages[0]!));
    expect(line).toBe(
      'I didn\'t understand "digest subscribe monday 09:00 Mars/Olympus". "Mars/Olympus" is not a time zone: use a time zone such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC. ' +
        'Did you mean "digest subscribe monday 09:00"? Type "help" to see all commands.',
    );
  });

  test('text close to nothing still gets three commands to try, and "help" is named once', () => {
    const nothing = parseCommand('what is the weather like');
    if (nothing.ok) throw new Error('should be refused');
    const card = render(refusalReply(nothing.error).messages[0]!);
    expect(visibleTexts(card)[0]).toBe('I don\'t know "what is the weather like". Type "help" to see all commands.');
    expect(submitActions(card)).toHaveLength(3);
  });

  test('the full guide ends with plain questions and the command each runs', () => {
    const card = render({ view: 'help', model: { ...HELP, questions: { ...HELP.questions!, en: [{ question: 'who is not using copilot', command: 'copilot inactive' }] } } });
    const texts = visibleTexts(card);
    const at = texts.indexOf('“who is not using copilot”');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe('→ copilot inactive');
  });
});

describe('status, error, access denied, sent privately', () => {
  test('status: source, Copilot API, cached reports with refresh dates, budget used of limit and when it frees', () => {
    expect(seen({ view: 'status', model: STATUS })).toEqual(
      expect.arrayContaining([
        'Data source: Microsoft Graph (contoso.onmicrosoft.com)',
        'Copilot report API: copilot-v1',
        'Microsoft 365 Copilot user count summary (D30): data as of Nov 19, 2026 · fetched Nov 21, 2026, 2:05 PM UTC',
        'Microsoft 365 apps activations: no data yet · fetched Nov 21, 2026, 1:00 PM UTC',
        // The report's name, then a full-width line with the numbers and Graph's function name.
        'Microsoft 365 Copilot user count summary',
        '██▏░░░░░░░ 21.4% · 3 of 14 · getMicrosoft365CopilotUserCountSummary',
        'Microsoft 365 groups activity',
        '██████████ 100.0% · 14 of 14 · next one frees Nov 21, 2026, 2:15 PM UTC · getOffice365GroupsActivityDetail',
      ]),
    );
  });

  test('error: title, message, what to do, the retry time in the locale, and buttons', () => {
    const card = render({ view: 'error', model: ERROR_BUDGET }, 'de-DE');
    expect(visibleTexts(card)).toEqual([
      'Anfragebudget für Graph aufgebraucht',
      'Der Bot hat Graph in den letzten 10 Minuten bereits 14 Mal nach getMicrosoft365CopilotUserCountSummary gefragt, so oft Graph es erlaubt. Er fragt ab 14:15 UTC wieder.',
      'Microsoft Graph erlaubt nur wenige Berichtsdownloads alle 10 Minuten; der Bot wartet, statt sich sperren zu lassen.',
      'Versuchen Sie es nach 21.11.2026, 14:15 UTC erneut.',
      'Fehlercode: BUDGET_EXHAUSTED',
      '[Erneut versuchen]',
      '[Status]',
    ]);
    expect(submitActions(card).map((action) => action.data)).toEqual([{ command: 'copilot summary D30' }, { command: 'status' }]);
  });

  test('errors without a retry time tell what to do for their kind', () => {
    const forbidden = seen({ view: 'error', model: { code: 'FORBIDDEN', title: phrase('errorTitle.FORBIDDEN'), message: phrase('errorMessage.FORBIDDEN', { command: 'copilot summary' }), actions: [] } });
    expect(forbidden.join('\n')).toContain('Reports.Read.All');
    expect(forbidden.join('\n')).not.toContain('Try again after');
  });

  test('access denied: polite, says who to ask and whom the bot serves', () => {
    expect(seen({ view: 'access-denied', model: ACCESS_DENIED })).toEqual([
      'Sorry, I can’t help you with that',
      'This bot answers only the admins it was set up for, and you are not on that list yet.',
      'To get access, ask it-admins@contoso.com.',
    ]);
    expect(seen({ view: 'access-denied', model: { reason: 'tenant' } })).toEqual([
      'Sorry, I can’t help you with that',
      'This bot serves only the Microsoft 365 organisation it was set up for, so it cannot answer here.',
      'To get access, ask whoever manages Microsoft 365 in your organisation.',
    ]);
  });

  test('sent privately: a short confirmation with no data', () => {
    const card = render({ view: 'sent-privately', model: SENT_PRIVATELY });
    expect(visibleTexts(card)).toEqual(['🔒 I sent the Copilot user list for D30 to you in a personal chat.']);
    expect(submitActions(card)).toEqual([]);
  });
});

describe('renderCard', () => {
  test('renders a card by name from its data', () => {
    const attachment = renderCard('sent-privately', { message: escapeCardText('Done.') });
    expect(attachment).toEqual({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'Done.', wrap: true }],
      },
    });
  });

  test('the same template serves many renders without keeping data from earlier ones', () => {
    const first = JSON.stringify(render({ view: 'copilot-users', model: USERS_SHOWN }));
    render({ view: 'copilot-users', model: USERS_WITHHELD });
    expect(JSON.stringify(render({ view: 'copilot-users', model: USERS_SHOWN }))).toBe(first);
  });
});
