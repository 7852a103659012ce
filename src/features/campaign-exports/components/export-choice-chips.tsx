import { Text, View } from '@tarojs/components'

export type TChip = { key: string; label: string; sub?: string }

interface ExportChoiceChipsProps {
  chips: TChip[]
  chosen: string
  onPick: (key: string) => void
  className?: string
}

/** One choice out of a few, as tappable chips (districts, periods). */
export function ExportChoiceChips({ chips, chosen, onPick, className }: ExportChoiceChipsProps) {
  return (
    <View className={`export-chips ${className ?? ''}`}>
      {chips.map((chip) => (
        <View
          key={chip.key}
          className={`export-chip${chip.key === chosen ? ' export-chip--active' : ''}`}
          hoverClass='export-chip--pressed'
          onClick={() => onPick(chip.key)}
        >
          <Text className='export-chip__label'>{chip.label}</Text>
          {chip.sub ? <Text className='export-chip__sub'>{chip.sub}</Text> : null}
        </View>
      ))}
    </View>
  )
}
