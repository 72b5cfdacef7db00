import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web app's .tsx (React's automatic runtime, as tsconfig.web.json), for component tests rendered on the server.
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    // Guards against hangs, not speed checks (speeds are measured in npm run bench): browser
    // journeys on a busy 2-core machine can take tens of seconds.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The worlds' databases start from templates prepared once per run.
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
