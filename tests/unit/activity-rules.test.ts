import { checkActivityRules, describePeriod } from '../../cloud/lib/activity-management/check-activity-rules'
import { describeActivityChange, describeTimeRange } from '../../cloud/lib/activity-management/describe-activity-change'
import { checkForm, emptyForm, errorsByField, formFromValues, joinShanghai, splitShanghai, toActivityInput } from '../../src/features/activity-editor/form-values'
import { describeWithdrawal } from '../../src/features/activity-editor/describe-withdrawal'
import type { TUnitContext } from '../../types/api/unit-activities'

const march: TUnitContext = {
  unitId: '00000000-0000-4000-8000-000000000001',
  unitName: '甲单位',
  campaignId: '00000000-0000-4000-8000-000000000002',
  campaignTitle: '测试活动月',
  periodStart: '2030-03-01',
  periodEnd: '2030-03-31',
  yearRound: false,
}
const now = new Date('2029-12-01T00:00:00+08:00')
const at = (startsAt: string, endsAt: string) => ({ startsAt, endsAt })

describe('activity rules against the campaign', () => {
  it('accepts the first and the last minute of the period (Shanghai days)', () => {
    expect(checkActivityRules(at('2030-03-01T00:00:00+08:00', '2030-03-01T02:00:00+08:00'), march, { now, startIsNew: true })).toEqual([])
    expect(checkActivityRules(at('2030-03-31T22:00:00+08:00', '2030-04-01T00:00:00+08:00'), march, { now, startIsNew: true })).toEqual([])
  })

  it('names the field and the period when outside it', () => {
    expect(checkActivityRules(at('2030-02-28T23:59:00+08:00', '2030-03-01T01:00:00+08:00'), march, { now, startIsNew: true })).toEqual([
      { field: 'startsAt', message: '开始时间应在活动期间内（2030年3月1日—3月31日）' },
    ])
    expect(checkActivityRules(at('2030-03-31T23:00:00+08:00', '2030-04-01T00:30:00+08:00'), march, { now, startIsNew: true })).toEqual([
      { field: 'endsAt', message: '结束时间应在活动期间内（2030年3月1日—3月31日）' },
    ])
    expect(checkActivityRules(at('2030-04-02T09:00:00+08:00', '2030-04-02T10:00:00+08:00'), march, { now, startIsNew: true })).toEqual([
      { field: 'startsAt', message: '开始时间应在活动期间内（2030年3月1日—3月31日）' },
    ])
  })

  it('checks a year-round campaign from its start (晋城)', () => {
    const jincheng = { ...march, periodStart: '2030-03-05', periodEnd: '2030-12-31', yearRound: true }
    expect(describePeriod(jincheng)).toBe('2030年3月5日起（全年开展，至2030年12月31日）')
    expect(checkActivityRules(at('2030-11-19T09:00:00+08:00', '2030-11-19T11:00:00+08:00'), jincheng, { now, startIsNew: true })).toEqual([])
    expect(checkActivityRules(at('2030-03-04T09:00:00+08:00', '2030-03-04T11:00:00+08:00'), jincheng, { now, startIsNew: true })).toEqual([
      { field: 'startsAt', message: '开始时间不能早于活动启动日（2030年3月5日）' },
    ])
  })

  it('refuses a start in the past only when it is set now', () => {
    const later = new Date('2030-03-10T00:00:00+08:00')
    const past = at('2030-03-05T09:00:00+08:00', '2030-03-05T11:00:00+08:00')
    expect(checkActivityRules(past, march, { now: later, startIsNew: true })).toEqual([{ field: 'startsAt', message: '开始时间已过，请选择现在之后的时间' }])
    expect(checkActivityRules(past, march, { now: later, startIsNew: false })).toEqual([])
  })
})

