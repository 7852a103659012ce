export default definePageConfig({ navigationBarTitleText: '活动安排表', enablePullDownRefresh: true, enablePageMeta: true })
