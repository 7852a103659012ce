import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TCellDetail } from '../../../../types/api/submission-status'
import './status.scss'

const VERDICT_WORDS = { passed: '合格', failed: '不合格', needs_review: '待复核', error: '待复核' } as const

type TPhotos = Extract<TCellDetail, { kind: 'photos' }>
type TStats = Extract<TCellDetail, { kind: 'weekly_stats' }>
type TReport = Extract<TCellDetail, { kind: 'report' }>

/** The photos handed in, each with its verdict in words. */
export function DetailPhotos({ detail }: { detail: TPhotos }) {
  const urls = detail.photos.map((p) => p.url)
  return (
    <View>
      <Text className='status-detail__hint'>
        已提交 {detail.handedIn} 张（共上传 {detail.uploaded} 张）{detail.handedIn > detail.photos.length ? `，显示前 ${detail.photos.length} 张` : ''}
      </Text>
      {detail.photos.length === 0 ? (
        <Text className='status-detail__empty'>还没有提交照片。</Text>
      ) : (
        <View className='detail-photos'>
          {detail.photos.map((p) => (
            <View key={p.id} className='detail-photo'>
              <Image className='detail-photo__image' src={p.url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls, current: p.url })} />
              <Text className={`detail-photo__verdict detail-photo__verdict--${p.verdict ?? 'checking'}`}>{p.verdict ? VERDICT_WORDS[p.verdict] : '检查中'}</Text>
              {p.activityTitle ? <Text className='detail-photo__activity'>{p.activityTitle}</Text> : null}
            </View>
          ))}
        </View>
      )}
    </View>
  )
}

/** A weekly return or the summary: the 统计表 rows with 合计, the media table, 新闻稿 and its pictures. */
export function DetailStats({ detail }: { detail: TStats }) {
  const t = detail.totals
  return (
    <View className='detail-stats'>
      {detail.figures === 'draft' ? <Text className='status-detail__hint'>草稿：参与人次和服务时数在提交时按签到数据计算。</Text> : null}
      {detail.rows.length === 0 ? <Text className='status-detail__empty'>{detail.figures === 'none' ? '还没有填写这一期的统计表。' : '还没有填写统计行。'}</Text> : null}
      {detail.rows.map((row, i) => (
        <View key={`${i}-${row.activityName}`} className='detail-stats__row'>
          <Text className='detail-stats__name'>
            {i + 1}. {row.activityName}
          </Text>
          <Text className='detail-stats__figures'>
            志愿者 {row.volunteerCount} 人次 · 组织 {row.organisationCount} 个 · 时数 {row.serviceHours} · 资金 {row.fundsYuan ?? '未填'} 元
          </Text>
          <Text className='detail-stats__served'>
            覆盖人群：{row.served.length > 0 ? row.served.map((s) => `${s.label} ${s.count}`).join('、') : '未填'}（服务 {row.servedCount} 人次）
          </Text>
        </View>
      ))}
      {detail.rows.length > 0 ? (
        <Text className='detail-stats__total'>
          合计：志愿者 {t.volunteerCount} 人次 · 组织 {t.organisationCount} 个 · 服务 {t.servedCount} 人次 · 时数 {t.serviceHours} · 资金 {t.fundsYuan} 元
        </Text>
      ) : null}
      {detail.media.length > 0 ? (
        <View className='detail-stats__media'>
          <Text className='detail-section__title'>媒体宣传情况</Text>
          {detail.media.map((m, i) => (
            <Text key={`${i}-${m.activityName}`} className='detail-stats__figures'>
              {m.activityName}：纸媒 {m.printReports} 条 · 网站 {m.webReports} 条 · 阅读 {m.readCount}
              {m.links.length > 0 ? ` · ${m.links.join(' ')}` : ''}
            </Text>
          ))}
          <Text className='detail-stats__total'>
            合计：纸媒 {t.printReports} 条 · 网站 {t.webReports} 条 · 阅读 {t.readCount}
          </Text>
        </View>
      ) : null}
      <Text className='detail-section__title'>新闻稿 / 总结</Text>
      <Text className='detail-body'>{detail.body || '（未填写）'}</Text>
      <Pictures pictures={detail.pictures} />
      {detail.contactName || detail.contactPhone ? (
        <Text className='detail-stats__figures'>
          联系人：{detail.contactName} {detail.contactPhone}
        </Text>
      ) : null}
    </View>
  )
}

/** A report: its text, links and captioned pictures. */
export function DetailReport({ detail }: { detail: TReport }) {
  if (!detail.reportId) return <Text className='status-detail__empty'>还没有填写报告。</Text>
  return (
    <View>
      <Text className='detail-form__title'>{detail.title}</Text>
      <Text className='detail-body'>{detail.body || '（未填写正文）'}</Text>
      {detail.links.map((link) => (
        <Text key={link.url} className='detail-link'>
          {link.label ? `${link.label}：` : ''}
          {link.url}
        </Text>
      ))}
      <Pictures pictures={detail.pictures} />
    </View>
  )
}

/** Something handed in outside the forms (kind 其他): its text and links. */
export function DetailOther({ detail }: { detail: Extract<TCellDetail, { kind: 'other' }> }) {
  return (
    <View>
      <Text className='detail-body'>{detail.body || '（没有说明）'}</Text>
      {detail.links.map((url) => (
        <Text key={url} className='detail-link'>
          {url}
        </Text>
      ))}
    </View>
  )
}

function Pictures({ pictures }: { pictures: Array<{ id: string; url: string; caption: string | null }> }) {
  if (pictures.length === 0) return null
  const urls = pictures.map((p) => p.url)
  return (
    <View className='detail-pictures'>
      {pictures.map((p) => (
        <View key={p.id} className='detail-pictures__cell'>
          <Image className='detail-pictures__item' src={p.url} mode='aspectFill' onClick={() => void Taro.previewImage({ urls, current: p.url })} />
          {p.caption ? <Text className='detail-pictures__caption'>{p.caption}</Text> : null}
        </View>
      ))}
    </View>
  )
}
