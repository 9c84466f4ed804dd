// `node scripts/check-gateway-bundle.mjs [--bundle <dir>]`: fails when what the gateway deploys
// holds a database driver, the ORM, the schema builder or the demo data generator. The gateway has
// no database: these would only come in through a workspace package that depends on them
// (packages/layers.json says which may). Without --bundle it builds the bundle the way the
// Dockerfile does (scripts/bundle-service.mjs, i.e. `pnpm deploy --prod`) in a temporary directory.
// It also fails when the bundle's @apollo/gateway lacks our patch (docs/performance.md): production
// must run what the benchmarks measured. Prints the bundle's size either way.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./workspace.mjs";

const FORBIDDEN = [
  "typeorm",
  "mysql2",
  "better-sqlite3",
  "@faker-js/faker",
  "type-graphql",
  "@frontera/database",
  "@frontera/seed",
  "@frontera/port-daily-counts",
  "@frontera/federation",
  "@frontera/subgraph",
];

/** `typeorm@1.1.1_…` → typeorm, `@faker-js+faker@9.9.0` → @faker-js/faker (pnpm's store names). */
function packageOfStoreEntry(entry) {
  const at = entry.indexOf("@", entry.startsWith("@") ? 1 : 0);
  const name = at === -1 ? entry : entry.slice(0, at);
  return name.startsWith("@") ? name.replace("+", "/") : name;
}

/** Every package the bundle installs: pnpm's store entries and the top-level node_modules. */
function installedPackages(bundle) {
  const modules = join(bundle, "node_modules");
  const names = new Set();
  const store = join(modules, ".pnpm");
  if (existsSync(store)) {
    for (const entry of readdirSync(store))
      if (entry !== "node_modules" && !entry.startsWith(".")) names.add(packageOfStoreEntry(entry));
  }
  for (const entry of existsSync(modules) ? readdirSync(modules) : []) {
    if (entry.startsWith(".")) continue;
    if (entry.startsWith("@")) for (const scoped of readdirSync(join(modules, entry))) names.add(`${entry}/${scoped}`);
    else names.add(entry);
  }
  return names;
}

/** Whether the @apollo/gateway the bundle's gateway loads carries our patch's marker. */
function hasGatewayPatch(bundle) {
  const shaping = join(bundle, "node_modules", "@apollo", "gateway", "dist", "resultShaping.js");
  return existsSync(shaping) && readFileSync(shaping, "utf8").includes("Frontera's patch");
}

/** Bytes of the files under a directory, symlinks not followed. */
function sizeOf(path) {
  const stat = lstatSync(path);
  if (!stat.isDirectory()) return stat.isFile() ? stat.size : 0;
  return readdirSync(path).reduce((total, entry) => total + sizeOf(join(path, entry)), 0);
}

const bundleArgument = process.argv.indexOf("--bundle");
let bundle = bundleArgument === -1 ? null : process.argv[bundleArgument + 1];
let temporary = null;
if (bundleArgument !== -1 && !bundle) {
  process.stderr.write("usage: node scripts/check-gateway-bundle.mjs [--bundle <dir>]\n");
  process.exit(2);
}
if (!bundle) {
  // The bundle copies each workspace package's dist/: build them first (incremental, quick when built).
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-b"], {
    cwd: root,
    stdio: "inherit",
  });
  temporary = mkdtempSync(join(tmpdir(), "frontera-gateway-bundle-"));
  bundle = join(temporary, "gateway");
  execFileSync(process.execPath, [join(root, "scripts", "bundle-service.mjs"), "gateway", bundle], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
try {
  const installed = installedPackages(bundle);
  const found = FORBIDDEN.filter((name) => installed.has(name));
  const megabytes = (sizeOf(bundle) / 1_000_000).toFixed(1);
  process.stdout.write(`gateway bundle: ${megabytes} MB, ${installed.size} packages\n`);
  if (found.length) {
    process.stderr.write(
      `the gateway bundle holds ${found.join(", ")}: some workspace package the gateway depends on brings them in (pnpm why -r --prod <name>)\n`,
    );
    process.exitCode = 1;
  } else {
    process.stdout.write(`none of ${FORBIDDEN.join(", ")}\n`);
  }
  if (hasGatewayPatch(bundle)) {
    process.stdout.write("@apollo/gateway carries our patch (patches/)\n");
  } else {
    process.stderr.write(
      "the gateway bundle's @apollo/gateway lacks our patch: is patches/ copied before pnpm install?\n",
    );
    process.exitCode = 1;
  }
} finally {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}
