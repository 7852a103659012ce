export default definePageConfig({
  navigationBarTitleText: '活动详情',
  // page-meta carries the reader's font scale (src/features/accessibility/components/a11y-page-meta.tsx).
  enablePageMeta: true,
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
