import { judge } from './fuzz-kit'

/** The fuzz's oracle itself: what it lets through and what it calls a failure. */
describe('judge', () => {
  const json = (status: number, body: unknown) => ({ status, contentType: 'application/json', text: JSON.stringify(body) })

  it('passes a 2xx and a 4xx with a Chinese {code, message}', () => {
    expect(judge(json(200, { items: [] }))).toBeNull()
    expect(judge(json(400, { code: 'validation_failed', message: '提交的信息有误' }))).toBeNull()
    expect(judge({ status: -1, contentType: '', text: 'ECONNRESET' })).toBeNull()
  })

  it('fails a 5xx, unless it is a configuration answer named for that operation', () => {
    expect(judge(json(500, { code: 'internal', message: '服务器开小差了' }))).toMatch(/500 internal/)
    expect(judge(json(503, { code: 'wechat_login_unavailable', message: '微信登录暂未配置' }))).toMatch(/503/)
    expect(judge(json(503, { code: 'wechat_login_unavailable', message: '微信登录暂未配置' }), ['wechat_login_unavailable'])).toBeNull()
  })

  it('fails a 4xx without JSON, without a code, or with a message that is not Chinese', () => {
    expect(judge({ status: 431, contentType: 'text/plain', text: '' })).toMatch(/without a JSON body/)
    expect(judge(json(400, { error: 'bad' }))).toMatch(/not \{code, message\}/)
    expect(judge(json(400, { code: 'bad_request', message: 'Bad Request' }))).toMatch(/not Chinese/)
  })
})
