import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SUBMISSION_STATUS_LABELS, SHOWCASE_STANDARD_NEEDS } from '../../../../types/api/showcase'
import type { TCellShowcase } from '../../../../types/api/submission-status'
import { formatDateTime } from '../../../shared/date'
import { DecisionActions, type TDecisionTarget } from './decision-actions'
import './status.scss'

interface DetailShowcaseProps {
  applications: TCellShowcase[]
  quota: number | null
  submitted: number
  target: (applicationId: string) => TDecisionTarget
  onDecided: () => void
}

/** 附件1 · 启动仪式现场展示项目申报表: each application as the form prints it, with its pictures and its own 退回 / 采用. */
export function DetailShowcase({ applications, quota, submitted, target, onDecided }: DetailShowcaseProps) {
  if (applications.length === 0) return <Text className='status-detail__empty'>还没有填写展示项目申报表。</Text>
  return (
    <View className='detail-showcase'>
      <Text className='status-detail__hint'>
        已提交 {submitted} 个项目{quota !== null ? `，每个单位不少于 ${quota} 个` : ''}
      </Text>
      {applications.map((app) => (
        <View key={app.id} className='detail-form showcase-application'>
          <View className='detail-form__head'>
            <Text className='detail-form__title'>{app.projectName || '未命名项目'}</Text>
            <Text className={`detail-tag detail-tag--${app.status}`}>{SUBMISSION_STATUS_LABELS[app.status]}</Text>
          </View>
          {app.submittedAt ? <Text className='detail-form__meta'>提交于 {formatDateTime(app.submittedAt)}</Text> : null}
          {app.returnReason ? <Text className='detail-form__reason'>退回原因：{app.returnReason}</Text> : null}
          <Field label='组织名称' value={app.organisationName} />
          <Field label='项目简介' value={app.summary} />
          <Field label='展示内容' value={app.displayContents.map((d) => `${d.item}${d.description ? `：${d.description}` : ''}`).join('；')} />
          <Field
            label='需求提供'
            value={[app.standardNeeds ? SHOWCASE_STANDARD_NEEDS : '', ...app.extraNeeds.map((n) => `${n.item}${n.description ? `：${n.description}` : ''}`)]
              .filter(Boolean)
              .join('；')}
          />
          <Field label='对接负责人' value={[app.contactUnitTitle, app.contactName, app.contactPhone, app.remark].filter(Boolean).join(' · ')} />
          {app.pictures.length > 0 ? (
            <View className='detail-pictures'>
              {app.pictures.map((p) => (
                <Image
                  key={p.id}
                  className='detail-pictures__item'
                  src={p.url}
                  mode='aspectFill'
                  onClick={() => void Taro.previewImage({ urls: app.pictures.map((x) => x.url), current: p.url })}
                />
              ))}
            </View>
          ) : (
            <Text className='detail-form__meta'>没有项目图片</Text>
          )}
          <DecisionActions target={target(app.id)} canReturn={app.canReturn} canAccept={app.canAccept} what={`展示项目「${app.projectName || '未命名项目'}」`} onDecided={onDecided} />
        </View>
      ))}
    </View>
  )
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View className='detail-field'>
      <Text className='detail-field__label'>{label}</Text>
      <Text className='detail-field__value'>{value || '（未填写）'}</Text>
    </View>
  )
}
