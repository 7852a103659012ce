import JSZip from 'jszip'
import type { TExportResponse } from '../../../types/api/common'
import type { TShowcaseExportRequest } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { AppError } from '../errors/app-error'
import { storeExport, ZIP_CONTENT_TYPE } from '../exports/store-export'
import { stripImageMetadata } from '../pictures/strip-image-metadata'
import { getPhotoStorage } from '../storage/get-photo-storage'
import { exportBaseName, loadExportSource } from './load-export'
import { folderNames, pictureFileName } from './package-names'

/**
 * "图片单独打包报送": the original files as uploaded (not the display copies), one folder per
 * project, named 1.jpg … 5.jpg in the unit's order. JPEGs do not compress, so they are stored.
 * Their EXIF/GPS is stripped losslessly: the package goes to other people (PIPL).
 */
export async function exportShowcasePictures(session: TSessionClaims, request: TShowcaseExportRequest): Promise<TExportResponse> {
  const source = await loadExportSource(session, request)
  const folders = folderNames(source.applications.map((a) => a.row.project_name))
  const storage = getPhotoStorage()
  const zip = new JSZip()
  let count = 0
  for (const [i, application] of source.applications.entries()) {
    for (const picture of application.pictures) {
      const bytes = await stripImageMetadata(await storage.read(picture.storage_path))
      zip.file(`${folders[i]}/${pictureFileName(picture.showcase_position, picture.mime_type ?? 'image/jpeg')}`, bytes, {
        date: picture.created_at,
      })
      count += 1
    }
  }
  if (count === 0) throw new AppError('not_found', { userMessage: '还没有上传项目图片，没有可打包的图片' })
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', platform: 'UNIX' })
  const fileName = `${exportBaseName(source, Boolean(request.applicationId))}-展示项目图片.zip`
  return storeExport(source.unit.campaignId, fileName, bytes, ZIP_CONTENT_TYPE)
}
