import { Text, View } from '@tarojs/components'
import { isWeapp } from '../../../shared/platform'
import type { TFigureTable } from '../chart-data'

/**
 * A chart's figures as a table. In H5 a real <table> (caption, column and row headers: screen
 * readers read it as one); in weapp the same rows as views laid out as a table. Wide tables
 * scroll sideways with the first column kept in view.
 */
export function FigureTable({ table }: { table: TFigureTable }) {
  return (
    <View className='figure-table'>
      <View className='figure-table__scroll'>{isWeapp ? <ViewTable table={table} /> : <HtmlTable table={table} />}</View>
      {table.note ? <Text className='figure-table__note'>{table.note}</Text> : null}
    </View>
  )
}

function cellClass(numeric: boolean | undefined, first: boolean): string {
  return `figure-table__cell${numeric ? ' figure-table__cell--number' : ''}${first ? ' figure-table__cell--first' : ''}`
}

function HtmlTable({ table }: { table: TFigureTable }) {
  const row = (cells: string[], key: string) => (
    <tr key={key} className='figure-table__row'>
      {cells.map((cell, i) =>
        i === 0 ? (
          <th key={i} scope='row' className={cellClass(false, true)}>
            {cell}
          </th>
        ) : (
          <td key={i} className={cellClass(table.columns[i]?.numeric, false)}>
            {cell}
          </td>
        ),
      )}
    </tr>
  )
  return (
    <table className='figure-table__table'>
      <caption className='figure-table__caption'>{table.caption}</caption>
      <thead>
        <tr className='figure-table__row figure-table__row--head'>
          {table.columns.map((c, i) => (
            <th key={c.label} scope='col' className={cellClass(c.numeric, i === 0)}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{table.rows.map((cells, i) => row(cells, String(i)))}</tbody>
      {table.total ? <tfoot className='figure-table__total'>{row(table.total, 'total')}</tfoot> : null}
    </table>
  )
}

function ViewTable({ table }: { table: TFigureTable }) {
  const row = (cells: string[], key: string, extra = '') => (
    <View key={key} className={`figure-table__row ${extra}`}>
      {cells.map((cell, i) => (
        <Text key={i} className={cellClass(table.columns[i]?.numeric, i === 0)}>
          {cell}
        </Text>
      ))}
    </View>
  )
  return (
    <View className='figure-table__table'>
      <Text className='figure-table__caption figure-table__caption--view'>{table.caption}</Text>
      {row(
        table.columns.map((c) => c.label),
        'head',
        'figure-table__row--head',
      )}
      {table.rows.map((cells, i) => row(cells, String(i)))}
      {table.total ? row(table.total, 'total', 'figure-table__row--total') : null}
    </View>
  )
}
