import { View } from '@tarojs/components'

// Being built (issue 9): replaced by the page that composes src/features for this screen.
export default function Page() {
  return <View>组织方工作台</View>
}
