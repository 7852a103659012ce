import type { CellValue } from 'exceljs'
import JSZip from 'jszip'
import { buildArrangementWorkbook } from '../../cloud/lib/arrangement/build-arrangement-workbook'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { parseContact } from '../../cloud/lib/arrangement/parse-contact'
import { parseTimeText } from '../../cloud/lib/arrangement/parse-time'
import { parseArrangementWorkbook, type TParsedRow } from '../../cloud/lib/arrangement/parse-workbook'
import { markDuplicates } from '../../cloud/lib/arrangement/preview-arrangement-import'
import { AppError } from '../../cloud/lib/errors/app-error'
import { HEADER, hugeSheetXml, lieAboutSizes, noticeWorkbook, rawXlsx, toBuffer, validRows } from '../setup/arrangement-workbooks'

const CONTEXT = { year: 2030, periodStart: '2030-03-01', periodEnd: '2030-03-31', unitName: '甲单位' }

async function parse(bytes: Buffer, context = CONTEXT) {
  return parseArrangementWorkbook(bytes, context)
}

async function refusal(bytes: Buffer, context = CONTEXT): Promise<AppError> {
  const error = await parse(bytes, context).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe('workbook_invalid')
  return error as AppError
}

function byRow(rows: TParsedRow[], row: number): TParsedRow {
  const found = rows.find((r) => r.row === row)
  if (!found) throw new Error(`row ${row} not parsed; rows: ${rows.map((r) => r.row).join(',')}`)
  return found
}

/** The workbook as units really fill it: every kind of mess, one row each. */
async function messyWorkbook(): Promise<Buffer> {
  const workbook = newWorkbook()
  const sheet = workbook.addWorksheet('活动安排')
  sheet.getCell('A1').value = '附件 2'
  sheet.mergeCells('A2:G2')
  sheet.getCell('A2').value = '2030 年 3 月学雷锋志愿服务活动安排表'
  sheet.mergeCells('A3:D3')
  sheet.getCell('A3').value = '填报单位（盖章）：甲单位'
  sheet.mergeCells('E3:G3')
  sheet.getCell('E3').value = '日期：2030年2月10日'
  // Header cells with spaces, full-width brackets, line breaks and a trailing space.
  sheet.getRow(4).values = ['序 号', '单位（组织）', '时  间', '地点', '活动名称\n及内容', '联系人及\n电话', '所属类别 ']
  const rows: Record<number, CellValue[]> = {
    5: [1, '甲单位', '3月6日下午2:30-4:30', '人民广场 ', '学雷锋义诊\n为社区老人免费测血压', '张三 13812345678', '医疗健康类'],
    6: [2, '甲单位、乙社区', '3月6日 9:00—11:30', '滨河公园', '河道清洁', '陈静/025-83201234', '环境保护'],
    7: [3, '甲单位', '2030.3.12 14:30—16:30', '植物园', '植树节义务植树', '刘洋 186-0518-1234', ' 文明 倡导 类 '],
    8: [4, '甲单位', '2030年3月5日上午', '文化广场', '学雷锋纪念日宣传', '李四13900001111', '理论宣讲类'],
    9: [5, '甲单位', '3/5 8:30-10:00', '图书馆', '读书分享会', '王五，0518-85802696', '文化教育类'],
    10: [6, '甲单位', '３月６日　１４：３０－１６：３０', '社区服务站', '全角时间的活动', '赵六 138 1234 5678', '爱心帮扶类'],
    11: [7, '甲单位', new Date(Date.UTC(2030, 2, 8, 9, 30)), '养老院', '陪伴老人', '孙七 13700001111', '爱心帮扶类'],
    12: [8, '甲单位', Date.UTC(2030, 2, 10) / 86400000 + 25569, '法律服务中心', '普法宣传', '周八 13600001111', '法律服务类'],
    13: [9],
    14: [10, '甲单位', '3月7日 9:00-11:00', '市民中心', '文明交通劝导', '王清85802696', '文明倡导类'],
    15: [11, '甲单位', '3月7日 9:00-11:00', '市民中心', '志愿服务', '吴九 13500001111', '志愿服务类'],
    16: [12, '甲单位', '4月2日 9:00-11:00', '体育馆', '健身指导', '郑十 13400001111', '医疗健康类'],
    17: [13, '甲单位', '3月9日 9:00-10:00', null, '公式的地点', '冯一 13300001111', '科学普及类'],
    18: [14, '甲单位', '3月9日 9:00-11:00', null, '没有结果的公式', '陈二 13200001111', '科学普及类'],
    19: [15, '甲单位', '3月9日 14:00-16:00', '科技馆', null, '褚三 13100001111', '科学普及类'],
    20: [16, null, '3月10日 9:00-11:00', '敬老院', '关爱空巢老人', '卫四 15900001111', '爱心帮扶类'],
    21: [17, null, '3月11日 9:00-11:00', '敬老院', '关爱空巢老人（二）', '卫四 15900001111', '爱心帮扶类'],
    22: ['合计', null, '共 17 项'],
    23: [18, '甲单位', '3月6日 2:30-4:30', '社区广场', '没写上下午的活动', '蒋五 15800001111', '文明倡导类'],
    24: [19, '甲单位', '3月12日 9:00-11:00', '河堤', '', '', ''],
  }
  for (const [r, values] of Object.entries(rows)) sheet.getRow(Number(r)).values = values
  sheet.getCell('D17').value = { formula: 'D5', result: '人民广场' }
  sheet.getCell('D18').value = { formula: 'D6&D7', date1904: false }
  sheet.getCell('E19').value = { richText: [{ text: '科普' }, { text: '进社区', font: { bold: true } }] }
  sheet.mergeCells('B20:B21')
  sheet.getCell('B20').value = '丙协会'
  sheet.mergeCells('A25:G25')
  sheet.getCell('A25').value = '（所属类别可分为：理论宣讲类、文化教育类、文明倡导类、爱心帮扶类、环境保护类、科学普及类、医疗健康类、法律服务类）'
  sheet.getCell('A27').value = '填报人：张三    审核人：李四'
  return toBuffer(workbook)
}

