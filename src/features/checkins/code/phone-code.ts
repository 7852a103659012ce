import { deriveCheckinCode, fromBase64Url } from '../../../../types/checkin-code'
import { hmacSha256 } from './hmac-sha256'

/** The codes of one time step, computed on the phone from the activity's key (base64url). */
export function codeForStep(key: string, activityId: string, step: number): { qrText: string; shortCode: string } {
  const keyBytes = fromBase64Url(key)
  return deriveCheckinCode((message) => hmacSha256(keyBytes, message), activityId, step)
}
