import type { TSeedCampaign } from '../seed-schema'
import { LIANYUNGANG_ADDRESSED_UNITS, LIANYUNGANG_DISTRICTS, LIANYUNGANG_PLACES, LIANYUNGANG_QUOTAS } from './lianyungang-2024'
import { buildCampaignActivities, VOLUNTEER_VEST, type TCampaignActivity } from './seed-activities'

/**
 * A live demo campaign for the March of `year`, modelled on the 连云港 2024 notice (same districts,
 * the same kinds of units, the same deadlines and quotas). Every phone number is an obviously fake
 * "1380000xxxx" number and every contact name is made up; the campaign says it is 示例 data.
 */

const PLACES = LIANYUNGANG_PLACES
type TPlaceKey = keyof typeof PLACES

/** Units of the kinds the 连云港 notice addresses: 县区文明办, 功能板块, 协调小组成员单位, 文明行业, 志愿服务组织. */
const DEMO_UNITS: TSeedCampaign['units'] = [
  ...LIANYUNGANG_ADDRESSED_UNITS,
  { key: 'hz-xinnan', name: '海州区新南街道新时代文明实践所', district: 'haizhou', kind: 'town' },
  { key: 'ly-xugou', name: '连云区墟沟街道新时代文明实践所', district: 'lianyun', kind: 'town' },
  { key: 'sch-xinhai', name: '连云港市新海高级中学', district: 'haizhou', kind: 'school' },
  { key: 'city-stj', name: '连云港市生态环境局', district: 'xietiao', kind: 'department' },
  { key: 'city-slj', name: '连云港市水利局', district: 'xietiao', kind: 'department' },
  { key: 'city-scjg', name: '连云港市市场监督管理局', district: 'xietiao', kind: 'department' },
  { key: 'city-sfj', name: '连云港市司法局', district: 'xietiao', kind: 'department' },
  { key: 'city-kx', name: '连云港市科学技术协会', district: 'xietiao', kind: 'department' },
  { key: 'city-tw', name: '共青团连云港市委员会', district: 'xietiao', kind: 'department' },
  { key: 'hosp-1', name: '连云港市第一人民医院', district: 'wenming-hangye', kind: 'industry' },
  { key: 'hosp-tcm', name: '连云港市中医院', district: 'wenming-hangye', kind: 'industry' },
  { key: 'city-cdc', name: '连云港市疾病预防控制中心', district: 'wenming-hangye', kind: 'industry' },
  { key: 'sch-jou', name: '江苏海洋大学', district: 'wenming-hangye', kind: 'school' },
  { key: 'lib', name: '连云港市图书馆', district: 'wenming-hangye', kind: 'industry' },
  { key: 'sgcc', name: '国网连云港供电公司', district: 'wenming-hangye', kind: 'company' },
  { key: 'team-lantian', name: '连云港蓝天救援队', district: 'zyfw-zuzhi', kind: 'team' },
  { key: 'team-qnzy', name: '连云港市青年志愿者协会', district: 'zyfw-zuzhi', kind: 'team' },
]

/** A day of March: a fixed day, or the n-th Saturday / Sunday of that March. */
type TDay = number | { sat: number } | { sun: number }

/** A demo activity: as a real campaign's (TCampaignActivity), on a day of March and at a place of 连云港 by name. */
type TDemoActivityInput = Omit<TCampaignActivity, 'date' | 'place' | 'signupDeadline'> & { day: TDay; place: TPlaceKey }

