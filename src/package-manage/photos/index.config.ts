export default definePageConfig({
  navigationBarTitleText: '活动照片',
  enablePullDownRefresh: true,
})
