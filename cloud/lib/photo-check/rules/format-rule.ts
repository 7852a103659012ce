import type { TPhotoCheckConfig } from '../config'
import type { TDecodedPhoto } from '../decode/decode-photo'
import type { TPhotoContext, TRuleResult } from '../types'

/** Format and size once decoded; 附件1 asks for showcase pictures of at least 1 MB each. */
export function checkFormat(photo: TDecodedPhoto, context: TPhotoContext, config: TPhotoCheckConfig['format']): TRuleResult {
  const details = { type: photo.type, bytes: photo.bytes, width: photo.width, height: photo.height }
  if (context.purpose === 'showcase' && photo.bytes < config.showcaseMinBytes) {
    return {
      rule: 'format',
      status: 'fail',
      score: Math.round((photo.bytes / config.showcaseMinBytes) * 1000) / 1000,
      reason: 'showcase_too_small',
      message: `展示项目图片每张不得小于 1 MB，这张只有 ${Math.round(photo.bytes / 1024)} KB。`,
      hint: '请上传相机拍摄的原图（不要用聊天软件压缩后的图片），或在手机相机设置中选择最高画质。',
      details,
    }
  }
  return { rule: 'format', status: 'pass', score: 1, message: `${photo.type.toUpperCase()} 图片，${photo.width} × ${photo.height} 像素。`, details }
}
