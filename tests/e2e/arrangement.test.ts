import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { newWorkbook } from '../../cloud/lib/excel/new-workbook'
import { apiUrl } from '../setup/api-client'
import { noticeWorkbook, toBuffer } from '../setup/arrangement-workbooks'
import { createUnit } from '../setup/journey'
import { setUpPhoneTests, shoot, signInAs } from '../setup/phone-browser'

/**
 * The unit contact's 活动安排表 page in the H5 build at 375×812: pick a messy 附件2 workbook,
 * read each wrong row's errors by column, see 全部导入 refused with its reason, import only the
 * valid rows as drafts, export the table (downloaded and read back), submit and withdraw.
 */
let page: Page
let sql: postgres.Sql
const tmp = mkdtempSync(path.join(os.tmpdir(), 'xlf-arrangement-'))
setUpPhoneTests((opened) => {
  page = opened.page
  sql = opened.sql
})

async function messyFile(): Promise<string> {
  const workbook = noticeWorkbook([
    [1, '测试单位', '3月6日下午2:30-4:30', '人民广场 ', '学雷锋义诊\n为社区老人免费测血压', '张三 13812345678', '医疗健康'],
    [2, '测试单位、乙社区', '３月７日　９：００－１１：３０', '滨河公园', '河道清洁', '陈静/025-83201234', '环境保护类'],
    [3, '测试单位', '2030年3月12日上午', '植物园', '植树节义务植树', '刘洋 186-0518-1234', '环境保护'],
    [4, '测试单位', '3月9日 9:00-11:00', '市民中心', '文明交通劝导', '王清85802696', '文明倡导类'],
    [5, '测试单位', '4月2日 9:00-11:00', '体育馆', '健身指导', '郑十 13400001111', '志愿服务类'],
    ['合计', null, '共 5 项'],
  ])
  const file = path.join(tmp, '附件2-测试单位.xlsx')
  writeFileSync(file, await toBuffer(workbook))
  return file
}

async function confirmModal(button: string): Promise<void> {
  await page.locator('.taro-modal__foot').getByText(button, { exact: true }).click()
}

