import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { describeError } from '../../../shared/api-error'
import { openDownload } from '../../../shared/open-download'
import { showMessage } from '../../../shared/toast'
import { exportMyData } from '../api/privacy-api'
import './privacy.scss'

/** 导出我的数据: one JSON file with everything held about the person (PIPL: access and copy). */
export function ExportMyData() {
  const [busy, setBusy] = useState(false)
  const [fileName, setFileName] = useState<string | null>(null)
  async function run() {
    setBusy(true)
    try {
      const file = await exportMyData()
      await openDownload(file)
      setFileName(file.fileName)
    } catch (error) {
      showMessage(describeError(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='privacy-card privacy-export'>
      <Text className='privacy-card__title'>导出我的数据</Text>
      <Text className='privacy-card__text'>包括实名信息、加入的单位、报名与签到记录和服务时长、消息、同意记录，以及你上传的照片的下载链接（7 天内有效）。文件为 JSON 格式。</Text>
      <Button className='privacy-export__button' type='primary' fill='outline' loading={busy} onClick={() => void run()}>
        导出我的数据
      </Button>
      {fileName ? <Text className='privacy-card__meta privacy-export__done'>已生成 {fileName}</Text> : null}
    </View>
  )
}
