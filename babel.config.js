// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config

/**
 * weapp: WeChat runs a mini-program's JS on the phone's JavaScriptCore (iOS) or its own V8 (Android),
 * with native classes, arrows, let/const and generators from iOS 11. package.json's browserslist
 * (iOS 8, Android 4.1) had Babel rewrite all of them, every async function into a regenerator state
 * machine, and Taro's runtime with it: ~30 KB of the weapp main package. async/await is still
 * compiled (to generators): WeChat's docs ask for that, and on iOS its Promise is a polyfill that
 * native await would bypass. H5 and the tests keep package.json's list.
 */
const isWeappBuild = process.env.TARO_ENV === 'weapp' && process.env.NODE_ENV !== 'test'
const weappTargets = {
  targets: { ios: '11', chrome: '61' },
  include: ['transform-async-to-generator', 'transform-async-generator-functions'],
}

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(isWeappBuild ? weappTargets : {}),
      },
    ],
  ],
}
