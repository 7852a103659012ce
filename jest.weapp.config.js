/**
 * Mini-program component tests: native custom components rendered by miniprogram-simulate
 * (WeChat's own wcc/wcsc compilers) in jsdom. Runs alone (`npx jest -c jest.weapp.config.js`)
 * and as the `weapp` project of jest.config.js.
 */
module.exports = {
  rootDir: __dirname,
  displayName: 'weapp',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
  // The component's index.js is an ES module (Taro bundles it with webpack), importing shared TS.
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, target: 'ES2020' },
      },
    ],
  },
  snapshotSerializers: ['miniprogram-simulate/jest-snapshot-plugin'],
}
