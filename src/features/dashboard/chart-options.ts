import type { TChartSpec } from './chart-data'

/**
 * A chart spec as uCharts (@qiun/ucharts) options, for a canvas of `width` × `height` CSS px.
 * Sizes are CSS px: uCharts multiplies them by `pixelRatio` itself. Phone widths get smaller
 * type and fewer x labels so every label stays readable at 375 px.
 */
export type TChartBox = { width: number; height: number; pixelRatio: number }

const AXIS_COLOR = '#e5e6eb'
const TEXT_COLOR = '#4e5969'

/**
 * A value axis from 0 in whole-number steps of 1, 2, 2.5 or 5 × 10ⁿ, with the number of splits
 * (of those allowed) that fits `max` most tightly: 13 → 0–15 in 3 steps, 120 → 0–125 in 5, not
 * uCharts' own 0, 2.6, 5.2 … 13.
 */
export function niceAxis(max: number, splits: number[] = [3, 4, 5]): { max: number; splitNumber: number } {
  let best = { max: Infinity, splitNumber: splits[0] ?? 4 }
  for (const splitNumber of splits) {
    const raw = Math.max(max, 1) / splitNumber
    const magnitude = 10 ** Math.floor(Math.log10(raw))
    const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw && s >= 1 && Number.isInteger(s)) ?? 10 * magnitude
    const top = step * splitNumber
    if (top < best.max || (top === best.max && splitNumber > best.splitNumber)) best = { max: top, splitNumber }
  }
  return best
}

/** The largest bar: the sum of a category's series when stacked, else the largest value. */
function largest(spec: TChartSpec, series = spec.series): number {
  if (spec.stacked) return Math.max(0, ...spec.categories.map((_, i) => series.reduce((n, s) => n + (s.data[i] ?? 0), 0)))
  return Math.max(0, ...series.flatMap((s) => s.data))
}

/** Every k-th x label only (k so that at most `room` are written), so dates never overlap. */
function thinLabels(count: number, room: number): ((item: string, index: number) => string) | undefined {
  if (count <= room) return undefined
  const every = Math.ceil(count / room)
  return (item, index) => (index % every === 0 ? item : '')
}

export function uChartsOptions(spec: TChartSpec, box: TChartBox): Record<string, unknown> {
  const phone = box.width < 560
  const fontSize = phone ? 11 : 12
  const base = {
    type: spec.kind,
    width: box.width * box.pixelRatio,
    height: box.height * box.pixelRatio,
    pixelRatio: box.pixelRatio,
    // Drawn once, without animation: figures are read, not watched; and the canvas is final at once.
    animation: false,
    background: '#FFFFFF',
    fontSize,
    fontColor: TEXT_COLOR,
    color: spec.series.map((s) => s.color),
    padding: [12, 16, 4, 8],
    categories: spec.categories,
    legend: { show: spec.series.length > 1, position: 'bottom', fontSize, lineHeight: fontSize + 4, itemGap: 12 },
  }
  switch (spec.kind) {
    case 'ring':
      return {
        ...base,
        padding: [8, 8, 8, 8],
        series: spec.series.map((s) => ({ name: s.name, data: s.data[0] ?? 0, color: s.color })),
        dataLabel: !phone,
        title: { name: spec.centre?.value ?? '', fontSize: phone ? 20 : 22, color: '#1f2329' },
        subtitle: { name: spec.centre?.label ?? '', fontSize: 12, color: '#86909c' },
        legend: { ...base.legend, show: true, position: phone ? 'bottom' : 'right', float: 'center' },
        extra: { ring: { ringWidth: phone ? 22 : 26, offsetAngle: -90, border: true, borderWidth: 2, borderColor: '#FFFFFF', labelWidth: 12 } },
      }
    case 'bar': {
      const axis = spec.percent ? { max: 100, splitNumber: 4 } : niceAxis(largest(spec), phone ? [3, 4] : [3, 4, 5])
      return {
        ...base,
        // Room on the right for the last value label ("100%") centred on the axis end.
        padding: [12, 24, 4, 8],
        series: spec.series.map((s) => ({ name: s.name, data: s.data, color: s.color })),
        dataLabel: !spec.stacked,
        xAxis: {
          boundaryGap: 'justify',
          min: 0,
          ...axis,
          gridColor: AXIS_COLOR,
          axisLine: false,
          fontSize,
          fontColor: TEXT_COLOR,
          formatter: spec.percent ? (v: number) => `${v}%` : undefined,
        },
        yAxis: { fontSize, fontColor: TEXT_COLOR, gridColor: AXIS_COLOR },
        extra: { bar: { type: spec.stacked ? 'stack' : 'group', width: 16, categoryGap: 3 } },
      }
    }
    case 'column': {
      // A day label ("3/15") needs about 48 px to stay apart from its neighbours.
      const room = Math.max(4, Math.floor(box.width / 48))
      const axis = niceAxis(largest(spec))
      return {
        ...base,
        series: spec.series.map((s) => ({ name: s.name, data: s.data, color: s.color })),
        // Values over the bars while they fit; with many days the table below has them.
        dataLabel: spec.categories.length <= room,
        xAxis: { disableGrid: true, fontSize, fontColor: TEXT_COLOR, axisLineColor: AXIS_COLOR, formatter: thinLabels(spec.categories.length, room) },
        yAxis: {
          data: [{ min: 0, max: axis.max, title: spec.axes?.[0] ?? '', titleFontSize: fontSize, fontSize }],
          showTitle: Boolean(spec.axes?.[0]),
          gridColor: AXIS_COLOR,
          gridType: 'dash',
          splitNumber: axis.splitNumber,
        },
        extra: { column: { type: spec.stacked ? 'stack' : 'group', width: phone ? 14 : 22, seriesGap: 2 } },
      }
    }
    case 'mix': {
      // Both value axes share the grid lines, so both get the same number of splits: the one that
      // leaves the least empty room on the looser axis.
      const tops = [0, 1].map((index) => largest(spec, spec.series.filter((s) => (s.axis ?? 0) === index)))
      const splitNumber = [3, 4, 5]
        .map((n) => ({ n, slack: Math.max(...tops.map((top) => niceAxis(top, [n]).max / Math.max(top, 1))) }))
        .reduce((a, b) => (b.slack < a.slack ? b : a)).n
      const axes = tops.map((top) => niceAxis(top, [splitNumber]))
      // Values over the columns while each has room for one ("410.5" needs about 36 px).
      const columns = spec.categories.length * spec.series.length
      return {
        ...base,
        series: spec.series.map((s) => ({ name: s.name, data: s.data, color: s.color, type: 'column', index: s.axis ?? 0 })),
        dataLabel: columns * 36 <= box.width - 80,
        xAxis: { disableGrid: true, fontSize, fontColor: TEXT_COLOR, axisLineColor: AXIS_COLOR, rotateLabel: phone && spec.categories.length > 4, rotateAngle: 30 },
        yAxis: {
          showTitle: true,
          gridColor: AXIS_COLOR,
          gridType: 'dash',
          splitNumber,
          data: (spec.axes ?? ['', '']).map((title, index) => ({
            position: index === 0 ? 'left' : 'right',
            min: 0,
            max: axes[index]?.max,
            title,
            titleFontSize: fontSize,
            fontSize,
          })),
        },
        extra: { mix: { column: { width: phone ? 16 : 24 } } },
      }
    }
  }
}
