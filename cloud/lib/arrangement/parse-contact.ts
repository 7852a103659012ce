import { normalisePhone } from '../../../types/phone'

export type TParsedContact = { ok: true; name: string; phone: string; warnings: string[] } | { ok: false; error: string }

/** A mobile (3-4-4 with optional separators), an area-code landline, or a bare 7–8 digit number. */
const PHONE = /(?<!\d)(?:\+?86[\s-]?)?(?:1\d{2}[\s-]?\d{4}[\s-]?\d{4}|0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}|\d{7,8})(?!\d)/g
const LABELS = /(联系人|联系电话|联系方式|电话号码|电话|手机号码|手机号|手机|座机|tel|phone)\s*[:：]?/gi
const EDGES = /^[\s/\\,，、;；:：|()（）·-]+|[\s/\\,，、;；:：|()（）·-]+$/g

/**
 * 联系人及电话 in one cell: a name and a mobile or area-code landline, joined by a space, a slash,
 * a comma or nothing, digits with or without dashes ("张三 13812345678", "陈静/025-83201234",
 * "刘洋 186-0518-1234"). A landline without its area code ("王清85802696") is an error: nobody
 * outside the city could ring it.
 */
export function parseContact(raw: string): TParsedContact {
  const text = raw.normalize('NFKC').replace(/\((0\d{2,3})\)\s*/g, '$1-').trim()
  if (text === '') return { ok: false, error: '没有填写联系人及电话，请写成“张三 13812345678”' }
  const matches = [...text.matchAll(PHONE)]
  const first = matches[0]
  if (!first || first.index === undefined) {
    const digits = /\d[\d\s-]*\d|\d/.exec(text)?.[0]
    if (digits) return { ok: false, error: `电话“${digits.trim()}”位数不对，请填写 11 位手机号或带区号的座机号` }
    return { ok: false, error: `只写了联系人“${clean(text)}”，没有电话，请写成“张三 13812345678”` }
  }
  const number = first[0]
  const phone = normalisePhone(number)
  if (!phone) {
    const digits = number.replace(/\D/g, '')
    if (digits.length <= 8 && !digits.startsWith('0')) {
      return { ok: false, error: `电话“${number.trim()}”是不带区号的座机号，请加上区号，写成“区号-${digits}”（如 0518-${digits}）` }
    }
    return { ok: false, error: `“${number.trim()}”不是有效的手机号或带区号的座机号` }
  }
  let name = clean(text.slice(0, first.index))
  if (name === '') {
    const next = matches[1]?.index ?? text.length
    name = clean(text.slice(first.index + number.length, next))
  }
  if (name === '') return { ok: false, error: `只写了电话，没有联系人姓名，请写成“张三 ${phone}”` }
  const warnings = matches.length > 1 ? [`填写了多个电话，只导入了第一个联系人：${name} ${phone}`] : []
  return { ok: true, name, phone, warnings }
}

function clean(text: string): string {
  return text.replace(LABELS, ' ').replace(EDGES, '').replace(/\s+/g, ' ').trim()
}
