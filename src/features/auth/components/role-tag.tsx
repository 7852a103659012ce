import { Tag } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type TRole } from '../../../../types/domain'

const ROLE_COLOURS: Record<TRole, { text: string; background: string }> = {
  volunteer: { text: '#257936', background: '#e6f4ea' },
  unit_contact: { text: '#c81e34', background: '#fdecee' },
  organiser: { text: '#8a5a00', background: '#fff1c9' },
  district_admin: { text: '#1d4ed8', background: '#e0ebff' },
}

export function RoleTag({ role, className }: { role: TRole; className?: string }) {
  const colours = ROLE_COLOURS[role]
  return (
    <Tag className={`role-tag ${className ?? ''}`} color={colours.text} background={colours.background}>
      {ROLE_LABELS[role]}
    </Tag>
  )
}
