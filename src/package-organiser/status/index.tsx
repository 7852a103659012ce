import { View } from '@tarojs/components'

// Being built (issue 9): replaced by the page that composes src/features for this screen.
export default function Page() {
  return <View>报送情况</View>
}
