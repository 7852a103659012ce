import { normaliseContactPhone, type TCampaignSetup, type TContactsInput } from '../../../types/api/campaign-setup'
import { recordAudit } from '../audit/record-audit'
import type { TSessionClaims } from '../auth/session-token'
import { withUserTx } from '../db/transaction'
import { loadSetup } from './load-setup'
import { findContacts, replaceContacts } from './repository'
import { requireOrganiser } from './require-organiser'

/**
 * 联系人 as the notice lists them, in order: the list replaces the stored one. Phones are stored
 * normalised (13812345678, 0518-85802696; a local number as the notice prints it). Audited.
 */
export async function replaceCampaignContacts(session: TSessionClaims, campaignId: string, input: TContactsInput): Promise<TCampaignSetup> {
  return withUserTx(session, async (tx) => {
    const campaign = await requireOrganiser(tx, campaignId)
    const before = await findContacts(tx, campaignId)
    const contacts = input.contacts.map((c) => ({
      name: c.name,
      organisation: c.organisation || null,
      phone: c.phone ? normaliseContactPhone(c.phone) : null,
      email: c.email ? c.email.toLowerCase() : null,
    }))
    await replaceContacts(tx, campaignId, contacts)
    await recordAudit(tx, {
      campaignId,
      actorId: session.sub,
      action: 'contacts.replace',
      entity: 'campaign',
      entityId: campaignId,
      before: { contacts: before.map(({ id: _id, ...rest }) => rest) },
      after: { contacts },
    })
    return loadSetup(tx, campaign)
  })
}
