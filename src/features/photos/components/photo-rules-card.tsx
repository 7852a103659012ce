import { Text, View } from '@tarojs/components'
import './photos.scss'
import { quoteName } from '../../../../types/quote-name'

/** The notice's four photo rules, in plain words, shown before the contact takes the picture. */
function listRules(theme: string | null): { title: string; text: string }[] {
  return [
    { title: '画面清晰整洁', text: '对好焦、拿稳手机，光线充足，不模糊、不过暗。' },
    { title: '主题突出', text: `横幅拍进画面，${theme ? quoteName(theme, '“”') : '活动主题'}或活动名称清楚可见、不被挡住。` },
    { title: '统一着装', text: '志愿者穿好志愿服装（如红马甲）再合影。' },
    { title: '20 人以上', text: '20 名以上志愿者和群众一起入镜，面向镜头。' },
  ]
}

/** `theme`: the campaign's theme (学雷锋志愿服务月), when it has one. */
export function PhotoRulesCard({ theme }: { theme: string | null }) {
  return (
    <View className='photo-rules photo-rules-card'>
      <Text className='photo-rules__title'>拍摄要求</Text>
      {listRules(theme).map((rule, index) => (
        <View key={rule.title} className='photo-rules__item'>
          <Text className='photo-rules__index'>{index + 1}</Text>
          <View className='photo-rules__body'>
            <Text className='photo-rules__name'>{rule.title}</Text>
            <Text className='photo-rules__text'>{rule.text}</Text>
          </View>
        </View>
      ))}
      <Text className='photo-rules__note'>支持 JPG、PNG、WebP，单张不超过 20 MB，上传后几秒内出结果。</Text>
    </View>
  )
}
