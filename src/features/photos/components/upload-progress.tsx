import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { formatBytes, formatElapsed } from '../describe-evidence'
import type { PendingUpload } from '../hooks/use-activity-photos'
import './upload-progress.scss'

/**
 * One photo's upload: a bar of the bytes sent where the platform reports them (H5), otherwise a
 * moving bar with the size and the time so far (weapp cannot report a PUT's progress).
 */
export function UploadProgress({ item }: { item: PendingUpload }) {
  const total = item.image.byteSize
  const now = useTicker(item.stage === 'uploading' && item.sent === null)
  let share: number | null
  let text: string
  switch (item.stage) {
    case 'waiting':
      share = 0
      text = `等待上传 · ${formatBytes(total)}`
      break
    case 'preparing':
      share = 0
      text = `准备上传 · ${formatBytes(total)}`
      break
    case 'uploading':
      if (item.sent === null) {
        share = null
        text = `正在上传 ${formatBytes(total)} · 已用 ${formatElapsed(now - (item.startedAt ?? now))}`
      } else {
        share = total > 0 ? Math.min(1, item.sent / total) : 0
        text = `已上传 ${formatBytes(item.sent)} / ${formatBytes(total)}（${Math.round(share * 100)}%）`
      }
      break
    default:
      share = 1
      text = `已上传 ${formatBytes(total)}`
  }
  return (
    <View className='upload-progress' data-stage={item.stage}>
      <View
        className={`upload-progress__track upload-progress-bar${share === null ? ' upload-progress__track--indeterminate' : ''}`}
        data-share={share === null ? '' : share.toFixed(3)}
      >
        <View className='upload-progress__fill' style={share === null ? undefined : { width: `${(share * 100).toFixed(1)}%` }} />
      </View>
      <Text className='upload-progress__text upload-progress-text'>{text}</Text>
    </View>
  )
}

/** Date.now(), refreshed every second while `running` (for the elapsed time). */
function useTicker(running: boolean): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    if (!running) return undefined
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [running])
  return now
}
