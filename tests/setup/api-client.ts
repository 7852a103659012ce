/** Tiny HTTP client for API tests: real requests to the real local server. */
export function apiUrl(path: string): string {
  const base = process.env.TEST_API_URL
  if (!base) throw new Error('TEST_API_URL is not set: run the tests through jest (globalSetup starts the server)')
  return `${base}${path}`
}

export async function api(
  path: string,
  options: { method?: string; body?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json'
  const response = await fetch(apiUrl(path), {
    method: options.method ?? (options.body !== undefined || options.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // non-JSON bodies stay text; tests assert on that where it matters
  }
  return { status: response.status, body }
}
