import type { TSeedCampaign } from '../seed-schema'
import { buildCampaignActivities, type TPlace } from './seed-activities'

/**
 * 肇庆 · 2019 (肇团联发〔2019〕6号, seven issuers) — read off notices/003_f255ff7e6260e9c9.txt.
 *
 * Weekly statistics are due "3月份的每周五前". March 2019 has five Fridays (1, 8, 15, 22, 29), but
 * the notice is dated 2019-03-06, so the first Friday it can ask for is 3月8日.
 */
const ZHAOQING_EMAIL = 'zqtwxcb@126.com'

/** Fridays of March 2019 on or after the notice date (2019-03-06). */
export const ZHAOQING_WEEKLY_FRIDAYS = ['2019-03-08', '2019-03-15', '2019-03-22', '2019-03-29']

/**
 * The notice addresses groups, not named units; these bodies of those groups (县级团委, 市直单位,
 * 高校团委, 志愿者联合会会员单位) give the campaign's activities a unit each.
 */
const ZHAOQING_UNITS: TSeedCampaign['units'] = [
  { key: 'duanzhou-tw', name: '共青团肇庆市端州区委员会', district: 'counties', kind: 'department' },
  { key: 'dinghu-tw', name: '共青团肇庆市鼎湖区委员会', district: 'counties', kind: 'department' },
  { key: 'shi-minzheng', name: '肇庆市民政局', district: 'shizhi', kind: 'department' },
  { key: 'shi-kexie', name: '肇庆市科学技术协会', district: 'shizhi', kind: 'department' },
  { key: 'zqu-tw', name: '肇庆学院团委', district: 'gaoxiao', kind: 'school' },
  { key: 'zq-qnzy', name: '肇庆市青年志愿者协会', district: 'huiyuan', kind: 'team' },
]

/** Places in 肇庆 (端州区, 鼎湖区, the 西江 and 星湖) with plausible coordinates. */
const ZHAOQING_PLACES = {
  crossing: { locationName: '端州路与天宁北路交叉口', address: '广东省肇庆市端州区端州路', latitude: 23.053, longitude: 112.466 },
  xijiang: { locationName: '西江肇庆段阅江楼堤岸', address: '广东省肇庆市端州区江滨堤路', latitude: 23.045, longitude: 112.463 },
  zqu: { locationName: '肇庆学院', address: '广东省肇庆市端州区肇庆大道', latitude: 23.0705, longitude: 112.438 },
  chengdong: { locationName: '城东街道社区服务中心', address: '广东省肇庆市端州区城东街道', latitude: 23.052, longitude: 112.487 },
  welfare: { locationName: '肇庆市社会福利院', address: '广东省肇庆市端州区', latitude: 23.062, longitude: 112.452 },
  kengkou: { locationName: '鼎湖区坑口街道社区服务中心', address: '广东省肇庆市鼎湖区坑口街道', latitude: 23.159, longitude: 112.566 },
  fenghuang: { locationName: '鼎湖区凤凰镇中心小学', address: '广东省肇庆市鼎湖区凤凰镇', latitude: 23.245, longitude: 112.575 },
  dinghushan: { locationName: '鼎湖山景区东门广场', address: '广东省肇庆市鼎湖区坑口街道', latitude: 23.168, longitude: 112.539 },
} satisfies Record<string, TPlace>

/**
 * Activities of the six kinds the notice lists (文明交通劝导, 助力扶贫帮困 with “朝阳行动”, 志愿助残
 * “阳光行动” and 金晖助老, “河小青”护河, 先进典型进高校, 科普大篷车下乡), after the notice's date
 * (3月6日). Several name co-organising organisations, which the weekly table counts
 * (参与志愿服务组织数量). Contacts are made up; phones are fake 1380000xxxx numbers.
 */
