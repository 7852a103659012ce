import { getAppConfig } from '../lib/campaigns/get-app-config'
import { withUserTx } from '../lib/db/transaction'
import { defineHandler } from '../lib/http/define-handler'

export default defineHandler({
  GET: async ({ session }) => withUserTx(session, (tx) => getAppConfig(tx)),
})
