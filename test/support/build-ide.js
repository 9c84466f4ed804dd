// Jest's global setup: GraphiQL's bundle (packages/ide), which the gateway serves at /, made once
// before any test starts a gateway. `npm test` does not build, and a fresh clone has none yet.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = function buildIde() {
  execFileSync(process.execPath, [join(__dirname, "..", "..", "packages", "ide", "build.mjs"), "--if-stale"], {
    stdio: "inherit",
  });
};