/* eslint-disable max-len */
const DEMO_ACTIVITIES: TDemoActivityInput[] = [
  // ── 3·5 学雷锋纪念日 / 中国青年志愿者服务日 ───────────────────────────────
  {
    unit: 'hz-wmb', day: 5, from: '09:00', to: '11:00', category: 'theory', key: true, capacity: 60, place: 'hzCenter',
    title: '“永远跟党走”学雷锋主题宣讲进社区',
    description: '邀请身边好人、道德模范走进新时代文明实践中心，讲述雷锋故事和身边的志愿服务故事，宣讲党的二十大精神。志愿者负责签到引导、场地布置和现场秩序维护。',
    bring: '身份证（签到核验）、笔记本', contact: ['陈思远', '0101'],
  },
  {
    unit: 'city-tw', day: 5, from: '07:30', to: '09:00', category: 'civility', key: true, capacity: 30, place: 'tongguan',
    title: '学雷锋纪念日“文明交通 礼让斑马线”劝导',
    description: '早高峰在通灌路与海连路交叉口开展文明交通劝导，提醒行人不闯红灯、非机动车不越线，协助老人和儿童安全过马路。需能连续站立1.5小时。',
    bring: '保温水杯；小旗、袖标现场发放', dress: '统一穿着红色志愿者马甲（现场发放），佩戴小黄帽', contact: ['周晓楠', '0102'],
  },
  {
    unit: 'hosp-1', day: 5, from: '08:30', to: '11:30', category: 'health', key: true, capacity: 20, place: 'cangwu',
    title: '“三月春风暖 雷锋在身边”社区义诊',
    description: '市一院心内科、内分泌科、眼科医生在苍梧绿园为市民免费测血压、测血糖、做眼底初筛并提供健康咨询。招募志愿者负责排队引导、登记信息和健康资料发放。',
    served: ['empty_nest_elderly'], co: ['连云港市红十字会', '海州区新南街道新时代文明实践所'], bring: '无需自带物品；医护类志愿者请带执业证', contact: ['王慧敏', '0103'],
  },
  {
    unit: 'ly-xugou', day: 5, from: '14:00', to: '17:00', category: 'care', key: true, capacity: 15, place: 'xugou',
    title: '“银龄相伴”走访慰问空巢老人',
    description: '两人一组上门走访墟沟街道独居、空巢老人，陪老人聊天、打扫卫生、检查家中燃气和电器安全，记录老人的实际需求，由街道后续跟进。',
    served: ['empty_nest_elderly'], bring: '口罩、手套；慰问品由街道统一准备', contact: ['刘建华', '0104'],
  },
  {
    unit: 'lib', day: 5, from: '09:30', to: '11:30', category: 'culture_education', key: true, capacity: 40, place: 'library',
    title: '“读雷锋日记 做时代新人”亲子共读',
    description: '在市图书馆少儿阅览区组织亲子共读《雷锋日记》选段，开展雷锋故事分享和手抄报创作。志愿者协助带读、维持秩序并整理图书。',
    served: ['migrant_children'], bring: '彩笔（可选）；图书由图书馆提供', contact: ['孙雨桐', '0105'],
  },
  {
    unit: 'sch-jou', day: 5, from: '15:00', to: '17:00', category: 'theory', key: true, capacity: 80, place: 'jou',
    title: '大学生讲师团“雷锋精神照我行”主题宣讲',
    description: '江苏海洋大学青年讲师团围绕雷锋精神的时代内涵开展互动宣讲，结合身边青年志愿者的服务故事进行分享，并现场招募新一批校园志愿者。',
    served: ['other'], servedOther: '在校大学生', bring: '学生证或身份证', contact: ['赵一鸣', '0106'],
  },
  {
    unit: 'sgcc', day: 5, from: '09:00', to: '11:30', category: 'science', key: true, capacity: 12, place: 'xinnan',
    title: '“电靓万家”安全用电知识进社区',
    description: '国网连云港供电公司共产党员服务队走进新南街道，讲解家庭安全用电和电动自行车规范充电常识，现场演示漏电保护器检测，为居民检修小家电。',
    served: ['empty_nest_elderly'], bring: '有电工证的志愿者请携带证件', dress: '统一穿着红色志愿者马甲（现场发放），电工志愿者穿绝缘鞋', contact: ['吴国庆', '0107'],
  },
  {
    unit: 'city-sfj', day: 5, from: '09:00', to: '11:30', category: 'legal', capacity: 20, place: 'minzhu',
    title: '学雷锋日“法律服务集市”',
    description: '律师、公证员、人民调解员在民主路文化街区摆摊设点，提供婚姻家庭、劳动争议、邻里纠纷等免费法律咨询，发放《民法典》宣传资料。',
    bring: '法律专业志愿者请携带执业证', contact: ['郑雅琪', '0108'],
  },
  {
    unit: 'kfq-zxb', day: 5, from: '08:30', to: '11:00', category: 'care', key: true, capacity: 10, place: 'chaoyang',
    title: '“爱心理发 暖心助老”敬老院志愿服务',
    description: '组织理发、修脚志愿者走进朝阳街道敬老院，为老人理发、修剪指甲，陪老人读报聊天，并为行动不便的老人整理床铺。',
    served: ['empty_nest_elderly', 'disabled'], bring: '有理发手艺的志愿者可自带工具', contact: ['冯德胜', '0109'],
  },
  {
    unit: 'gy-wmb', day: 5, from: '09:00', to: '11:00', category: 'civility', key: true, capacity: 30, place: 'ganyuCenter',
    title: '“移风易俗 树文明新风”倡导宣传',
    description: '在青口镇集市发放移风易俗倡议书，宣传婚事新办、丧事简办，倡导抵制高价彩礼和大操大办，邀请群众签名承诺践行文明新风。',
    bring: '无需自带物品', contact: ['许文杰', '0110'],
  },
  {
    unit: 'team-qnzy', day: 5, from: '13:30', to: '16:30', category: 'civility', key: true, capacity: 20, place: 'station',
    title: '青年志愿者“学雷锋 做好事”车站文明引导',
    description: '在连云港站南广场设立学雷锋志愿服务岗，为旅客提供问询指引、行李搬运和购票帮助，引导文明排队、文明候车。',
    bring: '保温水杯', contact: ['何佳怡', '0111'],
  },
  // ── 3·12 植树节 ─────────────────────────────────────────────────────────
  {
    unit: 'yts-dqb', day: 12, from: '08:30', to: '11:30', category: 'environment', key: true, capacity: 80, place: 'huaguoshan',
    title: '“添绿花果山”植树节义务植树',
    description: '在花果山景区指定地块义务植树，种植黑松、樱花等苗木，由景区园林工作人员现场讲解栽植要领。植树完成后为每棵树挂牌认养。',
    co: ['共青团连云港市委员会', '连云港市青年志愿者协会'], bring: '手套、水杯；铁锹和苗木现场提供', dress: '统一穿着红色志愿者马甲（现场发放），着运动鞋或登山鞋', contact: ['钱立新', '0112'],
  },
  {
    unit: 'dh-wmb', day: 12, from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 50, place: 'xishuanghu',
    title: '“绿满东海”植树节义务植树',
    description: '在西双湖风景区周边开展义务植树和补植补绿，同时清理湖岸白色垃圾，宣传爱绿护绿知识，倡导绿色低碳生活方式。',
    bring: '手套、水杯', dress: VOLUNTEER_VEST, contact: ['高志强', '0113'],
  },
  {
    unit: 'city-stj', day: 12, from: '14:00', to: '16:30', category: 'environment', key: true, capacity: 20, place: 'cangwu',
    title: '植树节“绿色低碳 你我同行”环保宣传',
    description: '设置垃圾分类互动游戏和低碳生活知识问答，向市民讲解生活垃圾分类投放要求，用废旧电池、塑料瓶兑换绿植，倡导绿色出行。',
    bring: '无需自带物品', contact: ['林晓峰', '0114'],
  },
  {
    unit: 'sch-xinhai', day: 12, from: '15:30', to: '17:00', category: 'environment', key: true, capacity: 40, place: 'xinhai',
    title: '校园“认养一棵树”绿化活动',
    description: '新海高级中学学生志愿者以班级为单位认养校园树木，挂设爱绿护绿标牌，开展浇水、松土和病虫害观察记录，培养爱护环境的意识。',
    bring: '水壶、记录本', dress: '统一穿着校服，佩戴志愿者袖标（现场发放）', contact: ['梁晓雪', '0115'],
  },
  // ── 3·15 消费者权益日 ─────────────────────────────────────────────────────
  {
    unit: 'city-scjg', day: 15, from: '09:00', to: '11:30', category: 'legal', key: true, capacity: 20, place: 'xinpuPark',
    title: '3·15“识假辨劣 守护消费安全”维权咨询',
    description: '市场监管执法人员和志愿者现场展示假冒伪劣商品，教市民辨别真假，受理消费投诉，宣传《消费者权益保护法》和12315投诉渠道。',
    bring: '无需自带物品', contact: ['宋家豪', '0116'],
  },
  {
    unit: 'city-sfj', day: 15, from: '14:00', to: '16:30', category: 'legal', key: true, capacity: 15, place: 'hzCenter',
    title: '“法援惠民生”消费维权法律咨询',
    description: '公共法律服务志愿者为群众解答预付卡退费、网购纠纷、养老保健品骗局等消费维权问题，对符合条件的困难群众现场受理法律援助申请。',
    served: ['empty_nest_elderly'], bring: '法律专业志愿者请携带执业证', contact: ['谢雨萱', '0117'],
  },
  {
    unit: 'kfq-zxb', day: 15, from: '10:00', to: '12:00', category: 'civility', capacity: 25, place: 'zhongyun',
    title: '“诚信经营 放心消费”商户倡议行动',
    description: '志愿者走进中云商业街逐店发放诚信经营倡议书，引导商户明码标价、公开承诺，张贴“放心消费”标识，并向顾客宣传文明消费、理性消费。',
    bring: '无需自带物品', contact: ['韩志鹏', '0118'],
  },
  {
    unit: 'gyun-wmb', day: 15, from: '14:00', to: '16:00', category: 'legal', capacity: 30, place: 'yishan',
    title: '消费维权进乡村“识假辨劣小课堂”',
    description: '为伊山镇村民讲解如何识别假农资、假冒食品和保健品骗局，介绍维权途径，发放防骗宣传手册，并为老年人手机安装反诈软件。',
    served: ['empty_nest_elderly', 'left_behind_children'], bring: '无需自带物品', contact: ['唐志刚', '0119'],
  },
  // ── 3·17 中国国医节 ───────────────────────────────────────────────────────
  {
    unit: 'hosp-tcm', day: 17, from: '08:30', to: '11:30', category: 'health', key: true, capacity: 15, place: 'tcm',
    title: '国医节“中医药进社区”义诊',
    description: '市中医院名中医团队提供中医问诊、推拿、耳穴压豆等免费体验，讲解春季养生知识。志愿者负责排号引导、量血压和资料发放。',
    served: ['empty_nest_elderly'], bring: '医护类志愿者请带执业证', contact: ['蒋文博', '0120'],
  },
  {
    unit: 'gyun-wmb', day: 17, from: '09:00', to: '11:30', category: 'health', key: true, capacity: 20, place: 'yishan',
    title: '“国医送健康”中医药进乡村巡诊',
    description: '联合县中医院医生在伊山镇开展中医巡诊，为村里老人号脉问诊、讲解常见慢性病的中医调理方法，并为行动不便的老人上门送诊。',
    served: ['empty_nest_elderly', 'disabled'], bring: '无需自带物品', contact: ['曹丽华', '0121'],
  },
  {
    unit: 'hosp-tcm', day: 17, from: '15:00', to: '16:30', category: 'health', capacity: 30, place: 'xinpuPark',
    title: '国医节“八段锦”公益教学',
    description: '中医院康复科医生在新浦公园带领市民学习八段锦，讲解动作要领和适宜人群。志愿者协助分组示范、纠正动作。',
    bring: '运动服、水杯', dress: '统一穿着红色志愿者马甲（现场发放），着宽松运动服', contact: ['沈佳宁', '0122'],
  },
  // ── 3·21 世界森林日 ───────────────────────────────────────────────────────
  {
    unit: 'yts-dqb', day: 21, from: '08:30', to: '12:00', category: 'environment', capacity: 25, place: 'yuwan',
    title: '世界森林日“守护云台山”护林巡山',
    description: '随景区护林员沿渔湾登山步道巡山，清理游客丢弃的垃圾，向游客宣传森林防火和禁止野外用火规定，检查防火宣传牌完好情况。',
    bring: '手套、饮用水、干粮', dress: '统一穿着红色志愿者马甲（现场发放），着登山鞋', contact: ['彭志远', '0123'],
  },
  {
    unit: 'team-lantian', day: 21, from: '14:00', to: '16:00', category: 'science', key: true, capacity: 40, place: 'jou',
    title: '森林防火与户外应急自救科普讲座',
    description: '蓝天救援队队员讲解森林火灾成因和逃生方法、户外迷路自救与求救信号，现场演示灭火器和急救包使用，并进行简单的应急演练。',
    bring: '笔记本', contact: ['潘浩然', '0124'],
  },
  // ── 3·22 世界水日 / 中国水周（3月22—28日）───────────────────────────────
  {
    unit: 'city-slj', day: 22, from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 30, place: 'qiangwei',
    title: '世界水日“节水护水 共建幸福河湖”宣传',
    description: '在蔷薇河水源地周边开展巡河护水，清理岸边垃圾，向沿河居民宣传饮用水水源保护规定和家庭节水小窍门，发放节水器具。',
    co: ['海州区河长制办公室'], bring: '手套、雨靴（可选）', dress: VOLUNTEER_VEST, contact: ['袁家乐', '0125'],
  },
  {
    unit: 'ly-wmb', day: 22, from: '14:00', to: '16:30', category: 'environment', key: true, capacity: 60, place: 'liandao',
    title: '“守护蓝色海湾”连岛海滩净滩行动',
    description: '世界水日当天在连岛海滨浴场开展净滩，分组捡拾海漂垃圾并进行分类称重记录，向游客宣传海洋生态保护知识。',
    co: ['连云港蓝天救援队', '连云港市青年志愿者协会', '连岛街道新时代文明实践所'], bring: '手套、水杯、防晒用品；垃圾袋和夹子现场提供', dress: VOLUNTEER_VEST, contact: ['邓志华', '0126'],
  },
  {
    unit: 'gn-wmb', day: 23, from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 30, place: 'shuoxiang',
    title: '中国水周“河小青”巡河护水',
    description: '组织青年志愿者沿硕项湖水源地巡查，记录水面漂浮物和排污口异常情况，清理岸线垃圾，向周边群众宣传水源保护知识。',
    bring: '手套、饮用水', dress: VOLUNTEER_VEST, contact: ['许嘉诚', '0127'],
  },
  {
    unit: 'sch-xinhai', day: 25, from: '15:30', to: '17:00', category: 'science', capacity: 40, place: 'xinhai',
    title: '“一滴水的旅行”节水科普实验课',
    description: '中国水周期间，学生志愿者带领附近小学生做水的净化、雨水收集等小实验，讲解水资源现状和节水方法，完成节水承诺卡。',
    served: ['migrant_children'], bring: '笔', dress: '统一穿着校服，佩戴志愿者袖标（现场发放）', contact: ['罗佳琪', '0128'],
  },
  {
    unit: 'xw-dqb', day: 26, from: '09:00', to: '11:30', category: 'environment', key: true, capacity: 40, place: 'xuweiCoast',
    title: '中国水周“护水清滩”徐圩港区岸线清洁',
    description: '党员和企业职工志愿者沿徐圩港区海岸线清理海漂垃圾，宣传海洋环境保护和节约用水理念，倡导企业开展节水技术改造。',
    bring: '手套、水杯、防晒用品', dress: VOLUNTEER_VEST, contact: ['姚宏伟', '0129'],
  },
  {
    unit: 'city-kx', day: 27, from: '09:00', to: '11:30', category: 'science', key: true, capacity: 15, place: 'shiliu',
    title: '中国水周“水与生命”科普大篷车进乡村',
    description: '科普大篷车开进石榴街道，展示水质检测、节水灌溉等科普展品，科技志愿者为村民讲解农村饮水安全和节水灌溉技术。',
    served: ['left_behind_children'], bring: '无需自带物品', contact: ['范立军', '0130'],
  },
  {
    unit: 'team-qnzy', day: 28, from: '14:00', to: '16:30', category: 'environment', capacity: 5, place: 'qiangwei',
    title: '中国水周水质监测志愿服务',
    description: '跟随专业人员在蔷薇河沿线采集水样、记录水质数据，学习简易水质检测方法。名额较少，优先招募环境类专业学生。',
    bring: '手套、雨靴、笔记本', dress: VOLUNTEER_VEST, contact: ['程子轩', '0131'],
  },
  // ── 3·24 世界防治结核病日 ──────────────────────────────────────────────────
  {
    unit: 'city-cdc', day: 24, from: '09:00', to: '11:30', category: 'health', key: true, capacity: 20, place: 'minzhu',
    title: '世界防治结核病日“你我共同努力 终结结核流行”宣传',
    description: '疾控专家在民主路文化街区讲解结核病的症状、传播途径和免费诊治政策，提醒咳嗽咳痰两周以上及时就诊，志愿者协助发放宣传资料。',
    bring: '无需自带物品', contact: ['傅晓琳', '0132'],
  },
  {
    unit: 'hosp-1', day: 24, from: '14:00', to: '16:00', category: 'health', capacity: 10, place: 'houzui',
    title: '结核病防治知识进工地',
    description: '医护志愿者走进建设工地生活区，为务工人员讲解结核病防治知识和就医政策，提供免费健康咨询，发放口罩和宣传折页。',
    served: ['other'], servedOther: '建筑工地务工人员', bring: '医护类志愿者请带执业证', contact: ['邹晨曦', '0133'],
  },
  {
    unit: 'dh-wmb', day: 24, from: '09:00', to: '11:00', category: 'health', capacity: 15, place: 'shiliu',
    title: '“健康东海”结核病防治宣传进村',
    description: '联合乡镇卫生院在石榴街道开展结核病防治宣传，为老人和慢性病患者讲解症状识别和免费检查政策，登记需要复查的村民。',
    served: ['empty_nest_elderly'], bring: '无需自带物品', contact: ['杜雅静', '0134'],
  },
  // ── 平常日与周末 ───────────────────────────────────────────────────────
  {
    unit: 'hz-xinnan', day: 1, from: '15:00', to: '17:00', category: 'care', key: true, capacity: 20, place: 'xinnan',
    title: '关爱困境儿童“圆梦微心愿”',
    description: '征集辖区困境儿童和外来务工人员子女的新学期微心愿，志愿者认领并送上书包、文具和课外书，陪孩子们做手工、聊聊新学期的打算。',
    served: ['migrant_children', 'left_behind_children'], co: ['海州区妇女联合会', '江苏海洋大学青年志愿者协会'], bring: '认领的心愿礼物（可选）', contact: ['叶晓雯', '0135'],
  },
  {
    unit: 'ly-xugou', day: { sat: 1 }, from: '11:00', to: '13:00', category: 'civility', capacity: 15, place: 'xugou',
    title: '“文明餐桌 光盘行动”进餐馆',
    description: '志愿者走进墟沟街道餐馆，摆放“光盘行动”桌牌，向就餐顾客宣传按需点餐、剩菜打包，倡导使用公筷公勺，反对餐饮浪费。',
    bring: '无需自带物品', contact: ['方建军', '0136'],
  },
  {
    unit: 'gy-wmb', day: { sun: 1 }, from: '14:30', to: '16:30', category: 'culture_education', capacity: 30, place: 'ganyuCenter',
    title: '“文艺进万家”送欢乐下基层',
    description: '赣榆区文艺志愿者走进新时代文明实践中心，表演淮海戏、快板和广场舞，志愿者负责搬运器材、引导观众入座和现场秩序维护。',
    bring: '无需自带物品', contact: ['石海燕', '0137'],
  },
  {
    unit: 'city-kx', day: 6, from: '09:30', to: '11:30', category: 'science', capacity: 25, place: 'hzCenter',
    title: '“科技之春”科学辟谣进社区',
    description: '科技志愿者以情景剧和案例讲解常见健康谣言和网络谣言，教居民查证信息来源，现场开展科普知识有奖问答。',
    served: ['empty_nest_elderly'], bring: '无需自带物品', contact: ['熊建国', '0138'],
  },
  {
    unit: 'xw-dqb', day: 7, from: '14:30', to: '16:30', category: 'theory', capacity: 50, place: 'xuweiCenter',
    title: '“二十大精神进园区”企业职工宣讲',
    description: '新区基层宣讲团走进石化产业基地，以“宣讲+服务”方式为一线职工宣讲党的二十大精神，现场解答职工关心的政策问题。',
    bring: '笔记本', contact: ['金志成', '0139'],
  },
  {
    unit: 'gn-wmb', day: 8, from: '09:00', to: '11:30', category: 'care', capacity: 20, place: 'xinan',
    title: '“巾帼暖童心”关爱留守儿童',
    description: '三八节期间，女性志愿者到新安镇为留守儿童辅导作业、开展自护教育和亲情视频通话，帮孩子们给在外务工的父母写一封信。',
    served: ['left_behind_children'], bring: '文具、绘本（可选）', contact: ['陆秀英', '0140'],
  },
  {
    unit: 'team-lantian', day: { sat: 2 }, from: '09:00', to: '11:30', category: 'health', capacity: 30, place: 'yugang',
    title: '应急救护（心肺复苏）公益培训',
    description: '蓝天救援队持证教练教授心肺复苏、AED使用和海姆立克急救法，学员分组在模拟人上实操，考核合格者可申请救护员证书培训。',
    bring: '水杯；训练器材现场提供', dress: '着便于活动的服装', contact: ['侯振宇', '0141'],
  },
  {
    unit: 'sch-jou', day: { sun: 2 }, from: '14:00', to: '16:00', category: 'science', capacity: 20, place: 'xinnan',
    title: '大学生“智慧助老”智能手机课堂',
    description: '大学生志愿者一对一教老人用智能手机挂号、扫码乘车、视频通话，识别诈骗短信和电话，帮老人设置字体放大和紧急联系人。',
    served: ['empty_nest_elderly'], bring: '手机充电宝（可选）', contact: ['段雨涵', '0142'],
  },
  {
    unit: 'dh-wmb', day: 10, from: '09:00', to: '11:00', category: 'culture_education', capacity: 25, place: 'crystal',
    title: '“晶彩东海”水晶文化研学小课堂',
    description: '组织农村留守儿童参观水晶文化展示馆，由讲解志愿者介绍东海水晶的历史和工艺，孩子们动手制作水晶小饰品。',
    served: ['left_behind_children'], bring: '无需自带物品', contact: ['雷志勇', '0143'],
  },
  {
    unit: 'gyun-wmb', day: 13, from: '15:00', to: '16:30', category: 'theory', capacity: 40, place: 'yishan',
    title: '“理论进村头”乡村宣讲',
    description: '“五老”宣讲员用方言拉家常的方式，在伊山镇村头宣讲乡村振兴政策和党的二十大精神，组织村民话家乡、谈变化。',
    served: ['empty_nest_elderly'], bring: '无需自带物品', contact: ['黎光明', '0144'],
  },
  {
    unit: 'yts-dqb', day: 14, from: '09:00', to: '12:00', category: 'civility', capacity: 20, place: 'huaguoshan',
    title: '“文明旅游 从我做起”景区文明引导',
    description: '在花果山景区入口和登山步道设置文明引导岗，提醒游客不乱扔垃圾、不投喂猴子、不攀折花木，为游客提供路线咨询。',
    bring: '饮用水', dress: '统一穿着红色志愿者马甲（现场发放），着登山鞋', contact: ['贺文涛', '0145'],
  },
  {
    unit: 'lib', day: { sat: 3 }, from: '09:30', to: '11:00', category: 'culture_education', capacity: 5, place: 'library',
    title: '“阅读点亮童年”流动儿童绘本课',
    description: '志愿者为外来务工人员子女讲绘本故事，带领孩子们表演故事情节。小班教学，每名志愿者负责一名孩子。',
    served: ['migrant_children'], bring: '无需自带物品', contact: ['龚晓丽', '0146'],
  },
  {
    unit: 'ly-wmb', day: 18, from: '15:00', to: '17:00', category: 'theory', capacity: 40, place: 'yugang',
    title: '“讲好港城故事”渔村宣讲会',
    description: '邀请老船长、老港口工人讲述连云港港口发展变迁，宣讲海洋强国建设，组织渔民话家乡、谈变化，分享身边好人好事。',
    served: ['empty_nest_elderly'], bring: '无需自带物品', contact: ['万海涛', '0147'],
  },
  {
    unit: 'city-sfj', day: 19, from: '14:30', to: '16:00', category: 'legal', capacity: 10, place: 'xinhai',
    title: '“法治进校园”预防校园欺凌普法课',
    description: '法律志愿者以真实案例讲解校园欺凌的法律后果和求助途径，开展模拟法庭互动，引导青少年学法、守法、用法。',
    served: ['idle_youth'], bring: '法律专业志愿者请携带执业证', contact: ['邵明辉', '0148'],
  },
  {
    unit: 'city-tw', day: 20, from: '18:30', to: '20:30', category: 'culture_education', capacity: 15, place: 'hzCenter',
    title: '“朝阳行动”异地务工人员子女课业辅导',
    description: '大学生志愿者为异地务工人员子女辅导作业，开展趣味英语和科学小实验，陪伴孩子们度过放学后的时光。',
    served: ['migrant_children'], bring: '文具', contact: ['尹晓峰', '0149'],
  },
  {
    unit: 'kfq-zxb', day: { sun: 3 }, from: '09:00', to: '11:00', category: 'science', capacity: 20, place: 'chaoyang',
    title: '“智慧助老”数字生活课堂',
    description: '志愿者教老人使用健康码、医保电子凭证和网上缴费，讲解防范养老诈骗的常识，为老人的手机清理垃圾和安装反诈软件。',
    served: ['empty_nest_elderly'], bring: '无需自带物品', contact: ['黎晓燕', '0150'],
  },
  {
    unit: 'hz-xinnan', day: { sat: 4 }, from: '09:00', to: '11:00', category: 'environment', capacity: 30, place: 'xinnan',
    title: '垃圾分类宣传进小区',
    description: '志愿者在小区垃圾投放点值守，指导居民正确分类投放，清理投放点周边散落垃圾，向居民发放垃圾分类指南。',
    bring: '手套', dress: VOLUNTEER_VEST, contact: ['付振华', '0151'],
  },
  {
    unit: 'sgcc', day: 26, from: '09:00', to: '11:30', category: 'care', capacity: 8, place: 'haizhouOld',
    title: '“光明驿站”为残疾人家庭检修电路',
    description: '供电公司党员志愿者上门为海州街道残疾人家庭检修老旧线路、更换开关插座和节能灯，讲解家庭用电安全。',
    served: ['disabled'], bring: '有电工证的志愿者请携带证件', dress: '统一穿着红色志愿者马甲（现场发放），电工志愿者穿绝缘鞋', contact: ['齐永刚', '0152'],
  },
  {
    unit: 'city-scjg', day: 27, from: '09:30', to: '11:30', category: 'science', capacity: 20, place: 'zhongyun',
    title: '食品安全快检开放日',
    description: '市场监管志愿者在农贸市场现场演示蔬菜农残、肉类快检，市民可免费送检，讲解食品安全小常识和购买预包装食品的注意事项。',
    bring: '可自带需检测的蔬菜（少量）', contact: ['古丽娜', '0153'],
  },
  {
    unit: 'team-qnzy', day: 29, from: '19:00', to: '21:00', category: 'theory', capacity: 60, place: 'jou',
    title: '青年宣讲团“强国复兴有我”分享会',
    description: '青年志愿者代表分享参与学雷锋志愿服务月的经历和感悟，宣讲新时代青年的责任担当，为优秀志愿者颁发服务证书。',
    served: ['other'], servedOther: '青年学生和青年职工', bring: '无需自带物品', contact: ['申思琪', '0154'],
  },
  {
    unit: 'gn-wmb', day: { sun: 4 }, from: '14:30', to: '16:30', category: 'legal', capacity: 30, place: 'xinan',
    title: '“法律明白人”乡村普法讲座',
    description: '法律明白人和律师志愿者走进新安镇，讲解土地承包、赡养纠纷、电信诈骗防范等与村民息息相关的法律知识，现场解答法律问题。',
    served: ['empty_nest_elderly'], bring: '无需自带物品', contact: ['康立华', '0155'],
  },
  {
    unit: 'hosp-tcm', day: 30, from: '08:30', to: '11:00', category: 'health', capacity: 12, place: 'haizhouOld',
    title: '关爱残疾人康复义诊',
    description: '中医院康复科医生为海州街道残疾人提供针灸、推拿康复指导和辅具适配咨询，志愿者负责接送行动不便的残疾人并协助登记。',
    served: ['disabled'], bring: '医护类志愿者请带执业证', contact: ['秦晓东', '0156'],
  },
  {
    unit: 'city-stj', day: 31, from: '09:00', to: '11:00', category: 'civility', capacity: 25, place: 'haizhouOld',
    title: '“美丽中国，我是行动者”文明游园倡导',
    description: '志愿者在海州古城开展文明游园引导，劝导随地吐痰、乱扔烟头等不文明行为，向市民宣传绿色低碳出行和文明养犬。',
    bring: '无需自带物品', dress: VOLUNTEER_VEST, contact: ['覃慧琳', '0157'],
  },
  {
    unit: 'hz-wmb', day: 31, from: '15:00', to: '17:00', category: 'culture_education', capacity: 80, place: 'hzCenter',
    title: '学雷锋志愿服务月“最美志愿者”故事分享会',
    description: '回顾海州区学雷锋志愿服务月的活动成果，邀请优秀志愿者和服务对象讲述志愿服务故事，展播活动照片，发布下一阶段志愿服务清单。',
    bring: '无需自带物品', contact: ['马晓明', '0158'],
  },
]

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

