import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TArrangementPreview, TArrangementPreviewRow } from '../../../../types/api/arrangement'
import { ACTIVITY_CATEGORIES } from '../../../../types/domain'
import { formatTimeRange } from '../../../shared/date'
import { CheckBox } from '../../../shared/ui/check-box'

interface Props {
  preview: TArrangementPreview
  applying: boolean
  onApply: (mode: 'all' | 'valid_only', publish: boolean) => void
  onDiscard: () => void
}

const SHOWN_VALID = 5
/** A whole district's file can have hundreds of wrong rows; the first ones tell what to fix. */
const SHOWN_ISSUES = 50

/** The checked workbook: counts, every wrong row with its errors by column, warnings, and the import choices. */
export function PreviewPanel({ preview, applying, onApply, onDiscard }: Props) {
  const [publish, setPublish] = useState(false)
  const invalid = preview.rows.filter((row) => !row.ok)
  const warned = preview.rows.filter((row) => row.ok && row.warnings.length > 0)
  const creating = preview.rows.filter((row) => row.ok && !row.duplicate)
  const duplicates = preview.rows.filter((row) => row.ok && row.duplicate).length
  return (
    <View className='arrangement-card arrangement-preview'>
      <Text className='arrangement-card__title'>检查结果</Text>
      <Text className='arrangement-preview__file'>
        {preview.fileName ?? '上传的表格'} · 工作表“{preview.sheetName}” · 表头在第 {preview.headerRow} 行
      </Text>
      <View className='arrangement-preview__counts'>
        <Count value={preview.rows.length} label='行活动' />
        <Count value={preview.valid} label='行正确' tone='ok' />
        <Count value={preview.invalid} label='行有错误' tone={preview.invalid > 0 ? 'bad' : undefined} />
        {duplicates > 0 ? <Count value={duplicates} label='行已导入过' /> : null}
      </View>

      {invalid.length > 0 ? <Text className='arrangement-preview__section'>有错误的行（请在 Excel 中修改）</Text> : null}
      {invalid.slice(0, SHOWN_ISSUES).map((row) => (
        <RowIssues key={row.row} row={row} kind='error' />
      ))}
      {invalid.length > SHOWN_ISSUES ? <Text className='arrangement-preview__more'>还有 {invalid.length - SHOWN_ISSUES} 行有错误未列出</Text> : null}
      {warned.length > 0 ? <Text className='arrangement-preview__section'>请核对的行</Text> : null}
      {warned.slice(0, SHOWN_ISSUES).map((row) => (
        <RowIssues key={row.row} row={row} kind='warning' />
      ))}
      {warned.length > SHOWN_ISSUES ? <Text className='arrangement-preview__more'>还有 {warned.length - SHOWN_ISSUES} 行需要核对未列出</Text> : null}
      {creating.length > 0 ? <Text className='arrangement-preview__section'>将导入的活动</Text> : null}
      {creating.slice(0, SHOWN_VALID).map((row) => (
        <View key={row.row} className='arrangement-preview__row'>
          <Text className='arrangement-preview__row-title'>
            第 {row.row} 行 · {row.activity?.title}
          </Text>
          {row.activity ? (
            <Text className='arrangement-preview__row-meta'>
              {formatTimeRange(row.activity.startsAt, row.activity.endsAt)} · {row.activity.locationName} · {ACTIVITY_CATEGORIES[row.activity.category]}
            </Text>
          ) : null}
        </View>
      ))}
      {creating.length > SHOWN_VALID ? <Text className='arrangement-preview__more'>还有 {creating.length - SHOWN_VALID} 个活动</Text> : null}

      <CheckBox className='arrangement-publish-check' checked={publish} onChange={setPublish}>
        <Text className='arrangement-preview__publish'>导入后直接发布（志愿者马上能看到并报名）；不勾选则存为草稿，核对后再发布</Text>
      </CheckBox>
      <View className='arrangement-preview__actions'>
        <Button className='arrangement-apply-all' type='primary' block loading={applying} disabled={applying || preview.invalid > 0 || preview.toCreate === 0} onClick={() => onApply('all', publish)}>
          全部导入（{preview.toCreate} 个活动）
        </Button>
        {preview.invalid > 0 ? (
          <Text className='arrangement-preview__reason'>还有 {preview.invalid} 行有错误，不能全部导入：请修改后重新上传，或只导入正确的行。</Text>
        ) : null}
        {preview.invalid > 0 && preview.toCreate > 0 ? (
          <Button className='arrangement-apply-valid' fill='outline' type='primary' block disabled={applying} onClick={() => onApply('valid_only', publish)}>
            只导入正确的 {preview.toCreate} 行
          </Button>
        ) : null}
        {preview.toCreate === 0 && preview.valid > 0 ? <Text className='arrangement-preview__reason'>表中的活动本单位都已导入过，没有新的活动。</Text> : null}
        <Button className='arrangement-discard' fill='none' block disabled={applying} onClick={onDiscard}>
          放弃这次导入
        </Button>
      </View>
    </View>
  )
}

function Count({ value, label, tone }: { value: number; label: string; tone?: 'ok' | 'bad' }) {
  return (
    <View className={`arrangement-preview__count${tone ? ` arrangement-preview__count--${tone}` : ''}`}>
      <Text className='arrangement-preview__count-value'>{value}</Text>
      <Text className='arrangement-preview__count-label'>{label}</Text>
    </View>
  )
}

function RowIssues({ row, kind }: { row: TArrangementPreviewRow; kind: 'error' | 'warning' }) {
  const issues = kind === 'error' ? [...row.errors, ...row.warnings] : row.warnings
  return (
    <View className={`arrangement-issue arrangement-issue--${kind}`}>
      <Text className='arrangement-issue__row'>
        第 {row.row} 行 · {row.label}
      </Text>
      {issues.map((issue, index) => (
        <View key={index} className='arrangement-issue__item'>
          <Text className={`arrangement-issue__column${index >= row.errors.length || kind === 'warning' ? ' arrangement-issue__column--warning' : ''}`}>{issue.column}</Text>
          <Text className='arrangement-issue__message'>{issue.message}</Text>
        </View>
      ))}
    </View>
  )
}
