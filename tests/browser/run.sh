#!/usr/bin/env bash
# The browser test of `xunshi::view`: writes the pages of the corpus report, three fixtures
# and a 1 MB input with the marks each must hold (an ignored Rust test), then loads them in
# the system Chromium through playwright-core (which never downloads a browser) and checks
# them; screenshots go to $XUNSHI_VIEW_OUT/screenshots (default target/view-test).
#
# Needs: chromium (Debian's package, /usr/bin/chromium or $CHROMIUM), node and npm, and
# ../shared/corpus beside the repository. For readable CJK screenshots: fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/../.."

chromium="${CHROMIUM:-$(command -v chromium || true)}"
if [ -z "$chromium" ] || [ ! -x "$chromium" ]; then
  echo "view browser test: chromium not found (apt-get install -y chromium)" >&2
  exit 1
fi
command -v node >/dev/null || { echo "view browser test: node not found" >&2; exit 1; }
fc-list :lang=zh 2>/dev/null | grep -q . ||
  echo "view browser test: no CJK font (apt-get install -y fonts-noto-cjk); screenshots will show boxes" >&2

out="${XUNSHI_VIEW_OUT:-$PWD/target/view-test}"
rm -rf "$out"
XUNSHI_VIEW_OUT="$out" cargo test --quiet --features view --test view -- \
  --ignored --exact write_pages_for_the_browser_test --nocapture
(cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
CHROMIUM="$chromium" node tests/browser/check.mjs "$out" "$out/screenshots"
