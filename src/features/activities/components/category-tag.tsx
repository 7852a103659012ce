import { Tag } from '@nutui/nutui-react-taro'
import { ACTIVITY_CATEGORIES, type TActivityCategory } from '../../../../types/domain'

/** One soft colour per 所属类别, so a list can be scanned by category; each word ≥ 4.5:1 on its tint. */
const CATEGORY_COLOURS: Record<TActivityCategory, { text: string; background: string }> = {
  theory: { text: '#c81e34', background: '#fdecee' },
  culture_education: { text: '#1b68cb', background: '#e8f1fd' },
  civility: { text: '#ab5508', background: '#fdf0e3' },
  care: { text: '#c2255c', background: '#fbe9f0' },
  environment: { text: '#257936', background: '#e6f4ea' },
  science: { text: '#5b4fd6', background: '#eeecfb' },
  health: { text: '#0a7789', background: '#e3f5f8' },
  legal: { text: '#55606e', background: '#edf0f3' },
}

export function CategoryTag({ category }: { category: TActivityCategory }) {
  const colours = CATEGORY_COLOURS[category]
  return (
    <Tag className='activity-category' color={colours.text} background={colours.background}>
      {ACTIVITY_CATEGORIES[category]}
    </Tag>
  )
}

export function KeyActivityTag() {
  return (
    <Tag className='activity-key-tag' type='primary'>
      重点
    </Tag>
  )
}

export function DemoTag() {
  return (
    <Tag className='demo-tag' color='#8a5a00' background='#fff4d6'>
      示例
    </Tag>
  )
}