describe('附件2 import: messy workbooks as units fill them', () => {
  let rows: TParsedRow[]
  let headerRow: number
  beforeAll(async () => {
    const parsed = await parse(await messyWorkbook())
    rows = parsed.rows
    headerRow = parsed.headerRow
  })

  it('finds the header below the title, stamp and date rows, and skips blank, 合计 and note rows', () => {
    expect(headerRow).toBe(4)
    expect(rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24])
  })

  it('reads text times in every form, with the campaign year and Shanghai offsets', () => {
    expect(byRow(rows, 5)).toMatchObject({ ok: true, errors: [], warnings: [] })
    expect(byRow(rows, 5).activity).toMatchObject({
      seqNo: 1,
      title: '学雷锋义诊',
      description: '为社区老人免费测血压',
      startsAt: '2030-03-06T14:30:00+08:00',
      endsAt: '2030-03-06T16:30:00+08:00',
      locationName: '人民广场',
      contactName: '张三',
      contactPhone: '13812345678',
      category: 'health',
      coOrganisers: [],
    })
    expect(byRow(rows, 6).activity).toMatchObject({ startsAt: '2030-03-06T09:00:00+08:00', endsAt: '2030-03-06T11:30:00+08:00' })
    expect(byRow(rows, 7).activity).toMatchObject({ startsAt: '2030-03-12T14:30:00+08:00', endsAt: '2030-03-12T16:30:00+08:00' })
    expect(byRow(rows, 9).activity).toMatchObject({ startsAt: '2030-03-05T08:30:00+08:00', endsAt: '2030-03-05T10:00:00+08:00' })
    expect(byRow(rows, 10).activity).toMatchObject({ startsAt: '2030-03-06T14:30:00+08:00', endsAt: '2030-03-06T16:30:00+08:00' })
  })

  it('gives a date alone a whole-morning default and says so', () => {
    const row = byRow(rows, 8)
    expect(row.ok).toBe(true)
    expect(row.activity).toMatchObject({ startsAt: '2030-03-05T09:00:00+08:00', endsAt: '2030-03-05T12:00:00+08:00' })
    expect(row.warnings).toEqual([{ column: '时间', message: '只写了上午，已按 9:00—12:00 导入，请核对' }])
  })

  it('reads Excel Date cells and date serials, warning when the time is missing', () => {
    expect(byRow(rows, 11).activity).toMatchObject({ startsAt: '2030-03-08T09:30:00+08:00', endsAt: '2030-03-08T11:30:00+08:00' })
    expect(byRow(rows, 11).warnings).toEqual([{ column: '时间', message: '没有写结束时间，已按 2 小时（至 11:30）导入，请核对' }])
    expect(byRow(rows, 12).activity).toMatchObject({ startsAt: '2030-03-10T09:00:00+08:00', endsAt: '2030-03-10T17:00:00+08:00' })
    expect(byRow(rows, 12).warnings[0]).toEqual({ column: '时间', message: '只写了日期，没有具体时间，已按 9:00—17:00 导入，请核对' })
  })

  it('splits 联系人及电话 written with spaces, slashes, commas, dashes or nothing', () => {
    expect(byRow(rows, 6).activity).toMatchObject({ contactName: '陈静', contactPhone: '025-83201234' })
    expect(byRow(rows, 7).activity).toMatchObject({ contactName: '刘洋', contactPhone: '18605181234' })
    expect(byRow(rows, 8).activity).toMatchObject({ contactName: '李四', contactPhone: '13900001111' })
    expect(byRow(rows, 9).activity).toMatchObject({ contactName: '王五', contactPhone: '0518-85802696' })
    expect(byRow(rows, 10).activity).toMatchObject({ contactName: '赵六', contactPhone: '13812345678' })
  })

  it('takes a category without 类 or with spaces, and co-organisers from 单位(组织)', () => {
    expect(byRow(rows, 6).activity).toMatchObject({ category: 'environment', coOrganisers: ['乙社区'] })
    expect(byRow(rows, 7).activity?.category).toBe('civility')
  })

  it('names the row and column of each error in Chinese', () => {
    expect(byRow(rows, 14)).toMatchObject({
      ok: false,
      activity: null,
      errors: [{ column: '联系人及电话', message: '电话“85802696”是不带区号的座机号，请加上区号，写成“区号-85802696”（如 0518-85802696）' }],
    })
    expect(byRow(rows, 15).errors).toEqual([
      { column: '所属类别', message: '所属类别“志愿服务类”不在八类之中，应为：理论宣讲类、文化教育类、文明倡导类、爱心帮扶类、环境保护类、科学普及类、医疗健康类、法律服务类' },
    ])
    expect(byRow(rows, 16).errors).toEqual([{ column: '时间', message: '活动日期 2030年4月2日不在活动月（2030-03-01 至 2030-03-31）内' }])
    expect(byRow(rows, 24).errors).toEqual([
      { column: '活动名称及内容', message: '没有填写活动名称及内容' },
      { column: '联系人及电话', message: '没有填写联系人及电话，请写成“张三 13812345678”' },
      { column: '所属类别', message: '没有填写所属类别，应为：理论宣讲类、文化教育类、文明倡导类、爱心帮扶类、环境保护类、科学普及类、医疗健康类、法律服务类' },
    ])
  })

  it('uses a formula’s saved result, and refuses a formula saved without one', () => {
    expect(byRow(rows, 17).activity?.locationName).toBe('人民广场')
    expect(byRow(rows, 18).errors).toEqual([
      { column: '地点', message: '单元格是公式（=D6&D7）但没有保存计算结果，请在 Excel 中打开并保存后再上传，或直接填写内容' },
    ])
  })

  it('joins rich text, and fills merged cells down', () => {
    expect(byRow(rows, 19).activity?.title).toBe('科普进社区')
    for (const r of [20, 21]) {
      expect(byRow(rows, r).ok).toBe(true)
      expect(byRow(rows, r).warnings).toEqual([{ column: '单位(组织)', message: '单位(组织)“丙协会”与本单位“甲单位”不一致，活动将记在本单位名下' }])
    }
  })

  it('reads "2:30-4:30" without 上午/下午 as the afternoon, with a warning', () => {
    expect(byRow(rows, 23).activity).toMatchObject({ startsAt: '2030-03-06T14:30:00+08:00', endsAt: '2030-03-06T16:30:00+08:00' })
    expect(byRow(rows, 23).warnings[0]?.column).toBe('时间')
  })
})

