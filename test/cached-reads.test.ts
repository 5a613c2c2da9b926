/**
 * What the report service notes of an answer's reads (src/reports/cached-reads.ts), which decides whether
 * the bot may send the answer again: a read from cache holds while the same download is cached, fresh and
 * shown under the same tenant name; an answer that downloaded or read the directory is never reused.
 */
import { describe, expect, test } from 'vitest';
import { emptyReads, readsStillHold, recordReads } from '../src/reports/cached-reads.js';
import { startReportFixture } from './support/report-fixture.js';

const TTL_MS = 30 * 60_000;

describe('reads noted while an answer is made', () => {
  test('a download is not reusable; the same read from cache is, until the cache time has passed', async () => {
    const { service, clock } = await startReportFixture({ cacheTtlMs: TTL_MS });
    const downloaded = emptyReads();
    await recordReads(downloaded, () => service.getReport('activations'));
    expect(readsStillHold(downloaded)).toBe(false);

    const cached = emptyReads();
    await recordReads(cached, () => service.getReport('activations'));
    expect(readsStillHold(cached)).toBe(true);
    clock.advance(TTL_MS - 1);
    expect(readsStillHold(cached)).toBe(true);
    clock.advance(1);
    expect(readsStillHold(cached)).toBe(false);
  });

  test('a read from cache no longer holds once its tenant is renamed: the cards name the tenant', async () => {
    let name = 'Contoso';
    const { service } = await startReportFixture({ cacheTtlMs: TTL_MS, tenantName: () => name });
    await service.getReport('activations');
    const cached = emptyReads();
    await recordReads(cached, () => service.getReport('activations'));
    expect(readsStillHold(cached)).toBe(true);
    name = 'Contoso Ltd';
    expect(readsStillHold(cached)).toBe(false);
  });

  test('the subscribed SKUs hold while fresh; an answer that read the directory is never reused', async () => {
    const { service, clock } = await startReportFixture({ cacheTtlMs: TTL_MS });
    await service.getSubscribedSkus();
    const skus = emptyReads();
    await recordReads(skus, () => service.getSubscribedSkus());
    expect(readsStillHold(skus)).toBe(true);

    const directory = emptyReads();
    await recordReads(directory, async () => {
      await service.getReport('activations');
      await service.getReport('activations');
      await service.getDirectory();
    });
    expect(readsStillHold(directory)).toBe(false);

    clock.advance(TTL_MS);
    expect(readsStillHold(skus)).toBe(false);
  });
});
