import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { SHOWCASE_PICTURE_COUNT, SUBMISSION_STATUS_LABELS, type TListShowcaseResponse } from '../../../../types/api/showcase'
import { describeDeadline } from '../../../shared/deadline-text'
import { StateView } from '../../../shared/ui/state-view'
import './showcase.scss'

interface ShowcaseListProps {
  data: TListShowcaseResponse
  creating: boolean
  exporting: null | 'form' | 'pictures'
  onOpen: (applicationId: string) => void
  onCreate: () => void
  onExport: (what: 'form' | 'pictures') => void
}

/** The unit's projects with their state, the deadline and the quota, and the unit-wide exports. */
export function ShowcaseList({ data, creating, exporting, onOpen, onCreate, onExport }: ShowcaseListProps) {
  const submitted = data.items.filter((i) => i.status === 'submitted' || i.status === 'accepted').length
  const due = data.deadline ? describeDeadline(data.deadline.dueAt) : null
  const owed = data.minProjects !== null ? Math.max(0, data.minProjects - submitted) : 0
  return (
    <View className='showcase-list'>
      <View className='showcase-list__intro'>
        <Text className='showcase-list__unit'>{data.unit.name}</Text>
        <Text className='showcase-list__title'>启动仪式现场展示项目申报（附件1）</Text>
        {due ? <Text className={`showcase-list__due${due.passed || due.urgent ? ' showcase-list__due--urgent' : ''}`}>{due.text}</Text> : null}
        <Text className='showcase-list__quota showcase-quota'>
          {data.minProjects !== null ? `各单位不少于 ${data.minProjects} 个项目 · ` : ''}已提交 {submitted} 个{owed > 0 ? `，还需 ${owed} 个` : ''}
        </Text>
      </View>
      {data.items.length === 0 ? (
        <StateView kind='empty' title='还没有展示项目' description='每个项目填一张申报表，附 5 张不小于 1 MB 的图片' />
      ) : (
        data.items.map((item) => (
          <View key={item.id} className='showcase-card' onClick={() => onOpen(item.id)}>
            <View className='showcase-card__head'>
              <Text className='showcase-card__name'>{item.projectName || '未命名项目'}</Text>
              <Text className={`showcase-card__status submission-status submission-status--${item.status}`}>{SUBMISSION_STATUS_LABELS[item.status]}</Text>
            </View>
            <Text className='showcase-card__meta'>
              {item.organisationName || '未填组织名称'} · 图片 {item.pictures.length}/{SHOWCASE_PICTURE_COUNT}
            </Text>
            {item.status === 'returned' && item.returnReason ? <Text className='showcase-card__reason'>退回原因：{item.returnReason}</Text> : null}
            {item.canEdit && item.missing.length > 0 ? (
              <Text className='showcase-card__missing'>还需 {item.missing.length} 项：{item.missing[0]?.message}</Text>
            ) : null}
          </View>
        ))
      )}
      <View className='showcase-list__actions'>
        <Button className='showcase-create' type='primary' block loading={creating} disabled={!data.deadline} onClick={onCreate}>
          + 新建展示项目
        </Button>
        {data.items.length > 0 ? (
          <View className='showcase-list__exports'>
            <Button className='showcase-export-form' fill='outline' size='small' loading={exporting === 'form'} onClick={() => onExport('form')}>
              导出申报表（全部）
            </Button>
            <Button className='showcase-export-pictures' fill='outline' size='small' loading={exporting === 'pictures'} onClick={() => onExport('pictures')}>
              导出图片包（全部）
            </Button>
          </View>
        ) : null}
        {!data.deadline ? <Text className='showcase-list__none'>本活动月没有启动仪式现场展示项目申报</Text> : null}
      </View>
    </View>
  )
}
