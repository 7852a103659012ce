export default definePageConfig({ navigationBarTitleText: '活动月设置', enablePullDownRefresh: true, enablePageMeta: true })