describe('what changed, in words', () => {
  const before = { startsAt: '2030-03-05T09:00:00+08:00', endsAt: '2030-03-05T11:00:00+08:00', locationName: '广场', address: null }
  it('describes time, place or both, and nothing else', () => {
    expect(describeActivityChange(before, { ...before, startsAt: '2030-03-06T14:30:00+08:00', endsAt: '2030-03-06T16:30:00+08:00' })).toBe('时间改为 3月6日 14:30—16:30')
    expect(describeActivityChange(before, { ...before, locationName: '文化馆', address: '人民路 1 号' })).toBe('地点改为 文化馆（人民路 1 号）')
    expect(describeActivityChange(before, { ...before, endsAt: '2030-03-05T11:30:00+08:00', locationName: '文化馆' })).toBe('时间改为 3月5日 09:00—11:30；地点改为 文化馆')
    expect(describeActivityChange(before, { ...before, startsAt: '2030-03-05T01:00:00Z' })).toBeNull()
    expect(describeTimeRange('2030-03-05T20:00:00+08:00', '2030-03-06T02:00:00+08:00')).toBe('3月5日 20:00—3月6日 02:00')
  })
})

describe('the form’s values', () => {
  it('starts on the first day of the period still ahead, and round-trips through the API values', () => {
    const form = emptyForm(march, now)
    expect([form.startDate, form.startTime, form.endTime]).toEqual(['2030-03-01', '09:00', '11:00'])
    expect(emptyForm(march, new Date('2030-03-09T23:30:00+08:00')).startDate).toBe('2030-03-10')
    const filled = { ...form, title: '社区义诊', category: 'health' as const, locationName: '广场', contactName: '张', contactPhone: '０１０-６２１２３４５６', capacity: '20', coOrganisers: ['某协会'], deadlineDate: '2030-02-28', deadlineTime: '18:00' }
    const checked = checkForm(filled)
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors))
    expect(checked.activity).toMatchObject({ contactPhone: '010-62123456', capacity: 20, startsAt: '2030-03-01T09:00:00+08:00', signupDeadline: '2030-02-28T18:00:00+08:00' })
    const back = formFromValues({ ...checked.activity, seqNo: 3, servedOther: null })
    expect(back).toMatchObject({ seqNo: '3', startDate: '2030-03-01', startTime: '09:00', capacity: '20', deadlineTime: '18:00', contactPhone: '010-62123456' })
  })

  it('names each wrong field, typed numbers included', () => {
    const form = { ...emptyForm(march, now), capacity: '二十', latitude: '34.5', geofenceOn: true }
    const checked = checkForm(form)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors).toMatchObject({
      title: '活动名称至少 2 个字',
      category: '请选择所属类别（8 类之一）',
      contactPhone: '请填写联系电话',
      capacity: '招募人数应为数字',
    })
    expect(toActivityInput(form).geofenceRadiusM).toBe(300)
    // Rules across fields are checked once every field is valid on its own.
    const valid = { ...form, title: '社区义诊', category: 'health' as const, locationName: '广场', contactName: '张', contactPhone: '13800000001', capacity: '' }
    const across = checkForm(valid)
    expect(across.ok ? null : across.errors).toEqual({ latitude: '经纬度需同时填写' })
  })

  it('maps the server’s issue paths to fields', () => {
    expect(errorsByField([{ path: 'activity.coOrganisers.1', message: 'x' }, { path: 'activity.startsAt', message: 'y' }, { path: 'reason', message: 'z' }])).toEqual({ coOrganisers: 'x', startsAt: 'y' })
    expect(splitShanghai('2030-03-05T01:00:00Z')).toEqual({ date: '2030-03-05', time: '09:00' })
    expect(joinShanghai('2030-03-05', '09:00')).toBe('2030-03-05T09:00:00+08:00')
  })

  it('says how many sign-ups a withdrawal cancels', () => {
    expect(describeWithdrawal(0, 0)).toBe('目前还没有人报名。撤回后活动不再对志愿者显示，且不能再修改。')
    expect(describeWithdrawal(3, 2)).toBe('撤回后将取消 5 人的报名（其中候补 2 人），并逐一通知他们。活动不再对志愿者显示，且不能再修改。')
  })
})
