import { PRIVACY_POLICY_VERSION } from '../../../types/domain'

/**
 * The 隐私说明 a volunteer agrees to before their real name and phone are stored (PIPL: what,
 * why, who sees it, and that consent can be withdrawn). Its version goes with the consent.
 */
export const PRIVACY_NOTICE = {
  title: '隐私说明',
  version: PRIVACY_POLICY_VERSION,
  items: [
    { label: '收集什么', text: '你的姓名、手机号。' },
    { label: '为什么收集', text: '用于活动组织方联系你，以及记录你的志愿服务时长、出具服务证明。' },
    { label: '谁能看到', text: '只有你报名的活动所属单位和本活动月的组织方；对其他人手机号始终打码显示。' },
    { label: '你的权利', text: '你可以随时撤回同意，或要求更正、删除你的信息（联系本活动月组织方办理）；撤回后将不能再报名新的活动。' },
  ],
} as const
