#!/usr/bin/env bash
# `npm test`: every layer — types, unit, database, API, mini-program component, H5 journey in
# headless Chromium. Installs Debian's chromium itself when it is missing, and says so.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/.artifacts

if [ -z "${CHROMIUM_PATH:-}" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -x "$candidate" ] && export CHROMIUM_PATH="$candidate" && break
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ]; then
  echo "npm test: Chromium is missing; installing Debian's chromium package for the browser tests (apt-get)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; then
    export CHROMIUM_PATH=/usr/bin/chromium
  else
    echo "npm test: could not install chromium; the browser journey will fail. Install it with: apt-get install chromium"
  fi
fi

# Chinese text in screenshots needs a CJK font; without one Chromium draws empty boxes.
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null | head -1)" ]; then
  echo "npm test: no Chinese font found; installing Debian's fonts-noto-cjk so screenshots are readable (apt-get)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  { $SUDO apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk >/dev/null; }; } \
    || echo "npm test: could not install fonts-noto-cjk; screenshots will show boxes for Chinese text"
fi

echo "npm test: type-checking…"
npx tsc --noEmit -p tsconfig.json
typecheck=$?

echo "npm test: building the H5 app for the browser journey…"
npx taro build --type h5 > tests/.artifacts/build-h5.log 2>&1
build=$?
[ $build -ne 0 ] && tail -40 tests/.artifacts/build-h5.log

npx jest --ci --json --outputFile=tests/.artifacts/jest.json "$@"
jest_status=$?

# One plain closing line with Jest's totals (type errors and a failed build count as failures).
node -e '
  const fs = require("fs")
  let passed = 0, failed = 0
  try { const r = JSON.parse(fs.readFileSync("tests/.artifacts/jest.json", "utf8")); passed = r.numPassedTests; failed = r.numFailedTests + r.numRuntimeErrorTestSuites } catch { failed = 1 }
  failed += Number(process.argv[1] !== "0") + Number(process.argv[2] !== "0")
  console.log(`${passed} passed, ${failed} failed`)
' "$typecheck" "$build"

[ $typecheck -eq 0 ] && [ $build -eq 0 ] && [ $jest_status -eq 0 ]
