/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    /** NODE built-in; decides the build flavour. */
    NODE_ENV?: 'development' | 'production' | 'test'
    /** The platform Taro builds for. */
    TARO_ENV?: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Mini-program app id written into dist/weapp/project.config.json (see config/index.ts). */
    TARO_APP_ID?: string
    /** API origin baked into the bundle: '' in H5 (same origin), http://localhost:3000 by default in weapp. */
    TARO_APP_API_BASE?: string
  }
}
