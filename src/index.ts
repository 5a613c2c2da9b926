/**
 * Composition root for `npm start`: configuration → report stack (Graph or the built-in emulator).
 * Until the chat bot lands, starting the product means serving the report data: the emulator stays
 * up on loopback and the report CLI can be pointed at it.
 */
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startReportStack } from './report-stack.js';

const logger = createLogger();

async function main(): Promise<void> {
  const config = loadConfig();
  const stack = await startReportStack(config, logger);
  const summary = await stack.service.getReport('copilot-summary');
  const lines = [
    `m365-usage-bot report service is up on ${stack.service.status().source} (${stack.graphUrl}).`,
    `Copilot summary ${summary.meta.period}: ${summary.meta.rowCount} row(s), data as of ${summary.meta.refreshDate ?? 'n/a'}.`,
    '',
    'Try, in another terminal:',
    `  GRAPH_BASE_URL=${stack.graphUrl} npm run report -- copilot-summary D30`,
    `  GRAPH_BASE_URL=${stack.graphUrl} npm run report -- groups D7 --format csv`,
    '',
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = async () => {
    await stack.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.error('configuration refused', { variable: error.variable, reason: error.message });
  else logger.error('start-up failed', { reason: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
