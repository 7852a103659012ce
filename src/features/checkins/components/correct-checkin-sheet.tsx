import { Button, Input } from '@nutui/nutui-react-taro'
import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { ZCorrectCheckinRequest, type TRosterItem } from '../../../../types/api/checkins'
import { describeError } from '../../../shared/api-error'
import { toShanghai } from '../../../shared/date'
import { BottomSheet } from '../../../shared/ui/bottom-sheet'
import { CheckBox } from '../../../shared/ui/check-box'
import { correctCheckin } from '../api/correct-checkin'
import './manage.scss'

interface CorrectCheckinSheetProps {
  item: TRosterItem | null
  /** The activity's schedule, used as the default times. */
  startsAt: string
  endsAt: string
  onClose: () => void
  onSaved: (item: TRosterItem) => void
}

interface Moment {
  date: string
  time: string
}

function toMoment(iso: string): Moment {
  const d = toShanghai(iso)
  return { date: d.format('YYYY-MM-DD'), time: d.format('HH:mm') }
}

/** Beijing wall-clock time → the API's ISO timestamp with offset. */
function toIso(moment: Moment): string {
  return `${moment.date}T${moment.time}:00+08:00`
}

/** The unit contact's correction of a check-in (forgotten scan, wrong time); the reason is kept in the audit log. */
export function CorrectCheckinSheet({ item, startsAt, endsAt, onClose, onSaved }: CorrectCheckinSheetProps) {
  const [checkedIn, setCheckedIn] = useState<Moment>(toMoment(startsAt))
  const [checkedOut, setCheckedOut] = useState<Moment>(toMoment(endsAt))
  const [notOut, setNotOut] = useState(false)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!item) return
    setCheckedIn(toMoment(item.checkIn?.checkedInAt ?? startsAt))
    setCheckedOut(toMoment(item.checkIn?.checkedOutAt ?? endsAt))
    setNotOut(Boolean(item.checkIn && !item.checkIn.checkedOutAt))
    setNote('')
    setError(null)
  }, [item, startsAt, endsAt])

  async function save() {
    if (!item) return
    const parsed = ZCorrectCheckinRequest.safeParse({ checkedInAt: toIso(checkedIn), checkedOutAt: notOut ? null : toIso(checkedOut), note })
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? '请检查填写的信息')
      return
    }
    setBusy(true)
    setError(null)
    try {
      onSaved(await correctCheckin(item.registrationId, parsed.data))
    } catch (e) {
      setError(describeError(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <BottomSheet open={item !== null} title={`修正签到 · ${item?.realName ?? item?.displayName ?? ''}`} onClose={onClose} className='correct-sheet'>
      <MomentRow label='签到时间' value={checkedIn} onChange={setCheckedIn} />
      <CheckBox className='correct-sheet__not-out' checked={notOut} onChange={setNotOut}>
        <Text>尚未签退</Text>
      </CheckBox>
      {notOut ? null : <MomentRow label='签退时间' value={checkedOut} onChange={setCheckedOut} />}
      <View className='correct-sheet__note'>
        <Text className='correct-sheet__label'>修改原因</Text>
        <Input className='correct-note-input' value={note} placeholder='如：志愿者忘记扫码签退' maxLength={200} onChange={setNote} />
      </View>
      <Text className='correct-sheet__audit'>修正会记录修改人、时间和原因，服务时长按活动时间段自动计算。</Text>
      {error ? <Text className='correct-sheet__error correct-error'>{error}</Text> : null}
      <Button className='correct-submit' type='primary' block loading={busy} onClick={() => void save()}>
        保存修正
      </Button>
    </BottomSheet>
  )
}

function MomentRow({ label, value, onChange }: { label: string; value: Moment; onChange: (m: Moment) => void }) {
  return (
    <View className='correct-sheet__row'>
      <Text className='correct-sheet__label'>{label}</Text>
      <Picker mode='date' value={value.date} onChange={(e) => onChange({ ...value, date: String(e.detail.value) })}>
        <Text className='correct-sheet__picker'>{value.date}</Text>
      </Picker>
      <Picker mode='time' value={value.time} onChange={(e) => onChange({ ...value, time: String(e.detail.value) })}>
        <Text className='correct-sheet__picker'>{value.time}</Text>
      </Picker>
    </View>
  )
}
