import type { TSeedCampaign } from '../seed-schema'

/**
 * 连云港市文明办 · 2024 — read off notices/000_93174a38ebc3e534.txt.
 *
 * The notice addresses "各县区文明办" without naming them; the six county-level areas below are
 * 连云港's actual 县区 (海州区, 连云区, 赣榆区, 东海县, 灌云县, 灌南县), listed so that the
 * per-county quota ("各县区报送项目不少于6个") has subjects. The three 功能板块 and their bodies
 * (市开发区组宣部, 徐圩新区党群部, 云台山景区党群部) are named by the notice itself.
 */
export const LIANYUNGANG_DISTRICTS: TSeedCampaign['districts'] = [
  { key: 'haizhou', name: '海州区', kind: 'county' },
  { key: 'lianyun', name: '连云区', kind: 'county' },
  { key: 'ganyu', name: '赣榆区', kind: 'county' },
  { key: 'donghai', name: '东海县', kind: 'county' },
  { key: 'guanyun', name: '灌云县', kind: 'county' },
  { key: 'guannan', name: '灌南县', kind: 'county' },
  { key: 'kaifaqu', name: '市开发区', kind: 'function_area' },
  { key: 'xuwei', name: '徐圩新区', kind: 'function_area' },
  { key: 'yuntaishan', name: '云台山景区', kind: 'function_area' },
  { key: 'xietiao', name: '市志愿服务协调小组成员单位', kind: 'department' },
  { key: 'wenming-hangye', name: '各文明行业（单位）', kind: 'other' },
  { key: 'zyfw-zuzhi', name: '各志愿服务组织', kind: 'other' },
]

/** The bodies the notice addresses by name (县区文明办 expanded per county, 功能板块 as printed). */
export const LIANYUNGANG_ADDRESSED_UNITS: TSeedCampaign['units'] = [
  { key: 'hz-wmb', name: '海州区文明办', district: 'haizhou', kind: 'department' },
  { key: 'ly-wmb', name: '连云区文明办', district: 'lianyun', kind: 'department' },
  { key: 'gy-wmb', name: '赣榆区文明办', district: 'ganyu', kind: 'department' },
  { key: 'dh-wmb', name: '东海县文明办', district: 'donghai', kind: 'department' },
  { key: 'gyun-wmb', name: '灌云县文明办', district: 'guanyun', kind: 'department' },
  { key: 'gn-wmb', name: '灌南县文明办', district: 'guannan', kind: 'department' },
  { key: 'kfq-zxb', name: '市开发区组宣部', district: 'kaifaqu', kind: 'department' },
  { key: 'xw-dqb', name: '徐圩新区党群部', district: 'xuwei', kind: 'department' },
  { key: 'yts-dqb', name: '云台山景区党群部', district: 'yuntaishan', kind: 'department' },
]

/** 各县区 ≥ 6 showcase projects, 功能板块 ≥ 3, 各单位 ≥ 1; 各单位 ≥ 1 重点志愿服务活动. */
export const LIANYUNGANG_QUOTAS: TSeedCampaign['quotas'] = [
  { subject: 'county', metric: 'showcase_projects', minCount: 6 },
  { subject: 'function_area', metric: 'showcase_projects', minCount: 3 },
  { subject: 'unit', metric: 'showcase_projects', minCount: 1 },
  { subject: 'unit', metric: 'key_activities', minCount: 1 },
]

export const lianyungang2024: TSeedCampaign = {
  slug: 'lianyungang-2024',
  noticeFile: '000_93174a38ebc3e534.txt',
  issuer: '连云港市文明办',
  issuers: ['连云港市精神文明建设指导委员会办公室'],
  city: '连云港市',
  year: 2024,
  title: '关于开展2024年连云港市学雷锋志愿服务集中活动的通知',
  theme: null,
  summary:
    '2024年3月在全市开展学雷锋志愿服务集中活动，以“关爱他人、关爱社会、关爱自然”为主要内容，抓好理论宣讲、关爱重点人群、共创美好生活、弘扬时代新风、关爱自然五类志愿服务。' +
    '各单位至少开展1项重点志愿服务活动；全市启动仪式于3月初举行，现场展示项目各县区不少于6个、功能板块不少于3个、各单位不少于1个。' +
    '启动仪式现场展示项目申报表（附件1）和3月学雷锋志愿服务活动安排表（附件2）于2月19日前报市文明办道德建设指导处。',
  periodStart: '2024-03-01',
  periodEnd: '2024-03-31',
  isDemo: false,
  districts: LIANYUNGANG_DISTRICTS,
  units: LIANYUNGANG_ADDRESSED_UNITS,
  deadlines: [
    {
      kind: 'activity_plan',
      title: '2024年3月学雷锋志愿服务活动安排表（附件2）报市文明办道德建设指导处',
      dueAt: '2024-02-19 18:00',
    },
    {
      kind: 'showcase_application',
      title: '启动仪式现场展示项目申报表（附件1）报市文明办道德建设指导处',
      dueAt: '2024-02-19 18:00',
    },
  ],
  quotas: LIANYUNGANG_QUOTAS,
  contacts: [
    {
      name: '王清',
      organisation: '连云港市文明办道德建设指导处',
      phone: '85802696',
      email: 'wenminglyg@163.com',
    },
  ],
  activities: [],
}
