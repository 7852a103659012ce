import { Button } from '@nutui/nutui-react-taro'
import { Canvas, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { drawOnWeappCanvas, drawToDataUrl, saveCanvasToAlbum, type WeappCanvas } from '../../../shared/canvas'
import { isWeapp } from '../../../shared/platform'
import { showMessage, showSuccess } from '../../../shared/toast'
import { CERTIFICATE_ASPECT, drawCertificate, type CertificateContent } from '../draw-certificate'
import './hours.scss'

const CANVAS_ID = 'certificate-canvas'

/** The 服务证明 as a picture: a canvas to save to the album in weapp, a long-pressable image in H5. */
export function CertificateView({ content }: { content: CertificateContent }) {
  const width = useMemo(() => Math.min(Taro.getWindowInfo().windowWidth - 32, 480), [])
  const height = Math.round(width * CERTIFICATE_ASPECT)
  const drawn = useRef<WeappCanvas | null>(null)
  const [imageUrl, setImageUrl] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const draw = (ctx: Parameters<typeof drawCertificate>[0], w: number, h: number) => drawCertificate(ctx, w, h, content)
    if (isWeapp) {
      // The canvas node exists only after this render has reached the view layer.
      const timer = setTimeout(() => {
        void drawOnWeappCanvas(`#${CANVAS_ID}`, draw).then((canvas) => {
          drawn.current = canvas
        })
      }, 50)
      return () => clearTimeout(timer)
    }
    setImageUrl(drawToDataUrl(width, height, draw))
    return undefined
  }, [content, width, height])

  async function save() {
    if (!drawn.current) {
      showMessage('证书还在生成，请稍候')
      return
    }
    setSaving(true)
    const result = await saveCanvasToAlbum(drawn.current.node)
    setSaving(false)
    if (result === 'saved') showSuccess('已保存到相册')
    else if (result === 'failed') showMessage('保存失败，请截图保存')
  }

  return (
    <View className='certificate'>
      {isWeapp ? (
        <Canvas type='2d' id={CANVAS_ID} className='certificate__canvas' style={{ width: `${width}px`, height: `${height}px` }} />
      ) : imageUrl ? (
        <Image
          className='certificate__image certificate-image'
          src={imageUrl}
          style={{ width: `${width}px`, height: `${height}px` }}
          // The picture is the certificate: a screen reader names it (H5 <img alt>).
          nativeProps={{ alt: '志愿服务证明（图片），长按可保存' }}
        />
      ) : null}
      {isWeapp ? (
        <Button className='certificate__save certificate-save' type='primary' loading={saving} onClick={() => void save()}>
          保存到相册
        </Button>
      ) : (
        <Text className='certificate__hint certificate-hint'>长按图片保存，或截图保存</Text>
      )}
      <View className='certificate__facts certificate-facts'>
        <Text>
          {content.realName} · 累计 {content.totalHours} 小时 · {content.activityCount} 项活动
        </Text>
        <Text className='certificate-campaign'>{content.campaignName}</Text>
        <Text className='certificate-issuer'>
          编号 {content.serialNo} · {content.issuedDate} · {content.issuers.join('、')}
        </Text>
      </View>
    </View>
  )
}
