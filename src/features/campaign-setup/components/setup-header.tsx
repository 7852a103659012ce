import { Text, View } from '@tarojs/components'
import type { TCampaignSetup } from '../../../../types/api/campaign-setup'

/** The campaign open here, whether volunteers see it, and what may be done with it. */
export function SetupHeader({ setup, canCreate, onCopy, onNew }: { setup: TCampaignSetup; canCreate: boolean; onCopy: () => void; onNew: () => void }) {
  const c = setup.campaign
  return (
    <View className='setup-header'>
      <View className='setup-header__top'>
        <Text className={`setup-header__state${c.isPublished ? ' setup-header__state--published' : ''}`}>{c.isPublished ? '已发布' : '未发布'}</Text>
        {c.noticeRef ? <Text className='setup-header__notice'>据通知录入</Text> : null}
        {!setup.canEdit ? <Text className='setup-header__readonly'>只读</Text> : null}
      </View>
      <Text className='setup-header__title'>{c.title}</Text>
      <Text className='setup-header__meta'>
        {c.issuer} · {c.period.text}
        {c.theme ? ` · ${c.theme}` : ''}
      </Text>
      {!setup.canEdit ? (
        <Text className='setup-header__note'>{canCreate ? '这是范例，只能查看。可以把它复制为你组织的新活动月，再按新通知修改。' : '只有本活动月的组织方可以修改设置。'}</Text>
      ) : null}
      {canCreate ? (
        <View className='setup-header__actions'>
          <Text className='setup-header__action setup-copy-open' onClick={onCopy}>
            复制为新一年
          </Text>
          <Text className='setup-header__action setup-new-open' onClick={onNew}>
            新建活动月
          </Text>
        </View>
      ) : null}
    </View>
  )
}
