import type { TSeedCampaign } from '../seed-schema'

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
  activities: [],
}
