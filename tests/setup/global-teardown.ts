import { rmSync } from 'node:fs'

/** Stops the shared local server (and with it embedded Postgres), then removes its data. */
export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__LOCAL_SERVER__
  if (child?.pid && child.exitCode === null) {
    child.kill('SIGTERM')
    const deadline = Date.now() + 10_000
    while (isAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    if (isAlive(child.pid)) child.kill('SIGKILL')
  }
  if (process.env.TEST_DATA_DIR) rmSync(process.env.TEST_DATA_DIR, { recursive: true, force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