describe('附件2 import: layouts and years', () => {
  it('takes the campaign’s year for dates without one, and reads separate 日期 / 联系人 / 联系电话 columns on a later sheet', async () => {
    const workbook = newWorkbook()
    workbook.addWorksheet('填表说明').getCell('A1').value = '请在下一个工作表填写'
    const sheet = workbook.addWorksheet('安排表')
    sheet.getRow(1).values = ['序号', '单位', '日期', '时间', '活动地点', '活动名称', '联系人', '联系电话', '类别']
    sheet.getRow(2).values = [1, '甲单位', new Date(Date.UTC(2027, 2, 5)), '14:30-16:30', '广场', '学雷锋日', '张三', '138-1234-5678', '文明倡导类']
    sheet.getRow(3).values = [2, '甲单位', '3月6日', '上午', '广场', '第二场', '李四', '0518 85802696', '文明倡导']
    sheet.getRow(4).values = HEADER // the header repeated (a table pasted twice) is not an activity
    const { sheetName, rows } = await parse(await toBuffer(workbook), { ...CONTEXT, year: 2027, periodStart: '2027-03-01', periodEnd: '2027-03-31' })
    expect(sheetName).toBe('安排表')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.activity).toMatchObject({ startsAt: '2027-03-05T14:30:00+08:00', endsAt: '2027-03-05T16:30:00+08:00', contactName: '张三', contactPhone: '13812345678' })
    expect(rows[1]?.activity).toMatchObject({ startsAt: '2027-03-06T09:00:00+08:00', contactPhone: '0518-85802696', category: 'civility' })
  })

  it('says which columns are missing', async () => {
    const workbook = newWorkbook()
    workbook.addWorksheet('Sheet1').getRow(2).values = ['序号', '单位(组织)', '时间', '地点', '活动名称及内容']
    const error = await refusal(await toBuffer(workbook))
    expect(error.userMessage).toBe(
      '工作表“Sheet1”第 2 行是表头，但缺少列：联系人及电话、所属类别。附件2 的表头应为：序号、单位(组织)、时间、地点、活动名称及内容、联系人及电话、所属类别',
    )
  })

  it('says when there is no 附件2 header at all', async () => {
    const workbook = newWorkbook()
    workbook.addWorksheet('Sheet1').getRow(1).values = ['姓名', '年龄']
    expect((await refusal(await toBuffer(workbook))).userMessage).toMatch(/^没有找到附件2的表头/)
  })

  it('refuses a cell holding an Excel error value', async () => {
    const workbook = noticeWorkbook([[1, '甲单位', '3月6日 9:00-11:00', '广场', '活动', '张三 13812345678', '环境保护类']])
    workbook.worksheets[0]!.getCell('D4').value = { error: '#REF!' }
    const { rows } = await parse(await toBuffer(workbook))
    expect(rows[0]?.errors).toEqual([{ column: '地点', message: '单元格是错误值 #REF!，请改为直接填写内容' }])
  })

  it('marks a row repeated in the file, and one the unit already has, as duplicates', async () => {
    const [first] = validRows(1, '甲单位')
    const { rows } = await parse(await toBuffer(noticeWorkbook([first!, first!])))
    const marked = markDuplicates(rows, new Set())
    expect(marked.map((r) => r.duplicate)).toEqual([false, true])
    expect(marked[1]?.warnings).toContainEqual({ column: '整行', message: '与第 4 行是同一个活动，导入时跳过' })
  })
})

