import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // compromise loads in ~1 s per isolated file; CLI tests spawn processes
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
