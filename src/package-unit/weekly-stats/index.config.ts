export default definePageConfig({ navigationBarTitleText: '每周统计表', enablePageMeta: true })
