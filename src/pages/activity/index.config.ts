export default definePageConfig({
  navigationBarTitleText: '活动详情',
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'seats-badge': '../../components-native/seats-badge/index' } } : {}),
})
