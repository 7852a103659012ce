import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { AppError } from '../lib/errors/app-error'

export const API_DIR = path.resolve(__dirname, '../api')

export type TRoute = {
  /** File relative to cloud/api, e.g. `activities/[id].ts`. */
  file: string
  /** URL pattern, e.g. `/api/activities/:id`. */
  pattern: string
  regex: RegExp
  params: string[]
}

/**
 * Vercel's filesystem routing for cloud/api: `index.ts` serves its folder, `[name].ts` is a
 * dynamic segment whose value arrives in `req.query.name`. Static routes win over dynamic ones.
 */
export function listApiRoutes(dir: string = API_DIR): TRoute[] {
  const routes: TRoute[] = []
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative))) {
      const rel = path.posix.join(relative, entry)
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel)
      else if (/\.ts$/.test(entry) && !/\.(test|d)\.ts$/.test(entry)) routes.push(toRoute(rel))
    }
  }
  walk('')
  return routes.sort((a, b) => a.params.length - b.params.length || b.pattern.length - a.pattern.length)
}

function toRoute(file: string): TRoute {
  const segments = file.replace(/\.ts$/, '').split('/').filter((segment) => segment !== 'index')
  const params: string[] = []
  const regexParts = segments.map((segment) => {
    const dynamic = /^\[(\w+)\]$/.exec(segment)
    if (!dynamic?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    params.push(dynamic[1])
    return '([^/]+)'
  })
  const pattern = ['/api', ...segments.map((segment) => segment.replace(/^\[(\w+)\]$/, ':$1'))].join('/')
  return { file, pattern, params, regex: new RegExp(`^/api${regexParts.map((part) => `/${part}`).join('')}/?$`) }
}

export function matchRoute(routes: TRoute[], pathname: string): { route: TRoute; params: Record<string, string> } | null {
  for (const route of routes) {
    const match = route.regex.exec(pathname)
    if (!match) continue
    const params: Record<string, string> = {}
    route.params.forEach((name, index) => {
      params[name] = decodePathSegment(match[index + 1] ?? '')
    })
    return { route, params }
  }
  return null
}

/** `%` not followed by two hex digits (or bytes that are not UTF-8) is the client's mistake: a 400. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new AppError('bad_request', { userMessage: '链接地址格式不正确（含有无效的 % 编码），请检查后重试', detail: 'malformed percent-encoding' })
  }
}
