import { ZDemoLoginRequest, type TSessionResponse } from '../../../types/api/auth'
import { loginAsDemoUser } from '../../lib/auth/login-as-demo-user'
import { defineHandler } from '../../lib/http/define-handler'
import { parseInput } from '../../lib/http/parse-input'

export default defineHandler({
  POST: async ({ req, client }): Promise<TSessionResponse> => loginAsDemoUser(parseInput(ZDemoLoginRequest, req.body), client),
})
