import type { TSeedCampaign } from '../seed-schema'

/**
 * 肇庆 · 2019 (肇团联发〔2019〕6号, seven issuers) — read off notices/003_f255ff7e6260e9c9.txt.
 *
 * Weekly statistics are due "3月份的每周五前". March 2019 has five Fridays (1, 8, 15, 22, 29), but
 * the notice is dated 2019-03-06, so the first Friday it can ask for is 3月8日.
 */
const ZHAOQING_EMAIL = 'zqtwxcb@126.com'

/** Fridays of March 2019 on or after the notice date (2019-03-06). */
export const ZHAOQING_WEEKLY_FRIDAYS = ['2019-03-08', '2019-03-15', '2019-03-22', '2019-03-29']

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
  units: [],
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
  activities: [],
}
