import { PHOTO_CHECK_CONFIG } from '../../cloud/lib/photo-check/config'
import { approximateSubstring, matchTheme, normaliseText, themeTargets } from '../../cloud/lib/photo-check/banner/theme-match'

const options = PHOTO_CHECK_CONFIG.banner.match
const { matchPass, matchReview } = PHOTO_CHECK_CONFIG.banner
const context = (activityName: string | null, campaignTheme: string | null = '学雷锋志愿服务月') => ({ campaignTheme, activityName })

describe('theme matching', () => {
  it('ignores punctuation, spacing and full-width forms', () => {
    expect(normaliseText('关爱困境儿童〈圆梦微心愿〉 志愿服务—活动·ＸＸ')).toBe('关爱困境儿童圆梦微心愿志愿服务活动xx')
  })

  it('finds the activity name inside a longer banner, whatever brackets OCR returns', () => {
    for (const seen of ['XX镇关爱困境儿童《圆梦微心愿》志愿服务活动', 'XX镇关爱困境儿童（圆梦微心愿）志愿服务活动', 'XX镇关爱困境儿童圆梦微心愿志愿服务活动']) {
      expect(matchTheme(seen, context('关爱困境儿童〈圆梦微心愿〉志愿服务活动', null), options).score).toBeGreaterThanOrEqual(matchPass)
    }
  })

  it('tolerates OCR noise: a wrong or missing character or two', () => {
    const activity = context('社区关爱空巢老人志愿服务活动', '践行二十大·志愿我先行')
    expect(matchTheme('社区关爱空巢老入志愿服努活动', activity, options).score).toBeGreaterThanOrEqual(matchPass)
    expect(matchTheme('践行二十大一志愿我先行', activity, options).score).toBeGreaterThanOrEqual(matchPass)
  })

  it('accepts a banner carrying only the distinctive part of the activity name', () => {
    expect(matchTheme('关爱空巢老人 温暖你我他', context('XX社区关爱空巢老人志愿服务活动', null), options).score).toBeGreaterThanOrEqual(matchPass)
  })

  it('accepts the theme keywords with other words around them', () => {
    expect(matchTheme('3·5学雷锋志愿服务 弘扬新风', context('植树节集中行动'), options).score).toBeGreaterThanOrEqual(matchPass)
  })

  it('rejects banners about something else entirely', () => {
    const activity = context('社区环境整治志愿服务', '践行二十大·志愿我先行')
    for (const off of ['欢迎光临 本店开业大酬宾', '2023年度工作总结表彰大会', '热烈庆祝公司成立十周年', '新春联欢晚会', '热烈欢迎各位领导莅临指导']) {
      expect(matchTheme(off, activity, options).score).toBeLessThan(matchReview)
    }
  })

  it('does not let generic words alone (志愿服务活动) stand for an activity', () => {
    const targets = themeTargets(context('关爱困境儿童〈圆梦微心愿〉志愿服务活动', null), options)
    expect(targets).toContain('关爱困境儿童')
    expect(targets).toContain('圆梦微心愿')
    expect(targets).not.toContain('志愿服务活动')
  })

  it('finds the closest stretch of text (Sellers)', () => {
    expect(approximateSubstring('圆梦微心愿', 'xx镇圆梦徽心愿活动')).toEqual({ distance: 1, text: '圆梦徽心愿' })
  })
})
