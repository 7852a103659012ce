import type { TSeedCampaign } from '../seed-schema'
import { buildCampaignActivities, type TPlace } from './seed-activities'

/**
 * 兰州新区文明办 · 2023 (新文明办发〔2023〕9号) — read off notices/002_aeddd58b77353479.txt.
 * The notice states no period; it is dated 2023-03-14 and asks for a status report by 10月10日,
 * so the campaign runs from the 学雷锋月 (March) to that report.
 */
/**
 * The notice names no unit, only the groups it addresses; these are bodies of those groups, so the
 * campaign's activities have a unit each.
 */
const LANZHOU_UNITS: TSeedCampaign['units'] = [
  { key: 'zhijiao', name: '兰州新区职教园区', district: 'yuanqu', kind: 'other' },
  { key: 'zongbao', name: '兰州新区综合保税区', district: 'yuanqu', kind: 'other' },
  { key: 'weijian', name: '新区卫生健康委员会', district: 'bumen', kind: 'department' },
  { key: 'shengtai', name: '新区生态环境局', district: 'bumen', kind: 'department' },
  { key: 'xicha', name: '西岔镇', district: 'bumen', kind: 'town' },
  { key: 'chengtou', name: '兰州新区城市发展投资集团有限公司', district: 'guoqi', kind: 'company' },
  { key: 'qnzy', name: '兰州新区青年志愿者协会', district: null, kind: 'team' },
]

/** Places in 兰州新区 (秦王川) with plausible coordinates. */
const LANZHOU_PLACES = {
  citizenCenter: { locationName: '兰州新区市民服务中心', address: '甘肃省兰州新区中川街道', latitude: 36.513, longitude: 103.642 },
  wetland: { locationName: '秦王川国家湿地公园', address: '甘肃省兰州新区秦川镇', latitude: 36.456, longitude: 103.64 },
  zhijiao: { locationName: '兰州新区职教园区文化广场', address: '甘肃省兰州新区职教园区', latitude: 36.554, longitude: 103.69 },
  zongbao: { locationName: '兰州新区综合保税区企业服务中心', address: '甘肃省兰州新区综合保税区', latitude: 36.478, longitude: 103.683 },
  zhongchuan: { locationName: '中川街道新时代文明实践站', address: '甘肃省兰州新区中川街道', latitude: 36.528, longitude: 103.621 },
  xicha: { locationName: '西岔镇新时代文明实践所', address: '甘肃省兰州新区西岔镇', latitude: 36.392, longitude: 103.73 },
} satisfies Record<string, TPlace>

/**
 * One activity per type of the notice (二十大精神宣讲, 学雷锋月, 文明风尚传播, 关爱弱势群体, 关爱自然
 * on 森林日 and 水日, 惠民) from the notice's date (3月14日) to the status report (10月10日).
 * Contacts are made up; phones are fake 1380000xxxx numbers.
 */
const P = LANZHOU_PLACES
export const LANZHOU_2023_ACTIVITIES = buildCampaignActivities([
  {
    unit: 'zongbao', date: '2023-03-16', from: '15:00', to: '17:00', category: 'theory', key: true, capacity: 50, place: P.zongbao,
    title: '“践行二十大·志愿我先行”党的二十大精神“宣讲+服务”进企业',
    description: '基层思想道德宣讲团走进综合保税区企业，采取“宣讲+服务”模式宣讲党的二十大精神，组织职工“话家乡、谈变化、展未来”，现场解答政策问题。',
    co: ['新区基层思想道德宣讲团'], bring: '笔记本', contact: ['马晓东', '0401'],
  },
  {
    unit: 'xicha', date: '2023-03-18', from: '10:00', to: '12:00', category: 'civility', key: true, capacity: 25, place: P.xicha,
    title: '“推动移风易俗、弘扬时代新风”乡贤宣讲和光盘行动',
    description: '农村乡贤志愿者宣讲科学文明生活方式，倡导抵制高价彩礼、大操大办、厚葬薄养，开展“反对浪费、崇尚节约”光盘行动宣传。',
    bring: '无需自带物品', contact: ['杨春梅', '0402'],
  },
  {
    unit: 'shengtai', date: '2023-03-21', from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 60, place: P.wetland,
    title: '世界森林日义务植树和认养绿地',
    description: '结合植树节、森林日，组织志愿者在秦王川国家湿地公园义务植树、认养绿地和巡逻护林，宣传“建设人与自然和谐共生”理念。',
    co: ['兰州新区青年志愿者协会', '兰州新区城市发展投资集团有限公司'], bring: '手套、水杯；工具现场提供', contact: ['李志刚', '0403'],
  },
  {
    unit: 'chengtou', date: '2023-03-22', from: '14:30', to: '16:30', category: 'science', key: true, capacity: 30, place: P.zhongchuan,
    title: '世界水日“节约用水 绿色低碳”科普宣传',
    description: '世界水日当天，水务志愿者讲解新区供水来源和节水小窍门，演示家庭节水器具，倡导节约资源、绿色健康的生活方式。',
    bring: '无需自带物品', contact: ['张国华', '0404'],
  },
  {
    unit: 'qnzy', date: '2023-03-25', from: '14:00', to: '16:30', category: 'care', key: true, capacity: 20, place: P.xicha,
    title: '关爱留守儿童学业辅导和亲情陪伴',
    description: '青年志愿者为西岔镇留守儿童、流动儿童辅导功课，开展兴趣培养和亲情陪伴，帮助孩子们给在外务工的父母录一段视频。',
    served: ['left_behind_children', 'migrant_children'], co: ['西岔镇'], bring: '文具、绘本（可选）', contact: ['王丽娜', '0405'],
  },
  {
    unit: 'weijian', date: '2023-04-07', from: '09:00', to: '11:30', category: 'health', key: true, capacity: 15, place: P.citizenCenter,
    title: '世界卫生日惠民义诊和科学辟谣',
    description: '医务志愿者在市民服务中心开展健康义诊、心理疏导咨询，讲解常见健康谣言的科学真相，为孤寡老人、残障人士登记上门医疗保健需求。',
    served: ['empty_nest_elderly', 'disabled'], bring: '医护类志愿者请带执业证', contact: ['赵永红', '0406'],
  },
  {
    unit: 'zhijiao', date: '2023-05-04', from: '19:00', to: '21:00', category: 'culture_education', key: true, capacity: 40, place: P.zhijiao,
    title: '“文艺进万家”“送欢乐下基层”职教园区青年文艺志愿演出',
    description: '五四青年节，职教园区学生文艺志愿者为园区职工和周边居民表演歌舞、快板和小品，宣传学雷锋志愿服务故事。',
    co: ['兰州新区青年志愿者协会'], bring: '无需自带物品', contact: ['刘子健', '0407'],
  },
  {
    unit: 'qnzy', date: '2023-09-16', from: '09:30', to: '11:30', category: 'science', capacity: 20, place: P.zhongchuan,
    title: '“邻里一家亲”科技助老和维修家电',
    description: '志愿者教老人用智能手机视频通话、线上缴费和识别诈骗电话，为空巢老人免费维修小家电，开展代购代办服务登记。',
    served: ['empty_nest_elderly'], bring: '有维修技能的志愿者可自带工具', contact: ['何雨晴', '0408'],
  },
])

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
  units: LANZHOU_UNITS,
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
  activities: LANZHOU_2023_ACTIVITIES,
}
