import { LOST_ANSWER_RETRIES, RETRY_DELAYS_MS, sendWithRetries } from '../../src/shared/retry'

async function tries(status: number, idempotent: boolean): Promise<number> {
  let sent = 0
  await sendWithRetries(
    async () => {
      sent += 1
      return { status }
    },
    { idempotent, sleep: async () => undefined },
  )
  return sent
}

describe('the app retries only what is safe and worth repeating', () => {
  it('waits out a 503 with the full backoff', async () => {
    expect(await tries(503, true)).toBe(RETRY_DELAYS_MS.length + 1)
  })
  it('gives up on a request that got no answer after a second, so an offline phone says so at once', async () => {
    expect(await tries(0, true)).toBe(LOST_ANSWER_RETRIES + 1)
  })
  it('never repeats a write that is not idempotent, nor an answer that is final', async () => {
    expect(await tries(503, false)).toBe(1)
    expect(await tries(0, false)).toBe(1)
    expect(await tries(500, true)).toBe(1)
    expect(await tries(409, true)).toBe(1)
  })
})
