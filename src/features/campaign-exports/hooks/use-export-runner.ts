import { useState } from 'react'
import type { TExportKind } from '../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../types/api/common'
import { describeError } from '../../../shared/api-error'
import { showNotice } from '../../../shared/modal'
import { openDownload } from '../../../shared/open-download'
import { showSuccess } from '../../../shared/toast'
import { runExport, type TExportChoice } from '../api/run-export'

/**
 * Runs one export at a time: the busy kind (its button spins, the others wait), then opens the file
 * (openDownload: the browser saves it, WeChat opens or saves it) and keeps it per kind so it can be
 * opened again while its link lasts. Refusals come back in the server's own words.
 */
export function useExportRunner(campaignId: string) {
  const [busy, setBusy] = useState<TExportKind | null>(null)
  const [files, setFiles] = useState<Partial<Record<TExportKind, TExportResponse & { madeAt: number }>>>({})

  async function run(kind: TExportKind, choice: TExportChoice): Promise<void> {
    if (busy) return
    setBusy(kind)
    try {
      const file = await runExport(campaignId, kind, choice)
      setFiles((known) => ({ ...known, [kind]: { ...file, madeAt: Date.now() } }))
      showSuccess('已生成')
      await openDownload(file)
    } catch (error) {
      await showNotice('没有导出', describeError(error))
    } finally {
      setBusy(null)
    }
  }

  async function reopen(kind: TExportKind): Promise<void> {
    const file = files[kind]
    if (!file) return
    if (Date.now() - file.madeAt > file.expiresInSeconds * 1000 - 10_000) {
      await showNotice('链接已过期', '请重新导出。')
      return
    }
    try {
      await openDownload(file)
    } catch (error) {
      await showNotice('没有打开', describeError(error))
    }
  }

  return { busy, files, run, reopen }
}
