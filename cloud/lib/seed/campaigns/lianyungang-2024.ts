import type { TSeedCampaign } from '../seed-schema'
import { buildCampaignActivities, type TPlace } from './seed-activities'

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

/** Real places in 连云港 with plausible coordinates (shared with the demo campaign, which is modelled on 连云港). */
export const LIANYUNGANG_PLACES = {
  hzCenter: { locationName: '海州区新时代文明实践中心', address: '江苏省连云港市海州区朝阳东路', latitude: 34.5962, longitude: 119.1853 },
  cangwu: { locationName: '苍梧绿园南广场', address: '江苏省连云港市海州区苍梧路', latitude: 34.6003, longitude: 119.2008 },
  minzhu: { locationName: '民主路文化街区', address: '江苏省连云港市海州区民主中路', latitude: 34.5984, longitude: 119.1682 },
  xinpuPark: { locationName: '新浦公园东门广场', address: '江苏省连云港市海州区海连中路', latitude: 34.5951, longitude: 119.1756 },
  tongguan: { locationName: '通灌路与海连路交叉口', address: '江苏省连云港市海州区通灌北路', latitude: 34.5973, longitude: 119.1801 },
  station: { locationName: '连云港站南广场', address: '江苏省连云港市海州区花果山大道', latitude: 34.6331, longitude: 119.2203 },
  haizhouOld: { locationName: '海州古城鼓楼广场', address: '江苏省连云港市海州区海州街道', latitude: 34.5752, longitude: 119.1347 },
  library: { locationName: '连云港市图书馆少儿阅览区', address: '江苏省连云港市海州区朝阳东路', latitude: 34.5938, longitude: 119.2281 },
  hospital1: { locationName: '连云港市第一人民医院门诊广场', address: '江苏省连云港市海州区振华东路', latitude: 34.6031, longitude: 119.1942 },
  tcm: { locationName: '连云港市中医院国医堂', address: '江苏省连云港市海州区朝阳中路', latitude: 34.5962, longitude: 119.1931 },
  cdc: { locationName: '连云港市疾病预防控制中心', address: '江苏省连云港市海州区海宁大道', latitude: 34.5903, longitude: 119.2102 },
  jou: { locationName: '江苏海洋大学苍梧校区', address: '江苏省连云港市海州区苍梧路59号', latitude: 34.6062, longitude: 119.1994 },
  xinhai: { locationName: '连云港市新海高级中学', address: '江苏省连云港市海州区新海路', latitude: 34.5893, longitude: 119.1724 },
  xinnan: { locationName: '新南街道新时代文明实践站', address: '江苏省连云港市海州区新南街道', latitude: 34.5852, longitude: 119.1905 },
  qiangwei: { locationName: '蔷薇河饮用水水源地（海州段）', address: '江苏省连云港市海州区蔷薇河沿岸', latitude: 34.6215, longitude: 119.1188 },
  xugou: { locationName: '墟沟街道新时代文明实践所', address: '江苏省连云港市连云区墟沟街道海棠中路', latitude: 34.7451, longitude: 119.3853 },
  liandao: { locationName: '连岛海滨浴场', address: '江苏省连云港市连云区连岛街道', latitude: 34.7622, longitude: 119.4651 },
  yugang: { locationName: '连云港渔港社区文化广场', address: '江苏省连云港市连云区连云街道', latitude: 34.7402, longitude: 119.4403 },
  ganyuCenter: { locationName: '赣榆区新时代文明实践中心', address: '江苏省连云港市赣榆区青口镇', latitude: 34.8402, longitude: 119.1251 },
  haitou: { locationName: '海头镇海滨步道', address: '江苏省连云港市赣榆区海头镇', latitude: 34.8803, longitude: 119.2004 },
  xishuanghu: { locationName: '西双湖风景区', address: '江苏省连云港市东海县牛山街道', latitude: 34.5254, longitude: 118.7903 },
  crystal: { locationName: '东海县水晶文化展示馆', address: '江苏省连云港市东海县牛山街道', latitude: 34.5451, longitude: 118.7808 },
  shiliu: { locationName: '石榴街道新时代文明实践站', address: '江苏省连云港市东海县石榴街道', latitude: 34.5203, longitude: 118.8502 },
  yishan: { locationName: '伊山镇新时代文明实践所', address: '江苏省连云港市灌云县伊山镇', latitude: 34.2903, longitude: 119.2452 },
  xinan: { locationName: '新安镇新时代文明实践所', address: '江苏省连云港市灌南县新安镇', latitude: 34.0902, longitude: 119.3553 },
  shuoxiang: { locationName: '硕项湖水源地', address: '江苏省连云港市灌南县新安镇', latitude: 34.1203, longitude: 119.3004 },
  chaoyang: { locationName: '开发区朝阳街道敬老院', address: '江苏省连云港市经济技术开发区朝阳街道', latitude: 34.6602, longitude: 119.2903 },
  zhongyun: { locationName: '开发区中云商业街', address: '江苏省连云港市经济技术开发区中云街道', latitude: 34.6901, longitude: 119.3302 },
  houzui: { locationName: '开发区猴嘴街道建设工地生活区', address: '江苏省连云港市经济技术开发区猴嘴街道', latitude: 34.6504, longitude: 119.2702 },
  xuweiCenter: { locationName: '徐圩新区党群服务中心', address: '江苏省连云港市徐圩新区港前大道', latitude: 34.5803, longitude: 119.5502 },
  xuweiCoast: { locationName: '徐圩港区海岸线', address: '江苏省连云港市徐圩新区', latitude: 34.5602, longitude: 119.5803 },
  huaguoshan: { locationName: '花果山风景区', address: '江苏省连云港市云台山景区花果山', latitude: 34.6423, longitude: 119.2802 },
  yuwan: { locationName: '渔湾景区游客中心', address: '江苏省连云港市云台山景区渔湾', latitude: 34.6152, longitude: 119.3304 },
} satisfies Record<string, TPlace>