const P = ZHAOQING_PLACES
export const ZHAOQING_2019_ACTIVITIES = buildCampaignActivities([
  {
    unit: 'duanzhou-tw', date: '2019-03-09', from: '07:30', to: '09:30', category: 'civility', key: true, capacity: 30, place: P.crossing,
    title: '“志愿肇庆 美好生活”创建文明城市文明交通劝导',
    description: '在端州路主要路口劝导车辆礼让斑马线、行人不闯红灯，帮助老弱病残孕等特殊人群过马路，引导市民文明出行。',
    co: ['肇庆市青年志愿者协会', '端州区城东街道志愿服务队'], bring: '保温水杯；小旗和袖标现场发放', dress: '统一穿着红色志愿者马甲（现场发放），佩戴小黄帽', contact: ['梁嘉欣', '0501'],
  },
  {
    unit: 'dinghu-tw', date: '2019-03-12', from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 40, place: P.dinghushan,
    title: '植树节义务植树和保绿护绿',
    description: '在鼎湖山景区周边开展义务植树，组织生态志愿者清洁环境、保绿护绿，向游客宣传文明游园和保护珍稀动植物知识。',
    co: ['鼎湖区青年志愿者协会'], bring: '手套、水杯；工具现场提供', contact: ['陈俊杰', '0502'],
  },
  {
    unit: 'zqu-tw', date: '2019-03-13', from: '14:30', to: '16:30', category: 'theory', key: true, capacity: 80, place: P.zqu,
    title: '道德模范、身边好人事迹巡讲进高校',
    description: '邀请道德模范、肇庆市身边好人、五星志愿者走进肇庆学院，开展事迹巡讲和互动体验，传承雷锋精神、传播志愿文化。',
    served: ['other'], servedOther: '在校大学生', bring: '学生证', contact: ['黄思敏', '0503'],
  },
  {
    unit: 'duanzhou-tw', date: '2019-03-16', from: '09:00', to: '11:30', category: 'care', key: true, capacity: 20, place: P.chengdong,
    title: '“朝阳行动”异地务工人员子女学业辅导和自护教育',
    description: '面向异地务工人员子女开展“朝阳行动”，围绕感受城市、学业辅导、自护教育、亲情陪伴开展关爱服务，接受爱心捐赠的图书文具。',
    served: ['migrant_children'], co: ['肇庆学院青年志愿者协会'], bring: '文具（可选）', contact: ['李婉婷', '0504'],
  },
  {
    unit: 'shi-minzheng', date: '2019-03-20', from: '09:00', to: '11:00', category: 'health', key: true, capacity: 15, place: P.welfare,
    title: '金晖助老志愿服务：孤寡空巢老人医疗保健和心理辅导',
    description: '组织医护和社工志愿者为孤寡空巢老人测血压、讲解慢病保健，开展心理辅导和结对帮扶登记。',
    served: ['empty_nest_elderly'], co: ['肇庆市社会工作协会'], bring: '医护类志愿者请带执业证', contact: ['何国荣', '0505'],
  },
  {
    unit: 'zq-qnzy', date: '2019-03-22', from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 30, place: P.xijiang,
    title: '世界水日“河小青”护河志愿行动',
    description: '护河志愿服务队沿西江堤岸开展水质监测、垃圾清理和文明劝导，宣传水资源保护知识，记录偷排乱排线索。',
    co: ['共青团肇庆市端州区委员会', '肇庆学院团委'], bring: '手套、雨靴（可选）', contact: ['冯志明', '0506'],
  },
  {
    unit: 'dinghu-tw', date: '2019-03-23', from: '14:00', to: '16:30', category: 'care', capacity: 15, place: P.kengkou,
    title: '志愿助残“阳光行动”',
    description: '为残疾青少年及其家庭提供社会融入、生活照料和能力提升帮扶，志愿者陪伴残疾青少年开展手工和康复游戏。',
    served: ['disabled'], bring: '无需自带物品', contact: ['周美玲', '0507'],
  },
  {
    unit: 'shi-kexie', date: '2019-03-30', from: '09:00', to: '11:30', category: 'science', key: true, capacity: 15, place: P.fenghuang,
    title: '科普大篷车下乡科普志愿服务',
    description: '科技工作者随科普大篷车走进凤凰镇中心小学，展示科普展品、带孩子们动手做小实验，为农村留守儿童讲解安全和卫生常识。',
    served: ['left_behind_children'], co: ['鼎湖区科学技术协会'], bring: '无需自带物品', contact: ['欧阳杰', '0508'],
  },
])

