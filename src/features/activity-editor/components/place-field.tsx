import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { canChooseOnMap, chooseLocation } from '../../../shared/choose-location'
import { getCurrentPosition } from '../../../shared/location'
import { showMessage } from '../../../shared/toast'
import type { ActivityFormValues, FieldErrors } from '../form-values'
import { FormField } from './form-field'

interface PlaceFieldProps {
  form: ActivityFormValues
  errors: FieldErrors
  disabled: boolean
  update: (patch: Partial<ActivityFormValues>) => void
}

/** Six decimals ≈ 0.1 m: more than any map or phone gives. */
const coordinate = (value: number) => String(Math.round(value * 1e6) / 1e6)

/**
 * 地点: in the mini-program, WeChat's map picker fills name, address and coordinates (GCJ-02);
 * in a browser the place is typed, and the coordinates typed or taken from 使用当前位置.
 */
export function PlaceField({ form, errors, disabled, update }: PlaceFieldProps) {
  const [locating, setLocating] = useState(false)
  const located = form.latitude.trim() !== '' && form.longitude.trim() !== ''

  async function pickOnMap() {
    const near = located ? { latitude: Number(form.latitude), longitude: Number(form.longitude) } : undefined
    const result = await chooseLocation(near)
    if (result.status === 'chosen') {
      update({
        locationName: result.place.name,
        address: result.place.address,
        latitude: coordinate(result.place.latitude),
        longitude: coordinate(result.place.longitude),
      })
    } else if (result.status === 'failed') {
      showMessage(result.message)
    }
  }

  async function useCurrentPosition() {
    setLocating(true)
    const result = await getCurrentPosition()
    setLocating(false)
    if (result.status === 'ok') update({ latitude: coordinate(result.latitude), longitude: coordinate(result.longitude) })
    else if (result.status === 'denied') showMessage('没有定位权限：请在浏览器设置中允许，或直接填写经纬度')
    else showMessage(result.message)
  }

  return (
    <>
      {canChooseOnMap && !disabled ? (
        <View className='place-picker'>
          <Button className='place-picker__button' type='primary' fill='outline' size='small' onClick={() => void pickOnMap()}>
            {located ? '在地图上重新选择' : '在地图上选择地点'}
          </Button>
        </View>
      ) : null}
      <FormField label='地点' name='locationName' required error={errors.locationName}>
        <Input className='editor-input input-location-name' value={form.locationName} placeholder='如：新时代文明实践中心' maxLength={120} disabled={disabled} onChange={(v) => update({ locationName: v })} />
      </FormField>
      <FormField label='详细地址' name='address' error={errors.address}>
        <Input className='editor-input input-address' value={form.address} placeholder='省市区、街道门牌' maxLength={200} disabled={disabled} onChange={(v) => update({ address: v })} />
      </FormField>
      {canChooseOnMap ? (
        <Text className='place-picker__coords'>{located ? `已定位：${form.latitude}, ${form.longitude}` : '未定位：在地图上选择后，志愿者可一键导航'}</Text>
      ) : (
        <>
          <FormField label='纬度' name='latitude' error={errors.latitude} hint='可选；填了经纬度，志愿者能看到位置，也可限定签到范围'>
            <Input className='editor-input input-latitude' value={form.latitude} type='digit' placeholder='如 34.5962' disabled={disabled} onChange={(v) => update({ latitude: v })} />
          </FormField>
          <FormField label='经度' name='longitude' error={errors.longitude}>
            <Input className='editor-input input-longitude' value={form.longitude} type='digit' placeholder='如 119.1853' disabled={disabled} onChange={(v) => update({ longitude: v })} />
          </FormField>
          {!disabled ? (
            <View className='place-picker'>
              <Button className='place-picker__button use-current-position' fill='outline' size='small' loading={locating} onClick={() => void useCurrentPosition()}>
                使用当前位置
              </Button>
              {located ? (
                <Text className='place-picker__clear' onClick={() => update({ latitude: '', longitude: '', geofenceOn: false })}>
                  清除经纬度
                </Text>
              ) : null}
            </View>
          ) : null}
        </>
      )}
    </>
  )
}
