import type { TSeedCampaign } from '../seed-schema'
import { buildCampaignActivities, type TPlace } from './seed-activities'

/**
 * 资阳市临空经济区管理委员会 · 2023 (资临空发〔2023〕17号) — read off
 * notices/001_8069219869060862.txt. The notice names a responsible unit list per activity type;
 * the schema has no field for that mapping, so it is kept in `summary` (and in ZIYANG_RESPONSIBLE_UNITS).
 */

/** 责任单位 per activity type, as printed (kept for reference; not part of the schema). */
export const ZIYANG_RESPONSIBLE_UNITS: Record<string, string[]> = {
  '“党的声音进万家”理论宣讲志愿服务活动': ['党群工作部', '雁江镇', '临江镇'],
  助力乡村振兴志愿服务活动: ['社会事务局', '雁江镇', '临江镇'],
  学雷锋网络文明传播志愿服务活动: ['区级各部门（分局）', '直属事业单位', '雁江镇', '临江镇'],
  '“关爱一老一小”志愿服务活动': ['社会事务局', '区总工会', '区团工委', '区妇联', '雁江镇'],
  '“文明新风共践行”志愿服务活动': [
    '公安分局',
    '社会事务局',
    '商务和经济合作局',
    '城管执法大队',
    '司法分局',
    '建设局',
    '雁江镇',
    '临江镇',
  ],
  '“节水护水”志愿服务活动': ['社会事务局', '雁江镇', '临江镇'],
  '“医疗健康”志愿服务活动': ['社会事务局', '雁江镇', '临江镇'],
  '“诚信共建”志愿服务活动': ['市场监管分局', '雁江镇', '临江镇'],
}

/** Places in the 临空经济区 (雁江镇, 临江镇 on the 沱江) with plausible coordinates. */
const ZIYANG_PLACES = {
  yanjiangCenter: { locationName: '雁江镇新时代文明实践所', address: '四川省资阳市临空经济区雁江镇', latitude: 30.1052, longitude: 104.6521 },
  youthPalace: { locationName: '雁江镇乡村“复兴少年宫”', address: '四川省资阳市临空经济区雁江镇中心小学', latitude: 30.1031, longitude: 104.6553 },
  linjiangCenter: { locationName: '临江镇新时代文明实践所', address: '四川省资阳市临空经济区临江镇', latitude: 30.0418, longitude: 104.7032 },
  linjiangMarket: { locationName: '临江镇农贸市场', address: '四川省资阳市临空经济区临江镇正街', latitude: 30.0402, longitude: 104.7051 },
  linjiangClinic: { locationName: '临江镇卫生院门前广场', address: '四川省资阳市临空经济区临江镇', latitude: 30.043, longitude: 104.701 },
  tuojiang: { locationName: '沱江临江段河滩', address: '四川省资阳市临空经济区临江镇沱江沿岸', latitude: 30.0365, longitude: 104.7105 },
  partyCenter: { locationName: '临空经济区党群服务中心', address: '四川省资阳市临空经济区管委会', latitude: 30.082, longitude: 104.675 },
  crossing: { locationName: '临空经济区管委会门前路口', address: '四川省资阳市临空经济区', latitude: 30.0835, longitude: 104.6762 },
} satisfies Record<string, TPlace>

/**
 * One activity per type the notice lists, by its 责任单位, on its dates: 3·5, 3·15 消费者权益日,
 * 3·17 中国国医节, 3·22 世界水日 and 中国水周, 3·24 世界防治结核病日. The 〈圆梦微心愿〉 activity is the
 * notice's own banner example. Contacts are made up; phones are fake 1380000xxxx numbers.
 */
