import { Input, TextArea } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { countReportCharacters, REPORT_LIMITS, type TReport } from '../../../../types/api/reports'
import type { TReportDraft } from '../hooks/use-report'
import type { useReportPictures } from '../hooks/use-report-pictures'
import { ReportLinks } from './report-links'
import { ReportPictures } from './report-pictures'
import './reports.scss'

interface ReportFormProps {
  report: TReport | null
  draft: TReportDraft
  onChange: (patch: Partial<TReportDraft>) => void
  pictures: ReturnType<typeof useReportPictures>
}

/** A report as the notices ask for it: 文字, 图片影像资料 and links to the coverage. */
export function ReportForm({ report, draft, onChange, pictures }: ReportFormProps) {
  const editable = report === null || report.canEdit
  const count = countReportCharacters(draft.body)
  return (
    <View className='report-form'>
      <View className='report-section'>
        <Text className='report-section__title'>标题</Text>
        <Input className='report-title' value={draft.title} placeholder='如：XX单位学雷锋志愿服务活动开展情况' maxLength={REPORT_LIMITS.titleMax} disabled={!editable} onChange={(title) => onChange({ title })} />
      </View>

      <View className='report-section'>
        <View className='report-section__head'>
          <Text className='report-section__title'>正文</Text>
          <Text className={`report-section__count report-count${draft.body.length > REPORT_LIMITS.bodyMax ? ' report-section__count--over' : ''}`}>
            {count} 字{draft.body.length > REPORT_LIMITS.bodyMax * 0.9 ? ` / 最多 ${REPORT_LIMITS.bodyMax}` : ''}
          </Text>
        </View>
        <Text className='report-section__hint'>活动开展情况、成效和经验做法、典型事迹；可分段</Text>
        <TextArea
          className='report-body'
          value={draft.body}
          placeholder='请填写报告正文'
          maxLength={REPORT_LIMITS.bodyMax}
          autoSize
          rows={10}
          disabled={!editable}
          onChange={(body) => onChange({ body })}
        />
      </View>

      <View className='report-section'>
        <View className='report-section__head'>
          <Text className='report-section__title'>图片</Text>
          <Text className='report-section__count'>{report?.pictures.length ?? 0} 张</Text>
        </View>
        <Text className='report-section__hint'>活动现场照片、报道截图等，最多 {REPORT_LIMITS.pictures} 张，可加说明</Text>
        <ReportPictures
          pictures={report?.pictures ?? []}
          pending={pictures.pending}
          editable={editable}
          working={pictures.working}
          onAdd={() => void pictures.choose()}
          onCaption={(id, caption) => void pictures.caption(id, caption)}
          onRemove={(id) => void pictures.remove(id)}
          onDismiss={pictures.dismiss}
        />
      </View>

      <View className='report-section'>
        <Text className='report-section__title'>链接</Text>
        <Text className='report-section__hint'>媒体报道、公众号文章的网址（以 http:// 或 https:// 开头）</Text>
        <ReportLinks links={draft.links} editable={editable} onChange={(links) => onChange({ links })} />
      </View>
    </View>
  )
}
