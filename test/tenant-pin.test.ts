import { describe, expect, test } from 'vitest';
import { pinTenant, readPinnedTenant } from '../src/bot/tenant-pin.js';

const TENANT = '3f1c2b7a-0000-4000-8000-00000000c0de';

/** A card as the views build it: text, a fact set, buttons in an action set and in the card's actions, one without a command. */
function card() {
  return {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: 'Copilot adoption · last 30 days' },
      { type: 'FactSet', facts: [{ title: 'Active', value: '1,234' }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Execute', title: 'D90', data: { command: 'copilot summary D90' } }] },
    ],
    actions: [
      { type: 'Action.Submit', title: 'CSV', data: { command: 'csv copilot summary D30' } },
      { type: 'Action.OpenUrl', title: 'Docs', url: 'https://example.com' },
      { type: 'Action.Submit', title: 'Free text', data: { note: 'no command' } },
    ],
  };
}

describe('pinTenant', () => {
  test("every button with a command carries the tenant, read back as it was pinned; the rest of the card is unchanged", () => {
    const original = card();
    const [activity] = pinTenant([{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: original }] }], TENANT);
    const pinned = activity!.attachments[0]!.content;
    const inBody = pinned.body[2] as { actions: { data: unknown }[] };

    expect(readPinnedTenant(inBody.actions[0]!.data)).toBe(TENANT);
    expect(readPinnedTenant(pinned.actions[0]!.data)).toBe(TENANT);
    expect(pinned.actions[0]!.data).toEqual({ command: 'csv copilot summary D30', tenant: TENANT });
    // A button that sends no command is no command button: it stays as it was.
    expect(pinned.actions[2]).toEqual(card().actions[2]);
    // Without the tenant on its buttons the card is what the view built.
    const unpinned = JSON.parse(JSON.stringify(pinned), (key, value: unknown) => (key === 'tenant' ? undefined : value)) as unknown;
    expect(unpinned).toEqual(card());
  });

  test('the cards handed in are not changed, so the same card can be pinned for another tenant', () => {
    const original = card();
    const other = '9a9a9a9a-0000-4000-8000-0000000000ff';
    const [forTenant] = pinTenant([{ attachments: [{ content: original }] }], TENANT);
    const [forOther] = pinTenant([{ attachments: [{ content: original }] }], other);

    expect(original).toEqual(card());
    expect(readPinnedTenant(forTenant!.attachments[0]!.content.actions[0]!.data)).toBe(TENANT);
    expect(readPinnedTenant(forOther!.attachments[0]!.content.actions[0]!.data)).toBe(other);
  });

  test('an activity without cards is passed on as it is', () => {
    const typing: { type: string; attachments?: { content?: unknown }[] } = { type: 'typing' };
    expect(pinTenant([typing], TENANT)).toEqual([typing]);
  });
});
