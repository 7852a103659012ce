import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import './activity-search.scss'

interface ActivitySearchProps {
  value: string
  onSearch: (q: string) => void
}

const DEBOUNCE_MS = 400

/** Keyword search over title, place and unit; searches as the person types (debounced) or on 搜索. */
export function ActivitySearch({ value, onSearch }: ActivitySearchProps) {
  const [text, setText] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => setText(value), [value])
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])

  function submit(next: string) {
    if (timer.current) clearTimeout(timer.current)
    const q = next.trim().slice(0, 50)
    if (q !== value) onSearch(q)
  }

  return (
    <View className='activity-search'>
      <Text className='activity-search__icon'>⌕</Text>
      <Input
        className='activity-search__input activity-search-input'
        value={text}
        placeholder='搜索活动、地点或单位'
        confirmType='search'
        maxLength={50}
        clearable
        onChange={(next) => {
          setText(next)
          if (timer.current) clearTimeout(timer.current)
          timer.current = setTimeout(() => submit(next), DEBOUNCE_MS)
        }}
        onClear={() => submit('')}
        onConfirm={() => submit(text)}
      />
    </View>
  )
}
