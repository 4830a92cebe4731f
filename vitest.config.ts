import { defineConfig } from 'vitest/config';

/**
 * Tests whose verdict depends on a server answering in time: they run one file at a time with the
 * integration tests. (Run in parallel with each other on two loaded cores, the smoke-test gate's
 * Django and fault-server files made the old-version test miss answers the server had sent.)
 */
const SERIAL = ['actions/smoke-test-gate/src/run.test.ts', 'actions/smoke-test-gate/src/faults.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'actions/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: SERIAL,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts', ...SERIAL],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
