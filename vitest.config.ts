import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (`main`) and ESM (`module`) builds without an `exports` map. Node
    // loads the CommonJS one for our dependencies; Vite would give our own code the ESM one, and
    // two graphql instances refuse each other's types. Pin everything to the build Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A worker runs test file after test file without re-importing the source for each one: no test
    // mocks a module, stubs the environment or a global, or uses fake timers, and every server a
    // test starts is its own instance on its own port, so nothing a file leaves behind is read by
    // the next. Measured on 2 busy cores (load ≈ 19), paired runs: `npx vitest run test/emulator`
    // 124.9 s → 55.7 s; `npx vitest run test/twilio test/loaders` 148.8 s → 105.6 s.
    isolate: false,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]],
  },
});
