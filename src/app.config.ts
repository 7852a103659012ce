export default defineAppConfig({
  pages: ['pages/index/index', 'pages/me/index', 'pages/activity/index'],
  // Pages not needed at launch load on demand (weapp subpackages keep the main package small).
  subPackages: [
    {
      root: 'package-volunteer',
      pages: ['my-activities/index', 'hours/index', 'certificate/index', 'notifications/index'],
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
    backgroundTextStyle: 'light',
    backgroundColor: '#f5f6f8',
    navigationBarBackgroundColor: '#d7263d',
    navigationBarTitleText: '学雷锋志愿服务月',
    navigationBarTextStyle: 'white',
    // Explicit, so Taro's H5 router also draws its navigation bar (title + back button).
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#86909c',
    selectedColor: '#d7263d',
    backgroundColor: '#ffffff',
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
