import type { Workbook as TWorkbook } from 'exceljs'

/**
 * exceljs' Workbook class from its own module, not the package entry: the entry also loads the
 * streaming reader, whose dependency chain (unzipper → … → async-function) ships a "module-sync"
 * file that tsx (the local server runs under it) cannot load on Node 20.19+. Writing a workbook
 * needs none of that. (arrangement/ and weekly-stats/ do the same; a shared module would be better.)
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookClass: typeof TWorkbook = require('exceljs/lib/doc/workbook')

export function newWorkbook(): TWorkbook {
  return new WorkbookClass()
}
