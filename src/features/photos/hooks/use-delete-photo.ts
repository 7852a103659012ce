import { useCallback, useState } from 'react'
import type { TPhoto } from '../../../../types/api/photos'
import { describeError } from '../../../shared/api-error'
import { confirmAction } from '../../../shared/modal'
import { showMessage, showSuccess } from '../../../shared/toast'
import { deletePhoto } from '../api/delete-photo'

/**
 * 删除照片, after a confirmation that says what goes: the photo, its check and its files. The
 * server refuses photos in a submitted hand-in (withdraw first) and says so.
 */
export function useDeletePhoto(onDeleted: (photoId: string) => void) {
  const [deleting, setDeleting] = useState<string | null>(null)
  const remove = useCallback(
    async (photo: TPhoto) => {
      const confirmed = await confirmAction({
        title: '删除这张照片？',
        content: '照片和它的检查结果都会删除，不能恢复。',
        confirmText: '删除',
        cancelText: '取消',
      })
      if (!confirmed) return
      setDeleting(photo.id)
      try {
        await deletePhoto(photo.id)
        onDeleted(photo.id)
        showSuccess('已删除')
      } catch (error) {
        showMessage(describeError(error))
      } finally {
        setDeleting(null)
      }
    },
    [onDeleted],
  )
  return { remove, deleting }
}
