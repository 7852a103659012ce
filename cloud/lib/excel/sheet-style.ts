import type { Borders, Font, PageSetup, Worksheet } from 'exceljs'

/** The notices' tables: a thin line round every cell. */
export const THIN_BORDER: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
}

/** The notices' body text. */
export const BODY_FONT_NAME = '宋体'
export const BODY_FONT: Partial<Font> = { name: BODY_FONT_NAME, size: 11 }

/** A4 (paper size 9), as wide as one page and as many pages long as it takes. */
export function a4OnePageWide(orientation: 'portrait' | 'landscape'): Partial<PageSetup> {
  return { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
}

/** "附件1" / "附件2" in the top-left corner, as the notice prints its attachments. */
export function writeAttachmentMark(sheet: Worksheet, text: string): void {
  const cell = sheet.getCell('A1')
  cell.value = text
  cell.font = { name: '黑体', size: 12 }
}
