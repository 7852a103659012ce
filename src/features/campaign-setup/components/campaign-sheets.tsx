import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { TCampaignSetup } from '../../../../types/api/campaign-setup'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { useRemote } from '../../../shared/use-remote'
import { listExampleCampaigns } from '../api/list-example-campaigns'
import { copyCampaign, createCampaign } from '../api/setup-requests'
import { describeSetupError } from '../hooks/use-campaign-setup'
import { openCampaignSetup, openCreatedCampaign } from '../open-created-campaign'
import { BasicsForm, basicsInput, type TBasicsDraft } from './basics-form'
import { SetupError, SetupField } from './setup-ui'
import { quoteName } from '../../../../types/quote-name'

/** 复制到新的一年: everything but activities and submissions, deadlines moved to the new year. */
export function CopySheet({ setup, open, onClose }: { setup: TCampaignSetup; open: boolean; onClose: () => void }) {
  const [year, setYear] = useState(String(setup.campaign.year + 1))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function submit() {
    setBusy(true)
    try {
      const created = await copyCampaign(setup.campaign.id, { year: Number(year) })
      await openCreatedCampaign(created.campaignId)
    } catch (e) {
      setError(describeSetupError(e))
    } finally {
      setBusy(false)
    }
  }
  const weekly = setup.deadlines.some((d) => d.kind === 'weekly_stats')
  return (
    <BottomSheet open={open} title='复制为新一年的活动月' onClose={onClose} className='setup-sheet copy-sheet'>
      <View className='setup-form'>
        <Text className='setup-sheet__text'>
          复制{quoteName(setup.campaign.title, '“”')}的县区（{setup.districts.length} 个）、单位（{setup.units.length} 个）、指标、联系人和截止时间。截止时间移到新一年的同月同日
          {weekly ? '，每周五的统计表按新一年的周五重新生成' : ''}；活动和各单位的报送不复制。新活动月由你组织，先不发布。
        </Text>
        <SetupField label='新的年份' name='copy-year'>
          <Input className='setup-input copy-year' type='digit' maxLength={4} value={year} onChange={setYear} />
        </SetupField>
        <SetupError message={error} />
        <Button className='setup-submit copy-submit' type='primary' block loading={busy} onClick={() => void submit()}>
          复制到 {year} 年
        </Button>
      </View>
    </BottomSheet>
  )
}

/** 新建活动月 from its notice's basic facts, or from a published one (the seeded notices) as a start. */
export function NewCampaignSheet({ setup, open, onClose }: { setup: TCampaignSetup; open: boolean; onClose: () => void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const examples = useRemote(open ? () => listExampleCampaigns(setup.campaign.id) : null, [open, setup.campaign.id])
  const year = setup.campaign.year + 1
  const initial: TBasicsDraft = {
    title: '',
    issuer: setup.campaign.issuer,
    issuersText: '',
    city: setup.campaign.city,
    yearText: String(year),
    theme: '',
    summary: '',
    period: { kind: 'month', month: `${year}-03` },
    isPublished: false,
  }
  async function submit(draft: TBasicsDraft) {
    setBusy(true)
    try {
      const { isPublished: _unpublished, ...input } = basicsInput(draft)
      const created = await createCampaign(input)
      await openCreatedCampaign(created.campaignId)
    } catch (e) {
      setError(describeSetupError(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <BottomSheet open={open} title='新建活动月' onClose={onClose} className='setup-sheet new-campaign-sheet'>
      <Text className='setup-sheet__text'>按通知填写基本信息，新活动月由你组织，先不发布；截止时间、指标、单位在下一步添加。</Text>
      <BasicsForm initial={initial} withPublish={false} submitText='新建' busy={busy} error={error} onSubmit={(d) => void submit(d)} />
      {examples.data && examples.data.length > 0 ? (
        <View className='example-list'>
          <Text className='example-list__title'>或者打开一份已发布的通知作为范例，再“复制为新一年”</Text>
          {examples.data.map((c) => (
            <View key={c.id} className='example-item' onClick={() => openCampaignSetup(c.id)}>
              <Text className='example-item__title'>{c.title}</Text>
              <Text className='example-item__meta'>
                {c.issuer} · {c.year}年
              </Text>
            </View>
          ))}
        </View>
      ) : null}
    </BottomSheet>
  )
}
