/**
 * Bounds of one 附件2 import. A unit's table has tens of rows; a district's a few hundred. Beyond
 * these the file is refused with a message, before it can cost the server time or memory.
 */
export const IMPORT_LIMITS = {
  /** Activities (non-blank data rows) in one import. */
  maxDataRows: 2000,
  /** Title, stamp/date, header, notes and 合计 rows a sheet may hold besides its data. */
  rowSlack: 50,
  /** Real (inflated) size of everything in the workbook, whatever its headers claim. */
  /** Row elements (formatting-only rows included) in one sheet. */
  maxRowElements: 20000,
  /** Merged ranges in one sheet, and the cells they cover together. */
  maxMerges: 5000,
  maxMergedCells: 200000,
  maxInflatedBytes: 50 * 1024 * 1024,
  maxZipEntries: 1000,
  maxSheets: 50,
  /** Rows above the header that may hold a title, 填报单位 or date line. */
  headerSearchRows: 30,
} as const
