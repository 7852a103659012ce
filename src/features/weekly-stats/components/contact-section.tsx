import { Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import './weekly-stats.scss'

interface ContactSectionProps {
  name: string
  phone: string
  editable: boolean
  onChange: (patch: { contactName?: string; contactPhone?: string }) => void
}

/** 联系人 / 联系电话 at the foot of the table. */
export function ContactSection({ name, phone, editable, onChange }: ContactSectionProps) {
  return (
    <View className='stats-section stats-contact'>
      <Text className='stats-section__title'>填报联系人</Text>
      <View className='stats-contact__row'>
        <Text className='stats-contact__label'>联系人</Text>
        {editable ? (
          <Input className='stats-contact-name' value={name} placeholder='姓名' maxLength={40} onChange={(contactName) => onChange({ contactName })} />
        ) : (
          <Text className='stats-contact__value'>{name || '未填写'}</Text>
        )}
      </View>
      <View className='stats-contact__row'>
        <Text className='stats-contact__label'>联系电话</Text>
        {editable ? (
          <Input className='stats-contact-phone' value={phone} placeholder='手机号或带区号的座机号' maxLength={30} onChange={(contactPhone) => onChange({ contactPhone })} />
        ) : (
          <Text className='stats-contact__value'>{phone || '未填写'}</Text>
        )}
      </View>
    </View>
  )
}
