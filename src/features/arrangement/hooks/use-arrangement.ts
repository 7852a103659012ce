import { useCallback, useEffect, useState } from 'react'
import type { TArrangementPreview } from '../../../../types/api/arrangement'
import { describeError } from '../../../shared/api-error'
import { chooseFile, putFileToSignedUrl } from '../../../shared/choose-file'
import { confirmAction } from '../../../shared/modal'
import { openDownload } from '../../../shared/open-download'
import { showMessage, showSuccess } from '../../../shared/toast'
import { useRemote } from '../../../shared/use-remote'
import { getMe } from '../../auth/api/get-me'
import { applyImport } from '../api/apply-import'
import { XLSX_CONTENT_TYPE, createWorkbookUpload } from '../api/create-workbook-upload'
import { exportArrangement } from '../api/export-arrangement'
import { getArrangement } from '../api/get-arrangement'
import { previewImport } from '../api/preview-import'
import { submitArrangement, withdrawArrangement } from '../api/submission'
import { checkWorkbookFile } from '../check-workbook-file'

export type TBusy = 'uploading' | 'checking' | 'applying' | 'exporting' | 'submitting' | null

/**
 * Everything the 附件2 page does: the unit's rows and submission state, the import (choose →
 * upload → preview → apply), the export and 提交 / 撤回. Without a unitId it takes the caller's
 * first unit.
 */
export function useArrangement(unitIdParam: string | undefined) {
  const [unitId, setUnitId] = useState<string | null>(unitIdParam ?? null)
  const [unitError, setUnitError] = useState<string | null>(null)
  useEffect(() => {
    if (unitIdParam) return
    getMe()
      .then((me) => {
        const unit = me.user.memberships.find((m) => m.role === 'unit_contact' && m.unitId)
        if (unit?.unitId) setUnitId(unit.unitId)
        else setUnitError('你还不是任何单位的联系人')
      })
      .catch((error: unknown) => setUnitError(describeError(error)))
  }, [unitIdParam])

  const state = useRemote(unitId ? () => getArrangement(unitId) : null, [unitId])
  const [preview, setPreview] = useState<TArrangementPreview | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [busy, setBusy] = useState<TBusy>(null)

  const chooseAndPreview = useCallback(async () => {
    if (!unitId || busy) return
    const chosen = await chooseFile({ extensions: ['xlsx'], accept: '.xlsx,.xls,.csv,.et,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
    if (chosen.status === 'cancelled') return
    if (chosen.status === 'failed') return showMessage(chosen.message)
    const checked = checkWorkbookFile(chosen.file.name, chosen.file.byteSize)
    setPreview(null)
    if (!checked.ok) return setFileError(checked.message)
    setFileError(null)
    try {
      setBusy('uploading')
      const target = await createWorkbookUpload(unitId, chosen.file.byteSize)
      await putFileToSignedUrl(target.uploadUrl, chosen.file, XLSX_CONTENT_TYPE)
      setBusy('checking')
      setPreview(await previewImport(unitId, target.path, chosen.file.name))
    } catch (error) {
      setFileError(describeError(error))
    } finally {
      setBusy(null)
    }
  }, [unitId, busy])

  const apply = useCallback(
    async (mode: 'all' | 'valid_only', publish: boolean) => {
      if (!preview || busy) return
      setBusy('applying')
      try {
        const result = await applyImport(preview.importId, { mode, publish })
        if (result.skipped > 0) showMessage(`已导入 ${result.created} 个活动，${result.skipped} 个本单位已有的活动已跳过`)
        else showSuccess(`已导入 ${result.created} 个活动`)
        setPreview(null)
        await state.reload()
      } catch (error) {
        showMessage(describeError(error))
      } finally {
        setBusy(null)
      }
    },
    [preview, busy, state],
  )

  const exportTable = useCallback(async () => {
    if (!unitId || busy) return
    setBusy('exporting')
    try {
      await openDownload(await exportArrangement(unitId))
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(null)
    }
  }, [unitId, busy])

  const changeSubmission = useCallback(
    async (action: 'submit' | 'withdraw') => {
      if (!unitId || busy) return
      const confirmed = await confirmAction(
        action === 'submit'
          ? { title: '提交活动安排表', content: '提交后组织方即可查看本单位的活动安排表（附件2）。截止前可以撤回修改。', confirmText: '提交' }
          : { title: '撤回活动安排表', content: '撤回后安排表回到草稿状态，修改后请在截止前重新提交。', confirmText: '撤回' },
      )
      if (!confirmed) return
      setBusy('submitting')
      try {
        await (action === 'submit' ? submitArrangement(unitId) : withdrawArrangement(unitId))
        showSuccess(action === 'submit' ? '已提交' : '已撤回')
        await state.reload()
      } catch (error) {
        showMessage(describeError(error))
      } finally {
        setBusy(null)
      }
    },
    [unitId, busy, state],
  )

  return {
    unitId,
    unitError,
    state,
    preview,
    fileError,
    busy,
    chooseAndPreview,
    apply,
    discardPreview: () => setPreview(null),
    exportTable,
    submit: () => changeSubmission('submit'),
    withdraw: () => changeSubmission('withdraw'),
  }
}
