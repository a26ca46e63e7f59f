#!/usr/bin/env bash
# Runs every test of the project: type check, unit tests (vitest, Node), browser tests when
# present (test/e2e, against the built app in Debian's chromium). Ends with the plain line
# "N passed, N failed" that CI reads.
set -u
cd "$(dirname "$0")/.."
export TZ=UTC
report=$(mktemp -d)
status=0

echo "== type check"
if npx tsc --noEmit -p .; then typecheck_ok=1; else typecheck_ok=0; status=1; fi

echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report/unit.json" || status=1

e2e_json=""
if [ -d test/e2e ] && ls test/e2e/*.test.ts >/dev/null 2>&1; then
  echo "== browser tests"
  npx vite build --logLevel warn || status=1
  npx vitest run --config test/e2e/vitest.config.ts --reporter=default --reporter=json --outputFile.json="$report/e2e.json" || status=1
  e2e_json="$report/e2e.json"
fi

TYPECHECK_OK=$typecheck_ok node -e '
  const fs = require("fs");
  let passed = 0, failed = 0;
  for (const f of process.argv.slice(1)) {
    if (!f || !fs.existsSync(f)) continue;
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests;
    if (r.numTotalTests === 0 || (r.success === false && r.numFailedTests === 0)) failed += 1;
  }
  if (process.env.TYPECHECK_OK === "1") passed += 1; else failed += 1;
  console.log(`${passed} passed, ${failed} failed`);
' "$report/unit.json" "$e2e_json"
exit $status
