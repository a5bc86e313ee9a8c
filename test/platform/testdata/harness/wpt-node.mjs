// wpt-node.mjs runs one web-platform-tests file in Node, for wpt_test.go:
// argv[2] is a JSON plan {test, files, deadline, scripts: [{name, code}]};
// the scripts run in order as classic scripts in Node's own global scope,
// and the harness's JSON report is printed to stdout.
import fs from 'node:fs';
import vm from 'node:vm';

const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
globalThis.__wptTest = plan.test;
globalThis.__wptVariant = plan.variant;
globalThis.__wptFiles = plan.files;
globalThis.__wptDeadline = plan.deadline;
globalThis.__wptReport = (json) => {
  process.stdout.write(json, () => process.exit(0));
};
// A browser reports an uncaught error to the page and goes on; so do we
// (the harness times the file out if a test never settles).
process.on('uncaughtException', (e) => process.stderr.write(`uncaught: ${e && e.stack || e}\n`));
process.on('unhandledRejection', () => {});
// A script that throws ends the file, as an uncaught error does in a
// browser's testharness.js (pending subtests still finish).
for (const s of plan.scripts) {
  try {
    vm.runInThisContext(s.code, { filename: s.name });
  } catch (e) {
    process.stderr.write(`${s.name}: ${e && e.stack || e}\n`);
    if (typeof globalThis.done === 'function') globalThis.done();
  }
}
