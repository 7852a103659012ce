import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

interface CoOrganisersFieldProps {
  value: string[]
  disabled: boolean
  onChange: (value: string[]) => void
}

const MAX = 20

/**
 * 协办单位: other organisations that run the activity with the unit (肇庆's table counts them as
 * 参与志愿服务组织数量). Added one by one, removed with ×.
 */
export function CoOrganisersField({ value, disabled, onChange }: CoOrganisersFieldProps) {
  const [draft, setDraft] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  function add() {
    const name = draft.trim()
    if (name.length < 2) return setProblem('协办单位名称至少 2 个字')
    if (value.includes(name)) return setProblem('已经添加过这个单位')
    if (value.length >= MAX) return setProblem(`协办单位最多 ${MAX} 个`)
    onChange([...value, name])
    setDraft('')
    setProblem(null)
  }

  return (
    <View className='co-organisers'>
      {value.length > 0 ? (
        <View className='co-organisers__list'>
          {value.map((name) => (
            <View key={name} className='co-organisers__item'>
              <Text className='co-organisers__name'>{name}</Text>
              {!disabled ? (
                <Text className='co-organisers__remove' onClick={() => onChange(value.filter((n) => n !== name))}>
                  ×
                </Text>
              ) : null}
            </View>
          ))}
        </View>
      ) : (
        <Text className='co-organisers__empty'>没有协办单位时可不填</Text>
      )}
      {!disabled ? (
        <View className='co-organisers__add'>
          <Input className='editor-input input-co-organiser' value={draft} placeholder='协办单位名称' maxLength={60} onChange={(v) => setDraft(v)} onConfirm={add} />
          <Button className='co-organisers__add-button' size='small' type='primary' fill='outline' onClick={add}>
            添加
          </Button>
        </View>
      ) : null}
      {problem ? <Text className='editor-field__error'>{problem}</Text> : null}
    </View>
  )
}
