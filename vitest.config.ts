import { defineConfig } from 'vitest/config';

// Two projects: `unit` imports the sources and runs in-process (rules, lexicons, schema, pipeline);
// `cli` spawns bin/extract.js or worker threads and needs dist/ (npm test builds it when stale).
// `npm run test:unit` is the one to run often; `npm test` runs both.
const slow = ['tests/cli.test.ts', 'tests/batch-cli.test.ts', 'tests/parallel.test.ts', 'tests/rules-cli.test.ts', 'tests/worker-pool.test.ts'];

export default defineConfig({
  test: {
    // compromise loads in ~1 s per isolated file; CLI tests spawn processes
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: slow } },
      { extends: true, test: { name: 'cli', include: slow } },
    ],
  },
});
