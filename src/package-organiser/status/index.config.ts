export default definePageConfig({ navigationBarTitleText: '报送情况', enablePageMeta: true })
