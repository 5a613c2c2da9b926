import { describe, expect, test } from 'vitest';
import { WORD_JOINER } from '../src/views/escape-card-text.js';
import { formatReplyText } from '../src/views/reply-text.js';
import { EVERY_VIEW, HELP, SUMMARY_D30, USERS_SHOWN, USERS_WITHHELD } from './support/view-fixtures.js';

describe('formatReplyText', () => {
  test('copilot summary D30 reads as a compact report with aligned bars and the next commands', () => {
    expect(formatReplyText({ view: 'copilot-summary', model: SUMMARY_D30 }, { locale: 'en-US' })).toBe(
      [
        'Copilot adoption · last 30 days',
        'Data as of Nov 19, 2026; Microsoft reports lag up to 3 days',
        '',
        'Adoption · last 30 days',
        '46.0%',
        '████▋░░░░░',
        '165,115 of 359,096 enabled users active',
        '',
        'Active users per app · Last 30 days',
        'Teams         ███▍░░░░░░ 34.3% · 123,341 of 359,096',
        'Word          ██▊░░░░░░░ 27.3% · 98,012 of 359,096',
        'Excel         █▏░░░░░░░░ 11.5% · 41,230 of 359,096',
        'PowerPoint    █░░░░░░░░░ 10.2% · 36,511 of 359,096',
        'Outlook       ██▌░░░░░░░ 24.6% · 88,410 of 359,096',
        'OneNote       ▎░░░░░░░░░ 2.5% · 9,120 of 359,096',
        'Loop          ▏░░░░░░░░░ 0.6% · 2,210 of 359,096',
        'Copilot Chat  █▉░░░░░░░░ 18.2% · 65,480 of 359,096',
        'Per-app shares are of the 359,096 users enabled for Copilot in any app, as in "copilot users".',
        '',
        'Source: Microsoft Graph · fetched Nov 21, 2026, 2:05 PM UTC',
        '',
        '→ Last 7 days     copilot summary D7',
        '→ Last 90 days    copilot summary D90',
        '→ Inactive seats  copilot inactive D30',
        '→ Users           copilot users D30',
        '→ Trend           copilot trend D30',
      ].join('\n'),
    );
  });

  test('words and numbers follow the locale in the terminal too', () => {
    const italian = formatReplyText({ view: 'copilot-summary', model: SUMMARY_D30 }, { locale: 'it-IT' });
    expect(italian).toContain('Adozione di Copilot · ultimi 30 giorni');
    expect(italian).toContain('Teams         ███▍░░░░░░ 34,3% · 123.341 su 359.096');
  });

  test('lists are aligned name and details', () => {
    const text = formatReplyText({ view: 'copilot-users', model: USERS_SHOWN }, { locale: 'en-US' });
    expect(text).toContain(
      [
        'Enabled users, most recently active first',
        'Megan Bowen                megan.bowen@contoso.com · last Copilot use Nov 18, 2026 · Teams, Word',
        'Adele Vance                adele_vance@contoso.com · last Copilot use Nov 17, 2026 · Outlook',
        'isaiah.langer@contoso.com  last Copilot use Nov 2, 2026',
        'Showing 3 of 165,115 users. The CSV file has them all.',
      ].join('\n'),
    );
  });

  test('a withheld list shows the private offer as the command it sends', () => {
    const text = formatReplyText({ view: 'copilot-users', model: USERS_WITHHELD }, { locale: 'en-US' });
    expect(text).toContain('→ Send me the list privately  copilot users D30 (in personal chat)');
    expect(text).not.toContain('@contoso.com');
  });

  test('help lists usage, description and the example to type', () => {
    expect(formatReplyText({ view: 'help', model: HELP }, { locale: 'en-US' })).toContain(
      ['copilot summary [D7|D30|D90|D180|ALL]', 'Copilot adoption: enabled and active users per app', '→ copilot summary D30'].join('\n'),
    );
  });

  test('the answer to a plain question opens with the command it ran', () => {
    const text = formatReplyText({ view: 'copilot-summary', model: SUMMARY_D30 }, { locale: 'en-US' }, 'copilot summary D30');
    expect(text.split('\n')[0]).toBe('Ran: copilot summary D30');
    expect(formatReplyText({ view: 'copilot-summary', model: SUMMARY_D30 }, { locale: 'en-US' })).not.toContain('Ran:');
  });

  test.each(EVERY_VIEW.map((message) => [message.view, message] as const))('%s: plain text, no card escapes, no template syntax', (_, message) => {
    const text = formatReplyText(message, { locale: 'en-US' });
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(WORD_JOINER);
    expect(text).not.toContain('${');
    expect(text).not.toMatch(/[∗ˍˋ∼]/);
  });

  test('control characters in report values cannot reach the terminal', () => {
    const rows = [{ userPrincipalName: 'x@contoso.com', displayName: 'Evil\u001b[2J\u001b[31mName\nSecond line', appsUsed: [] }];
    const text = formatReplyText({ view: 'copilot-users', model: { ...USERS_SHOWN, rows } }, { locale: 'en-US' });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Evil[2J[31mName Second line');
  });
});
