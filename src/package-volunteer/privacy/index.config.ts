export default definePageConfig({
  navigationBarTitleText: '个人信息与隐私',
  // page-meta carries the reader's font scale (src/features/accessibility/components/a11y-page-meta.tsx).
  enablePageMeta: true,
})
