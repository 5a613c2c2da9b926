import { defineConfig } from 'vitest/config';

// `npm run test:scale`: several real bot processes against one Azurite and one Graph emulator (issue 12's
// multi-instance guarantees). Apart from `npm test` because each test starts three or four processes and
// takes tens of seconds; .ci/run runs it.
export default defineConfig({
  test: {
    include: ['test/scale/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
