export default definePageConfig({ navigationBarTitleText: '照片复核', enablePullDownRefresh: true, enablePageMeta: true })
