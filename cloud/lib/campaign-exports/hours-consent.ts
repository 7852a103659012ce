import { PRIVACY_POLICY_VERSION } from '../../../types/domain'

/**
 * Whose phone number may go into the volunteer-hours sheet (PIPL: personal information only for a
 * purpose the person agreed to).
 *
 * The only purpose volunteers consent to is 'registration' (privacy_consents, written with the
 * real name and phone at first sign-up). Its notice, version 2027-01 (src/features/profile/
 * privacy-notice.ts), says the name and phone are collected "用于活动组织方联系你，以及记录你的志愿服务
 * 时长、出具服务证明" and that "本活动月的组织方" sees them: recording the hours in the system of record
 * (i志愿 / 中国志愿服务网) by the organiser is that purpose. A consent to an older or newer notice
 * counts only once its wording has been checked and its version added here; until then the phone is
 * masked and the row says why. ID numbers are never collected, so that column stays empty.
 */
export const HOURS_CONSENT = {
  purpose: 'registration',
  // 2027-02 (个人信息保护说明) keeps 2027-01's purpose wording and adds the rest of the notice.
  policyVersions: ['2027-01', PRIVACY_POLICY_VERSION] as string[],
} as const

export const ID_NOT_COLLECTED_NOTE = '本平台不收集证件号码，请在导入系统中按姓名和手机号匹配志愿者，或补填证件号码'
export const PHONE_MASKED_NOTE = '志愿者未同意向组织方提供手机号，已打码'
