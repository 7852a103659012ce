import { View } from '@tarojs/components'

// Being built (issue 8): replaced by the page that composes src/features for this screen.
export default function Page() {
  return <View>单位工作台</View>
}
