import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { API_DIR, listApiRoutes } from '../../cloud/server/routes'

/**
 * vercel.json as Vercel reads it (issue 12, "Deployment"): every function under cloud/api is built
 * with @vercel/node and reached — the first route matching a request to it leads to it, not to an
 * earlier route or the JSON 404 — and every scheduled function under cloud/api/cron is in `crons`
 * with a valid schedule that routes to it.
 */
type TVercel = {
  builds: Array<{ src: string; use: string }>
  routes: Array<{ src?: string; dest?: string; handle?: string }>
  crons?: Array<{ path: string; schedule: string }>
}

const vercel = JSON.parse(readFileSync(path.resolve(__dirname, '../../vercel.json'), 'utf8')) as TVercel

/** Every .ts function file under cloud/api, read from the disk (not from the generator under test). */
function functionFiles(dir: string = API_DIR, prefix = ''): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    const rel = prefix ? `${prefix}/${entry}` : entry
    if (statSync(full).isDirectory()) return functionFiles(full, rel)
    return /\.ts$/.test(entry) && !/\.(test|d)\.ts$/.test(entry) ? [rel] : []
  })
}

/** The function Vercel runs for `pathname`: the first route whose src matches (routes are anchored). */
function routedFile(pathname: string): string | null {
  for (const route of vercel.routes) {
    if (route.handle || !route.src) continue
    if (new RegExp(`^${route.src}$`).test(pathname)) return route.dest?.split('?')[0]?.replace(/^\/cloud\/api\//, '') ?? null
  }
  return null
}

/** A concrete request path for a function file: dynamic segments filled in. */
function samplePath(file: string): string {
  const segments = file.replace(/\.ts$/, '').split('/').filter((s) => s !== 'index')
  return ['/api', ...segments.map((s) => (/^\[\w+\]$/.test(s) ? '6f1c2a4e-9b0d-4c3e-8a7f-1b2c3d4e5f60' : s))].join('/')
}

describe('vercel.json', () => {
  const files = functionFiles()

  it('builds every function under cloud/api with @vercel/node', () => {
    expect(files.length).toBeGreaterThan(50)
    const built = new Set(vercel.builds.filter((b) => b.use === '@vercel/node').map((b) => b.src))
    expect(files.filter((file) => !built.has(`cloud/api/${file}`))).toEqual([])
    // And nothing built that is not there any more.
    expect([...built].filter((src) => !files.includes(src.replace(/^cloud\/api\//, '')))).toEqual([])
  })

  it('routes a request for every function to that function, with and without a trailing slash', () => {
    const wrong = files
      .filter((file) => file !== 'not-found.ts')
      .flatMap((file) => [samplePath(file), `${samplePath(file)}/`].filter((p) => routedFile(p) !== file).map((p) => `${p} → ${routedFile(p)} (want ${file})`))
    expect(wrong).toEqual([])
    expect(listApiRoutes().length).toBe(files.length)
  })

  it('answers unknown /api paths with the JSON 404 function, and the app for everything else', () => {
    expect(routedFile('/api/no/such/thing')).toBe('not-found.ts')
    const last = vercel.routes[vercel.routes.length - 1]
    expect(last).toEqual({ src: '/.*', dest: '/index.html' })
  })

  it('schedules every cron function the code has, each routed to it with a valid schedule', () => {
    const cronFiles = files.filter((file) => file.startsWith('cron/'))
    expect(cronFiles.length).toBeGreaterThan(0)
    const crons = vercel.crons ?? []
    for (const file of cronFiles) {
      const scheduled = crons.filter((cron) => routedFile(cron.path) === file)
      expect({ file, scheduled: scheduled.length }).toEqual({ file, scheduled: 1 })
    }
    for (const cron of crons) {
      expect(cron.path).toMatch(/^\/api\/cron\//)
      expect(routedFile(cron.path)).toMatch(/^cron\//)
      // Five fields; Vercel's Hobby plan runs only daily schedules, ours needs Pro (README says so).
      expect(cron.schedule.split(' ')).toHaveLength(5)
      expect(cron.schedule).toMatch(/^[\d*/,-]+( [\d*/,-]+){4}$/)
    }
    // The cron function checks Vercel's CRON_SECRET itself.
    for (const file of cronFiles) expect(readFileSync(path.join(API_DIR, file), 'utf8')).toContain('CRON_SECRET')
  })
})
