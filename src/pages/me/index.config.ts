export default definePageConfig({
  navigationBarTitleText: '我的',
  // page-meta carries the reader's font scale (src/features/accessibility/components/a11y-page-meta.tsx).
  enablePageMeta: true,
})
