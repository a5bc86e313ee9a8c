// wpt-after.js runs after WPT's testharness.js and before the test's
// scripts. The runner ends a file itself (globalThis.__wptDeadline ms after
// it started, a test still pending counts as failed), and every result goes
// to globalThis.__wptReport as one JSON string when the harness completes.
setup({ explicit_timeout: true });
add_completion_callback(function (tests, status) {
  globalThis.__wptReport(JSON.stringify({
    status: status.status,
    message: status.message || '',
    tests: tests.map(function (t) {
      return { name: String(t.name), status: t.status, message: t.message ? String(t.message) : '' };
    }),
  }));
});
setTimeout(function () { timeout(); }, globalThis.__wptDeadline);
