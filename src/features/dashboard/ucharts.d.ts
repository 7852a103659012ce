/** @qiun/ucharts 2.5 ships no types. The one use we make of it: draw on construction. */
declare module '@qiun/ucharts' {
  export default class UCharts {
    /** Draws at once into `options.context` (a 2d context), sized `width` × `height` device px. */
    constructor(options: Record<string, unknown>)
  }
}