/**
 * The 2024 arrangement (附件2) as the addressed bodies might have filed it: one activity per kind the
 * notice lists — “永远跟党走”志愿宣讲, 关爱空巢老人, “文艺进万家”“送欢乐下基层”, “美丽中国，我是行动者”
 * on 植树节, 智慧助老, 文明旅游, 法律援助, 健康义诊 — around 3·5 学雷锋日 and the March special days.
 * Contacts are made up; phones are fake 1380000xxxx numbers.
 */
const P = LIANYUNGANG_PLACES
export const LIANYUNGANG_2024_ACTIVITIES = buildCampaignActivities([
  {
    unit: 'hz-wmb', date: '2024-03-05', from: '09:00', to: '11:00', category: 'theory', key: true, capacity: 60, place: P.hzCenter,
    title: '“永远跟党走”学习二十大和二十届二中全会精神志愿宣讲',
    description: '海州区基层宣讲志愿服务队在新时代文明实践中心开展“永远跟党走”志愿宣讲，结合身边好人故事讲解党的二十大和二十届二中全会精神。志愿者负责签到引导和场地布置。',
    co: ['海州区新南街道新时代文明实践所'], bring: '笔记本', contact: ['林晓航', '0201'],
  },
  {
    unit: 'ly-wmb', date: '2024-03-05', from: '14:00', to: '16:30', category: 'care', key: true, capacity: 16, place: P.xugou,
    title: '“银龄相伴”关爱空巢、留守老人上门走访',
    description: '针对空巢老人、留守老人、高龄老人的实际需求，志愿者两人一组上门走访，陪老人聊天、打扫卫生、检查用电用气安全，开展精神慰藉。',
    served: ['empty_nest_elderly'], bring: '口罩、手套', contact: ['陈雨桐', '0202'],
  },
  {
    unit: 'gy-wmb', date: '2024-03-09', from: '14:30', to: '16:30', category: 'culture_education', key: true, capacity: 30, place: P.ganyuCenter,
    title: '“文艺进万家”“送欢乐下基层”文化志愿服务',
    description: '赣榆区文艺志愿者在新时代文明实践中心表演淮海戏、快板和广场舞，现场开展广场舞培训。志愿者负责器材搬运、观众引导和秩序维护。',
    co: ['赣榆区文化馆'], bring: '无需自带物品', contact: ['孙海宁', '0203'],
  },
  {
    unit: 'dh-wmb', date: '2024-03-12', from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 50, place: P.xishuanghu,
    title: '植树节“美丽中国，我是行动者”义务植树',
    description: '深化“美丽中国，我是行动者”教育实践活动，在西双湖风景区开展义务植树和补植补绿，捡拾湖岸白色垃圾，宣传绿色低碳生活方式。',
    co: ['东海县林业站', '东海县青年志愿者协会'], bring: '手套、水杯；工具现场提供', contact: ['王建新', '0204'],
  },
  {
    unit: 'kfq-zxb', date: '2024-03-15', from: '09:00', to: '11:00', category: 'science', key: true, capacity: 20, place: P.chaoyang,
    title: '“智慧助老”科技志愿服务进敬老院',
    description: '科技志愿者一对一教老人使用智能手机挂号、视频通话和医保电子凭证，讲解识别电信诈骗的方法，3·15当天同时宣传消费维权常识。',
    served: ['empty_nest_elderly'], bring: '充电宝（可选）', contact: ['赵明远', '0205'],
  },
  {
    unit: 'yts-dqb', date: '2024-03-16', from: '09:00', to: '12:00', category: 'civility', key: true, capacity: 24, place: P.huaguoshan,
    title: '“文明旅游 从我做起”景区文明引导',
    description: '在花果山景区入口和登山步道设文明旅游志愿服务岗，劝导游客不乱扔垃圾、不投喂猴子、不攀折花木，为游客提供路线咨询。',
    bring: '饮用水', dress: '统一穿着红色志愿者马甲（现场发放），着登山鞋', contact: ['周立群', '0206'],
  },
  {
    unit: 'gyun-wmb', date: '2024-03-20', from: '14:00', to: '16:30', category: 'legal', key: true, capacity: 15, place: P.yishan,
    title: '法律援助和心理疏导进乡村',
    description: '律师和心理咨询志愿者在伊山镇新时代文明实践所提供法律援助咨询和心理疏导，讲解赡养、土地承包等与村民相关的法律知识。',
    served: ['empty_nest_elderly', 'left_behind_children'], bring: '法律专业志愿者请携带执业证', contact: ['吴思雨', '0207'],
  },
  {
    unit: 'xw-dqb', date: '2024-03-23', from: '08:30', to: '11:30', category: 'health', key: true, capacity: 18, place: P.xuweiCenter,
    title: '健康体检和常见病诊疗义诊',
    description: '联合园区企业医务室为一线职工和周边群众开展健康体检、保健咨询和常见病诊疗，志愿者负责排号引导和登记。',
    co: ['徐圩新区社会事业局'], bring: '医护类志愿者请带执业证', contact: ['钱家豪', '0208'],
  },
])

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
  activities: LIANYUNGANG_2024_ACTIVITIES,
}
