/**
 * Postgres refuses U+0000 in text and jsonb ("invalid byte sequence", "unsupported Unicode escape
 * sequence"), so a NUL that reaches a query is a 500. Every request's query and body are searched
 * for one before any handler runs; the answer names where it sits (`q`, `note`, `items.3.title`).
 * Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findNulByte(value: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }]
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path || '(body)'
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) stack.push({ value: current[index], path: join(path, String(index)) })
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current)
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, child] = entries[index]!
        if (key.includes('\u0000')) return join(path, key.replace(/\u0000/g, '\\u0000'))
        stack.push({ value: child, path: join(path, key) })
      }
    }
  }
  return null
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key
}
