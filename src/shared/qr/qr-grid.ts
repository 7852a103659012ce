/** A square of modules being drawn: dark or light, and whether a module belongs to a function pattern. */
export interface QrGrid {
  size: number
  /** modules[y][x]: true = dark */
  modules: boolean[][]
  isFunction: boolean[][]
}

export function createGrid(size: number): QrGrid {
  const square = () => Array.from({ length: size }, () => new Array<boolean>(size).fill(false))
  return { size, modules: square(), isFunction: square() }
}

export function setFunctionModule(grid: QrGrid, x: number, y: number, dark: boolean): void {
  const row = grid.modules[y]
  const functionRow = grid.isFunction[y]
  if (!row || !functionRow) return
  row[x] = dark
  functionRow[x] = true
}

export function isDark(grid: QrGrid, x: number, y: number): boolean {
  return grid.modules[y]?.[x] ?? false
}

export function bitAt(value: number, index: number): boolean {
  return ((value >>> index) & 1) !== 0
}
