import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { REPORT_LIMITS, type TReportLink } from '../../../../types/api/reports'
import { linkProblems } from '../hooks/use-report'

interface ReportLinksProps {
  links: TReportLink[]
  editable: boolean
  onChange: (links: TReportLink[]) => void
}

/** Links to coverage (公众号文章, 文明网报道…), each with an optional label; bad addresses named at once. */
export function ReportLinks({ links, editable, onChange }: ReportLinksProps) {
  const problems = linkProblems(links)
  const set = (index: number, patch: Partial<TReportLink>) => onChange(links.map((l, i) => (i === index ? { ...l, ...patch } : l)))
  return (
    <View className='report-links'>
      {links.map((link, index) => (
        <View key={index} className={`report-link report-link-${index + 1}`}>
          <View className='report-link__row'>
            <Text className='report-link__number'>{index + 1}</Text>
            <View className='report-link__fields'>
              <Input className='report-link__label report-link-label' value={link.label} placeholder='说明（选填），如：市文明网报道' maxLength={REPORT_LIMITS.linkLabelMax} disabled={!editable} onChange={(label) => set(index, { label })} />
              <Input className='report-link__url report-link-url' value={link.url} placeholder='https://' maxLength={REPORT_LIMITS.urlMax} disabled={!editable} onChange={(url) => set(index, { url })} />
            </View>
            {editable ? (
              <Text className='report-link__remove' onClick={() => onChange(links.filter((_, i) => i !== index))}>
                删除
              </Text>
            ) : null}
          </View>
          {problems[index] ? <Text className='report-link__error report-link-error'>{problems[index]}</Text> : null}
        </View>
      ))}
      {editable && links.length < REPORT_LIMITS.links ? (
        <Text className='report-links__add report-link-add' onClick={() => onChange([...links, { url: '', label: '' }])}>
          + 添加链接
        </Text>
      ) : null}
    </View>
  )
}
