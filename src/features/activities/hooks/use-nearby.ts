import { useState } from 'react'
import { getCurrentPosition } from '../../../shared/location'

export type NearbyState =
  | { status: 'off' }
  | { status: 'locating' }
  | { status: 'on'; lat: number; lng: number }
  | { status: 'denied' }
  | { status: 'failed'; message: string }

/**
 * 离我最近: asks for the position only when the person picks it (Taro.getLocation on weapp,
 * navigator.geolocation on H5, both in GCJ-02 via shared/location). Refused or failed → back to
 * start order, with a word on why.
 */
export function useNearby(): { state: NearbyState; turnOn: () => Promise<void>; turnOff: () => void } {
  const [state, setState] = useState<NearbyState>({ status: 'off' })
  async function turnOn() {
    setState({ status: 'locating' })
    const position = await getCurrentPosition()
    if (position.status === 'ok') setState({ status: 'on', lat: position.latitude, lng: position.longitude })
    else if (position.status === 'denied') setState({ status: 'denied' })
    else setState({ status: 'failed', message: position.message })
  }
  return { state, turnOn, turnOff: () => setState({ status: 'off' }) }
}
