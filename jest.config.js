/**
 * One `jest` run covers every layer. A single local server (embedded Postgres, migrated and seeded)
 * is started in globalSetup and shared: db tests use its DATABASE_URL, api and e2e tests its URL.
 */
const tsJest = [
  'ts-jest',
  {
    tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node', jsx: 'react-jsx', esModuleInterop: true, target: 'ES2020' },
  },
]
// Code under test runs inside jest's vm, where every read of a global like Math goes through the
// sandbox's global object: a hot pixel loop calling Math.abs ran ~100x slower than in Node (the photo
// checks' clarity measures took 1.2 s instead of 0.1 s). Injected, Math is a local of each module.
const base = { testEnvironment: 'node', transform: { '^.+\\.tsx?$': tsJest }, sandboxInjectedGlobals: ['Math'] }

const fs = require('node:fs')
const weapp = fs.existsSync(`${__dirname}/jest.weapp.config.js`) ? [require('./jest.weapp.config.js')] : []

module.exports = {
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  // Longest suites first whenever two or more workers run (measured seconds in tests/setup/suite-seconds.json; a fresh
  // clone has no timing cache, and Jest would fall back to file size).
  testSequencer: '<rootDir>/tests/setup/test-sequencer.js',
  // maxWorkers stays Jest's default, a worker fewer than the cores: on CI's 2 cores that is 1, every suite in band
  // (the last full run: 712 s of suites in 713 s). Two workers ran the 20 e2e files in 460 s instead of 799 s, but the
  // suites share one server: a suite calling /api/cron/tick closed the open check-ins another suite's export was
  // asserting (tests/api/campaign-exports.test.ts failed with 2 workers, passes alone). Each worker needs a server of
  // its own before the default can be raised.
  testTimeout: 60000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...base, displayName: 'db', testMatch: ['<rootDir>/tests/db/**/*.test.ts'] },
    { ...base, displayName: 'api', testMatch: ['<rootDir>/tests/api/**/*.test.ts'] },
    // Generated malformed requests against every operation of cloud/api (fast-check, fixed seed; FUZZ_SEED to vary).
    { ...base, displayName: 'fuzz', testMatch: ['<rootDir>/tests/fuzz/**/*.test.ts'] },
    // onnxruntime-node builds its arrays outside jest's sandbox: tests/photo uses an environment that shares them.
    { ...base, displayName: 'photo', testEnvironment: '<rootDir>/tests/photo/node-environment.js', testMatch: ['<rootDir>/tests/photo/**/*.test.ts'] },
    // Faults survived (issue 12): servers of their own with a database that restarts, storage that fails, a worker killed.
    { ...base, displayName: 'faults', testMatch: ['<rootDir>/tests/faults/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] },
    ...weapp.map((config) => ({ ...config, rootDir: __dirname })),
  ],
}
