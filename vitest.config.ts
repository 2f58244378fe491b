import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: files run in parallel forks, and integration tests spawn their own children.
    pool: 'forks',
    reporters: ['default', './tests/summaryReporter.ts'],
  },
});
