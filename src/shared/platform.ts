/** Build-time platform checks; webpack folds them so dead branches leave the bundle. */
export const isWeapp = process.env.TARO_ENV === 'weapp'
export const isH5 = process.env.TARO_ENV === 'h5'
