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
  // Longest suites first (measured seconds in tests/setup/suite-seconds.json): CI is a fresh clone, without Jest's timing cache.
  testSequencer: '<rootDir>/tests/setup/test-sequencer.js',
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
