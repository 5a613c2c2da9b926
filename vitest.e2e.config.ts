import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the bot and the Agents Playground (started once, in global setup) driven in
// headless Chromium. Files run one after another against the same bot and Playground.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
