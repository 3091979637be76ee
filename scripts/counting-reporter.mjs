// A test-runner reporter that counts passed, failed and skipped tests per browser and writes them as JSON to
// $UNTICKED_RESULTS_FILE, so scripts/test.mjs can print one honest closing line for the whole run.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countingReporter() {
  return {
    stop({ sessions }) {
      const file = process.env.UNTICKED_RESULTS_FILE;
      if (!file) return;
      const perBrowser = {};
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        const counts = (perBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has no failing test to count: count it here.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.fileErrors += session.errors.length;
      }
      writeFileSync(file, JSON.stringify(perBrowser, null, 2));
    },
  };
}
