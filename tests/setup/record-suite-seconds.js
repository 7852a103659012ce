/**
 * `npm run test:timings`: writes each suite's wall seconds from the last `npm test`
 * (tests/.artifacts/jest.json) to tests/setup/suite-seconds.json, longest first, for
 * tests/setup/test-sequencer.js to start the longest suites first on a fresh clone.
 */
const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.resolve(__dirname, '../..')
const report = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/.artifacts/jest.json'), 'utf8'))
const seconds = report.testResults
  // Keyed from the repository's tests/ folder, so a report written by another clone (CI's) maps onto this one.
  .map((suite) => [suite.name.split(path.sep).join('/').replace(/^.*\/(tests\/)/, '$1'), Math.round((suite.endTime - suite.startTime) / 100) / 10])
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
fs.writeFileSync(path.join(__dirname, 'suite-seconds.json'), `${JSON.stringify(Object.fromEntries(seconds), null, 1)}\n`)
console.log(`suite-seconds.json: ${seconds.length} suites, ${seconds.reduce((sum, [, s]) => sum + s, 0).toFixed(0)} s in all; longest ${seconds[0][0]} ${seconds[0][1]} s`)
