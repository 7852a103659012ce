export default definePageConfig({
  navigationBarTitleText: '活动详情',
  enableShareAppMessage: true,
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        usingComponents: {
          'seats-badge': '../../components-native/seats-badge/index',
          'signup-badge': '../../components-native/signup-badge/index',
        },
      }
    : {}),
})
