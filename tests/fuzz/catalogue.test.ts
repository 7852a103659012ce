import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { API_DIR } from '../../cloud/server/routes'
import { listApiOperations, OPERATION_SPECS, queryReadsBeyondParams } from '../setup/api-catalogue'
import { readsQuery } from './fuzz-operations'

/**
 * The fuzz and the isolation matrix cover what cloud/api serves, read off its files: an endpoint
 * added without an entry in tests/setup/api-catalogue.ts fails here, by name.
 */
describe('the API catalogue', () => {
  const operations = listApiOperations()

  it('has an entry for every operation in cloud/api', () => {
    const missing = operations.filter((operation) => !OPERATION_SPECS[operation.key]).map((operation) => `${operation.key} (cloud/api/${operation.file})`)
    expect(missing).toEqual([])
  })

  it('has no entry for an operation that no longer exists', () => {
    const served = new Set(operations.map((operation) => operation.key))
    expect(Object.keys(OPERATION_SPECS).filter((key) => !served.has(key))).toEqual([])
  })

  it('reads methods off the files: a new file and a new method are found without anyone listing them', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xlf-catalogue-'))
    try {
      mkdirSync(path.join(dir, 'things'))
      writeFileSync(path.join(dir, 'things/[id].ts'), "export default defineHandler({\n  GET: async () => ({}),\n  DELETE: async () => ({}),\n})\n")
      writeFileSync(path.join(dir, 'things/index.ts'), "export default defineHandler({\n  POST: async () => ({}),\n}, { session: 'none' })\n")
      expect(listApiOperations(dir).map((operation) => operation.key)).toEqual(['DELETE /api/things/:id', 'GET /api/things/:id', 'POST /api/things'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('misses no method a handler file declares (counted a second, looser way)', () => {
    const declared = operations
      .filter((operation) => operation.method !== 'ANY')
      .map((operation) => operation.file)
      .filter((file, index, all) => all.indexOf(file) === index)
      .reduce((sum, file) => sum + (readFileSync(path.join(API_DIR, file), 'utf8').match(/\b(GET|POST|PUT|PATCH|DELETE)\s*:\s*async/g)?.length ?? 0), 0)
    expect(operations.filter((operation) => operation.method !== 'ANY')).toHaveLength(declared)
    expect(operations.length).toBeGreaterThanOrEqual(119)
  })

  it('finds no handler outside GET and DELETE that reads more than its path parameters from req.query (the fuzz lets query strings ride on bodies there)', () => {
    const offenders = operations.flatMap((operation) => {
      const spec = OPERATION_SPECS[operation.key]
      if (!spec || readsQuery(operation, spec) || operation.method === 'ANY') return []
      const reads = queryReadsBeyondParams(readFileSync(path.join(API_DIR, operation.file), 'utf8'), operation.method, operation.params)
      return reads.length > 0 ? [`${operation.key} reads ${reads.join(', ')}: give it an example query in tests/setup/api-catalogue.ts`] : []
    })
    expect(offenders).toEqual([])
  })

  it('sees a query read beyond the path parameters, per method', () => {
    const source = [
      'export default defineHandler({',
      '  GET: async (ctx) => list(parseInput(Z, ctx.req.query)),',
      '  POST: async (ctx) => save(parseInput(Z, { ...ctx.req.body, id: ctx.req.query.id })),',
      '  PUT: async (ctx) => save(parseInput(Z, { id: ctx.req.query.id, day: ctx.req.query?.day })),',
      '  PATCH: async ({ req }) => { const { query } = req; return save(query) },',
      '})',
    ].join('\n')
    expect(queryReadsBeyondParams(source, 'GET', ['id'])).toEqual(['req.query'])
    expect(queryReadsBeyondParams(source, 'POST', ['id'])).toEqual([])
    expect(queryReadsBeyondParams(source, 'PUT', ['id'])).toEqual(['day'])
    expect(queryReadsBeyondParams(source, 'PATCH', ['id'])).toEqual(['req.query'])
  })
})
