import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { TPhoto } from '../../../../types/api/photos'
import { formatDay, formatTime } from '../../../shared/date'
import { describeFindings, describeVerdict, isChecking, type VerdictTone } from '../describe-photo'
import type { PendingUpload } from '../hooks/use-activity-photos'
import { PhotoRuleRow } from './photo-rule-row'
import './photos.scss'

interface PhotoCardProps {
  photo: TPhoto
  /** Its check outlasted the page's patience. */
  slow: boolean
  onRetake: () => void
}

/** A checked (or checking) photo: thumbnail, verdict, what was seen, each rule, and 重新拍摄 when it failed. */
export function PhotoCard({ photo, slow, onRetake }: PhotoCardProps) {
  const verdict = describeVerdict(photo.status)
  const info = (
    <>
      <Text className='photo-card__time'>
        {formatDay(photo.createdAt)} {formatTime(photo.createdAt)} 上传
      </Text>
      {describeFindings(photo).map((finding) => (
        <Text key={finding} className='photo-card__finding photo-finding'>
          {finding}
        </Text>
      ))}
      {isChecking(photo.status) ? <Text className='photo-card__progress photo-progress'>{slow ? '检查时间较长，请稍后刷新查看' : '正在检查是否符合拍摄要求…'}</Text> : null}
      {photo.status === 'error' ? <Text className='photo-card__progress'>没能完成检查，可重新上传或等待工作人员查看</Text> : null}
    </>
  )
  return (
    <CardFrame tone={verdict.tone} badge={verdict.text} image={photo.url} status={photo.status} info={info}>
      {photo.rules.length > 0 ? (
        <View className='photo-card__rules'>
          {photo.rules.map((rule) => (
            <PhotoRuleRow key={rule.rule} rule={rule} />
          ))}
        </View>
      ) : null}
      {photo.status === 'failed' || photo.status === 'error' ? (
        <Button className='photo-card__retake photo-retake' type='primary' fill={photo.status === 'failed' ? 'solid' : 'outline'} block onClick={onRetake}>
          {photo.status === 'failed' ? '重新拍摄' : '重新上传'}
        </Button>
      ) : null}
    </CardFrame>
  )
}

const STAGE_TEXT: Record<Exclude<PendingUpload['stage'], 'failed'>, string> = {
  waiting: '等待上传…',
  uploading: '正在上传…',
  checking: '正在检查是否符合拍摄要求…',
}

/** A photo on its way: uploading, then checking; or why the upload failed. */
export function PendingPhotoCard({ item, onDismiss }: { item: PendingUpload; onDismiss: () => void }) {
  const info =
    item.stage === 'failed' ? (
      <>
        <Text className='photo-card__error photo-upload-error'>{item.message}</Text>
        <Text className='photo-card__dismiss photo-dismiss' onClick={onDismiss}>
          移除
        </Text>
      </>
    ) : (
      <Text className='photo-card__progress photo-progress'>{STAGE_TEXT[item.stage]}</Text>
    )
  const failed = item.stage === 'failed'
  return (
    <CardFrame
      tone={failed ? 'failed' : 'checking'}
      badge={failed ? '上传失败' : '检查中'}
      image={item.image.previewUrl}
      status={item.stage}
      info={info}
    />
  )
}

interface CardFrameProps {
  tone: VerdictTone
  badge: string
  image: string
  status: string
  /** Beside the thumbnail. */
  info: ReactNode
  /** Across the card, below. */
  children?: ReactNode
}

function CardFrame({ tone, badge, image, status, info, children }: CardFrameProps) {
  return (
    <View className={`photo-card photo-card--${tone}`} data-status={status}>
      <View className='photo-card__top'>
        <Image className='photo-card__thumb photo-thumb' src={image} mode='aspectFill' onClick={() => void Taro.previewImage({ urls: [image] })} />
        <View className='photo-card__info'>
          <Text className={`photo-card__badge photo-verdict photo-verdict--${tone}`}>{badge}</Text>
          {info}
        </View>
      </View>
      {children}
    </View>
  )
}
