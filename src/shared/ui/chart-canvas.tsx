import { Canvas, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
import { openHtmlCanvas, openWeappCanvas, type TChartSurface } from '../chart-canvas'
import { isWeapp } from '../platform'
import './chart-canvas.scss'

interface ChartCanvasProps {
  /** Unique on the page (weapp finds the canvas node by it). */
  id: string
  /** Height in CSS px; the width is the box's. */
  height: number
  /** What the chart shows, for screen readers (the figures themselves are in the table beside it). */
  label: string
  /** Draws on the surface; called again when the box changes width (H5: a desk window resized). */
  onDraw: (surface: TChartSurface) => void
}

/** A full-width canvas for a chart: `<Canvas type='2d'>` in weapp, an HTML canvas in H5. */
export function ChartCanvas({ id, height, label, onDraw }: ChartCanvasProps) {
  const html = useRef<HTMLCanvasElement | null>(null)
  const draw = useRef(onDraw)
  draw.current = onDraw

  useEffect(() => {
    if (isWeapp) {
      // The node exists once this render has reached the view layer.
      const timer = setTimeout(() => {
        void openWeappCanvas(id).then((surface) => {
          if (surface) draw.current(surface)
        })
      }, 50)
      return () => clearTimeout(timer)
    }
    const canvas = html.current
    if (!canvas) return undefined
    let drawnWidth = 0
    const redraw = () => {
      const surface = openHtmlCanvas(canvas, height)
      if (!surface || surface.width === drawnWidth) return
      drawnWidth = surface.width
      draw.current(surface)
    }
    redraw()
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(() => redraw())
    observer.observe(canvas)
    return () => observer.disconnect()
  }, [id, height, onDraw])

  const style = { height: `${height}px` }
  return (
    <View className='chart-canvas' style={style}>
      {isWeapp ? (
        <Canvas type='2d' id={id} className='chart-canvas__node' style={style} aria-label={label} />
      ) : (
        <canvas ref={html} id={id} className='chart-canvas__node' style={style} role='img' aria-label={label} />
      )}
    </View>
  )
}
