import type { TSeedCampaign } from '../seed-schema'

/**
 * 兰州新区文明办 · 2023 (新文明办发〔2023〕9号) — read off notices/002_aeddd58b77353479.txt.
 * The notice states no period; it is dated 2023-03-14 and asks for a status report by 10月10日,
 * so the campaign runs from the 学雷锋月 (March) to that report.
 */
export const lanzhou2023: TSeedCampaign = {
  slug: 'lanzhou-2023',
  noticeFile: '002_aeddd58b77353479.txt',
  issuer: '兰州新区文明办',
  issuers: ['兰州新区精神文明建设指导委员会办公室'],
  city: '兰州新区',
  year: 2023,
  title: '关于组织开展“践行二十大·志愿我先行”学雷锋志愿服务主题实践活动的通知',
  theme: '践行二十大·志愿我先行',
  summary:
    '新文明办发〔2023〕9号：以“践行二十大·志愿我先行”为主题，开展六类学雷锋志愿服务活动：党的二十大精神宣讲、“学雷锋月”志愿服务、文明风尚传播、关爱弱势群体、关爱自然（植树节、森林日、水日等主题日）、惠民志愿服务。' +
    '各园区、各相关部门、各志愿服务组织结合实际创新开展活动，感人故事和创新经验可投稿至甘肃文明网、文明甘肃微信公众号。' +
    '各园区、各相关部门于10月10日前将活动开展情况报送新区文明办。',
  periodStart: '2023-03-01',
  periodEnd: '2023-10-10',
  isDemo: false,
  districts: [
    { key: 'yuanqu', name: '新区各园区', kind: 'function_area' },
    { key: 'bumen', name: '各部门、各单位', kind: 'department' },
    { key: 'guoqi', name: '新区各国有集团公司', kind: 'other' },
    { key: 'shengzhu', name: '省驻区各单位', kind: 'other' },
  ],
  units: [],
  deadlines: [
    {
      kind: 'status_report',
      title: '活动开展情况报送新区文明办',
      dueAt: '2023-10-10 18:00',
    },
  ],
  quotas: [],
  contacts: [
    { name: '税国斌', organisation: '兰州新区文明办', phone: '8259130', email: 'lzxqwmb@163.com' },
  ],
  activities: [],
}
