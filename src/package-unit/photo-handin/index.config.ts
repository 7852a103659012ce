export default definePageConfig({
  navigationBarTitleText: '提交本单位照片',
  // page-meta carries the reader's font scale (src/features/accessibility/components/a11y-page-meta.tsx).
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
