import { defineConfig } from 'vitest/config';

// Two projects: `unit` (fast, Node or happy-dom) and `browser` (real Chromium with the built extension;
// run after `npm run build`). `npm test` runs both.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'cli/**/*.test.ts',
            'page/**/*.test.ts',
            'protocol/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          environment: 'node',
          // One file at a time: the linear-time checks in properties.test.ts compare timings, and the CLI
          // tests' worker threads running beside them on a 2-core machine skewed those (seen as rare failures).
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
