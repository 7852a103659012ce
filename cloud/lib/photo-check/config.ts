/**
 * Every threshold of the photo check, in one place. Values are physical quantities measured on a
 * normalised working copy (grey levels 0–255, a fixed long side), so they do not depend on the
 * camera's resolution. Change them here, never inside a detector.
 */
export const PHOTO_CHECK_CONFIG = {
  engineVersion: 'photo-check/1.0.0',

  engine: {
    /** onnxruntime threads for OCR (its sessions run on the JavaScript thread). */
    ocrThreads: 1,
    /**
     * onnxruntime threads for one face-detector pass, in the detector's worker thread beside the
     * OCR: with one each, the two use the 2 cores. Measured on 12-MP photos: 2 threads each cost
     * 40–50 % more CPU (threads waiting for each other at every layer) for no shorter check.
     */
    faceThreads: 1,
  },

  format: {
    maxBytes: 20 * 1024 * 1024,
    /** sharp refuses to decode more pixels than this (pixel bombs); a 50-megapixel phone photo still passes. */
    maxPixels: 80_000_000,
    /** 附件1: showcase pictures are each at least 1 MB. */
    showcaseMinBytes: 1024 * 1024,
  },

  /** Working copies the detectors share, made once per photo. */
  working: {
    /** Grey copy for clarity, exposure and the perceptual hash. */
    greyLongSide: 1024,
    /** Colour copy for faces, uniforms and text recognition. */
    colourLongSide: 2048,
  },

  clarity: {
    /**
     * Crété-Roffet blur effect (0 sharp … 1 blurred) on the 1024-px grey copy: how little a 9-tap
     * re-blur changes the neighbour differences, in the blurrier of the two directions. Camera
     * shake blurs one direction only, so the directional maximum catches it where a Laplacian
     * variance does not. Measured: sharp, dim and JPEG-q20 photos 0.22–0.46; mild blur (σ = long
     * side / 800, and / 600) 0.42–0.63; strong blur, soft focus and shake 0.68 and more. Failing
     * at 0.65 keeps mild blur for review instead of failing it.
     */
    blurEffectFail: 0.65,
    /** At or above: a person looks (the directional blur sees a shake the edge width may not). */
    blurEffectReview: 0.5,
    /** Laplacian variance on the contrast-normalised grey copy: below this nothing is in focus (strong blur ≤ 20, mild ≥ 37). */
    laplacianFail: 25,
    /** Weakest over strongest directional gradient energy; shake drives it toward 0 (natural scenes ≳ 0.4). */
    anisotropyReview: 0.3,
    /**
     * Mild blur, from the width of the photo's sharpest edges at its own resolution
     * (clarity/edge-spread.ts): the blur beyond a pixel-sharp step, as a share of the blur a
     * person calls "mild" — a Gaussian of σ = long side / 800, softer at a glance yet with faces
     * and banner readable. Relative to the long side because that is what a viewer sees: 2 px of
     * blur is invisible on a 4000-px photo shown on a phone and plain on a 1000-px one.
     */
    mildBlurSigmaPerLongSide: 1 / 800,
    /**
     * Review at this share of that mild blur (a blur of σ ≈ long side / 1140, half the mild blur's
     * variance): in focus, the sharpest tenth of the edges is pixel-sharp and measures under 0.65
     * of it even on soft, dim or JPEG-q20 photos; mild blur measures 0.73 and more.
     */
    mildBlurReviewShare: 0.7,
    /** Below this much added blur (px) the measure is within its own noise: never a reason on its own. */
    minExtraBlurPx: 0.6,
    /**
     * On a blurred photo a face count is trusted for "too few people" only when the faces found are
     * at least this many blur widths (σ) across: faces half as big, about 4σ, are then still found
     * (strongly blurred groups lose every face of 6–8σ; shaken ones keep faces of 9σ and more).
     */
    countFaceToBlur: 8,
    /**
     * …and when even this share of hidden faces would leave too few: dark copies of the eval
     * groups lost 4–45 % of their faces (the most where faces are small), blurred ones more.
     */
    hiddenFaceShare: 0.3,
  },

  exposure: {
    /** Too dark: mean luminance (0–255) under this while even the brightest 5 % stay under darkP95… */
    darkMean: 35,
    darkP95: 100,
    /** …or almost nothing in the picture is brighter than this (95th percentile). */
    blackP95: 60,
    /** Too bright: mean luminance above this, or this share of blown-out pixels (≥ 250). */
    brightMean: 235,
    brightClippedShare: 0.45,
  },

  banner: {
    /** PaddleOCR detection input: long side (rounded to a multiple of 32). */
    detLongSide: 1280,
    detBinaryThreshold: 0.3,
    detBoxThreshold: 0.55,
    detUnclipRatio: 1.6,
    /** Text lines read with a lower mean character confidence are ignored. */
    minLineConfidence: 0.6,
    /** A line is a banner's when it has this many Chinese characters… */
    minBannerChars: 4,
    /** …and its characters are at least this share of the photo's short side tall (banners are big). */
    minBannerTextHeight: 0.012,
    /**
     * The surface a line is written on, for it to count as a banner (measure-band.ts): dyed cloth
     * (saturated, lit like the rest of the scene), text that stands out and fills much of the band's
     * height, a band much wider than tall. Building signs, carved or painted characters, wall slogans,
     * posters and prints fail one or more; their text is kept as scene text, never judged a banner.
     * Measured on rendered and eval banners: saturation ≥ 0.72, lightness ≥ 0.72, contrast ≥ 0.36
     * (soft focus), fill ≥ 0.36, aspect ≥ 5; the carved signs of a building: lightness ≈ 0.1, saturation ≈ 0.4.
     */
    surface: {
      minSaturation: 0.5,
      minLightness: 0.35,
      minContrast: 0.25,
      minFill: 0.25,
      minAspect: 3,
    },
    /** Fuzzy match of theme/activity keywords (0..1): at or above → on theme. */
    matchPass: 0.7,
    /** Between this and matchPass → needs review (text seen, match unsure); below → off topic. Half a
     *  phrase read wrong is not OCR noise: 诚信经营 against 诚信共建 (0.5) is another banner. */
    matchReview: 0.6,
    match: {
      genericWords: ['志愿服务', '志愿者', '志愿', '服务', '活动', '启动仪式', '仪式', '集中', '主题', '开展'],
      /** Every campaign of this product is a 学雷锋 month: a banner naming 雷锋 is on theme. */
      alwaysOnThemeKeywords: ['雷锋'],
      minSegmentChars: 3,
    },
  },

  people: {
    minPeople: 20,
    /**
     * The counter's own uncertainty: ± max(1, share × count). A count whose band straddles
     * minPeople goes to review instead of passing or failing. Measured (multi-view counter, 2026-12):
     * on the sharp and mildly blurred groups of 14–35 people of both eval sets the count was off
     * by at most 1 (≤ 3.6 %), on 47–80 by at most 3: ± 5 % keeps ± 1 near 20, so 19–21 go to
     * review, 22 and more pass, 18 and fewer fail.
     */
    countToleranceShare: 0.05,
    /** A face is counted when its best box scores at least this… */
    minFaceScore: 0.45,
    /**
     * …and one of the finest passes that saw it found it (at least this score; boxes down to it also
     * count as that pass finding the face again).
     */
    minSupportScore: 0.2,
    /** A weaker face (score under minFaceScore) counts when this many passes found it, nearly all that saw it… */
    confirmedMinViews: 3,
    confirmedViewSupport: 0.75,
    /** …and its side is within this ratio of its row's counted faces. */
    rowSizeRatio: 1.5,
    /** A face under this side in network pixels is too small to be found: that pass does not vote on it. */
    minNetFaceSide: 10,
    /** Coarse passes: the whole colour copy and half-size tiles, as shares of its long side. */
    tileShares: [1, 0.5] as const,
    /** The fine pass (tiles of this share), over the band of the faces found, when those are small. */
    fineTileShare: 0.3,
    tileOverlap: 0.3,
    /**
     * …when the coarse faces measure under this many network pixels in the half-size tiles (the
     * former rule, 2 % of the long side, in the detector's own units): castle-steps' 12-pixel faces
     * need the fine pass; lawn-80's and atrium-125's 22–26-pixel faces gained nothing from it.
     */
    fineTilesBelowNetSide: 20,
    fineTilesMinFaces: 8,
    fineBandMarginFaces: 3,
    /**
     * Boxes only coarse passes found are checked in close-ups: cut out with this much context (face
     * ≈ 51 network pixels in a 128-pixel cell), 4 × 4 cells per network pass.
     */
    closeUpCells: 4,
    closeUpContext: 2.5,
    /** A weaker box found by this many passes, but not by most that saw it, gets a close-up too (a face found once is the commonest false box). */
    closeUpMinViews: 2,
    nmsIou: 0.3,
    /** A box mostly inside a larger one (intersection over the smaller area) is the same face. */
    nmsContainment: 0.6,
    /** Faces much smaller than the median are clothing, buttons, posters. */
    minFaceToMedian: 0.4,
  },

  uniform: {
    /** Hue ranges (degrees) of volunteer vests: red, orange, yellow, blue. Saturation/value floors. */
    vestHues: [
      [345, 360],
      [0, 15],
      [15, 40],
      [40, 65],
      [200, 240],
    ] as const,
    minSaturation: 0.45,
    minValue: 0.35,
    /** A person wears a vest when this share of the torso region under the face has a vest colour. */
    personVestShare: 0.3,
    /** Below this share of people in vests the photo is flagged (warn, not fail: the notices ask, the
     *  eval set has no vests, and vests come in colours we do not know). */
    minUniformShare: 0.3,
    /** Set true to send photos without vests to review instead of only warning. */
    missingIsReview: false,
  },

  reuse: {
    /** Hamming distance (of 64 bits) at or under which two perceptual hashes are the same picture. */
    maxHammingDistance: 6,
  },

  jobs: {
    leaseSeconds: 120,
    maxAttempts: 3,
    /** Back-off before a retry after a crash or an engine error. */
    retryDelaySeconds: 30,
  },
} as const

export type TPhotoCheckConfig = typeof PHOTO_CHECK_CONFIG
