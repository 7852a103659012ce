import { findMissingFields, type TShowcaseApplication } from '../../../types/api/showcase'
import type { TSessionClaims } from '../auth/session-token'
import { recordAudit } from '../audit/record-audit'
import { withUserTx } from '../db/transaction'
import { AppError } from '../errors/app-error'
import { refuseIf, submitRefusal } from '../submissions/decide-submission'
import { getShowcaseApplication } from './get-showcase-application'
import { decideApplication, loadApplication, showcaseMessages } from './guards'
import { listPictures, markSubmitted } from './repository'
import { toForm } from './to-application'

/**
 * Hands the application in. Every field of 附件1 and exactly five pictures are required; each
 * missing one is listed in Chinese. After the deadline only a returned (退回) application may be
 * submitted again — the organiser asked for it.
 */
export async function submitShowcaseApplication(session: TSessionClaims, id: string): Promise<TShowcaseApplication> {
  await withUserTx(session, async (tx) => {
    const row = await loadApplication(tx, id, { lock: true })
    refuseIf(submitRefusal(decideApplication(row, new Date()), showcaseMessages(row)))
    const pictures = await listPictures(tx, [id])
    const missing = findMissingFields(toForm(row), pictures.length)
    if (missing.length > 0) {
      throw new AppError('submission_incomplete', {
        userMessage: `还不能提交：${missing.map((m) => m.message).join('；')}`,
        issues: missing.map((m) => ({ path: m.field, message: m.message })),
      })
    }
    await markSubmitted(tx, id, session.sub)
    await recordAudit(tx, {
      campaignId: row.campaign_id,
      actorId: session.sub,
      action: row.status === 'returned' ? 'showcase.resubmit' : 'showcase.submit',
      entity: 'showcase_application',
      entityId: id,
      before: { status: row.status },
      after: { status: 'submitted', projectName: row.project_name, pictures: pictures.length },
    })
  })
  return getShowcaseApplication(session, id)
}
