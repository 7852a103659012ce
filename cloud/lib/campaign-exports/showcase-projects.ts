import { SHOWCASE_DISPLAY_ITEMS, SHOWCASE_EXTRA_NEEDS, type TShowcaseForm } from '../../../types/api/showcase'
import type { TTx } from '../db/client'
import { AppError } from '../errors/app-error'
import { folderNames, pictureFileName } from '../showcase/package-names'
import { listShowcasePictures, listShowcaseProjects, type TShowcasePictureRow, type TShowcaseProjectRow } from './repository'
import type { TExportScope } from './resolve-export-scope'

export type TGatheredProject = {
  row: TShowcaseProjectRow
  form: TShowcaseForm
  /** "<单位>/<项目名称>": the project's folder in the picture package. */
  folder: string
  pictures: Array<TShowcasePictureRow & { fileName: string }>
}

/** The form as the unit filled it in, the ticked items in the notice's order (as showcase/to-application.ts). */
function toForm(row: TShowcaseProjectRow): TShowcaseForm {
  return {
    organisationName: row.organisation_name,
    projectName: row.project_name,
    summary: row.project_summary,
    displayContents: SHOWCASE_DISPLAY_ITEMS.filter((item) => row.display_contents.includes(item)).map((item) => ({
      item,
      description: row.display_details[item] ?? '',
    })),
    standardNeeds: row.standard_needs,
    extraNeeds: SHOWCASE_EXTRA_NEEDS.filter((item) => row.extra_needs.includes(item)).map((item) => ({
      item,
      description: row.extra_need_details[item] ?? '',
    })),
    contactName: row.contact_name ?? '',
    contactUnitTitle: row.contact_unit_title ?? '',
    contactPhone: row.contact_phone ?? '',
    remark: row.remark ?? '',
  }
}

/**
 * Every submitted 附件1 project in scope with its pictures, and where each lands in the package:
 * a folder per unit, in it a folder per project (named as the unit's own package names them,
 * showcase/package-names.ts), the pictures 1.jpg … 5.jpg in the unit's order.
 */
export async function gatherShowcaseProjects(tx: TTx, scope: TExportScope): Promise<TGatheredProject[]> {
  const rows = await listShowcaseProjects(tx, scope.campaign.id, scope.district?.id ?? null)
  if (rows.length === 0) {
    throw new AppError('not_found', { userMessage: `${scope.label}还没有已提交的展示项目申报表（附件1）` })
  }
  const pictures = await listShowcasePictures(tx, scope.campaign.id, rows.map((r) => r.id))
  const unitFolders = new Map<string, string>()
  const unitIds = [...new Set(rows.map((r) => r.unit_id))]
  folderNames(unitIds.map((id) => rows.find((r) => r.unit_id === id)?.unit_name ?? '')).forEach((name, i) => {
    unitFolders.set(unitIds[i] ?? '', name)
  })
  const projectFolders = new Map<string, string>()
  for (const unitId of unitIds) {
    const own = rows.filter((r) => r.unit_id === unitId)
    folderNames(own.map((r) => r.project_name)).forEach((name, i) => projectFolders.set(own[i]?.id ?? '', name))
  }
  const picturesOf = new Map<string, TGatheredProject['pictures']>()
  for (const picture of pictures) {
    const list = picturesOf.get(picture.showcase_application_id) ?? []
    list.push({ ...picture, fileName: pictureFileName(picture.showcase_position, picture.mime_type ?? 'image/jpeg') })
    picturesOf.set(picture.showcase_application_id, list)
  }
  return rows.map((row) => ({
    row,
    form: toForm(row),
    folder: `${unitFolders.get(row.unit_id) ?? ''}/${projectFolders.get(row.id) ?? ''}`,
    pictures: picturesOf.get(row.id) ?? [],
  }))
}
