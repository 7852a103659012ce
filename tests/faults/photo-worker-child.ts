/**
 * A photo-check worker in a process of its own, as a serverless function or the tick runs one:
 * `node --import tsx tests/faults/photo-worker-child.ts <workerId> [waitSeconds]` with DATABASE_URL
 * and DATA_DIR set. Loads the real engines, prints ENGINES, then takes the next job with the
 * product's own runPhotoCheckOnce (waiting up to waitSeconds for one), prints CHECKING when it
 * starts checking and RESULT <json> at the end.
 */
import { getPhotoStorage } from '../../cloud/lib/storage/get-photo-storage'
import { loadPhotoEngines } from '../../cloud/lib/photo-check/engines'
import { runPhotoCheckOnce } from '../../cloud/lib/photo-check/photo-check-jobs'
import { closeSql } from '../../cloud/lib/db/client'

async function main(): Promise<void> {
  const [workerId, waitText] = process.argv.slice(2)
  if (!workerId) throw new Error('usage: photo-worker-child.ts <workerId> [waitSeconds]')
  const engines = await loadPhotoEngines()
  console.log('ENGINES')
  const end = Date.now() + Number(waitText ?? 0) * 1000
  for (;;) {
    const result = await runPhotoCheckOnce({
      storage: getPhotoStorage(),
      workerId,
      // Called once the job is claimed and its photo read: the check itself starts now.
      engines: async () => {
        console.log('CHECKING')
        return engines
      },
    })
    if (result.status !== 'idle' || Date.now() > end) {
      console.log(`RESULT ${JSON.stringify(result)}`)
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await closeSql()
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
