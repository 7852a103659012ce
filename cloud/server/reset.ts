import { rm } from 'node:fs/promises'
import path from 'node:path'
import { defaultDataDir, reachableDataDir } from './embedded-db'

/** `npm run reset`: delete local data (database and stored photos); the next start seeds afresh. */
async function main(): Promise<void> {
  const dataDir = process.env.DATA_DIR ?? defaultDataDir()
  await rm(dataDir, { recursive: true, force: true })
  // The database may live under /var/tmp when the project dir is not reachable by the postgres user.
  await rm(reachableDataDir(path.join(dataDir, 'pg')), { recursive: true, force: true })
  console.log(`Local data removed (${dataDir}). Stop any running \`npm start\` first; the next start seeds again.`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
