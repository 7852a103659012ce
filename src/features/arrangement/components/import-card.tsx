import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { isWeapp } from '../../../shared/platform'
import type { TBusy } from '../hooks/use-arrangement'

interface Props {
  busy: TBusy
  fileError: string | null
  onChoose: () => void
  onExport: () => void
}

const BUSY_TEXT: Partial<Record<NonNullable<TBusy>, string>> = {
  uploading: '正在上传表格…',
  checking: '正在逐行检查…',
}

/** Import from Excel (the notice's 附件2) and export the unit's table. */
export function ImportCard({ busy, fileError, onChoose, onExport }: Props) {
  const working = busy === 'uploading' || busy === 'checking'
  return (
    <View className='arrangement-card arrangement-import'>
      <Text className='arrangement-card__title'>从 Excel 导入</Text>
      <Text className='arrangement-import__hint'>
        使用通知附件2的表格（.xlsx）：序号、单位(组织)、时间、地点、活动名称及内容、联系人及电话、所属类别。标题行和盖章行可以保留，导入前会逐行检查。
      </Text>
      {fileError ? (
        <View className='arrangement-import__error'>
          <Text className='arrangement-import__error-text'>{fileError}</Text>
        </View>
      ) : null}
      <View className='arrangement-import__actions'>
        <Button className='arrangement-choose-button' type='primary' block loading={working} disabled={busy !== null} onClick={onChoose}>
          {working ? BUSY_TEXT[busy] : isWeapp ? '从微信聊天选择 Excel 文件' : '选择 Excel 文件'}
        </Button>
        <Button className='arrangement-export-button' fill='outline' block loading={busy === 'exporting'} disabled={busy !== null} onClick={onExport}>
          导出安排表（Excel）
        </Button>
      </View>
    </View>
  )
}
