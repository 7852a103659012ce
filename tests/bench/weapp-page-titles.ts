import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/**
 * Every page of a weapp build keeps a navigation bar title. A page's json must carry its own
 * navigationBarTitleText. A page built with enablePageMeta gets a `<navigation-bar>` in its
 * template whose title and front colour are bound to the page's NavigationBar node
 * (`navigationBar.pN`); with no node the title is empty and the front colour falls back to
 * #000000 (black on our red bar, and on the dark bar in 深色模式). So for those pages the built
 * JavaScript must render NavigationBar with title, frontColor and backgroundColor
 * (src/features/accessibility/components/a11y-page-meta.tsx).
 */
const ZAppJson = z.object({
  pages: z.array(z.string()),
  subPackages: z.array(z.object({ root: z.string(), pages: z.array(z.string()) })).optional(),
  subpackages: z.array(z.object({ root: z.string(), pages: z.array(z.string()) })).optional(),
})
const ZPageJson = z.object({ navigationBarTitleText: z.string().optional() })

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? jsFiles(full) : entry.name.endsWith('.js') ? [full] : []
  })
}

export type TTitleCheck = { pages: number; withPageMeta: number; problems: string[] }

export function checkWeappPageTitles(weappDir: string): TTitleCheck {
  const app = ZAppJson.parse(JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')))
  const subs = [...(app.subPackages ?? []), ...(app.subpackages ?? [])]
  const pages = [...app.pages, ...subs.flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`))]
  const problems: string[] = []
  let withPageMeta = 0
  for (const page of pages) {
    const jsonFile = path.join(weappDir, `${page}.json`)
    const wxmlFile = path.join(weappDir, `${page}.wxml`)
    if (!existsSync(jsonFile) || !existsSync(wxmlFile)) {
      problems.push(`${page}: not built`)
      continue
    }
    const title = ZPageJson.parse(JSON.parse(readFileSync(jsonFile, 'utf8'))).navigationBarTitleText?.trim()
    if (!title) problems.push(`${page}: no navigationBarTitleText in its json`)
    const wxml = readFileSync(wxmlFile, 'utf8')
    if (!wxml.includes('<page-meta')) continue
    withPageMeta += 1
    const bar = /<navigation-bar\b[^>]*>/.exec(wxml)?.[0] ?? ''
    if (!/\btitle="\{\{navigationBar\.\w+\}\}"/.test(bar)) problems.push(`${page}: page-meta without a <navigation-bar title> bound to the page's NavigationBar`)
    if (!/\bfront-color="\{\{navigationBar\.\w+/.test(bar)) problems.push(`${page}: <navigation-bar> front colour not bound to the page's NavigationBar`)
  }
  if (withPageMeta > 0) {
    // Props keep their names in minified code: the NavigationBar A11yPageMeta renders, with all three.
    const rendersBar = jsFiles(weappDir).some((file) => {
      const js = readFileSync(file, 'utf8')
      return /title:[^,}]+,frontColor:[^,}]+,backgroundColor:/.test(js)
    })
    if (!rendersBar) problems.push('no NavigationBar with title, frontColor and backgroundColor in the built JavaScript (A11yPageMeta)')
  }
  return { pages: pages.length, withPageMeta, problems }
}
