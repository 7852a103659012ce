export default definePageConfig({ navigationBarTitleText: '展示项目申报', enablePageMeta: true })
