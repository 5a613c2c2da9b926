import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AlertCommand } from '../src/alerts/alert-command.js';
import { formatCommand, parseCommand } from '../src/commands/parse.js';
import { parseTypedText } from '../src/commands/parse-typed-text.js';

function commandOf(text: string): AlertCommand {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`refused "${text}": ${result.error.message}`);
  return result.parsed.command as AlertCommand;
}

function refusalOf(text: string): { code: string; message: string; suggestion?: string } {
  const result = parseCommand(text);
  if (result.ok) throw new Error(`"${text}" was accepted as ${formatCommand(result.parsed.command)}`);
  return { code: result.error.code, message: result.error.message, ...(result.error.suggestion !== undefined ? { suggestion: result.error.suggestion } : {}) };
}

describe('setting an alert', () => {
  test.each([
    ['alert idle-seats > 100', { kind: 'idle-seats', threshold: { value: 100, unit: 'count' } }, 'alert idle-seats > 100'],
    ['alert idle seats >10%', { kind: 'idle-seats', threshold: { value: 10, unit: 'percent' } }, 'alert idle-seats > 10%'],
    ['<at>Usage Bot</at> alert Idle-Seats &gt; 12.5 %', { kind: 'idle-seats', threshold: { value: 12.5, unit: 'percent' } }, 'alert idle-seats > 12.5%'],
    ['alert unassigned > 50', { kind: 'unassigned', threshold: { value: 50, unit: 'count' } }, 'alert unassigned > 50'],
    ['alert unassigned > 50 SPE_E5', { kind: 'unassigned', threshold: { value: 50, unit: 'count' }, sku: 'SPE_E5' }, 'alert unassigned > 50 SPE_E5'],
    ['alert idle-spend > 5,000 usd', { kind: 'idle-spend', threshold: { value: 5000, unit: 'money', currency: 'USD' } }, 'alert idle-spend > 5000 USD'],
    ['alert idle-spend > 5000.5', { kind: 'idle-spend', threshold: { value: 5000.5, unit: 'money' } }, 'alert idle-spend > 5000.5'],
    ['alert adoption drop > 10', { kind: 'adoption-drop', threshold: { value: 10, unit: 'points' } }, 'alert adoption drop > 10'],
    ['alert adoption-drop > 7.5 points', { kind: 'adoption-drop', threshold: { value: 7.5, unit: 'points' } }, 'alert adoption drop > 7.5'],
    ['alert never-used > 20 seats', { kind: 'never-used', threshold: { value: 20, unit: 'count' } }, 'alert never-used > 20'],
    ['alert never used > 0', { kind: 'never-used', threshold: { value: 0, unit: 'count' } }, 'alert never-used > 0'],
  ])('"%s"', (text, expected, canonical) => {
    const command = commandOf(text);
    expect(command).toEqual({ name: 'alert-set', ...expected });
    expect(formatCommand(command)).toBe(canonical);
    expect(commandOf(canonical)).toEqual(command);
  });
});

describe('the other alert commands', () => {
  test.each([
    ['alerts', { name: 'alert-list' }, 'alerts'],
    ['Alert list', { name: 'alert-list' }, 'alerts'],
    ['alert remove 2', { name: 'alert-remove', number: 2 }, 'alert remove 2'],
    ['alert delete #12', { name: 'alert-remove', number: 12 }, 'alert remove 12'],
    ['alert snooze 2 7d', { name: 'alert-snooze', number: 2, hours: 168 }, 'alert snooze 2 1w'],
    ['alert snooze 3 12 hours', { name: 'alert-snooze', number: 3, hours: 12 }, 'alert snooze 3 12h'],
    ['alert snooze 3 2D', { name: 'alert-snooze', number: 3, hours: 48 }, 'alert snooze 3 2d'],
    ['alert exclude Microsoft_365_Copilot_Trial', { name: 'alert-exclude', sku: 'Microsoft_365_Copilot_Trial' }, 'alert exclude Microsoft_365_Copilot_Trial'],
    ['alert include 639dec6b-bb19-468b-871c-c5c441c4b0cb', { name: 'alert-include', sku: '639dec6b-bb19-468b-871c-c5c441c4b0cb' }, 'alert include 639dec6b-bb19-468b-871c-c5c441c4b0cb'],
  ])('"%s"', (text, expected, canonical) => {
    const command = commandOf(text);
    expect(command).toEqual(expected);
    expect(formatCommand(command)).toBe(canonical);
    expect(commandOf(canonical)).toEqual(command);
  });
});

