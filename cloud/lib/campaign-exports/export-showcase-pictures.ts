import type { TShowcasePicturesExportRequest } from '../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../types/api/common'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { storeExport, ZIP_CONTENT_TYPE } from '../exports/store-export'
import { stripImageMetadata } from '../pictures/strip-image-metadata'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { resolveExportScope, safeFileName } from './resolve-export-scope'
import { gatherShowcaseProjects } from './showcase-projects'
import { buildZip } from './stream-zip'

/**
 * "图片单独打包报送", for every unit at once: one zip holding a folder per unit — the unit's own
 * package (<项目名称>/<n>.jpg, as showcase/export-showcase-pictures.ts makes it) — so the path of
 * each picture is <单位>/<项目名称>/<n>.jpg, the originals as uploaded, in the unit's order.
 */
export async function exportShowcasePictures(session: TSessionClaims, request: TShowcasePicturesExportRequest): Promise<TExportResponse> {
  const { scope, projects } = await withUserTx(session, async (tx) => {
    const found = await resolveExportScope(tx, request.id, request.districtId)
    return { scope: found, projects: await gatherShowcaseProjects(tx, found) }
  })
  const storage = getPhotoStorage()
  const entries = projects.flatMap((project) =>
    project.pictures.map((picture) => ({
      name: `${project.folder}/${picture.fileName}`,
      date: picture.created_at,
      // The originals' quality and size, without EXIF/GPS (PIPL): stripped losslessly as they stream.
      read: async () => stripImageMetadata(await storage.read(picture.storage_path)),
    })),
  )
  if (entries.length === 0) throw new AppError('not_found', { userMessage: '已提交的展示项目还没有图片，没有可打包的图片' })
  const bytes = await buildZip(entries)
  const fileName = safeFileName(`附件1 展示项目图片（${scope.label}，${projects.length}个项目）`) + '.zip'
  return storeExport(scope.campaign.id, fileName, bytes, ZIP_CONTENT_TYPE)
}
