import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { TExportKind } from '../../../../types/api/campaign-exports'
import type { TExportResponse } from '../../../../types/api/common'

export type TExportAction = { kind: TExportKind; label: string; disabled?: boolean }

interface ExportCardProps {
  mark: string
  title: string
  /** What the file will hold, in numbers. */
  facts: string
  note: string
  actions: TExportAction[]
  busy: TExportKind | null
  files: Partial<Record<TExportKind, TExportResponse>>
  onRun: (kind: TExportKind) => void
  onReopen: (kind: TExportKind) => void
  children?: ReactNode
  className?: string
}

/** One official table: what it holds, its options, its export buttons and the files made so far. */
export function ExportCard({ mark, title, facts, note, actions, busy, files, onRun, onReopen, children, className }: ExportCardProps) {
  return (
    <View className={`export-card ${className ?? ''}`}>
      <View className='export-card__head'>
        <Text className='export-card__mark'>{mark}</Text>
        <View className='export-card__titles'>
          <Text className='export-card__title'>{title}</Text>
          <Text className='export-card__facts'>{facts}</Text>
        </View>
      </View>
      <Text className='export-card__note'>{note}</Text>
      {children}
      <View className='export-card__actions'>
        {actions.map((action, i) => (
          <Button
            key={action.kind}
            className={`export-card__button export-run-${action.kind}`}
            type='primary'
            fill={i === 0 ? 'solid' : 'outline'}
            loading={busy === action.kind}
            disabled={action.disabled || (busy !== null && busy !== action.kind)}
            onClick={() => onRun(action.kind)}
          >
            {busy === action.kind ? '正在生成…' : action.label}
          </Button>
        ))}
      </View>
      {actions.map((action) => {
        const file = files[action.kind]
        return file ? (
          <View key={action.kind} className={`export-card__file export-file-${action.kind}`} onClick={() => onReopen(action.kind)}>
            <Text className='export-card__file-name'>已生成：{file.fileName}</Text>
            <Text className='export-card__file-open'>再次打开</Text>
          </View>
        ) : null
      })}
    </View>
  )
}
