import { Readable } from 'node:stream'
import JSZip from 'jszip'

export type TZipEntry = { name: string; date: Date; read: () => Promise<Buffer> }

/** Files read ahead of the one being written: enough to hide a storage round trip, bounded memory. */
const READ_AHEAD = 4

/**
 * A zip of many stored files without holding them all: each entry is a stream JSZip pulls when it
 * reaches it, and only the next few files are read ahead (READ_AHEAD), so memory holds the archive
 * being built plus a handful of pictures — never every picture twice. Stored, not deflated: JPEGs
 * do not compress. Resolves with the archive's bytes (what storeExport takes).
 */
export async function buildZip(entries: TZipEntry[]): Promise<Buffer> {
  const pending = new Map<number, Promise<Buffer>>()
  const fetch = (index: number): Promise<Buffer> => {
    let promise = pending.get(index)
    if (!promise) {
      const entry = entries[index]
      promise = entry ? entry.read() : Promise.resolve(Buffer.alloc(0))
      // Read ahead errors surface when the entry is written, not as an unhandled rejection.
      promise.catch(() => undefined)
      pending.set(index, promise)
    }
    return promise
  }
  const zip = new JSZip()
  entries.forEach((entry, index) => {
    let started = false
    const stream = new Readable({
      read() {
        if (started) return
        started = true
        for (let ahead = index + 1; ahead <= index + READ_AHEAD && ahead < entries.length; ahead += 1) void fetch(ahead)
        fetch(index).then(
          (bytes) => {
            pending.delete(index)
            this.push(bytes)
            this.push(null)
          },
          (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
        )
      },
    })
    zip.file(entry.name, stream, { binary: true, date: entry.date })
  })
  const output = zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE', platform: 'UNIX' })
  const chunks: Buffer[] = []
  await new Promise<void>((resolve, reject) => {
    output.on('data', (chunk: Buffer) => chunks.push(chunk))
    output.on('end', () => resolve())
    output.on('error', reject)
  })
  return Buffer.concat(chunks)
}
