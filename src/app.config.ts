import themeJson from './theme.json'

/**
 * WeChat's 深色模式: weapp reads the navigation and tab bar colours from theme.json by name (`@…`);
 * Taro's H5 router takes only literal colours, so H5 gets theme.json's light set (its dark
 * colours come from CSS, src/app.scss). The tab words are ≥ 4.5:1 on their bar in both themes.
 */
const isWeappBuild = process.env.TARO_ENV === 'weapp'
const lightTheme = themeJson.light
function themed(key: keyof typeof lightTheme): string {
  return isWeappBuild ? `@${key}` : lightTheme[key]
}

export default defineAppConfig({
  // weapp follows the phone's dark mode: page colours by @media (prefers-color-scheme: dark).
  darkmode: true,
  themeLocation: 'theme.json',
  pages: ['pages/index/index', 'pages/me/index', 'pages/activity/index'],
  // Pages not needed at launch load on demand (weapp subpackages keep the main package small).
  subPackages: [
    {
      root: 'package-volunteer',
      pages: ['my-activities/index', 'hours/index', 'certificate/index', 'notifications/index', 'privacy/index'],
    },
    { root: 'package-manage', pages: ['checkin/index', 'photos/index'] },
    // The unit contact's 单位工作台 and everything a unit hands in.
    {
      root: 'package-unit',
      pages: [
        'home/index',
        'activity-edit/index',
        'arrangement/index',
        'photo-handin/index',
        'showcase/index',
        'weekly-stats/index',
        'reports/index',
      ],
    },
    // The organiser's and district admin's console (issue 9): desk (H5 ≥ 1280 px) and phone.
    {
      root: 'package-organiser',
      pages: ['home/index', 'invites/index', 'campaign/index', 'status/index', 'photo-review/index', 'exports/index', 'dashboard/index'],
    },
  ],
  // Check-in at geofenced activities asks for the location, and only then; unit contacts pick places (weapp declarations).
  permission: {
    'scope.userLocation': { desc: '用于确认你在活动现场签到' },
  },
  // chooseLocation: unit contacts pick an activity's place on WeChat's map (活动编辑).
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  window: {
    backgroundTextStyle: themed('bgTextStyle'),
    backgroundColor: themed('bgColor'),
    navigationBarBackgroundColor: themed('navBgColor'),
    navigationBarTitleText: '学雷锋志愿服务月',
    navigationBarTextStyle: themed('navTextStyle'),
    // Explicit, so Taro's H5 router also draws its navigation bar (title + back button).
    navigationStyle: 'default',
  },
  tabBar: {
    color: themed('tabColor'),
    selectedColor: themed('tabSelectedColor'),
    backgroundColor: themed('tabBgColor'),
    // Taro's typings take only white/black here (no theme.json name): a white line, unseen in light mode.
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '活动',
        iconPath: 'assets/tab-activities.png',
        selectedIconPath: 'assets/tab-activities-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab-me.png',
        selectedIconPath: 'assets/tab-me-active.png',
      },
    ],
  },
  // Inject only the components a page actually renders (smaller start-up in weapp).
  lazyCodeLoading: 'requiredComponents',
})
