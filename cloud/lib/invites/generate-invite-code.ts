import { randomBytes } from 'node:crypto'
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH } from '../../../types/api/invites'

/**
 * A fresh code from the crypto random source: 8 characters of a 32-letter alphabet (40 bits).
 * 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
 */
export function generateInviteCode(): string {
  const bytes = randomBytes(INVITE_CODE_LENGTH)
  let code = ''
  for (const byte of bytes) code += INVITE_CODE_ALPHABET[byte % INVITE_CODE_ALPHABET.length]
  return code
}
