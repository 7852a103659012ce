export default definePageConfig({
  navigationBarTitleText: '我的活动',
  // page-meta carries the reader's font scale (src/features/accessibility/components/a11y-page-meta.tsx).
  enablePageMeta: true,
  enablePullDownRefresh: true,
  // Paths are relative to this page (the subpackage may use the main package's components).
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'signup-badge': '../../components-native/signup-badge/index' } } : {}),
})
