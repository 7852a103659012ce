/**
 * Quotes a name (an activity, a theme, a deadline, a unit) inside a sentence, once. Names often carry
 * quotation marks already — “永远跟党走”学雷锋主题宣讲, 「圆梦微心愿」 — and wrapping them again reads
 * ““践行二十大·志愿我先行”” or 「“永远跟党走”…」 (two marks side by side). So a name that starts with
 * an opening mark or ends with a closing one is shown as it is; any other name gets `marks`,
 * switching to 「」 when it uses the same marks inside (nested “…“…”…” is hard to read).
 */
const OPENING = ['「', '『', '“', '"', '《', '‘', '【']
const CLOSING = ['」', '』', '”', '"', '》', '’', '】']

export type TQuoteMarks = '「」' | '“”'

export function quoteName(name: string, marks: TQuoteMarks = '「」'): string {
  const text = name.trim()
  if (text.length === 0) return text
  if (OPENING.includes(text[0]!) || CLOSING.includes(text[text.length - 1]!)) return text
  const [open, close] = marks === '“”' && /[“”]/.test(text) ? ['「', '」'] : [marks[0], marks[1]]
  return `${open}${text}${close}`
}
