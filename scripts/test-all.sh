#!/usr/bin/env bash
# npm test: every suite, in order of cost, then one summary line summed over all of them:
#   type check, lint, unit tiers (core, content, text, ui, platform), production build, browser tier.
# It brings what the browser tier needs (Debian's chromium and fonts-noto-cjk) where it can.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json test-results/summary.txt

node scripts/ensure-deps.mjs || exit 1

# --- What the browser tier needs --------------------------------------------------------------
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_cjk_fonts() { command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }
if [ ! -x "$chromium_path" ] || ! have_cjk_fonts || ! command -v xmllint >/dev/null 2>&1; then
  debian_like=false
  if [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release; then debian_like=true; fi
  if [ "$(id -u)" = 0 ] && $debian_like && command -v apt-get >/dev/null 2>&1; then
    # xmllint (libxml2-utils) checks the SCORM manifests against the SCORM 1.2 schemas.
    packages="fonts-noto-cjk fontconfig libxml2-utils"
    [ -x "$chromium_path" ] || packages="chromium $packages"
    echo "Installing $packages with apt-get (the browser tests need them)..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages) >test-results/apt.log 2>&1 \
      || { echo "apt-get failed; see test-results/apt.log"; exit 1; }
    [ -x "$chromium_path" ] || chromium_path=/usr/bin/chromium
  else
    echo "The browser tests need Chromium and the Noto CJK fonts. Install them, then run npm test again:"
    echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk libxml2-utils"
    echo "or point CHROMIUM_PATH at an installed Chromium (fonts-noto-cjk or another Noto Sans CJK is still needed)."
    exit 1
  fi
fi
export CHROMIUM_PATH="$chromium_path"

status=0
step() { echo; echo "== $1"; }

step "type check"
npx tsc --noEmit || status=1

step "lint: the layers, exhaustive switches, no forgotten promises"
npx eslint --max-warnings 0 . || status=1

step "unit tests: core, content, ui, platform"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=1

step "production build"
if npx vite build --logLevel warn; then
  step "browser tests: headless Chromium at $CHROMIUM_PATH"
  npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json || status=1
else
  echo "build failed: browser tests not run"
  status=1
fi

summary=$(node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const f of ["test-results/unit.json", "test-results/e2e.json"]) {
    if (!fs.existsSync(f)) { failed += 1; console.error("missing results: " + f); continue; }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests;
    // A suite that crashed before running its tests counts as a failure too.
    failed += (r.testResults || []).filter((t) => t.status === "failed" && (t.assertionResults || []).length === 0).length;
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
')
echo "$summary" | tee test-results/summary.txt
if [ $status -ne 0 ]; then
  # A failed type check or build is not a test count; it still fails the run.
  exit 1
fi
grep -q ', 0 failed$' <<<"$summary" || exit 1
