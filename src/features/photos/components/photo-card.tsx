import { Button } from '@nutui/nutui-react-taro'
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import type { TPhoto } from '../../../../types/api/photos'
import { formatDay, formatTime } from '../../../shared/date'
import { describeFindings, describeReview, describeVerdict, isChecking, type VerdictTone } from '../describe-photo'
import type { PendingUpload } from '../hooks/use-activity-photos'
import { PhotoEvidence } from './photo-evidence'
import { PhotoRuleRow } from './photo-rule-row'
import { UploadProgress } from './upload-progress'
import './photos.scss'

interface PhotoCardProps {
  photo: TPhoto
  /** Its check outlasted the page's patience. */
  slow: boolean
  onRetake: () => void
  onDelete: () => void
  /** This photo's delete is on its way. */
  deleting: boolean
}

/**
 * A checked (or checking) photo: thumbnail, verdict, what was seen, the boxes drawn on the photo
 * (on request), each rule, 重新拍摄 when it failed, and 删除.
 */
export function PhotoCard({ photo, slow, onRetake, onDelete, deleting }: PhotoCardProps) {
  const verdict = describeVerdict(photo.status)
  const [expanded, setExpanded] = useState(false)
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
      {photo.reviewed ? <Text className='photo-card__note photo-review-note'>{describeReview(photo)}</Text> : null}
      {photo.handedInAt ? <Text className='photo-card__handed-in photo-handed-in'>已随本单位照片提交</Text> : null}
      {isChecking(photo.status) ? <Text className='photo-card__progress photo-progress'>{slow ? '检查时间较长，请稍后刷新查看' : '正在检查是否符合拍摄要求…'}</Text> : null}
      {photo.status === 'error' ? <Text className='photo-card__progress'>没能完成检查，可重新上传或等待工作人员查看</Text> : null}
    </>
  )
  const hasEvidence = photo.evidence !== null && photo.width !== null
  return (
    <CardFrame tone={verdict.tone} badge={verdict.text} image={photo.url} status={photo.status} info={info}>
      <View className='photo-card__actions'>
        {hasEvidence ? (
          <Text className='photo-card__action photo-evidence-toggle' onClick={() => setExpanded(!expanded)}>
            {expanded ? '收起识别结果' : '查看识别结果'}
          </Text>
        ) : null}
        <Text className={`photo-card__action photo-card__action--danger photo-delete${deleting ? ' photo-card__action--busy' : ''}`} onClick={deleting ? undefined : onDelete}>
          {deleting ? '正在删除…' : '删除'}
        </Text>
      </View>
      {expanded ? <PhotoEvidence photo={photo} /> : null}
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

/** A photo on its way: its own upload bar, then checking; or why the upload failed. */
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
      <>
        <UploadProgress item={item} />
        {item.stage === 'checking' ? <Text className='photo-card__progress photo-progress'>正在检查是否符合拍摄要求…</Text> : null}
      </>
    )
  const failed = item.stage === 'failed'
  return (
    <CardFrame
      tone={failed ? 'failed' : 'checking'}
      badge={failed ? '上传失败' : item.stage === 'checking' ? '检查中' : '上传中'}
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