const P = ZIYANG_PLACES
export const ZIYANG_2023_ACTIVITIES = buildCampaignActivities([
  {
    unit: 'dangqun', date: '2023-03-05', from: '09:30', to: '11:30', category: 'theory', key: true, capacity: 60, place: P.yanjiangCenter,
    title: '“党的声音进万家”——“学习二十大、永远跟党走、奋进新征程”理论宣讲',
    description: '党员干部、“五老”和身边好人组成的宣讲志愿服务队走进雁江镇新时代文明实践所，讲党的创新理论和时代楷模故事，组织群众分享身边变化。',
    co: ['雁江镇', '临江镇'], bring: '笔记本', contact: ['罗文静', '0301'],
  },
  {
    unit: 'gongan', date: '2023-03-10', from: '07:30', to: '09:00', category: 'civility', capacity: 20, place: P.crossing,
    title: '“文明新风共践行”文明交通劝导',
    description: '早高峰在管委会门前路口开展文明交通劝导，提醒行人走斑马线、非机动车不闯红灯，宣传文明养犬和文明出行。',
    co: ['城管执法大队'], bring: '保温水杯；小旗和袖标现场发放', dress: '统一穿着红色志愿者马甲（现场发放），佩戴小黄帽', contact: ['杨志勇', '0302'],
  },
  {
    unit: 'yanjiang', date: '2023-03-11', from: '14:00', to: '16:30', category: 'care', key: true, capacity: 25, place: P.youthPalace,
    title: '雁江镇关爱困境儿童〈圆梦微心愿〉志愿服务活动',
    description: '“关爱一老一小”：为留守儿童、困境儿童认领并送上新学期微心愿礼物，开展学业辅导、亲情陪伴和自护教育，拍摄活动合影时横幅须清晰可见。',
    served: ['left_behind_children'], co: ['区团工委', '区妇联'], bring: '认领的心愿礼物（可选）', contact: ['黄晓燕', '0303'],
  },
  {
    unit: 'shichang-jianguan', date: '2023-03-15', from: '09:00', to: '11:30', category: 'legal', key: true, capacity: 15, place: P.linjiangMarket,
    title: '3·15“诚信共建”识假辨劣和消费维权宣传',
    description: '以“3·15”消费者权益日为契机，在临江镇农贸市场展示假冒伪劣商品、教群众识假辨劣，受理消费投诉，宣传《消费者权益保护法》和诚信人物事迹。',
    bring: '无需自带物品', contact: ['唐海波', '0304'],
  },
  {
    unit: 'shehui-shiwu', date: '2023-03-17', from: '08:30', to: '11:30', category: 'health', key: true, capacity: 12, place: P.linjiangClinic,
    title: '“3·17”中国国医节健康义诊和中医药技术推广体验',
    description: '联合临江镇卫生院开展健康义诊、推拿和艾灸体验，讲解中医药养生知识，同时开展公共场所禁烟宣传。志愿者负责排号引导和资料发放。',
    served: ['empty_nest_elderly'], co: ['临江镇'], bring: '医护类志愿者请带执业证', contact: ['刘德华', '0305'],
  },
  {
    unit: 'linjiang', date: '2023-03-18', from: '09:00', to: '11:30', category: 'science', capacity: 20, place: P.linjiangCenter,
    title: '助力乡村振兴“农技先锋”农技推广志愿服务',
    description: '农技志愿者为村民讲解春耕春播和柑橘管护技术，现场解答种植难题，开展移风易俗宣传，推动建设宜居宜业和美乡村。',
    co: ['社会事务局'], bring: '无需自带物品', contact: ['邓国强', '0306'],
  },
  {
    unit: 'linjiang', date: '2023-03-22', from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 30, place: P.tuojiang,
    title: '“3·22”世界水日“节水护水”沱江河滩清洁和科普宣传',
    description: '世界水日、中国水周期间，沿沱江临江段河滩捡拾垃圾，向沿河群众宣传节水护水知识和饮用水源保护规定，发放节水宣传资料。',
    co: ['社会事务局'], bring: '手套、雨靴（可选）', contact: ['谢文涛', '0307'],
  },
  {
    unit: 'shehui-shiwu', date: '2023-03-24', from: '14:00', to: '16:00', category: 'health', capacity: 15, place: P.partyCenter,
    title: '“3·24”世界防治结核病日健康知识宣传',
    description: '医务志愿者讲解结核病的症状、传播途径和免费诊治政策，宣传新冠肺炎病毒预防健康知识，提醒咳嗽咳痰两周以上及时就诊。',
    bring: '无需自带物品', contact: ['郭小雨', '0308'],
  },
])