describe('附件2 import: files that are not a workbook, or too big', () => {
  it('names an .xls, a renamed CSV, a PDF, a Word file and random bytes', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])
    expect((await refusal(xls)).userMessage).toMatch(/旧版 Excel 97-2003 工作簿（\.xls）/)
    const csv = Buffer.from('序号,单位(组织),时间,地点,活动名称及内容,联系人及电话,所属类别\n1,甲单位,3月6日,广场,活动,张三 13812345678,环境保护类\n')
    expect((await refusal(csv)).userMessage).toMatch(/文本（CSV）文件/)
    expect((await refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).userMessage).toMatch(/PDF/)
    const docx = new JSZip()
    docx.file('[Content_Types].xml', '<Types/>')
    docx.file('word/document.xml', '<w:document/>')
    expect((await refusal(await docx.generateAsync({ type: 'nodebuffer' }))).userMessage).toMatch(/Word 文档/)
    const random = Buffer.alloc(4096)
    for (let i = 0; i < random.length; i += 1) random[i] = (i * 7919 + 13) % 256
    expect((await refusal(random)).userMessage).toMatch(/无法识别这个文件/)
    expect((await refusal(Buffer.from('PK\x03\x04 truncated zip'))).userMessage).toMatch(/损坏|不完整/)
  })

  it('refuses more than 2 000 activities, and a million-row sheet fast', async () => {
    const over = await parse(await toBuffer(noticeWorkbook(validRows(2001, '甲单位')))).catch((e: AppError) => e)
    expect(over).toBeInstanceOf(AppError)
    expect((over as AppError).userMessage).toMatch(/2000/)

    const million = await rawXlsx(hugeSheetXml(1_000_000))
    const started = Date.now()
    const error = await refusal(million)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(error.userMessage).toMatch(/超过|太大|太多/)
  }, 60_000)

  it('stops a zip bomb by its real size, even when its directory lies', async () => {
    const bomb = await rawXlsx(hugeSheetXml(1), { 'xl/media/padding.xml': Buffer.alloc(80 * 1024 * 1024, 0x20) })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect((await refusal(bomb)).userMessage).toMatch(/解压后超过/)
    const started = Date.now()
    expect((await refusal(lieAboutSizes(bomb))).userMessage).toMatch(/解压后超过/)
    expect(Date.now() - started).toBeLessThan(3000)
  }, 60_000)
})

