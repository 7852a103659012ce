import { useCallback } from 'react'
import type { TStatsPicture } from '../../../../types/api/weekly-stats'
import { MAX_PICTURES } from '../../../../types/weekly-stats'
import { confirmAction } from '../../../shared/modal'
import { showMessage } from '../../../shared/toast'
import { usePictureUploads } from '../../../shared/use-picture-uploads'
import { addStatsPicture, removeStatsPicture } from '../api/weekly-stats-api'

/**
 * 新闻稿 pictures: checked on the phone (format, size), uploaded one at a time straight to storage
 * with their progress, then recorded with the return; removable while it is a draft.
 */
export function useStatsPictures(
  unitId: string | undefined,
  target: { deadlineId: string; count: number } | undefined,
  onChanged: (pictures: TStatsPicture[]) => void,
) {
  const { pending, working, inFlight, chooseAndUpload, dismiss, run } = usePictureUploads<TStatsPicture[]>('submission_picture', onChanged)

  const choose = useCallback(async () => {
    if (!unitId || !target) return
    const room = MAX_PICTURES - target.count - inFlight
    if (room <= 0) {
      showMessage(`最多 ${MAX_PICTURES} 张图片，请先删除不需要的`)
      return
    }
    await chooseAndUpload(unitId, Math.min(room, 9), async () => async (path) => (await addStatsPicture(unitId, target.deadlineId, path)).pictures)
  }, [unitId, target, inFlight, chooseAndUpload])

  const remove = useCallback(
    async (pictureId: string) => {
      if (!unitId || !target) return
      if (!(await confirmAction({ title: '删除图片', content: '删除后不能恢复。', confirmText: '删除' }))) return
      await run(async () => (await removeStatsPicture(unitId, target.deadlineId, pictureId)).pictures)
    },
    [unitId, target, run],
  )

  return { pending, working, choose, dismiss, remove }
}