export const ziyang2023: TSeedCampaign = {
  slug: 'ziyang-2023',
  noticeFile: '001_8069219869060862.txt',
  issuer: '资阳临空经济区管委会',
  issuers: ['资阳市临空经济区管理委员会'],
  city: '资阳市临空经济区',
  year: 2023,
  title: '关于开展2023年学雷锋志愿服务月活动的通知',
  theme: null,
  summary:
    '资临空发〔2023〕17号：3月学雷锋月在全区开展理论宣讲、助力乡村振兴、网络文明传播、“关爱一老一小”、“文明新风共践行”、“节水护水”（3·22世界水日、中国水周3月22—28日）、“医疗健康”（3·17中国国医节、3·24世界防治结核病日）、“诚信共建”（3·15消费者权益日）八类志愿服务活动，每类活动指定责任单位（党群工作部、社会事务局、市场监管分局、雁江镇、临江镇等）。' +
    '各级各部门于3月25日前将活动图片信息报送党群工作部。' +
    '照片须符合创建全国文明城市网报资料要求：画面清晰整洁、现场无脏乱差和不文明现象；主题突出、直观体现主题关键词（如“XX镇关爱困境儿童〈圆梦微心愿〉志愿服务活动”字样）；有规范着志愿服装的志愿者开展活动，参与人数20人以上。',
  periodStart: '2023-03-01',
  periodEnd: '2023-03-31',
  isDemo: false,
  districts: [
    { key: 'towns', name: '各镇', kind: 'other' },
    { key: 'departments', name: '区级各部门（分局）', kind: 'department' },
    { key: 'institutions', name: '直属事业单位', kind: 'department' },
  ],
  units: [
    { key: 'yanjiang', name: '雁江镇', district: 'towns', kind: 'town' },
    { key: 'linjiang', name: '临江镇', district: 'towns', kind: 'town' },
    { key: 'dangqun', name: '党群工作部', district: 'departments', kind: 'department' },
    { key: 'shehui-shiwu', name: '社会事务局', district: 'departments', kind: 'department' },
    { key: 'gongan', name: '公安分局', district: 'departments', kind: 'department' },
    { key: 'shangwu', name: '商务和经济合作局', district: 'departments', kind: 'department' },
    { key: 'chengguan', name: '城管执法大队', district: 'departments', kind: 'department' },
    { key: 'sifa', name: '司法分局', district: 'departments', kind: 'department' },
    { key: 'jianshe', name: '建设局', district: 'departments', kind: 'department' },
    { key: 'shichang-jianguan', name: '市场监管分局', district: 'departments', kind: 'department' },
    { key: 'zonggonghui', name: '区总工会', district: null, kind: 'other' },
    { key: 'tuangongwei', name: '区团工委', district: null, kind: 'other' },
    { key: 'fulian', name: '区妇联', district: null, kind: 'other' },
  ],
  deadlines: [
    {
      kind: 'photos',
      title: '活动图片信息报送党群工作部（按创建全国文明城市网报资料要求）',
      dueAt: '2023-03-25 18:00',
    },
  ],
  quotas: [],
  contacts: [
    { name: '魏秀彬', organisation: '党群工作部', phone: '18380599607', email: null },
    { name: '邓代春', organisation: '党群工作部', phone: '17765525110', email: null },
  ],
  activities: ZIYANG_2023_ACTIVITIES,
}
