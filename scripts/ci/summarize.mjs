// Sums up a CI run (.ci/run) as "N passed, N failed" on the last line of its output.
//
// Usage: node scripts/ci/summarize.mjs <checks-file>
// Each line of the checks file is tab-separated: <kind> <name> <exit code> [<JSON report>]
//   check        one step that counts as one test (lint, typecheck, build, smoke)
//   vitest       Vitest's JSON reporter output: each test counts
//   playwright   Playwright's JSON reporter output: each test counts
// A test step whose command failed while its report shows no failing test (it crashed, its
// report is missing, the web server never came up…) counts as one failure, so a broken step can
// never pass silently. Exit code: 0 when nothing failed, 1 otherwise.
import { existsSync, readFileSync } from "node:fs";

/** The parsed JSON file, or undefined when it is missing or cut short. */
function readJson(path) {
  if (!path || !existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

/** { passed, failed, notes } from a Vitest JSON report; undefined when it is not one. */
function tallyVitest(report) {
  if (!report || typeof report.numPassedTests !== "number") return undefined;
  const notes = [];
  // A file that fails outside any test (import error, failing hook) has no failed test of its own.
  let fileErrors = 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of failedTests) notes.push(`FAIL ${t.fullName}`);
    if (file.status === "failed" && failedTests.length === 0) {
      fileErrors += 1;
      notes.push(`FAIL ${file.name}: ${String(file.message || "failed outside a test").split("\n")[0]}`);
    }
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests + fileErrors, notes };
}

/** { passed, failed, notes } from a Playwright JSON report; undefined when it is not one. */
function tallyPlaywright(report) {
  if (!report || typeof report.stats !== "object") return undefined;
  const notes = [];
  const walk = (suite, path) => {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === "unexpected" || t.status === "flaky")
          notes.push(`FAIL ${[...here, spec.title].join(" › ")}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  // Errors outside tests: the web server did not start, a spec file did not load…
  const errors = (report.errors ?? []).length;
  for (const e of report.errors ?? []) notes.push(`ERROR ${String(e.message ?? "").split("\n")[0]}`);
  // No retries are configured, so a flaky test ran more than once only by mistake: a failure.
  const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
  return { passed: expected, failed: unexpected + flaky + errors, notes };
}

const checksFile = process.argv[2];
if (!checksFile || !existsSync(checksFile)) {
  console.error(`usage: summarize.mjs <checks-file> (got ${checksFile ?? "nothing"})`);
  process.exit(2);
}

let passed = 0;
let failed = 0;
const lines = readFileSync(checksFile, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "");
for (const line of lines) {
  const [kind, name, codeText, reportPath] = line.split("\t");
  const code = Number(codeText);
  let tally;
  if (kind === "check") {
    tally = { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, notes: [] };
  } else {
    const report = readJson(reportPath ?? "");
    tally = (kind === "vitest" ? tallyVitest : tallyPlaywright)(report) ?? {
      passed: 0,
      failed: 0,
      notes: [],
    };
    if (!report) tally.notes.push(`no readable report at ${reportPath}`);
    if (code !== 0 && tally.failed === 0) {
      tally.failed = 1;
      tally.notes.push(`exited with code ${code} without a failing test in its report`);
    }
  }
  passed += tally.passed;
  failed += tally.failed;
  const status = code === 0 && tally.failed === 0 ? "ok  " : "FAIL";
  console.log(`${status} ${name}: ${tally.passed} passed, ${tally.failed} failed`);
  for (const note of tally.notes.slice(0, 20)) console.log(`       ${note}`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
