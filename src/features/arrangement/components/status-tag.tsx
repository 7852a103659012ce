import { Tag } from '@nutui/nutui-react-taro'

const TONES = {
  neutral: { color: '#4e5969', background: '#f2f3f5' },
  good: { color: '#00a870', background: '#e8f8f2' },
  bad: { color: '#d7263d', background: '#fdecee' },
} as const

/** A quiet status word (草稿 / 已发布 / 已提交 / 已退回), coloured by how it stands. */
export function StatusTag({ label, tone, className }: { label: string; tone: keyof typeof TONES; className?: string }) {
  return (
    <Tag className={className} color={TONES[tone].color} background={TONES[tone].background}>
      {label}
    </Tag>
  )
}
