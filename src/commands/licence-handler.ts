/**
 * `copilot licenses [period]`: Copilot seats bought, assigned and used, idle seats and what they cost.
 * Aggregates only, so it answers wherever it is asked; the reclaim list behind it stays per-user.
 */
import { toIsoDate } from '../clock.js';
import { readCopilotLicences } from '../reports/copilot-licences.js';
import type { Command } from './command.js';
import type { Handler } from './handler-context.js';
import { copilotLicensesActions } from './neighbour-actions.js';
import { freshnessOf } from '../reports/report-freshness.js';

/** Licences from subscribedSkus, usage from the Copilot user detail for the period. */
export const handleCopilotLicenses: Handler<Extract<Command, { name: 'copilot-licenses' }>> = async (command, _context, deps) => {
  const settings = deps.licences ?? { extraSkuIds: [] };
  const reading = await readCopilotLicences(deps.reports, command.period, toIsoDate(deps.clock.now()), settings);
  const period = reading.usageMeta.period ?? '';
  return {
    messages: [
      {
        view: 'copilot-licenses',
        model: {
          period,
          freshness: freshnessOf(reading.usageMeta),
          licenceSource: reading.licenceMeta,
          licences: reading.licences,
          extraSkuIds: settings.extraSkuIds,
          actions: copilotLicensesActions(period, reading.licences.skus.length > 0),
        },
      },
    ],
  };
};
