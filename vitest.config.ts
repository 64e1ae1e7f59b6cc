import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['test/support/global-tmp.ts'],
    // Tests judge by the embedded corpus, the same on every machine; the law library (../shared/laws) is measured by
    // the evaluation test on its own (test/eval/eval.test.ts), where it is at hand.
    env: { BEISHEN_LAW_LIBRARY: 'none' },
  },
});
