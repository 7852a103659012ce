export default definePageConfig({ navigationBarTitleText: '提交活动照片' })
