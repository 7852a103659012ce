// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config

/**
 * weapp: WeChat runs a mini-program's JS on the phone's JavaScriptCore (iOS) or its own V8 (Android).
 * package.json's browserslist (iOS 8, Android 4.1) had Babel rewrite classes, arrows, let/const,
 * template strings, `?.`/`??` and every async function (a regenerator state machine) in our code
 * and Taro's runtime: ~31 KB of the weapp main package. Yet the bundle already needed ES2020:
 * zod ships `?.` uncompiled in vendors.js (since before this target), so no phone below iOS 13.4 /
 * Chrome 80 could start the app. Our code is compiled to that same floor. async/await is still
 * compiled (to generators): WeChat's docs ask for that, and on iOS its Promise is a polyfill that a
 * native await would bypass. H5 and the tests keep package.json's list.
 */
const isWeappBuild = process.env.TARO_ENV === 'weapp' && process.env.NODE_ENV !== 'test'
const weappTargets = {
  targets: { ios: '13.4', chrome: '80' },
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
