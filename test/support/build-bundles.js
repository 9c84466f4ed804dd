// Jest's global setup: the browser bundles the gateway serves — GraphiQL (packages/ide) at / and
// the officer console (packages/console) at /console/ — made once before any test starts a
// gateway. `npm test` does not build, and a fresh clone has neither yet.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = function buildBundles() {
  for (const bundle of ["ide", "console"]) {
    execFileSync(process.execPath, [join(__dirname, "..", "..", "packages", bundle, "build.mjs"), "--if-stale"], {
      stdio: "inherit",
    });
  }
};
