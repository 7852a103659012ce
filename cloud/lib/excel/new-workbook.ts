import type { Workbook as TWorkbook } from 'exceljs'

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
