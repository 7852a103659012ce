/**
 * Longest suites first, so that when two or more workers run (3+ cores, or --maxWorkers=2) no long
 * suite starts last and runs alone at the end. (In band, on CI's 2 cores today, order does not
 * change the total.)
 *
 * Jest orders by the durations of the previous run only when its cache holds them; a fresh clone
 * would fall back to file size (the 94 s accessibility suite is a small file and started late).
 * Here a suite's seconds come from, in order: this machine's jest cache, `suite-seconds.json`
 * (measured on a full CI run; refresh with `npm run test:timings` after `npm test`), or, for a
 * suite neither knows yet, the median of its folder's known suites.
 * Suites that failed last time still go first, as with Jest's own sequencer.
 */
const path = require('node:path')
const Sequencer = require('@jest/test-sequencer').default

const ROOT = path.resolve(__dirname, '../..')
const MEASURED = require('./suite-seconds.json')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? 1 : sorted[Math.floor(sorted.length / 2)]
}

/** Known seconds per test folder (tests/e2e, tests/unit, …): the estimate for a new suite there. */
const FOLDER_MEDIAN = (() => {
  const byFolder = new Map()
  for (const [file, seconds] of Object.entries(MEASURED)) {
    const folder = path.dirname(file)
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), seconds])
  }
  return new Map([...byFolder].map(([folder, values]) => [folder, median(values)]))
})()

class LongestFirstSequencer extends Sequencer {
  seconds(test) {
    const cached = this.time(test)
    if (cached != null) return cached / 1000
    const file = path.relative(ROOT, test.path).split(path.sep).join('/')
    return MEASURED[file] ?? FOLDER_MEDIAN.get(path.posix.dirname(file)) ?? 1
  }

  sort(tests) {
    const seconds = new Map(tests.map((test) => [test.path, this.seconds(test)]))
    return [...tests].sort((a, b) => {
      const failedA = this.hasFailed(a)
      if (failedA !== this.hasFailed(b)) return failedA ? -1 : 1
      return seconds.get(b.path) - seconds.get(a.path) || (a.path < b.path ? -1 : 1)
    })
  }
}

module.exports = LongestFirstSequencer
