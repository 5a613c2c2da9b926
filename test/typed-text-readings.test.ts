import { describe, expect, test } from 'vitest';
import { TypedTextReadings } from '../src/bot/typed-text-readings.js';

describe('typed text, read once per distinct text', () => {
  test('a command asked again is answered from the same reading, which no turn can change', () => {
    const readings = new TypedTextReadings('copilot-v1');
    const first = readings.read('copilot summary D30 @contoso');
    expect(first).toMatchObject({ kind: 'about', tenantName: 'contoso', text: 'copilot summary D30' });
    expect(first.kind === 'about' && first.command).toEqual({ ok: true, parsed: { command: { name: 'copilot-summary', period: 'D30' }, delivery: 'here' } });
    expect(readings.read('copilot summary D30 @contoso')).toBe(first);
    expect(() => {
      if (first.kind === 'about' && first.command.ok) (first.command.parsed.command as { period?: string }).period = 'D7';
    }).toThrow(TypeError);
    expect(readings.read('copilot summary D30 @contoso')).toMatchObject({ command: { parsed: { command: { period: 'D30' } } } });
  });

  test('a plain question is read as the command it asks, and kept like one', () => {
    const readings = new TypedTextReadings('copilot-v1');
    const reading = readings.read('who is not using copilot');
    expect(reading).toMatchObject({ kind: 'plain', command: { ok: true, parsed: { fromQuestion: true } } });
    expect(readings.read('who is not using copilot')).toBe(reading);
  });

  test('tenant commands, refusals and text the grammar does not take are read anew each time', () => {
    const readings = new TypedTextReadings('copilot-v1');
    for (const text of ['tenants', 'copilot summary @a @b', 'copilt sumary']) {
      const first = readings.read(text);
      expect(readings.read(text)).not.toBe(first);
      expect(readings.read(text)).toEqual(first);
    }
  });
});
