import type { TSeedCampaign } from '../seed-schema'

/**
 * 晋城市文明办 · 2021 (晋市文明办〔2021〕17号) — read off notices/004_85e55c76793b7043.txt.
 * "3月5日启动，贯穿全年": the period runs to the end of 2021; reports are due three times.
 */
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
  activities: [],
}
