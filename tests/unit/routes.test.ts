import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listApiRoutes, matchRoute } from '../../cloud/server/routes'

describe('API routing', () => {
  const routes = listApiRoutes()

  it('maps files to Vercel-style routes, static before dynamic', () => {
    expect(matchRoute(routes, '/api/activities')?.route.file).toBe('activities/index.ts')
    expect(matchRoute(routes, '/api/activities/abc')).toMatchObject({ route: { file: 'activities/[id].ts' }, params: { id: 'abc' } })
    expect(matchRoute(routes, '/api/auth/demo-login')?.route.file).toBe('auth/demo-login.ts')
    expect(matchRoute(routes, '/api/activities/abc/extra')).toBeNull()
  })

  it('has a vercel.json route for every function file', () => {
    const vercel = JSON.parse(readFileSync(path.resolve(__dirname, '../../vercel.json'), 'utf8')) as { routes: { src: string; dest: string }[] }
    for (const route of routes) {
      const dest = `/cloud/api/${route.file}`
      expect(vercel.routes.some((r) => r.dest.split('?')[0] === dest)).toBe(true)
    }
  })
})