describe('附件2 export reads back unchanged', () => {
  it('round-trips titles, contents, times across days and years, contacts, co-organisers and categories', async () => {
    const activities = [
      { title: '学雷锋义诊', description: '为老人测血压\n发放健康手册', startsAt: new Date('2030-03-06T06:30:00Z'), endsAt: new Date('2030-03-06T08:30:00Z'), locationName: '人民广场（东门）', contactName: '张三', contactPhone: '13812345678', category: 'health' as const, coOrganisers: ['乙社区', '丙协会'] },
      { title: '清晨健步走', description: '', startsAt: new Date('2030-03-07T22:30:00Z'), endsAt: new Date('2030-03-08T00:00:00Z'), locationName: '滨河公园', contactName: '陈静', contactPhone: '025-83201234', category: 'civility' as const, coOrganisers: [] },
      { title: '两天的植树活动', description: '', startsAt: new Date('2030-03-31T01:00:00Z'), endsAt: new Date('2030-04-01T09:00:00Z'), locationName: '植物园', contactName: '刘洋', contactPhone: '18605181234', category: 'environment' as const, coOrganisers: [] },
    ]
    const bytes = await buildArrangementWorkbook({ unitName: '甲单位', year: 2030, month: 3, today: new Date('2030-02-10T02:00:00Z'), activities })
    const { rows, headerRow } = await parse(bytes, { ...CONTEXT, periodEnd: '2030-04-30' })
    expect(headerRow).toBe(4)
    expect(rows.map((r) => [r.ok, r.warnings])).toEqual(activities.map(() => [true, []]))
    rows.forEach((row, i) => {
      const a = activities[i]!
      expect(row.activity).toMatchObject({
        seqNo: i + 1,
        title: a.title,
        description: a.description,
        locationName: a.locationName,
        contactName: a.contactName,
        contactPhone: a.contactPhone,
        category: a.category,
        coOrganisers: a.coOrganisers,
      })
      expect(Date.parse(row.activity!.startsAt)).toBe(a.startsAt.getTime())
      expect(Date.parse(row.activity!.endsAt)).toBe(a.endsAt.getTime())
    })
  })
})