describe('活动安排表 page (H5, 375×812)', () => {
  it('imports a messy workbook: errors by row and column, only the valid rows, then export and submit', async () => {
    const unit = await createUnit(sql)
    await sql`insert into campaign_deadlines (campaign_id, kind, title, due_at)
              values (${unit.campaignId}, 'activity_plan', '活动安排表（附件2）', now() + interval '3 days')`
    await signInAs(page, unit.contactId)
    await page.goto(apiUrl(`/#/package-unit/arrangement/index?unitId=${unit.unitId}`))
    await page.reload()
    await page.locator('.arrangement-choose-button').waitFor({ timeout: 20_000 })
    await page.locator('.state-view__title', { hasText: '还没有活动' }).waitFor()
    await shoot(page, 'arrangement-1-empty')

    const chooser = page.waitForEvent('filechooser')
    await page.locator('.arrangement-choose-button').click()
    await (await chooser).setFiles(await messyFile())
    await page.locator('.arrangement-preview').waitFor({ timeout: 30_000 })
    const preview = page.locator('.arrangement-preview')
    await expectText(preview, '有错误的行（请在 Excel 中修改）')
    const rowSeven = page.locator('.arrangement-issue--error', { hasText: '第 7 行' })
    await expectText(rowSeven, '联系人及电话')
    await expectText(rowSeven, '电话“85802696”是不带区号的座机号')
    const rowEight = page.locator('.arrangement-issue--error', { hasText: '第 8 行' })
    await expectText(rowEight, '活动日期 2030年4月2日不在活动月')
    await expectText(rowEight, '所属类别“志愿服务类”不在八类之中')
    await expectText(page.locator('.arrangement-issue--warning', { hasText: '第 6 行' }), '只写了上午，已按 9:00—12:00 导入')
    expect(await page.locator('.arrangement-apply-all').getAttribute('class')).toContain('nut-button-disabled')
    await expectText(preview, '还有 2 行有错误，不能全部导入')
    await shoot(page, 'arrangement-2-preview')
    await page.locator('.arrangement-issue--warning').first().scrollIntoViewIfNeeded()
    await shoot(page, 'arrangement-3-preview-errors')
    await page.locator('.arrangement-apply-valid').scrollIntoViewIfNeeded()
    await shoot(page, 'arrangement-4-preview-actions')

    await page.locator('.arrangement-apply-valid').click()
    await page.locator('.arrangement-row').nth(2).waitFor({ timeout: 20_000 })
    expect(await page.locator('.arrangement-row').count()).toBe(3)
    expect(await page.locator('.arrangement-preview').count()).toBe(0)
    const created = await sql<{ title: string; status: string; co_organisers: string[] }[]>`
      select title, status, co_organisers from activities where unit_id = ${unit.unitId} order by seq_no`
    expect(created).toEqual([
      { title: '学雷锋义诊', status: 'draft', co_organisers: [] },
      { title: '河道清洁', status: 'draft', co_organisers: ['乙社区'] },
      { title: '植树节义务植树', status: 'draft', co_organisers: [] },
    ])
    await expectText(page.locator('.arrangement-row').nth(1), '测试单位、乙社区')
    await page.locator('.arrangement-row').first().scrollIntoViewIfNeeded()
    await shoot(page, 'arrangement-5-imported')

    const download = page.waitForEvent('download')
    await page.locator('.arrangement-export-button').click()
    const saved = path.join(tmp, 'export.xlsx')
    await (await download).saveAs(saved)
    const book = newWorkbook()
    await book.xlsx.load(readFileSync(saved))
    const sheet = book.worksheets[0]!
    expect(sheet.getCell('A2').value).toBe('2030 年 3 月学雷锋志愿服务活动安排表')
    expect([5, 6, 7].map((r) => sheet.getCell(r, 5).value)).toEqual(['学雷锋义诊\n为社区老人免费测血压', '河道清洁', '植树节义务植树'])
    expect(sheet.getCell(6, 3).value).toBe('3月7日 9:00—11:30')

    await page.locator('.arrangement-submit-button').click()
    await confirmModal('提交')
    await page.locator('.arrangement-withdraw-button').waitFor({ timeout: 10_000 })
    await expectText(page.locator('.arrangement-submission'), '已提交')
    expect(await sql`select status from unit_submissions where unit_id = ${unit.unitId}`).toEqual([{ status: 'submitted' }])
    await page.locator('.arrangement-page__unit').scrollIntoViewIfNeeded()
    await page.waitForTimeout(1800) // the 已提交 toast fades
    await shoot(page, 'arrangement-6-submitted')
    await page.locator('.arrangement-withdraw-button').click()
    await confirmModal('撤回')
    await page.locator('.arrangement-submit-button').waitFor({ timeout: 10_000 })
    expect(await sql`select status from unit_submissions where unit_id = ${unit.unitId}`).toEqual([{ status: 'draft' }])
  }, 120_000)

  it('says plainly when the file is not an .xlsx or lacks columns', async () => {
    const unit = await createUnit(sql)
    await signInAs(page, unit.contactId)
    await page.goto(apiUrl(`/#/package-unit/arrangement/index?unitId=${unit.unitId}`))
    await page.reload()
    await page.locator('.arrangement-choose-button').waitFor({ timeout: 20_000 })

    const xls = path.join(tmp, '旧表格.xls')
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    let chooser = page.waitForEvent('filechooser')
    await page.locator('.arrangement-choose-button').click()
    await (await chooser).setFiles(xls)
    await expectText(page.locator('.arrangement-import__error'), '是旧版 Excel 97-2003 文件（.xls）')

    // A CSV renamed to .xlsx gets past the name check; the server reads its bytes.
    const renamed = path.join(tmp, '改了扩展名.xlsx')
    writeFileSync(renamed, '序号,单位(组织),时间,地点,活动名称及内容,联系人及电话,所属类别\n1,测试单位,3月6日,广场,活动,张三 13812345678,环境保护类\n')
    chooser = page.waitForEvent('filechooser')
    await page.locator('.arrangement-choose-button').click()
    await (await chooser).setFiles(renamed)
    await expectText(page.locator('.arrangement-import__error'), '这是文本（CSV）文件')

    const workbook = newWorkbook()
    workbook.addWorksheet('Sheet1').getRow(1).values = ['序号', '单位(组织)', '时间', '地点', '活动名称及内容']
    const missing = path.join(tmp, '少了列.xlsx')
    writeFileSync(missing, await toBuffer(workbook))
    chooser = page.waitForEvent('filechooser')
    await page.locator('.arrangement-choose-button').click()
    await (await chooser).setFiles(missing)
    await expectText(page.locator('.arrangement-import__error'), '缺少列：联系人及电话、所属类别')
    await shoot(page, 'arrangement-7-missing-columns')
  }, 60_000)
})

async function expectText(locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.getByText(text, { exact: false }).first().waitFor({ timeout: 15_000 })
}