describe('refusals name every problem at once, the forms allowed, and a corrected command when one is obvious', () => {
  test('a threshold with too many decimals, money on a seat count and an extra word', () => {
    const refusal = refusalOf('alert idle-seats > 10.55% USD soon');
    expect(refusal.code).toBe('BAD_ARGUMENT');
    expect(refusal.message).toContain('idle-seats is a number of seats, not money: leave out "USD".');
    expect(refusal.message).toContain('"soon" is not part of an idle-seats alert');
    expect(refusal.message).toContain('"10.55" has more decimals than the figure shows: write at most one, e.g. 10.5.');
    expect(refusal.suggestion).toBe('alerts');
  });

  test('the threshold is kept in the correction when only the rest is wrong', () => {
    expect(refusalOf('alert adoption drop > 10%')).toEqual({
      code: 'BAD_ARGUMENT',
      message: 'adoption drop is percentage points, not a share: leave out "%". The drop is in percentage points already.',
      suggestion: 'alert adoption drop > 10',
    });
    expect(refusalOf('alert unassigned > 50 SPE_E5 SPE_E3')).toMatchObject({ suggestion: 'alert unassigned > 50 SPE_E5' });
    expect(refusalOf('alert idle-seats >= 100')).toEqual({
      code: 'BAD_ARGUMENT',
      message: '">=" is not offered: an alert fires when its figure is above the threshold (">"), so write the threshold one lower.',
      suggestion: 'alert idle-seats > 100',
    });
  });

  test('"above" instead of ">" is corrected; a missing threshold and an unknown figure list what is allowed', () => {
    expect(refusalOf('alert idle seats above 100')).toMatchObject({ suggestion: 'alert idle-seats > 100' });
    expect(refusalOf('alert idle-seats >').message).toBe('Write the threshold after ">", e.g. "alert idle-seats > 100".');
    const unknown = refusalOf('alert cost > 5');
    expect(unknown.message).toContain('"cost" is not a figure alerts watch: idle-seats (');
    expect(unknown.message).toContain('never-used (assigned Copilot seats whose user never used Copilot)');
    expect(refusalOf('alert idle > 5').message).toContain('Did you mean "idle-seats" or "idle-spend"?');
    expect(refusalOf('alert idle-seats > many').message).toContain('"many" is not a number');
    expect(refusalOf('alert idle-seats > 12.5').message).toBe('"12.5" is not a whole number: idle-seats counts seats.');
    expect(refusalOf('alert idle-seats > 120%').message).toBe('"120" is more than 100 %: write a threshold from 0 to 100.');
    expect(refusalOf('alert idle-spend > 10 XYZ').message).toContain('"XYZ" is not a currency');
  });

  test('bare and malformed management commands say what they need', () => {
    expect(refusalOf('alert').message).toContain('alert needs what to watch or what to do.');
    expect(refusalOf('alert').suggestion).toBe('alerts');
    expect(refusalOf('alerts please').message).toContain('"alerts" lists this conversation\'s alerts and takes nothing after it.');
    expect(refusalOf('alert remove').message).toContain('"alert remove" needs the number of the alert to remove');
    expect(refusalOf('alert remove two').message).toContain('"two" is not an alert number');
    expect(refusalOf('alert snooze 2')).toMatchObject({ message: expect.stringContaining('Say how long to snooze'), suggestion: 'alert snooze 2 7d' });
    expect(refusalOf('alert snooze 2 200d').message).toContain('A snooze of "200d" is out of range');
    expect(refusalOf('alert snooze x soon').message).toBe('"x" is not an alert number: "alerts" lists each alert with its number. "soon" is not a duration: write how long as hours, days or weeks: 12h, 7d or 2w, at least an hour and at most 90 days.');
    expect(refusalOf('alert exclude').message).toContain('name its part number or id');
    expect(refusalOf('alert exclude Copilot$Trial').message).toContain('"Copilot$Trial" is not a SKU part number or id');
  });

  test('every suggestion parses', () => {
    for (const text of ['alert', 'alerts please', 'alert idle seats above 100', 'alert adoption drop > 10%', 'alert snooze 2', 'alert remove two', 'alert idle-seats >= 100']) {
      const { suggestion } = refusalOf(text);
      expect(suggestion, text).toBeDefined();
      expect(parseCommand(suggestion!).ok, `${text} → ${suggestion}`).toBe(true);
    }
  });

  test('an alert that is refused is never read as a plain question', () => {
    const typed = parseTypedText('alert idle seats above 100', 'copilot-v1');
    expect(typed.ok).toBe(false);
    if (!typed.ok) expect(typed.error.suggestion).toBe('alert idle-seats > 100');
    expect(parseTypedText('alert how many unused licences do we have', 'copilot-v1').ok).toBe(false);
  });

  test('any words after "alert" give a command that formats back to itself, or a refusal; nothing throws', () => {
    const word = fc.oneof(
      fc.constantFrom('idle-seats', 'idle', 'seats', 'unassigned', 'idle-spend', 'adoption', 'drop', 'never-used', '>', '>=', '%', 'USD', 'eur', 'SPE_E5', 'remove', 'snooze', 'exclude', 'include', '7d', '2w', '12', '5,000', '10.5', '#3', 'points'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const result = parseCommand(['alert', ...words].join(' '));
        if (result.ok) expect(parseCommand(formatCommand(result.parsed.command))).toEqual(result);
        else expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });
});
