import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { VercelRequest, VercelResponse } from '@vercel/node'
import { AppError } from '../lib/errors/app-error'
import { sendError } from '../lib/http/send-error'
import type { LocalPhotoStorage } from '../lib/storage/local-photo-storage'
import { API_DIR, listApiRoutes, matchRoute } from './routes'

/** Vercel caps request bodies at 4.5 MB; the local server refuses the same. */
const MAX_BODY_BYTES = 4.5 * 1024 * 1024
/** Photos go to storage, not to functions: up to 20 MB each. */
const MAX_PHOTO_BYTES = 20 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
}

type TVercelHandler = (req: VercelRequest, res: VercelResponse) => unknown

/**
 * One Node process serving the same cloud/api handlers Vercel runs (with Vercel's request and
 * response helpers) and the H5 build. Used by `npm start` and by the tests.
 */
export function createLocalServer(
  options: { staticDir?: string; apiDir?: string; storage?: () => LocalPhotoStorage | null } = {},
): Server {
  const routes = listApiRoutes(options.apiDir ?? API_DIR)
  const loaded = new Map<string, Promise<TVercelHandler>>()
  const load = (file: string): Promise<TVercelHandler> => {
    let handler = loaded.get(file)
    if (!handler) {
      handler = import(path.join(options.apiDir ?? API_DIR, file)).then((module: { default?: unknown }) => {
        const exported = typeof module.default === 'function' ? module.default : (module.default as { default?: unknown })?.default
        if (typeof exported !== 'function') throw new Error(`${file} has no default export handler`)
        return exported as TVercelHandler
      })
      loaded.set(file, handler)
    }
    return handler
  }

  return createServer((rawReq, rawRes) => {
    const res = toVercelResponse(rawRes)
    const url = new URL(rawReq.url ?? '/', 'http://localhost')
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      void serveApi(rawReq, res, url).catch((error: unknown) => sendError(res, error))
      return
    }
    const storage = options.storage?.()
    if (storage && url.pathname.startsWith('/_storage/')) {
      void serveStorage(storage, rawReq, res, url).catch((error: unknown) => sendError(res, error))
      return
    }
    serveStatic(options.staticDir, url.pathname, rawReq, rawRes)
  })

  async function serveApi(rawReq: IncomingMessage, res: VercelResponse, url: URL): Promise<void> {
    const found = matchRoute(routes, url.pathname)
    if (!found) throw new AppError('route_not_found')
    const query: Record<string, string | string[]> = {}
    for (const key of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(key)
      query[key] = values.length > 1 ? values : (values[0] ?? '')
    }
    Object.assign(query, found.params)
    const body = await readBody(rawReq)
    const req = Object.assign(rawReq, { query, body, cookies: parseCookies(rawReq.headers.cookie) }) as VercelRequest
    const handler = await load(found.route.file)
    await handler(req, res)
  }
}

/** The local stand-in for Supabase Storage's signed upload and download URLs. */
async function serveStorage(storage: LocalPhotoStorage, req: IncomingMessage, res: VercelResponse, url: URL): Promise<void> {
  const match = /^\/_storage\/(upload|object)\/(.+)$/.exec(url.pathname)
  const objectPath = decodeURIComponent(match?.[2] ?? '')
  const token = url.searchParams.get('token') ?? ''
  if (!match || !storage.verify(match[1] === 'upload' ? 'upload' : 'read', objectPath, token)) {
    throw new AppError('forbidden', { userMessage: '上传或下载链接无效或已过期' })
  }
  if (match[1] === 'object') {
    if (req.method !== 'GET') throw new AppError('method_not_allowed')
    const bytes = await storage.read(objectPath).catch(() => null)
    if (!bytes) throw new AppError('not_found')
    res.setHeader('Content-Type', CONTENT_TYPES[path.extname(objectPath).toLowerCase()] ?? 'application/octet-stream')
    // Like Supabase's signed URLs: `download=<name>` asks the browser to save under that name.
    const download = url.searchParams.get('download')
    if (download) res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(download)}`)
    res.status(200).send(bytes)
    return
  }
  if (req.method !== 'PUT' && req.method !== 'POST') throw new AppError('method_not_allowed')
  const bytes = await readRaw(req, MAX_PHOTO_BYTES)
  if (bytes.length === 0) throw new AppError('validation_failed', { userMessage: '文件是空的' })
  await storage.write(objectPath, bytes)
  res.status(200).json({ path: objectPath, size: bytes.length })
}

async function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new AppError('payload_too_large')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new AppError('payload_too_large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const raw = await readRaw(req, MAX_BODY_BYTES)
  if (raw.length === 0) return undefined
  const text = raw.toString('utf8')
  const type = String(req.headers['content-type'] ?? '')
  if (type.includes('application/json')) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new AppError('invalid_json')
    }
  }
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text))
  if (type.startsWith('text/')) return text
  throw new AppError('unsupported_media_type')
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {}
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=')
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim())
  }
  return cookies
}

function toVercelResponse(res: ServerResponse): VercelResponse {
  const vercel = res as VercelResponse
  vercel.status = (code: number) => {
    res.statusCode = code
    return vercel
  }
  vercel.json = (body: unknown) => {
    if (!res.getHeader('Content-Type')) res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(JSON.stringify(body))
    return vercel
  }
  vercel.send = (body: unknown) => {
    if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body)) return vercel.json(body)
    res.end(body as string | Buffer | undefined)
    return vercel
  }
  vercel.redirect = ((statusOrUrl: number | string, maybeUrl?: string) => {
    const [status, location] = typeof statusOrUrl === 'number' ? [statusOrUrl, maybeUrl ?? '/'] : [307, statusOrUrl]
    res.writeHead(status, { Location: location })
    res.end()
    return vercel
  }) as VercelResponse['redirect']
  return vercel
}

function serveStatic(staticDir: string | undefined, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Method Not Allowed')
    return
  }
  if (!staticDir || !existsSync(path.join(staticDir, 'index.html'))) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('H5 build missing: run `npm run build:h5`.')
    return
  }
  const root = path.resolve(staticDir)
  let file = path.resolve(root, `.${decodeURIComponent(pathname)}`)
  if (!file.startsWith(root)) {
    res.writeHead(403).end()
    return
  }
  if (!existsSync(file) || statSync(file).isDirectory()) {
    // The H5 app routes on the client: unknown page paths get the app shell, missing assets a 404.
    if (path.extname(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not Found')
      return
    }
    file = path.join(root, 'index.html')
  }
  const hashed = /[.-][0-9a-f]{8,}\.\w+$/.test(file)
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
}
