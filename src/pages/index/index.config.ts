export default definePageConfig({
  navigationBarTitleText: '学雷锋志愿服务月',
  // page-meta carries the reader's font scale (src/features/accessibility/components/a11y-page-meta.tsx).
  enablePageMeta: true,
  enablePullDownRefresh: true,
  backgroundColor: '#d7263d',
  backgroundTextStyle: 'light',
  onReachBottomDistance: 120,
  enableShareAppMessage: true,
  // Native components exist only in the mini-program; H5 renders the React stand-ins.
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        usingComponents: {
          'seats-badge': '../../components-native/seats-badge/index',
          'signup-badge': '../../components-native/signup-badge/index',
          'day-cell': '../../components-native/day-cell/index',
        },
      }
    : {}),
})
