export default definePageConfig({ navigationBarTitleText: '图文报告', enablePageMeta: true })