describe('time and contact texts', () => {
  const context = { year: 2030, periodStart: '2030-03-01' }
  it.each([
    ['3月6日下午2:30-4:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日 9:00—11:30', '2030-03-06 09:00', '2030-03-06 11:30'],
    ['2024.3.12 14:30—16:30', '2024-03-12 14:30', '2024-03-12 16:30'],
    ['3/5 8:30-10:00', '2030-03-05 08:30', '2030-03-05 10:00'],
    ['３月６日　１４：３０－１６：３０', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日 14:30至16:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日 14:30~16:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日 14:30～16:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日 14:30－16:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日 14:30一16:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日（周三）上午9点-11点半', '2030-03-06 09:00', '2030-03-06 11:30'],
    ['2030-03-06 14:30-16:30', '2030-03-06 14:30', '2030-03-06 16:30'],
    ['3月6日晚上7点-9点', '2030-03-06 19:00', '2030-03-06 21:00'],
    ['3月6日 14时30分-16时', '2030-03-06 14:30', '2030-03-06 16:00'],
    ['3月31日 9:00-4月1日 17:00', '2030-03-31 09:00', '2030-04-01 17:00'],
    ['3.12 8.30-10.00', '2030-03-12 08:30', '2030-03-12 10:00'],
    ['3月6日上午9:00-下午3:00', '2030-03-06 09:00', '2030-03-06 15:00'],
  ])('%s', (text, start, end) => {
    const result = parseTimeText(text, context)
    if (!result.ok) throw new Error(result.error)
    const fmt = (t: { year: number; month: number; day: number; hour: number; minute: number }) =>
      `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`
    expect([fmt(result.start), fmt(result.end)]).toEqual([start, end])
  })

  it.each([
    ['每周六上午', '重复的活动'],
    ['下周三', '无法识别'],
    ['2月30日 9:00-10:00', '不存在'],
    ['3月6日 16:00-14:00', '应晚于开始时间'],
    ['时间待定', '还未确定'],
    ['9:00-11:00', '没有写日期'],
  ])('refuses %s', (text, message) => {
    const result = parseTimeText(text, context)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(message)
  })

  it.each([
    ['张三 13812345678', '张三', '13812345678'],
    ['陈静/025-83201234', '陈静', '025-83201234'],
    ['刘洋 186-0518-1234', '刘洋', '18605181234'],
    ['李四13900001111', '李四', '13900001111'],
    ['王五，0518-85802696', '王五', '0518-85802696'],
    ['联系人：周九 电话：13812345678', '周九', '13812345678'],
    ['（0518）85802696 孙八', '孙八', '0518-85802696'],
  ])('%s', (text, name, phone) => {
    expect(parseContact(text)).toEqual({ ok: true, name, phone, warnings: [] })
  })

  it('refuses a phone without a name, a name without a phone, a short number', () => {
    expect(parseContact('13812345678')).toMatchObject({ ok: false, error: expect.stringContaining('没有联系人姓名') })
    expect(parseContact('张三')).toMatchObject({ ok: false, error: expect.stringContaining('没有电话') })
    expect(parseContact('张三 1381234567')).toMatchObject({ ok: false, error: expect.stringContaining('位数不对') })
  })
})
