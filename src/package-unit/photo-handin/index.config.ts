export default definePageConfig({
  navigationBarTitleText: '提交本单位照片',
  enablePullDownRefresh: true,
})