/** Local date "YYYY-MM-DD" for year/month(1-based)/day; out-of-range days roll over like Date. */
function localDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day))
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

/** Day of March for a TDay: fixed, or the n-th Saturday (6) / Sunday (0) of that March. */
function marchDay(year: number, day: TDay): number {
  if (typeof day === 'number') return day
  const weekday = 'sat' in day ? 6 : 0
  const n = 'sat' in day ? day.sat : day.sun
  const firstWeekday = new Date(Date.UTC(year, 2, 1)).getUTCDay()
  return 1 + ((weekday - firstWeekday + 7) % 7) + (n - 1) * 7
}

/** Fridays of March of `year`, as "YYYY-MM-DD". */
export function marchFridays(year: number): string[] {
  const first = marchDay(year, { sat: 1 }) - 1 // the Friday before the first Saturday
  const days: string[] = []
  for (let d = first < 1 ? first + 7 : first; d <= 31; d += 7) days.push(localDate(year, 3, d))
  return days
}

export function buildDemoCampaign(year: number): TSeedCampaign {
  const activities = buildCampaignActivities(
    DEMO_ACTIVITIES.map(({ day, place, ...activity }) => ({ ...activity, date: localDate(year, 3, marchDay(year, day)), place: PLACES[place] })),
  )

  return {
    slug: 'demo',
    noticeFile: null,
    issuer: '连云港市文明办（示例）',
    issuers: ['连云港市精神文明建设指导委员会办公室（示例）'],
    city: '连云港市',
    year,
    title: `【示例】关于开展${year}年连云港市学雷锋志愿服务集中活动的通知`,
    // The notice's own theme (its 主要内容), never its title: the app shows the theme as the campaign's name.
    theme: '关爱他人 关爱社会 关爱自然',
    summary:
      `本活动为示例（演示）数据，仿照连云港市学雷锋志愿服务集中活动通知编制，单位、联系人和电话均为虚构，仅用于体验报名、签到和报送流程。` +
      `${year}年3月以“关爱他人、关爱社会、关爱自然”为主要内容开展学雷锋志愿服务，各单位至少开展1项重点志愿服务活动，启动仪式现场展示项目各县区不少于6个、功能板块不少于3个、各单位不少于1个。` +
      `活动安排表和展示项目申报表2月19日前报送，活动图片3月25日前上传，3月每周五报送统计表，4月3日前报送活动总结。`,
    periodStart: `${year}-03-01`,
    periodEnd: `${year}-03-31`,
    isDemo: true,
    districts: LIANYUNGANG_DISTRICTS,
    units: DEMO_UNITS,
    deadlines: [
      { kind: 'activity_plan', title: `${year}年3月学雷锋志愿服务活动安排表（附件2）`, dueAt: `${year}-02-19 18:00` },
      { kind: 'showcase_application', title: '启动仪式现场展示项目申报表（附件1）', dueAt: `${year}-02-19 18:00` },
      { kind: 'photos', title: '活动图片上传（20人以上、主题突出、规范着志愿服装）', dueAt: `${year}-03-25 18:00` },
      ...marchFridays(year).map((day) => ({
        kind: 'weekly_stats' as const,
        title: `3月${Number(day.slice(8, 10))}日（周五）活动开展情况统计表`,
        dueAt: `${day} 18:00`,
      })),
      // Modelled on 晋城 (text and pictures by 3月19日), so reports can be tried in the demo.
      { kind: 'report', title: '学雷锋志愿服务月图文报告（文字和图片）', dueAt: `${year}-03-19 18:00` },
      { kind: 'summary', title: '学雷锋志愿服务月活动总结', dueAt: `${year}-04-03 18:00` },
    ],
    quotas: LIANYUNGANG_QUOTAS,
    contacts: [
      { name: '李文明（示例）', organisation: '连云港市文明办道德建设指导处（示例）', phone: '13800000000', email: 'demo@example.com' },
    ],
    activities,
  }
}
