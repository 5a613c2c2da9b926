import { defineConfig } from 'vitest/config';

// `npm run test:deploy`: builds and stages the deployment (production dependencies only, installed from
// the lock file through the npm registry), then runs it as App Service does. Apart from `npm test`
// because it installs packages; .ci/run runs it on each Node version it tests.
export default defineConfig({
  test: {
    include: ['test/deploy/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
