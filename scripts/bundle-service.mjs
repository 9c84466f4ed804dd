// `node scripts/bundle-service.mjs <service dir> <out dir>`: what one service's container holds —
// its compiled code and production dependencies only (`pnpm deploy --prod`: workspace packages
// copied in with their dist/, no sources, tests, compilers or test tools). Run after `tsc -b`.
// docker/Dockerfile runs it; test/deploy/service-bundle.test.ts runs the same and starts the result.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { root } from "./workspace.mjs";

const [serviceDir, outDir] = process.argv.slice(2);
if (!serviceDir || !outDir || !existsSync(join(root, serviceDir, "package.json"))) {
  process.stderr.write("usage: node scripts/bundle-service.mjs <gateway|subgraphs/NAME> <out dir>\n");
  process.exit(2);
}
const out = resolve(outDir);
rmSync(out, { recursive: true, force: true });
// The global pnpm when there is one (CI, the Dockerfile), else the pinned one through npx, as
// scripts/bootstrap.mjs falls back to.
const pnpm = (() => {
  try {
    execFileSync("pnpm", ["--version"], { stdio: "ignore" });
    return ["pnpm"];
  } catch {
    return ["npx", "--yes", "pnpm@12.4.2"];
  }
})();
// The gateway serves GraphiQL's bundle (packages/ide) and the officer console's (packages/console):
// made before they are copied in.
if (serviceDir === "gateway") {
  for (const bundle of ["ide", "console"]) {
    execFileSync(process.execPath, [join(root, "packages", bundle, "build.mjs"), "--if-stale"], { stdio: "inherit" });
  }
}
execFileSync(pnpm[0], [...pnpm.slice(1), "--filter", `./${serviceDir}`, "deploy", "--prod", out], {
  cwd: root,
  stdio: "inherit",
});
// The native addon's build leftovers and its C sources are not needed to run it.
const store = join(out, "node_modules", ".pnpm");
for (const entry of readdirSync(store).filter((name) => name.startsWith("better-sqlite3@"))) {
  const addon = join(store, entry, "node_modules", "better-sqlite3");
  for (const leftover of [
    "deps",
    "src",
    "build/deps",
    "build/Release/obj",
    "build/Release/obj.target",
    "build/Release/.deps",
    "build/Release/sqlite3.a",
    "build/Release/test_extension.node",
  ])
    rmSync(join(addon, leftover), { recursive: true, force: true });
}
rmSync(join(out, "pnpm-lock.yaml"), { force: true });
rmSync(join(out, "pnpm-workspace.yaml"), { force: true });
process.stdout.write(`bundled ${serviceDir} into ${out}\n`);
