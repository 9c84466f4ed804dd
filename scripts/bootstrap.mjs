// Makes a fresh clone runnable with nothing but Node.js 20: installs pnpm when it is missing and
// the workspace packages when the lockfile changed since the last install; with --build, compiles
// the TypeScript (incrementally). Cheap when there is nothing to do.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./workspace.mjs";

const PNPM_VERSION = "12.4.2";
const marker = join(root, "node_modules", ".frontera-install");

function sh(command, env = {}) {
  execSync(command, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
}

function pnpmVersion() {
  try {
    return execSync("pnpm --version", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/** The pnpm to install with: the global one when it is the pinned version, else through npx. */
function pnpmCommand() {
  if (pnpmVersion() === PNPM_VERSION) return "pnpm";
  // corepack fails its signature check on some machines; a global npm install works where the
  // user may write to npm's prefix (root, nvm), npx everywhere else.
  try {
    console.log(`bootstrap: installing pnpm ${PNPM_VERSION}`);
    sh(`npm install --global pnpm@${PNPM_VERSION} --no-fund --no-audit`);
    return "pnpm";
  } catch {
    return `npx --yes pnpm@${PNPM_VERSION}`;
  }
}

const lock = readFileSync(join(root, "pnpm-lock.yaml"));
const fingerprint = createHash("sha256").update(lock).update(process.version).digest("hex");
if (!existsSync(marker) || readFileSync(marker, "utf8") !== fingerprint) {
  console.log("bootstrap: installing packages (the first time builds better-sqlite3, about a minute)");
  // better-sqlite3 compiles against Node's own headers where the OS ships them, instead of
  // downloading headers or a prebuilt binary (docs/gotchas.md, G2).
  const nodedir = existsSync("/usr/include/node/node.h") ? { npm_config_nodedir: "/usr" } : {};
  sh(`${pnpmCommand()} install --frozen-lockfile`, { ...nodedir, CI: "true" });
  writeFileSync(marker, fingerprint);
}

if (process.argv.includes("--build")) {
  sh(`"${join(root, "node_modules", ".bin", "tsc")}" -b`);
  // GraphiQL's bundle, served by the gateway at /, and the officer console's, at /console/
  // (each rebuilt only when its sources changed)
  sh(`node packages/ide/build.mjs --if-stale`);
  sh(`node packages/console/build.mjs --if-stale`);
}
