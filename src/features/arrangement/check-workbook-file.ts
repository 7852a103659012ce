import { UPLOAD_KINDS } from '../../../types/api/uploads'

const SAVE_AS = '请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再上传'

/** The file's name and size, checked before anything leaves the phone (the server checks the bytes). */
export function checkWorkbookFile(name: string, byteSize: number): { ok: true } | { ok: false; message: string } {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (extension === 'xls') return { ok: false, message: `“${name}”是旧版 Excel 97-2003 文件（.xls）。${SAVE_AS}` }
  if (extension === 'csv') return { ok: false, message: `“${name}”是 CSV 文本文件，不是 Excel 工作簿。${SAVE_AS}` }
  if (extension === 'et') return { ok: false, message: `“${name}”是 WPS 表格文件（.et）。${SAVE_AS}` }
  if (extension !== 'xlsx') return { ok: false, message: `“${name}”不是 Excel 工作簿，请选择 .xlsx 文件` }
  if (byteSize === 0) return { ok: false, message: '文件是空的，请重新选择' }
  const max = UPLOAD_KINDS.arrangement_workbook.maxBytes
  if (byteSize > max) return { ok: false, message: `文件超过 ${Math.round(max / 1024 / 1024)} MB，请删除表格中的图片或多余的工作表后再上传` }
  return { ok: true }
}
