import { PRIVACY_POLICY_VERSION } from '../../../types/domain'

/**
 * 个人信息保护说明 (PIPL arts. 17 and 44–47): what is collected, why, who sees it, how long it is
 * kept, the person's rights and whom to contact. `items` is the short form a volunteer agrees to
 * before their real name and phone are stored (the profile form); `sections` is the whole notice
 * (package-volunteer/privacy). Its version goes with every consent; changing the wording means a
 * new version (and a check of cloud/lib/campaign-exports/hours-consent.ts).
 */
export const PRIVACY_NOTICE = {
  title: '个人信息保护说明',
  version: PRIVACY_POLICY_VERSION,
  items: [
    { label: '收集什么', text: '你的姓名、手机号；报名、签到和服务时长记录；需要现场定位签到时，签到那一刻的位置。' },
    { label: '为什么收集', text: '用于活动组织方联系你，以及记录你的志愿服务时长、出具服务证明。' },
    { label: '谁能看到', text: '只有你报名的活动所属单位和本活动月的组织方；对其他人手机号始终打码显示。' },
    {
      label: '你的权利',
      text: '你可以随时在“我的 → 个人信息与隐私”中导出你的数据、撤回同意或注销账号；撤回后将不能再报名新的活动。',
    },
  ],
  sections: [
    {
      heading: '我们收集哪些信息',
      lines: [
        '微信身份标识（openid）和昵称：用于登录。',
        '真实姓名、手机号：首次报名时由你填写，并在你同意本说明后保存。',
        '你所在的单位和角色：单位联系人、区县管理员和组织方通过邀请码加入时记录。',
        '活动记录：报名、取消、候补、签到签退时间和服务时长。',
        '位置：只在需要现场定位签到的活动签到时获取一次，用于判断你是否在活动地点附近，不保存。',
        '照片：单位联系人上传的活动照片和展示项目图片；照片中可能有参与者的面容。',
        '消息：活动提醒、候补转正、报送提醒等通知。',
      ],
    },
    {
      heading: '为什么收集',
      lines: [
        '组织活动：让活动所属单位在需要时联系你（如活动变更、现场签到）。',
        '记录服务时长：统计报表和你的服务证明；组织方可将你的姓名、手机号和时长登记到“i志愿”等志愿服务信息系统。',
        '检查照片是否符合通知要求（人数、横幅、着装、清晰度）。',
      ],
    },
    {
      heading: '谁能看到',
      lines: [
        '活动所属单位的联系人：报名名单、签到情况；只在需要联系时显示完整手机号。',
        '本活动月的组织方：报名和服务时长，用于统计和时长登记。',
        '区县管理员：只看到本区县各单位的汇总数字，看不到志愿者个人的报名和手机号。',
        '照片给他人查看或打包下载时，一律去掉拍摄位置（GPS）等照片信息；原图只保存在存储中。',
        '我们不会向其他第三方提供你的个人信息，法律法规另有规定的除外。',
      ],
    },
    {
      heading: '保存多久',
      lines: [
        '账号存续期间保存；注销后立即删除姓名、手机号、微信标识、同意记录和消息。',
        '已经计入单位统计的服务时长和人次，注销后以“已注销用户”的匿名形式保留，单位和组织方以往的报表数字不变。',
        '活动照片和展示项目图片属于单位报送材料，按活动月的工作要求由单位和组织方保存。',
      ],
    },
    {
      heading: '你的权利',
      lines: [
        '查阅、复制：在“个人信息与隐私”中导出你的全部数据（JSON 文件）。',
        '更正：在“我的 → 实名信息”中修改姓名和手机号。',
        '撤回同意：可单独撤回“向组织方报送服务时长”，也可撤回“报名与联系”；撤回不影响撤回前已进行的处理。',
        '删除：注销账号即删除你的个人信息；如你是某单位唯一的联系人，注销前会告诉你对单位的影响。',
      ],
    },
    {
      heading: '联系我们',
      lines: [
        '对本说明或你的个人信息有疑问、投诉，请联系本活动月的组织方（活动月通知中列出的联系人和电话），我们将在 15 个工作日内答复。',
      ],
    },
  ],
} as const
