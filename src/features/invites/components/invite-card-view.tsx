import { Button } from '@nutui/nutui-react-taro'
import { Canvas, Image, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { drawOnWeappCanvas, drawToDataUrl, saveCanvasToAlbum, type DrawContext, type WeappCanvas } from '../../../shared/canvas'
import { isWeapp } from '../../../shared/platform'
import { showMessage, showSuccess } from '../../../shared/toast'
import { drawInviteCard, INVITE_CARD_ASPECT, type InviteCardContent } from '../draw-invite-card'

/**
 * The invite as one picture (unit, campaign, QR, code, expiry, how to join): drawn on a canvas in
 * weapp with 保存图片 to the album, shown as an image in H5 (long-press or right-click to keep).
 */
export function InviteCardView({ card, width, canvasId }: { card: InviteCardContent; width: number; canvasId: string }) {
  const height = Math.round(width * INVITE_CARD_ASPECT)
  const drawn = useRef<WeappCanvas | null>(null)
  const [imageUrl, setImageUrl] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    const draw = (ctx: DrawContext, w: number, h: number) => drawInviteCard(ctx, w, h, card)
    if (isWeapp) {
      // The canvas node exists only once this render has reached the view layer.
      const timer = setTimeout(() => {
        void drawOnWeappCanvas(`#${canvasId}`, draw).then((canvas) => {
          drawn.current = canvas
        })
      }, 50)
      return () => clearTimeout(timer)
    }
    setImageUrl(drawToDataUrl(width, height, draw))
    return undefined
  }, [card, width, height, canvasId])

  async function save() {
    if (!drawn.current) {
      showMessage('图片还在生成，请稍候')
      return
    }
    setSaving(true)
    const result = await saveCanvasToAlbum(drawn.current.node)
    setSaving(false)
    if (result === 'saved') showSuccess('已保存到相册')
    else if (result === 'failed') showMessage('保存失败，请截图保存')
  }

  const style = { width: `${width}px`, height: `${height}px` }
  return (
    <View className='invite-card-view'>
      {isWeapp ? (
        <Canvas type='2d' id={canvasId} className='invite-card-view__canvas' style={style} />
      ) : imageUrl ? (
        <Image className='invite-card-view__image invite-card-image' src={imageUrl} style={style} />
      ) : null}
      {isWeapp ? (
        <Button className='invite-card-view__save' type='primary' loading={saving} onClick={() => void save()}>
          保存图片
        </Button>
      ) : (
        <Text className='invite-card-view__hint'>长按或右键图片保存，发给对方；也可打印海报</Text>
      )}
    </View>
  )
}