export const zhaoqing2019: TSeedCampaign = {
  slug: 'zhaoqing-2019',
  noticeFile: '003_f255ff7e6260e9c9.txt',
  issuer: '共青团肇庆市委员会',
  issuers: [
    '中共肇庆市委宣传部',
    '中共肇庆市直属机关工作委员会',
    '共青团肇庆市委员会',
    '肇庆市精神文明建设委员会办公室',
    '肇庆市民政局',
    '少先队肇庆市工作委员会',
    '肇庆市志愿者联合会',
  ],
  city: '肇庆市',
  year: 2019,
  title: '关于开展2019年肇庆市学雷锋全民志愿服务行动月系列活动的通知',
  theme: '志愿肇庆 美好生活',
  summary:
    '肇团联发〔2019〕6号：七部门3月联合开展学雷锋全民志愿服务行动月，围绕“志愿肇庆 美好生活”开展创建文明城市、助力扶贫帮困、生态环保（“河小青”护河）、新时代文明实践、助力社会治理、志愿文化展示宣传六类志愿服务活动。' +
    '依托“i志愿”系统开展活动发布、志愿者招募培训和服务时长登记，志愿者人次、组织数量、服务时数以“i志愿”数据为准。' +
    '行动月期间每周五前以电子邮件报送《活动开展情况统计表》（含新闻稿和图片，覆盖人群按残疾人、异地务工人员子女、空巢老人等类型填写，另附媒体宣传情况），4月3日前以电子邮件和纸质形式向市志愿者联合会秘书处报送活动总结（含统计表、新闻宣传链接、截图及先进典型事迹素材）。',
  periodStart: '2019-03-01',
  periodEnd: '2019-03-31',
  isDemo: false,
  districts: [
    { key: 'counties', name: '各县（市、区）', kind: 'county' },
    { key: 'shizhi', name: '市直有关单位', kind: 'department' },
    { key: 'gaoxiao', name: '各高等学校', kind: 'other' },
    { key: 'huiyuan', name: '市志愿者联合会各会员单位', kind: 'other' },
  ],
  units: ZHAOQING_UNITS,
  deadlines: [
    ...ZHAOQING_WEEKLY_FRIDAYS.map((day) => ({
      kind: 'weekly_stats' as const,
      title: `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日（周五）活动开展情况统计表（含新闻稿和图片）报市志愿者联合会秘书处`,
      dueAt: `${day} 18:00`,
    })),
    {
      kind: 'summary',
      title: '活动总结（含活动开展情况统计表）报市志愿者联合会秘书处',
      dueAt: '2019-04-03 18:00',
    },
  ],
  quotas: [],
  contacts: [
    { name: '赵图强', organisation: '市委宣传部、市文明办', phone: '0758-2230122', email: ZHAOQING_EMAIL },
    { name: '林丽娟', organisation: '市直机关工委', phone: '0758-2261000', email: ZHAOQING_EMAIL },
    { name: '莫健峰', organisation: '团市委', phone: '0758-2224094', email: ZHAOQING_EMAIL },
    { name: '江小翠', organisation: '市民政局', phone: '0758-2203257', email: ZHAOQING_EMAIL },
    { name: '曾繁智', organisation: '市志愿者联合会', phone: '0758-2323563', email: ZHAOQING_EMAIL },
  ],
  activities: ZHAOQING_2019_ACTIVITIES,
}
