/**
 * Every rate limit in one place. Each value is far above what a real person (per user) or a real
 * crowd behind one address (per address: a school, an office or a mobile carrier's NAT, where
 * hundreds of volunteers share one public address on the morning of 3·5) ever does, and far below
 * what guessing or flooding needs. A refused request counts too.
 */
export type TRateLimitRule = {
  /** At most this many requests per window. */
  limit: number
  windowSeconds: number
}

export type TRateLimitedOperation = keyof typeof RATE_LIMITS

export const RATE_LIMITS = {
  login: {
    // A session lasts a week and the app keeps its token: a person logs in a few times a week. 10 a
    // minute covers a phone retrying on a bad network; WeChat codes are single-use anyway.
    perUser: { limit: 10, windowSeconds: 60 },
    // A campus or an office logging in together on 3·5: 300 a minute is five logins a second from
    // one address, sustained. Beyond that it is a script.
    perAddress: { limit: 300, windowSeconds: 60 },
  },
  invite: {
    // A contact joins one unit once, maybe after mistyping the code a few times. Codes are 8 of 32
    // characters (10^12): 10 tries in 10 minutes makes guessing hopeless.
    perUser: { limit: 10, windowSeconds: 600 },
    // All contacts of a district's units joining at one training session, each with a typo or two.
    perAddress: { limit: 100, windowSeconds: 600 },
  },
  registration: {
    // Sign-up taps: even tapping through a whole list of March activities and retrying on a slow
    // network is well under 30 a minute (the app sends one request per tap, plus retries).
    perUser: { limit: 30, windowSeconds: 60 },
    // The 3·5 morning burst behind one carrier NAT: 1 200 sign-ups a minute (20 a second) from one
    // address is more than a whole county's first minute in the benchmark of the burst.
    perAddress: { limit: 1200, windowSeconds: 60 },
  },
  upload: {
    // A unit contact uploads a day's photos: 5 per activity, several activities, the odd retry and
    // a workbook or two. 200 signed URLs in 10 minutes is a hundred photos twice over.
    perUser: { limit: 200, windowSeconds: 600 },
    // Several contacts of one organisation uploading from one office.
    perAddress: { limit: 1000, windowSeconds: 600 },
  },
  checkin_code: {
    // Wrong 6-digit check-in codes per person and activity (only wrong ones count): 5 in 10 minutes,
    // as the check-in rule had it. A person who mistypes twice is never stopped; guessing is.
    perUser: { limit: 5, windowSeconds: 600 },
  },
} as const satisfies Record<string, { perUser: TRateLimitRule; perAddress?: TRateLimitRule }>
