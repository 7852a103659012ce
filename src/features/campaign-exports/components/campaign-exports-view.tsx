import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { TExportKind, TExportOptionsResponse } from '../../../../types/api/campaign-exports'
import { ROLE_LABELS } from '../../../../types/domain'
import { CheckBox } from '../../../shared/ui/check-box'
import { useExportRunner } from '../hooks/use-export-runner'
import { periodGroup, periodKey } from '../period-key'
import { ExportCard } from './export-card'
import { ExportChoiceChips } from './export-choice-chips'
import './exports.scss'

const ALL = 'all'
const PERIOD_GROUPS = ['每周五', '总结', '按月', '整个活动期'] as const

/**
 * 导出报表: whose units (an organiser picks 全部 or one 县区; a district admin has its own), which days
 * for the statistics, and a card per official table. Two panes on a desk — choices on the left,
 * the tables on the right — one column on a phone.
 */
export function CampaignExportsView({ options }: { options: TExportOptionsResponse }) {
  const organiser = options.role === 'organiser'
  const [district, setDistrict] = useState<string>(ALL)
  const firstFriday = options.periods.find((p) => p.period.kind === 'deadline')
  const [period, setPeriod] = useState<string>(periodKey((firstFriday ?? options.periods[0])?.period ?? { kind: 'campaign' }))
  const [submittedOnly, setSubmittedOnly] = useState(false)
  const runner = useExportRunner(options.campaign.id)

  const chosenPeriod = options.periods.find((p) => periodKey(p.period) === period) ?? options.periods[0]
  const chosenDistrict = options.districts.find((d) => d.id === district) ?? null
  const scopeText = organiser
    ? chosenDistrict
      ? `${chosenDistrict.name} · ${chosenDistrict.units} 个单位`
      : `全部 ${options.units} 个单位${options.districts.length > 0 ? `（${options.districts.length} 个区县 / 板块）` : ''}`
    : `${options.districts.map((d) => d.name).join('、')} · ${options.units} 个单位`
  const periodText = chosenPeriod ? `${chosenPeriod.label}（${chosenPeriod.range}）` : ''

  const groups = useMemo(
    () =>
      PERIOD_GROUPS.map((group) => ({
        group,
        chips: options.periods
          .filter((p) => periodGroup(p.period, p.label) === group)
          .map((p) => ({ key: periodKey(p.period), label: p.label, sub: p.period.kind === 'deadline' && p.label !== '总结' ? p.range : undefined })),
      })).filter((g) => g.chips.length > 0),
    [options.periods],
  )

  const run = (kind: TExportKind) => {
    if (!chosenPeriod) return
    void runner.run(kind, { districtId: organiser && chosenDistrict ? chosenDistrict.id : null, period: chosenPeriod.period, submittedOnly })
  }
  const card = { busy: runner.busy, files: runner.files, onRun: run, onReopen: (kind: TExportKind) => void runner.reopen(kind) }
  // What the file will hold follows the district picked.
  const counts = chosenDistrict?.counts ?? options.counts
  const units = chosenDistrict?.units ?? options.units

  return (
    <View className='campaign-exports'>
      <View className='campaign-exports__choices'>
        <View className='export-panel export-scope'>
          <View className='export-panel__top'>
            <Text className='export-panel__role'>{ROLE_LABELS[options.role]}</Text>
          </View>
          <Text className='export-panel__campaign'>{options.campaign.title}</Text>
          <Text className='export-panel__label'>导出范围</Text>
          {organiser && options.districts.length > 0 ? (
            <ExportChoiceChips
              className='export-scope__chips'
              chips={[{ key: ALL, label: '全部区县' }, ...options.districts.map((d) => ({ key: d.id, label: d.name, sub: `${d.units} 个单位` }))]}
              chosen={district}
              onPick={setDistrict}
            />
          ) : null}
          <Text className='export-panel__value export-scope-text'>{scopeText}</Text>
          {organiser ? null : <Text className='export-panel__hint'>区县管理员只能导出本区县单位的报表。</Text>}
        </View>
        <View className='export-panel export-period'>
          <Text className='export-panel__label'>统计时段</Text>
          <Text className='export-panel__hint'>用于统计表、区县汇总{organiser ? '和志愿服务时长表' : ''}。</Text>
          {groups.map(({ group, chips }) => (
            <View key={group} className='export-period__group'>
              <Text className='export-period__group-name'>{group}</Text>
              <ExportChoiceChips chips={chips} chosen={period} onPick={setPeriod} />
            </View>
          ))}
          <Text className='export-panel__value export-period-text'>{periodText}</Text>
        </View>
      </View>

      <View className='campaign-exports__cards'>
        <ExportCard
          {...card}
          className='export-card--showcase'
          mark='附件1'
          title='启动仪式现场展示项目申报表'
          facts={`已提交 ${counts.showcaseProjects} 个项目 · ${counts.showcasePictures} 张图片`}
          note='每个项目一张申报表，前附目录；图片另行打包，按“单位/项目名称/序号.jpg”存放。草稿和已退回的项目不导出。'
          actions={[
            { kind: 'showcase', label: '导出申报表', disabled: counts.showcaseProjects === 0 },
            { kind: 'showcase-pictures', label: '导出图片包', disabled: counts.showcasePictures === 0 },
          ]}
        />
        <ExportCard
          {...card}
          className='export-card--arrangement'
          mark='附件2'
          title='学雷锋志愿服务活动安排表'
          facts={`${counts.activities} 项活动 · ${counts.arrangementsSubmitted}/${units} 个单位已提交安排表`}
          note='通知原表样式，按区县、单位排列，序号连续编排；含草稿活动，不含已撤回的活动。'
          actions={[{ kind: 'arrangement', label: '导出安排表', disabled: counts.activities === 0 }]}
        >
          <CheckBox className='export-card__option export-submitted-only' checked={submittedOnly} onChange={setSubmittedOnly}>
            <Text>只含已提交安排表的单位</Text>
          </CheckBox>
        </ExportCard>
        <ExportCard
          {...card}
          className='export-card--stats'
          mark='统计表'
          title='活动开展情况统计表（含媒体宣传情况）'
          facts={`统计时段：${periodText}`}
          note='某个周五或总结：已提交的单位按其报送的数字，未提交的按签到数据计算；按月或整个活动期：人次和时数按签到数据计算，覆盖人群、资金和媒体为各周已提交数字之和。合计为公式。'
          actions={[{ kind: 'weekly-stats', label: '导出统计表' }]}
        />
        <ExportCard
          {...card}
          className='export-card--figures'
          mark='汇总'
          title='区县汇总（附单位明细）'
          facts={`统计时段：${periodText}`}
          note='每个区县一行：单位数、活动数、人次、组织数、服务人次、时数、资金、媒体报道，应报送和已报送份数；另附各单位明细和小计。'
          actions={[{ kind: 'district-figures', label: '导出区县汇总' }]}
        />
        {options.canExportHours ? (
          <ExportCard
            {...card}
            className='export-card--hours'
            mark='时长'
            title='志愿服务时长表（i志愿 批量导入）'
            facts={`统计时段：${periodText}`}
            note='每人每项活动一行：姓名、手机号、活动名称、服务日期、签到签退时间（北京时间）、服务时长（小时）、服务单位。手机号仅在志愿者同意隐私说明后列出，否则打码；本平台不收集证件号码。每次导出记入操作日志。'
            actions={[{ kind: 'volunteer-hours', label: '导出时长表' }]}
          />
        ) : null}
      </View>
    </View>
  )
}
