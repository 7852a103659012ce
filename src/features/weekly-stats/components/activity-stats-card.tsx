import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { memo } from 'react'
import type { TWeeklyStatsRow } from '../../../../types/api/weekly-stats'
import { SERVED_POPULATIONS, ZServedPopulation, type TServedPopulation } from '../../../../types/domain'
import { describeServed, formatHours, formatYuan, MAX_LINKS_PER_ACTIVITY } from '../../../../types/weekly-stats'
import { formatTimeRange } from '../../../shared/date'
import { rowProblems, toRowInput, type TRowForm } from '../stats-form'
import './weekly-stats.scss'

interface ActivityStatsCardProps {
  row: TWeeklyStatsRow
  form: TRowForm
  editable: boolean
  onChange: (activityId: string, change: (row: TRowForm) => TRowForm) => void
}

const NUMBER_BOX = { type: 'number', placeholder: '0', maxLength: 9 } as const

/** A labelled number box; the label names the column of the table it fills. */
function NumberField({ label, value, className, digit, onChange }: { label: string; value: string; className: string; digit?: boolean; onChange: (value: string) => void }) {
  return (
    <View className={`stats-field ${className}`}>
      <Text className='stats-field__label'>{label}</Text>
      <Input {...NUMBER_BOX} type={digit ? 'digit' : 'number'} placeholder={digit ? '0.00' : '0'} className='stats-field__input' value={value} onChange={onChange} />
    </View>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View className='stats-figure'>
      <Text className='stats-figure__value'>{value}</Text>
      <Text className='stats-figure__label'>{label}</Text>
    </View>
  )
}

/**
 * One activity of the return as a card (the table is too wide for a phone): the figures from
 * check-ins, read only; what the contact adds — 覆盖人群 with 服务人次, 投入资金, the media row.
 */
