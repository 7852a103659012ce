import type { TPhotoReviewItem } from '../../../types/api/photo-review'
import { signShownCopies } from '../privacy/shown-copies'
import { toShanghaiIso } from '../time/shanghai'
import { toPhoto } from '../photos/to-photo'
import { describeConsequence } from './describe-consequence'
import type { TQueueRow } from './repository'

const READ_URL_SECONDS = 600

/**
 * A queue row as the reviewer sees it. The photo itself goes through the photos domain's mapping
 * (the same rules, messages and evidence boxes as the unit's pages), so both sides see one picture.
 */
export function toReviewItem(row: TQueueRow, url: string): TPhotoReviewItem {
  const handedIn = row.handed_in_at !== null
  return {
    photo: toPhoto(row, url),
    checkerVerdict: row.checker_verdict,
    review:
      row.review_verdict && row.reviewed_at
        ? { verdict: row.review_verdict, note: row.review_note, reviewedAt: toShanghaiIso(row.reviewed_at), reviewerName: row.reviewer_name }
        : null,
    unit: { id: row.unit_id, name: row.unit_name, districtId: row.district_id, districtName: row.district_name },
    activity:
      row.activity_id && row.activity_title && row.activity_starts_at && row.activity_ends_at
        ? { id: row.activity_id, title: row.activity_title, startsAt: toShanghaiIso(row.activity_starts_at), endsAt: toShanghaiIso(row.activity_ends_at) }
        : null,
    handedIn,
    returnStatus: row.return_status,
    ...describeConsequence({ checkerVerdict: row.checker_verdict, handedIn, returnStatus: row.return_status }),
  }
}

/** Each with a short-lived link to the EXIF-free display copy; a photo without one yet is left out (signShownCopies). */
export async function toReviewItems(rows: TQueueRow[]): Promise<TPhotoReviewItem[]> {
  return (await signShownCopies(rows, READ_URL_SECONDS)).map(({ row, url }) => toReviewItem(row, url))
}
