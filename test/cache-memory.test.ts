import { describe, expect, test } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { CacheMemoryLimit } from '../src/reports/cache-memory.js';
import { ReportCache } from '../src/reports/report-cache.js';
import { scratchFolder } from './support/scratch-folder.js';

/** A cache entry whose snapshot takes `chars` characters as JSON. */
function entry(key: string, chars: number) {
  return { key, rows: { format: 'csv' as const }, meta: {}, snapshot: { text: 'x'.repeat(chars) }, validatedAt: 0 };
}

describe("one memory bound for every tenant's report cache", () => {
  test('past the bound the least recently used entries go, whichever tenant holds them; the entry just stored stays', () => {
    const memory = new CacheMemoryLimit(10_000);
    const contoso = new ReportCache<object, object>({ maxEntries: 32, logger: silentLogger, parentFolder: scratchFolder(), memory });
    const fabrikam = new ReportCache<object, object>({ maxEntries: 32, logger: silentLogger, parentFolder: scratchFolder(), memory });
    contoso.commit(entry('copilot-summary D30', 3_000));
    fabrikam.commit(entry('copilot-summary D30', 3_000));
    contoso.commit(entry('groups D30', 3_000));
    // Contoso's summary was asked for again: Fabrikam's is now the oldest.
    expect(contoso.get('copilot-summary D30')).toBeDefined();
    fabrikam.commit(entry('activations', 3_000));
    expect(fabrikam.get('copilot-summary D30')).toBeUndefined();
    expect(contoso.list().map((kept) => kept.key)).toEqual(['groups D30', 'copilot-summary D30']);
    expect(memory.bytes).toBeLessThanOrEqual(10_000);

    const huge = new ReportCache<object, object>({ maxEntries: 32, logger: silentLogger, parentFolder: scratchFolder(), memory });
    huge.commit(entry('copilot-users D180', 50_000));
    expect(huge.get('copilot-users D180')).toBeDefined();
    expect([...contoso.list(), ...fabrikam.list()]).toEqual([]);
  });

  test('entries a cache drops itself (replaced, beyond its own count, cleared) stop counting', async () => {
    const memory = new CacheMemoryLimit(1_000_000);
    const cache = new ReportCache<object, object>({ maxEntries: 2, logger: silentLogger, parentFolder: scratchFolder(), memory });
    cache.commit(entry('a', 1_000));
    cache.commit(entry('a', 2_000));
    cache.commit(entry('b', 1_000));
    cache.commit(entry('c', 1_000));
    expect(cache.list().map((kept) => kept.key)).toEqual(['b', 'c']);
    expect(memory.bytes).toBeGreaterThanOrEqual(2_000);
    expect(memory.bytes).toBeLessThan(3_000);
    await cache.clear();
    expect(memory.bytes).toBe(0);
  });
});
