import type { TSeedCampaign } from '../seed-schema'
import { buildCampaignActivities, type TPlace } from './seed-activities'

/**
 * 晋城市文明办 · 2021 (晋市文明办〔2021〕17号) — read off notices/004_85e55c76793b7043.txt.
 * "3月5日启动，贯穿全年": the period runs to the end of 2021; reports are due three times.
 */
/** Places in 晋城 (城区, 开发区, 阳城县) with plausible coordinates. */
const JINCHENG_PLACES = {
  zezhouPark: { locationName: '泽州公园南广场', address: '山西省晋城市城区泽州路', latitude: 35.495, longitude: 112.846 },
  fengtai: { locationName: '凤台街与泽州路交叉口', address: '山西省晋城市城区凤台东街', latitude: 35.493, longitude: 112.85 },
  baimasi: { locationName: '白马寺山森林公园', address: '山西省晋城市城区白马寺山', latitude: 35.515, longitude: 112.83 },
  vaccination: { locationName: '西街街道社区卫生服务中心新冠疫苗接种点', address: '山西省晋城市城区西街街道', latitude: 35.493, longitude: 112.835 },
  school: { locationName: '开发区金匠街道中心小学', address: '山西省晋城市开发区金匠街道', latitude: 35.466, longitude: 112.879 },
  nursing: { locationName: '北石店镇敬老院', address: '山西省晋城市城区北石店镇', latitude: 35.54, longitude: 112.89 },
  huangcheng: { locationName: '皇城相府景区游客中心', address: '山西省晋城市阳城县北留镇', latitude: 35.485, longitude: 112.489 },
} satisfies Record<string, TPlace>

/**
 * “志爱晋城” through the year: the 3月5日 start, 文明交通引导, 植树节, 疫情防控 at a vaccination
 * point, 情暖基层 for children and older people, 文明旅游 over 国庆 — spread over the three report
 * periods (3月19日, 7月19日, 11月19日). Contacts are made up; phones are fake 1380000xxxx numbers.
 */
const P = JINCHENG_PLACES
export const JINCHENG_2021_ACTIVITIES = buildCampaignActivities([
  {
    unit: 'zyfw-lianhehui', date: '2021-03-05', from: '09:00', to: '11:30', category: 'theory', key: true, capacity: 80, place: P.zezhouPark,
    title: '“志爱晋城”新时代文明实践暨学雷锋志愿服务活动启动',
    description: '在泽州公园启动全年新时代文明实践暨学雷锋志愿服务活动，市县志愿服务队伍宣讲新思想、设摊提供义诊、义剪、家电维修等便民服务。',
    co: ['城区新时代文明实践中心', '晋城市青年志愿者协会', '晋城市巾帼志愿服务队'], bring: '无需自带物品', contact: ['郭文斌', '0601'],
  },
  {
    unit: 'shizhi-gongwei', date: '2021-03-10', from: '07:30', to: '09:00', category: 'civility', key: true, capacity: 30, place: P.fengtai,
    title: '公共场所文明引导：文明交通劝导',
    description: '市直机关干部志愿者在凤台街路口开展文明交通劝导和秩序维护，宣传交通法规和文明出行，帮助老人、儿童安全过马路。',
    bring: '保温水杯；小旗和袖标现场发放', dress: '统一穿着红色志愿者马甲（现场发放），佩戴小黄帽', contact: ['牛建军', '0602'],
  },
  {
    unit: 'kfq-dgw', date: '2021-03-12', from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 60, place: P.baimasi,
    title: '植树节“天蓝地绿水清”义务植树和清洁家园',
    description: '利用植树节开展义务植树和生态环境保护宣传，沿登山步道捡拾白色垃圾、清除卫生死角，倡导低碳生活、善待环境。',
    co: ['开发区金匠街道'], bring: '手套、水杯；工具现场提供', contact: ['常晓峰', '0603'],
  },
  {
    unit: 'guoziwei', date: '2021-04-17', from: '08:30', to: '12:00', category: 'health', key: true, capacity: 12, place: P.vaccination,
    title: '疫情防控志愿服务：新冠疫苗接种点信息登记和秩序维护',
    description: '市属国企党员志愿者在疫苗接种点协助信息登记、体温测量、排队引导和留观区秩序维护，向群众宣传科学防疫知识。',
    bring: '口罩；防护用品现场发放', contact: ['申雪梅', '0604'],
  },
  {
    unit: 'jiaoyu-gongwei', date: '2021-05-29', from: '09:00', to: '11:30', category: 'culture_education', key: true, capacity: 20, place: P.school,
    title: '情暖基层：留守儿童、困境儿童“六一”学业辅导和文明礼仪课',
    description: '教师志愿者为留守儿童、困境儿童开展学业辅导和文明礼仪课，陪孩子们做手工、过一个提前的“六一”儿童节。',
    served: ['left_behind_children'], bring: '文具、绘本（可选）', contact: ['李秀芳', '0605'],
  },
  {
    unit: 'zyfw-lianhehui', date: '2021-07-10', from: '09:00', to: '11:00', category: 'care', capacity: 15, place: P.nursing,
    title: '情暖基层：敬老院生活照料和家电维修',
    description: '志愿服务团队走进敬老院，为老人理发、打扫房间、检修家电，开展心理疏导和陪伴聊天，倾听老人的需求。',
    served: ['empty_nest_elderly'], co: ['北石店镇新时代文明实践所'], bring: '有理发或维修技能的志愿者可自带工具', contact: ['王海燕', '0606'],
  },
  {
    unit: 'zyfw-lianhehui', date: '2021-10-02', from: '09:00', to: '16:00', category: 'civility', capacity: 20, place: P.huangcheng,
    title: '国庆假期文明旅游志愿服务',
    description: '国庆假期在皇城相府景区开展文明旅游引导，提供游客咨询、秩序维护和应急帮助，劝导不文明观景行为。',
    co: ['阳城县志愿服务联合会'], bring: '饮用水、午餐', dress: '统一穿着红色志愿者马甲（现场发放），戴遮阳帽', contact: ['赵鹏飞', '0607'],
  },
])

