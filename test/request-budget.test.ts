import { describe, expect, test } from 'vitest';
import { RequestBudget } from '../src/reports/request-budget.js';
import { createFakeClock } from './support/fake-clock.js';

describe('RequestBudget', () => {
  test('allows the limit within the window, then refuses saying when the next request fits', () => {
    const clock = createFakeClock('2026-11-22T09:00:00Z');
    const budget = new RequestBudget(clock, 14, 600_000);
    for (let i = 0; i < 14; i++) {
      budget.spend('getOffice365ActivationsUserCounts');
      clock.advance(10_000);
    }
    let refusal: unknown;
    try {
      budget.spend('getOffice365ActivationsUserCounts');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: 'BUDGET_EXHAUSTED',
      retryAt: Date.parse('2026-11-22T09:10:00Z'),
      message:
        'The bot has already asked Graph for getOffice365ActivationsUserCounts 14 times in the last 10 minutes, the most Graph allows. It will ask again from 09:10 UTC.',
    });
    expect(budget.usage('getOffice365ActivationsUserCounts')).toMatchObject({ used: 14, limit: 14 });
  });

  test('keys are separate, and requests leave the window after ten minutes', () => {
    const clock = createFakeClock('2026-11-22T09:00:00Z');
    const budget = new RequestBudget(clock, 2, 600_000);
    budget.spend('a');
    budget.spend('a');
    budget.spend('b');
    expect(() => budget.spend('a')).toThrow(/2 times/);
    clock.advance(600_000);
    expect(() => budget.spend('a')).not.toThrow();
    expect(budget.usage('a')).toEqual({ key: 'a', used: 1, limit: 2, freeAt: undefined });
  });
});
