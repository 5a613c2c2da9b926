import { defineConfig } from 'vitest/config';

// `npm test` type-checks once, with `tsc --noEmit` before this run: tsconfig.json includes test/, so the
// type-level tests (`test/*.test-d.ts`: expectTypeOf, @ts-expect-error) fail that step when they break.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/deploy/**', 'test/scale/**'],
    testTimeout: 20_000,
  },
});