export const jincheng2021: TSeedCampaign = {
  slug: 'jincheng-2021',
  noticeFile: '004_85e55c76793b7043.txt',
  issuer: '晋城市文明办',
  issuers: ['晋城市精神文明建设指导委员会办公室'],
  city: '晋城市',
  year: 2021,
  title: '关于印发《晋城市2021年开展新时代文明实践暨学雷锋志愿服务活动方案》的通知',
  theme: null,
  summary:
    '晋市文明办〔2021〕17号：新时代文明实践暨学雷锋志愿服务活动3月5日启动、贯穿全年，叫响“志爱晋城”志愿服务品牌，开展新时代文明实践、文明城市建设、疫情防控、公共场所文明引导、情暖基层、关爱自然环境六类志愿服务活动。' +
    '积极组织志愿者参加2021年“公益创造营”优秀志愿服务项目大赛。' +
    '各级各部门收集整理活动文字和图片影像资料，形成活动报告，分别于3月19日、7月19日、11月19日前报市文明办。',
  periodStart: '2021-03-05',
  periodEnd: '2021-12-31',
  yearRound: true,
  isDemo: false,
  districts: [
    { key: 'counties', name: '各县（市、区）', kind: 'county' },
    { key: 'kaifaqu', name: '开发区', kind: 'function_area' },
    { key: 'shizhi', name: '市直单位', kind: 'department' },
    { key: 'zhushi', name: '驻市相关单位', kind: 'other' },
  ],
  units: [
    { key: 'kfq-dgw', name: '开发区党工委', district: 'kaifaqu', kind: 'department' },
    { key: 'shizhi-gongwei', name: '市直工委', district: 'shizhi', kind: 'department' },
    { key: 'jiaoyu-gongwei', name: '市教育工委', district: 'shizhi', kind: 'department' },
    { key: 'guoziwei', name: '市国资委党委', district: 'shizhi', kind: 'department' },
    { key: 'zyfw-lianhehui', name: '市志愿服务联合会', district: null, kind: 'team' },
  ],
  deadlines: [
    { kind: 'report', title: '活动报告（文字和图片影像资料）报市文明办（第一次）', dueAt: '2021-03-19 18:00' },
    { kind: 'report', title: '活动报告（文字和图片影像资料）报市文明办（第二次）', dueAt: '2021-07-19 18:00' },
    { kind: 'report', title: '活动报告（文字和图片影像资料）报市文明办（第三次）', dueAt: '2021-11-19 18:00' },
  ],
  quotas: [],
  contacts: [
    { name: '秦毅', organisation: '晋城市文明办', phone: '0356-2566216', email: 'jcswmbsk@163.com' },
  ],
  activities: JINCHENG_2021_ACTIVITIES,
}
