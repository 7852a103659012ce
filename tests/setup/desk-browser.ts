import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import type postgres from 'postgres'
import { connectTestDb } from './db'
import { openBrowser, SCREENSHOTS_DIR, type TBrowser } from './phone-browser'

/** A desk: 1280×800 at 1×, mouse and keyboard, no touch; Chinese locale, Shanghai time. */
export const DESK = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const

/** One person's desk browser (the phone helper's flags and fresh profile, a desk's screen). */
export async function openDesk(): Promise<TBrowser> {
  return openBrowser(DESK)
}

export type TDeskTest = {
  desk: TBrowser
  page: Page
  sql: postgres.Sql
  /** Every 5xx answer of the API the desk page received, as `status url`; tests expect it empty. */
  failures: string[]
}

/**
 * The desk twin of `setUpPhoneTests`: before the file's tests, a connection to the test database
 * and a desk browser whose page records every 5xx API answer in `failures` (all handed to
 * `ready`); after them, both closed again. Phone parts of the same file open their phone
 * themselves (`openPhone`) and may share this `sql`.
 */
export function setUpDeskTests(ready: (opened: TDeskTest) => void): void {
  let sql: postgres.Sql | undefined
  let desk: TBrowser | undefined
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true })
    sql = connectTestDb()
    desk = await openDesk()
    const failures: string[] = []
    desk.page.on('response', (response) => {
      if (response.url().includes('/api/') && response.status() >= 500) failures.push(`${response.status()} ${response.url()}`)
    })
    ready({ desk, page: desk.page, sql, failures })
  })
  afterAll(async () => {
    await desk?.close()
    await sql?.end()
  })
}
