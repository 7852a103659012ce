import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * 长辈模式 and the system font size reach a weapp page only through its page-meta (A11yPageMeta),
 * and Taro writes a page's <page-meta> (with its <navigation-bar>) only when its config says
 * enablePageMeta. So every page of src/app.config.ts — main package and subpackages — must render
 * <A11yPageMeta /> from its default export, say enablePageMeta: true, and keep a title of its own.
 * A page added without them fails here.
 */
const SRC = path.resolve(__dirname, '../../src')

// The config files call Taro's build-time globals; here they only hand back their object.
Object.assign(globalThis, { defineAppConfig: <T>(config: T): T => config, definePageConfig: <T>(config: T): T => config })

type TAppConfig = { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
type TPageConfig = { navigationBarTitleText?: string; enablePageMeta?: boolean }

function loadDefault<T>(file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const loaded: { default: T } = require(file)
  return loaded.default
}

function allPages(): string[] {
  const app = loadDefault<TAppConfig>(path.join(SRC, 'app.config.ts'))
  return [...app.pages, ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))]
}

/** Whether the file's default-exported component has <A11yPageMeta …/> in its JSX, imported from the accessibility feature. */
function rendersPageMeta(file: string): { imported: boolean; rendered: boolean } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true, ts.ScriptKind.TSX)
  const imported = source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) &&
      ts.isStringLiteral(s.moduleSpecifier) &&
      s.moduleSpecifier.text.endsWith('features/accessibility/components/a11y-page-meta') &&
      Boolean(s.importClause?.namedBindings && ts.isNamedImports(s.importClause.namedBindings) && s.importClause.namedBindings.elements.some((e) => e.name.text === 'A11yPageMeta')),
  )
  const main = source.statements.find(
    (s): s is ts.FunctionDeclaration =>
      ts.isFunctionDeclaration(s) && Boolean(s.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)),
  )
  let rendered = false
  const visit = (node: ts.Node): void => {
    if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && node.tagName.getText(source) === 'A11yPageMeta') rendered = true
    ts.forEachChild(node, visit)
  }
  if (main?.body) visit(main.body)
  return { imported, rendered }
}

describe('A11yPageMeta on every page', () => {
  const pages = allPages()

  it('finds the pages of app.config.ts (main package and subpackages)', () => {
    expect(pages).toEqual(expect.arrayContaining(['pages/index/index', 'pages/activity/index', 'package-organiser/status/index', 'package-volunteer/certificate/index']))
    expect(pages.length).toBeGreaterThanOrEqual(24)
  })

  it.each(allPages())('%s renders <A11yPageMeta />, enables page-meta and has its own title', (page) => {
    const file = path.join(SRC, `${page}.tsx`)
    expect(existsSync(file)).toBe(true)
    expect(rendersPageMeta(file)).toEqual({ imported: true, rendered: true })
    const config = loadDefault<TPageConfig>(path.join(SRC, `${page}.config.ts`))
    expect(config.enablePageMeta).toBe(true)
    expect(config.navigationBarTitleText?.trim()).toBeTruthy()
  })
})
