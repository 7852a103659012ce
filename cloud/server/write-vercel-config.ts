import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildVercelConfig } from './vercel-config'

/** `npm run vercel:config`: regenerate vercel.json after adding or moving a function. */
writeFileSync(path.resolve(__dirname, '../../vercel.json'), `${JSON.stringify(buildVercelConfig(), null, 2)}\n`)
console.log('vercel.json written')
