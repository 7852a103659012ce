import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listApiRoutes, matchRoute } from '../../cloud/server/routes'
import { buildVercelConfig } from '../../cloud/server/vercel-config'

describe('API routing', () => {
  const routes = listApiRoutes()

  it('maps files to Vercel-style routes, static before dynamic', () => {
    expect(matchRoute(routes, '/api/activities')?.route.file).toBe('activities/index.ts')
    expect(matchRoute(routes, '/api/activities/abc')).toMatchObject({ route: { file: 'activities/[id]/index.ts' }, params: { id: 'abc' } })
    expect(matchRoute(routes, '/api/activities/day-counts')?.route.file).toBe('activities/day-counts.ts')
    expect(matchRoute(routes, '/api/activities/abc/roster')).toMatchObject({ route: { file: 'activities/[id]/roster.ts' }, params: { id: 'abc' } })
    expect(matchRoute(routes, '/api/auth/demo-login')?.route.file).toBe('auth/demo-login.ts')
    expect(matchRoute(routes, '/api/activities/abc/extra')).toBeNull()
  })

  it('keeps vercel.json in step with cloud/api (regenerate with npm run vercel:config)', () => {
    const vercel = JSON.parse(readFileSync(path.resolve(__dirname, '../../vercel.json'), 'utf8')) as unknown
    expect(vercel).toEqual(buildVercelConfig())
  })

  it('routes every function file in vercel.json, dynamic segments as query parameters', () => {
    const config = buildVercelConfig() as { routes: { src?: string; dest?: string }[] }
    for (const route of routes) expect(config.routes.some((r) => r.dest?.split('?')[0] === `/cloud/api/${route.file}`)).toBe(true)
    const detail = config.routes.find((r) => r.dest?.startsWith('/cloud/api/activities/[id]/index.ts'))
    expect(detail).toEqual({ src: '/api/activities/(?<id>[^/]+)/?', dest: '/cloud/api/activities/[id]/index.ts?id=$id' })
  })
})
