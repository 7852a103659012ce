import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Socket } from 'node:net'
import type { VercelRequest, VercelResponse } from '@vercel/node'
import type { TApiError } from '../../types/api/common'
import { AppError, ERROR_CODES } from '../lib/errors/app-error'
import { logWhenFinished } from '../lib/http/request-log'
import { sendError } from '../lib/http/send-error'
import type { LocalPhotoStorage } from '../lib/storage/local-photo-storage'
import { assertSafeObjectPath } from '../lib/storage/photo-storage'
import { API_DIR, decodePathSegment, listApiRoutes, matchRoute } from './routes'

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

  const server = createServer((rawReq, rawRes) => {
    const res = toVercelResponse(rawRes)
    // Nothing a client sends may throw out of this listener: that would end the whole process.
    try {
      const url = parseRequestUrl(rawReq.url)
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        void serveApi(rawReq, res, url).catch((error: unknown) => sendError(res, error))
        return
      }
      const storage = options.storage?.()
      if (storage && url.pathname.startsWith('/_storage/')) {
        // The signed-URL token is in the query string, which routeOf never logs.
        logWhenFinished(rawReq, res)
        void serveStorage(storage, rawReq, res, url).catch((error: unknown) => sendError(res, error))
        return
      }
      serveStatic(options.staticDir, url.pathname, rawReq, rawRes)
    } catch (error) {
      sendError(res, error)
    }
  })
  server.on('clientError', answerClientError)
  // Node's 5 s idle timeout races keep-alive clients: a client reuses a socket the server is
  // closing at that moment and gets ECONNRESET (bench:soak saw it under load, where the client's
  // own 1 s margin is eaten by a busy event loop). 65 s, as load balancers use; headers must wait longer.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  return server

  async function serveApi(rawReq: IncomingMessage, res: VercelResponse, url: URL): Promise<void> {
    const found = matchRoute(routes, url.pathname)
    if (!found) {
      // No function answers it: log it here (a handler logs its own requests, see define-handler).
      logWhenFinished(rawReq, res)
      throw new AppError('route_not_found')
    }
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
  const objectPath = decodePathSegment(match?.[2] ?? '')
  // Before the token: a path that could never be ours (`..`, odd characters) is bad input, a 400.
  if (match) assertSafeObjectPath(objectPath)
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
  // Single use, like Supabase's signed upload URLs: an object that exists is never replaced.
  await storage.writeOnce(objectPath, bytes)
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
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeCookieValue(part.slice(index + 1).trim())
  }
  return cookies
}

function parseRequestUrl(raw: string | undefined): URL {
  try {
    return new URL(raw ?? '/', 'http://localhost')
  } catch (error) {
    throw new AppError('bad_request', { cause: error, detail: 'unparsable request target' })
  }
}

/** A cookie we never set may hold any bytes: keep it as sent rather than fail the request. */
function decodeCookieValue(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Requests Node refuses before any handler sees them: a request line or headers beyond
 * maxHeaderSize (a 1 MB query string) get 431, anything unparsable 400 — both with the API's JSON
 * `{code, message}` instead of Node's bare status line.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const code = error.code === 'HPE_HEADER_OVERFLOW' ? 'request_too_large' : 'bad_request'
  const { status, message } = ERROR_CODES[code]
  const body: TApiError = { code, message }
  const json = JSON.stringify(body)
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${json}`,
  )
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
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad Request: malformed percent-encoding')
    return
  }
  let file = path.resolve(root, `.${decoded}`)
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
