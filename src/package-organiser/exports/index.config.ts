export default definePageConfig({ navigationBarTitleText: '导出报表', enablePullDownRefresh: true, enablePageMeta: true })