export const ActivityStatsCard = memo(function ActivityStatsCard({ row, form, editable, onChange }: ActivityStatsCardProps) {
  const change = (next: (r: TRowForm) => TRowForm) => onChange(row.activityId, next)
  const problems = editable ? rowProblems(form, row.title) : []
  const typed = toRowInput(form)
  const toggle = (population: TServedPopulation) =>
    change((r) =>
      r.served.some((s) => s.population === population)
        ? { ...r, served: r.served.filter((s) => s.population !== population) }
        : { ...r, served: [...r.served, { population, description: '', count: '' }].sort((a, b) => ZServedPopulation.options.indexOf(a.population) - ZServedPopulation.options.indexOf(b.population)) },
    )
  const setServed = (population: TServedPopulation, patch: Partial<{ description: string; count: string }>) =>
    change((r) => ({ ...r, served: r.served.map((s) => (s.population === population ? { ...s, ...patch } : s)) }))

  return (
    <View className='stats-card' data-activity={row.activityId}>
      <View className='stats-card__head'>
        <Text className='stats-card__seq'>{row.seq}</Text>
        <View className='stats-card__titles'>
          <Text className='stats-card__name'>{row.activityName}</Text>
          <Text className='stats-card__time'>{formatTimeRange(row.startsAt, row.endsAt)}</Text>
        </View>
      </View>

      <View className='stats-card__figures'>
        <Figure label='参与志愿者人次' value={String(row.volunteerCount)} />
        <Figure label='志愿服务组织数量' value={String(row.organisationCount)} />
        <Figure label='累计志愿服务时数' value={formatHours(row.serviceHours)} />
      </View>
      <Text className='stats-card__source'>来自签到数据（组织数量 = 主办单位 + 协办单位）</Text>

      <View className='stats-card__section'>
        <Text className='stats-card__section-title'>覆盖人群</Text>
        {editable ? (
          <>
            <View className='served-chips'>
              {ZServedPopulation.options.map((population) => (
                <Text
                  key={population}
                  className={`served-chip${form.served.some((s) => s.population === population) ? ' served-chip--on' : ''}`}
                  data-population={population}
                  onClick={() => toggle(population)}
                >
                  {SERVED_POPULATIONS[population]}
                </Text>
              ))}
            </View>
            {form.served.map((entry) => (
              <View key={entry.population} className='served-row' data-population={entry.population}>
                {entry.population === 'other' ? (
                  <Input
                    className='served-row__description'
                    placeholder='其他人群，如：社区居民'
                    maxLength={100}
                    value={entry.description}
                    onChange={(description) => setServed('other', { description })}
                  />
                ) : (
                  <Text className='served-row__name'>{SERVED_POPULATIONS[entry.population]}</Text>
                )}
                <Text className='served-row__label'>服务人次</Text>
                <Input {...NUMBER_BOX} className='served-row__count' value={entry.count} onChange={(count) => setServed(entry.population, { count })} />
              </View>
            ))}
            {form.served.length === 0 ? <Text className='stats-card__hint'>请选择本活动服务的人群类型（可多选），并填写服务人次</Text> : null}
          </>
        ) : (
          <Text className='stats-card__value'>{row.served.length > 0 ? `${describeServed(row.served)} · 服务人次 ${row.servedCount}` : '未填写'}</Text>
        )}
      </View>

      <View className='stats-card__section'>
        {editable ? (
          <NumberField label='投入资金及物料（元）' className='stats-funds' digit value={form.funds} onChange={(funds) => change((r) => ({ ...r, funds }))} />
        ) : (
          <Text className='stats-card__value'>投入资金及物料：{formatYuan(row.fundsYuan ?? 0)} 元</Text>
        )}
      </View>

      <View className='stats-card__section'>
        <Text className='stats-card__section-title'>媒体宣传</Text>
        {editable ? (
          <>
            <View className='stats-card__media'>
              <NumberField label='纸媒报道数（条）' className='stats-print' value={form.printReports} onChange={(printReports) => change((r) => ({ ...r, printReports }))} />
              <NumberField label='网站报道数（条）' className='stats-web' value={form.webReports} onChange={(webReports) => change((r) => ({ ...r, webReports }))} />
              <NumberField label='阅读数（条/次）' className='stats-reads' value={form.readCount} onChange={(readCount) => change((r) => ({ ...r, readCount }))} />
            </View>
            {form.links.map((link, index) => (
              <View key={index} className='stats-link'>
                <Input
                  className='stats-link__input'
                  placeholder='https://mp.weixin.qq.com/s/…'
                  maxLength={500}
                  value={link}
                  onChange={(value) => change((r) => ({ ...r, links: r.links.map((l, i) => (i === index ? value : l)) }))}
                />
                <Text className='stats-link__remove' onClick={() => change((r) => ({ ...r, links: r.links.filter((_, i) => i !== index) }))}>
                  删除
                </Text>
              </View>
            ))}
            {form.links.length < MAX_LINKS_PER_ACTIVITY ? (
              <Text className='stats-link__add' onClick={() => change((r) => ({ ...r, links: [...r.links, ''] }))}>
                + 添加网页或微信链接
              </Text>
            ) : null}
          </>
        ) : (
          <View className='stats-card__readonly-media'>
            <Text className='stats-card__value'>
              纸媒 {row.media.printReports} 条 · 网站 {row.media.webReports} 条 · 阅读 {row.media.readCount} 次
            </Text>
            {row.media.links.map((link) => (
              <Text key={link} className='stats-card__link' userSelect>
                {link}
              </Text>
            ))}
          </View>
        )}
      </View>

      {editable ? (
        <Text className='stats-card__subtotal'>
          本活动：服务人次 {typed.served.reduce((sum, s) => sum + (Number.isFinite(s.count) ? s.count : 0), 0)}
        </Text>
      ) : null}
      {problems.map((problem) => (
        <Text key={problem} className='stats-card__problem'>
          {problem}
        </Text>
      ))}
    </View>
  )
})
