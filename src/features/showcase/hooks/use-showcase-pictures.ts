import { useCallback } from 'react'
import { SHOWCASE_PICTURE_COUNT, type TShowcaseApplication } from '../../../../types/api/showcase'
import { showMessage } from '../../../shared/toast'
import { usePictureUploads } from '../../../shared/use-picture-uploads'
import { addShowcasePicture, removeShowcasePicture, reorderShowcasePictures } from '../api/showcase-pictures'

/**
 * The five picture slots: pictures are checked on the phone (≥ 1 MB, JPG/PNG) before anything is
 * sent, then uploaded one at a time with their progress, then claimed by the application.
 */
export function useShowcasePictures(unitId: string | undefined, application: TShowcaseApplication | undefined, onChanged: (a: TShowcaseApplication) => void) {
  const { pending, working, inFlight, chooseAndUpload, dismiss, run } = usePictureUploads<TShowcaseApplication>('showcase_picture', onChanged)

  const choose = useCallback(async () => {
    if (!unitId || !application) return
    const room = SHOWCASE_PICTURE_COUNT - application.pictures.length - inFlight
    if (room <= 0) {
      showMessage(`已有 ${SHOWCASE_PICTURE_COUNT} 张图片，请先删除一张`)
      return
    }
    await chooseAndUpload(unitId, room, async () => (path) => addShowcasePicture(application.id, path))
  }, [unitId, application, inFlight, chooseAndUpload])

  const remove = useCallback(
    (pictureId: string) => (application ? run(() => removeShowcasePicture(application.id, pictureId)) : Promise.resolve()),
    [application, run],
  )

  /** Moves a picture one place earlier in the package (2.jpg → 1.jpg). */
  const moveEarlier = useCallback(
    (pictureId: string) => {
      if (!application) return Promise.resolve()
      const ids = application.pictures.map((p) => p.id)
      const at = ids.indexOf(pictureId)
      if (at <= 0) return Promise.resolve()
      ;[ids[at - 1], ids[at]] = [ids[at]!, ids[at - 1]!]
      return run(() => reorderShowcasePictures(application.id, ids))
    },
    [application, run],
  )

  return { pending, working, choose, dismiss, remove, moveEarlier }
}
