import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Taro build config, adapted from the template shipped in @tarojs/cli 4.2.1.
 *
 * Output goes to `dist/<platform>` (dist/weapp, dist/h5) so both builds can live side by side:
 * the server serves dist/h5, WeChat DevTools opens dist/weapp (see project.config.json).
 */

const platform = process.env.TARO_ENV ?? 'h5'

/**
 * The API origin baked into the bundle. In H5 the API is same-origin, so the default is empty;
 * the mini-program needs an absolute URL (WeChat DevTools with "不校验合法域名" for localhost).
 * Only this `TARO_APP_*` value reaches the bundle — never put a secret behind that prefix.
 */
function resolveApiBase(): string {
  const fromEnv = process.env.TARO_APP_API_BASE
  if (fromEnv !== undefined) return fromEnv.replace(/\/+$/, '')
  return platform === 'h5' ? '' : 'http://localhost:3000'
}

/**
 * Subscription-message template ids the mini-program asks consent for after a sign-up (not secret).
 * Defaults to the ones the server sends with (day before, two hours before, waitlist promoted); empty means the app skips the request.
 */
function resolveTemplateIds(): string {
  const fromEnv = process.env.TARO_APP_WECHAT_TEMPLATE_IDS
  if (fromEnv !== undefined) return fromEnv
  return [process.env.WECHAT_TEMPLATE_ACTIVITY_TOMORROW, process.env.WECHAT_TEMPLATE_ACTIVITY_SOON, process.env.WECHAT_TEMPLATE_WAITLIST_PROMOTED]
    .filter(Boolean)
    .join(',')
}

/**
 * The WeChat app id is not a secret, but it differs per deployment, so it comes from env.
 * Taro writes `process.env.TARO_APP_ID` (or the placeholder from project.config.json) into
 * dist/weapp/project.config.json; here we accept the names our README and server use.
 */
const appId = process.env.TARO_APP_ID || process.env.WECHAT_APPID || process.env.TARO_APP_WECHAT_APPID
if (appId) process.env.TARO_APP_ID = appId

/** The API contract (zod schemas in types/) sits outside src/ but is compiled into the bundle. */
const compile = { include: [path.resolve(__dirname, '..', 'types')] }

/**
 * What runs a mini-program: WeChat draws pages in the phone's WKWebView (iOS) or its own Chromium
 * (XWeb, Android). package.json's browserslist (iOS 8, Android 4.1, IE for the H5 build) made
 * autoprefixer write -webkit-/-ms- flexbox and box-shadow copies of most rules: ~19 KB of the weapp
 * main package that no phone able to run today's WeChat reads. H5 keeps package.json's list.
 */
const WEAPP_CSS_TARGETS = ['iOS >= 10', 'Chrome >= 53']

/** NutUI is drawn on a 375 px design; our own styles on Taro's default 750. */
function designWidth(input?: unknown): number {
  const file = typeof input === 'object' && input !== null && 'file' in input && typeof input.file === 'string' ? input.file : ''
  return file.replace(/\\+/g, '/').includes('@nutui/') ? 375 : 750
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xueleifeng-volunteer-month',
    date: '2026-3-1',
    designWidth,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    // TARO_OUTPUT_ROOT lets parallel builds (several developers' journeys on one machine) not collide.
    outputRoot: process.env.TARO_OUTPUT_ROOT || `dist/${platform}`,
    plugins: [],
    env: {
      TARO_APP_API_BASE: JSON.stringify(resolveApiBase()),
      TARO_APP_WECHAT_TEMPLATE_IDS: JSON.stringify(resolveTemplateIds()),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // NutUI must go through our loaders (its components import @tarojs/components) and, in
      // watch mode, prebundling it inflates the dev bundle to ~3.7 MB (TOOLCHAIN.md).
      prebundle: { exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] },
    },
    cache: { enable: false },
    // weapp: Taro's terser writes every non-ASCII character as \uXXXX (6 bytes for a Chinese character
    // that UTF-8 stores in 3): ~13 KB of the main package's JS is escaped UI text. WeChat reads its JS
    // files as UTF-8, so keep the characters. H5 keeps Taro's defaults.
    ...(platform === 'weapp' ? { terser: { enable: true, config: { output: { ascii_only: false } } } } : {}),
    mini: {
      compile,
      postcss: {
        autoprefixer: { enable: true, config: { overrideBrowserslist: WEAPP_CSS_TARGETS } },
        pxtransform: { enable: true, config: {} },
        // After pxtransform: the type ramp × the reader's font scale, and the palette as theme variables.
        './config/postcss-readable.js': { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      // Hash routing: the server only has to serve index.html at `/`, deep links still work.
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      webpackChain(chain) {
        // Taro splits only initial chunks, so every lazily loaded page carried its own copy of
        // NutUI, zod and dayjs (~160 KB each). Sharing them across async page chunks too:
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all' })
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        './config/postcss-readable.js': { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
