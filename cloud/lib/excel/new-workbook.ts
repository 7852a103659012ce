import { PassThrough } from 'node:stream'
import type { stream, Workbook as TWorkbook } from 'exceljs'

/**
 * exceljs' Workbook class from its own module, not the package entry: the entry also loads the
 * streaming reader, whose dependency chain (unzipper → … → async-function) ships a "module-sync"
 * file that tsx (the local server, the CLIs and the benchmarks run under it) cannot load on
 * Node 20.19+. Reading a workbook (JSZip), writing one (archiver) and images need none of that.
 * Every workbook the product reads or writes comes from here.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookClass: typeof TWorkbook = require('exceljs/lib/doc/workbook')

export type TExcelWorkbook = TWorkbook

export function newWorkbook(): TExcelWorkbook {
  return new WorkbookClass()
}

/** The finished .xlsx file's bytes. */
export async function workbookBytes(workbook: TExcelWorkbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export type TStreamingWorkbook = InstanceType<typeof stream.xlsx.WorkbookWriter>

/**
 * exceljs' streaming writer, from its own module like the Workbook above (it needs archiver, not
 * the reader's chain, and loads under tsx): each row is written out when committed instead of
 * kept as a document, about three times faster for a sheet of tens of thousands of rows (30 000
 * rows × 12 columns: ~1.2 s against ~3.5 s, measured for the organisers' volunteer-hours sheet).
 * Rows must be added in order and committed; `finish()` commits the workbook and returns the file.
 */
export function newStreamingWorkbook(options: { styles?: boolean } = {}): { workbook: TStreamingWorkbook; finish: () => Promise<Buffer> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WriterClass: typeof stream.xlsx.WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer')
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve)
    sink.on('error', reject)
  })
  // Without styles every cell skips exceljs' style lookup (rendering the style as XML to find its
  // id): 0.5 s instead of 1.3 s for 30 000 rows × 13 columns. For sheets read by machines.
  const workbook = new WriterClass({ stream: sink, useStyles: options.styles ?? true, useSharedStrings: false })
  return {
    workbook,
    finish: async () => {
      await workbook.commit()
      await ended
      return Buffer.concat(chunks)
    },
  }
}
