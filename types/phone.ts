/**
 * Phone numbers as units write them: a mobile (13812345678, 186-0518-1234) or a landline with its
 * area code (025-83201234, 0518 85802696). Stored normalised: mobiles as 11 digits, landlines as
 * "area-number". Shared by the activity form, the 附件2 import and the seed.
 */
const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^(0\d{2,3})(\d{7,8})$/

/** Full-width digits and separators to ASCII, spaces/dashes/dots removed. */
function digitsOf(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/^\+?86(?=1\d{10}$)/, '')
    .replace(/[\s\-－—–.·()（）]/g, '')
}

/** The normalised number, or null when it is not a Chinese mobile or area-code landline. */
export function normalisePhone(text: string): string | null {
  const digits = digitsOf(text.trim()).replace(/^\+?86(?=1\d{10}$)/, '')
  if (MOBILE.test(digits)) return digits
  const landline = LANDLINE.exec(digits)
  if (landline?.[1] && landline[2]) {
    // Beijing/Shanghai/Tianjin/Chongqing and the 02x areas have 3-digit codes; the rest 4.
    const threeDigit = /^0(10|2\d)/.test(digits)
    const area = threeDigit ? digits.slice(0, 3) : digits.slice(0, 4)
    const number = digits.slice(area.length)
    if (number.length >= 7 && number.length <= 8) return `${area}-${number}`
  }
  return null
}

export function isPhoneNumber(text: string): boolean {
  return normalisePhone(text) !== null
}
