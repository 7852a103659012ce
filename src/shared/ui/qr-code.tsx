import { Canvas, Image, View } from '@tarojs/components'
import { useEffect, useMemo } from 'react'
import { drawOnWeappCanvas } from '../canvas'
import { isWeapp } from '../platform'
import { drawQr } from '../qr/draw-qr'
import { encodeQr } from '../qr/encode-qr'
import { qrToSvg, svgToDataUri } from '../qr/qr-to-svg'
import './qr-code.scss'

interface QrCodeProps {
  text: string
  /** Side in CSS pixels. */
  size: number
  /** Canvas id in weapp; unique on the page. */
  canvasId: string
  className?: string
}

/** A QR code drawn by our own encoder: on a 2d Canvas in weapp, as an SVG image in H5. */
export function QrCode({ text, size, canvasId, className }: QrCodeProps) {
  const matrix = useMemo(() => encodeQr(text), [text])

  useEffect(() => {
    if (!isWeapp) return undefined
    // The canvas node is ready only once this render has reached the view layer.
    const timer = setTimeout(() => {
      void drawOnWeappCanvas(`#${canvasId}`, (ctx, width) => drawQr(ctx, matrix, width))
    }, 30)
    return () => clearTimeout(timer)
  }, [matrix, canvasId])

  const style = { width: `${size}px`, height: `${size}px` }
  return (
    <View className={`qr-code ${className ?? ''}`} style={style}>
      {isWeapp ? (
        <Canvas type='2d' id={canvasId} className='qr-code__canvas' style={style} />
      ) : (
        <Image className='qr-code__image' src={svgToDataUri(qrToSvg(matrix))} style={style} />
      )}
    </View>
  )
}
